// The head a US Federal Register document opens with: the caption
// ("[Federal Register Volume 81, Number 241 (Thursday, December 15, 2016)]"),
// then "AGENCY: Surface Transportation Board." / "ACTION: Final rules." above
// the SUMMARY. The lines are read as tasks (they are short lines of prose);
// the metadata reads them as it reads a portal's box.
#ifndef CONGVAN_PARSE_RULE_HEAD_H_
#define CONGVAN_PARSE_RULE_HEAD_H_

#include <string_view>
#include <vector>

#include "congvan/document.h"
#include "congvan/grammar.h"

namespace congvan::parse {

// The texts of the document's opening (its blocks and first tasks) when they
// hold a rule head: an agency and an action the grammar's "site" patterns
// for issuer and kind both find. Empty otherwise, so the head's patterns are
// never asked of a document without one.
std::vector<std::string_view> RuleHeadTexts(const Document& doc, const Grammar& grammar);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_RULE_HEAD_H_
