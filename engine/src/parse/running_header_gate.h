// Whether a text can hold running headers at all, asked before the
// running-header pass does its work line by line.
//
// Approach: the pass (MarkRunningHeaders, line_roles.cc) marks a group of
// short lines that share a key when, among other things, the group keeps two
// lines or more and either its key names a page (PageLikeKey) or every one
// of its lines stands at a page edge: next to a blank line, a page break, a
// page number, a running header, a lone number or the file's edge. Take the
// first group the pass marks: nothing is marked by the pass before it, so
// its lines stand at edges of the roles the pass began with, and they are as
// many as the pass needs (two with two page breaks or more, else three) and
// spread (each a page's worth of lines after the one before). Hence when no
// short line without a role names a page, and no key hash has that many
// spread short role-less lines at such edges (lines of one key share their
// hash, and a spread subset of them is at most as large as the one taken
// greedily from the first), there is no first group and the pass marks
// nothing, whatever its other questions (letters, lower case, markers, an
// issuer's letterhead) would answer.
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

// A short line standing at a page edge: its key hash and its index.
struct EdgeLine {
  uint32_t hash;
  size_t index;
};

// Whether some hash has `needed` lines among `lines` (ascending by index) each
// at least `min_gap` lines after the one before (sorts them by hash).
bool AnyHashSpread(std::vector<EdgeLine>& lines, size_t needed, size_t min_gap);

// False only when the running-header pass provably marks no line of `lines`.
// `header_hashes` holds HeaderKeyHash of each KeepsHeaderKeyHash line, in
// line order; `at_page_edge(j)` is whether line j (-1 and lines.size() being
// the file's edges) is a page edge with the roles the lines have now. A group
// needs two lines when the text has two page breaks or more, else three,
// each `min_gap` lines or more after the one before (as the pass asks).
template <typename AtPageEdge>
bool MayHoldRunningHeaders(const std::vector<SourceLine>& lines,
                           const std::vector<uint32_t>& header_hashes, size_t min_gap,
                           AtPageEdge at_page_edge) {
  std::vector<EdgeLine> at_edges;  // the lines standing at an edge, ascending
  size_t kept = 0;                 // the next of header_hashes
  int page_breaks = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].role == BlockRole::kPageBreak) ++page_breaks;
    if (!KeepsHeaderKeyHash(lines[k])) continue;
    const uint32_t hash = header_hashes[kept++];
    if (lines[k].role) continue;  // never a candidate of the pass
    if ((hash & kPageLikeBit) != 0) return true;
    const long at = static_cast<long>(k);
    if (at_page_edge(at - 1) || at_page_edge(at + 1)) at_edges.push_back({hash, k});
  }
  return AnyHashSpread(at_edges, page_breaks >= 2 ? 2 : 3, min_gap);
}

// ClassifyLines (line_roles.cc) with the gate above asked or not: the
// roles must be the same (tests/parse/running_header_gate_test.cc). Returns
// whether the gate turned the running-header pass away.
bool ClassifyLinesWithHeaderGate(std::vector<SourceLine>& lines, const Grammar& grammar,
                                 bool header_gate);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_RUNNING_HEADER_GATE_H_
