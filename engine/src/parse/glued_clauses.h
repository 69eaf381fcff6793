// Clauses glued into one source line after a sentence's end ("… lịch sử tự
// nhiên. 2. Bảo vật quốc gia phải được đăng ký …. 3. …", the legal portal's
// copy of an amended article): see glued_clauses.cc.
#ifndef CONGVAN_PARSE_GLUED_CLAUSES_H_
#define CONGVAN_PARSE_GLUED_CLAUSES_H_

#include <string_view>
#include <vector>

#include "congvan/grammar.h"
#include "parse/line_cuts.h"

namespace congvan::parse {

// Appends to `cuts` the cut before each clause glued after a sentence's end
// that continues the line's numbering. REQUIRES: `cuts` holds cuts of earlier
// paragraphs only.
void FindGluedClauses(const Paragraphs& paragraphs, const Grammar& grammar, std::string_view buffer,
                      std::vector<LineCut>& cuts);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_GLUED_CLAUSES_H_
