// A letter's value in each of a marker style's letter sequences, looked up
// by the letter's byte when it is one ASCII byte.
//
// ReadOrdinal gives a letter marker ("a)", "đ)", "(c)") the letter's place in
// every sequence its style names (vi: three of ≈ 25 letters each): a walk of
// each sequence comparing strings, ≈ 240 instructions a marker, and a law
// has a letter marker on a third of its lines. The table is built at load
// from the same sequences: for each ASCII byte, its first place (1-based) in
// each sequence, 0 where it is not; "đ" and other multi-byte letters are
// looked for the old way (LetterValueIn). Both give the first place, so the
// values cannot differ (tests/grammar/letter_values_test.cc asks every
// sequence's letters and every other byte both ways).
#ifndef CONGVAN_GRAMMAR_LETTER_VALUES_H_
#define CONGVAN_GRAMMAR_LETTER_VALUES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace congvan::grammar_internal {

// Place (1-based) of `letter` in `letters`, first occurrence, or 0.
int LetterValueIn(const std::vector<std::string>& letters, std::string_view letter);

class LetterValues {
 public:
  LetterValues() = default;
  // REQUIRES: the sequences outlive this table.
  explicit LetterValues(std::vector<const std::vector<std::string>*> sequences);

  std::size_t sequence_count() const { return sequences_.size(); }
  // The place of `letter` (lower case) in sequence `i`, as LetterValueIn.
  int ValueIn(std::size_t i, std::string_view letter) const {
    if (letter.size() == 1 && static_cast<unsigned char>(letter[0]) < 0x80) {
      return ascii_[static_cast<unsigned char>(letter[0]) * sequences_.size() + i];
    }
    return LetterValueIn(*sequences_[i], letter);
  }

 private:
  std::vector<const std::vector<std::string>*> sequences_;
  std::vector<int> ascii_;  // [byte * sequence_count() + i]
};

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_LETTER_VALUES_H_
