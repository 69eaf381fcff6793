// A sub-point glued to the line of its point (Thông tư 79/2022/TT-BTC as the
// legal portal copies it: "“g) Hồ sơ chứng minh người phụ thuộc g.1) Đối với
// con:", then "g.1.1) …" on lines of their own): see glued_subpoints.cc.
#ifndef CONGVAN_PARSE_GLUED_SUBPOINTS_H_
#define CONGVAN_PARSE_GLUED_SUBPOINTS_H_

#include <string_view>
#include <vector>

#include "parse/line_cuts.h"

namespace congvan::parse {

// Appends to `cuts` the cut before each sub-point opener glued to its point's
// line. REQUIRES: `cuts` holds cuts of earlier paragraphs only.
void FindGluedSubpoints(const Paragraphs& paragraphs, std::string_view buffer,
                        std::vector<LineCut>& cuts);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_GLUED_SUBPOINTS_H_
