// How the diff report writers (io/diff_*.cc) name tasks and moves to a
// reader. Lives with the writers: only text output needs it.
#ifndef CONGVAN_SRC_IO_CHANGE_LABELS_H_
#define CONGVAN_SRC_IO_CHANGE_LABELS_H_

#include <string>

#include "congvan/align.h"

namespace congvan::io {

// "2.b" → "2"; a top-level path gives "".
inline std::string ParentPath(const std::string& path) {
  size_t dot = path.rfind('.');
  return dot == std::string::npos ? "" : path.substr(0, dot);
}

// How a task is named to a reader: a top-level numbered task by its marker
// ("(5)", "Thứ hai,"); a deeper numbered one by marker and path ("b) 2.2");
// a bullet by bullet and path ("- 5.1"); an unnumbered paragraph "¶ 4.2".
inline std::string RefLabel(const NodeRef& r) {
  if (r.marker.empty()) return "¶ " + r.path;
  bool bullet = r.marker == "-" || r.marker == "+" || r.marker == "*" || r.marker == "•" ||
                r.marker == "·" || r.marker == "–";
  if (bullet) return r.marker + " " + r.path;
  if (r.depth == 0) return r.marker;
  return r.marker + " " + r.path;
}

// One line explaining a move: "moved from under 4 to under 1", "moved out of
// order within 3", "moved to the top level".
inline std::string MoveExplanation(const Change& c) {
  if (c.old_nodes.empty() || c.new_nodes.empty()) return "moved";
  std::string from = ParentPath(c.old_nodes.front().path);
  std::string to = ParentPath(c.new_nodes.front().path);
  if (c.move_reason == "order") {
    return to.empty() ? "moved out of order at the top level" : "moved out of order within " + to;
  }
  auto where = [](const std::string& p) {
    return p.empty() ? std::string("the top level") : "under " + p;
  };
  return "moved from " + where(from) + " to " + where(to);
}

}  // namespace congvan::io

#endif  // CONGVAN_SRC_IO_CHANGE_LABELS_H_
