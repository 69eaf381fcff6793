// A table that poppler gives cell by cell, put back in rows.
#ifndef CONGVAN_READ_PDF_TABLE_ROWS_H_
#define CONGVAN_READ_PDF_TABLE_ROWS_H_

#include <vector>

#include "read/pdf_layout_lines.h"

namespace congvan::read {

// The page's lines (in poppler's order) with the lines of a table, if the
// page has one, regrouped row by row: each row's cells left to right, each
// cell's lines top to bottom, every line marked with its row (table_row).
// The table stands where poppler put its first cell; the rest of the page
// keeps poppler's order.
std::vector<Line> TableRowsInOrder(const std::vector<Line>& lines);

}  // namespace congvan::read

#endif  // CONGVAN_READ_PDF_TABLE_ROWS_H_
