// See lexicon_concepts.h.
#include "support/lexicon_concepts.h"

namespace congvan::testing {

std::set<std::string> Concepts(const Lexicon& lexicon, std::string_view text, Language language) {
  std::set<std::string> ids;
  for (const ConceptHit& h : lexicon.Match(text, language))
    ids.insert(lexicon.concept_id(h.concept_index));
  return ids;
}

}  // namespace congvan::testing
