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

constexpr size_t kMaxSignatureLines = 5;    // "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG" / name …
constexpr int kMaxSignatureLineWords = 16;  // a whole block on one line, its abbreviation aside

// Line i, right under a signature abbreviation alone on its line ("TM."),
// is the rest of the signature block however many words it holds, up to a
// whole block laid out on one line.
bool RestOfBareAbbreviation(const std::vector<SourceLine>& lines, size_t i) {
  if (i == 0 || lines[i - 1].role != BlockRole::kSignature || !AtMostWords(lines[i - 1].text, 1))
    return false;
  return AtMostWords(lines[i].text, kMaxSignatureLineWords) &&
         !EndsWithTerminalPunctuation(lines[i].text);
}

// A signature block starting at line i: a signature cue line ("KT. BỘ
// TRƯỞNG", "TM. CHÍNH PHỦ", "CHỦ TỊCH QUỐC HỘI") and the short lines under it
// (titles, the signer's name), then a blank line or the end. Returns the
// index after its last line, or i when there is none.
size_t SignatureBlockEnd(const std::vector<SourceLine>& lines, size_t i, const Grammar& grammar) {
  // "Võ Văn Kiệt (Đã ký)": a transcribed copy's signature, whole on one line.
  if (LineCue(grammar, lines[i], CueKind::kSigned) >= 0) return i + 1;
  if (LineCue(grammar, lines[i], CueKind::kSignature) < 0) return i;
  size_t last = i, seen = 0;
  // "TM." alone: a web copy broke the block after its abbreviation and laid
  // the rest out on one line ("CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Phạm
  // Bình Minh"), which is then longer than a title.
  bool bare_abbreviation = AtMostWords(lines[i].text, 1);  // as RestOfBareAbbreviation
  for (size_t j = i + 1; j < lines.size() && seen < kMaxSignatureLines; ++j) {
    const SourceLine& l = lines[j];
    if (l.blank) continue;
    if (l.role) break;  // page furniture: the page, and the block, ended
    ++seen;
    int max_words = bare_abbreviation && seen == 1 ? kMaxSignatureLineWords : 6;
    bool short_line = AtMostWords(l.text, max_words) && !EndsWithTerminalPunctuation(l.text) &&
                      HasNoMarkers(grammar, l) && LetterCount(l.text, 2) >= 2;
    if (!short_line) break;
    last = j;
    if (!MostlyUppercase(l.text)) break;  // the signer's name closes the block
  }
  return last > i ? last + 1 : i;
}

// Whether `text` opens with a note's mark in brackets ("[1] Thông …", "[12]").
bool OpensWithNoteMark(std::string_view text) {
  size_t digits = 0;
  while (digits + 1 < text.size() && digits < 3 && text[digits + 1] >= '0' &&
         text[digits + 1] <= '9') {
    ++digits;
  }
  return !text.empty() && text[0] == '[' && digits > 0 && text.size() > digits + 1 &&
         text[digits + 1] == ']';
}

// Whether the signature block [i, after) — or the line right under it — holds
// a form's signing placeholder (SigningPlaceholderAt).
bool FormSigningBox(const std::vector<SourceLine>& lines, size_t i, size_t after,
                    const Grammar& grammar) {
  for (size_t k = i; k < lines.size() && k <= after; ++k) {
    if (SigningPlaceholderAt(lines, k, grammar)) return true;
  }
  return false;
}

// Below the top: list blocks, site footers, and what follows the recipients
// (signature, annex) until an attached text makes it body again. A saved web
// page's own text after the document is found by its caption
// (MarkWebCaption), not here: the annexes of a web copy are the document's.
void ClassifyBelowTop(std::vector<SourceLine>& lines, const Grammar& grammar, size_t i) {
  const BlockRole after_signature = BlockRole::kAnnex;
  bool post_body = false;
  bool annex = false;  // past the signature, in the annex
  // Past an attached text's title: a form attached on its own ends at its
  // signing box, which then is the form's signature.
  bool in_attached_text = false;
  std::string joined;  // RunText's, reused
  for (; i < lines.size(); ++i) {
    SourceLine& line = lines[i];
    if (line.blank || line.role) continue;
    // The signer's title under the signature's abbreviation ("TM. CHÍNH PHỦ" /
    // "THỦ TƯỚNG" / name / "PHỤ LỤC …") is the signature, never the capital
    // title of an attached text.
    if (line.attachment_start && post_body && !annex &&
        LineCue(grammar, line, CueKind::kSignature) >= 0) {
      line.attachment_start = false;
    }
    if (line.attachment_start) {
      post_body = annex = false;
      in_attached_text = true;
      continue;
    }
    if (annex) {  // a form's own "Nơi nhận:" or "HIỆU TRƯỞNG" is part of the annex
      line.role = after_signature;
      continue;
    }
    // A list head opens its line ("Nơi nhận: - …; - …" may run on for a
    // table row); footers and signatures are short lines, a long one is prose.
    int head = LineCue(grammar, line, CueKind::kHead);
    if (head >= 0) {
      BlockRole role = grammar.role_cues()[static_cast<size_t>(head)].role;
      i = AbsorbList(lines, i, role, grammar) - 1;
      if (role == BlockRole::kRecipients) post_body = true;
      continue;
    }
    if (line.text.size() > kMaxCueLineBytes && !post_body) continue;
    int footer = LineCue(grammar, line, CueKind::kFooter);
    if (footer >= 0) {
      line.role = grammar.role_cues()[static_cast<size_t>(footer)].role;
      continue;
    }
    if (post_body) {
      // Short lines right after the recipients are the signature block; once
      // the annex has begun, only a signature cue is a signature.
      // An appendix's title ("Phụ lục 1") ends the signature.
      // A note's mark ("[1] Thông" / "báo số …") opens a footnote, never a
      // signature line, however short its first line.
      bool signature = !OpensWithNoteMark(line.text) &&
                       grammar.FindMeta("annex-title", RunText(lines, i, joined)).empty() &&
                       (LineCue(grammar, line, CueKind::kSignature) >= 0 ||
                        LineCue(grammar, line, CueKind::kSigned) >= 0 ||
                        (AtMostWords(line.text, 8) && !EndsWithTerminalPunctuation(line.text)) ||
                        RestOfBareAbbreviation(lines, i));
      line.role = signature ? BlockRole::kSignature : after_signature;
      annex = !signature;
      continue;
    }
    // A signature block ends the text even without a recipient list (laws,
    // gazette copies): what follows it is annex until an attached text. A
    // form's signing box inside an article of the text does not ("GIÁM ĐỐC" /
    // "(Ký, ghi rõ họ tên, đóng dấu)", Thông tư 58/2026/TT-BTC Điều 9).
    if (size_t after = SignatureBlockEnd(lines, i, grammar);
        after > i && (in_attached_text || !FormSigningBox(lines, i, after, grammar))) {
      for (size_t k = i; k < after; ++k) {
        if (!lines[k].blank && !lines[k].role) lines[k].role = BlockRole::kSignature;
      }
      i = after - 1;
      post_body = annex = true;
    }
  }
}

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
