// A diff of two sequences of token ids: patience diff, Myers' greedy
// algorithm where patience finds no anchor.
#ifndef CONGVAN_DIFF_TOKEN_DIFF_H_
#define CONGVAN_DIFF_TOKEN_DIFF_H_

#include <cstddef>
#include <vector>

namespace congvan::diff {

enum class TokenOp : char { kEq, kDel, kIns };

// Per-token ops in an order that consumes `a` and `b` left to right: kEq
// takes one token of each, kDel one of `a`, kIns one of `b`. A gap whose
// Myers diff needs more than `max_d` edits is one deletion + one insertion.
// REQUIRES: every id below `token_count`; max_d >= 1.
std::vector<TokenOp> DiffTokens(const std::vector<int>& a, const std::vector<int>& b, int max_d,
                                size_t token_count);

}  // namespace congvan::diff

#endif  // CONGVAN_DIFF_TOKEN_DIFF_H_
