// Announced bodies: a lead-in rewritten to announce the provision moved under
// it.
//
// When a new version moves a provision under a lead-in of another article as
// that lead-in's body, it rewrites the lead-in to say so: Thông tư 29/2021
// Điều 6 khoản 1 "Xác định tên nghề, công việc cần đánh giá, xác định điều
// kiện lao động." became Thông tư 03/2025 Điều 4 khoản 1 điểm a "Xác định tên
// nghề, công việc cần đánh giá, xác định điều kiện lao động, quy mô lấy mẫu:",
// and the paragraph under it is old Điều 9 khoản 1 điểm b on sampling ("Quá
// trình chọn mẫu … quy mô của cơ sở … đại diện vùng, miền lấy mẫu"). The point
// now carries both old provisions: its words from the first, the announcement
// "quy mô lấy mẫu" from the second. The one-to-one matching pairs the lead-in
// with the first and the paragraph with the second, so the second's share in
// the point is lost.
// Rule: new task n with children, its text ending with ':' (it introduces
// what follows), matched one to one with old o1; a child p of n matched one
// to one with old o2, o2 outside o1's subtree (moved in from elsewhere); the
// words n has that o1 has not (weighted, features absent from o1's vector)
// are at least kMinGainedShare of n's weight — a real announcement, not a
// changed ending — and at least kMinAnnouncedInBody of them are o2's. Then o2
// is also a piece of a merge of o1 and o2 into n; both pairs stay (a task in
// two changes, as in shared_pieces.h). Same language only.
#ifndef CONGVAN_SRC_ALIGN_ANNOUNCED_BODIES_H_
#define CONGVAN_SRC_ALIGN_ANNOUNCED_BODIES_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Adds the merges described above to `groups`; `matching` is unchanged.
void JoinAnnouncedBodies(const AlignInput& input, const Matching& matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_ANNOUNCED_BODIES_H_
