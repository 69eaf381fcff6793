// Test helper: a grammar file's <pattern> elements as written, for tests
// that run each pattern alone (compiled with GrammarRegexOptions) to check
// what the engine reads from it or answers with it.
#ifndef CONGVAN_TESTS_SUPPORT_GRAMMAR_PATTERNS_H_
#define CONGVAN_TESTS_SUPPORT_GRAMMAR_PATTERNS_H_

#include <string>
#include <vector>

namespace congvan::testing {

// One <pattern> element: its regular expression and attributes ("" when
// absent; `folded` false when absent).
struct GrammarPatternEntry {
  std::string pattern;
  std::string field;
  std::string value;
  std::string scope;
  bool folded = false;
};

// Every element `xpath` selects ("//meta/pattern") in the shipped grammar of
// `language` ("vi", "en"), in file order. Fails the test when the file does
// not load.
std::vector<GrammarPatternEntry> ReadGrammarPatterns(const std::string& language,
                                                     const char* xpath);

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_GRAMMAR_PATTERNS_H_
