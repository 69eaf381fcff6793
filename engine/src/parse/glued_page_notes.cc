// Page-foot notes of a PDF made from Word, found by the marks the body glued.
//
// Word prints a footnote's number raised after the word it annotates and the
// note itself at the foot of the page; the PDF's text layer keeps the digits
// but not their size, so the body reads "trên địa bàn tỉnh6;" or "tổng hợp1
// và", and the note "6 Ủy ban nhân dân tỉnh …" (or "1. Phường: …") is a line
// of text that opens like a count or an item and derails the lists around it.
// A page ends at a page break or at the page number printed between two pages
// (the PDF reader's form feed line is blank once the line is trimmed), so a
// page is known. Its foot is the run of lines from a line opening with a note
// number N, after a blank line or a finished sentence, to the page's end,
// when the page's body above glued N to a word (three letters or more, or a
// marked syllable: "góp ý2"; not a code such as "COVID-19" or "PL-UBTVQH12")
// and each later paragraph of the run opens with a larger number the body
// glued too. "N." is the shape of the body's own clauses, so a note numbered
// so must follow a blank line and its mark a word in small letters. A note
// the page broke off mid-sentence goes on at the top of the next page's foot,
// in lower case, above that page's first note: it is a note too. The page the
// file ends on, with no page end after it, is left to the roles after the
// signature (annex_roles.cc).

#include "parse/glued_page_notes.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cctype>
#include <set>
#include <string_view>
#include <vector>

#include "parse/parse_internal.h"
#include "parse/word_before.h"
#include "text/ascii_chars.h"

namespace congvan::parse {
namespace {

using text::IsAsciiDigit;

constexpr int kMinMarkedWordLetters = 3;  // "tỉnh6", "phố1"; not "A1", "F0"
constexpr size_t kMaxMarkDigits = 2;
constexpr size_t kMaxBrokenNoteLines = 8;  // a note's rest carried to the next page

// Whether the letters before byte `end` form a word a note mark may follow:
// at least kMinMarkedWordLetters letters, or a shorter syllable in lower case
// with a letter beyond ASCII ("góp ý2", "y tế25"; not a unit: "m2", "cm3");
// not led by '-' or '/' (a code's tail: "COVID-19", "HĐNN7") and without a
// capital after a small letter (a unit or formula: "kWh2").
bool MarkableWordBefore(std::string_view text, size_t end) {
  const WordBefore word = ReadWordBefore(text, end);
  if (word.upper_after_lower || word.led_by_code) return false;
  return word.letters >= kMinMarkedWordLetters || (!word.has_upper && word.beyond_ascii);
}

// The numbers a page's body glued to words: all of them, and those glued to
// a word ending in a small letter ("phố1", not "QPPL5" or "CLTK2").
struct GluedMarks {
  std::set<int> any;
  std::set<int> after_small_letter;
};

// Whether the letter before byte `end` is a small letter.
bool SmallLetterBefore(std::string_view text, size_t end) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(end);
  UChar32 c;
  U8_PREV(s, 0, i, c);
  return c >= 0 && u_islower(c);
}

// Adds to `marks` the numbers `text` glues to the end of a word: one or two
// digits right after a word's letters, then no letter or digit.
void AddGluedMarks(std::string_view text, GluedMarks& marks) {
  for (size_t i = 1; i < text.size(); ++i) {
    if (!IsAsciiDigit(text[i]) || IsAsciiDigit(text[i - 1])) continue;
    size_t end = i;
    while (end < text.size() && IsAsciiDigit(text[end])) ++end;
    const bool word_after =
        end < text.size() && (static_cast<unsigned char>(text[end]) >= 0x80 ||
                              std::isalnum(static_cast<unsigned char>(text[end])));
    if (end - i <= kMaxMarkDigits && text[i] != '0' && !word_after && MarkableWordBefore(text, i)) {
      int number = 0;
      for (size_t k = i; k < end; ++k) number = number * 10 + (text[k] - '0');
      marks.any.insert(number);
      if (SmallLetterBefore(text, i)) marks.after_small_letter.insert(number);
    }
    i = end;
  }
}

// The number a note opens with: "6 Ủy ban …", "1. Phường: …" or "13 08 chi
// cục …" — one to three digits not led by a zero, a space or a dot and a
// space, then neither a small letter nor a digit other than a count's leading
// zero ("14 hồ sơ." wraps a count, "46/2014/QH13 …" a number).
// 0 when the line does not open so. A number with a dot is the shape of the
// body's own clauses ("5. Trường hợp …"): such a note must follow a blank
// line and its mark a word in small letters ("thành phố1."), which a clause
// under a consolidated text's heading ("CLTK2.2", "QUYẾT ĐỊNH1") is not.
struct NoteOpening {
  int number = 0;
  bool dotted = false;
};
NoteOpening OpeningNote(std::string_view text) {
  size_t digits = 0;
  int number = 0;
  while (digits < text.size() && digits <= 3 && IsAsciiDigit(text[digits]))
    number = number * 10 + (text[digits++] - '0');
  if (digits == 0 || digits > 3 || text[0] == '0') return {};
  size_t rest = digits;
  const bool dotted = rest < text.size() && text[rest] == '.';
  if (dotted) ++rest;
  if (rest >= text.size() || text[rest] != ' ') return {};
  while (rest < text.size() && text[rest] == ' ') ++rest;
  if (rest >= text.size() || (IsAsciiDigit(text[rest]) && text[rest] != '0') ||
      StartsLowercase(text.substr(rest)))
    return {};
  return {number, dotted};
}

// The number of the note line `i` opens, given the body's marks above it
// (`after_blank`: a blank line is right above it); 0 when it opens none.
int OpeningNoteNumber(const std::vector<SourceLine>& lines, size_t i, const GluedMarks& marks,
                      bool after_blank) {
  const NoteOpening note = OpeningNote(lines[i].text);
  if (note.number == 0) return 0;
  if (!note.dotted) return marks.any.count(note.number) ? note.number : 0;
  return after_blank && marks.after_small_letter.count(note.number) ? note.number : 0;
}

// A page's end: a page break line ("--- PAGE BREAK ---"; a PDF's form feed
// line is blank once trimmed) or the page number printed between two pages.
bool EndsPage(const SourceLine& line) {
  return line.role == BlockRole::kPageBreak || line.role == BlockRole::kPageNumber;
}

bool Free(const SourceLine& line) { return !line.blank && !line.role; }

// Whether lines [first, end) are a page's notes: line `first` opens note
// `number`, and every paragraph after a blank line opens a note whose larger
// number the body glued too; lines with a role (a page number) pass.
bool FootHolds(const std::vector<SourceLine>& lines, size_t first, size_t end, int number,
               const GluedMarks& marks) {
  bool after_blank = false;
  for (size_t j = first + 1; j < end; ++j) {
    if (lines[j].blank) {
      after_blank = true;
      continue;
    }
    if (lines[j].role) continue;
    const int next = OpeningNoteNumber(lines, j, marks, after_blank);
    if (next > number) {
      number = next;
    } else if (after_blank) {
      return false;
    }
    after_blank = false;
  }
  return true;
}

// The first line of the page [begin, end)'s foot, or `end` when it has none.
size_t FootStart(const std::vector<SourceLine>& lines, size_t begin, size_t end) {
  GluedMarks marks;
  for (size_t i = begin; i < end; ++i) {
    const SourceLine& line = lines[i];
    if (line.blank || line.role) continue;
    // A note opens a paragraph: after a blank line, furniture or a finished sentence.
    const bool after_blank = i > begin && lines[i - 1].blank;
    const bool after_gap =
        i > begin && (after_blank || lines[i - 1].role || lines[i - 1].text.back() == '.');
    const int number = after_gap ? OpeningNoteNumber(lines, i, marks, after_blank) : 0;
    if (number > 0 && FootHolds(lines, i, end, number, marks)) return i;
    AddGluedMarks(line.text, marks);
  }
  return end;
}

// The lines of a note the previous page broke off: right above `first`, back
// to a blank line, opening in lower case, at most kMaxBrokenNoteLines. The
// first of them, or `first` when there are none.
size_t BrokenNoteStart(const std::vector<SourceLine>& lines, size_t begin, size_t first) {
  size_t top = first;
  while (top > begin && first - top < kMaxBrokenNoteLines && Free(lines[top - 1])) --top;
  if (top == first || top == begin || !lines[top - 1].blank) return first;
  return StartsLowercase(lines[top].text) ? top : first;
}

// Whether the last note line of [first, end) stops mid-sentence.
bool EndsUnfinished(const std::vector<SourceLine>& lines, size_t first, size_t end) {
  for (size_t j = end; j > first; --j) {
    const SourceLine& line = lines[j - 1];
    if (line.role != BlockRole::kFootnote) continue;
    const char last = line.text.back();
    return last != '.' && last != '!' && last != '?' && last != ';' && last != ')';
  }
  return false;
}

}  // namespace

void MarkGluedPageNotes(std::vector<SourceLine>& lines, const Grammar& grammar) {
  size_t begin = 0;
  bool note_broken_off = false;
  for (size_t end = 0; end < lines.size(); ++end) {
    if (!EndsPage(lines[end])) continue;
    size_t first = FootStart(lines, begin, end);
    if (first < end) {
      if (note_broken_off) first = BrokenNoteStart(lines, begin, first);
      for (size_t j = first; j < end; ++j) {
        // An e-signature stamp printed at the page's foot ("Ký bởi: …",
        // "Email: …") is left to the stamp roles (running_headers.cc).
        if (Free(lines[j]) && LineCue(grammar, lines[j], CueKind::kStamp) < 0)
          lines[j].role = BlockRole::kFootnote;
      }
    }
    note_broken_off = first < end && EndsUnfinished(lines, first, end);
    begin = end + 1;
  }
}

}  // namespace congvan::parse
