// Collapsed articles (see collapsed_articles.h). One pass over the new
// articles whose body is one paragraph; each reads its counterpart's
// clauses. The decisions are taken on the groups as they came in and
// applied after.
#include "align/collapsed_articles.h"

#include <utility>

namespace congvan::align_internal {
namespace {

// The one unnumbered paragraph, without children, that is article b's whole
// body; -1 otherwise.
int SoleParagraph(const AlignInput& input, int b) {
  const IndexedTask& t = input.New(b);
  if (!t.division || t.children.size() != 1) return -1;
  int p = t.children[0];
  const IndexedTask& tp = input.New(p);
  if (tp.division || tp.has_ordinal || !tp.children.empty()) return -1;
  return p;
}

// True when no task in old task c's subtree (c included) has a counterpart.
bool SubtreeUnmatched(const AlignInput& input, const Groups& g, int c) {
  for (int d = c; d < c + input.Old(c).subtree; ++d) {
    if (!g.cp_old[static_cast<size_t>(d)].empty()) return false;
  }
  return true;
}

}  // namespace

void MergeClausesOfCollapsedArticles(const AlignInput& input, const Matching& m, Groups* groups) {
  if (input.cross_language) return;
  Groups& g = *groups;
  std::vector<std::pair<int, int>> merges;  // (old provision, new paragraph)
  for (int b = 0; b < static_cast<int>(input.new_tasks.size()); ++b) {
    int p = SoleParagraph(input, b);
    if (p < 0) continue;
    int a = m.new_to_old[static_cast<size_t>(b)];
    if (a < 0 || g.cp_old[static_cast<size_t>(a)].size() != 1 ||
        g.cp_new[static_cast<size_t>(b)].size() != 1) {
      continue;
    }
    const IndexedTask& ta = input.Old(a);
    if (!ta.division || ta.children.size() < 2) continue;
    // p is one clause's partner, plainly: no split or merge around it yet.
    int partner = m.new_to_old[static_cast<size_t>(p)];
    if (partner < 0 || input.Old(partner).parent != a ||
        !g.split_pieces[static_cast<size_t>(partner)].empty() ||
        g.cp_new[static_cast<size_t>(p)].size() != 1) {
      continue;
    }
    for (int c : ta.children) {
      if (input.Old(c).division || !SubtreeUnmatched(input, g, c)) continue;
      PairEvidence e = Evidence(input, c, p);
      if (e.old_in_new < input.options.piece_similarity_min) continue;
      // An article's own line may be its first sentence (Luật Đất đai 1993
      // "Điều 7 Quốc hội thực hiện quyền quyết định …", no heading), or a
      // wrapped heading may have taken its first clause: a clause whose words
      // are rather there went to the article, not into the sentence after it.
      if (Evidence(input, c, b).old_in_new >= e.old_in_new) continue;
      // p must say something of c's own: a clause whose words in p are no more
      // than those it shares with the clause that became p (decree 99/2022
      // Điều 51 khoản 3 on seals against 102/2017 Điều 62's one sentence, the
      // other way round: 0.33 and 0.33) brought nothing into it.
      if (Measure(input.features.Old(c), input.features.Old(partner)).a_in_b >= e.old_in_new) {
        continue;
      }
      merges.emplace_back(c, p);
    }
  }
  for (const auto& [c, p] : merges) {
    g.merge_pieces[static_cast<size_t>(p)].push_back(c);
    g.cp_old[static_cast<size_t>(c)].push_back(p);
    g.cp_new[static_cast<size_t>(p)].push_back(c);
  }
}

}  // namespace congvan::align_internal
