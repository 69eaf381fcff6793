// Attached texts: where a text a document carries (the plan a decision
// approves, the regulation it issues) begins. Part of stage 1 (line roles).
#ifndef CONGVAN_PARSE_ATTACHMENTS_H_
#define CONGVAN_PARSE_ATTACHMENTS_H_

#include <string_view>
#include <vector>

#include "congvan/grammar.h"
#include "parse/parse_internal.h"

namespace congvan::parse {

// Marks the first title line of each attached text (SourceLine::attachment_start),
// and the lines of an appendix that follows a text ("PHỤ LỤC I" over
// "(Kèm theo …)", up to the next attached text) as annex.
void MarkAttachments(std::vector<SourceLine>& lines, const Grammar& grammar);

// False only when the grammar's "attachment" patterns cannot match `text`:
// they open with an optional run of "*", "_" and spaces, then "(" or "[", on
// the folded text (FoldForCues). The fold turns "*", "_", a space or a tab
// into one of those (or a space), an ASCII letter or digit into a letter or
// digit, and a Latin letter with marks (U+00C0–U+027F, U+1E00–U+1EFF) into a
// letter or a code point past ASCII (bytes that are not UTF-8 into U+FFFD):
// so a line whose first byte past such a run opens one of those (or that has
// none) is no attachment line. Any other byte (a bracket, "“") is asked.
bool MayAnnounceAttachment(std::string_view text);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_ATTACHMENTS_H_
