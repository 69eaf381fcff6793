// A division's word glued to the end of the heading line above its number.
// A crawler's copy wraps a heading "Tiểu mục 1. QUYỀN CHIẾM HỮU" after its
// word and, having lost the break before it, glues the word to the title of
// the heading before: "NỘI DUNG QUYỀN SỞ HỮU Tiểu mục" / "1. QUYỀN CHIẾM
// HỮU" (Bộ luật Dân sự 2015's crawl), "Chương VII ĐƯỜNG SẮT ĐÔ THỊ Điều" /
// "26. …" (the crawl's VBHN of the railway law). The rule: a paragraph's last
// line ends with a word written with a capital but not in capitals ("Điều",
// "Mục", "Tiểu mục") right after a word in capitals (a heading's title:
// drafting writes titles of parts, chapters and sections in capitals, and
// no title in capitals ends with a word that is not), the next paragraph
// opens the next source line, and the grammar reads the word and that line's
// start together as a division heading whose number is on that line
// (ReadsAsDivisionHeading, wrapped_division_word.h, the pass that joins the
// word alone on its line). The word is cut off the line's end (a place
// beginning inside the line, LineSpans::from_byte) and opens the paragraph
// below: one heading over the two lines, as the word alone would be.
#ifndef CONGVAN_PARSE_GLUED_DIVISION_WORDS_H_
#define CONGVAN_PARSE_GLUED_DIVISION_WORDS_H_

#include <string_view>

#include "congvan/grammar.h"
#include "parse/parse_internal.h"

namespace congvan::parse {

// Moves each division word glued to a heading title's end into the
// paragraph below it. REQUIRES: the paragraphs' markers are not matched yet,
// no line is cut yet.
void MoveGluedDivisionWords(Paragraphs& paragraphs, const Grammar& grammar,
                            std::string_view buffer);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_GLUED_DIVISION_WORDS_H_
