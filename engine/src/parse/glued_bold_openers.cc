// MoveGluedBoldOpeners(): a division heading whose bold run opens at the end
// of the line before it.
//
// A legal portal's Markdown (thuvienphapluat.vn's copies, their English
// free previews most of all) joins a paragraph and the heading after it
// into one run of words and wraps the run near 80 columns, wherever a word
// ends: "…real estate brokers. **Article" / "2. Charge payers**". The first
// line is read as the paragraph's end and the second as a numbered item
// ("2."), so the article becomes a clause of the article before it. The
// heading's opening word is not the paragraph's: a bold run opened on the
// last word of a line and closed on the next line is one phrase, and when
// that phrase opens with a division marker of the grammar (its style names a
// level: "Article 2.", "Điều 9.", "Chương II") it is a heading, which opens
// its line. The run may open on the heading's word alone or on more of it
// ("… individuals. **Article 2. Import tariff-rate" / "quotas**"). The line
// break moves before the run: the space before "**" and the break after the
// run's first piece change places, so no byte is added or lost and
// every line keeps its number (the heading is then wholly on the second).
#include "parse/glued_bold_openers.h"

#include <string_view>

namespace congvan::parse {
namespace {

// A heading's first piece: "Article", "Điều", "Article 2. Import tariff-rate".
constexpr size_t kMaxOpenerBytes = 100;

size_t CountRuns(std::string_view line) {
  size_t count = 0;
  for (size_t at = line.find("**"); at != std::string_view::npos; at = line.find("**", at + 2)) {
    ++count;
  }
  return count;
}

// The run's first piece when `line` ends with " **…" that opens a run (an
// odd number of "**" on the line) after some text: "Article" or "Article 2.
// Import tariff-rate"; empty otherwise.
std::string_view GluedOpener(std::string_view line) {
  // Only the line's last kMaxOpenerBytes + 3 bytes can hold the run's opening
  // (the parse asks every line: no scan of a whole long line).
  const size_t tail = line.size() > kMaxOpenerBytes + 3 ? line.size() - kMaxOpenerBytes - 3 : 0;
  const size_t found = line.substr(tail).rfind(" **");
  if (found == std::string_view::npos) return {};
  const size_t run = tail + found;
  if (run == 0) return {};
  const std::string_view piece = line.substr(run + 3);
  if (piece.empty() || piece.size() > kMaxOpenerBytes || piece.front() == ' ' ||
      piece.find('*') != std::string_view::npos || CountRuns(line) % 2 == 0) {
    return {};
  }
  return piece;
}

// Whether the run's first piece and its rest on `next` (up to its closing
// "**") open with a division marker of the grammar.
bool OpensDivision(std::string_view opener, std::string_view next, const Grammar& grammar) {
  const size_t close = next.find("**");
  if (close == std::string_view::npos || close == 0 || next.front() == ' ') return false;
  const std::string phrase = std::string(opener) + " " + std::string(next.substr(0, close));
  for (const MarkerMatch& found : grammar.Match(phrase)) {
    if (!grammar.styles()[static_cast<size_t>(found.style)].level.empty()) return true;
  }
  return false;
}

}  // namespace

bool MoveGluedBoldOpeners(std::string& text, const Grammar& grammar) {
  // Most texts hold no bold run at all (plain text, Word, PDF): one search.
  if (text.find("**") == std::string::npos) return false;
  bool moved = false;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = text.find('\n', start);
    if (end == std::string::npos) break;
    std::string_view line(text.data() + start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string_view opener = GluedOpener(line);
    if (opener.empty() || line.size() != end - start) {
      start = end + 1;
      continue;
    }
    const size_t next_end = std::min(text.find('\n', end + 1), text.size());
    const std::string_view next(text.data() + end + 1, next_end - end - 1);
    if (OpensDivision(opener, next, grammar)) {
      // " **Article 2. Import\n" becomes "\n**Article 2. Import ": the space
      // before the run and the break after it change places.
      text[start + line.size() - opener.size() - 3] = '\n';
      text[end] = ' ';
      moved = true;
    }
    start = end + 1;
  }
  return moved;
}

}  // namespace congvan::parse
