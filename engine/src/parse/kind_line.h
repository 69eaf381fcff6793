// A title line that names the document's kind and nothing else ("LUẬT",
// "THÔNG TƯ"), even with a consolidation's note mark glued to it.
#ifndef CONGVAN_PARSE_KIND_LINE_H_
#define CONGVAN_PARSE_KIND_LINE_H_

#include <string_view>
#include <vector>

#include "congvan/grammar.h"

namespace congvan::parse {

// `line` without the note mark a consolidated text glues to its kind line
// ("THÔNG TƯ1", "QUYẾT ĐỊNH1", "NGHỊ ĐỊNH1": the Công báo's VBHN copies put
// note 1, which names the texts consolidated, on the kind), when `line` is
// that kind in capitals and one or two digits; else `line` as it is. A kind
// never ends in a digit, so the digits are the mark's.
std::string_view WithoutKindNoteMark(std::string_view line, const Grammar& grammar);

// The grammar's kind matches on `line`, read without such a mark.
std::vector<Grammar::MetaMatch> KindsOnLine(std::string_view line, const Grammar& grammar);

// Whether `line` names a kind and nothing more ("LUẬT", "NGHỊ QUYẾT",
// "THÔNG TƯ1"): a title whose name or subject is still to come.
bool NamesKindAlone(std::string_view line, const Grammar& grammar);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_KIND_LINE_H_
