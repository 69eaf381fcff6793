// Concept deltas (congvan/cross_language.h): what a matched cross-language
// change says differently, in concepts of the bilingual lexicon.
//
// Approach: the lexicon finds its concepts in the old task(s) and in the new
// task(s) with their surface forms, in text order; a concept only the new
// side has is added, one only the old side has is removed, one both have is
// kept. No word redline can say what a translated task changed; its concepts
// can. The writers render it (io/concept_delta_report.cc).
#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "congvan/cross_language.h"

namespace congvan {

namespace {

// concept index → distinct surface forms in text order.
using FormsByConcept = std::map<int, std::vector<std::string>>;

void CollectForms(std::string_view text, Language lang, const Lexicon& lexicon, FormsByConcept* out,
                  std::vector<int>* order) {
  for (const ConceptHit& hit : lexicon.Match(text, lang)) {
    if (hit.concept_index < 0 || hit.end > text.size() || hit.begin >= hit.end) continue;
    auto [it, inserted] = out->try_emplace(hit.concept_index);
    if (inserted) order->push_back(hit.concept_index);
    std::string form(text.substr(hit.begin, hit.end - hit.begin));
    if (std::find(it->second.begin(), it->second.end(), form) == it->second.end()) {
      it->second.push_back(std::move(form));
    }
  }
}

std::string Join(const std::vector<NodeRef>& nodes) {
  std::string s;
  for (const NodeRef& n : nodes) {
    if (!s.empty()) s += '\n';
    s += n.text;
  }
  return s;
}

}  // namespace

ConceptDelta ConceptDeltaOf(std::string_view old_text, Language old_language,
                            std::string_view new_text, Language new_language,
                            const Lexicon& lexicon) {
  FormsByConcept old_forms, new_forms;
  std::vector<int> old_order, new_order;
  CollectForms(old_text, old_language, lexicon, &old_forms, &old_order);
  CollectForms(new_text, new_language, lexicon, &new_forms, &new_order);
  ConceptDelta delta;
  auto mention = [&](int c) {
    ConceptMention m;
    m.concept_id = lexicon.concept_id(c);
    m.domain = lexicon.domain(c);
    if (auto it = old_forms.find(c); it != old_forms.end()) m.old_forms = it->second;
    if (auto it = new_forms.find(c); it != new_forms.end()) m.new_forms = it->second;
    return m;
  };
  for (int c : new_order) {
    (old_forms.count(c) ? delta.kept : delta.added).push_back(mention(c));
  }
  for (int c : old_order) {
    if (!new_forms.count(c)) delta.removed.push_back(mention(c));
  }
  return delta;
}

std::vector<ConceptDelta> ConceptDeltas(const Alignment& alignment, Language old_language,
                                        Language new_language, const Lexicon& lexicon) {
  std::vector<ConceptDelta> out;
  for (size_t i = 0; i < alignment.changes.size(); ++i) {
    const Change& c = alignment.changes[i];
    if (c.old_nodes.empty() || c.new_nodes.empty()) continue;
    ConceptDelta d =
        ConceptDeltaOf(Join(c.old_nodes), old_language, Join(c.new_nodes), new_language, lexicon);
    d.change_index = static_cast<int>(i);
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace congvan
