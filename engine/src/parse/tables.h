// Tables flattened into text, one cell per line.
#ifndef CONGVAN_PARSE_TABLES_H_
#define CONGVAN_PARSE_TABLES_H_

#include <string_view>
#include <vector>

#include "parse/parse_internal.h"

namespace congvan::parse {

// Whether a raw (trimmed) line separates a flattened table's cells: "|"
// alone, or a markdown row "| a | b |".
bool IsTableSeparator(std::string_view raw);

// Marks the lines of tables that a web or Word copy flattened one cell per
// line between "|" separator lines (see tables.cc) as `table_cell`, and
// takes back the roles that short cells were mistaken for (page numbers,
// running headers, bylines, noise). Roles that place the table outside the
// body (site furniture, annex, footer) stay. A division heading after a
// table's last "|" ends the table.
void MarkFlattenedTables(std::vector<SourceLine>& lines, const Grammar& grammar);

// Marks as `table_cell` the cells of a table or formula that a PDF copy
// flattened one cell per line without separators, right after the line that
// announces it ("… theo vùng như sau:", "… theo công thức:"): a run of short
// lines that are not items, with figures among them (see tables.cc).
void MarkCellRuns(std::vector<SourceLine>& lines, const Grammar& grammar);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_TABLES_H_
