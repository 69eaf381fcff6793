// The list of amending acts under a consolidated text's title (see
// amendment_history.h). Approach: one walk over the paragraphs before the
// first division heading finds the announcing paragraph by the grammar's cue
// (the language's words live there); the items below it are recognised by
// what every one of them carries whatever the language, a document number
// with its year ("08/2023/TT-BLĐTBXH", "84/2015/QH13"), and end at the basis
// (the grammar's basis cue) or a heading.
#include "parse/amendment_history.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "congvan/text_fold.h"

namespace congvan::parse {
namespace {

// A document number with its year: digits, '/', four digits, '/'.
bool NamesNumberedAct(std::string_view text) {
  for (size_t slash = text.find('/'); slash != std::string_view::npos;
       slash = text.find('/', slash + 1)) {
    if (slash == 0 || text[slash - 1] < '0' || text[slash - 1] > '9') continue;
    if (slash + 5 < text.size() && text[slash + 5] == '/' &&
        text.substr(slash + 1, 4).find_first_not_of("0123456789") == std::string_view::npos)
      return true;
  }
  return false;
}

bool OpensDivision(const Paragraph& p, const Grammar& grammar) {
  for (const MarkerMatch& m : p.Markers(grammar)) {
    if (!grammar.styles()[static_cast<size_t>(m.style)].level.empty()) return true;
  }
  return false;
}

// Whether the paragraph announces the list: a footnote cue of role preamble.
// A sentence announcing a list ends with a colon (as the cue says): the
// other paragraphs are not folded and matched (most texts have no list).
bool AnnouncesHistory(const Paragraph& p, const Grammar& grammar) {
  const std::string_view text = p.text.view();
  if (text.empty() || text.back() != ':') return false;
  const std::string folded = FoldEndsForCues(p.text);
  const int cue = grammar.MatchCue("footnote", folded);
  return cue >= 0 && grammar.role_cues()[static_cast<size_t>(cue)].role == BlockRole::kPreamble;
}

// The items from `first` on, each naming a numbered act, up to the basis or
// a heading: the index after the last one, and whether the basis ends them.
// A paragraph with a role (a page's header or number) is passed over.
std::pair<size_t, bool> HistoryItems(const Paragraphs& paragraphs, const Grammar& grammar,
                                     size_t first, size_t end) {
  size_t after = first;
  for (size_t k = first; k < end; ++k) {
    const Paragraph& p = paragraphs[k];
    if (p.role) continue;
    // Before the first item, only an item matters: what ends the list
    // (basis, heading, anything else) ends it empty.
    if (after == first && !NamesNumberedAct(p.text.view())) return {after, false};
    if (grammar.MatchCue("basis", FoldEndsForCues(p.text)) >= 0) return {after, true};
    if (OpensDivision(p, grammar)) return {after, false};
    // An item names its act; an unnumbered paragraph after one is its rest
    // (the joiner may cut an item at a short line).
    const bool rest_of_item = after > first && p.Markers(grammar).empty();
    if (!NamesNumberedAct(p.text.view()) && !rest_of_item) return {after, false};
    after = k + 1;
  }
  return {after, false};
}

}  // namespace

// The list stands under the title: a text whose first paragraphs hold no
// heading is not searched to its end (a letter of thousands of paragraphs).
constexpr size_t kHeadParagraphs = 64;

void MarkAmendmentHistory(Paragraphs& paragraphs, const Grammar& grammar, size_t end) {
  size_t intro = 0;
  for (; intro < std::min(end, kHeadParagraphs); ++intro) {
    const Paragraph& p = paragraphs[intro];
    if (AnnouncesHistory(p, grammar)) break;
    if (OpensDivision(p, grammar)) break;
  }
  size_t first = 0;
  if (intro < std::min(end, kHeadParagraphs) && AnnouncesHistory(paragraphs[intro], grammar)) {
    paragraphs[intro].role = BlockRole::kPreamble;
    first = intro + 1;
  }
  // Without the announcing paragraph (the top took it into the title's
  // lines), the items must open the body, numbered, and end at the basis: an
  // ordinary text lists no numbered acts before its basis.
  auto [after, at_basis] = HistoryItems(paragraphs, grammar, first, end);
  if (first == 0 && (!at_basis || after == 0 || paragraphs[0].Markers(grammar).empty())) return;
  for (size_t k = first; k < after; ++k) {
    if (!paragraphs[k].role) paragraphs[k].role = BlockRole::kPreamble;
  }
}

}  // namespace congvan::parse
