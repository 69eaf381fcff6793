// An article follows its provisions: an old article whose heading took one
// new article while its provisions went into another, still free, is moved
// to that other one.
//
// The assignment pairs articles on their headings and texts; two new
// articles may both resemble an old one above match_min (old Điều 30 "Thủ
// tục đăng ký … bằng tàu bay" scores 0.72 with new Điều 38 "Trường hợp đăng
// ký thuộc thẩm quyền của Cục Hàng không", 0.66 with new Điều 40 "Thủ tục
// giải quyết hồ sơ đăng ký … tàu bay"). Its provisions, matched one by one,
// say which it became. An old article A paired with new article X moves to
// new article Y when Y is a candidate of A the assignment could take (score
// ≥ match_min, text similarity ≥ reworded_min), is of A's style, has no
// counterpart, and holds more of A's matched provisions than X does. X is
// then free for a split or merge to claim (groups.h). Never when X kept A's
// heading word for word: then A went on as X.
#ifndef CONGVAN_SRC_ALIGN_ARTICLE_FOLLOWS_PROVISIONS_H_
#define CONGVAN_SRC_ALIGN_ARTICLE_FOLLOWS_PROVISIONS_H_

#include <vector>

#include "align/assignment.h"

namespace congvan::align_internal {

// Moves articles in `matching` to the free new article holding most of
// their provisions (see above). Reads the scores the last assignment stored
// in `candidates`.
// `merge_into` (demotions.h, sibling_merges.h): per old task, the new task it
// is merged into, or -1; an article others are merged into keeps its partner.
void MoveArticlesToTheirProvisions(const AlignInput& input, const CandidateSet& candidates,
                                   const std::vector<int>& merge_into, Matching* matching);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_ARTICLE_FOLLOWS_PROVISIONS_H_
