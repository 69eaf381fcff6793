// See glued_division_words.h. The source line the word stands on is found in
// the document's buffer (the text the line numbers count) by its number; its
// end must be the paragraph's end, so a paragraph whose text is not the
// line's as written (a repair) is left as it is.
#include "parse/glued_division_words.h"

#include <string>
#include <utility>
#include <vector>

#include "parse/wrapped_division_word.h"
#include "text/trimmed.h"

namespace congvan::parse {
namespace {

constexpr std::string_view kLineEndSpaces = " \t\r";

std::string_view WithoutTrailingSpaces(std::string_view s) {
  return text::TrimmedEnd(s, kLineEndSpaces);
}

// Whether the last word of `s` is written in capitals ("HỮU", "THỊ").
bool EndsWithWordInCapitals(std::string_view s) {
  s = WithoutTrailingSpaces(s);
  const size_t space = s.rfind(' ');
  std::string_view word = space == std::string_view::npos ? s : s.substr(space + 1);
  const LetterCases cases = CountLetterCases(word);
  return cases.upper >= 2 && cases.lower == 0;
}

// The byte where each 1-based source line starts in `buffer`, made when first asked.
class LineStarts {
 public:
  explicit LineStarts(std::string_view buffer) : buffer_(buffer) {}
  // The text of line `number` without its break; empty when there is none.
  std::string_view Line(int number) {
    if (starts_.empty()) {
      starts_.push_back(0);
      for (size_t i = 0; i < buffer_.size(); ++i) {
        if (buffer_[i] == '\n') starts_.push_back(i + 1);
      }
    }
    if (number < 1 || static_cast<size_t>(number) > starts_.size()) return {};
    const size_t from = starts_[static_cast<size_t>(number) - 1];
    const size_t end = buffer_.find('\n', from);
    return buffer_.substr(from, end == std::string_view::npos ? end : end - from);
  }

 private:
  std::string_view buffer_;
  std::vector<size_t> starts_;
};

// A division word glued to a title in capitals at the end of a paragraph:
// the title before it (spaces aside), the word, and the byte of the word's
// line where it begins.
struct GluedWord {
  std::string_view title;
  std::string_view word;
  int at = -1;  // -1: none
};

// The division word glued to a title in capitals on the last line of `p`,
// given the paragraph `next` under it; `at` is -1 when none is.
GluedWord FindGluedWord(const Paragraph& p, const Paragraph& next, const Grammar& grammar,
                        LineStarts& lines) {
  // The line below opens with a number first: most paragraphs end there.
  if (!StartsWithAsciiDigitOrRoman(next.text.view())) return {};
  // `p` may begin inside its first line: a heading made of a word moved here
  // may end with the next one ("… ĐƠN VỊ Mục" / "1. QUY ĐỊNH CHUNG … ĐƠN VỊ
  // Điều" / "20. …", the crawl's VBHN 06/2024).
  if (p.role || next.role || p.spans.empty() || next.spans.empty() ||
      p.spans.to_byte() != LineSpans::kLineEnd || next.spans.cut() ||
      next.spans.front().first != p.spans.back().last + 1) {
    return {};
  }
  const std::string_view text = WithoutTrailingSpaces(p.text.view());
  const std::string_view word = TrailingDivisionWord(text);
  if (word.empty()) return {};
  if (CountLetterCases(word).lower == 0) return {};  // a title's last word in capitals ("ĐIỀU")
  const std::string_view title = text.substr(0, text.size() - word.size());
  if (!EndsWithWordInCapitals(title)) return {};
  if (!ReadsAsDivisionHeading(word, next.text.view(), grammar)) return {};
  const std::string_view line = WithoutTrailingSpaces(lines.Line(p.spans.back().last));
  if (line.size() <= word.size() || line.substr(line.size() - word.size()) != word) return {};
  return {WithoutTrailingSpaces(title), word, static_cast<int>(line.size() - word.size())};
}

}  // namespace

void MoveGluedDivisionWords(Paragraphs& paragraphs, const Grammar& grammar,
                            std::string_view buffer) {
  LineStarts lines(buffer);
  for (size_t i = 0; i + 1 < paragraphs.size(); ++i) {
    Paragraph& p = paragraphs[i];
    Paragraph& next = paragraphs[i + 1];
    const GluedWord glued = FindGluedWord(p, next, grammar, lines);
    if (glued.at < 0) continue;
    const int line = p.spans.back().last;
    // The word and the paragraph below: one heading from the word on.
    std::string heading(glued.word);
    heading += ' ';
    heading.append(next.text.view());
    LineSpans spans{{line, line}};
    spans.set_cut(glued.at, LineSpans::kLineEnd);
    spans.Append(next.spans);
    next.text = SharedText(heading);
    next.spans = std::move(spans);
    next.ClearMarkers();
    next.line_markers = {};  // matched again (MatchParagraphMarkers)
    // The title before it, up to the word.
    p.text = p.text.Run(glued.title);
    p.spans.set_cut(p.spans.from_byte(), glued.at);
    p.ClearMarkers();
    p.line_markers = {};
  }
}

}  // namespace congvan::parse
