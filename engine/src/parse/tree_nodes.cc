// Drafts made into nodes (tree_builder_state.h), once placing is over. A
// draft's children are the subtrees that follow it in index order, so each
// draft's open-level slot becomes a count of its children and the nodes are
// made in one walk, each in its place among its siblings (no node moved) and
// each draft's chunk freed as its nodes are made (drafts and nodes never all
// alive at once). Paths: numbers for numbered items, the letter for letter
// items, the position among siblings for bullets and plain paragraphs, with
// "#2" suffixes where two siblings' paths would be equal.
#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "parse/sibling_paths.h"
#include "parse/tree_builder_state.h"

namespace congvan::parse::tree_building {

// Placing is over: the open states are not read again, and each draft's
// `open` slot counts its children instead (Draft::child_count). A count is
// all Finish needs, as a draft's children follow it in index order; a list
// of the children per draft (8 bytes a task) was alive beside every node.
void TreeBuilder::CountChildren() {
  stack_.clear();
  open_levels_.Clear();
  for (size_t k = 0; k < drafts_.size(); ++k) drafts_[k].child_count = 0;
  for (size_t k = 0; k < drafts_.size(); ++k) {
    int parent = drafts_[k].parent;
    if (parent >= 0) ++drafts_[static_cast<size_t>(parent)].child_count;
  }
}

const TreeBuilder::StyleNames& TreeBuilder::NamesOf(int style) {
  if (style_names_.empty()) style_names_.resize(grammar_.styles().size());
  StyleNames& names = style_names_[static_cast<size_t>(style)];
  if (!names.made) {
    names.id = StyleOf(style).id;
    names.level = StyleOf(style).level;
    names.made = true;
  }
  return names;
}

std::vector<Node> TreeBuilder::Finish() {
  CountChildren();
  Node root;
  root.children.reserve(roots_.size());
  int next = 0;  // the draft after the subtree made last
  path_.clear();
  for (size_t r = 0; r < roots_.size(); ++r) {
    MakeNode(roots_[r], static_cast<int>(r) + 1, root.children.emplace_back(), &next);
  }
  MakeSiblingPathsUnique(root, 0);  // a top-level path is its component
  return root.children.take();
}

// A plain paragraph's position can equal a numbered sibling's ordinal;
// suffix repeats ("3#2") so every path names one node.
// Repeats are rare: the children's own components (past `prefix`, the
// parent's path and its '.') are seen to rise or compared as words
// (parse/sibling_paths.h), else the paths are sorted (views, in a
// reused buffer) to see whether any two are equal, and only then suffixed
// (a set of strings per parent was a malloc per task).
void TreeBuilder::MakeSiblingPathsUnique(Node& parent, size_t prefix) {
  if (parent.children.size() < 2 || SiblingPathsRise(parent.children, prefix)) return;
  if (SiblingSuffixesDiffer(parent.children, prefix, &sibling_words_)) return;
  sibling_paths_.clear();
  for (const Node& child : parent.children) sibling_paths_.push_back(child.path.view());
  std::sort(sibling_paths_.begin(), sibling_paths_.end());
  if (std::adjacent_find(sibling_paths_.begin(), sibling_paths_.end()) == sibling_paths_.end())
    return;
  std::unordered_set<std::string> seen;
  for (Node& child : parent.children) {
    std::string base = child.path.str();
    int suffix = 1;
    while (!seen.insert(child.path.str()).second) {
      child.path = base + "#" + std::to_string(++suffix);
    }
  }
}

std::string_view TreeBuilder::LongPathComponent(int index, const Draft& d) const {
  auto held = long_path_components_.find(index);
  return held == long_path_components_.end() ? d.path_component.view() : held->second;
}

// Paths: numbers for numbered items, the letter for letter items, the
// position among siblings for bullets and plain paragraphs. Makes draft
// `index` into `n` (a node in its place among its siblings: no node is
// moved) and sets `*next` to the draft after its subtree (its children are
// the subtrees that follow it, child_count of them). path_ holds the
// parent's path; the node's is written after it and taken off again, so a
// path is one copy into the node, not a string per node.
void TreeBuilder::MakeNode(int index, int position, Node& n, int* next) {
  Draft& d = DraftNo(index);
  n.marker = std::move(d.marker);
  n.text = std::move(d.text);
  n.spans = std::move(d.spans);
  if (!quoted_nodes_.empty()) {
    if (auto quoted = quoted_nodes_.find(index); quoted != quoted_nodes_.end()) {
      if (!quoted->second.empty()) n.mutable_quoted() = quoted->second.take();
      quoted_nodes_.erase(quoted);
    }
  }
  if (d.style >= 0) {
    const StyleNames& names = NamesOf(d.style);
    n.style = names.id;
    n.level = names.level;
  }
  n.division = IsStructural(d);
  const size_t parent_path_size = path_.size();
  if (parent_path_size > 0) path_ += '.';
  if (d.style >= 0 && !IsBulletStyle(d.style)) {
    n.ordinal = d.value;
    path_ += long_path_components_.empty() ? d.path_component.view() : LongPathComponent(index, d);
  } else {
    char digits[16];
    path_.append(digits, std::to_chars(digits, digits + sizeof digits, position).ptr);
  }
  n.path = std::string_view(path_);
  const int child_count = d.child_count;
  n.children.reserve(static_cast<size_t>(child_count));  // no doubling slack in the task tree
  int child = index + 1;
  for (int c = 0; c < child_count; ++c) {
    MakeNode(child, c + 1, n.children.emplace_back(), &child);
  }
  path_.resize(parent_path_size);
  // The children's paths are n's (not yet suffixed: its siblings are
  // compared after it is made), a '.', and their components.
  if (child_count >= 2) MakeSiblingPathsUnique(n, n.path.size() + 1);
  drafts_.Release(static_cast<size_t>(index));  // its node is made; no draft is read twice
  *next = child;
}

}  // namespace congvan::parse::tree_building
