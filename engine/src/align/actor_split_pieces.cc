// Actor split pieces (see actor_split_pieces.h): for each whole of a split
// and each of a merge, the actors of the whole, its partner and its pieces
// are read from their own openings (only there: a few tasks per group), and
// the pieces of another actor are erased from the group's lists.
#include "align/actor_split_pieces.h"

#include <string>
#include <string_view>
#include <vector>

#include "align/align_vocabulary.h"
#include "align/lead_in.h"
#include "align/named_actors.h"

namespace congvan::align_internal {
namespace {

std::vector<std::string> ActorOf(const TaskIndex& tasks, int i, const ActorVocabulary& words) {
  const IndexedTask& t = tasks[static_cast<size_t>(i)];
  if (t.division) return {};
  return NamedActor(std::string_view(t.node->text.data(), t.node->text.size()), words);
}

// One direction: wholes on side `whole_tasks` (their pieces on the other
// side, `piece_tasks`), `partner` each whole's one-to-one partner,
// `pieces` per whole its pieces, `cp_whole` / `cp_piece` the counterparts of
// each side.
struct Direction {
  const TaskIndex& whole_tasks;
  const TaskIndex& piece_tasks;
  const std::vector<int>& partner;
  std::vector<std::vector<int>>& pieces;
  Counterparts& cp_whole;
  Counterparts& cp_piece;
};

void DropFrom(const Direction& d, const ActorVocabulary& words) {
  for (size_t w = 0; w < d.pieces.size(); ++w) {
    if (d.pieces[w].empty() || d.partner[w] < 0) continue;
    if (!IntroducesList(d.whole_tasks[w])) continue;
    std::vector<std::string> actor = ActorOf(d.whole_tasks, static_cast<int>(w), words);
    if (actor.empty()) continue;
    std::vector<std::string> partner_actor = ActorOf(d.piece_tasks, d.partner[w], words);
    if (partner_actor.empty() || CompareActors(actor, partner_actor) == ActorAgreement::kOther)
      continue;
    std::vector<int> kept;
    for (int p : d.pieces[w]) {
      std::vector<std::string> piece_actor = ActorOf(d.piece_tasks, p, words);
      if (!IntroducesList(d.piece_tasks[static_cast<size_t>(p)]) || piece_actor.empty() ||
          CompareActors(actor, piece_actor) != ActorAgreement::kOther) {
        kept.push_back(p);
        continue;
      }
      std::erase(d.cp_whole[w], p);
      std::erase(d.cp_piece[static_cast<size_t>(p)], static_cast<int>(w));
    }
    d.pieces[w] = std::move(kept);
  }
}

}  // namespace

void DropPiecesOfAnotherActor(const AlignInput& input, const Matching& matching, Groups* groups) {
  if (input.cross_language) return;
  const ActorVocabulary& words =
      VocabularyFor(input.new_doc.language, input.options.grammar_dir).actors;
  if (words.empty()) return;
  Groups& g = *groups;
  DropFrom(
      {input.old_tasks, input.new_tasks, matching.old_to_new, g.split_pieces, g.cp_old, g.cp_new},
      words);
  DropFrom(
      {input.new_tasks, input.old_tasks, matching.new_to_old, g.merge_pieces, g.cp_new, g.cp_old},
      words);
}

}  // namespace congvan::align_internal
