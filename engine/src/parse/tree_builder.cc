// Stage 3 of parsing: paragraphs → task tree.
//
// A stack machine over marker styles (the open levels). For each paragraph:
//   1. a marker that continues an open level exactly (same style, next value
//      — 2 after 1, đ after d, "Thứ ba" after "Thứ hai", 2.2 after 2.1,
//      Điều 26a after Điều 26; any bullet after a bullet of its style) closes
//      the levels below it and becomes a sibling;
//   2. otherwise a marker that can open a list (value 1, a bullet, a decimal
//      whose prefix names an open item, the next article) opens a level under
//      the innermost item that may hold it;
//   3. otherwise a marker that continues an open level through damage — a
//      repeat or a gap of at most kMaxLostItems (sequence_fit.h) — continues
//      it, and is reported; when the next marker of the list shows that this
//      one was a misread of the expected number ("đ) đ) e)"), it is read as
//      that number and reported as repaired;
//   4. otherwise a marker opens a new top-level list when nothing can hold it;
//   5. otherwise it breaks its sequence ("20/24 targets", a stray "3.") and
//      the paragraph is plain text, reported.
// Strict styles (a bare "1 " before a capital) only continue their list or
// open one at 1 right under a numbered item; repair styles ("1," for "1.")
// only where the list expects them. A paragraph that lost its marker to OCR
// (". Tăng cường…" where "2." stood) is repaired when the list's next marker
// shows the number that is missing.
//
// Plain paragraphs attach under the innermost open *container*: a numbered
// item, an item that announces a list with ':' ("như sau:", "as follows:"),
// or a short bullet heading. A plain paragraph ending with ':' itself opens
// a level, so it owns the list it announces; a procedure's step ("Bước 2: …",
// the grammar's step cue) owns what follows it up to the next step. Paragraphs in quotation marks
// right after an announcer are the provisions an amending clause quotes:
// they become that clause's `quoted` tree, never items of this document.
//
// Before the first task is the preamble (with a news dateline as lead); a
// closing cue ("Trong quá trình thực hiện…", "./.") ends the body unless a
// later marker still continues an open list; an attached text (a plan after
// its decision) opens again as a top-level heading. A text with no numbering
// still yields tasks: after a list-announcing paragraph, under unnumbered
// headings, or one task per paragraph.
//
// This file is the machine placing one paragraph; the builder's state and
// the files of its other concerns (the body's edges, the open levels'
// questions, drafts, marker repairs, attached titles, quoted provisions,
// nodes) are named in tree_builder_state.h.
#include <algorithm>
#include <string>
#include <vector>

#include "parse/amendment_history.h"
#include "parse/parse_internal.h"
#include "parse/quote_regions.h"
#include "parse/tree_builder_state.h"
#include "parse/tree_passes.h"

namespace congvan::parse::tree_building {

std::vector<Node> TreeBuilder::Build() {
  size_t end = quoted_ ? ps_.size() : MarkTail();
  size_t begin = 0;
  if (!quoted_) {
    quote_region_ = FindQuoteRegions(ps_, grammar_, end);
    end = MarkFootnoteList(ps_, grammar_, end);
    MarkAmendmentHistory(ps_, grammar_, end);
    MarkSignaturesBeforeAttachments(end);
    begin = FindBodyStart(end);
    MarkPreamble(begin);
  }
  for (size_t i = begin; i < end; ++i) {
    PlaceOrGiveRole(i);
    placing_markers_.Forget();
    // Placing reads the markers of this paragraph and of later ones (the
    // lookahead), never of earlier ones. They are made when asked
    // (Paragraph::Markers) and go once the paragraph is placed: only those
    // of the lookahead are alive beside the growing drafts.
    ps_[i].ClearMarkers();
    // Nor are placed paragraphs read again (but those of a quotation not
    // yet flushed): their records go as placing goes, those with a role
    // (read by the blocks) kept aside (chunked_list.h).
    if (!quoted_) {
      size_t placed = quote_paragraphs_.empty() ? i + 1 : quote_paragraphs_.front();
      ps_.ReleaseBefore(placed, [](const Paragraph& p) { return p.role.has_value(); });
    }
  }
  FlushQuote();
  if (!quoted_) {
    // A paragraph without a role is in a draft now (text and spans moved);
    // blocks read only those with a role. The emptied records (48 bytes
    // each, one per task on a law) go before the nodes are made.
    ps_.KeepOnly([](const Paragraph& p) { return p.role.has_value(); });
  }
  // The drafts hold what the tasks need: the candidate markers left (of the
  // preamble and the tail) are not read again (blocks take roles, spans and
  // texts), so they go before the nodes are made.
  for (Paragraph& p : ps_) p.ClearMarkers();
  return Finish();
}

void TreeBuilder::PlaceOrGiveRole(size_t i) {
  if (ps_[i].role) return;  // decided by a pass (toc, footnote, signature)
  if (closed_ && !ps_[i].attachment_start) {
    ps_[i].role = PostBodyRole(ps_[i]);
    return;
  }
  Place(i);
}

bool TreeBuilder::IsContainer(const Draft& d) const {
  if (d.style == kHeadingStyle || d.step) return true;
  if (EndsWithColon(d.text)) return true;
  // A short unnumbered heading in capitals ("HƯỚNG DẪN ĐÁNH GIÁ") heads
  // the items below it.
  if (d.style == kUnnumbered)
    return MostlyUppercase(d.text) && AtMostWords(d.text, kMaxHeadingWords);
  if (!IsBulletStyle(d.style)) return true;
  // A short bullet without final punctuation heads what follows it.
  return !d.text.empty() && !EndsWithTerminalPunctuation(d.text) && d.text.back() != ',' &&
         AtMostWords(d.text, kMaxBulletHeadingWords);
}

// An item whose marker stood alone on its line takes the next paragraph as text.
namespace {

// How many source lines `spans` hold.
int LineCount(const LineSpans& spans) {
  int lines = 0;
  for (const LineSpan& s : spans) lines += s.last - s.first + 1;
  return std::max(lines, 1);
}

}  // namespace

bool TreeBuilder::FillEmptyItem(size_t i) {
  if (stack_.empty()) return false;
  Draft& top = DraftAt(Top());
  if (!top.text.empty() || top.style < 0) return false;
  top.text = std::move(ps_[i].text);
  top.spans.Append(ps_[i].spans);
  return true;
}

// A heading's title in capitals wrapped over two lines ("Chương II" /
// "KÝ KẾT HỢP ĐỒNG THỰC HIỆN" / "CÔNG VIỆC HỖ TRỢ, PHỤC VỤ"): the second
// line continues the title of the heading placed just before it. Over more
// lines the rest is a paragraph of several ("Mục 2" / "HOẠT ĐỘNG … MÔ HÌNH"
// / "GIẢM NGHÈO DO BỘ, …" / "ĐƠN VỊ … THỰC HIỆN", Công báo): a heading's
// line is short, so the bound on its words is counted per line it holds.
bool TreeBuilder::ExtendCapitalTitle(size_t i) {
  if (stack_.empty() || stack_.back() != last_placed_) return false;
  Draft& top = DraftAt(Top());
  std::string_view t = ps_[i].text;
  // The heading's own title may be OCR residue with hardly a letter
  // ("Chương III      SỐ" / "LE TANG CAP CAO"): the next line is its title.
  bool title_lost = LetterCount(top.text) < 3;
  if (top.style < 0 || OpenOf(top).last_child >= 0 || Quotes(stack_.back()) ||
      (!MostlyUppercase(top.text) && !title_lost) || !MostlyUppercase(t) ||
      !AtMostWords(t, kMaxHeadingWords * LineCount(ps_[i].spans)) ||
      EndsWithTerminalPunctuation(t)) {
    return false;
  }
  std::string joined(" ");
  joined.append(t);
  top.text += joined;
  top.spans.Append(ps_[i].spans);
  return true;
}

void TreeBuilder::Place(size_t i) {
  if (!consumed_.empty() && consumed_.count(i)) return;  // part of an attachment's title
  if (ps_[i].attachment_start) {
    OpenAttachment(i);
    return;
  }
  if (TakeQuoted(i)) return;
  // A marker that continues its list as printed needs no repair: the
  // continuation is sought first, each marker's level asked once.
  Continuation continuation = FindContinuation(i);
  if ((!continuation.printed_continues && PlaceRepairedMarker(i)) ||
      PlaceContinuation(i, continuation) || PlaceOpener(i, /*root_fallback=*/false) ||
      PlaceDamaged(i) || PlaceOpener(i, /*root_fallback=*/true) || PlaceLostMarker(i)) {
    return;
  }
  PlacePlain(i);
}

// A heading of legislation paragraph `i` (its `markers`) starts with, over an OCR speck
// read as a bullet ("_ ChươngV").
bool TreeBuilder::HasStructuralOpener(size_t i, MarkerRun markers) const {
  for (const MarkerMatch& m : markers) {
    if (StyleOf(m.style).rank <= structural_rank_ && !IsBulletStyle(m.style) && CanOpen(m, i)) {
      return true;
    }
  }
  return false;
}

TreeBuilder::Continuation TreeBuilder::FindContinuation(size_t i) const {
  Continuation out;
  // Asked once for both walks (each ask is a call and a test of the packed
  // answer).
  const MarkerRun markers = MarkersOf(i);
  bool heading = HasStructuralOpener(i, markers);
  for (const MarkerMatch& m : markers) {
    bool bullet = IsBulletStyle(m.style);
    if (heading && bullet) continue;
    unsigned mask = 0;
    int k = ExactLevel(m, &mask);
    if (k >= 0 && !bullet) out.printed_continues = true;
    if (k > out.level) {
      out.level = k;
      out.best = &m;
      out.sequence_mask = mask;
    }
  }
  return out;
}

// 1. Continue an open level exactly.
bool TreeBuilder::PlaceContinuation(size_t i, const Continuation& c) {
  if (c.best == nullptr) return false;
  unsigned mask = c.sequence_mask;
  PlaceItem(i, *c.best, c.level - 1, mask == 0 ? ~0u : mask);
  return true;
}

// 2./4. Open a new level: under the innermost item that may hold it, or
// (with root_fallback) at the top when nothing can.
bool TreeBuilder::PlaceOpener(size_t i, bool root_fallback) {
  const MarkerMatch* opener = nullptr;
  for (const MarkerMatch& m : MarkersOf(i)) {
    if (!CanOpen(m, i)) continue;
    if (opener == nullptr || StyleOf(m.style).rank < StyleOf(opener->style).rank) opener = &m;
  }
  if (opener == nullptr) return false;
  const MarkerStyle& s = StyleOf(opener->style);
  int parent = Top();
  bool sub = IsSubNumbering(s.kind);
  int named = sub ? FindByNumberPath(opener->prefix, s.parent_style) : -1;
  if (named >= 0) {
    parent = named;  // "2.2.1." belongs to "2.2." whatever the ranks say
  } else {
    while (parent >= 0 && !CanHold(DraftAt(parent), *opener)) --parent;
    if (parent < 0 && !stack_.empty() && !root_fallback) return false;
  }
  ReportOpeningGap(i, *opener);
  PlaceItem(i, *opener, parent);
  return true;
}

// A list opened past its first number: a heading or the first items the
// OCR lost ("Chương III" after "Chương I", "2." with no "1.").
void TreeBuilder::ReportOpeningGap(size_t i, const MarkerMatch& m) {
  const MarkerStyle& s = StyleOf(m.style);
  if (quoted_ || s.kind == OrdinalKind::kNone || IsSubNumbering(s.kind)) return;
  int expected = 1;
  auto last = last_continuous_.find(m.style);
  if (s.continuous && last != last_continuous_.end()) expected = last->second.value + 1;
  if (m.value == expected || (s.continuous && m.value == expected - 1 && !m.suffix.empty())) return;
  if (!s.continuous && TopHoldsInlineFirstItem(m)) return;  // its "(a)" is on the heading line
  std::string want = grammar_.RenderMarker(m, expected);
  Report(DiagnosticKind::kGap, ps_[i].spans.front().first,
         "'" + m.marker + "' opens where '" + want + "' was expected; items may be missing", want,
         m.marker);
}

// 5. Plain text.
void TreeBuilder::PlacePlain(size_t i) {
  Paragraph& p = ps_[i];
  if (p.HasMarkers()) ReportUnplaced(i);
  if (!heading_paragraphs_.empty() && heading_paragraphs_.count(i)) {
    PopTo(-1);
    int d = NewDraft(i, kHeadingStyle, nullptr);
    Attach(d, -1);
    Push(d);
    last_placed_ = d;
    return;
  }
  if (FillEmptyItem(i) || ExtendCapitalTitle(i)) return;
  if (!quoted_ && ClosesBody(i)) {
    p.role = BlockRole::kClosing;
    closed_ = true;
    return;
  }
  int parent = Top();
  while (parent >= 0 && !IsContainer(DraftAt(parent))) --parent;
  if (p.opens_step) {
    parent = StepParent(parent);
  } else {
    // A list announcer under another plain announcer becomes its sibling, so
    // chains of "...:" paragraphs do not nest without bound; a step owns the
    // announcers under it ("Bước 4: … theo công thức:" / "Trong đó:").
    if (parent >= 0 && EndsWithColon(p.text) && DraftAt(parent).style == kUnnumbered &&
        !DraftAt(parent).step)
      --parent;
    // A plain lead-in ("…, cụ thể như sau:") owns the list it announces; the
    // first plain paragraph after that list is back at the lead-in's level
    // ("(Nội dung cụ thể nêu tại Điều 7 …)").
    if (parent >= 0 && DraftAt(parent).style == kUnnumbered && ListEndedUnder(parent)) --parent;
  }
  // The lead-in of an article ("Trong Luật này, các từ ngữ dưới đây được
  // hiểu như sau:") introduces the article's own clauses: they stay the
  // article's children, at the same depth as in every other article.
  bool announces_list = EndsWithColon(p.text) && !(parent >= 0 && IsStructural(DraftAt(parent)));
  // A short heading in capitals ("HƯỚNG DẪN ĐÁNH GIÁ") heads the items below.
  bool capital_heading = MostlyUppercase(p.text) && AtMostWords(p.text, kMaxHeadingWords);
  PopTo(parent);
  int d = NewDraft(i, kUnnumbered, nullptr);
  DraftNo(d).step = p.opens_step;
  Attach(d, parent);
  if (announces_list || capital_heading || p.opens_step) {
    Push(d);
  } else {
    CloseOpenLevel(DraftNo(d));  // never an open level
  }
  last_placed_ = d;
}

// The parent of a procedure's step ("Bước 5: …"), from the innermost open
// container `parent`: the parent of the step open on the stack, whose
// sibling it is, or `parent` itself for the first step.
int TreeBuilder::StepParent(int parent) const {
  for (int k = parent; k >= 0; --k) {
    if (DraftAt(k).step) return k - 1;
  }
  return parent;
}

// Whether the plain lead-in at stack level `level` has read the list it
// announced: its last child is a marked item.
bool TreeBuilder::ListEndedUnder(int level) const {
  const Draft& lead_in = DraftAt(level);
  if (OpenOf(lead_in).last_child < 0) return false;
  return DraftNo(OpenOf(lead_in).last_child).style >= 0;
}

void TreeBuilder::ReportUnplaced(size_t i) {
  const MarkerMatch& m = MarkersOf(i).front();
  std::string expected;
  int style = EffectiveOf(m);
  for (int k = Top(); k >= 0 && expected.empty(); --k) {
    if (DraftAt(k).style == style) {
      expected = grammar_.RenderMarker(m, OpenOf(DraftAt(k)).position.value + 1,
                                       FirstSequence(OpenOf(DraftAt(k)).position.sequence_mask));
    }
  }
  Report(DiagnosticKind::kUnplaced, ps_[i].spans.front().first,
         "'" + m.marker + "' does not continue any open list; read as text", expected, m.marker);
}

}  // namespace congvan::parse::tree_building

namespace congvan::parse {

std::vector<Node> BuildTaskTree(Paragraphs& paragraphs, const Grammar& grammar, int max_depth,
                                std::vector<Diagnostic>& diagnostics) {
  RepairRomanHeadings(paragraphs, grammar, diagnostics);
  MarkTableOfContents(paragraphs, grammar);
  tree_building::TreeBuilder builder(paragraphs, grammar, max_depth, diagnostics);
  std::vector<Node> tasks = builder.Build();
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
  return tasks;
}

}  // namespace congvan::parse
