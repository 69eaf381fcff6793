// Test helpers for scoring an alignment against reviewed expectations, where
// a task is named by the first source line of its own text.
#ifndef CONGVAN_TESTS_SUPPORT_ALIGNMENT_PAIRS_H_
#define CONGVAN_TESTS_SUPPORT_ALIGNMENT_PAIRS_H_

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "congvan/align.h"
#include "congvan/document.h"

namespace congvan::testing {

// (old task's first line, new task's first line)
using LinePairs = std::set<std::pair<int, int>>;

// The first line of every task of `doc`.
std::set<int> TaskFirstLines(const Document& doc);

// Every old × new task pair that one change of `alignment` relates.
LinePairs AlignedLinePairs(const Alignment& alignment);

// The changes of `alignment` that hold an old task whose marker is
// `old_marker` and whose text starts with `old_prefix`.
std::vector<const Change*> ChangesOfOld(const Alignment& alignment, const std::string& old_marker,
                                        const std::string& old_prefix);

// The change that holds both the old task whose first line is `old_line` and
// the new task whose first line is `new_line`; null when none does.
const Change* FindChange(const Alignment& alignment, int old_line, int new_line);

// Every change that holds both an old task whose text starts with `old_prefix`
// and a new task whose text starts with `new_prefix`.
std::vector<const Change*> ChangesLinking(const Alignment& alignment, const std::string& old_prefix,
                                          const std::string& new_prefix);

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_ALIGNMENT_PAIRS_H_
