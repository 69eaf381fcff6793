// Provision gaps (see provision_gaps.h): an article's provisions without
// counterpart, and the range of the counterpart article between the partners
// of an old provision's matched neighbours.
#include "align/provision_gaps.h"

#include <algorithm>

namespace congvan::align_internal {

std::vector<int> UnmatchedProvisions(const TaskIndex& tasks, int a, const Counterparts& cp) {
  std::vector<int> out;
  int end = a + tasks[static_cast<size_t>(a)].subtree;
  for (int i = a + 1; i < end; ++i) {
    if (tasks[static_cast<size_t>(i)].node->division) return {};
    if (cp[static_cast<size_t>(i)].empty()) out.push_back(i);
  }
  return out;
}

std::pair<int, int> ProvisionGap(const AlignInput& input, const Matching& m, int a, int b, int o) {
  int end_b = b + input.New(b).subtree;
  auto partner_in_b = [&](int i) {
    int n = m.old_to_new[static_cast<size_t>(i)];
    return n > b && n < end_b ? n : -1;
  };
  int lo = b, hi = end_b;
  for (int i = o - 1; i > a; --i) {
    if (int n = partner_in_b(i); n >= 0) {
      lo = n;
      break;
    }
  }
  int end_a = a + input.Old(a).subtree;
  for (int i = o + 1; i < end_a; ++i) {
    if (int n = partner_in_b(i); n >= 0) {
      hi = n;
      break;
    }
  }
  return {lo, hi};
}

std::vector<std::pair<int, int>> LonePairsInGaps(const AlignInput& input, const Matching& m,
                                                 const Groups& groups, int a, int b) {
  std::vector<int> olds = UnmatchedProvisions(input.old_tasks, a, groups.cp_old);
  std::vector<int> news = UnmatchedProvisions(input.new_tasks, b, groups.cp_new);
  if (olds.empty() || news.empty()) return {};
  std::vector<std::pair<int, int>> gaps;
  for (int o : olds) gaps.push_back(ProvisionGap(input, m, a, b, o));
  std::vector<std::pair<int, int>> lone;
  for (size_t k = 0; k < olds.size(); ++k) {
    auto [lo, hi] = gaps[k];
    if (std::count(gaps.begin(), gaps.end(), gaps[k]) != 1) continue;
    auto inside = [&](int n) { return n > lo && n < hi; };
    if (std::count_if(news.begin(), news.end(), inside) != 1) continue;
    lone.emplace_back(olds[k], *std::find_if(news.begin(), news.end(), inside));
  }
  return lone;
}

void PairLonesInCounterpartDivisions(const AlignInput& input, Matching* matching, Groups* groups,
                                     const std::function<bool(int, int)>& accept) {
  if (input.cross_language) return;
  for (size_t a = 0; a < input.old_tasks.size(); ++a) {
    int b = matching->old_to_new[a];
    if (b < 0 || !input.old_tasks[a].node->division || !input.New(b).node->division) continue;
    std::vector<std::pair<int, int>> found;
    for (auto [o, n] : LonePairsInGaps(input, *matching, *groups, static_cast<int>(a), b)) {
      if (accept(o, n)) found.emplace_back(o, n);
    }
    for (auto [o, n] : found) PairOneToOne(o, n, matching, groups);
  }
}

}  // namespace congvan::align_internal
