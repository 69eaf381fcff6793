#include "support/alignment_pairs.h"

namespace congvan::testing {

std::set<int> TaskFirstLines(const Document& doc) {
  std::set<int> lines;
  ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) { lines.insert(n.lines().first); });
  return lines;
}

LinePairs AlignedLinePairs(const Alignment& alignment) {
  LinePairs pairs;
  for (const Change& c : alignment.changes) {
    for (const auto& o : c.old_nodes) {
      for (const auto& n : c.new_nodes) pairs.insert({o.lines.first, n.lines.first});
    }
  }
  return pairs;
}

}  // namespace congvan::testing
