// Actor partners (see actor_partners.h): the actors are read once per task
// that is a provision; for every one-to-one provision pair whose one side
// names an actor the other does not, the free provisions of the two articles
// on the other side are scored, the offers taken best first.
#include "align/actor_partners.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "align/align_vocabulary.h"
#include "align/lead_in.h"
#include "align/named_actors.h"
#include "align/settled_scorer.h"

namespace congvan::align_internal {
namespace {

using Actors = std::vector<std::vector<std::string>>;

// Each provision's named actor: its own, or, when it names none, the one of
// the lead-in above it (the points of "Chủ tịch Ủy ban nhân dân cấp tỉnh có
// các nhiệm vụ, quyền hạn sau đây:" are the chairman's).
Actors ReadActors(const TaskIndex& tasks, const ActorVocabulary& words) {
  Actors out(tasks.size());
  for (size_t i = 0; i < tasks.size(); ++i) {
    if (tasks[i].division) continue;
    out[i] =
        NamedActor(std::string_view(tasks[i].node->text.data(), tasks[i].node->text.size()), words);
    int p = tasks[i].parent;
    if (out[i].empty() && p >= 0 && !tasks[static_cast<size_t>(p)].division &&
        IntroducesList(tasks[static_cast<size_t>(p)]))
      out[i] = out[static_cast<size_t>(p)];
  }
  return out;
}

// The provisions with no counterpart in innermost division d and in the
// innermost counterparts of division e (of the other version), on the side
// `tasks`.
std::vector<int> FreeProvisionsNear(const TaskIndex& tasks, const Counterparts& cp, int d,
                                    const std::vector<int>& counterparts_of_e) {
  std::vector<int> articles;
  if (d >= 0) articles.push_back(d);
  for (int x : counterparts_of_e) articles.push_back(x);
  std::vector<int> out;
  for (int a : articles) {
    if (!tasks[static_cast<size_t>(a)].division || !SubtreeHoldsNoDivision(tasks, a)) continue;
    for (int i = a + 1; i < a + tasks[static_cast<size_t>(a)].subtree; ++i) {
      if (cp[static_cast<size_t>(i)].empty() && std::find(out.begin(), out.end(), i) == out.end())
        out.push_back(i);
    }
  }
  return out;
}

// The counterparts of the article enclosing task i (none outside articles).
std::vector<int> ArticleCounterparts(const TaskIndex& tasks, const Counterparts& cp, int i) {
  int d = EnclosingDivision(tasks, i);
  return d < 0 ? std::vector<int>() : cp[static_cast<size_t>(d)];
}

// An exchange: the pair (o, n) is made and the task its one side was
// matched to (freed_old or freed_new, the other -1) is left free.
struct Exchange {
  ScoredPair pair;
  int freed_old;
  int freed_new;
};

bool OneToOne(const Groups& g, int o, int n) {
  return g.cp_old[static_cast<size_t>(o)].size() == 1 &&
         g.cp_new[static_cast<size_t>(n)].size() == 1;
}

void Offer(const AlignInput& input, SettledScorer* scorer, int o, int n, int freed_old,
           int freed_new, std::vector<Exchange>* out) {
  if (Evidence(input, o, n).text_similarity < input.options.reworded_min) return;
  ScoredPair q = scorer->ScoreWithoutBars(o, n);
  if (q.score >= input.options.match_min) out->push_back({q, freed_old, freed_new});
}

// One version as the offers read it: its tasks, their counterparts, each
// task's partner in the other version (-1 when none) and its named actor.
struct Side {
  const TaskIndex& tasks;
  const Counterparts& cp;
  const std::vector<int>& partner;
  const Actors& actors;
};

// Offers for the one-to-one pairs whose side `named` names an actor the
// partner on side `other` does not: each free provision of the two articles
// on the other side that names the same actor. `named_is_new` says which
// version `named` is (the offers are made as (old, new)); the stage runs it
// both ways.
void OffersFrom(const AlignInput& input, const Groups& g, const Side& named, const Side& other,
                bool named_is_new, SettledScorer* scorer, std::vector<Exchange>* out) {
  for (int x = 0; x < static_cast<int>(named.tasks.size()); ++x) {
    const auto& actor = named.actors[static_cast<size_t>(x)];
    int y1 = named.partner[static_cast<size_t>(x)];
    if (actor.empty() || y1 < 0 || other.tasks[static_cast<size_t>(y1)].division) continue;
    if (!(named_is_new ? OneToOne(g, y1, x) : OneToOne(g, x, y1))) continue;
    if (CompareActors(other.actors[static_cast<size_t>(y1)], actor) != ActorAgreement::kOther)
      continue;
    for (int y2 : FreeProvisionsNear(other.tasks, other.cp, EnclosingDivision(other.tasks, y1),
                                     ArticleCounterparts(named.tasks, named.cp, x))) {
      if (CompareActors(other.actors[static_cast<size_t>(y2)], actor) != ActorAgreement::kSame)
        continue;
      if (named_is_new) {
        Offer(input, scorer, y2, x, y1, -1, out);
      } else {
        Offer(input, scorer, x, y2, -1, y1, out);
      }
    }
  }
}

bool HoldsDivision(const TaskIndex& tasks) {
  return std::any_of(tasks.begin(), tasks.end(), [](const IndexedTask& t) { return t.division; });
}

void Unpair(int o, int n, Matching* m, Groups* g) {
  m->old_to_new[static_cast<size_t>(o)] = -1;
  m->new_to_old[static_cast<size_t>(n)] = -1;
  g->cp_old[static_cast<size_t>(o)].clear();
  g->cp_new[static_cast<size_t>(n)].clear();
}

}  // namespace

void PairByNamedActor(const AlignInput& input, Matching* matching, Groups* groups) {
  // The free provisions offered lie in articles: with none in either version
  // (two dispatches, two plans) nothing can be offered, and nothing is read.
  if (input.cross_language || (!HoldsDivision(input.old_tasks) && !HoldsDivision(input.new_tasks)))
    return;
  Groups& g = *groups;
  // One language (the stage does not run across languages): its words.
  const ActorVocabulary& words =
      VocabularyFor(input.new_doc.language, input.options.grammar_dir).actors;
  if (words.empty()) return;
  Actors old_actors = ReadActors(input.old_tasks, words);
  Actors new_actors = ReadActors(input.new_tasks, words);
  const Matching settled = *matching;
  SettledScorer scorer(input, settled);
  std::vector<Exchange> offers;
  const Side old_side{input.old_tasks, g.cp_old, settled.old_to_new, old_actors};
  const Side new_side{input.new_tasks, g.cp_new, settled.new_to_old, new_actors};
  OffersFrom(input, g, new_side, old_side, /*named_is_new=*/true, &scorer, &offers);
  OffersFrom(input, g, old_side, new_side, /*named_is_new=*/false, &scorer, &offers);
  std::sort(offers.begin(), offers.end(), [](const Exchange& x, const Exchange& y) {
    if (x.pair.score != y.pair.score) return x.pair.score > y.pair.score;
    return std::tie(x.pair.o, x.pair.n) < std::tie(y.pair.o, y.pair.n);
  });
  std::vector<char> touched_old(input.old_tasks.size()), touched_new(input.new_tasks.size());
  for (const Exchange& e : offers) {
    auto o = static_cast<size_t>(e.pair.o), n = static_cast<size_t>(e.pair.n);
    int held_o = e.freed_old >= 0 ? e.freed_old : e.pair.o;
    int held_n = e.freed_new >= 0 ? e.freed_new : e.pair.n;
    if (touched_old[o] || touched_new[n] || touched_old[static_cast<size_t>(held_o)] ||
        touched_new[static_cast<size_t>(held_n)])
      continue;
    if (matching->old_to_new[static_cast<size_t>(held_o)] != held_n) continue;
    Unpair(held_o, held_n, matching, &g);
    matching->old_to_new[o] = e.pair.n;
    matching->new_to_old[n] = e.pair.o;
    g.cp_old[o].push_back(e.pair.n);
    g.cp_new[n].push_back(e.pair.o);
    touched_old[o] = touched_new[n] = 1;
    touched_old[static_cast<size_t>(held_o)] = touched_new[static_cast<size_t>(held_n)] = 1;
  }
}

}  // namespace congvan::align_internal
