// Preorder flattening of a task tree (see task_index.h).
#include "align/task_index.h"

#include <algorithm>

namespace congvan::align_internal {
namespace {

void IndexInto(std::span<const Node> nodes, int parent, int depth, int top, TaskIndex* out) {
  for (const Node& n : nodes) {
    int index = static_cast<int>(out->size());
    out->push_back(IndexedTask{});
    IndexedTask& t = out->back();
    t.node = &n;
    t.parent = parent;
    t.depth = depth;
    t.top = depth == 0 ? index : top;
    t.has_ordinal = n.ordinal.has_value();
    t.ordinal = n.ordinal.value_or(0);
    t.division = n.division;
    if (parent >= 0) (*out)[static_cast<size_t>(parent)].children.push_back(index);
    IndexInto(n.children, index, depth + 1, depth == 0 ? index : top, out);
    (*out)[static_cast<size_t>(index)].subtree = static_cast<int>(out->size()) - index;
  }
}

size_t CountNodes(std::span<const Node> nodes) {
  size_t count = nodes.size();
  for (const Node& n : nodes) count += CountNodes(n.children);
  return count;
}

}  // namespace

TaskIndex IndexTasks(const Document& doc) {
  TaskIndex tasks;
  tasks.reserve(CountNodes(doc.tasks));
  IndexInto(doc.tasks, -1, 0, 0, &tasks);
  double n = static_cast<double>(std::max<size_t>(tasks.size(), 1));
  for (size_t i = 0; i < tasks.size(); ++i) tasks[i].rel_pos = static_cast<double>(i) / n;
  return tasks;
}

bool IsAncestor(const TaskIndex& tasks, int ancestor, int node) {
  for (int p = tasks[static_cast<size_t>(node)].parent; p >= 0;
       p = tasks[static_cast<size_t>(p)].parent) {
    if (p == ancestor) return true;
  }
  return false;
}

int EnclosingDivision(const TaskIndex& tasks, int i) {
  int p = tasks[static_cast<size_t>(i)].parent;
  while (p >= 0 && !tasks[static_cast<size_t>(p)].node->division) {
    p = tasks[static_cast<size_t>(p)].parent;
  }
  return p;
}

bool SubtreeHoldsNoDivision(const TaskIndex& tasks, int d) {
  const int end = d + tasks[static_cast<size_t>(d)].subtree;
  for (int i = d + 1; i < end; ++i) {
    if (tasks[static_cast<size_t>(i)].division) return false;
  }
  return true;
}

}  // namespace congvan::align_internal
