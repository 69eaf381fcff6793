// Stage 1 of parsing: roles a line has by itself or by its place.
//
// Cues come from the grammar file (kind="line", "top", "head", ...), matched
// on a folded copy of the line (lower case, no diacritics) so OCR that loses
// diacritics ("Noi nhận", "Kính gui") is still recognised. Approach, one pass
// per concern, each in its own file (declared in line_roles.h):
//   1. page furniture, media residue and OCR noise, anywhere: front matter
//      and a web page's own text (site_furniture.cc), cue roles
//      (line_cues.cc), noise (noise_roles.cc), running headers, page numbers
//      and stamps (running_headers.cc), tables of contents (toc_pages.cc),
//      footnotes (footnote_roles.cc), attached texts (attachments.cc);
//   2. the top of the document: letterhead, subject ("V/v"), title, and the
//      addressee list ("Kính gửi:" + its items) (top_roles.cc, list_blocks.cc);
//   3. list blocks further down ("Nơi nhận:" + its items) and site footers;
//   4. after the recipient list: signature, annex, noise (below_top_roles.cc,
//      certification_roles.cc, annex_roles.cc), then tables (tables.cc) and
//      the rest of wrapped headings (wrapped_headings.cc).
// Lines left without a role are body text for the paragraph stage.

#include "parse/line_roles.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "parse/attachments.h"
#include "parse/parse_internal.h"
#include "parse/running_header_gate.h"
#include "parse/running_header_keys.h"
#include "parse/tables.h"

namespace congvan::parse {

void ClassifyLines(std::vector<SourceLine>& lines, const Grammar& grammar, Language lang) {
  (void)lang;
  ClassifyLinesWithHeaderGate(lines, grammar, /*header_gate=*/true);
}

bool ClassifyLinesWithHeaderGate(std::vector<SourceLine>& lines, const Grammar& grammar,
                                 bool header_gate) {
  MarkFrontMatter(lines);
  // The folds live here, not in the line records, which outlive line roles:
  // one line's at a time, and those of lines the cue sets could not answer.
  std::string folds;
  KeptFolds kept_folds(folds);          // LineCue reads them until ClassifyLines returns
  std::vector<uint32_t> header_hashes;  // exactly one a short line: no doubling's slack
  header_hashes.reserve(
      static_cast<size_t>(std::count_if(lines.begin(), lines.end(), KeepsHeaderKeyHash)));
  MarkLineCues(lines, grammar, folds, kept_folds, header_hashes);
  MarkNoise(lines, grammar);
  KeepRulesWithFurniture(lines);
  const bool gated = MarkRunningHeaders(lines, grammar, header_hashes, header_gate);
  header_hashes = {};
  ConfirmPageNumbers(lines);
  MarkTocPages(lines);
  MarkPageFootnotes(lines, grammar);
  MarkNotesAboveFootnotes(lines, grammar);
  MarkFootnotes(lines);
  MarkAttachments(lines, grammar);
  bool web_page = MarkSiteFurniture(lines, grammar) || MarkSiteBox(lines, grammar);
  size_t below_top = ClassifyTop(lines, grammar);
  MarkStamps(lines, grammar, below_top);
  MarkCertifications(lines, grammar, below_top);
  ClassifyBelowTop(lines, grammar, below_top);
  if (web_page) MarkWebCaption(lines, grammar, below_top);
  CleanAnnex(lines);
  MarkFlattenedTables(lines, grammar);
  MarkCellRuns(lines, grammar);
  KeepWrappedHeadings(lines, grammar);
  MarkScheduleReferences(lines, grammar);
  return gated;
}

}  // namespace congvan::parse
