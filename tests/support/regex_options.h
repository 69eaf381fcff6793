// Test helper: RE2 options as the grammar loader compiles its patterns
// (UTF-8, errors returned rather than logged), for tests that run a grammar
// pattern alone to check the engine's answers against it.
#ifndef CONGVAN_TESTS_SUPPORT_REGEX_OPTIONS_H_
#define CONGVAN_TESTS_SUPPORT_REGEX_OPTIONS_H_

#include <re2/re2.h>

namespace congvan::testing {

inline RE2::Options GrammarRegexOptions() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  return options;
}

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_REGEX_OPTIONS_H_
