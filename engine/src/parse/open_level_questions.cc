// The questions placing asks of the open levels (tree_builder_state.h),
// none of which changes them: whether a marker may open a list here (value
// 1, a bullet, a decimal naming an open item, the next article, a list whose
// first items OCR lost), which open level it continues exactly, whether an
// open item may hold a new list of its style, and what the lookahead shows of a
// style's next marker. The marker styles' effective ids are read from a
// table made once per builder.
#include <algorithm>
#include <string>
#include <vector>

#include "parse/parse_internal.h"
#include "parse/sequence_fit.h"
#include "parse/tree_builder_state.h"

namespace congvan::parse::tree_building {

bool TreeBuilder::ArticleIsOpen() const {
  for (int k : stack_) {
    const Draft& d = DraftNo(k);
    if (d.style >= 0 && StyleOf(d.style).continuous) return true;
  }
  return false;
}

// EffectiveStyle (sequence_fit.h) read from a table made once per builder.
std::vector<int> TreeBuilder::EffectiveStyles(const Grammar& g) {
  std::vector<int> out(g.styles().size());
  MarkerMatch m;
  for (size_t k = 0; k < out.size(); ++k) {
    m.style = static_cast<int>(k);
    out[k] = EffectiveStyle(m, g);
  }
  return out;
}

// Level index of an open item whose number path equals `path` (of style
// `style`, or of any numbered style when it is -1).
int TreeBuilder::FindByNumberPath(std::span<const int> path, int style) const {
  for (int k = Top(); k >= 0; --k) {
    const Draft& d = DraftAt(k);
    if (d.style < 0 || IsBulletStyle(d.style) || !NumberPathIs(OpenOf(d).position, path)) continue;
    if (style < 0 || d.style == style) return k;
  }
  return -1;
}

bool TreeBuilder::CanOpen(const MarkerMatch& m, size_t paragraph) const {
  const MarkerStyle& s = StyleOf(m.style);
  if (s.kind == OrdinalKind::kNone) return true;
  if (s.repairs >= 0) {
    return m.value == 1 && NextValueOfStyle(paragraph, s.repairs) == 2;
  }
  if (s.strict) {
    return m.value == 1 && !stack_.empty() && DraftAt(Top()).style >= 0 &&
           !IsBulletStyle(DraftAt(Top()).style) && RankOf(DraftAt(Top())) < s.rank;
  }
  if (IsSubNumbering(s.kind)) {
    if (FindByNumberPath(m.prefix, s.parent_style) >= 0) return m.value == 1 || quoted_;
    if (m.value != 1 || s.kind != OrdinalKind::kDecimal) return false;
    // A text may open directly with "1.1." when it has no "1." heading.
    return stack_.empty() &&
           std::all_of(m.prefix.begin(), m.prefix.end(), [](int v) { return v == 1; });
  }
  if (m.value == 1) return true;
  // The list's first item printed on its parent's heading line ("Section
  // 20. Security of Personal Information. – (a) The …" then "(b) The …").
  if (!s.continuous && !StyleIsOpen(EffectiveOf(m)) && TopHoldsInlineFirstItem(m)) return true;
  // A list whose first items the OCR lost ("2." then "3.", no "1."): the
  // next marker of the style shows the list goes on from here.
  if (!s.continuous && m.value <= 1 + kMaxLostItems && !StyleIsOpen(EffectiveOf(m)) &&
      NextValueOfStyle(paragraph, EffectiveOf(m)) == m.value + 1) {
    return true;
  }
  // A division named by its word ("Tiểu mục 2", "Mục 2") whose first one
  // the copy lost or glued to another line: the word makes it a heading
  // wherever it opens, within the window of lost items.
  if (s.heading && !s.continuous && s.rank < grammar_.structural_rank() &&
      m.value <= 1 + kMaxLostItems && !StyleIsOpen(m.style)) {
    return true;
  }
  // Quoted provisions start wherever the amended text does ("“2. …”").
  if (quoted_ && !StyleIsOpen(m.style)) return true;
  // Articles are numbered through the whole text: "Điều 5" opens under
  // Chương II right after "Điều 4" closed with Chương I.
  auto last = last_continuous_.find(m.style);
  if (!s.continuous) return false;
  // An excerpt may begin at any chapter or article ("Chapter IV … Article
  // 64"): the first of its style opens where the next one continues it.
  if (last == last_continuous_.end()) {
    return NextValueOfStyle(paragraph, m.style) == m.value + 1;
  }
  // A heading the OCR lost ("Chương III" after "Chương I") does not stop
  // the numbering: a small gap opens too, and is reported when placed.
  Fit fit = FitAfter(last->second, m, grammar_).fit;
  if (fit == Fit::kExact || fit == Fit::kGap) return true;
  // A longer run the copy broke ("Điều" / "26." split over two lines, so
  // Điều 26-30 are text): the numbering resumes where the next heading of
  // the style continues this one ("Điều 31." then "Điều 32."), unless the
  // expected heading still comes (an amending law's "Điều 7." after the
  // unquoted articles "Điều 46.", "Điều 47." it inserts).
  return m.value > last->second.value && NextValueOfStyle(paragraph, m.style) == m.value + 1 &&
         !ValueOfStyleAhead(paragraph, m.style, last->second.value + 1);
}

// Whether a later paragraph has a marker of `style` with `value` (the whole
// rest of the text: only asked when a heading jumps past the window).
bool TreeBuilder::ValueOfStyleAhead(size_t i, int style, int value) const {
  for (size_t j = i + 1; j < ps_.size(); ++j) {
    if (ps_[j].role) continue;
    for (const MarkerMatch& m : ps_[j].Markers(grammar_)) {
      if (EffectiveOf(m) == style && m.value == value) return true;
    }
  }
  return false;
}

// The innermost open level that `m` continues exactly, or -1; with
// `sequence_mask`, the fit's alternatives there (placing reads them).
int TreeBuilder::ExactLevel(const MarkerMatch& m, unsigned* sequence_mask) const {
  int style = EffectiveOf(m);
  for (int k = Top(); k >= 0; --k) {
    const Draft& d = DraftAt(k);
    if (d.style != style) continue;
    if (SequenceFit fit = FitAfter(OpenOf(d).position, m, grammar_); fit.fit == Fit::kExact) {
      if (sequence_mask != nullptr) *sequence_mask = fit.sequence_mask;
      return k;
    }
    if (!IsSubNumbering(StyleOf(style).kind)) return -1;  // the style's list breaks here
  }
  return -1;
}

// May the item at `parent` hold a new list of style `m`?
bool TreeBuilder::CanHold(const Draft& parent, const MarkerMatch& m) const {
  int style = EffectiveOf(m);
  if (EndsWithColon(parent.text)) return true;
  // A heading in capitals without a number holds lists, not the parts,
  // chapters and articles of legislation.
  if (parent.style == kUnnumbered) return StyleOf(style).rank > structural_rank_;
  if (parent.style == kHeadingStyle) return true;
  // A list that starts right under a numbered heading ("1. Nhiệm vụ chung"
  // then "Thứ nhất, …") belongs to it, whatever the default ranks say,
  // unless its style is already open higher up.
  if (&parent == &DraftAt(Top()) && !IsBulletStyle(parent.style) &&
      !EndsWithTerminalPunctuation(parent.text) && !StyleIsOpen(style)) {
    return true;
  }
  int rank = StyleOf(style).rank;
  if (RankOf(parent) < rank) return true;
  return IsBulletStyle(style) && parent.style != style && !IsBulletStyle(parent.style);
}

bool TreeBuilder::StyleIsOpen(int style) const {
  for (int k : stack_) {
    if (DraftNo(k).style == style) return true;
  }
  return false;
}

// The value of the next marker of `style` (effective) after paragraph `i`,
// within the lookahead, or 0.
int TreeBuilder::NextValueOfStyle(size_t i, int style) const {
  size_t stop = std::min(ps_.size(), i + kLookahead);
  for (size_t j = i + 1; j < stop; ++j) {
    if (ps_[j].role) continue;
    for (const MarkerMatch& m : ps_[j].Markers(grammar_)) {
      if (EffectiveOf(m) == style) return m.value;
    }
  }
  return 0;
}

}  // namespace congvan::parse::tree_building
