// Line roles, footnotes: notes at the foot of a page.
//
// A line the grammar's footnote cue recognises is a note, with the lines of
// its note while it stops mid-sentence, up to the next blank line or article
// heading (a web copy has no blank lines). A note whose sentence announces a
// quotation was matched on its last line: its head, back to the note number,
// is the note's. A gazette prints a page's notes together under a blank
// line, numbered up through the document, so the lines above a found note
// numbered N are notes too when they open with a smaller number. A PDF
// copy's lone note number above its note is the note's. A Word document's
// PDF prints its notes at the page's foot, their numbers glued in the body
// (glued_page_notes.h). A division heading is never a footnote.

#include <string_view>
#include <vector>

#include "parse/glued_page_notes.h"
#include "parse/line_roles.h"

namespace congvan::parse {

// A line that opens with a division heading ("Điều 192. Thanh tra nhà ở
// [Điều này bị bãi bỏ bởi …]"). A heading is never a footnote. With
// `dotted`, only a heading whose marker ends in its dot or colon ("Điều 5.",
// not "Điều 18 Thông tư số …", which a wrapped note's reference begins with):
// a footnote's next line is its rest unless it opens such a heading.
bool OpensDivision(const SourceLine& line, const Grammar& grammar, bool dotted) {
  for (const MarkerMatch& m : LineMarkers(grammar, line)) {
    if (grammar.styles()[static_cast<size_t>(m.style)].level.empty()) continue;
    std::string_view marker = m.marker;
    while (!marker.empty() && marker.back() == ' ') marker.remove_suffix(1);
    if (!dotted || (!marker.empty() && (marker.back() == '.' || marker.back() == ':'))) return true;
  }
  return false;
}

namespace {

// A line that ends where a sentence or a bracketed note ends: what follows it
// is not the rest of a note (a note may list with ';' and cite in brackets).
bool EndsComplete(std::string_view text) {
  if (text.empty()) return true;
  char last = text.back();
  return last == '.' || last == ']' || last == '!' || last == '?';
}

// The first line of a footnote's sentence that `end` (a line of it) closes:
// back over the lines wrapped into it (no role, not blank, not ending a
// sentence), at most `most` of them. A line opening with a note number
// ("1 Thông tư số …") opens the note; so does the line after a blank, a role
// or a finished sentence, when `need_number` is false or that line before
// is a footnote's (the next note of the same footnote). npos: none found.
size_t NoteSentenceStart(const std::vector<SourceLine>& lines, size_t end, size_t most,
                         bool need_number) {
  for (size_t i = end, seen = 0; seen <= most; --i, ++seen) {
    std::string_view t = lines[i].text;
    size_t digits = t.find_first_not_of("0123456789");
    if (digits > 0 && digits <= 3 && digits + 1 < t.size() && t[digits] == ' ' &&
        !(t[digits + 1] >= 'a' && t[digits + 1] <= 'z') &&
        !(t[digits + 1] >= '0' && t[digits + 1] <= '9'))  // "12 tháng 10" wraps a date
      return i;
    const SourceLine* before = i > 0 ? &lines[i - 1] : nullptr;
    if (before == nullptr || before->blank || before->role || EndsComplete(before->text)) {
      if (!need_number || (before && before->role == BlockRole::kFootnote)) return i;
      return std::string_view::npos;
    }
    if (i == 0) break;
  }
  return std::string_view::npos;
}

}  // namespace

// Footnotes at the foot of a page: a line the grammar's footnote cue
// recognises, and the lines of its note while it stops mid-sentence, up to the
// next blank line or article heading. A web copy has no blank lines: running to the
// next one would take the rest of the text as a note.
// (A footnote cue whose role is not "footnote" names a consolidated text's
// other furniture: amendment_history.h reads it.)
void MarkPageFootnotes(std::vector<SourceLine>& lines, const Grammar& grammar) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank || lines[i].role) continue;
    const int cue = LineCue(grammar, lines[i], CueKind::kFootnote);
    if (cue < 0 || grammar.role_cues()[static_cast<size_t>(cue)].role != BlockRole::kFootnote ||
        OpensDivision(lines[i], grammar, false))
      continue;
    // A note whose sentence announces a quotation ("… có căn cứ ban hành
    // như sau:", the amending act's basis) was matched on its last line:
    // its head, wrapped above it, back to the note number, is the note's;
    // without one the line is the text's own ("… như sau:").
    if (lines[i].text.back() == ':') {
      const size_t head = NoteSentenceStart(lines, i, 8, true);
      if (head == std::string_view::npos) continue;
      for (size_t k = head; k < i; ++k) lines[k].role = BlockRole::kFootnote;
    }
    lines[i].role = BlockRole::kFootnote;
    while (i + 1 < lines.size() && !EndsComplete(lines[i].text) && !lines[i + 1].blank &&
           !lines[i + 1].role && !OpensDivision(lines[i + 1], grammar, true)) {
      lines[++i].role = BlockRole::kFootnote;
    }
  }
  MarkGluedPageNotes(lines, grammar);
}

namespace {

// The number a Công báo footnote opens with ("4 Cụm từ …", "12 Khoản này
// …"): one to three digits not led by a zero ("05 ngày" is a count), a space,
// then a word that is neither in lower case nor a number. 0 otherwise.
int LeadingNoteNumber(std::string_view text) {
  size_t digits = 0;
  int number = 0;
  while (digits < text.size() && digits <= 3 && text[digits] >= '0' && text[digits] <= '9') {
    number = number * 10 + (text[digits] - '0');
    ++digits;
  }
  if (digits == 0 || digits > 3 || text[0] == '0' || digits >= text.size() || text[digits] != ' ')
    return 0;
  std::string_view rest = text.substr(digits);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest.empty() || (rest.front() >= '0' && rest.front() <= '9') || StartsLowercase(rest))
    return 0;
  return number;
}

constexpr size_t kMaxNoteLinesAbove = 12;  // lines of the notes a page puts above a found one
constexpr int kMaxNotesAbove = 3;          // notes above it: their numbers run up to its

}  // namespace

// The notes at a page's foot that the footnote cue missed: the gazette prints
// a page's notes together under a blank line, numbered up through the
// document, and the cue reads one line, so a note that wrapped before its
// "theo quy định tại" ("4 Cụm từ “…” được thay thế bằng cụm từ “…”" /
// "theo quy định tại điểm a khoản 35 …") stays text — and then cuts the
// provision the page ended in from its rest on the next page. Above a found
// note numbered N, the lines up to the blank line over them (or up to the
// found note before: "19 …" / "20 Cụm từ …" / "21 …") are notes too when the
// first opens with a smaller number, at most kMaxNotesAbove below N, and
// none opens a division heading.
void MarkNotesAboveFootnotes(std::vector<SourceLine>& lines, const Grammar& grammar) {
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].role != BlockRole::kFootnote || lines[i - 1].role == BlockRole::kFootnote)
      continue;
    int number = LeadingNoteNumber(lines[i].text);
    if (number <= 1) continue;
    size_t first = i;
    while (first > 0 && i - first < kMaxNoteLinesAbove && !lines[first - 1].blank &&
           !lines[first - 1].role) {
      --first;
    }
    if (first == i || first == 0 ||
        !(lines[first - 1].blank || lines[first - 1].role == BlockRole::kFootnote))
      continue;
    int above = LeadingNoteNumber(lines[first].text);
    if (above <= 0 || above >= number || number - above > kMaxNotesAbove) continue;
    bool division = false;
    for (size_t j = first; j < i && !division; ++j)
      division = OpensDivision(lines[j], grammar, true);
    if (division) continue;
    for (size_t j = first; j < i; ++j) lines[j].role = BlockRole::kFootnote;
  }
}

// A footnote of a PDF copy: a lone note number followed by its note
// ("3" / "Translator's note: …"), or the note line alone.
void MarkFootnotes(std::vector<SourceLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    SourceLine& line = lines[i];
    if (line.blank || line.role != BlockRole::kFootnote) continue;
    for (size_t j = i; j > 0;) {
      SourceLine& before = lines[--j];
      if (before.blank) continue;
      bool number = !before.text.empty() && before.text.size() <= 3 &&
                    before.text.find_first_not_of("0123456789") == std::string_view::npos;
      if (number) before.role = BlockRole::kFootnote;
      break;
    }
  }
}

}  // namespace congvan::parse
