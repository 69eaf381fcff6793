// How deep a tree of tasks goes: one bound for whoever builds or reads one
// (in model/, below both the parser and the AKN reader, which may not include
// each other).
//
// ParseOptions::max_depth bounds the levels the tree builder keeps open
// (parse/tree_builder.cc, Push): an item deeper than that is reported once
// (DiagnosticKind::kDepth) and placed under the deepest open level without
// opening a level of its own, so a tree (the tasks, or one quotation's
// provisions, a tree of their own) has at most max_depth + 1 levels. The AKN
// reader (read/akn_reader.cc) refuses a file only past that, so whatever
// congvan wrote reads back.
#ifndef CONGVAN_MODEL_TREE_DEPTH_H_
#define CONGVAN_MODEL_TREE_DEPTH_H_

namespace congvan {

// The most levels a tree built with `max_depth` open levels has.
constexpr int MostTreeLevels(int max_depth) { return max_depth + 1; }

}  // namespace congvan

#endif  // CONGVAN_MODEL_TREE_DEPTH_H_
