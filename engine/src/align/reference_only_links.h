// Links made of cross-references only: a provision paired into an article
// that is not its own article's counterpart, when the two provisions share
// nothing once their cross-references are taken out, is unpaired.
//
// The decree 102/2017 → 99/2022 linked "a) Các giấy tờ nêu tại các điểm a, b
// và d khoản 1 Điều này;" (old Điều 37, the documents of a ship file) to "đ)
// Đăng ký thay đổi, xóa đăng ký đối với trường hợp quy định tại các điểm a, b
// và d khoản này." (new Điều 25, the cases registered at a land office),
// cosine 0.61: the points a, b and d of some clause, and nothing else. Inside
// two articles that correspond the place speaks for a pair and the residue
// rule decides such a pair by where it stands; across articles nothing does,
// so the text must, and a reference is not text of the provision
// (cross_references.h). Rule, before the groups: every pair of provisions
// of legislation (inside articles, neither a merge piece) whose enclosing
// articles are not counterparts (one to one, or a merge piece and its whole)
// and whose cosine without the cross-references of either is under
// reworded_min is undone. Same language only: across languages the numbering
// is the evidence (feature_space.h's structural anchors).
//
// The same holds of the words every article of the document uses
// (subject_vocabulary.h): the decree linked old Điều 32's "Hợp đồng thế chấp
// tàu biển (01 bản chính hoặc 01 bản sao có chứng thực);" (the ship file) to
// new Điều 26's "Hợp đồng thế chấp quyền tài sản phát sinh từ hợp đồng mua
// bán nhà ở (…)" by "hợp đồng thế chấp" and the copy formula; Luật Đầu tư
// công 2024 Điều 30 khoản 2 (a province's investment decision) to 2019 Điều
// 55 khoản 5 (its medium-term plan) by "Ủy ban nhân dân cấp tỉnh", "đầu tư
// công", "Thủ tướng Chính phủ". So such a pair must also be alike without
// the subject vocabulary — unless the two articles' headings are alike
// (cosine of their own texts ≥ reworded_min): then the articles are about one
// thing, the subject words are theirs, and a provision may well have moved
// between them (an article split in two, as Luật Đất đai 2013 Điều 40 into
// 2024 Điều 66 and 67, or a clause moved to the article that now holds its
// topic: Luật Nhà ở 2014 Điều 112 khoản 3 → 2023 Điều 60 khoản 2, "Việc cải
// tạo, xây dựng lại nhà chung cư phải được thực hiện theo dự án …"), which the
// article alignment at this stage does not know yet.
#ifndef CONGVAN_SRC_ALIGN_REFERENCE_ONLY_LINKS_H_
#define CONGVAN_SRC_ALIGN_REFERENCE_ONLY_LINKS_H_

#include <optional>
#include <vector>

#include "align/assignment.h"
#include "align/subject_vocabulary.h"

namespace congvan::align_internal {

// Undoes the pairs described above. `merge_into` (demotions.h,
// sibling_merges.h): per old task, the new task it is merged into, or -1.
void UnlinkReferenceOnlyPairs(const AlignInput& input, const std::vector<int>& merge_into,
                              Matching* matching);

// Whether old provision o and new provision n, of articles a and b that do
// not correspond, are alike by their own words: their cosine without
// cross-references and defined names, and — unless the headings of a and b
// are alike — without the subject vocabulary too, at least reworded_min.
// `subject` is counted on first use.
bool AlikeByOwnWords(const AlignInput& input, int o, int n, int a, int b,
                     std::optional<SubjectVocabulary>* subject);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_REFERENCE_ONLY_LINKS_H_
