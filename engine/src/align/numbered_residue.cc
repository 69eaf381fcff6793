// Numbered residue (see numbered_residue.h): the lone pairs of the gaps of
// counterpart articles (provision_gaps.h), kept when marker, parent and a
// little text agree.
#include "align/numbered_residue.h"

#include <utility>
#include <vector>

#include "align/align_vocabulary.h"
#include "align/cross_references.h"
#include "align/provision_gaps.h"

namespace congvan::align_internal {
namespace {

// The share of AlignOptions::residue_min a pair needs when it also bears the
// same number: the number and the parent stand for the other half. Lower, on
// the 18 unseen pairs, took unrelated replacements ("đ) Theo đề nghị của người
// khai hải quan." → "đ) Các trường hợp khác …", 0.054; "g) Được bồi thường …"
// → "g) Được bảo hộ quyền sở hữu …", 0.043).
constexpr double kNumberedResidueShare = 0.5;

// Old task o's parent corresponds to new task n's parent, or both are the
// counterpart articles a and b themselves.
bool ParentsCorrespond(const AlignInput& input, const Matching& m, int o, int n) {
  int po = input.Old(o).parent, pn = input.New(n).parent;
  if (po < 0 || pn < 0) return false;
  return m.old_to_new[static_cast<size_t>(po)] == pn;
}

bool SameNumberSamePlace(const AlignInput& input, const Matching& m, int o, int n) {
  const IndexedTask& t = input.Old(o);
  const IndexedTask& u = input.New(n);
  if (!t.children.empty() || !u.children.empty()) return false;
  if (t.node->marker.empty() || t.node->marker.view() != u.node->marker.view()) return false;
  return ParentsCorrespond(input, m, o, n);
}

// The pair's likeness on its own words: without the cross-references of
// either ("quy định tại Điều 81 … của Luật này"), which a clause put in the
// place of a repealed one shares with it as often as a reworded clause does
// (reference_only_links.h measures the same way).
double OwnWordsLikeness(const AlignInput& input, int o, int n) {
  auto own = [&](const Node& node, Language language) {
    const AlignVocabulary& v = VocabularyFor(language, input.options.grammar_dir);
    return input.features.Project(WithoutCrossReferences(node.text, v.references), language);
  };
  return Cosine(own(*input.Old(o).node, input.old_doc.language),
                own(*input.New(n).node, input.new_doc.language));
}

}  // namespace

void MatchNumberedResidue(const AlignInput& input, Matching* matching, Groups* groups) {
  const double floor = kNumberedResidueShare * input.options.residue_min;
  PairLonesInCounterpartDivisions(input, matching, groups, [&](int o, int n) {
    return SameNumberSamePlace(input, *matching, o, n) &&
           Evidence(input, o, n).text_similarity >= floor && OwnWordsLikeness(input, o, n) >= floor;
  });
}

}  // namespace congvan::align_internal
