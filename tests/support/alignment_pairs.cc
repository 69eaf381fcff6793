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

std::vector<const Change*> ChangesOfOld(const Alignment& alignment, const std::string& old_marker,
                                        const std::string& old_prefix) {
  std::vector<const Change*> out;
  for (const Change& c : alignment.changes) {
    for (const auto& o : c.old_nodes) {
      if (o.marker == old_marker && o.text.rfind(old_prefix, 0) == 0) out.push_back(&c);
    }
  }
  return out;
}

}  // namespace congvan::testing
