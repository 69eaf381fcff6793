// Page-foot notes of a PDF made from Word, found by the marks the body glued.
#ifndef CONGVAN_PARSE_GLUED_PAGE_NOTES_H_
#define CONGVAN_PARSE_GLUED_PAGE_NOTES_H_

#include <vector>

#include "parse/line_roles.h"

namespace congvan::parse {

// Marks as footnotes the notes at the foot of each page that a page break
// ends, when the page's body carries each note's number glued to a word
// ("tỉnh6;", "tổng hợp1 và": Word's superscript that lost its size in the
// PDF). An e-signature stamp's lines at the foot stay the stamp's. See
// glued_page_notes.cc.
void MarkGluedPageNotes(std::vector<SourceLine>& lines, const Grammar& grammar);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_GLUED_PAGE_NOTES_H_
