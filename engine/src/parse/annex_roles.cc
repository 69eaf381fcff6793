// Line roles, the annex's own text.
//
// Inside an annex (a form, a table flattened one cell per line) short cells
// look like page numbers, running headers, bylines or noise; they are the
// annex's own text. Only the furniture the body has too stays furniture, and
// notes the body cites ("[1]", "<sup>1</sup>") are footnotes, as is a page-foot
// note right after the signature whose bare number ("1 Gồm: …") the body
// glues to a word ("tổng hợp1"). Contact lines right after the signature
// ("Số điện thoại liên hệ …: 0913001110.") are the document's footer.

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "parse/line_roles.h"
#include "parse/running_header_keys.h"

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

// The digits of a bare note number opening a page-foot note ("1 Gồm: Sở Khoa
// học và Công nghệ, …"): one to three digits, a space, then a capital letter
// or a digit-free word. Empty when the line does not open so.
std::string_view BareNoteNumber(std::string_view text) {
  size_t digits = 0;
  while (digits < text.size() && digits < 4 && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits > 3 || text[0] == '0') return {};
  if (digits + 1 >= text.size() || text[digits] != ' ') return {};
  unsigned char next = static_cast<unsigned char>(text[digits + 1]);
  bool capital = (next >= 'A' && next <= 'Z') || next >= 0xC3;  // "Gồm", "Ủy", "Đối"
  return capital ? text.substr(0, digits) : std::string_view{};
}

// A page-foot note that a Word document's PDF puts after the signature, its
// number bare ("1 Gồm: …") because the superscript lost its size: a footnote
// when the body carries the same number glued to the end of a word, where the
// raised mark stood ("… của tỉnh tổng hợp1 và kết quả …"). A digit glued to a
// letter and then a space or a punctuation mark, not a longer number.
bool StartsGluedMarkFootnote(std::string_view text, const std::string& body) {
  std::string_view number = BareNoteNumber(text);
  if (number.empty()) return false;
  for (size_t at = body.find(number); at != std::string::npos; at = body.find(number, at + 1)) {
    if (at == 0) continue;
    unsigned char before = static_cast<unsigned char>(body[at - 1]);
    bool after_letter =
        (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') || before >= 0x80;
    size_t end = at + number.size();
    bool number_ends =
        end < body.size() && (body[end] == ' ' || body[end] == ',' || body[end] == ';' ||
                              body[end] == '.' || body[end] == '\n' || body[end] == ')');
    if (after_letter && number_ends) return true;
  }
  return false;
}

// Whether `text` is a run of phone numbers after a colon, and nothing else:
// each of 9 to 11 digits, opening with '0' or '+' ("0902231985",
// "0983.134.682", "+84 24 3825 8261"), parted by ';' or ',', a dot at the end.
// A form's blank field ("Điện thoại liên hệ: ………") has none.
bool PhoneNumbersOnly(std::string_view text) {
  int numbers = 0, digits = 0;
  bool opened = false;
  auto close = [&] {
    if (opened && (digits < 9 || digits > 11)) return false;
    numbers += opened;
    opened = false;
    digits = 0;
    return true;
  };
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      if (!opened && c != '0') return false;
      opened = true;
      ++digits;
    } else if (c == '+' && !opened) {
      opened = true;
    } else if ((c == '.' || c == ' ') && opened && digits < 9) {
      continue;  // a group's separator: "0983 134 682", "0983.134.682"
    } else if (c == ';' || c == ',' || c == '.' || c == ' ') {
      if (!close()) return false;
    } else {
      return false;
    }
  }
  return close() && numbers > 0;
}

// A contact line under the signature ("Số điện thoại liên hệ đăng ký thành
// phần dự Hội nghị: 0913001110."): a label without digits, a colon, then
// phone numbers only. Whom to call about the document is its footer, not an
// annex.
bool IsContactLine(std::string_view text) {
  size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view label = text.substr(0, colon);
  if (label.find_first_of("0123456789") != std::string_view::npos) return false;
  return PhoneNumbersOnly(text.substr(colon + 1));
}

}  // namespace

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
  // A cited note ("[2] …") runs to the annex's end; a bare-numbered one ("1
  // Gồm: …") to the blank line after it: the forms below are the annex's.
  bool in_annex = false, in_footnote = false, in_bare_note = false, annex_opened = false;
  bool in_contact = false;  // in the contact lines the annex opens with
  for (size_t i = first_annex; i < lines.size(); ++i) {
    SourceLine& line = lines[i];
    if (line.attachment_start) in_annex = in_bare_note = false;
    if (line.role == BlockRole::kAnnex) in_annex = true;
    if (!in_annex) continue;
    if (line.blank) {
      in_bare_note = false;
      continue;
    }
    // Only the annex's first line may be a bare-numbered page-foot note: inside
    // a form, "2 Sở Tài chính" is a row.
    bool opens_annex = !annex_opened;
    annex_opened = true;
    if (StartsCitedFootnote(line.text, body)) in_footnote = true;
    if (opens_annex && StartsGluedMarkFootnote(line.text, body)) in_bare_note = true;
    if (opens_annex) in_contact = IsContactLine(line.text);
    if (in_contact && line.role == BlockRole::kAnnex && IsContactLine(line.text)) {
      line.role = BlockRole::kFooter;
      continue;
    }
    in_contact = false;
    if ((in_footnote || in_bare_note) &&
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

}  // namespace congvan::parse
