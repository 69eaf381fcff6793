// File lead-ins: a file's lead-in goes with its first paper when the new
// version lists the papers as the article's own clauses.
//
// A provision on a procedure lists a file in a lead-in ("1. Người yêu cầu
// đăng ký nộp 01 bộ hồ sơ đăng ký thay đổi … sau đây:") whose items are the
// papers, the first of them the request that opens the file ("a) Phiếu yêu
// cầu đăng ký thay đổi (01 bản chính);"). When a new version names the file
// in the article's heading ("Điều 32. Hồ sơ đăng ký thay đổi …") and lists
// the papers as the article's clauses ("1. Phiếu yêu cầu theo Mẫu số 02a tại
// Phụ lục (01 bản chính)."), or folds the lead-in and the request into one
// clause ("3. Hồ sơ xóa đăng ký bao gồm Phiếu yêu cầu theo Mẫu số 03b … và
// nộp thêm …"), no clause stands where the lead-in stood: what it said (who
// files which file) now opens the clause that holds the request. Both the
// lead-in and its first paper are that clause (decree 102/2017 → 99/2022:
// old Điều 29, 43, 47 → new Điều 39 khoản 3, Điều 32 khoản 1, Điều 33
// khoản 1). Rule, after the papers are paired by kind: an old provision
// that introduces a list (ends in ':') and names a file in its opening
// (the language's file words, "hồ sơ"), whose first item opens with a
// paper kind, is merged into the new clause its first item is paired with
// — or, the item free, into the one free clause of the counterpart article
// that opens with that kind — when that clause stands directly under a new
// article counterpart of the lead-in's article. The lead-in may leave a
// one-to-one partner that introduces nothing (a leaf, no list): a weak
// guess by words, never a file's lead-in. Words as data: the kinds and the
// file words of <file-papers> (align/paper_kinds.h); a language without
// them reads no file.
#ifndef CONGVAN_SRC_ALIGN_FILE_LEAD_INS_H_
#define CONGVAN_SRC_ALIGN_FILE_LEAD_INS_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Merges file lead-ins into the clause holding their first paper (see
// above), in `matching` and `groups`. After the papers are paired by kind.
void JoinFileLeadInsToTheirFirstPaper(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_FILE_LEAD_INS_H_
