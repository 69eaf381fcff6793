// The word that ends right before a byte of a text, read backwards letter by
// letter (ICU's letter and case tests): what a footnote's number glued to a
// word may follow. A mark follows a word ("tỉnh6", "y tế25"), never a code's
// tail ("PL-UBTVQH12", "10-LCT/HĐNN7": letters led by '-' or '/') nor a unit
// or formula ("kWh2", "tCO2": a capital after a small letter). One reading
// for the two passes that take such marks: footnote_marks.cc (marks naming a
// footnote block) and glued_page_notes.cc (a Word PDF's page-foot notes).
#ifndef CONGVAN_SRC_PARSE_WORD_BEFORE_H_
#define CONGVAN_SRC_PARSE_WORD_BEFORE_H_

#include <cstddef>
#include <string_view>

namespace congvan::parse {

struct WordBefore {
  size_t start = 0;                // the byte where the word's letters begin
  int letters = 0;                 // how many letters it has
  bool has_upper = false;          // a capital among them
  bool upper_after_lower = false;  // a capital after a small letter ("kWh")
  bool beyond_ascii = false;       // a letter beyond ASCII ("tế")
  bool led_by_code = false;        // a '-' or '/' right before it (a code's tail)
};

// The word whose letters end at byte `end` of `text`.
WordBefore ReadWordBefore(std::string_view text, size_t end);

}  // namespace congvan::parse

#endif  // CONGVAN_SRC_PARSE_WORD_BEFORE_H_
