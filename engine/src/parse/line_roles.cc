// Stage 1 of parsing: roles a line has by itself or by its place.
//
// Cues come from the grammar file (kind="line", "top", "head", ...), matched
// on a folded copy of the line (lower case, no diacritics) so OCR that loses
// diacritics ("Noi nhận", "Kính gui") is still recognised. Approach:
//   1. page furniture, media residue and OCR noise, anywhere;
//   2. the top of the document: letterhead, subject ("V/v"), title, and the
//      addressee list ("Kính gửi:" + its items);
//   3. list blocks further down ("Nơi nhận:" + its items) and site footers;
//   4. after the recipient list: signature, annex, noise.
// Lines left without a role are body text for the paragraph stage.

#include "parse/line_roles.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parse/attachments.h"
#include "parse/consolidated_text.h"
#include "parse/ocr_noise.h"
#include "parse/parse_internal.h"
#include "parse/running_header_gate.h"
#include "parse/running_header_keys.h"
#include "parse/tables.h"
#include "text/syllables.h"

namespace congvan::parse {
namespace {

// The rest of a division heading that a web copy wrapped ("Điều 112. Các" /
// "nguồn vốn để phát triển nhà ở", "Điều 119. Lập hồ sơ nhà" / "ở"): a line in
// lower case right after a heading whose title stops mid-phrase is that title's
// end, never a byline, a footer or noise of its own. No title of legislation
// ends its first line with a full stop or a semicolon, so one that does is done.
void KeepWrappedHeadings(std::vector<SourceLine>& lines, const Grammar& grammar) {
  const SourceLine* previous = nullptr;
  for (SourceLine& line : lines) {
    if (line.blank) continue;
    bool rest_of_title =  // the roles first: most lines have none
        previous != nullptr && !previous->role &&
        (line.role == BlockRole::kNoise || line.role == BlockRole::kAuthor ||
         line.role == BlockRole::kFooter || line.role == BlockRole::kRunningHeader) &&
        StartsLowercase(line.text) && !EndsWithTerminalPunctuation(previous->text) &&
        OpensTitledDivision(*previous, grammar);
    if (rest_of_title) line.role.reset();
    previous = &line;
  }
}

}  // namespace

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
  return gated;
}

}  // namespace congvan::parse
