// Markers OCR damaged or lost (tree_builder_state.h). A marker that
// continues its list through a repeat or a small gap continues it, and is
// reported; when the next marker of the list shows it was a misread of the
// expected number ("đ) đ) e)") it is read as that number. Where no printed
// marker continues a list, readings of the paragraph's start with the damage
// undone are tried — a speck before the marker, the grammar's OCR confusions
// ("a}" for "a)"), a footnote mark glued to the number ("1.3" for "1." and
// note 3) — and one is taken only where it continues an open list exactly
// (or opens one at 1 under the innermost item). A paragraph whose marker is
// gone (". Tăng cường…") takes the number the list's next marker shows is
// missing. A repair style ("1," for "1.") is reported with the list's own
// written form. Every repair is reported as a diagnostic.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "parse/parse_internal.h"
#include "parse/sequence_fit.h"
#include "parse/tree_builder_state.h"
#include "text/ascii_chars.h"

namespace congvan::parse::tree_building {
namespace {

using text::IsAsciiDigit;

// A paragraph that lost its marker to OCR: it opens with a stray ". " or ", "
// before a capital. Returns where its text begins, or 0.
size_t LostMarkerTextBegin(std::string_view s) {
  if (s.size() < 3 || (s[0] != '.' && s[0] != ',')) return 0;
  size_t i = 1;
  while (i < s.size() && s[i] == ' ') ++i;
  if (i == 1 || i >= s.size() || StartsLowercase(s.substr(i))) return 0;
  return LetterCount(s.substr(i, 4)) > 0 ? i : 0;
}

}  // namespace

// Whether a repair style ("1," for "1.") reads as `style`: only then is its
// written form asked for (ReportRepairedForm), so only then kept — a copy
// of the marker per item of every list was 12 % of placing an item.
bool TreeBuilder::IsRepairTarget(int style) {
  if (repair_targets_.empty()) {
    repair_targets_.assign(grammar_.styles().size() + 1, false);
    repair_targets_.back() = true;  // made
    for (const MarkerStyle& s : grammar_.styles()) {
      if (s.repairs >= 0) repair_targets_[static_cast<size_t>(s.repairs)] = true;
    }
  }
  return repair_targets_[static_cast<size_t>(style)];
}

// "1," where the list writes "1.": reported with the list's own form of
// the number, taken from a neighbouring item of the list.
void TreeBuilder::ReportRepairedForm(size_t i, const MarkerMatch& m, int line) {
  int style = EffectiveOf(m);
  std::string expected;
  if (const MarkerMatch* written = written_forms_.Of(style))
    expected = grammar_.RenderMarker(*written, m.value);
  size_t stop = std::min(ps_.size(), i + kLookahead);
  for (size_t j = i + 1; j < stop && expected.empty(); ++j) {
    for (const MarkerMatch& n : ps_[j].Markers(grammar_)) {
      if (n.style == style && expected.empty()) expected = grammar_.RenderMarker(n, m.value);
    }
  }
  Report(DiagnosticKind::kRepaired, line,
         "'" + m.marker + "' read as the damaged form of '" + expected + "'", expected, m.marker);
}

// The marker an item of `d`'s list would have with `value`.
std::string TreeBuilder::ExpectedMarker(const Draft& d, int value) const {
  if (d.style < 0 || d.marker.empty()) return std::to_string(value);
  MarkerMatch shape;
  shape.style = d.style;
  shape.marker = d.marker;
  shape.ordinal_text = OpenOf(d).ordinal_text;
  shape.prefix = OpenOf(d).position.prefix;
  return grammar_.RenderMarker(shape, value, FirstSequence(OpenOf(d).position.sequence_mask));
}

// 3. Continue an open level through a repeat or a small gap.
bool TreeBuilder::PlaceDamaged(size_t i) {
  for (const MarkerMatch& m : MarkersOf(i)) {
    const MarkerStyle& s = StyleOf(m.style);
    if (s.strict || s.repairs >= 0 || s.kind == OrdinalKind::kNone) continue;
    int style = EffectiveOf(m);
    for (int k = Top(); k >= 0; --k) {
      if (DraftAt(k).style != style) continue;
      SequenceFit fit = FitAfter(OpenOf(DraftAt(k)).position, m, grammar_);
      if (fit.fit == Fit::kNone && ResumesPastLostItems(i, m, OpenOf(DraftAt(k)).position)) {
        PlacePastLostItems(i, m, k);
        return true;
      }
      if (fit.fit == Fit::kNone || fit.fit == Fit::kExact) break;
      PlaceDamagedItem(i, m, k, fit);
      return true;
    }
  }
  return false;
}

// A list that resumes past more lost items than the window allows: a web
// copy drops the markers of the clauses its notes replaced ("7." then
// "Tác phẩm phái sinh là …" unmarked up to "14.", Luật Sở hữu trí tuệ's
// crawl), or a quotation lost its opening quote and its own "1." … "8."
// hid the amending law's next clause ("18. Bổ sung Điều 44a …"); every later
// item was read as text, each for want of the one before. A number past
// the window continues its list when the next two markers of the style
// above it go on from it ("14." / "15." / "16."; a restarted list's "1.",
// "2." between them is nested or quoted): a run of three, counted forward,
// is that list's numbering, not a stray number or a figure. Numbers only (a
// letter list's jump is another list's), never a decimal (its prefix names
// its parent), nor a division of legislation (a UK schedule's "Section 9"
// names the section that brings it in; CanOpen answers articles).
bool TreeBuilder::ResumesPastLostItems(size_t i, const MarkerMatch& m,
                                       const ListPosition& open) const {
  const MarkerStyle& s = StyleOf(m.style);
  if (s.continuous || s.rank <= structural_rank_ ||
      (s.kind != OrdinalKind::kArabic && s.kind != OrdinalKind::kRoman)) {
    return false;
  }
  if (m.value <= open.value + 1 + kMaxLostItems) return false;
  const int style = EffectiveOf(m);
  int want = m.value + 1;
  size_t stop = std::min(ps_.size(), i + kLookahead);
  for (size_t j = i + 1; j < stop && want <= m.value + kRunAfterLongGap; ++j) {
    if (ps_[j].role) continue;
    for (const MarkerMatch& n : ps_[j].Markers(grammar_)) {
      if (EffectiveOf(n) != style || n.value < m.value) continue;
      if (n.value != want) return false;
      ++want;
      break;
    }
  }
  return want > m.value + kRunAfterLongGap;
}

// Places `m`, which resumes its list past the open level `inner` of its
// style: under an outer level of the style that it continues exactly or
// within the window (the amending law's "12." after its "11." whose quoted
// article's "1.", "2." lost their quotes), else after `inner` with the gap
// reported.
void TreeBuilder::PlacePastLostItems(size_t i, const MarkerMatch& m, int inner) {
  const int style = EffectiveOf(m);
  for (int k = inner - 1; k >= 0; --k) {
    if (DraftAt(k).style != style) continue;
    SequenceFit fit = FitAfter(OpenOf(DraftAt(k)).position, m, grammar_);
    if (fit.fit == Fit::kExact) {
      PlaceItem(i, m, k - 1, fit.sequence_mask == 0 ? ~0u : fit.sequence_mask);
      return;
    }
    if (fit.fit != Fit::kNone) {
      PlaceDamagedItem(i, m, k, fit);
      return;
    }
  }
  SequenceFit gap;
  gap.fit = Fit::kGap;
  gap.expected = OpenOf(DraftAt(inner)).position.value + 1;
  PlaceDamagedItem(i, m, inner, gap);
}

void TreeBuilder::PlaceDamagedItem(size_t i, const MarkerMatch& m, int level,
                                   const SequenceFit& fit) {
  int line = ps_[i].spans.front().first;
  std::string expected = grammar_.RenderMarker(m, fit.expected, fit.expected_sequence);
  // The next marker of the list tells a misread from a lost item: after
  // "c)", "đ)" then "đ)" again means the first "đ)" was "d)".
  int next = NextValueOfStyle(i, EffectiveOf(m));
  unsigned mask = fit.sequence_mask == 0 ? ~0u : fit.sequence_mask;
  // A misread: the list goes on from the expected number ("c) đ) đ) e)"),
  // or a repeat that nothing after it explains ("a/ b/ b/" at the end).
  bool misread = next == fit.expected + 1 || (fit.fit == Fit::kRepeat && next != m.value + 1);
  if (misread && m.value != fit.expected) {
    MarkerMatch repaired = m;
    repaired.value = fit.expected;
    if (!repaired.sequence_values.empty()) {
      std::fill(repaired.sequence_values.begin(), repaired.sequence_values.end(), 0);
      repaired.sequence_values[static_cast<size_t>(fit.expected_sequence)] = fit.expected;
      mask = 1u << fit.expected_sequence;
    }
    Report(DiagnosticKind::kRepaired, line,
           "'" + m.marker + "' where '" + expected + "' was expected and the list goes on from '" +
               expected + "'; read as '" + expected + "'",
           expected, m.marker);
    PlaceItem(i, repaired, level - 1, mask);
    return;
  }
  if (fit.fit == Fit::kRepeat) {
    Report(DiagnosticKind::kRepeat, line,
           "'" + m.marker + "' repeats the number before it; expected '" + expected + "'", expected,
           m.marker);
  } else {
    Report(DiagnosticKind::kGap, line,
           "'" + m.marker + "' skips from the expected '" + expected + "'; items may be missing",
           expected, m.marker);
  }
  PlaceItem(i, m, level - 1, mask);
}

// A marker OCR damaged: a speck before it ("- 5.", "`  c)"), a misread
// character ("a}" for "a)", "€)" for "c)": the grammar's <ocr-confusions>),
// a footnote mark glued to it ("1.3" for "1." and note 3). A reading is
// taken only where it continues an open list exactly, and is reported.
// REQUIRES: no marker of paragraph `i` but a bullet continues an open level
// exactly (Continuation::printed_continues): then there is nothing to repair.
// Whether `m` is of a style numbered through the whole text (articles) and
// is the number after the last one placed.
bool TreeBuilder::ContinuesNumberingExactly(const MarkerMatch& m) const {
  if (!StyleOf(m.style).continuous) return false;
  auto last = last_continuous_.find(m.style);
  return last != last_continuous_.end() && FitAfter(last->second, m, grammar_).fit == Fit::kExact;
}

bool TreeBuilder::PlaceRepairedMarker(size_t i) {
  const Paragraph& p = ps_[i];
  // Whether the paragraph's markers as printed open a list: asked only
  // where a reading would open one (most paragraphs have no reading).
  int own_opens = -1;
  auto own_markers_open = [&] {
    if (own_opens < 0) {
      own_opens = 0;
      for (const MarkerMatch& m : MarkersOf(i))
        own_opens = own_opens || (!IsBulletStyle(m.style) && CanOpen(m, i));
    }
    return own_opens > 0;
  };
  for (const Reading& r : OcrReadings(p.text.view())) {
    for (MarkerMatch m : grammar_.Match(r.text)) {
      if (IsBulletStyle(m.style) || StyleOf(m.style).strict) continue;
      int k = ExactLevel(m);
      // A reading continues its list, or opens one at 1 right under the
      // innermost item ("1.3 Người …" first under an article).
      if (k < 0 && m.value == 1 && !own_markers_open() && !stack_.empty() &&
          CanHold(DraftAt(Top()), m)) {
        k = Top() + 1;
      }
      // Or it goes on with a numbering kept through the text, the first of
      // its style in a new division ("Mục 2" / "Điều 7.4 Thẩm quyền …" after
      // "Điều 6.", a consolidated text's note 4 glued to the number): it
      // opens under the innermost level that holds it, as PlaceOpener would
      // (which places a marker as printed that opens: no repair then).
      if (k < 0 && ContinuesNumberingExactly(m) && !own_markers_open()) {
        int parent = Top();
        while (parent >= 0 && !CanHold(DraftAt(parent), m)) --parent;
        k = parent + 1;
      }
      if (k < 0) continue;
      std::string found(p.text.view().substr(
          0, std::min(p.text.size(), r.source_prefix + m.text_begin - r.reading_prefix)));
      while (!found.empty() && found.back() == ' ') found.pop_back();
      Report(DiagnosticKind::kRepaired, p.spans.front().first,
             "'" + found + "' read as '" + m.marker + "', which its list expects", m.marker, found);
      m.text_begin = m.text_begin + r.source_prefix - r.reading_prefix;
      if (r.written)
        m.marker = found.substr(std::min(found.size(), r.speck));  // misread stays as printed
      unsigned mask =
          k <= Top() ? FitAfter(OpenOf(DraftAt(k)).position, m, grammar_).sequence_mask : 0;
      PlaceItem(i, m, k - 1, mask == 0 ? ~0u : mask);
      return true;
    }
  }
  return false;
}

std::vector<TreeBuilder::Reading> TreeBuilder::OcrReadings(std::string_view text) const {
  std::vector<Reading> out;
  // A speck before the marker.
  size_t k = 0;
  while (k < text.size() && k < 4 &&
         std::string_view("-_`'~:;.\"").find(text[k]) != std::string_view::npos)
    ++k;
  size_t skip = k;
  while (skip < text.size() && text[skip] == ' ') ++skip;
  if (k > 0 && (skip > k || k < text.size()))
    out.push_back({std::string(text.substr(skip)), skip, 0});
  // Misread characters in the marker ("Chương VỊ" for "Chương VI"), with
  // or without a speck before it ("-   ChươngVH" for "Chương VII").
  AddConfusionReading(text, 0, out);
  if (k > 0 && skip < text.size()) AddConfusionReading(text, skip, out);
  // A footnote mark glued to a number: "1.3 Người …" is "1." and note 3,
  // "Điều 32.5 (được bãi bỏ)" is "Điều 32." and note 5.
  size_t number = 0;  // where the marker's number begins
  while (number < text.size() && number < kMarkerHeadBytes && !IsAsciiDigit(text[number])) ++number;
  size_t digits = number;
  while (digits < text.size() && digits < number + 3 && IsAsciiDigit(text[digits])) ++digits;
  if (digits > number && digits + 2 < text.size() && text[digits] == '.' &&
      IsAsciiDigit(text[digits + 1])) {
    size_t end = digits + 2;
    while (end < text.size() &&
           std::string_view("0123456789!*'?").find(text[end]) != std::string_view::npos)
      ++end;
    if (end < text.size() && text[end] == ' ') {
      std::string reading(text.substr(0, digits + 1));
      reading += text.substr(end);
      out.push_back({std::move(reading), end, digits + 1});
    }
  }
  return out;
}

// The reading of `text` from byte `from` (after a speck) with OCR
// confusions undone in its first kMarkerHeadBytes, cut at a character
// boundary; added when it differs from the text.
void TreeBuilder::AddConfusionReading(std::string_view text, size_t from,
                                      std::vector<Reading>& out) const {
  size_t head_end = std::min(text.size(), from + kMarkerHeadBytes);
  while (head_end < text.size() && (static_cast<unsigned char>(text[head_end]) & 0xC0) == 0x80)
    --head_end;
  std::string_view head = text.substr(from, head_end - from);
  std::string fixed = grammar_.UndoOcrConfusions(head);
  if (fixed == head) return;
  size_t fixed_size = fixed.size();
  fixed += text.substr(head_end);
  out.push_back({std::move(fixed), head_end, fixed_size, true, from});
}

// A paragraph that lost its marker (". Tăng cường …" where "2." stood),
// when the list's next marker shows the number that is missing.
bool TreeBuilder::PlaceLostMarker(size_t i) {
  const Paragraph& p = ps_[i];
  size_t begin = LostMarkerTextBegin(p.text);
  if (begin == 0 || p.HasMarkers()) return false;
  for (int k = Top(); k >= 0; --k) {
    const Draft& d = DraftAt(k);
    if (d.style < 0 || IsBulletStyle(d.style)) continue;
    int expected = OpenOf(d).position.value + 1;
    if (NextValueOfStyle(i, d.style) != expected + 1) continue;
    MarkerMatch lost;
    lost.style = d.style;
    lost.marker = p.text.substr(0, 1);
    lost.value = expected;
    lost.prefix = OpenOf(d).position.prefix;
    lost.sequence_values = OpenOf(d).position.sequence_values;
    for (int& v : lost.sequence_values) v = v > 0 ? v + 1 : 0;
    lost.text_begin = begin;
    std::string want = ExpectedMarker(d, expected);
    Report(DiagnosticKind::kRepaired, p.spans.front().first,
           "paragraph opens with '" + lost.marker + "' where '" + want +
               "' was expected; read as item '" + want + "'",
           want, lost.marker);
    PlaceItem(i, lost, k - 1, OpenOf(d).position.sequence_mask);
    return true;
  }
  return false;
}

}  // namespace congvan::parse::tree_building
