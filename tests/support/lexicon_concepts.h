// Test helper: the lexicon's concepts found in a sentence, and a sentence
// pair in both languages that should share one. The concept tests of one
// field each (tests/lexicon/*_concepts_test.cc) list such pairs, quoted from a
// real Vietnamese text and its translation, and assert both sides name the
// concept.
#ifndef CONGVAN_TESTS_SUPPORT_LEXICON_CONCEPTS_H_
#define CONGVAN_TESTS_SUPPORT_LEXICON_CONCEPTS_H_

#include <set>
#include <string>
#include <string_view>

#include "congvan/lexicon.h"

namespace congvan::testing {

// The ids of the concepts `lexicon` finds in `text`.
std::set<std::string> Concepts(const Lexicon& lexicon, std::string_view text, Language language);

// One concept and a sentence that names it in each language.
struct ConceptSentence {
  const char* concept_id;
  const char* vietnamese;
  const char* english;
};

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_LEXICON_CONCEPTS_H_
