// A letter's value in a style's letter sequences (letter_values.h): one-byte
// letters from a table built at load, the rest by a walk of the sequence.
#include "grammar/letter_values.h"

#include <algorithm>
#include <utility>

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
  // Each sequence walked once, from its end, so that a letter written twice
  // keeps its first place (as LetterValueIn finds it).
  const std::size_t n = sequences_.size();
  for (std::size_t i = 0; i < n; ++i) {
    const std::vector<std::string>& letters = *sequences_[i];
    for (std::size_t j = letters.size(); j-- > 0;) {
      const std::string& letter = letters[j];
      const auto byte = letter.size() == 1 ? static_cast<unsigned char>(letter[0]) : 0x80;
      if (byte < 0x80) ascii_[byte * n + i] = static_cast<int>(j) + 1;
    }
  }
}

}  // namespace congvan::grammar_internal
