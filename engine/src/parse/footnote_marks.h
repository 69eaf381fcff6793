// Footnote marks glued to the word they annotate.
#ifndef CONGVAN_PARSE_FOOTNOTE_MARKS_H_
#define CONGVAN_PARSE_FOOTNOTE_MARKS_H_

#include "congvan/document.h"
#include "congvan/grammar.h"

namespace congvan::parse {

// A PDF copy prints a footnote's number as a superscript that extraction
// glues to the word before it ("the following conditions3:", "tổ chức lễ
// tang5."). Where the document has a footnote with that number (a footnote
// block opening with it), the digits are taken off the word in the task's
// text: the note keeps its number in its block, and the word reads as
// written, for the diff and the search. A word that always carries digits
// ("COVID-19", "A1", "Điều 32") is left alone: the word before the digits
// must have at least three letters and the note must exist. A mark glued to
// an item's marker is taken off only in a consolidated text
// (consolidated_text.h), read in the grammar's words.
void DetachFootnoteMarks(Document& doc, const Grammar& grammar);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_FOOTNOTE_MARKS_H_
