// Whether a text can hold running headers at all, asked before the
// running-header pass does its work line by line.
//
// Approach: the pass (MarkRunningHeaders, line_roles.cc) marks a group of
// short lines that share a key when, among other things, the group keeps two
// lines or more and either its key names a page (PageLikeKey) or every one
// of its lines stands at a page edge: next to a blank line, a page break, a
// page number, a running header, a lone number or the file's edge. Take the
// first group the pass marks: nothing is marked by the pass before it, so
// its lines stand at edges of the roles the pass began with. Hence when no
// short line without a role names a page, and no two short lines without a
// role that stand at such an edge share a key hash (lines of one key share
// their hash), there is no first group and the pass marks nothing, whatever
// its other questions (letters, lower case, markers, spread) would answer.
// A law typed from the web, with a handful of blank lines and no page
// furniture, is answered so by one pass over its line records and the key
// hashes the cue stage kept; a scanned copy with pages goes on as before.
#ifndef CONGVAN_PARSE_RUNNING_HEADER_GATE_H_
#define CONGVAN_PARSE_RUNNING_HEADER_GATE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "congvan/grammar.h"
#include "parse/parse_internal.h"
#include "parse/running_header_keys.h"

namespace congvan::parse {

// Whether two of `hashes` are equal (sorts them).
bool AnyHashTwice(std::vector<uint32_t>& hashes);

// False only when the running-header pass provably marks no line of `lines`.
// `header_hashes` holds HeaderKeyHash of each KeepsHeaderKeyHash line, in
// line order; `at_page_edge(j)` is whether line j (-1 and lines.size() being
// the file's edges) is a page edge with the roles the lines have now.
template <typename AtPageEdge>
bool MayHoldRunningHeaders(const std::vector<SourceLine>& lines,
                           const std::vector<uint32_t>& header_hashes, AtPageEdge at_page_edge) {
  std::vector<uint32_t> by_edges;  // the hashes of the lines standing at an edge
  size_t kept = 0;                 // the next of header_hashes
  for (size_t k = 0; k < lines.size(); ++k) {
    if (!KeepsHeaderKeyHash(lines[k])) continue;
    const uint32_t hash = header_hashes[kept++];
    if (lines[k].role) continue;  // never a candidate of the pass
    if ((hash & kPageLikeBit) != 0) return true;
    const long at = static_cast<long>(k);
    if (at_page_edge(at - 1) || at_page_edge(at + 1)) by_edges.push_back(hash);
  }
  return AnyHashTwice(by_edges);
}

// ClassifyLines (line_roles.cc) with the gate above asked or not: the
// roles must be the same (tests/parse/running_header_gate_test.cc). Returns
// whether the gate turned the running-header pass away.
bool ClassifyLinesWithHeaderGate(std::vector<SourceLine>& lines, const Grammar& grammar,
                                 bool header_gate);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_RUNNING_HEADER_GATE_H_
