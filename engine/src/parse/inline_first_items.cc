// A numbered item's first child printed on the item's own heading line, the
// rest each on a line of its own: US and Philippine drafting puts a
// section's first subsection after the section's heading ("Sec. 2. Policy.
// (a) The …", "Section 20. Security of Personal Information. – (a) The
// personal information controller …" then "(b) The …"). The heading line is
// one paragraph — a line is never cut, the outline gives back the source's
// bytes — so its "(a)" is no item, and "(b)" found no list to continue: it
// was unplaced, or a list opened at 2 and reported as a gap. Here the inline
// marker counts as its list's first item: "(b)" opens the list under the
// item whose text holds "(a)", with no gap. The inline marker is read only
// where drafting puts it, as the first words after the heading's sentence (a
// full stop, then perhaps a dash or a copy's replacement characters for
// one), and only as the value 1 of the same style as the marker placed; a
// marker anywhere else on the line ("… under paragraph (a) of Section 3") is
// a reference, not an item.
#include <string_view>

#include "parse/parse_internal.h"
#include "parse/tree_builder_state.h"
#include "text/ascii_chars.h"

namespace congvan::parse::tree_building {

namespace {

// How far into an item's text its heading's sentence may end: a section's
// heading is a few words ("Security of Personal Information."); past this the
// text is the section's body.
constexpr size_t kMaxHeadingBytes = 200;
// A dash between the heading and its body, as printed or as a copy mangled
// it ("–", "—", "-", "ï¿½"): a short token with no ASCII letter or digit.
constexpr size_t kMaxDashBytes = 8;
constexpr size_t kMarkerContextBytes = 80;

using text::IsAsciiAlnum;
using text::SkipSpaces;

// `s` without a leading dash token and the spaces after it.
std::string_view SkipDash(std::string_view s) {
  size_t end = s.find(' ');
  if (end == std::string_view::npos || end == 0 || end > kMaxDashBytes) return s;
  std::string_view token = s.substr(0, end);
  if (token.front() == '(') return s;  // a marker, not a dash
  for (char c : token) {
    if (IsAsciiAlnum(c)) return s;
  }
  return SkipSpaces(s.substr(end));
}

}  // namespace

// Whether `text` opens with the marker numbered 1 of the effective `style`.
bool TreeBuilder::OpensWithFirstOfStyle(std::string_view text, int style) const {
  // A marker and the words its pattern looks at after it.
  for (const MarkerMatch& m : grammar_.Match(text.substr(0, kMarkerContextBytes))) {
    if (EffectiveOf(m) == style && m.value == 1) return true;
  }
  return false;
}

bool TreeBuilder::TopHoldsInlineFirstItem(const MarkerMatch& m) const {
  if (m.value != 2 || stack_.empty()) return false;
  // The item that would hold the list: the top, or the first open item ranked
  // above the marker under the items of deeper styles the inline first item
  // lists ("1(1)ARIA is not to be regarded—" / "(a) …" / "(b) …" / "(2)ARIA’s
  // property …": a UK Schedule's paragraph; "(2)" closes "(a)" and "(b)").
  const int rank = StyleOf(m.style).rank;
  int holder = Top();
  while (holder > 0 && DraftAt(holder).style >= 0 && RankOf(DraftAt(holder)) > rank) --holder;
  const Draft& top = DraftAt(holder);
  if (top.style < 0 || IsBulletStyle(top.style) || RankOf(top) >= rank) return false;
  std::string_view text = top.text;
  const int style = EffectiveOf(m);
  // The item's text itself may open with its first child ("Section 5. (a)
  // The head of …", no heading), or the first words after each sentence end
  // within the heading's reach may be it.
  if (OpensWithFirstOfStyle(text, style)) return true;
  for (size_t dot = text.find(". "); dot != std::string_view::npos && dot < kMaxHeadingBytes;
       dot = text.find(". ", dot + 1)) {
    std::string_view rest = SkipDash(SkipSpaces(text.substr(dot + 1)));
    if (rest.empty()) return false;
    if (OpensWithFirstOfStyle(rest, style)) return true;
  }
  return false;
}

}  // namespace congvan::parse::tree_building
