// A division heading glued to the heading of the division that opens it: a
// part to its first chapter ("Phần thứ hai XỬ PHẠT VI PHẠM HÀNH CHÍNH Chương
// I CÁC HÌNH THỨC XỬ PHẠT …", the crawl's Luật xử lý vi phạm hành chính and
// its VBHN 27/31, Bộ luật Dân sự 2015), a chapter to its first article
// ("Chương IVb CHỈ ĐỊNH NHÀ ĐẦU TƯ Điều 44c. Dự án áp dụng …", the crawl's
// Nghị định 115/2024/NĐ-CP): see glued_division_headings.cc.
#ifndef CONGVAN_PARSE_GLUED_DIVISION_HEADINGS_H_
#define CONGVAN_PARSE_GLUED_DIVISION_HEADINGS_H_

#include <string_view>
#include <vector>

#include "congvan/grammar.h"
#include "parse/line_cuts.h"

namespace congvan::parse {

// Appends to `cuts` the cut before each division heading that follows, on
// the same line, the title in capitals of the division heading the line opens
// with.
void FindGluedDivisionHeadings(const Paragraphs& paragraphs, const Grammar& grammar,
                               std::string_view buffer, std::vector<LineCut>& cuts);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_GLUED_DIVISION_HEADINGS_H_
