// Test helper: the Vietnamese grammar's syllable set, for the tests of the
// syllable check and its gate. The grammar that owns the set is loaded once
// and stays loaded for the rest of the run.
#ifndef CONGVAN_TESTS_SUPPORT_VIETNAMESE_SYLLABLES_H_
#define CONGVAN_TESTS_SUPPORT_VIETNAMESE_SYLLABLES_H_

#include "text/syllables.h"

namespace congvan::testing {

const text::SyllableSet* VietnameseSyllables();

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_VIETNAMESE_SYLLABLES_H_
