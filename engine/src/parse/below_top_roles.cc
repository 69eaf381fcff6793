// Line roles, below the top: list blocks, site footers, and what follows the
// recipients (signature, annex) until an attached text makes it body again.
//
// A list head opens its line; footers and signatures are short lines, a long
// one is prose. Short lines right after the recipients are the signature
// block; once the annex has begun, only a signature cue is a signature, and
// an appendix's title ends the signature. A signature block ends the text
// even without a recipient list (laws, gazette copies); a form's signing box
// inside an article of the text does not.

#include <string>
#include <string_view>
#include <vector>

#include "parse/line_roles.h"
#include "parse/running_header_keys.h"

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

// "December 29, 2009." under "THE WHITE HOUSE,": a date alone on its line
// is the place-date of a signature block, not a sentence, though a dot ends it.
bool IsBareDateLine(std::string_view text, const Grammar& grammar) {
  size_t start = text.find_first_not_of(" \t");
  if (start == std::string_view::npos) return false;
  auto found = grammar.FindMeta("date-mention", text);
  if (found.empty() || found.front().begin != start) return false;
  return text.find_first_not_of(" \t.", found.front().end) == std::string_view::npos;
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
    bool short_line = AtMostWords(l.text, max_words) &&
                      (!EndsWithTerminalPunctuation(l.text) || IsBareDateLine(l.text, grammar)) &&
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

// Whether `text` is a legal basis set as a dash item ("- Căn cứ Quy định số
// 294-QĐ/TW, …;", "- Xét đề nghị của …,"): the Party's texts list their bases
// so (Hướng dẫn of the Ban Tuyên giáo và Dân vận Trung ương, Quyết định
// 1147-QĐ/BTGDVTW), as state texts set theirs as plain "Căn cứ …" lines.
bool IsDashedBasis(std::string_view text, const Grammar& grammar) {
  for (std::string_view dash : {std::string_view("- "), std::string_view("\u2013 ")}) {
    if (!text.starts_with(dash)) continue;
    return grammar.MatchCue("basis", FoldEndsForCues(text.substr(dash.size()))) >= 0;
  }
  return false;
}

// The legal bases set as dash items right under the top are the preamble,
// each over the lines it wraps onto (to a blank line, a line that ends the
// basis with ';', or a line that opens a marker of its own): read as body,
// they were the text's first tasks. Only a run that opens the text below the
// top: a dispatch's body that quotes bases ("- Căn cứ Nghị định số …" under
// "Thuế tỉnh … trả lời như sau:") is its own.
void MarkDashedBases(std::vector<SourceLine>& lines, const Grammar& grammar, size_t i) {
  bool in_basis = false;
  for (; i < lines.size(); ++i) {
    SourceLine& line = lines[i];
    if (line.blank) {
      in_basis = false;
      continue;
    }
    if (line.role) {
      if (in_basis) return;
      continue;
    }
    if (IsDashedBasis(line.text, grammar)) {
      in_basis = true;
    } else if (!in_basis || !HasNoMarkers(grammar, line)) {
      return;
    }
    line.role = BlockRole::kPreamble;
    if (line.text.ends_with(';')) in_basis = false;
  }
}

}  // namespace

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
  MarkDashedBases(lines, grammar, i);
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

}  // namespace congvan::parse
