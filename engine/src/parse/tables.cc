// Tables flattened into text.
//
// Saved web pages and Word files copied to text write a table one cell per
// line, with a line holding only "|" between cells and rows:
//
//   |
//   **Bậc thuế**
//   |
//   Đến 10
//   |
//   5
//
// or a markdown row per line ("| Bậc | Thu nhập | Thuế suất |"). A PDF copy
// drops the separators: a table or a formula becomes a run of short lines
// right under the sentence that announces it —
//
//   1. Quy định mức lương tối thiểu … theo vùng như sau:
//   Vùng
//   Mức lương tối thiểu tháng
//   Vùng I
//   4.680.000
//
// — found as at least kMinRunCells lines of at most kMaxCellWords words
// (kMaxInnerCellWords once the run is a table)
// that are not items and do not end a sentence, kMinFigures of them
// figures (digits, signs, no letters): the figures tell a table or formula
// from a list of short unnumbered lines such as names. A table is a
// run of such separator or row lines no more than kMaxCellLines apart,
// holding at least kMinSeparators of them; it spans from its first separator
// to its last. Its cells are text of the provision or paragraph the table
// belongs to, never items of their own: "1.1. Có đủ các chức danh" in a
// criteria table is a cell, and "4", "(20 điểm)" are cells, not page numbers
// or running headers.
#include "parse/tables.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace congvan::parse {
namespace {

constexpr int kMinSeparators = 4;  // fewer is a stray "|", not a table
constexpr int kMaxCellLines = 8;   // a cell wraps over at most this many lines
constexpr int kMinRunCells = 4;    // a separator-less table has at least this many cells
constexpr int kMaxCellWords = 8;   // "Biểu diễn nhạc cụ truyền thống" starts a table
constexpr int kMaxInnerCellWords = 16;  // inside one, a cell may say more
constexpr int kMinFigures = 2;          // "4.680.000", "+", "22.500"

// Roles that a short cell is mistaken for; any other role (letterhead,
// furniture, annex, footer, signature) makes the table part of that block.
bool CellLikeRole(BlockRole role) {
  return role == BlockRole::kNoise || role == BlockRole::kPageNumber ||
         role == BlockRole::kRunningHeader || role == BlockRole::kAuthor ||
         role == BlockRole::kMedia || role == BlockRole::kTableOfContents;
}

// Whether the lines strictly between two separators are a cell of a table
// of content. A cell that holds a letterhead, a signature, a recipient list
// or a page's own text belongs to the layout of that block (the issuing
// body beside the national motto), and an attached text's title opens a text
// of its own: neither is a table cell. Nor is a run that opens with a
// division heading: a Word copy closes a table with the "|" of its last cell,
// so the text between two tables (a law's last article after a table of
// rates, "Điều 5. Hiệu lực thi hành", then the signature's table) would read
// as one more cell.
bool ContentCell(const std::vector<SourceLine>& lines, size_t open, size_t close,
                 const Grammar& grammar) {
  if (close - open > static_cast<size_t>(kMaxCellLines) + 1) return false;
  for (size_t i = open + 1; i < close; ++i) {
    if (lines[i].attachment_start) return false;
    if (lines[i].role && !CellLikeRole(*lines[i].role)) return false;
  }
  size_t first = open + 1;
  while (first < close && lines[first].blank) ++first;
  return first == close || !OpensTitledDivision(lines[first], grammar);
}

// Marks lines first..last as cells. `separated`: a table between "|"
// lines, whose short cells were taken for page furniture; without
// separators a page number or running header between pages of the table
// was confirmed by its page and stays furniture (only noise is a cell).
void MarkRegion(std::vector<SourceLine>& lines, size_t first, size_t last, bool separated = true) {
  for (size_t i = first; i <= last; ++i) {
    SourceLine& line = lines[i];
    if (line.blank && !line.table_separator) continue;
    if (line.role && !separated && *line.role != BlockRole::kNoise) continue;
    line.table_cell = true;
    if (line.role && CellLikeRole(*line.role)) line.role.reset();
  }
}

// Page furniture a table runs on across: the next page's header, number,
// the gazette's stamp.
bool PageFurniture(const SourceLine& line) {
  return line.role && (*line.role == BlockRole::kRunningHeader ||
                       *line.role == BlockRole::kPageNumber || *line.role == BlockRole::kPageBreak);
}

// Digits, signs and punctuation only: "4.680.000", "+", "..."; "(%)" too.
bool IsFigure(std::string_view t) {
  for (char c : t) {
    if (static_cast<unsigned char>(c) >= 0x80 || std::isalpha(static_cast<unsigned char>(c)))
      return false;
  }
  return !t.empty();
}

// A cell of a separator-less table: short, not an item, not the end of a
// sentence or an announcement.
bool LooksLikeCell(const SourceLine& line, const Grammar& grammar, int max_words = kMaxCellWords) {
  // Without separators, a page number or a running header was confirmed by
  // the page around it; only OCR noise may be a short cell ("+", "X").
  if (line.role && *line.role != BlockRole::kNoise) return false;
  std::string_view t = line.text;
  if (!AtMostWords(t, max_words)) return false;
  // An item, unless its marker stands alone ("+" in a formula).
  for (const MarkerMatch& m : LineMarkers(grammar, line)) {
    if (m.text_begin < t.size()) return false;
  }
  if (IsFigure(t)) return true;  // "...", "4.680.000"
  char last = t.back();
  return last != '.' && last != ';' && last != ':';
}

}  // namespace

bool IsTableSeparator(std::string_view raw) {
  if (raw == "|") return true;
  // A markdown row: "| a | b |".
  return raw.size() >= 3 && raw.front() == '|' && raw.back() == '|' &&
         std::count(raw.begin(), raw.end(), '|') >= 3;
}

void MarkFlattenedTables(std::vector<SourceLine>& lines, const Grammar& grammar) {
  std::vector<size_t> separators;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].table_separator) separators.push_back(i);
  }
  // Runs of consecutive content cells; kMinSeparators separators (one fewer
  // cells) make a table.
  size_t run_start = 0;  // index into separators of the run's first separator
  for (size_t k = 0; k + 1 <= separators.size(); ++k) {
    bool cell =
        k + 1 < separators.size() && ContentCell(lines, separators[k], separators[k + 1], grammar);
    if (cell) continue;
    if (k - run_start + 1 >= static_cast<size_t>(kMinSeparators)) {
      MarkRegion(lines, separators[run_start], separators[k]);
    }
    run_start = k + 1;
  }
}

}  // namespace congvan::parse

namespace congvan::parse {

void MarkCellRuns(std::vector<SourceLine>& lines, const Grammar& grammar) {
  const SourceLine* announcer = nullptr;  // the last body line before i
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    bool announced = announcer != nullptr && announcer->text.back() == ':';
    if (announced && !lines[i].table_cell && LooksLikeCell(lines[i], grammar)) {
      size_t end = i;  // one past the run's last cell
      int cells = 0, figures = 0;
      for (size_t j = i; j < lines.size(); ++j) {
        if (lines[j].blank || PageFurniture(lines[j])) continue;  // the table goes on over the page
        bool table =
            cells >= kMinRunCells && figures >= kMinFigures;  // established: longer cells go
        if (!LooksLikeCell(lines[j], grammar, table ? kMaxInnerCellWords : kMaxCellWords)) break;
        ++cells;
        figures += IsFigure(lines[j].text) ? 1 : 0;
        end = j + 1;
      }
      if (cells >= kMinRunCells && figures >= kMinFigures)
        MarkRegion(lines, i, end - 1, /*separated=*/false);
      i = end - 1;  // a run that is no table is not searched again from inside
      if (!lines[i].role) announcer = &lines[i];
      continue;
    }
    if (!lines[i].role) announcer = &lines[i];
  }
}

}  // namespace congvan::parse
