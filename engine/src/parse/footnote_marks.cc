// Footnote marks glued to words (see footnote_marks.h). The footnote numbers
// come from the document's footnote blocks ("3" / "Translator's note: …",
// "[2] Nghị định …", "<sup>2</sup> …"); each task text is scanned once for a
// run of digits right after a letter, and the run is dropped when it names
// a footnote and the word before it has at least kMinWordLetters letters —
// or, in a consolidated text, is a syllable of two ("Bộ Công an19", "y tế25":
// the consolidating office's marks, 60 of them in the headings of the 82
// Công báo VBHN). A mark taken off stays on the task as a note ("notes":
// {line, "19"}), so the diff and the timeline compare the words while the
// output keeps the reference to the footnote block.
//
// A mark glued to an item's marker ("c)2 Đối với …", "3. 12 Tài liệu …": the
// Công báo's superscript after the clause number) opens the item's text. It
// is dropped when it names a note printed below the item on its page (within
// kMaxPageLines), no zero leads it ("a) 05 ngày" is a count) and the word
// after it is not in lower case ("b) 10 ngày làm việc" is a count too), and
// only in a consolidated text (consolidated_text.h), which numbers its notes
// into the text: elsewhere "b) 2 Phó Chủ tịch" is a count, whatever notes the
// page prints. That fact is asked once, and only when a mark would be dropped.
#include "parse/footnote_marks.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parse/consolidated_text.h"
#include "parse/parse_internal.h"
#include "parse/word_before.h"
#include "text/ascii_chars.h"

namespace congvan::parse {
namespace {

using text::IsAsciiDigit;

constexpr int kMinWordLetters = 3;
constexpr int kMinConsolidatedLetters = 2;  // a syllable: "an", "tế"
constexpr size_t kMaxMarkDigits = 2;

// The number a footnote block opens with: "3", "[3]", "(3)", "<sup>3</sup>".
int FootnoteNumber(const std::string& text) {
  size_t i = 0;
  while (i < text.size() &&
         (text[i] == '[' || text[i] == '(' || text[i] == '<' || text[i] == ' ')) {
    if (text[i] == '<') {
      size_t close = text.find('>', i);
      if (close == std::string::npos) return 0;
      i = close;
    }
    ++i;
  }
  int n = 0;
  size_t digits = 0;
  for (; i < text.size() && IsAsciiDigit(text[i]) && digits < 3; ++i, ++digits)
    n = n * 10 + (text[i] - '0');
  return digits > 0 ? n : 0;
}

// The number a later line of a footnote block opens with when it starts a
// note of its own ("6 Khoản này …" under "5 Khoản này …"): one to three
// digits not led by a zero, a space, then no lower-case letter or digit (a
// wrapped note's line may open with a number: "46/2014/QH13 sửa đổi …").
int NoteNumberOpening(std::string_view text) {
  size_t digits = 0;
  int n = 0;
  for (; digits < text.size() && digits <= 3 && IsAsciiDigit(text[digits]); ++digits)
    n = n * 10 + (text[digits] - '0');
  if (digits == 0 || digits > 3 || text[0] == '0' || digits + 1 >= text.size() ||
      text[digits] != ' ')
    return 0;
  unsigned char after = static_cast<unsigned char>(text[digits + 1]);
  if (IsAsciiDigit(text[digits + 1]) || std::islower(after)) return 0;
  if (after >= 0x80 && StartsLowercase(text.substr(digits + 1))) return 0;
  return n;
}

// Whether the word ending at byte `end` is a code, not a word: a document
// number's tail ("PL-UBTVQH12", "10-LCT/HĐNN7", "02/2020/UBTVQH14": the letters
// follow '-' or '/') or a unit or formula with a capital inside ("tCO2",
// "kWh2"). Its digits are never a note's mark.
bool IsCode(const WordBefore& word) { return word.upper_after_lower || word.led_by_code; }

constexpr int kMaxPageLines = 80;  // a page of the gazette, with its header and notes

// The footnotes of the document: note number → the first line of its block.
using NoteLines = std::map<int, int>;

// Whether the document numbers its notes into the text: asked at most once.
class ConsolidatedFact {
 public:
  ConsolidatedFact(const Document& doc, const Grammar& grammar) : doc_(doc), grammar_(grammar) {}
  bool Get() {
    if (!known_) consolidated_ = IsConsolidatedText(doc_, grammar_);
    known_ = true;
    return consolidated_;
  }

 private:
  const Document& doc_;
  const Grammar& grammar_;
  bool known_ = false;
  bool consolidated_ = false;
};

// Whether the two letters ending at byte `end` are a Vietnamese syllable
// that a consolidated text's note mark may follow ("Bộ Công an19", "bảo hiểm
// y tế25", "Người quản lý96"): in lower case, and not a unit whose power the
// digits would be ("km2", "cm3": a syllable with a tone or vowel mark never is
// one, and a power is 2 or 3).
bool SyllableBefore(std::string_view text, size_t end, int number) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(end);
  bool marked = false;
  for (int letter = 0; letter < 2 && i > 0; ++letter) {
    UChar32 c;
    U8_PREV(s, 0, i, c);
    if (c < 0 || !u_islower(c)) return false;
    marked = marked || c >= 0x80;
  }
  return marked || (number != 2 && number != 3);
}

// `text` without the note marks glued to its words, each mark taken off
// appended to `marks`. A word of two letters carries one only in a
// consolidated text (asked of `consolidated` then, at most once).
std::string WithoutMarks(std::string_view text, const std::set<int>& notes,
                         ConsolidatedFact& consolidated, std::vector<std::string>& marks) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiDigit(text[i]) || i == 0 || IsAsciiDigit(text[i - 1])) {
      out.push_back(text[i++]);
      continue;
    }
    size_t end = i;
    while (end < text.size() && IsAsciiDigit(text[end])) ++end;
    bool word_after = end < text.size() && (static_cast<unsigned char>(text[end]) >= 0x80 ||
                                            std::isalnum(static_cast<unsigned char>(text[end])));
    int number = end - i <= kMaxMarkDigits ? std::stoi(std::string(text.substr(i, end - i))) : 0;
    const WordBefore before = ReadWordBefore(text, i);
    const int letters = before.letters;
    bool word_before = !IsCode(before) &&
                       (letters >= kMinWordLetters ||
                        (letters == kMinConsolidatedLetters && SyllableBefore(text, i, number)));
    bool mark = word_before && !word_after && notes.count(number) > 0 &&
                (letters >= kMinWordLetters || consolidated.Get());
    if (mark)
      marks.emplace_back(text.substr(i, end - i));
    else
      out.append(text.substr(i, end - i));
    i = end;
  }
  return out;
}

// Bytes of a mark that opens the text of an item with a marker (see the file
// comment), 0 when there is none: the digits and the spaces after them.
size_t LeadingMarkBytes(const Node& n, const NoteLines& notes, ConsolidatedFact& consolidated) {
  if (n.marker.empty() || n.spans.empty()) return 0;
  std::string_view text = n.text.view();
  int number = NoteNumberOpening(text);
  auto note = notes.find(number);
  if (number == 0 || note == notes.end()) return 0;
  int line = n.spans.front().first;
  if (note->second <= line || note->second > line + kMaxPageLines) return 0;
  if (!consolidated.Get()) return 0;
  size_t end = 0;
  while (IsAsciiDigit(text[end])) ++end;
  while (end < text.size() && text[end] == ' ') ++end;
  return end;
}

// The marks taken off a task's text stay on it as its notes' references
// (Node::notes, the JSON's "notes"), so the output loses none: on the line
// the task opens (a heading's own; a paragraph's first).
void KeepMarks(Node& n, std::vector<std::string>& marks) {
  int line = n.spans.empty() ? 0 : n.spans.front().first;
  for (std::string& mark : marks) n.mutable_notes().push_back(Note{line, std::move(mark)});
}

void Detach(std::span<Node> nodes, const std::set<int>& numbers, const NoteLines& notes,
            ConsolidatedFact& consolidated) {
  for (Node& n : nodes) {
    // Only a text that loses a mark owns a new one; the rest stay runs of the buffer.
    std::vector<std::string> marks;
    std::string without = WithoutMarks(n.text, numbers, consolidated, marks);
    if (without.size() != n.text.size()) {
      n.text = without;
      KeepMarks(n, marks);
    }
    if (size_t lead = LeadingMarkBytes(n, notes, consolidated); lead > 0) {
      std::string_view text = n.text.view();
      // The mark is the lead's digits (a space, a no-break space or nothing
      // may part it from the words).
      marks.assign(1, std::string(text.substr(0, text.find_first_not_of("0123456789"))));
      KeepMarks(n, marks);
      n.text = std::string(text.substr(lead));
    }
    Detach(n.children.span(), numbers, notes, consolidated);
    if (!n.quoted().empty()) Detach(n.mutable_quoted(), numbers, notes, consolidated);
  }
}

}  // namespace

void DetachFootnoteMarks(Document& doc, const Grammar& grammar) {
  std::set<int> numbers;
  NoteLines notes;
  for (const Block& b : doc.blocks) {
    if (b.role != BlockRole::kFootnote) continue;
    if (int n = FootnoteNumber(b.text); n > 0) numbers.insert(n);
    // Every note the block holds ("5 Khoản này …" / "6 Khoản này …").
    int first_line = b.spans.empty() ? 0 : b.spans.front().first;
    for (size_t begin = 0; begin < b.text.size();) {
      size_t end = std::min(b.text.find('\n', begin), b.text.size());
      if (int n = NoteNumberOpening(std::string_view(b.text).substr(begin, end - begin)); n > 0) {
        numbers.insert(n);
        notes.emplace(n, first_line);
      }
      begin = end + 1;
    }
  }
  if (numbers.empty()) return;
  ConsolidatedFact consolidated(doc, grammar);
  Detach(doc.tasks, numbers, notes, consolidated);
}

}  // namespace congvan::parse
