// Lead-ins: a provision that announces the list below it ("… có nhiệm vụ,
// quyền hạn sau đây:", "… as follows:").
//
// Several aligner stages treat a lead-in apart from the items under it (a
// lead-in pairs with a lead-in, a body's lead-in names whose list follows,
// a list's refrain is counted under paired lead-ins). The test is the text's
// last character, trailing blanks aside: ':' — and, for a task of the index,
// that it has the children it announces. One copy here (it had been written
// out in five stages).
#ifndef CONGVAN_SRC_ALIGN_LEAD_IN_H_
#define CONGVAN_SRC_ALIGN_LEAD_IN_H_

#include "align/task_index.h"
#include "congvan/document.h"

namespace congvan::align_internal {

// Whether the node's text, trailing blanks aside, ends in ':'.
bool IntroducesList(const Node& node);

// Whether task t's text ends in ':' and the list it announces is below it.
bool IntroducesList(const IndexedTask& t);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_LEAD_IN_H_
