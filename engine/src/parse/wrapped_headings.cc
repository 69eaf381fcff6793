// Line roles, the rest of a wrapped division heading.
//
// A web copy wraps a heading's title ("Điều 112. Các" / "nguồn vốn để phát
// triển nhà ở", "Điều 119. Lập hồ sơ nhà" / "ở"): a line in lower case right
// after a heading whose title stops mid-phrase is that title's end, never a
// byline, a footer or noise of its own. No title of legislation ends its
// first line with a full stop or a semicolon, so one that does is done.

#include <vector>

#include "parse/line_roles.h"

namespace congvan::parse {

// The rest of a division heading that a web copy wrapped ("Điều 112. Các" /
// "nguồn vốn để phát triển nhà ở", "Điều 119. Lập hồ sơ nhà" / "ở"): a line in
// lower case right after a heading whose title stops mid-phrase is that title's
// end, never a byline, a footer or noise of its own. No title of legislation
// ends its first line with a full stop or a semicolon, so one that does is done.
void KeepWrappedHeadings(std::vector<SourceLine>& lines, const Grammar& grammar) {
  const SourceLine* previous = nullptr;
  for (SourceLine& line : lines) {
    if (line.blank) continue;
    bool rest_of_title =  // the roles first: most lines have none
        previous != nullptr && !previous->role &&
        (line.role == BlockRole::kNoise || line.role == BlockRole::kAuthor ||
         line.role == BlockRole::kFooter || line.role == BlockRole::kRunningHeader) &&
        StartsLowercase(line.text) && !EndsWithTerminalPunctuation(previous->text) &&
        OpensTitledDivision(*previous, grammar);
    if (rest_of_title) line.role.reset();
    previous = &line;
  }
}

}  // namespace congvan::parse
