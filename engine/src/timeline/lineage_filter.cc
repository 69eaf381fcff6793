// FilterLineages(): the lineages a reader asked for (`congvan timeline
// --articles --changed`).
//
// Approach: a plain predicate per lineage, applied in place so the order
// (by theme, then first appearance) and every kept lineage's id stay what
// they are in the whole timeline. On Luật Đất đai 1993 → 2003 → 2013 → 2024
// the timeline has 3,521 lineages — every clause, point and paragraph —
// where a researcher first asks how the ~200 articles moved and which ones
// changed; the filter answers that without touching how lineages are built.
// A lineage is a division when any of its tasks is one (an article that was
// a clause in an older version still counts), and it changed when it is not
// the same task, unchanged, from the first version to the last. A lineage
// that ends in a "?" cell (the next version does not cover its section) ends
// before the last version, so it counts as changed: "not covered" is not
// known to be unchanged, and a researcher looking for what changed must see
// what the later versions no longer say. The timeline keeps the filter and
// the number it left out, so every format says "433 of 3,521 shown".
#include <algorithm>

#include "congvan/timeline.h"

namespace congvan {
namespace {

bool IsDivision(const Lineage& l) {
  return std::any_of(l.nodes.begin(), l.nodes.end(),
                     [](const LineageNode& n) { return n.division; });
}

bool Changed(const Lineage& l, int version_count) {
  if (l.nodes.empty()) return false;
  if (l.first_version() > 0 || l.last_version() < version_count - 1) return true;
  return std::any_of(l.nodes.begin() + 1, l.nodes.end(),
                     [](const LineageNode& n) { return n.op != TimelineOp::kUnchanged; });
}

}  // namespace

void FilterLineages(Timeline* timeline, const LineageFilter& filter) {
  const int version_count = static_cast<int>(timeline->versions.size());
  auto left_out = [&](const Lineage& l) {
    if (filter.divisions_only && !IsDivision(l)) return true;
    return filter.changed_only && !Changed(l, version_count);
  };
  auto& lineages = timeline->lineages;
  const size_t before = lineages.size();
  lineages.erase(std::remove_if(lineages.begin(), lineages.end(), left_out), lineages.end());
  // What was asked and what it left out, for the formats to say "N of M shown".
  timeline->lineages_left_out += before - lineages.size();
  timeline->filter.divisions_only |= filter.divisions_only;
  timeline->filter.changed_only |= filter.changed_only;
}

}  // namespace congvan
