// Footnote marks glued to words (see footnote_marks.h). The footnote numbers
// come from the document's footnote blocks ("3" / "Translator's note: …",
// "[2] Nghị định …", "<sup>2</sup> …"); each task text is scanned once for a
// run of digits right after a letter, and the run is dropped when it names
// a footnote and the word before it has at least kMinWordLetters letters.
#include "parse/footnote_marks.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cctype>
#include <set>
#include <span>
#include <string>
#include <string_view>

namespace congvan::parse {
namespace {

constexpr int kMinWordLetters = 3;
constexpr size_t kMaxMarkDigits = 2;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

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
  for (; i < text.size() && IsDigit(text[i]) && digits < 3; ++i, ++digits)
    n = n * 10 + (text[i] - '0');
  return digits > 0 ? n : 0;
}

// Letters of the word that ends right before byte `end` of `text`.
int LettersBefore(std::string_view text, size_t end) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(end);
  int letters = 0;
  while (i > 0) {
    UChar32 c;
    U8_PREV(s, 0, i, c);
    if (c < 0 || !u_isalpha(c)) break;
    ++letters;
  }
  return letters;
}

std::string WithoutMarks(std::string_view text, const std::set<int>& notes) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    if (!IsDigit(text[i]) || i == 0 || IsDigit(text[i - 1])) {
      out.push_back(text[i++]);
      continue;
    }
    size_t end = i;
    while (end < text.size() && IsDigit(text[end])) ++end;
    bool word_before = LettersBefore(text, i) >= kMinWordLetters;
    bool word_after = end < text.size() && (static_cast<unsigned char>(text[end]) >= 0x80 ||
                                            std::isalnum(static_cast<unsigned char>(text[end])));
    int number = end - i <= kMaxMarkDigits ? std::stoi(std::string(text.substr(i, end - i))) : 0;
    if (!word_before || word_after || notes.count(number) == 0) out.append(text.substr(i, end - i));
    i = end;
  }
  return out;
}

void Detach(std::span<Node> nodes, const std::set<int>& notes) {
  for (Node& n : nodes) {
    // Only a text that loses a mark owns a new one; the rest stay runs of the buffer.
    std::string without = WithoutMarks(n.text, notes);
    if (without.size() != n.text.size()) n.text = without;
    Detach(n.children.span(), notes);
    if (!n.quoted().empty()) Detach(n.mutable_quoted(), notes);
  }
}

}  // namespace

void DetachFootnoteMarks(Document& doc) {
  std::set<int> notes;
  for (const Block& b : doc.blocks) {
    if (b.role != BlockRole::kFootnote) continue;
    if (int n = FootnoteNumber(b.text); n > 0) notes.insert(n);
  }
  if (!notes.empty()) Detach(doc.tasks, notes);
}

}  // namespace congvan::parse
