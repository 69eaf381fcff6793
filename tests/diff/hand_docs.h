// Test helpers: Documents built by hand from corpus lines, independent of the
// parser, so the aligner's tests pin the aligner and not the parser.
//
// HandParse() reads lines first..last (1-based) of a corpus file and builds a
// task tree from the plain markers these texts use: "1." and "(1)" and
// "Thứ nhất," (top level), "a)" (under a number), "-" (under the last number
// or letter), "+" (under the last dash); a paragraph without a marker
// attaches under the last marked task, or is top level when nothing is marked.
#ifndef CONGVAN_TESTS_DIFF_HAND_DOCS_H_
#define CONGVAN_TESTS_DIFF_HAND_DOCS_H_

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "congvan/document.h"

namespace congvan::difftest {

inline std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

inline std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// Marker level and the marker text, or level -1 when the line has none.
inline int MarkerOf(const std::string& line, std::string* marker, std::string* rest) {
  auto digits = [&](size_t from) {
    size_t i = from;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
    return i;
  };
  size_t d = digits(0);
  if (d > 0 && d + 1 < line.size() && line[d] == '.' && line[d + 1] == ' ') {
    *marker = line.substr(0, d + 1);
    *rest = line.substr(d + 2);
    return 0;
  }
  if (line.size() > 3 && line[0] == '(') {
    size_t e = digits(1);
    if (e > 1 && e + 1 < line.size() && line[e] == ')' && line[e + 1] == ' ') {
      *marker = line.substr(0, e + 1);
      *rest = line.substr(e + 2);
      return 0;
    }
  }
  if (line.rfind("Thứ ", 0) == 0) {
    size_t comma = line.find(", ");
    if (comma != std::string::npos && comma < 16) {
      *marker = line.substr(0, comma + 1);
      *rest = line.substr(comma + 2);
      return 0;
    }
  }
  if (line.size() > 3 && line[0] >= 'a' && line[0] <= 'z' && line[1] == ')' && line[2] == ' ') {
    *marker = line.substr(0, 2);
    *rest = line.substr(3);
    return 1;
  }
  if (line.rfind("- ", 0) == 0) {
    marker->assign(1, '-');  // not = "-": g++ 12 warns -Wrestrict (a false positive, GCC PR 105651)
    *rest = line.substr(2);
    return 2;
  }
  if (line.rfind("+ ", 0) == 0) {
    marker->assign(1, '+');  // as above
    *rest = line.substr(2);
    return 3;
  }
  return -1;
}

// `Nodes`: the document's tasks (a vector) or a node's children (a VectorBox).
template <class Nodes>
void RenumberPaths(Nodes& nodes, const std::string& prefix) {
  for (size_t i = 0; i < nodes.size(); ++i) {
    nodes[i].path = prefix + std::to_string(i + 1);
    RenumberPaths(nodes[i].children, nodes[i].path + ".");
  }
}

inline Document HandParse(const std::string& rel, int first, int last, Language lang) {
  std::vector<std::string> lines = ReadLines(std::string(CONGVAN_SOURCE_DIR) + "/corpus/" + rel);
  Document doc;
  doc.source = rel;
  doc.language = lang;
  doc.line_count = static_cast<int>(lines.size());
  // stack[k]: path of indices to the open node at marker level k.
  struct Open {
    int level;
    std::vector<size_t> where;  // child indices from the root
  };
  std::vector<Open> stack;
  // REQUIRES: `where` not empty.
  auto node_at = [&](const std::vector<size_t>& where) -> Node& {
    Node* n = &doc.tasks[where.front()];
    for (size_t k = 1; k < where.size(); ++k) n = &n->children[where[k]];
    return *n;
  };
  // Appends `node` to the tasks (where is empty) or to the children of the
  // node at `where`; returns it there and how many siblings it now has.
  auto append_to = [&](const std::vector<size_t>& where, const Node& node) {
    if (where.empty()) {
      doc.tasks.push_back(node);
      return std::pair<Node*, size_t>(&doc.tasks.back(), doc.tasks.size());
    }
    Node& owner = node_at(where);
    owner.children.push_back(node);
    return std::pair<Node*, size_t>(&owner.children.back(), owner.children.size());
  };
  bool any_marker = false;
  for (int ln = first; ln <= last && ln <= doc.line_count; ++ln) {
    std::string line = Trim(lines[static_cast<size_t>(ln - 1)]);
    if (line.empty()) continue;
    Node node;
    std::string marker, rest;
    int level = MarkerOf(line, &marker, &rest);
    node.spans.push_back({ln, ln});
    std::vector<size_t> parent;
    if (level < 0) {
      node.text = line;
      if (any_marker && !stack.empty()) parent = stack.back().where;
      level = 99;  // unnumbered: never a parent of numbered tasks
    } else {
      any_marker = true;
      node.marker = marker;
      node.text = rest;
      while (!stack.empty() && stack.back().level >= level) stack.pop_back();
      if (!stack.empty()) parent = stack.back().where;
    }
    auto [added, siblings] = append_to(parent, node);
    added->ordinal = static_cast<int>(siblings);
    std::vector<size_t> where = parent;
    where.push_back(siblings - 1);
    if (level != 99) stack.push_back({level, where});
  }
  RenumberPaths(doc.tasks, "");
  return doc;
}

// The four versions of the gender-equality guidance, task lines only.
inline Document Hand2021() {
  return HandParse("gender-equality/2021-vi-dispatch.txt", 9, 32, Language::kVietnamese);
}
inline Document Hand2023() {
  return HandParse("gender-equality/2023-vi-news-summary.txt", 15, 71, Language::kVietnamese);
}
inline Document Hand2024() {
  return HandParse("gender-equality/2024-en-qa-summary.txt", 6, 29, Language::kEnglish);
}
inline Document Hand2025() {
  return HandParse("gender-equality/2025-en-news-summary.txt", 3, 13, Language::kEnglish);
}

}  // namespace congvan::difftest

#endif  // CONGVAN_TESTS_DIFF_HAND_DOCS_H_
