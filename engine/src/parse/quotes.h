// Quotation marks around quoted provisions: an amending clause ("Sửa đổi
// khoản 2 Điều 5 như sau:") is followed by the new text in quotes, “2. …”,
// over one or many paragraphs (quoted as a whole or paragraph by paragraph).
#ifndef CONGVAN_PARSE_QUOTES_H_
#define CONGVAN_PARSE_QUOTES_H_

#include <string>
#include <string_view>

#include "congvan/shared_text.h"

namespace congvan::parse {

// The paragraph opens with a quotation mark (“ " « ‘ „), after spaces.
bool StartsWithOpeningQuote(std::string_view text);

// The paragraph ends a quotation: a closing mark (” " » ’), optionally
// followed by the amending sentence's own punctuation (".", ";", ",", "./.")
// and a footnote number.
bool EndsWithClosingQuote(std::string_view text);

// Opening marks minus closing marks (typographic ones only; ASCII '"' opens
// and closes alike and counts zero).
int QuoteBalance(std::string_view text);

// The text without its opening mark (when it starts with one) and without
// its closing mark and what follows it (when it ends with one).
SharedText StripQuotes(const SharedText& text);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_QUOTES_H_
