// Textless divisions (see textless_divisions.h): per unmatched old division
// holding no other division, a tally of the new divisions its provisions'
// counterparts sit in; the best one is its counterpart when neither side has
// text to say otherwise and the provisions agree both ways.
#include "align/textless_divisions.h"

#include <map>
#include <set>
#include <utility>

namespace congvan::align_internal {
namespace {

bool Textless(const IndexedTask& t) {
  return t.node->text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// A division of legislation whose subtree holds no other division.
bool InnermostDivision(const TaskIndex& tasks, int d) {
  return tasks[static_cast<size_t>(d)].division && SubtreeHoldsNoDivision(tasks, d);
}

// The provisions of division d (its subtree, d excluded) that have a
// counterpart, and how many of those have one inside division `other` of
// the other side.
struct Share {
  int with_counterpart = 0;
  int inside_other = 0;
};

Share ShareInside(const TaskIndex& tasks, int d, const Counterparts& cp, const TaskIndex& others,
                  int other) {
  Share s;
  int other_end = other + others[static_cast<size_t>(other)].subtree;
  for (int i = d + 1; i < d + tasks[static_cast<size_t>(d)].subtree; ++i) {
    const std::vector<int>& c = cp[static_cast<size_t>(i)];
    if (c.empty()) continue;
    ++s.with_counterpart;
    for (int j : c) {
      if (j > other && j < other_end) {
        ++s.inside_other;
        break;
      }
    }
  }
  return s;
}

// The unmatched new division, innermost and of old division a's level, that
// holds the counterparts of most of a's provisions; -1 when none or a tie.
int MostlyWentTo(const AlignInput& input, int a, const Groups& g) {
  std::map<int, int> tally;
  const IndexedTask& old_div = input.Old(a);
  for (int i = a + 1; i < a + old_div.subtree; ++i) {
    std::set<int> divisions;
    for (int j : g.cp_old[static_cast<size_t>(i)])
      divisions.insert(EnclosingDivision(input.new_tasks, j));
    for (int b : divisions) {
      if (b >= 0) ++tally[b];
    }
  }
  int best = -1, best_count = 0, runner_up = 0;
  for (auto [b, count] : tally) {
    if (count > best_count) {
      runner_up = best_count;
      best = b;
      best_count = count;
    } else if (count > runner_up) {
      runner_up = count;
    }
  }
  if (best < 0 || best_count == runner_up) return -1;
  const IndexedTask& new_div = input.New(best);
  bool fits =
      g.cp_new[static_cast<size_t>(best)].empty() && InnermostDivision(input.new_tasks, best) &&
      new_div.node->level == old_div.node->level && (Textless(old_div) || Textless(new_div));
  return fits ? best : -1;
}

}  // namespace

void MatchTextlessDivisions(const AlignInput& input, Matching* matching, Groups* groups) {
  std::vector<std::pair<int, int>> found;
  std::set<int> taken;
  for (int a = 0; a < static_cast<int>(input.old_tasks.size()); ++a) {
    if (!groups->cp_old[static_cast<size_t>(a)].empty() || !InnermostDivision(input.old_tasks, a))
      continue;
    int b = MostlyWentTo(input, a, *groups);
    if (b < 0 || taken.count(b)) continue;
    Share from_old = ShareInside(input.old_tasks, a, groups->cp_old, input.new_tasks, b);
    Share from_new = ShareInside(input.new_tasks, b, groups->cp_new, input.old_tasks, a);
    if (2 * from_old.inside_other <= from_old.with_counterpart ||
        2 * from_new.inside_other <= from_new.with_counterpart)
      continue;
    found.emplace_back(a, b);
    taken.insert(b);
  }
  for (auto [o, n] : found) {
    PairOneToOne(o, n, matching, groups);
  }
}

}  // namespace congvan::align_internal
