// Announced bodies (see announced_bodies.h). One pass over the new tasks;
// only a matched lead-in ending in ':' whose child came from outside its
// partner is measured (two merge-joins over sorted feature ids).
#include "align/announced_bodies.h"

#include <algorithm>
#include <string_view>

namespace congvan::align_internal {
namespace {

// The new words are this share of the lead-in's weight at least: a new
// ending ("…, quy mô lấy mẫu:"), not a changed word.
constexpr double kMinGainedShare = 0.15;
// ... and this share of them are the moved body's words.
constexpr double kMinAnnouncedInBody = 0.6;

bool EndsWithColon(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  return !text.empty() && text.back() == ':';
}

bool Has(const SparseVector& v, int id) {
  auto it = std::lower_bound(v.entries.begin(), v.entries.end(), id,
                             [](const FeatureEntry& e, int x) { return e.id < x; });
  return it != v.entries.end() && it->id == id;
}

// Whether n's words that o1 lacks are a real share of n and mostly o2's.
bool AnnouncesBody(const SparseVector& n, const SparseVector& o1, const SparseVector& o2) {
  double total = 0, gained = 0, in_body = 0;
  for (const FeatureEntry& e : n.entries) {
    total += e.weight;
    if (Has(o1, e.id)) continue;
    gained += e.weight;
    if (Has(o2, e.id)) in_body += e.weight;
  }
  return total > 0 && gained >= kMinGainedShare * total && in_body >= kMinAnnouncedInBody * gained;
}

bool OneToOne(const Groups& g, int o, int n) {
  return g.cp_old[static_cast<size_t>(o)].size() == 1 &&
         g.cp_new[static_cast<size_t>(n)].size() == 1;
}

}  // namespace

void JoinAnnouncedBodies(const AlignInput& input, const Matching& matching, Groups* groups) {
  if (input.cross_language) return;
  Groups& g = *groups;
  for (int n = 0; n < static_cast<int>(input.new_tasks.size()); ++n) {
    const IndexedTask& lead_in = input.New(n);
    int o1 = matching.new_to_old[static_cast<size_t>(n)];
    if (o1 < 0 || lead_in.children.empty() || !OneToOne(g, o1, n)) continue;
    if (!EndsWithColon(lead_in.node->text)) continue;
    for (int p : lead_in.children) {
      if (!input.New(p).node->marker.empty()) continue;  // an item of a list, not its body
      int o2 = matching.new_to_old[static_cast<size_t>(p)];
      if (o2 < 0 || o2 == o1 || IsAncestor(input.old_tasks, o1, o2) || !OneToOne(g, o2, p))
        continue;
      if (!AnnouncesBody(input.features.New(n), input.features.Old(o1), input.features.Old(o2)))
        continue;
      g.merge_pieces[static_cast<size_t>(n)].push_back(o2);
      g.cp_old[static_cast<size_t>(o2)].push_back(n);
      g.cp_new[static_cast<size_t>(n)].push_back(o2);
      break;
    }
  }
}

}  // namespace congvan::align_internal
