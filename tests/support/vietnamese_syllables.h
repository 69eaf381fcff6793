// Test helper: the Vietnamese grammar's syllable set, for the tests of the
// syllable check and its gate. The grammar that owns the set is loaded once
// and stays loaded for the rest of the run.
#ifndef CONGVAN_TESTS_SUPPORT_VIETNAMESE_SYLLABLES_H_
#define CONGVAN_TESTS_SUPPORT_VIETNAMESE_SYLLABLES_H_

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "text/syllables.h"

namespace congvan::testing {

const text::SyllableSet* VietnameseSyllables();

// Whether the repair reads `c` as a break between words.
inline bool IsBreak(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// The words of a text, as the repair splits them: [start, end) between breaks.
std::vector<std::pair<size_t, size_t>> WordsOf(std::string_view text);

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_VIETNAMESE_SYLLABLES_H_
