// Putting a table poppler gives cell by cell back in rows (see pdf_table_rows.h).
//
// Approach: poppler's reading order takes a ruled table one cell at a time —
// a cell's lines, then the next cell, often the cell of another row or a
// cell to the left of one already given ("Luật giáo dục nghề nghiệp",
// "01/7/2015" before the header's "Ghi chú": Công báo, QĐ 1478/QĐ-BLĐTBXH) —
// so a document list of six columns read as a stream of short paragraphs and
// its numbered rows were lost. The rows are rebuilt from the boxes: a cell is
// a run of segments each on the line poppler gives next, directly below the
// last (at most kCellLineGap line heights) and overlapping it; cells sorted
// by top form a row while they start above the bottom of the row's cells so
// far (a cell centred in a taller row — "TT" beside two-line headers — still
// starts inside it). A row of kMinCells or more cells side by side is a
// table row; with kMinTableRows of them, every cell from the first table row
// to the last and within the table rows' width is written row by row, the
// cells left to right (cells of one column within a row top to bottom).
// Text far taller than a line (the Công báo's running header set vertically
// in a landscape page's margin) belongs to no row. Letterheads and signature
// tables have two cells a row and keep their layout (pdf_layout.cc).
#include "read/pdf_table_rows.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <set>
#include <utility>

namespace congvan::read {
namespace {

constexpr double kCellLineGap = 1.6;  // line heights: a cell's next line is at most this far below
constexpr double kCellPitch = 1.3;    // ... and at most this many of the page's line pitches
constexpr double kTallText = 2.0;     // of the median line height: text set across lines (rotated)
constexpr size_t kMinCells = 3;       // cells side by side in a table row
constexpr size_t kMinTableRows = 2;   // table rows on the page before any is regrouped

struct Piece {
  size_t line = 0, segment = 0;
};

struct Cell {
  std::vector<Piece> pieces;
  double left = 0, right = 0, top = 0, bottom = 0;
  bool tall = false;
};

bool Overlap(double left_a, double right_a, double left_b, double right_b) {
  return left_a < right_b && left_b < right_a;
}

double MedianHeight(const std::vector<Line>& lines) {
  std::vector<double> heights;
  for (const Line& l : lines) heights.push_back(l.height);
  if (heights.empty()) return 0;
  std::nth_element(heights.begin(),
                   heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2),
                   heights.end());
  return heights[heights.size() / 2];
}

// The page's line pitch: a low quantile of the drops from line to line (as
// pdf_layout.cc reads it).
double LinePitch(const std::vector<Line>& lines) {
  std::vector<double> drops;
  for (size_t i = 1; i < lines.size(); ++i)
    if (lines[i].top > lines[i - 1].top) drops.push_back(lines[i].top - lines[i - 1].top);
  if (drops.empty()) return 0;
  size_t at = drops.size() / 5;
  std::nth_element(drops.begin(), drops.begin() + static_cast<std::ptrdiff_t>(at), drops.end());
  return drops[at];
}

// The cell a segment of line i continues: one whose last segment is on line
// i - 1, directly above it (a line pitch, not a row's padding more: "I. LĨNH
// VỰC …" over the row "1." is two rows) and overlapping it.
Cell* CellAbove(std::vector<Cell>& cells, const std::vector<Line>& lines, size_t i,
                const Segment& s, double pitch) {
  for (Cell& c : cells) {
    const Piece& last = c.pieces.back();
    const Line& above = lines[last.line];
    const Segment& a = above.segments[last.segment];
    double drop = lines[i].top - above.top;
    if (!c.tall && last.line + 1 == i && drop > 0 && drop <= kCellLineGap * lines[i].height &&
        drop <= kCellPitch * pitch && Overlap(a.left, a.right, s.left, s.right))
      return &c;
  }
  return nullptr;
}

std::vector<Cell> Cells(const std::vector<Line>& lines) {
  double tall = kTallText * MedianHeight(lines);
  double pitch = LinePitch(lines);
  std::vector<Cell> cells;
  for (size_t i = 0; i < lines.size(); ++i) {
    for (size_t j = 0; j < lines[i].segments.size(); ++j) {
      const Segment& s = lines[i].segments[j];
      bool is_tall = lines[i].height > tall;
      Cell* c = is_tall ? nullptr : CellAbove(cells, lines, i, s, pitch);
      if (c == nullptr) {
        cells.push_back({{}, s.left, s.right, lines[i].top, lines[i].bottom(), is_tall});
        c = &cells.back();
      }
      c->pieces.push_back({i, j});
      c->left = std::min(c->left, s.left);
      c->right = std::max(c->right, s.right);
      c->bottom = std::max(c->bottom, lines[i].bottom());
    }
  }
  return cells;
}

// Rows of cells (indices), top to bottom.
std::vector<std::vector<size_t>> Rows(const std::vector<Cell>& cells) {
  std::vector<size_t> order;
  for (size_t k = 0; k < cells.size(); ++k)
    if (!cells[k].tall) order.push_back(k);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return cells[a].top < cells[b].top; });
  std::vector<std::vector<size_t>> rows;
  double bottom = -std::numeric_limits<double>::infinity();
  for (size_t k : order) {
    if (rows.empty() || cells[k].top >= bottom) rows.emplace_back();
    rows.back().push_back(k);
    bottom = std::max(bottom, cells[k].bottom);
  }
  return rows;
}

// The row's cells grouped into columns (cells overlapping across), left to
// right, each column's cells top to bottom.
std::vector<std::vector<size_t>> Columns(const std::vector<Cell>& cells, std::vector<size_t> row) {
  std::stable_sort(row.begin(), row.end(),
                   [&](size_t a, size_t b) { return cells[a].left < cells[b].left; });
  std::vector<std::vector<size_t>> columns;
  double right = -std::numeric_limits<double>::infinity();
  for (size_t k : row) {
    if (columns.empty() || cells[k].left >= right) {
      columns.emplace_back();
      right = cells[k].right;
    }
    columns.back().push_back(k);
    right = std::max(right, cells[k].right);
  }
  for (auto& column : columns)
    std::stable_sort(column.begin(), column.end(),
                     [&](size_t a, size_t b) { return cells[a].top < cells[b].top; });
  return columns;
}

bool IsTableRow(const std::vector<Cell>& cells, const std::vector<size_t>& row) {
  return row.size() >= kMinCells && Columns(cells, row).size() >= kMinCells;
}

struct Table {
  size_t first_row = 0, last_row = 0;
  double left = 0, right = 0;
};

double Median(std::vector<double> values) {
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2),
                   values.end());
  return values[values.size() / 2];
}

// The table on the page: its first and last table rows and their width —
// the median row's edges widened by a line height, so that a page number
// in the margin, level with one row, stays out.
bool FindTable(const std::vector<Cell>& cells, const std::vector<std::vector<size_t>>& rows,
               double line_height, Table& table) {
  std::vector<double> lefts, rights;
  for (size_t r = 0; r < rows.size(); ++r) {
    if (!IsTableRow(cells, rows[r])) continue;
    if (lefts.empty()) table.first_row = r;
    table.last_row = r;
    double left = std::numeric_limits<double>::infinity(), right = -left;
    for (size_t k : rows[r]) {
      left = std::min(left, cells[k].left);
      right = std::max(right, cells[k].right);
    }
    lefts.push_back(left);
    rights.push_back(right);
  }
  if (lefts.size() < kMinTableRows) return false;
  table.left = Median(lefts) - line_height;
  table.right = Median(rights) + line_height;
  return true;
}

}  // namespace

std::vector<Line> TableRowsInOrder(const std::vector<Line>& lines) {
  std::vector<Cell> cells = Cells(lines);
  std::vector<std::vector<size_t>> rows = Rows(cells);
  Table table;
  if (!FindTable(cells, rows, MedianHeight(lines), table)) return lines;

  std::vector<Line> table_lines;
  std::set<std::pair<size_t, size_t>> taken;
  size_t first_line = lines.size();
  for (size_t r = table.first_row; r <= table.last_row; ++r) {
    std::vector<size_t> inside;
    for (size_t k : rows[r])
      if (cells[k].left >= table.left && cells[k].right <= table.right) inside.push_back(k);
    for (const auto& column : Columns(cells, inside)) {
      for (size_t k : column) {
        for (const Piece& p : cells[k].pieces) {
          const Line& from = lines[p.line];
          Line piece{{from.segments[p.segment]}, from.top, from.height};
          piece.table_row = static_cast<int>(r);
          table_lines.push_back(piece);
          taken.insert({p.line, p.segment});
          first_line = std::min(first_line, p.line);
        }
      }
    }
  }

  std::vector<Line> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i == first_line) out.insert(out.end(), table_lines.begin(), table_lines.end());
    Line rest = lines[i];
    rest.segments.clear();
    for (size_t j = 0; j < lines[i].segments.size(); ++j)
      if (!taken.count({i, j})) rest.segments.push_back(lines[i].segments[j]);
    if (!rest.segments.empty()) out.push_back(rest);
  }
  return out;
}

}  // namespace congvan::read
