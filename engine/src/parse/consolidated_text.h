// Whether a document is a consolidated text (văn bản hợp nhất).
#ifndef CONGVAN_PARSE_CONSOLIDATED_TEXT_H_
#define CONGVAN_PARSE_CONSOLIDATED_TEXT_H_

#include <string>
#include <string_view>

#include "congvan/document.h"
#include "congvan/grammar.h"

namespace congvan::parse {

// A consolidated text numbers its notes into the text: the Ordinance on
// consolidation has every change it folds in marked by a note at the page's
// foot, so a note number glued to a marker ("3. 12 Tài liệu …") is one of
// them. Elsewhere a number after a marker is the text's own ("b) 2 Phó Chủ
// tịch"). The fact is read on the blocks outside the tasks (letterhead,
// title, preamble, notes, signature), where a consolidated text says what it
// is in one of three ways, each the grammar's:
// - a line opens with the consolidated kind (the report label
//   "consolidation-kind", as the "kind" patterns name it: the gazette's
//   section "VĂN BẢN HỢP NHẤT - BỘ Y TẾ", the certification "VĂN BẢN HỢP NHẤT");
// - a line holds a number of that kind (the "number-kind" patterns:
//   "Số: 14/VBHN-VPQH" above the certifying signature);
// - it announces the amending acts under its title (the amendment history,
//   amendment_history.h: the "preamble" footnote cue, "… được sửa đổi, bổ
//   sung bởi:"), which the Ordinance requires of every one; in whatever block
//   the top put it (the title's, when it runs on from the title).
// A grammar without the label has no consolidated texts.
bool IsConsolidatedText(const Document& doc, const Grammar& grammar);

// The consolidation's own number on a line that prints it as a document's
// number ("Số: 28/VBHN-VPQH", the grammar's "number" pattern, of the
// consolidated kind by its "number-kind"), or empty. The consolidating office
// prints it in its certification ("XÁC THỰC VĂN BẢN HỢP NHẤT"), which closes
// the text above the signature; a citation ("Văn bản hợp nhất số 28/VBHN-…")
// is not a number line.
std::string ConsolidationNumber(std::string_view line, const Grammar& grammar);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_CONSOLIDATED_TEXT_H_
