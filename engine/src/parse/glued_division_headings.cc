// FindGluedDivisionHeadings(): a division heading glued after the title of
// the one above it.
//
// Drafting writes the title of a part, a chapter or a section in capitals
// ("Chương I", "NHỮNG QUY ĐỊNH CHUNG") and each heading on a line of its own;
// a portal's copy loses the breaks between a part and its first chapter, or
// a chapter and its first article, and glues them into one line. Read so,
// the line is one heading whose title runs on into the next one, and the
// glued chapter or article is lost (Phần thứ hai's "Chương I" unplaced, the
// article a chapter's title). The rule: a line that opens with a division's
// heading marker (a style the grammar gives a level other than the
// article's) whose title is in capitals — one word of capitals at least, no
// word with a lower-case letter — and then a word with a capital and lower
// case that the grammar reads, with what follows, as a heading marker of a
// level: the line is cut before that word. A title in capitals does not hold
// such a word ("QUY ĐỊNH CHUNG"), and a word with lower-case letters after a
// title in capitals is where the title ends; a reference inside a title is
// written in capitals too ("CHƯƠNG II"), so the heading found is a new place.
#include "parse/glued_division_headings.h"

#include "parse/wrapped_division_word.h"

namespace congvan::parse {
namespace {

bool IsDivision(const MarkerStyle& style) {
  return style.heading && !style.level.empty() && style.level != "article";
}

bool IsLevelled(const Grammar& grammar, const MarkerMatch& m) {
  const MarkerStyle& style = grammar.styles()[static_cast<size_t>(m.style)];
  return !style.level.empty() && m.value > 0;
}

// Where the heading glued after the title in capitals (from byte `title` of
// `text` on) begins; 0 when none does.
size_t GluedHeadingAfterTitle(std::string_view text, size_t title, const Grammar& grammar) {
  int capital_words = 0;
  size_t at = title;
  while (at < text.size()) {
    while (at < text.size() && text[at] == ' ') ++at;
    size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    const LetterCases cases = CountLetterCases(text.substr(at, end - at));
    if (cases.lower > 0) {
      if (capital_words == 0 || cases.upper == 0) return 0;
      for (const MarkerMatch& m : grammar.Match(text.substr(at))) {
        if (IsLevelled(grammar, m)) return at;
      }
      return 0;
    }
    if (cases.upper >= 2) ++capital_words;
    at = end;
  }
  return 0;
}

// The cut of `p` before a heading glued to the division heading it opens
// with; 0 when none.
size_t GluedHeading(const Paragraph& p, const Grammar& grammar) {
  const auto& styles = grammar.styles();
  const bool may_open_division = p.MayHaveMarkerStyle(
      [&](int style) { return style >= 0 && IsDivision(styles[static_cast<size_t>(style)]); });
  if (!may_open_division) return 0;
  const std::string_view text = p.text.view();
  for (const MarkerMatch& m : grammar.Match(text)) {
    if (!IsDivision(styles[static_cast<size_t>(m.style)]) || m.value <= 0) continue;
    if (size_t at = GluedHeadingAfterTitle(text, m.text_begin, grammar)) return at;
  }
  return 0;
}

}  // namespace

void FindGluedDivisionHeadings(const Paragraphs& paragraphs, const Grammar& grammar,
                               std::string_view buffer, std::vector<LineCut>& cuts) {
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const Paragraph& p = paragraphs[i];
    if (!CuttableParagraph(p, buffer)) continue;
    if (size_t at = GluedHeading(p, grammar)) cuts.push_back({i, at});
  }
}

}  // namespace congvan::parse
