// Rebuilding a PDF page's text from word boxes (see pdf_layout.h).
//
// Approach: words join the current line while they stand on its baseline
// (vertical offset under half a line height) and to its right; a gap wider
// than kColumnGap line heights (words are a quarter of one apart, a
// justified line stretches them to about one), or kLineEndGap after a word
// the PDF itself ends a line with, opens a new segment of the line — a
// second column, as a letterhead's table cells are. A run of consecutive lines with two segments
// (and the one-segment lines among them) is a column block, written left column first, then the
// right one, each as its own paragraph. Two table cells poppler gives one
// after the other (the second jumping back up to the first one's top, wholly
// right of it: signers' capacities, a letterhead) are first paired by
// baseline into such lines; a block goes on across a wider gap only while
// both its columns go on (a capacity over its name), and a line far above
// the closer rows below it (a running header) is not their block's first
// row. Paragraph breaks come from geometry
// only: the line pitch inside paragraphs is a low quantile of the gaps
// between lines' bottoms (on a page of short paragraphs most gaps are paragraph
// gaps), lines of one type size measured apart (a footnote's tighter pitch is
// not the body's), and a gap above kParagraphGap pitches, or an indent of kIndent line
// heights from the text's left edge, opens a paragraph. A line stands where
// its text stands: a raised note mark opening it does not move it up. A
// table poppler gives cell by cell is first put back in rows
// (pdf_table_rows.h); each row is one paragraph.
#include "read/pdf_layout.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "read/pdf_layout_lines.h"
#include "read/pdf_table_rows.h"

namespace congvan::read {
namespace {

constexpr double kSameBaseline = 0.5;  // of a line height
constexpr double kWordGap = 0.15;      // a gap this wide (line heights) is a space
constexpr double kColumnGap = 1.2;     // a gap this wide (line heights) separates columns
constexpr double kLineEndGap = 0.8;    // ... or this wide after a word the PDF ends a line with
constexpr double kParagraphGap = 1.2;  // a vertical gap this many line pitches opens a paragraph
constexpr double kIndent = 0.8;        // line heights right of the text's left edge: an indent
constexpr double kSuperscript =
    0.8;                           // a word this much shorter than its line is raised (a note mark)
constexpr double kRaised = 0.2;    // of a word's height: its bottom this much lower than the line's
constexpr double kCellTop = 0.25;  // of a line height: two cells' first lines on one baseline
constexpr size_t kMaxCellLines = 8;  // a cell longer than this is a column of text, not a cell
constexpr double kSameSize = 0.1;    // type sizes this close (of the size) are one size
constexpr size_t kMinPitches = 4;    // gaps between lines of a size to measure its own pitch
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

std::vector<Line> Lines(const std::vector<WordBox>& words) {
  std::vector<Line> lines;
  bool space_after = false;
  for (const WordBox& w : words) {
    Line* line = lines.empty() ? nullptr : &lines.back();
    bool same = line != nullptr &&
                std::abs(w.y - line->top) < kSameBaseline * std::max(w.height, line->height) &&
                w.x >= line->segments.back().right - kSameBaseline * w.height;
    if (!same) {
      lines.push_back({{{w.text, w.x, w.x + w.width}}, w.y, w.height, w.height});
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
    if (same) line->size = std::max(line->size, w.height);
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

// The end of a run of one-segment lines from `begin`, each below the last.
size_t RunEnd(const std::vector<Line>& lines, size_t begin) {
  size_t end = begin;
  while (end < lines.size() && lines[end].segments.size() == 1 && lines[end].table_row < 0 &&
         (end == begin || lines[end].top > lines[end - 1].top))
    ++end;
  return end;
}

double RunRight(const std::vector<Line>& lines, size_t begin, size_t end) {
  double right = 0;
  for (size_t i = begin; i < end; ++i) right = std::max(right, lines[i].right());
  return right;
}

double RunLeft(const std::vector<Line>& lines, size_t begin, size_t end) {
  double left = 1e9;
  for (size_t i = begin; i < end; ++i) left = std::min(left, lines[i].left());
  return left;
}

// Bottoms, not tops: a letterhead mixes sizes on one baseline ("ỦY" larger
// than "BAN NHÂN DÂN").
bool OnOneBaseline(const Line& a, const Line& b) {
  return std::abs(a.bottom() - b.bottom()) < kCellTop * std::min(a.height, b.height);
}

bool Overlap(const Segment& a, const Segment& b) { return a.left < b.right && b.left < a.right; }

// The line after two cells [first, m) and [m, end) is a row of two segments,
// one under each cell (the signers' names, a letterhead's number and date):
// the cells are the top of a two-column block. A table that poppler writes
// column by column goes on with a third column instead, and is left alone.
bool RowBelowSpans(const std::vector<Line>& lines, size_t first, size_t m, size_t end) {
  if (end >= lines.size() || lines[end].segments.size() != 2) return false;
  Segment left{"", RunLeft(lines, first, m), RunRight(lines, first, m)};
  Segment right{"", RunLeft(lines, m, end), RunRight(lines, m, end)};
  return Overlap(left, lines[end].segments[0]) && Overlap(right, lines[end].segments[1]);
}

// Two table cells side by side that poppler gives one after the other (a
// signature table's capacities, a letterhead's issuer beside the motto): a
// run of lines, then a run jumping back up to the first one's top, wholly
// right of it. Their lines are paired by baseline into two-segment lines, so
// the cells join the column block of the row below them (the signers' names).
std::vector<Line> PairCellsSideBySide(std::vector<Line> lines) {
  for (size_t m = 1; m < lines.size(); ++m) {
    if (lines[m].top > lines[m - 1].top || lines[m].segments.size() != 1 ||
        lines[m].table_row >= 0 || lines[m - 1].table_row >= 0)
      continue;
    size_t begin = m - 1;
    while (begin > 0 && lines[begin - 1].segments.size() == 1 && lines[begin - 1].table_row < 0 &&
           lines[begin - 1].top < lines[begin].top && begin + kMaxCellLines > m)
      --begin;
    size_t first = begin;
    while (first < m && !OnOneBaseline(lines[first], lines[m])) ++first;
    size_t end = RunEnd(lines, m);
    if (first == m || end - m > kMaxCellLines ||
        RunRight(lines, first, m) >= RunLeft(lines, m, end) || !RowBelowSpans(lines, first, m, end))
      continue;
    std::vector<Line> paired(lines.begin() + static_cast<std::ptrdiff_t>(first),
                             lines.begin() + static_cast<std::ptrdiff_t>(m));
    for (size_t r = m; r < end; ++r) {
      auto same = std::find_if(paired.begin(), paired.end(),
                               [&](const Line& l) { return OnOneBaseline(l, lines[r]); });
      if (same != paired.end() && same->segments.size() == 1)
        same->segments.push_back(lines[r].segments.front());
      else
        paired.push_back(lines[r]);
    }
    std::stable_sort(paired.begin(), paired.end(),
                     [](const Line& a, const Line& b) { return a.bottom() < b.bottom(); });
    for (Line& l : paired) l.in_cell = true;
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(first),
                lines.begin() + static_cast<std::ptrdiff_t>(end));
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(first), paired.begin(), paired.end());
    m = first + paired.size() - 1;
  }
  return lines;
}

// The line pitch of lines set in one type size: a low quantile of the gaps
// between the bottoms of consecutive lines of that size (within kSameSize
// of it), or of all lines when the page has too few of that size. Bottoms,
// not tops: a line opening with a word of another font ("2030," in Word's
// PDFs) has a lower top, not a lower bottom. By size: a page of body text
// over a long footnote in smaller type has the footnote's tighter pitch as
// its low quantile, so every body line stood a paragraph gap below the last
// (Word's signed PDFs of Lâm Đồng, BC 329/BC-UBND page 2).
double PitchOf(const std::vector<Line>& lines, double size) {
  std::vector<double> pitches;
  for (size_t i = 1; i < lines.size(); ++i) {
    bool of_size = size == 0 || (std::abs(lines[i].size - size) <= kSameSize * size &&
                                 std::abs(lines[i - 1].size - size) <= kSameSize * size);
    double gap = lines[i].bottom() - lines[i - 1].bottom();
    if (of_size && lines[i].top > lines[i - 1].top && gap > 0) pitches.push_back(gap);
  }
  if (pitches.empty() || (size > 0 && pitches.size() < kMinPitches)) return 0;
  size_t at = pitches.size() / 5;
  std::nth_element(pitches.begin(), pitches.begin() + static_cast<std::ptrdiff_t>(at),
                   pitches.end());
  return pitches[at];
}

double LinePitch(const std::vector<Line>& lines, double size, double page_pitch) {
  double pitch = size > 0 ? PitchOf(lines, size) : 0;
  return pitch > 0 ? pitch : page_pitch;
}

double LeftEdge(const std::vector<Line>& lines) {
  std::vector<double> lefts;
  for (const Line& l : lines) lefts.push_back(l.left());
  if (lefts.empty()) return 0;
  std::sort(lefts.begin(), lefts.end());
  return lefts[lefts.size() / 10];
}

// Lines [begin, end) written column by column: the segments left of the
// block's split first, then those right of it; inside a column, a gap wider
// than a paragraph gap at the block's own pitch stays a blank line (the
// space for a signature between a capacity and its name).
void WriteColumns(const std::vector<Line>& lines, size_t begin, size_t end, double pitch,
                  std::string& out) {
  double split = 1e9;
  for (size_t i = begin; i < end; ++i) {
    if (lines[i].segments.size() > 1) split = std::min(split, lines[i].segments[1].left);
  }
  for (bool right : {false, true}) {
    out.push_back('\n');
    bool written = false;
    for (size_t i = begin; i < end; ++i) {
      bool gap_above =
          i > begin && pitch > 0 && lines[i].top - lines[i - 1].top > kParagraphGap * pitch;
      for (const Segment& s : lines[i].segments) {
        if ((s.left >= split - 1) != right) continue;
        if (gap_above && written) out.push_back('\n');
        gap_above = false;
        out += s.text + "\n";
        written = true;
      }
    }
  }
  out.push_back('\n');
}

// Two columns going on below a gap: the next line has two segments, each
// under the same column of the block's last two-segment line — signers side
// by side, each a capacity over a name with the signature's space between.
// Only around paired cells (PairCellsSideBySide): a table's rows of two
// segments, a paragraph gap apart, stay rows.
bool ColumnsGoOn(const Line& pair, const Line& next) {
  return (pair.in_cell || next.in_cell) && pair.segments.size() == 2 && next.segments.size() == 2 &&
         Overlap(pair.segments[0], next.segments[0]) && Overlap(pair.segments[1], next.segments[1]);
}

// A line far above the lines that follow it, closer together (a page's
// running header and its number over the letterhead: "CÔNG BÁO/Số 295/…" |
// "3" above "CHÍNH PHỦ" | "CỘNG HOÀ …"), is a row of its own, not the first
// row of their block. Only the page's first block is read so: in an annex
// table the rows' spacing varies with their text.
bool StandsApart(const std::vector<Line>& lines, size_t i) {
  if (i + 2 >= lines.size()) return false;
  double below = lines[i + 1].top - lines[i].top, next = lines[i + 2].top - lines[i + 1].top;
  return below > 0 && next > 0 && below > kParagraphGap * next;
}

struct ColumnBlock {
  size_t end = 0;
  double pitch = 0;  // the block's own line pitch: its first gap
};

// The column block starting at line i: the run of lines with two segments,
// and the one-segment lines that go on a column at the block's own line pitch
// (a cell's last line: "đẳng giới năm 2021" under its "V/v …"); across a
// wider gap only while both columns go on (ColumnsGoOn); the page's first
// block may be a line standing apart (StandsApart).
ColumnBlock ColumnBlockAt(const std::vector<Line>& lines, size_t i, bool first_block) {
  if (first_block && StandsApart(lines, i)) return {i + 1, 0};
  double split = 1e9, pitch = 0;
  size_t end = i + 1, last_pair = i;
  for (size_t j = i + 1; j < lines.size(); ++j) {
    double gap = lines[j].top - lines[j - 1].top;
    if (gap <= 0 || lines[j].table_row >= 0) break;
    if (pitch == 0) pitch = gap;
    if (gap > kParagraphGap * pitch && !ColumnsGoOn(lines[last_pair], lines[j])) break;
    if (lines[j].segments.size() > 1) {
      split = std::min(split, lines[j].segments[1].left);
      end = j + 1;
      last_pair = j;
      continue;
    }
    if (lines[i].segments.size() > 1) split = std::min(split, lines[i].segments[1].left);
    // A one-segment line goes on a cell only as the lower-case rest of its
    // wrapped line; "Kính gửi:" under the letterhead begins the body.
    const Segment& only = lines[j].segments.front();
    bool in_a_column = only.right < split || only.left >= split - 1;
    if (!in_a_column || !(lines[j].in_cell || StartsLowercase(only.text))) break;
    end = j + 1;
  }
  return {end, pitch};
}

}  // namespace

std::string LayoutText(const std::vector<WordBox>& words) {
  std::vector<Line> lines = PairCellsSideBySide(TableRowsInOrder(Lines(words)));
  std::vector<Line> text_lines;  // the lines outside a table set the pitch and the margin
  std::copy_if(lines.begin(), lines.end(), std::back_inserter(text_lines),
               [](const Line& l) { return l.table_row < 0; });
  double page_pitch = PitchOf(text_lines, 0);
  double margin = LeftEdge(text_lines);
  std::string out;
  bool first_block = true;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].segments.size() > 1) {
      ColumnBlock block = ColumnBlockAt(lines, i, first_block);
      first_block = false;
      WriteColumns(lines, i, block.end, block.pitch, out);
      i = block.end - 1;
      continue;
    }
    const Line& line = lines[i];
    if (line.table_row >= 0) {
      // A table's row is one paragraph, its cells' lines one after another.
      if (i > 0 && lines[i - 1].table_row != line.table_row) out.push_back('\n');
    } else if (i > 0) {
      const Line& prev = lines[i - 1];
      double pitch = LinePitch(text_lines, line.size, page_pitch);
      double gap = line.bottom() - prev.bottom();
      bool indented = line.left() > margin + kIndent * line.height &&
                      prev.left() <= margin + kIndent * prev.height;
      if (line.top <= prev.top || (pitch > 0 && gap > kParagraphGap * pitch) || indented)
        out.push_back('\n');
    }
    out += line.segments.front().text;
    out.push_back('\n');
  }
  return out;
}

}  // namespace congvan::read
