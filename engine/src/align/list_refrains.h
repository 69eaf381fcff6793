// List refrains: two items of corresponding lists that agree only in the
// words their lists repeat are not one item.
//
// The items of a list of duties or rights repeat the list's subject in each
// line — its refrain — and differ by what comes before it, the act. Nghị
// định 102/2017 Điều 66 khoản 3 lists the Ministry of Transport's duties
// "… đăng ký biện pháp bảo đảm bằng tàu bay, tàu biển" six times, and
// 99/2022 Điều 55 khoản 4 does the same five times; old điểm b) "Hướng dẫn
// cơ quan đăng ký … cập nhật, tích hợp thông tin … vào Hệ thống dữ liệu quốc
// gia …" (dropped) and new điểm b) "Theo dõi thi hành pháp luật về đăng ký …"
// (added) share the refrain and their letter, and were paired (text 0.36,
// place and ordinal doing the rest); so were the province's "b) Xây dựng
// hệ thống đăng ký … tại địa phương" and "b) Quản lý nhà nước đối với hoạt
// động đăng ký … tại địa phương". Rule, last of the pairing stages: a pair
// (o, n) one to one, both leaves, whose parents are lead-ins (text ending in
// ':') paired one to one, each announcing three items at least, is unpaired
// when, the refrain taken away — the syllables (case-folded, function words
// of the grammar left out) found in more than half of the items of o's list
// or of n's — each keeps two syllables at least, they share none, and they
// open differently (their first two words). The opening guards the items
// whose act is itself the list's refrain (Luật Đất đai 2013 → 2024, the
// lessee's rights: "Cho thuê tài sản thuộc sở hữu của mình gắn liền với đất
// thuê …" is "Cho thuê tài sản … gắn liền với đất, cho thuê lại quyền thuê
// …"). Same language only.
#ifndef CONGVAN_SRC_ALIGN_LIST_REFRAINS_H_
#define CONGVAN_SRC_ALIGN_LIST_REFRAINS_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Unpairs the list items that share only their lists' refrain (see above),
// in `matching` and the counterparts of `groups`. Last of the pairing stages.
void UnpairItemsSharingOnlyTheRefrain(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_LIST_REFRAINS_H_
