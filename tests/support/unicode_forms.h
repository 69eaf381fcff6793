// Test helper: a text in Unicode's decomposed form (NFD), through ICU — the
// reference the fast paths (fold, decoder, NFC table, prefix folds) are
// checked against on every corpus line written with combining tone marks.
#ifndef CONGVAN_TESTS_SUPPORT_UNICODE_FORMS_H_
#define CONGVAN_TESTS_SUPPORT_UNICODE_FORMS_H_

#include <string>

namespace congvan::testing {

// `utf8` in NFD (ICU's normaliser); fails the test if ICU reports an error.
std::string ToNfd(const std::string& utf8);

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_UNICODE_FORMS_H_
