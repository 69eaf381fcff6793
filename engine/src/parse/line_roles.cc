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

// Whether line i's role is page furniture the body has too: a running header
// repeated before the annex, or a page number beside one.
bool BodyFurniture(const std::vector<SourceLine>& lines, size_t i,
                   const std::set<std::string>& body_headers) {
  const SourceLine& line = lines[i];
  if (line.role == BlockRole::kPageBreak) return true;
  if (line.role == BlockRole::kRunningHeader) return body_headers.count(HeaderKey(lines, i)) > 0;
  if (line.role != BlockRole::kPageNumber) return false;
  for (size_t j = i > 2 ? i - 2 : 0; j < std::min(lines.size(), i + 3); ++j) {
    if (j != i && lines[j].role == BlockRole::kRunningHeader &&
        body_headers.count(HeaderKey(lines, j))) {
      return true;
    }
  }
  return false;
}

// A footnote after the text: "[2] Nghị định …" or "<sup>2</sup> …" whose
// reference ("[2]", "<sup>2</sup>") the body cites inline.
bool StartsCitedFootnote(std::string_view text, const std::string& body) {
  std::string mark;
  if (text.substr(0, 1) == "[") {
    mark = std::string(text.substr(0, text.find(']') + 1));
  } else if (text.substr(0, 5) == "<sup>") {
    size_t close = text.find("</sup>");
    if (close != std::string_view::npos) mark = std::string(text.substr(0, close + 6));
  }
  if (mark.size() < 3 || mark.size() > 12) return false;
  for (size_t at = body.find(mark); at != std::string::npos; at = body.find(mark, at + 1)) {
    if (at > 0 && body[at - 1] != '\n') return true;  // cited inside a line
  }
  return false;
}

// Inside an annex (a form, a table flattened one cell per line) short cells
// look like page numbers, running headers, bylines or noise; they are the
// annex's own text. Only the furniture the body has too stays furniture, and
// notes the body cites ("[1]", "<sup>1</sup>") are footnotes.
void CleanAnnex(std::vector<SourceLine>& lines) {
  // The page's own text above the document (a portal's caption, banners)
  // opens no annex: the annex, or the page's text after the document, comes
  // after the body.
  size_t top = 0;
  while (top < lines.size() && (lines[top].blank || lines[top].role == BlockRole::kFurniture))
    ++top;
  size_t first_annex = lines.size();
  for (size_t i = top; i < lines.size(); ++i) {
    if (lines[i].role == BlockRole::kAnnex || lines[i].role == BlockRole::kFurniture) {
      first_annex = i;
      break;
    }
  }
  // Nothing to clean without an annex; else the body is copied once, at its size
  // (appending line by line doubled it: 12.8 MB for a 5 MB law without an annex).
  if (first_annex == lines.size()) return;
  std::set<std::string> body_headers;
  std::string body;  // the text before the first annex line, for footnote references
  size_t body_size = 0;
  for (size_t i = 0; i < first_annex; ++i) body_size += lines[i].text.size() + 1;
  body.reserve(body_size);
  for (size_t i = 0; i < first_annex; ++i) {
    if (lines[i].role == BlockRole::kRunningHeader) body_headers.insert(HeaderKey(lines, i));
    body.append(lines[i].text).push_back('\n');
  }
  bool in_annex = false, in_footnote = false;
  for (size_t i = first_annex; i < lines.size(); ++i) {
    SourceLine& line = lines[i];
    if (line.attachment_start) in_annex = false;
    if (line.role == BlockRole::kAnnex) in_annex = true;
    if (!in_annex || line.blank) continue;
    if (StartsCitedFootnote(line.text, body)) in_footnote = true;
    if (in_footnote &&
        (line.role == BlockRole::kAnnex || !line.role || line.role == BlockRole::kNoise)) {
      line.role = BlockRole::kFootnote;
      continue;
    }
    bool cell =
        line.role == BlockRole::kNoise || line.role == BlockRole::kAuthor ||
        line.role == BlockRole::kMedia || line.role == BlockRole::kPageNumber ||
        line.role == BlockRole::kRunningHeader;  // a TOC entry (dots and a page number) stays one
    if (cell && !BodyFurniture(lines, i, body_headers)) line.role = BlockRole::kAnnex;
  }
}

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
