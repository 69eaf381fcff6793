// RestoreBoldRunPieces(): a bold heading wrapped inside its "**" run.
//
// A legal portal's Markdown (thuvienphapluat.vn pages as converters keep
// them) wraps lines near 80 columns wherever a word ends, bold runs too:
// "**Chương" / "I**", "**Điều" / "9. Xử lý vi phạm**", "**XỬ" / "LÝ VI
// PHẠM**". The line-role stage reads each physical line alone, and a
// numeral or a word in capitals alone on its line is noise there (a stray
// "I", a piece of a letterhead). Inside a run that the line above opened, or
// that the line opens and the line right below closes, it is neither: it is
// a piece of the heading, and the paragraph stage joins the run (its bold
// rule) once the piece is body text again. Only noise is given back; a line
// that some cue claimed (signature, recipients, header) keeps its role.
#include "parse/bold_run_pieces.h"

namespace congvan::parse {
namespace {

bool IsNoise(const SourceLine& line) { return line.role == BlockRole::kNoise; }

// The line right below `i` (no blank between) closes the run `i` opened.
bool ClosedRightBelow(const std::vector<SourceLine>& lines, size_t i) {
  if (i + 1 >= lines.size()) return false;
  const SourceLine& below = lines[i + 1];
  return !below.blank && !below.role && below.continues_run && below.closes_run;
}

// The line above `i` (no blank between) opened the run that `i` closes.
bool ClosesRunOpenedAbove(const std::vector<SourceLine>& lines, size_t i) {
  if (i == 0) return false;
  const SourceLine& above = lines[i - 1];
  return !above.blank && !above.role && above.opens_bold_run && lines[i].continues_run &&
         lines[i].closes_run;
}

}  // namespace

void RestoreBoldRunPieces(std::vector<SourceLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    SourceLine& line = lines[i];
    if (!IsNoise(line)) continue;
    bool opens_closed_run = line.opens_bold_run && ClosedRightBelow(lines, i);
    if (opens_closed_run || ClosesRunOpenedAbove(lines, i)) line.role.reset();
  }
}

}  // namespace congvan::parse
