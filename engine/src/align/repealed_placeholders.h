// Repealed placeholders: a consolidated text keeps the number of a repealed
// provision and writes the repeal in place of its text ("Điều 17. (được bãi
// bỏ)", "1. (được bãi bỏ)"), so that the numbers after it do not move. The
// provision under that number in the earlier version is the same provision,
// now repealed; the diff should say so (its text → "(được bãi bỏ)"), not
// drop the old provision and add a new one that only says it is gone.
//
// Why a stage: the placeholder shares no word with the text it replaces, so
// no candidate, score or later stage ever pairs the two; only the number and
// the place can. Rule: a task whose own text is only the grammar's repeal
// phrase (the report label `consolidation-repealed-text`, "(được bãi bỏ)" in
// vi.xml; folded, brackets, final punctuation and glued footnote numbers of a
// Công báo text ignored) and that has no counterpart yet is paired with the
// one task of the other version, also without counterpart, that has the same
// marker, the same kind (division or provision) and a parent that
// corresponds to the placeholder's parent (both at the top level counts).
// Either side may hold the placeholder (a diff run backwards, from the
// consolidated text to the original). Nothing happens when the grammar has
// no repeal phrase (en.xml today) or when the two versions differ in
// language. Measured on Thông tư 07/2023/TT-BLĐTBXH → VBHN 156/VBHN-BLĐTBXH
// (Công báo text): old Điều 17, 18, 19 and Điều 20 khoản 1, dropped before,
// now each go to their "(được bãi bỏ)" (DESIGN.md, "The aligner on
// legislation", branch pairs-cb9).
#ifndef CONGVAN_SRC_ALIGN_REPEALED_PLACEHOLDERS_H_
#define CONGVAN_SRC_ALIGN_REPEALED_PLACEHOLDERS_H_

#include <string>

#include "align/groups.h"

namespace congvan::align_internal {

// The language's repeal phrase reduced to its letters; empty when the grammar
// has none.
std::string RepealPhrase(const AlignInput& input);

// Whether leaf t's own text is only the repeal phrase (a placeholder).
bool IsPlaceholder(const IndexedTask& t, const std::string& phrase);

// Pairs each free repeal placeholder with the free provision its number and
// place name in the other version (see above), in `matching` and the
// counterparts of `groups`. After the groups and the stages that add to them.
void PairRepealedPlaceholders(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_REPEALED_PLACEHOLDERS_H_
