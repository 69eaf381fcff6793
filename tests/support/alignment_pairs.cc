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

const Change* FindChange(const Alignment& alignment, int old_line, int new_line) {
  for (const Change& c : alignment.changes) {
    bool has_old = false, has_new = false;
    for (const auto& r : c.old_nodes) has_old = has_old || r.lines.first == old_line;
    for (const auto& r : c.new_nodes) has_new = has_new || r.lines.first == new_line;
    if (has_old && has_new) return &c;
  }
  return nullptr;
}

std::vector<const Change*> ChangesLinking(const Alignment& alignment, const std::string& old_prefix,
                                          const std::string& new_prefix) {
  std::vector<const Change*> out;
  for (const Change& c : alignment.changes) {
    bool has_old = false, has_new = false;
    for (const auto& o : c.old_nodes) has_old = has_old || o.text.starts_with(old_prefix);
    for (const auto& n : c.new_nodes) has_new = has_new || n.text.starts_with(new_prefix);
    if (has_old && has_new) out.push_back(&c);
  }
  return out;
}

}  // namespace congvan::testing
