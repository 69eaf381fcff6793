// Lists one level off: a list's lead-in whose own item took the lead-in its
// list went to is paired with that lead-in, and the item with the item at its
// place.
//
// A list moves as a whole: a procedure's file ("1. Khi có yêu cầu chuyển tiếp
// đăng ký thế chấp …, thì người yêu cầu đăng ký nộp 01 bộ hồ sơ gồm:" and its
// papers a–c, Nghị định 102/2017 Điều 46) becomes another clause of the
// counterpart article with its papers ("3. Trường hợp có yêu cầu chuyển tiếp
// đăng ký … thì hồ sơ chuyển tiếp đăng ký thế chấp bao gồm:", Nghị định
// 99/2022 Điều 26). By words alone the old lead-in is as like a case the new
// article lists ("b) Chuyển tiếp đăng ký thế chấp … sang thế chấp nhà ở …"),
// and its first item, the request form, takes the new lead-in that now names
// the file: the pairs sit one level off.
// What the text proves is where the list went. Rule: an old lead-in L (a
// provision, no division, text ending in ':', two items at least, free or one
// to one with a provision that holds none of its items' counterparts — else its
// pair is already a list's, split in two) one of whose items c is paired one to
// one with a new lead-in Q (no division, ending in ':', with items) inside a
// counterpart of L's article, while L's other items went, most of them (more
// than half, one at least), into Q's list (a counterpart strictly inside Q), is
// paired with Q instead of its partner, and c with Q's item of c's ordinal when
// that item is a free leaf and like it (cosine ≥ reworded_min), else c is left
// free; the new side the same way. Tasks held by a split or merge as L, c or Q
// are left alone; same language only.
#ifndef CONGVAN_SRC_ALIGN_LISTS_ONE_LEVEL_OFF_H_
#define CONGVAN_SRC_ALIGN_LISTS_ONE_LEVEL_OFF_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Re-pairs lead-ins whose item took their list's lead-in (see above);
// updates `matching` and `groups`.
void PairListsOneLevelOff(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_LISTS_ONE_LEVEL_OFF_H_
