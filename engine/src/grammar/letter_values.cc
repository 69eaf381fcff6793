// A letter's value in a style's letter sequences (letter_values.h): one-byte
// letters from a table built at load, the rest by a walk of the sequence.
#include "grammar/letter_values.h"

#include <algorithm>

namespace congvan::grammar_internal {

int LetterValueIn(const std::vector<std::string>& letters, std::string_view letter) {
  for (std::size_t i = 0; i < letters.size(); ++i) {
    const std::string& candidate = letters[i];
    if (candidate.size() == letter.size() &&
        std::equal(candidate.begin(), candidate.end(), letter.begin())) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

LetterValues::LetterValues(std::vector<const std::vector<std::string>*> sequences)
    : sequences_(std::move(sequences)), ascii_(128 * sequences_.size(), 0) {
  for (std::size_t byte = 0; byte < 128; ++byte) {
    const std::string letter(1, static_cast<char>(byte));
    for (std::size_t i = 0; i < sequences_.size(); ++i) {
      ascii_[byte * sequences_.size() + i] = LetterValueIn(*sequences_[i], letter);
    }
  }
}

}  // namespace congvan::grammar_internal
