// Writing out the changes (see changes.h). Changes are collected with a
// reading-order key and sorted once at the end.
#include "align/changes.h"

#include <algorithm>
#include <numeric>
#include <string>

#include "align/features.h"
#include "congvan/redline.h"
#include "text/huge_pages.h"

namespace congvan::align_internal {
namespace {

NodeRef Ref(const TaskIndex& tasks, int i) {
  const IndexedTask& t = tasks[static_cast<size_t>(i)];
  NodeRef r;
  r.path = t.node->path;
  r.marker = t.node->marker;
  r.text = t.node->text;
  r.depth = t.depth;
  r.ordinal = t.node->ordinal;
  r.lines = t.node->lines();
  r.index = i;
  return r;
}

std::string JoinTexts(const std::vector<NodeRef>& refs) {
  std::string s;
  for (const NodeRef& r : refs) {
    if (!s.empty()) s += ' ';
    s += r.text;
  }
  return s;
}

bool UnmatchedSubtree(const TaskIndex& tasks, const Counterparts& cp, int root) {
  for (int i = root; i < root + tasks[static_cast<size_t>(root)].subtree; ++i) {
    if (!cp[static_cast<size_t>(i)].empty()) return false;
  }
  return true;
}

// Changes with their reading-order keys, sorted once at the end.
class ChangeList {
 public:
  ChangeList(const AlignInput& input, const Groups& g) {
    // A change without new tasks goes right after the counterpart of the
    // closest preceding old task that has one.
    old_anchor_.assign(input.old_tasks.size(), -0.5);
    double last = -0.5;
    for (size_t o = 0; o < input.old_tasks.size(); ++o) {
      for (int n : g.cp_old[o]) last = std::max(last, double(n));
      old_anchor_[o] = last + 0.5;
    }
    // Room for one change per task of either version (a change holds at
    // least one task), so the list — a few hundred bytes a change — is not
    // copied as it grows; pages never used are never touched.
    size_t most = input.old_tasks.size() + input.new_tasks.size();
    text::ReserveHuge(&changes_, most);
    keys_.reserve(most);
    tiebreak_.reserve(most);
  }
  void Push(Change c) {
    double key = c.new_nodes.empty() ? old_anchor_[static_cast<size_t>(c.old_nodes.front().index)]
                                     : double(c.new_nodes.front().index);
    keys_.push_back(key);
    tiebreak_.push_back(c.old_nodes.empty() ? -1 : c.old_nodes.front().index);
    changes_.push_back(std::move(c));
  }
  void MoveInto(Alignment* out) {
    std::vector<size_t> order(changes_.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      if (keys_[a] != keys_[b]) return keys_[a] < keys_[b];
      return tiebreak_[a] < tiebreak_[b];
    });
    if (out->changes.empty())
      text::ReserveHuge(&out->changes, changes_.size());
    else
      out->changes.reserve(out->changes.size() + changes_.size());
    for (size_t i : order) {
      ++out->summary.counts[static_cast<int>(changes_[i].op)];
      out->summary.renumbered += changes_[i].renumbered ? 1 : 0;
      out->changes.push_back(std::move(changes_[i]));
    }
  }

 private:
  std::vector<double> old_anchor_;
  std::vector<Change> changes_;
  std::vector<double> keys_;
  std::vector<int> tiebreak_;
};

bool Redlines(const AlignInput& input) {
  return input.options.compute_redlines && !input.cross_language;
}

void PairChanges(const AlignInput& input, const Matching& m, const Groups& g,
                 const std::vector<MoveReason>& moves, ChangeList* list) {
  for (size_t o = 0; o < input.old_tasks.size(); ++o) {
    int n = m.old_to_new[o];
    if (n < 0 || !g.split_pieces[o].empty() || !g.merge_pieces[static_cast<size_t>(n)].empty())
      continue;
    Change c;
    c.old_nodes.push_back(Ref(input.old_tasks, static_cast<int>(o)));
    c.new_nodes.push_back(Ref(input.new_tasks, n));
    c.text_changed = !SameTextUpToSpacing(c.old_nodes[0].text, c.new_nodes[0].text);
    c.similarity = c.text_changed ? Evidence(input, static_cast<int>(o), n).text_similarity : 1.0;
    const auto& old_number = c.old_nodes[0].ordinal;
    const auto& new_number = c.new_nodes[0].ordinal;
    c.renumbered = old_number && new_number && *old_number != *new_number;
    if (moves[o] != MoveReason::kNone) {
      c.op = ChangeOp::kMoved;
      c.move_reason = moves[o] == MoveReason::kParent ? "parent" : "order";
    } else {
      c.op = c.text_changed ? ChangeOp::kReworded : ChangeOp::kUnchanged;
    }
    if (Redlines(input) && c.text_changed) {
      c.redline = Redline(c.old_nodes[0].text, c.new_nodes[0].text, input.options.redline);
    }
    list->Push(std::move(c));
  }
}

// Splits (old_whole) or merges: the whole, its partner and its pieces.
void GroupChanges(const AlignInput& input, const Matching& m, const Groups& g, bool old_whole,
                  ChangeList* list) {
  const auto& pieces_of = old_whole ? g.split_pieces : g.merge_pieces;
  const auto& partner_of = old_whole ? m.old_to_new : m.new_to_old;
  for (size_t w = 0; w < pieces_of.size(); ++w) {
    if (pieces_of[w].empty()) continue;
    std::vector<int> others = pieces_of[w];
    if (partner_of[w] >= 0) others.push_back(partner_of[w]);
    std::sort(others.begin(), others.end());
    Change c;
    c.op = old_whole ? ChangeOp::kSplit : ChangeOp::kMerged;
    c.text_changed = true;
    int whole = static_cast<int>(w);
    (old_whole ? c.old_nodes : c.new_nodes)
        .push_back(Ref(old_whole ? input.old_tasks : input.new_tasks, whole));
    for (int x : others) {
      (old_whole ? c.new_nodes : c.old_nodes)
          .push_back(Ref(old_whole ? input.new_tasks : input.old_tasks, x));
      PairEvidence e = old_whole ? Evidence(input, whole, x) : Evidence(input, x, whole);
      c.similarity = std::max(c.similarity, e.text_similarity);
    }
    if (Redlines(input)) {
      c.redline = Redline(JoinTexts(c.old_nodes), JoinTexts(c.new_nodes), input.options.redline);
    }
    list->Push(std::move(c));
  }
}

// Tasks without any counterpart; a top-level section unmatched as a whole is
// one change.
void UnmatchedChanges(const AlignInput& input, const Groups& g, AlignmentSummary* sum,
                      ChangeList* list) {
  for (int side = 0; side < 2; ++side) {
    const TaskIndex& tasks = side == 0 ? input.old_tasks : input.new_tasks;
    const Counterparts& cp = side == 0 ? g.cp_old : g.cp_new;
    for (size_t i = 0; i < tasks.size();) {
      if (!cp[i].empty()) {
        ++i;
        continue;
      }
      Change c;
      c.op = side == 0 ? ChangeOp::kDropped : ChangeOp::kAdded;
      NodeRef ref = Ref(tasks, static_cast<int>(i));
      int step = 1;
      if (tasks[i].depth == 0 && tasks[i].subtree > 1 &&
          UnmatchedSubtree(tasks, cp, static_cast<int>(i))) {
        c.section_task_count = tasks[i].subtree;
        step = tasks[i].subtree;
        (side == 0 ? sum->sections_dropped : sum->sections_added).push_back({ref, step});
      }
      (side == 0 ? sum->dropped_tasks : sum->added_tasks) += step;
      (side == 0 ? c.old_nodes : c.new_nodes).push_back(std::move(ref));
      list->Push(std::move(c));
      i += static_cast<size_t>(step);
    }
  }
}

// Task counts, matched counts, and the note on partial coverage: how many
// old top-level sections have any counterpart.
void Summarise(const AlignInput& input, const Groups& g, AlignmentSummary* sum) {
  sum->old_tasks = static_cast<int>(input.old_tasks.size());
  sum->new_tasks = static_cast<int>(input.new_tasks.size());
  for (const auto& v : g.cp_old) sum->old_matched += v.empty() ? 0 : 1;
  for (const auto& v : g.cp_new) sum->new_matched += v.empty() ? 0 : 1;
  int tops = 0, covered = 0;
  std::string covered_paths;
  std::vector<SectionNote> uncovered;
  const TaskIndex& old_tasks = input.old_tasks;
  for (size_t i = 0; i < old_tasks.size(); i += static_cast<size_t>(old_tasks[i].subtree)) {
    ++tops;
    if (UnmatchedSubtree(old_tasks, g.cp_old, static_cast<int>(i))) {
      uncovered.push_back({Ref(old_tasks, static_cast<int>(i)), old_tasks[i].subtree});
      continue;
    }
    ++covered;
    if (!covered_paths.empty()) covered_paths += ", ";
    covered_paths +=
        old_tasks[i].node->marker.empty() ? old_tasks[i].node->path : old_tasks[i].node->marker;
  }
  if (tops >= 2 && covered > 0 &&
      double(covered) <= input.options.coverage_note_max_share * double(tops)) {
    sum->coverage_note = "the new version covers only " + std::to_string(covered) + " of the " +
                         std::to_string(tops) + " top-level sections of the old version (" +
                         covered_paths + "); the other sections have no counterpart";
    sum->sections_not_covered = std::move(uncovered);
  }
}

}  // namespace

void BuildChanges(const AlignInput& input, const Matching& m, const Groups& g,
                  const std::vector<MoveReason>& moves, Alignment* out) {
  ChangeList list(input, g);
  PairChanges(input, m, g, moves, &list);
  GroupChanges(input, m, g, true, &list);
  GroupChanges(input, m, g, false, &list);
  UnmatchedChanges(input, g, &out->summary, &list);
  list.MoveInto(out);
  Summarise(input, g, &out->summary);
}

}  // namespace congvan::align_internal
