// A division heading wrapped after its word by a crawler's caption.
#ifndef CONGVAN_PARSE_WRAPPED_DIVISION_WORD_H_
#define CONGVAN_PARSE_WRAPPED_DIVISION_WORD_H_

#include <string_view>

#include "congvan/grammar.h"

namespace congvan::parse {

// Whether the line `prev` ends with a division's word standing after a
// sentence ("Luật Quốc tịch Việt Nam 2008. Mục") or alone, and the line
// `line` right under it opens with that division's number ("1. QUY ĐỊNH
// CHUNG"): the two read together are one heading of a style the grammar
// calls a heading ("Mục 1. QUY ĐỊNH CHUNG"), so the lines are one paragraph.
bool WrapsDivisionNumber(std::string_view prev, std::string_view line, const Grammar& grammar);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_WRAPPED_DIVISION_WORD_H_
