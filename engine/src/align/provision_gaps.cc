// Provision gaps (see provision_gaps.h): an article's provisions without
// counterpart, and the range of the counterpart article between the partners
// of an old provision's matched neighbours.
#include "align/provision_gaps.h"

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

}  // namespace congvan::align_internal
