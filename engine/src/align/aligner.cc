// Align(): task trees of two versions → a list of changes, in stages, one
// file each:
//  1. task_index    both trees flattened in preorder (parent, depth, section,
//                   relative position of every task);
//  2. feature_space every task as a TF-IDF vector over interned features
//                   (features.h, plus AlignOptions::extra_features);
//  3. candidates    pairs worth scoring, from an inverted index over the
//                   rarer features (never all pairs);
//  4. assignment    greedy best-first one-to-one matching, twice: the second
//                   pass knows which parents the first aligned, and also
//                   tries the children of an aligned parent's counterpart;
//  5. swaps         two articles whose counterparts the greedy pass crossed
//                   (article_swaps.h), their provisions with them
//                   (swapped_provisions.h);
//     demotions     articles that became clauses, read off the matching;
//     sibling merges old tasks merged into the new task a sibling became
//                   (sibling_merges.h);
//     follow        an article moved to the free new article holding its
//                   provisions (article_follows_provisions.h);
//     reassignment  a provision paired into an article that is not its
//                   article's counterpart, paired again inside the
//                   counterpart when text finds it as alike
//                   (provision_reassignment.h);
//     siblings      two sibling pairs the greedy pass crossed inside an
//                   article pair, uncrossed when the straight pairs score
//                   more together (crossed_siblings.h);
//     references    a provision paired across articles that are not
//                   counterparts by the cross-references both make, and
//                   nothing else, unpaired (reference_only_links.h);
//     groups        splits and merges read off the matching;
//     residue       a provision rewritten in place inside counterpart
//                   articles (article_residue.h);
//     textless      an article with no text of its own is the article its
//                   provisions went to (textless_divisions.h);
//     shared pieces a task matched one to one that is also a piece of
//                   another task's split or merge: a task in two changes
//                   (shared_pieces.h);
//     article splits an article whose provisions left its partner for
//                   several articles, or all went into one clause of it
//                   (article_splits.h);
//     stale conflicts a provision of a split article kept from its
//                   counterpart by the first pass's conflict
//                   (stale_conflicts.h);
//     unpaired demotions an article left alone whose provisions all went
//                   into one clause of a new article (unpaired_demotions.h);
//     regrouped articles an article left alone whose provisions went,
//                   most of them, into a free article (textless_divisions.h);
//     inline lists  a lead-in whose points became one sentence
//                   (inline_lists.h);
//     collapsed articles the clauses of an article whose counterpart is
//                   one sentence, merged into it (collapsed_articles.h);
//     paper kinds   the papers of a file paired by the kind each opens
//                   with, not by the paper another one names
//                   (paper_kinds.h);
//     file lead-ins a file's lead-in whose papers became the article's
//                   clauses, merged into the clause of its first paper
//                   (file_lead_ins.h);
//     announced bodies a provision moved under a lead-in rewritten to
//                   announce it, merged into that lead-in too
//                   (announced_bodies.h);
//     lists one level off a lead-in whose item took the lead-in its list
//                   went to, paired with it (lists_one_level_off.h);
//     list item places an item paired away from its list, paired with
//                   the free item at its place in its lead-in's partner
//                   (list_item_places.h);
//     lead-ins follow items a free lead-in paired with the free lead-in
//                   its items went to (lead_ins_follow_items.h);
//     repeals      a provision a consolidated text keeps as "(được bãi
//                   bỏ)", paired with the one its number names
//                   (repealed_placeholders.h);
//     counterpart provisions a provision still without a counterpart,
//                   paired with a free provision of its article's
//                   counterpart (counterpart_provisions.h);
//     actors        a provision paired with one naming another actor or
//                   none, paired again with a free one naming its own
//                   (actor_partners.h);
//     actor pieces  a piece of a split or merge naming another actor than
//                   the whole and its partner, taken out of it
//                   (actor_split_pieces.h);
//     neighbour merges a provision still without a counterpart, merged
//                   into the new provision its neighbour became when that
//                   one holds its words (neighbour_merges.h);
//     promoted clauses a free clause with its list and a wholly free
//                   article beside its article's counterpart, paired when
//                   their whole texts are each other's likeliest
//                   (promoted_clauses.h);
//     cited articles a provision still free that cites an article of its
//                   own text, paired with a free provision of that
//                   article's counterpart (cited_articles.h);
//     list refrains two items of paired lists that agree only in the words
//                   every item of their lists repeats, unpaired
//                   (list_refrains.h);
//  6. moves         pairs that changed parent or order;
//  7. changes       everything written out in reading order, with the summary.
// The scoring of a pair (align_input.h, DefaultScore below) is shared by all.
#include <string>

#include "align/actor_partners.h"
#include "align/actor_split_pieces.h"
#include "align/announced_bodies.h"
#include "align/article_context.h"
#include "align/article_follows_provisions.h"
#include "align/article_residue.h"
#include "align/article_splits.h"
#include "align/article_swaps.h"
#include "align/changes.h"
#include "align/cited_articles.h"
#include "align/collapsed_articles.h"
#include "align/counterpart_provisions.h"
#include "align/crossed_siblings.h"
#include "align/demotions.h"
#include "align/file_lead_ins.h"
#include "align/heading_clauses.h"
#include "align/inline_lists.h"
#include "align/lead_ins_follow_items.h"
#include "align/list_item_places.h"
#include "align/list_refrains.h"
#include "align/lists_one_level_off.h"
#include "align/merged_article_clauses.h"
#include "align/merged_neighbour_articles.h"
#include "align/neighbour_merges.h"
#include "align/numbered_residue.h"
#include "align/paper_kinds.h"
#include "align/pipeline.h"
#include "align/promoted_clauses.h"
#include "align/provision_reassignment.h"
#include "align/reference_only_links.h"
#include "align/repealed_placeholders.h"
#include "align/shared_pieces.h"
#include "align/sibling_merges.h"
#include "align/stale_conflicts.h"
#include "align/swapped_provisions.h"
#include "align/textless_divisions.h"
#include "align/translated_residue.h"
#include "align/unpaired_demotions.h"
#include "congvan/align.h"

namespace congvan {

const char* ChangeOpName(ChangeOp op) {
  switch (op) {
    case ChangeOp::kUnchanged:
      return "unchanged";
    case ChangeOp::kReworded:
      return "reworded";
    case ChangeOp::kMoved:
      return "moved";
    case ChangeOp::kSplit:
      return "split";
    case ChangeOp::kMerged:
      return "merged";
    case ChangeOp::kAdded:
      return "added";
    case ChangeOp::kDropped:
      return "dropped";
  }
  return "unknown";
}

double DefaultScore(const PairEvidence& e, const AlignOptions& o) {
  double s = e.text_similarity;
  if (e.parents_aligned) s += o.parent_bonus;
  if (e.parents_conflict) s -= o.parent_conflict_penalty;
  s += o.position_bonus * (1.0 - e.position_delta);
  if (e.same_depth && e.same_ordinal) s += o.ordinal_bonus;
  if (e.style_conflict) s -= o.style_conflict_penalty;
  // The enclosing articles speak when the parents are not counterparts one
  // to one; when they are, the parent bonus has said it.
  if (!e.parents_aligned) s += o.context_bonus * e.context_similarity;
  return s;
}

namespace align_internal {
namespace {

long CountTasks(std::span<const Node> nodes) {
  long n = static_cast<long>(nodes.size());
  for (const Node& x : nodes) n += CountTasks(x.children);
  return n;
}

}  // namespace

Result<Alignment> AlignWith(const Document& old_doc, const Document& new_doc,
                            const AlignOptions& options, const CandidateGenerator& generator) {
  if (CountTasks(old_doc.tasks) > options.max_tasks ||
      CountTasks(new_doc.tasks) > options.max_tasks) {
    return Status::Error(StatusCode::kLimitExceeded, "too many tasks to align (limit " +
                                                         std::to_string(options.max_tasks) + ")");
  }
  Alignment out;
  AlignInput input(old_doc, new_doc, options);
  CandidateSet candidates(input.old_tasks.size(), input.features.feature_count());
  generator.Generate(input, &candidates);
  Matching first = AssignGreedy(input, &candidates);
  AddStructuralCandidates(input, first.old_to_new, &candidates);
  StructuralEvidence(input, first, &candidates);
  ContextEvidence(input, &candidates);
  Matching matching = AssignGreedy(input, &candidates);
  // A section rescued in pass 2 (a short top-level heading) rescues its own
  // children in turn.
  size_t before = candidates.all().size();
  AddStructuralCandidates(input, matching.old_to_new, &candidates);
  if (candidates.all().size() > before) matching = AssignGreedy(input, &candidates);
  RepairSwappedProvisions(input, SwapCrossedArticles(input, candidates, &matching), &matching);
  std::vector<int> merge_into = DemoteArticles(input, candidates, &matching);
  ClauseMatcher clauses(input);
  FindSiblingMerges(input, candidates, &clauses, &matching, &merge_into);
  MoveArticlesToTheirProvisions(input, candidates, merge_into, &matching);
  ReassignProvisions(input, merge_into, &matching);
  UncrossSiblings(input, merge_into, &matching);
  UnlinkReferenceOnlyPairs(input, merge_into, &matching);
  Groups groups = FindGroups(input, candidates, matching, merge_into, &clauses);
  MatchArticleResidue(input, &matching, &groups);
  MatchTextlessDivisions(input, &matching, &groups);
  FindSharedPieces(input, candidates, matching, &clauses, &groups);
  SplitArticlesByProvisions(input, matching, &groups);
  MatchSplitArticlesFreedOfConflicts(input, candidates, &matching, &groups);
  DemoteUnpairedArticles(input, &matching, &groups);
  MatchArticlesByTheirProvisions(input, &matching, &groups);
  JoinLeadInsToInlineLists(input, &groups);
  MergeClausesOfCollapsedArticles(input, matching, &groups);
  MatchMergedArticleClauses(input, &matching, &groups);
  MatchHeadingClauses(input, &matching, &groups);
  PairPapersByKind(input, &matching, &groups);
  JoinFileLeadInsToTheirFirstPaper(input, &matching, &groups);
  JoinAnnouncedBodies(input, matching, &groups);
  PairListsOneLevelOff(input, &matching, &groups);
  PairListItemsAtTheirPlaces(input, &matching, &groups);
  PairLeadInsWithTheirItems(input, &matching, &groups);
  PairRepealedPlaceholders(input, &matching, &groups);
  PairFreeProvisionsOfCounterparts(input, &matching, &groups);
  PairByNamedActor(input, &matching, &groups);
  DropPiecesOfAnotherActor(input, matching, &groups);
  MergeFreeProvisionsIntoNeighbourPartners(input, &matching, &groups);
  MergeFreeArticlesIntoNeighbourPartners(input, &matching, &groups);
  PairClausesPromotedToArticles(input, &matching, &groups);
  PairProvisionsWithCitedArticles(input, &matching, &groups);
  MatchTranslatedResidue(input, &matching, &groups);
  MatchNumberedResidue(input, &matching, &groups);
  UnpairItemsSharingOnlyTheRefrain(input, &matching, &groups);
  std::vector<MoveReason> moves = FindMoves(input, matching, groups);
  BuildChanges(input, matching, groups, moves, &out);
  return out;
}

}  // namespace align_internal

Result<Alignment> Align(const Document& old_doc, const Document& new_doc,
                        const AlignOptions& options) {
  return align_internal::AlignWith(old_doc, new_doc, options,
                                   align_internal::InvertedIndexCandidates());
}

}  // namespace congvan
