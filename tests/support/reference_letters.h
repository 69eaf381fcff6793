// Test helper: the plain answers to parse/text_utils.cc's letter predicates —
// every code point decoded with U8_NEXT and asked of ICU (u_isalpha,
// u_islower, u_isdigit), no ASCII shortcut and no table — so the tests of
// LetterCount and StartsLowercase compare their fast paths with one reference.
#ifndef CONGVAN_TESTS_SUPPORT_REFERENCE_LETTERS_H_
#define CONGVAN_TESTS_SUPPORT_REFERENCE_LETTERS_H_

#include <string_view>

namespace congvan::testing {

// How many letters `s` holds, counting no further than `enough`.
int ReferenceLetterCount(std::string_view s, int enough);

// Whether the first letter of `s` is lower case, with no digit or broken
// sequence before it.
bool ReferenceStartsLowercase(std::string_view s);

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_REFERENCE_LETTERS_H_
