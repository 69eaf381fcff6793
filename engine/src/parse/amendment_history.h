// The list of amending acts under a consolidated text's title.
#ifndef CONGVAN_PARSE_AMENDMENT_HISTORY_H_
#define CONGVAN_PARSE_AMENDMENT_HISTORY_H_

#include <cstddef>

#include "congvan/grammar.h"
#include "parse/parse_internal.h"

namespace congvan::parse {

// A consolidated text (văn bản hợp nhất) names, under its title, the act it
// consolidates and the acts that amended it: "Thông tư số 21/2021/TT-BLĐTBXH
// …, có hiệu lực kể từ ngày …, được sửa đổi, bổ sung bởi:" / "1. Thông tư số
// 08/2023/TT-BLĐTBXH … có hiệu lực kể từ …" / "2. Thông tư số 02/2024/…".
// That is the text's metadata, like its basis below it, not its first tasks
// (numbered, the items opened the body and the whole text nested under "2.").
// The announcing paragraph is the one a grammar footnote cue of role
// "preamble" matches, before the first division heading; it and the items
// after it, each naming a numbered act ("08/2023/…"), get the role preamble,
// up to the basis, a heading, or a paragraph that names no act. Paragraphs,
// not lines: the lines stay body text for the paragraph joiner's statistics.
void MarkAmendmentHistory(Paragraphs& paragraphs, const Grammar& grammar, size_t end);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_AMENDMENT_HISTORY_H_
