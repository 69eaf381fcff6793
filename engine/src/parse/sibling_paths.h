// Whether the paths of a task's children are all different, judged on the
// short components that follow their common prefix.
//
// The tree builder gives each child the path of its parent, a '.', and its
// own component ("2", "đ", "26a", a position); a plain paragraph's position
// can equal a numbered sibling's ordinal, and repeats are then suffixed
// (tree_builder.cc, MakeSiblingPathsUnique). Nearly every list's paths rise
// as printed (shorter before longer, then byte by byte), which proves them
// different; that test compared each pair of neighbours from their first
// byte, walking the parent's path again for every child ("1.10.2.3" against
// "1.10.2.4"): ≈ 74 instructions a child on the 20 MB law. It now starts
// past the prefix. A list that does not rise — a Vietnamese letter list past
// "đ" (two bytes) before "e" (one) — had its paths sorted as strings; each
// component (at most seven bytes: nearly all are) is now packed with its
// length into one 64-bit word, equal exactly when the components are, and
// the words are sorted as integers. A longer component leaves the question
// to the string sort. tests/parse/sibling_paths_test.cc compares both
// answers with the whole paths' on every sibling list of the corpus and the
// unseen texts.
#ifndef CONGVAN_PARSE_SIBLING_PATHS_H_
#define CONGVAN_PARSE_SIBLING_PATHS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "congvan/document.h"

namespace congvan::parse {

// Whether the children's paths rise strictly, shorter before longer and
// then byte by byte ("1.9" < "1.10"), their first `prefix` bytes skipped:
// then they are all different. REQUIRES (both functions): every child's
// path begins with the same `prefix` bytes (the parent's path and its '.',
// or nothing for top-level tasks), as the tree builder writes them.
bool SiblingPathsRise(std::span<const Node> children, size_t prefix);

// True when the children's paths are all different: their bytes past the
// first `prefix` differ pairwise. False when two are equal, or when it is
// not decided here (a path no longer than `prefix`, or a component of more
// than seven bytes): the caller then compares the whole paths. `words` is a
// buffer reused between calls.
bool SiblingSuffixesDiffer(std::span<const Node> children, size_t prefix,
                           std::vector<std::uint64_t>* words);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_SIBLING_PATHS_H_
