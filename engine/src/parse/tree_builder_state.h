// The tree builder's state (tree_builder.cc): what placing paragraphs into a
// task tree holds while it works — the drafts (one per task, attached once
// under an open level), the stack of open levels, the body's edges, the
// quotation being collected, and the buffers making the nodes reuses. The
// builder is one class whose member functions live in the files of their
// concern: tree_builder.cc (the stack machine placing one paragraph),
// open_level_questions.cc (what a marker may open, continue or be held by),
// tree_drafts.cc (making and attaching drafts), body_bounds.cc (where the
// body begins and ends), marker_repairs.cc (markers OCR damaged or lost),
// attached_titles.cc (an attached text's title), quoted_provisions.cc (the
// provisions an amending clause quotes) and tree_nodes.cc (drafts made into
// nodes). Only those files include this header; the parse stages call
// BuildTaskTree (parse_internal.h).
#ifndef CONGVAN_PARSE_TREE_BUILDER_STATE_H_
#define CONGVAN_PARSE_TREE_BUILDER_STATE_H_

#include <algorithm>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "parse/chunked_store.h"
#include "parse/open_levels.h"
#include "parse/parse_internal.h"
#include "parse/path_components.h"
#include "parse/placing_markers.h"
#include "parse/sequence_fit.h"
#include "parse/written_form.h"

namespace congvan::parse::tree_building {

constexpr int kUnnumbered = -1;    // style id of a plain paragraph
constexpr int kHeadingStyle = -2;  // synthetic style of unnumbered headings
constexpr int kMaxHeadingWords = 14;
constexpr int kMaxBulletHeadingWords = 30;
constexpr size_t kLookahead = 200;         // paragraphs a closing or a repair looks ahead
constexpr int kRunAfterLongGap = 2;        // markers after a long gap that must go on from it
constexpr size_t kMaxAttachmentTitle = 4;  // paragraphs of an attachment's title
constexpr size_t kMarkerHeadBytes = 16;    // where OCR confusions in a marker are looked for

// A draft's path component ("2", "đ", "26a", "1234"): up to seven bytes held
// in the draft, a longer one (a decimal suffix, a long letter run) by the
// builder beside it (TreeBuilder::long_path_components_). 8 bytes, not a
// 16-byte CompactString: one per task of a law at the end of placing.
class ShortPathComponent {
 public:
  static constexpr size_t kMaxInline = 7;
  // Whether `s` is held here; when not, the caller keeps it aside.
  bool Set(std::string_view s) {
    if (s.size() > kMaxInline) return false;
    s.copy(bytes_, s.size());
    size_ = static_cast<std::uint8_t>(s.size());
    return true;
  }
  std::string_view view() const { return {bytes_, size_}; }

 private:
  char bytes_[kMaxInline] = {};
  std::uint8_t size_ = 0;
};

// A task while the tree is built: one per task of a law, all alive at the end
// of placing with the paragraph records, the parse's memory peak. So it holds
// no list of its children, only its parent: a draft is attached once, right
// after it is made, under an open level with every deeper level closed
// (Attach), so a draft's subtree is the run of drafts made right after it, in
// order, and Finish walks them knowing only how many children each has. The rank
// is the style's. 64 bytes in arrays of 256 (72 with a 16-byte span list, 80 with a 16-byte path
// component; was 136 and 144 with a children vector, then 104 and 112 with its open state boxed and
// its quoted provisions inline, then 88 with a 24-byte SharedText): the open state is a slot number
// (OpenLevel) and the quoted provisions, which few provisions have, are kept by the builder.
struct Draft {
  // The effective style, or kUnnumbered / kHeadingStyle (a grammar has a few
  // dozen styles).
  std::int16_t style = kUnnumbered;
  bool attachment = false;  // the title of an attached text
  bool step = false;        // a procedure's step ("Bước 2: …"): owns what follows it
  int value = 0;            // position.value, kept for the node once the level is closed
  int parent = -1;          // the draft it is attached under, or -1 (a root)
  union {
    int open = -1;    // while placing: its OpenLevel slot while it may be an open level, else -1
    int child_count;  // once placing is over (CountChildren): how many drafts it holds
  };
  CompactString marker;  // as the Node's (15 bytes inline)
  // "2", "đ", "26a"; when longer than it holds, in long_path_components_.
  ShortPathComponent path_component;
  SharedText text;
  LineSpans spans;
};
static_assert(sizeof(void*) != 8 || sizeof(Draft) == 56, "Draft grew");

constexpr int kUnrankedStyle = 100;  // the rank of a draft without a marker style

inline bool EndsWithColon(std::string_view s) { return !s.empty() && s.back() == ':'; }

// Styles whose marker names its parent ("2.1.", "a1)", "2.1.a.").
inline bool IsSubNumbering(OrdinalKind kind) {
  return kind == OrdinalKind::kDecimal || kind == OrdinalKind::kLetterNumber ||
         kind == OrdinalKind::kDecimalLetter;
}

// Builds the task tree of paragraphs (tree_builder.cc has the approach), or
// with `quoted` the small tree of the provisions an amending clause quotes.
class TreeBuilder {
 public:
  TreeBuilder(Paragraphs& ps, const Grammar& g, int max_depth, std::vector<Diagnostic>& diagnostics,
              bool quoted = false)
      : ps_(ps),
        grammar_(g),
        max_depth_(max_depth),
        diagnostics_(diagnostics),
        quoted_(quoted),
        path_components_(g),
        styles_(g.styles()),
        effective_styles_(EffectiveStyles(g)),
        structural_rank_(g.structural_rank()) {}

  std::vector<Node> Build();

 private:
  // ---- Placing one paragraph (tree_builder.cc) ------------------------------

  // The marker of paragraph `i` that continues an open level exactly, the
  // innermost such level (over a heading of legislation, not a bullet), and
  // whether any marker not a bullet continues one: then no OCR repair is
  // sought (PlaceRepairedMarker).
  struct Continuation {
    const MarkerMatch* best = nullptr;
    int level = -1;
    unsigned sequence_mask = 0;  // FitAfter's at `level` (asked once, not again to place it)
    bool printed_continues = false;
  };

  void PlaceOrGiveRole(size_t i);
  void Place(size_t i);
  bool HasStructuralOpener(size_t i, MarkerRun markers) const;
  Continuation FindContinuation(size_t i) const;
  bool PlaceContinuation(size_t i, const Continuation& c);
  bool PlaceOpener(size_t i, bool root_fallback);
  void ReportOpeningGap(size_t i, const MarkerMatch& m);
  void PlacePlain(size_t i);
  bool IsContainer(const Draft& d) const;
  bool FillEmptyItem(size_t i);
  bool ExtendCapitalTitle(size_t i);
  int StepParent(int parent) const;
  bool ListEndedUnder(int level) const;
  void ReportUnplaced(size_t i);

  // The markers of paragraph `i`, the one being placed, made into the
  // builder's reused record (placing_markers.h); later paragraphs (the
  // lookahead) are read through Paragraph::Markers.
  MarkerRun MarkersOf(size_t i) const { return placing_markers_.Of(i, ps_[i], grammar_); }

  // ---- The body's edges (body_bounds.cc) ------------------------------------

  size_t MarkTail();
  bool IsSignatureCue(const Paragraph& p) const;
  bool IsCapitalsTitle(const Paragraph& p) const;
  bool IsSignatureLike(const Paragraph& p) const;
  void MarkSignaturesBeforeAttachments(size_t end);
  size_t FindBodyStart(size_t end);
  size_t UnnumberedBodyStart(size_t end);
  bool IsBasisOrHeader(const Paragraph& p) const;
  void MarkPreamble(size_t begin);
  BlockRole PostBodyRole(const Paragraph& p);
  bool ClosesBody(size_t i) const;

  // ---- Styles and open levels (open_level_questions.cc) ---------------------

  // The grammar's styles, held once: asked a few times per item, and the
  // grammar's accessor is a call into another file each time.
  const MarkerStyle& StyleOf(int style) const { return styles_[static_cast<size_t>(style)]; }

  static std::vector<int> EffectiveStyles(const Grammar& g);
  int EffectiveOf(const MarkerMatch& m) const {
    return effective_styles_[static_cast<size_t>(m.style)];
  }

  // A bullet ("-", "+") has no value; a division or article style without one
  // (the Pháp điển's "Điều 8.1.LQ.37.", named by a code) is a heading, not a bullet.
  bool IsBulletStyle(int style) const {
    return style >= 0 && StyleOf(style).kind == OrdinalKind::kNone && StyleOf(style).level.empty();
  }

  int RankOf(const Draft& d) const { return d.style >= 0 ? StyleOf(d.style).rank : kUnrankedStyle; }

  Draft& DraftAt(int level) { return DraftNo(stack_[static_cast<size_t>(level)]); }
  const Draft& DraftAt(int level) const { return DraftNo(stack_[static_cast<size_t>(level)]); }
  Draft& DraftNo(int index) { return drafts_[static_cast<size_t>(index)]; }
  // The open state of a draft that may still be an open level.
  // REQUIRES: d.open >= 0.
  OpenLevel& OpenOf(const Draft& d) const { return open_levels_[d.open]; }
  int NewOpenLevel() { return open_levels_.Take(); }
  // Whether the draft holds quoted provisions.
  bool Quotes(int draft) const {
    auto quoted = quoted_nodes_.find(draft);
    return quoted != quoted_nodes_.end() && !quoted->second.empty();
  }
  // The draft is no open level from now on; its slot is given back, emptied.
  void CloseOpenLevel(Draft& d) {
    if (d.open < 0) return;
    open_levels_.GiveBack(d.open);
    d.open = -1;
  }
  const Draft& DraftNo(int index) const { return drafts_[static_cast<size_t>(index)]; }
  int Top() const { return static_cast<int>(stack_.size()) - 1; }

  int FindByNumberPath(std::span<const int> path, int style) const;
  static bool NumberPathIs(const ListPosition& p, std::span<const int> path) {
    return path.size() == p.prefix.size() + 1 && path.back() == p.value &&
           std::equal(p.prefix.begin(), p.prefix.end(), path.begin());
  }
  bool CanOpen(const MarkerMatch& m, size_t paragraph) const;
  // Whether the innermost open item's text holds, right after its heading's
  // sentence, the first item of `m`'s list ("Sec. 2. Policy. (a) The …"
  // before "(b)"): inline_first_items.cc.
  bool TopHoldsInlineFirstItem(const MarkerMatch& m) const;
  bool OpensWithFirstOfStyle(std::string_view text, int style) const;
  bool ValueOfStyleAhead(size_t i, int style, int value) const;
  int ExactLevel(const MarkerMatch& m, unsigned* sequence_mask = nullptr) const;
  bool CanHold(const Draft& parent, const MarkerMatch& m) const;
  bool StyleIsOpen(int style) const;
  int NextValueOfStyle(size_t i, int style) const;
  bool ArticleIsOpen() const;

  // Parts, chapters, sections and articles: the levels of legislation, down
  // to the continuous style (articles).
  bool IsStructural(const Draft& d) const {
    if (d.attachment) return true;  // an attached plan's title heads its sections
    return d.style >= 0 && !IsBulletStyle(d.style) && RankOf(d) <= structural_rank_;
  }

  // ---- Drafts (tree_drafts.cc) ----------------------------------------------

  int NewDraft(size_t paragraph, int style, const MarkerMatch* m, unsigned mask = ~0u);
  void Attach(int draft, int parent_level);
  // Closes the levels below `level`: placing never reads a closed level's
  // open state again, so it goes.
  void PopTo(int level) {
    if (static_cast<size_t>(level + 1) != stack_.size()) CloseBelow(level);
  }
  void CloseBelow(int level);
  void Push(int draft);
  void ReportDepth(int draft);
  void PlaceItem(size_t i, const MarkerMatch& m, int parent, unsigned mask = ~0u);

  void Report(DiagnosticKind kind, int line, const std::string& message,
              const std::string& expected, const std::string& found) {
    diagnostics_.push_back({kind, line, message, expected, found});
  }

  // ---- Damaged and lost markers (marker_repairs.cc) -------------------------

  // Readings of a paragraph's start with OCR damage undone. A reading is
  // `text`, whose first `reading_prefix` bytes stand for the paragraph's
  // first `source_prefix` bytes; the rest is the paragraph's own text.
  struct Reading {
    std::string text;
    size_t source_prefix = 0;
    size_t reading_prefix = 0;
    bool written = false;  // the marker keeps its printed form ("€)" read as c))
    size_t speck = 0;      // bytes of a speck before the printed marker
  };

  bool IsRepairTarget(int style);
  void ReportRepairedForm(size_t i, const MarkerMatch& m, int line);
  std::string ExpectedMarker(const Draft& d, int value) const;
  bool PlaceDamaged(size_t i);
  bool ResumesPastLostItems(size_t i, const MarkerMatch& m, const ListPosition& open) const;
  void PlacePastLostItems(size_t i, const MarkerMatch& m, int inner);
  void PlaceDamagedItem(size_t i, const MarkerMatch& m, int level, const SequenceFit& fit);
  bool PlaceRepairedMarker(size_t i);
  bool ContinuesNumberingExactly(const MarkerMatch& m) const;
  std::vector<Reading> OcrReadings(std::string_view text) const;
  void AddConfusionReading(std::string_view text, size_t from, std::vector<Reading>& out) const;
  bool PlaceLostMarker(size_t i);

  // ---- Attached texts (attached_titles.cc) ----------------------------------

  void OpenAttachment(size_t i);
  bool MayJoinTitle(const Paragraph& p) const;
  bool IsAttachingLine(const Paragraph& p) const;
  size_t AttachingParagraph(size_t i) const;
  size_t ClosingParenthesis(size_t a) const;
  bool TitleShaped(const Paragraph& p) const;
  void TakeIntoTitle(Draft& heading, size_t j);

  // ---- Quoted provisions (quoted_provisions.cc) -----------------------------

  bool TakeQuoted(size_t i);
  void FlushQuote();

  // ---- Output (tree_nodes.cc) -----------------------------------------------

  // A style's id and level as the nodes hold them: interned once per style,
  // not looked up in the process's name table for every node.
  struct StyleNames {
    bool made = false;
    InternedName id;
    InternedName level;
  };

  void CountChildren();
  const StyleNames& NamesOf(int style);
  std::vector<Node> Finish();
  void MakeSiblingPathsUnique(Node& parent, size_t prefix);
  std::string_view LongPathComponent(int index, const Draft& d) const;
  void MakeNode(int index, int position, Node& n, int* next);

  Paragraphs& ps_;
  const Grammar& grammar_;
  int max_depth_;
  std::vector<Diagnostic>& diagnostics_;
  bool quoted_;  // building the small tree of quoted provisions
  // One per task, in chunks that MakeNode frees as it makes their nodes:
  // drafts and nodes are then never all alive at once (ChunkedStore).
  ChunkedStore<Draft> drafts_;
  std::vector<int> roots_;
  std::vector<int> stack_;  // open levels, indices into drafts_
  // The open state of the drafts that may still be open levels (Draft::open),
  // each at a fixed address. Its slots are placing's state, read and written
  // through const questions.
  OpenLevels open_levels_;
  // The provisions an amending draft quotes (its `quoted` node list), by
  // draft index: few drafts have them.
  std::unordered_map<int, VectorBox<Node>> quoted_nodes_;
  // Path components longer than a draft holds (ShortPathComponent), by draft
  // index: hardly any.
  std::unordered_map<int, std::string> long_path_components_;
  std::unordered_set<size_t> heading_paragraphs_;
  std::vector<std::string_view> sibling_paths_;  // MakeSiblingPathsUnique's buffers
  std::vector<std::uint64_t> sibling_words_;
  std::string path_;                             // MakeNode: the path of the node made
  std::vector<StyleNames> style_names_;          // by style index, made when first asked
  PathComponents path_components_;               // each draft's, letters rendered once
  const std::vector<MarkerStyle>& styles_;       // Grammar::styles()
  std::vector<int> effective_styles_;            // by style: EffectiveStyle
  std::map<int, ListPosition> last_continuous_;  // style → last item (articles)
  WrittenForms written_forms_;                   // style → its last marker as written
  mutable PlacingMarkers placing_markers_;       // the markers of the paragraph being placed
  std::vector<bool> repair_targets_;             // by style (and a last "made"): IsRepairTarget
  int structural_rank_;                          // Grammar::structural_rank()
  bool closed_ = false;
  bool depth_reported_ = false;
  int last_placed_ = -1;                 // the draft placed last
  std::unordered_set<size_t> consumed_;  // paragraphs taken into an attachment's title
  // The quotation being collected: its owner draft and paragraphs.
  int quote_owner_ = -1;
  std::vector<size_t> quote_paragraphs_;
  std::vector<int> quote_region_;  // paragraph → quotation region id, or -1
  int quote_region_id_ = -1;
};

}  // namespace congvan::parse::tree_building

#endif  // CONGVAN_PARSE_TREE_BUILDER_STATE_H_
