// Paper kinds: the papers of a file are paired by the kind each is named by.
//
// A provision that lists a file ("hồ sơ … gồm:", an article "Hồ sơ đăng ký
// …") names each paper by its kind first ("Phiếu yêu cầu", "Văn bản thông
// báo", "Hợp đồng", "Giấy chứng nhận"); the words after the kind say which
// paper of that kind it is, and may name another paper: "Phiếu yêu cầu đăng ký
// văn bản thông báo về việc xử lý tài sản thế chấp" is the request form, not
// the notice it asks to register. Between two versions the kind stays when
// the rest is rewritten ("Phiếu yêu cầu theo Mẫu số 04a tại Phụ lục"), so by
// its words the old form is liker the new notice (decree 102/2017 Điều 28,
// 36, 45 → 99/2022: 0.41–0.58) than the new form, and the old notice is left
// without a partner. Rule, once the articles and the clauses of merges are
// settled: for a one-to-one pair (x, y) of two items of files, no piece of a
// split or merge, that name no kind in common (two kinds agree when the
// words of one open the other: "hợp đồng", "hợp đồng thế chấp"), when
// exactly one sibling y' of y names x's kind and it has no counterpart, x
// is paired with y' instead; and when exactly one sibling x' of x names y's
// kind and it has no counterpart, or is only a piece of a merge into a task
// outside y's list (a paper merged into another file's provision), y is
// paired with x' (taken out of that merge). An item is of a file
// when its parent (or the parent's parent inside the article) says "hồ sơ";
// the kinds it names are the longest of the language's kinds its text opens
// with and the one after each alternative word ("Hợp đồng mua bán tài sản
// đấu giá … hoặc Văn bản xác nhận kết quả thi hành án" accepts either paper:
// the old "Văn bản xác nhận kết quả xử lý tài sản bảo đảm của cơ quan thi
// hành án" stays its partner). The kinds, the file words and the alternative
// words are data (<file-papers> in <align-words>, align_vocabulary.h); a
// language without them reads no paper.
#ifndef CONGVAN_SRC_ALIGN_PAPER_KINDS_H_
#define CONGVAN_SRC_ALIGN_PAPER_KINDS_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Re-pairs papers of files by their kinds (see above), in `matching` and the
// counterparts of `groups`. After the heading clauses.
void PairPapersByKind(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_PAPER_KINDS_H_
