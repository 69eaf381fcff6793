// Rebuilding a PDF page's text from word boxes (see pdf_layout.h).
//
// Approach: words join the current line while they stand on its baseline
// (vertical offset under half a line height) and to its right; a gap wider
// than kColumnGap line heights (words are a quarter of one apart, a
// justified line stretches them to about one), or kLineEndGap after a word
// the PDF itself ends a line with, opens a new segment of the line — a
// second column, as a letterhead's table cells are. A run of consecutive lines with two segments
// (and the one-segment lines among them) is a column block, written left column first, then the
// right one, each as its own paragraph. Paragraph breaks come from geometry
// only: the line pitch inside paragraphs is a low quantile of the gaps
// between lines (on a page of short paragraphs most gaps are paragraph
// gaps), and a gap above kParagraphGap pitches, or an indent of kIndent line
// heights from the text's left edge, opens a paragraph. A line stands where
// its text stands: a raised note mark opening it does not move it up.
#include "read/pdf_layout.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string_view>

namespace congvan::read {
namespace {

constexpr double kSameBaseline = 0.5;  // of a line height
constexpr double kWordGap = 0.15;      // a gap this wide (line heights) is a space
constexpr double kColumnGap = 1.2;     // a gap this wide (line heights) separates columns
constexpr double kLineEndGap = 0.8;    // ... or this wide after a word the PDF ends a line with
constexpr double kParagraphGap = 1.2;  // a vertical gap this many line pitches opens a paragraph
constexpr double kIndent = 0.8;        // line heights right of the text's left edge: an indent
constexpr double kSuperscript =
    0.8;                         // a word this much shorter than its line is raised (a note mark)
constexpr double kRaised = 0.2;  // of a word's height: its bottom this much lower than the line's
constexpr double kOverlap =
    0.2;  // a box starting this far (line heights) inside the last continues it

UChar32 FirstCodePoint(const std::string& text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  UChar32 c = 0;
  if (n > 0) U8_NEXT(s, i, n, c);
  return c;
}

bool StartsLowercase(const std::string& text) {
  UChar32 c = FirstCodePoint(text);
  return c > 0 && u_islower(c);
}

UChar32 LastCodePoint(const std::string& text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(text.size());
  UChar32 c = 0;
  if (i > 0) U8_PREV(s, 0, i, c);
  return c;
}

// Two word boxes the PDF library keeps apart, a letter or digit before the
// junction and anything but closing punctuation after it, are two words even
// when their boxes touch: a word whose last letter carries stacked tone marks
// ("về", "Số") gets a box as wide as its glyphs' advances, combining marks
// included, so it runs into the next word and the gap that was a space is
// gone (LibreOffice's PDFs, read by poppler). The same error splits a word
// after such a letter ("quyề" / "n"), but then the next box starts well
// inside the first one (by the phantom advance), which a word after a space
// never does. A smaller word after a letter is a footnote mark
// ("conditions3"), not a word.
bool SeparateWords(const std::string& before, const std::string& after, double gap, double height,
                   double line_height) {
  UChar32 a = LastCodePoint(before), b = FirstCodePoint(after);
  // Closing punctuation sits against its word; anything else after a letter
  // (a word, a bracket, a quote, a dash) was set apart.
  bool closing = std::u32string_view(U".,;:!?)]}”’%").find(static_cast<char32_t>(b)) !=
                 std::u32string_view::npos;
  if (a <= 0 || b <= 0 || !u_isalnum(a) || closing) return false;
  return gap > -kOverlap * height && height >= kSuperscript * line_height;
}

struct Segment {
  std::string text;
  double left = 0, right = 0;
};

struct Line {
  std::vector<Segment> segments;
  double top = 0, height = 0;
  double left() const { return segments.front().left; }
};

std::vector<Line> Lines(const std::vector<WordBox>& words) {
  std::vector<Line> lines;
  bool space_after = false;
  for (const WordBox& w : words) {
    Line* line = lines.empty() ? nullptr : &lines.back();
    bool same = line != nullptr &&
                std::abs(w.y - line->top) < kSameBaseline * std::max(w.height, line->height) &&
                w.x >= line->segments.back().right - kSameBaseline * w.height;
    if (!same) {
      lines.push_back({{{w.text, w.x, w.x + w.width}}, w.y, w.height});
    } else if (double gap = w.x - line->segments.back().right;
               gap > kColumnGap * w.height || (!space_after && gap > kLineEndGap * w.height)) {
      line->segments.push_back({w.text, w.x, w.x + w.width});
    } else {
      Segment& s = line->segments.back();
      if (space_after || w.x - s.right > kWordGap * w.height ||
          SeparateWords(s.text, w.text, w.x - s.right, w.height, line->height)) {
        s.text.push_back(' ');
      }
      s.text += w.text;
      s.right = w.x + w.width;
    }
    if (same && w.y + w.height > line->top + line->height + kRaised * w.height) {
      // The line's first word stood above the text: a raised note mark
      // ("¹ Thông tư số …"). The line stands where its text stands. (Words of
      // two fonts on one line differ in top and height, not in bottom.)
      line->top = w.y;
      line->height = w.height;
    }
    space_after = w.space_after;
  }
  return lines;
}

double LinePitch(const std::vector<Line>& lines) {
  std::vector<double> pitches;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].top > lines[i - 1].top) pitches.push_back(lines[i].top - lines[i - 1].top);
  }
  if (pitches.empty()) return 0;
  size_t at = pitches.size() / 5;
  std::nth_element(pitches.begin(), pitches.begin() + static_cast<std::ptrdiff_t>(at),
                   pitches.end());
  return pitches[at];
}

double LeftEdge(const std::vector<Line>& lines) {
  std::vector<double> lefts;
  for (const Line& l : lines) lefts.push_back(l.left());
  if (lefts.empty()) return 0;
  std::sort(lefts.begin(), lefts.end());
  return lefts[lefts.size() / 10];
}

// Lines [begin, end) written column by column: the segments left of the
// block's split first, then those right of it.
void WriteColumns(const std::vector<Line>& lines, size_t begin, size_t end, std::string& out) {
  double split = 1e9;
  for (size_t i = begin; i < end; ++i) {
    if (lines[i].segments.size() > 1) split = std::min(split, lines[i].segments[1].left);
  }
  for (bool right : {false, true}) {
    out.push_back('\n');
    for (size_t i = begin; i < end; ++i) {
      for (const Segment& s : lines[i].segments) {
        if ((s.left >= split - 1) == right) out += s.text + "\n";
      }
    }
  }
  out.push_back('\n');
}

// The end of the column block starting at line i: the run of lines with two
// segments, and the one-segment lines that go on a column at the block's own
// line pitch (a cell's last line: "đẳng giới năm 2021" under its "V/v …").
size_t ColumnBlockEnd(const std::vector<Line>& lines, size_t i) {
  double split = 1e9, pitch = 0;
  size_t end = i + 1;
  for (size_t j = i + 1; j < lines.size(); ++j) {
    double gap = lines[j].top - lines[j - 1].top;
    if (gap <= 0) break;
    if (pitch == 0) pitch = gap;
    if (gap > kParagraphGap * pitch) break;
    if (lines[j].segments.size() > 1) {
      split = std::min(split, lines[j].segments[1].left);
      end = j + 1;
      continue;
    }
    if (lines[i].segments.size() > 1) split = std::min(split, lines[i].segments[1].left);
    // A one-segment line goes on a cell only as the lower-case rest of its
    // wrapped line; "Kính gửi:" under the letterhead begins the body.
    const Segment& only = lines[j].segments.front();
    bool in_a_column = only.right < split || only.left >= split - 1;
    if (!in_a_column || !StartsLowercase(only.text)) break;
    end = j + 1;
  }
  return end;
}

}  // namespace

std::string LayoutText(const std::vector<WordBox>& words) {
  std::vector<Line> lines = Lines(words);
  double pitch = LinePitch(lines);
  double margin = LeftEdge(lines);
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].segments.size() > 1) {
      size_t end = ColumnBlockEnd(lines, i);
      WriteColumns(lines, i, end, out);
      i = end - 1;
      continue;
    }
    const Line& line = lines[i];
    if (i > 0) {
      const Line& prev = lines[i - 1];
      double gap = line.top - prev.top;
      bool indented = line.left() > margin + kIndent * line.height &&
                      prev.left() <= margin + kIndent * prev.height;
      if (gap <= 0 || (pitch > 0 && gap > kParagraphGap * pitch) || indented) out.push_back('\n');
    }
    out += line.segments.front().text;
    out.push_back('\n');
  }
  return out;
}

}  // namespace congvan::read
