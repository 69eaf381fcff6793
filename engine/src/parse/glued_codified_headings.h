// Codified articles glued to the sentence before them on a Pháp điển page
// ("… theo quy định của pháp luật.Điều 8.1.TT.6.4. Khen thưởng"): see
// glued_codified_headings.cc.
#ifndef CONGVAN_PARSE_GLUED_CODIFIED_HEADINGS_H_
#define CONGVAN_PARSE_GLUED_CODIFIED_HEADINGS_H_

#include <string_view>
#include <vector>

#include "congvan/grammar.h"
#include "parse/line_cuts.h"

namespace congvan::parse {

// Appends to `cuts` the cut before each codified heading glued after a
// sentence's end, in a text some paragraph of which opens with one.
// REQUIRES: the paragraphs' markers are the lines' (BuildParagraphs).
void FindGluedCodifiedHeadings(const Paragraphs& paragraphs, const Grammar& grammar,
                               std::string_view buffer, std::vector<LineCut>& cuts);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_GLUED_CODIFIED_HEADINGS_H_
