// A bold heading's first word glued to the end of the line before it.
#ifndef CONGVAN_PARSE_GLUED_BOLD_OPENERS_H_
#define CONGVAN_PARSE_GLUED_BOLD_OPENERS_H_

#include <string>

#include "congvan/grammar.h"

namespace congvan::parse {

// Gives each division heading back the line it begins: where a line ends
// with a bold run opened after text (" **Article", " **Article 2. Import") and the next
// line closes the run with what completes a division marker of the grammar
// ("2. Charge payers**": "Article 2. Charge payers" is an article), the
// line break moves before the run ("…brokers.\n**Article 2. Charge
// payers**"). In place; bytes and line count unchanged. Returns whether any
// moved.
bool MoveGluedBoldOpeners(std::string& text, const Grammar& grammar);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_GLUED_BOLD_OPENERS_H_
