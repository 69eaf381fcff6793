// The lines a PDF page's layout works on (pdf_layout.cc, pdf_table_rows.cc):
// a line is the words on one baseline, cut into segments where a wide gap
// separates them (a table's cells, a letterhead's columns).
#ifndef CONGVAN_READ_PDF_LAYOUT_LINES_H_
#define CONGVAN_READ_PDF_LAYOUT_LINES_H_

#include <string>
#include <vector>

namespace congvan::read {

struct Segment {
  std::string text;
  double left = 0, right = 0;
};

struct Line {
  std::vector<Segment> segments;
  double top = 0, height = 0;
  double size = 0;       // the tallest word's height: the line's type size
  bool in_cell = false;  // one of two cells side by side (PairCellsSideBySide)
  int table_row = -1;    // the row of a table written row by row (TableRowsInOrder), or -1
  double left() const { return segments.front().left; }
  double right() const { return segments.back().right; }
  double bottom() const { return top + height; }
};

}  // namespace congvan::read

#endif  // CONGVAN_READ_PDF_LAYOUT_LINES_H_
