// Stage 3 of parsing: paragraphs → task tree.
//
// A stack machine over marker styles (the open levels). For each paragraph:
//   1. a marker that continues an open level (same style, next value — 2
//      after 1, đ after d, "Thứ ba" after "Thứ hai", 2.2 after 2.1; any
//      bullet after a bullet of its style) closes the levels below it and
//      becomes a sibling;
//   2. otherwise a marker that can open a list (value 1, a bullet, or a
//      decimal whose prefix names an open item) opens a level under the
//      innermost item that may hold it;
//   3. otherwise it breaks its sequence ("20/24 targets", a stray "3.") and
//      the paragraph is plain text.
// Plain paragraphs attach under the innermost open *container*: a numbered
// item, an item that announces a list with ':' ("như sau:", "as follows:"),
// or a short bullet heading. A plain paragraph ending with ':' itself opens
// a level, so it owns the list it announces.
//
// Before the first task is the preamble (with a news dateline as lead); a
// closing cue ("Trong quá trình thực hiện…", "./.") ends the body. A text
// with no numbering still yields tasks: after a list-announcing paragraph,
// under unnumbered headings, or one task per paragraph.
#include <algorithm>
#include <map>
#include <unordered_set>
#include <string>
#include <vector>

#include "parse/parse_internal.h"

namespace congvan::parse {
namespace {

constexpr int kUnnumbered = -1;      // style id of a plain paragraph
constexpr int kHeadingStyle = -2;    // synthetic style of unnumbered headings
constexpr int kMaxHeadingWords = 14;
constexpr int kMaxBulletHeadingWords = 30;

struct Draft {
  int paragraph = -1;
  int style = kUnnumbered;
  int rank = 100;
  int value = 0;
  std::vector<int> number_path;  // decimal components or {value}
  std::string marker;
  std::string ordinal_text;
  std::string text;
  std::vector<LineSpan> spans;
  std::vector<int> children;
  bool container = false;
};

bool EndsWithColon(std::string_view s) { return !s.empty() && s.back() == ':'; }

std::string Trimmed(std::string s) {
  size_t begin = 0;
  while (begin < s.size() && (s[begin] == ' ' || s[begin] == '\t')) ++begin;
  s.erase(0, begin);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  return s;
}

// A short line without final punctuation followed by a longer paragraph:
// an unnumbered heading in a news report.
bool IsUnnumberedHeading(const std::vector<Paragraph>& ps, size_t i) {
  const std::string& t = ps[i].text;
  if (WordCount(t) > kMaxHeadingWords || WordCount(t) < 2) return false;
  if (EndsWithTerminalPunctuation(t) || EndsWithColon(t) || t.back() == ',') return false;
  if (StartsLowercase(t)) return false;
  if (i + 1 >= ps.size()) return false;
  return CodePointCount(ps[i + 1].text) >= 2 * CodePointCount(t);
}

// A byline: two to six capitalised words, no digits, no punctuation.
bool IsNameLine(std::string_view s) {
  int words = WordCount(s);
  if (words < 2 || words > 6 || CodePointCount(s) > 50) return false;
  bool word_start = true;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == ';' || c == ':' || c == '(' ||
        c == '|') {
      return false;
    }
    if (word_start && c < 0x80 && !(c >= 'A' && c <= 'Z')) return false;
    word_start = false;
  }
  return true;
}

class TreeBuilder {
 public:
  TreeBuilder(std::vector<Paragraph>& ps, const Grammar& g, int max_depth,
              std::vector<std::string>& diagnostics)
      : ps_(ps), grammar_(g), max_depth_(max_depth), diagnostics_(diagnostics) {}

  std::vector<Node> Build() {
    size_t end = MarkTail();
    size_t begin = FindBodyStart(end);
    MarkPreamble(begin);
    for (size_t i = begin; i < end; ++i) {
      if (closed_) {
        ps_[i].role = PostBodyRole(ps_[i]);
        continue;
      }
      Place(i);
    }
    Node root;
    for (size_t r = 0; r < roots_.size(); ++r) {
      root.children.push_back(ToNode(roots_[r], "", static_cast<int>(r) + 1));
    }
    MakeSiblingPathsUnique(root);
    return std::move(root.children);
  }

 private:
  // The end of a text without a recipient list: a signature block (cue
  // lines such as "KT. BỘ TRƯỞNG" / "ON BEHALF OF THE GOVERNMENT", titles in
  // capitals, the signer's name), or a web article's byline (a name alone).
  // Returns the index after the last paragraph that may be a task.
  size_t MarkTail() {
    size_t end = ps_.size();
    bool signature = false;
    while (end > 1) {
      const Paragraph& p = ps_[end - 1];
      bool name = IsNameLine(p.text);
      bool cue = grammar_.MatchCue("signature", FoldEndsForCues(p.text)) >= 0;
      bool capitals = MostlyUppercase(p.text) && WordCount(p.text) <= 10 &&
                      !EndsWithTerminalPunctuation(p.text) && p.markers.empty();
      if (!(name || cue || capitals) || (!p.markers.empty() && !cue)) break;
      signature = signature || cue || capitals;
      --end;
    }
    if (signature) {
      for (size_t i = end; i < ps_.size(); ++i) ps_[i].role = BlockRole::kSignature;
      return end;
    }
    // Without a signature cue only a single name line is taken (a byline).
    end = ps_.size();
    if (end > 1 && IsNameLine(ps_[end - 1].text) && ps_[end - 1].markers.empty()) {
      ps_[end - 1].role = BlockRole::kAuthor;
      --end;
    }
    return end;
  }

  // Index of the first task paragraph.
  size_t FindBodyStart(size_t end) {
    // The body opens with the first numbered item; bullets before it list
    // legal bases or addressees ("- Căn cứ Luật …;"), not tasks. A text
    // whose only markers are bullets opens with its first bullet.
    size_t first_bullet = end;
    for (size_t i = 0; i < end; ++i) {
      for (const MarkerMatch& m : ps_[i].markers) {
        if (!CanOpen(m)) continue;
        if (!IsBulletStyle(m.style)) return i;
        first_bullet = std::min(first_bullet, i);
      }
    }
    if (first_bullet < end) return first_bullet;
    // No numbering. A paragraph announcing a list ("as follows:") opens it;
    // when two announcers follow each other closely, the later one is the list's.
    for (size_t i = 0; i + 1 < end; ++i) {
      if (!EndsWithColon(ps_[i].text)) continue;
      size_t chosen = i;
      for (size_t j = i + 1; j < std::min(end - 1, i + 3); ++j) {
        if (EndsWithColon(ps_[j].text)) chosen = j;
      }
      return chosen;
    }
    // Unnumbered headings (two or more) structure a report.
    std::vector<size_t> headings;
    for (size_t i = 1; i < end; ++i) {
      if (IsUnnumberedHeading(ps_, i)) headings.push_back(i);
    }
    if (headings.size() >= 2) {
      for (size_t h : headings) heading_paragraphs_.push_back(h);
      return headings.front();
    }
    // Otherwise every paragraph is a task, after an introduction.
    if (end >= 3 || (end >= 1 && grammar_.MatchCue("lead", FoldEndsForCues(ps_[0].text)) >= 0)) {
      return std::min<size_t>(1, end);
    }
    return 0;
  }

  void MarkPreamble(size_t begin) {
    for (size_t i = 0; i < begin; ++i) {
      bool lead = i == 0 && grammar_.MatchCue("lead", FoldEndsForCues(ps_[i].text)) >= 0;
      ps_[i].role = lead ? BlockRole::kLead : BlockRole::kPreamble;
    }
  }

  BlockRole PostBodyRole(const Paragraph& p) {
    std::string folded = FoldEndsForCues(p.text);
    if (grammar_.MatchCue("signature", folded) >= 0) return BlockRole::kSignature;
    if (IsNameLine(p.text)) return BlockRole::kSignature;
    return BlockRole::kClosing;
  }

  const MarkerStyle& StyleOf(int style) const {
    return grammar_.styles()[static_cast<size_t>(style)];
  }

  bool IsBulletStyle(int style) const {
    return style >= 0 && StyleOf(style).kind == OrdinalKind::kNone;
  }

  // Level index (into stack_) of an open item whose number path equals `path`.
  int FindByNumberPath(const std::vector<int>& path) const {
    for (int k = static_cast<int>(stack_.size()) - 1; k >= 0; --k) {
      const Draft& d = drafts_[static_cast<size_t>(stack_[static_cast<size_t>(k)])];
      if (d.style >= 0 && !IsBulletStyle(d.style) && d.number_path == path) return k;
    }
    return -1;
  }

  bool CanOpen(const MarkerMatch& m) const {
    const MarkerStyle& s = StyleOf(m.style);
    if (s.kind == OrdinalKind::kNone) return true;
    if (s.kind == OrdinalKind::kDecimal) {
      if (m.value != 1) return false;
      if (FindByNumberPath(m.prefix) >= 0) return true;
      // A text may open directly with "1.1." when it has no "1." heading.
      return stack_.empty() && std::all_of(m.prefix.begin(), m.prefix.end(),
                                           [](int v) { return v == 1; });
    }
    if (m.value == 1) return true;
    // Articles are numbered through the whole text: "Điều 5" opens under
    // Chương II right after "Điều 4" closed with Chương I.
    auto last = last_continuous_value_.find(m.style);
    return s.continuous && last != last_continuous_value_.end() && m.value == last->second + 1;
  }

  // The open level a marker continues, or -1.
  int ContinuedLevel(const MarkerMatch& m) const {
    for (int k = static_cast<int>(stack_.size()) - 1; k >= 0; --k) {
      const Draft& d = drafts_[static_cast<size_t>(stack_[static_cast<size_t>(k)])];
      if (d.style != m.style) continue;
      const MarkerStyle& s = StyleOf(m.style);
      if (s.kind == OrdinalKind::kNone) return k;
      if (m.value != d.value + 1) return -1;  // the style is open but the sequence breaks
      if (s.kind == OrdinalKind::kDecimal) {
        std::vector<int> prefix(d.number_path.begin(), d.number_path.end() - 1);
        if (prefix != m.prefix) return -1;
      }
      return k;
    }
    return -1;
  }

  // May the item at `parent` hold a new list of style `m`?
  bool CanHold(const Draft& parent, const MarkerMatch& m) const {
    if (EndsWithColon(parent.text)) return true;
    if (parent.style == kUnnumbered || parent.style == kHeadingStyle) return true;
    // A list that starts right under a numbered heading ("1. Nhiệm vụ chung"
    // then "Thứ nhất, …") belongs to it, whatever the default ranks say,
    // unless its style is already open higher up.
    if (&parent == &drafts_[static_cast<size_t>(stack_.back())] && !IsBulletStyle(parent.style) &&
        !EndsWithTerminalPunctuation(parent.text) && !StyleIsOpen(m.style)) {
      return true;
    }
    int rank = StyleOf(m.style).rank;
    if (parent.rank < rank) return true;
    return IsBulletStyle(m.style) && parent.style != m.style && !IsBulletStyle(parent.style);
  }

  bool StyleIsOpen(int style) const {
    for (int k : stack_) {
      if (drafts_[static_cast<size_t>(k)].style == style) return true;
    }
    return false;
  }

  bool IsContainer(const Draft& d) const {
    if (d.style == kHeadingStyle) return true;
    if (EndsWithColon(d.text)) return true;
    if (d.style == kUnnumbered) return false;
    if (!IsBulletStyle(d.style)) return true;
    // A short bullet without final punctuation heads what follows it.
    return !d.text.empty() && !EndsWithTerminalPunctuation(d.text) && d.text.back() != ',' &&
           WordCount(d.text) <= kMaxBulletHeadingWords;
  }

  int NewDraft(size_t paragraph, int style, const MarkerMatch* m) {
    Draft d;
    d.paragraph = static_cast<int>(paragraph);
    d.style = style;
    d.spans = ps_[paragraph].spans;
    if (m != nullptr) {
      const MarkerStyle& s = StyleOf(m->style);
      if (s.continuous) last_continuous_value_[m->style] = m->value;
      d.rank = s.rank;
      d.value = m->value;
      d.marker = m->marker;
      d.ordinal_text = m->ordinal_text;
      // The paragraph is placed once; its text moves into the task.
      std::string& text = ps_[paragraph].text;
      text.erase(0, std::min(m->text_begin, text.size()));
      d.text = Trimmed(std::move(text));
      d.number_path = m->prefix;
      d.number_path.push_back(m->value);
    } else {
      d.text = std::move(ps_[paragraph].text);
    }
    drafts_.push_back(std::move(d));
    return static_cast<int>(drafts_.size()) - 1;
  }

  void Attach(int draft, int parent_level) {
    if (parent_level < 0) {
      roots_.push_back(draft);
    } else {
      drafts_[static_cast<size_t>(stack_[static_cast<size_t>(parent_level)])].children.push_back(
          draft);
    }
  }

  void PopTo(int level) { stack_.resize(static_cast<size_t>(level + 1)); }

  void Push(int draft) {
    if (static_cast<int>(stack_.size()) < max_depth_) stack_.push_back(draft);
  }

  // An item whose marker stood alone on its line takes the next paragraph as text.
  bool FillEmptyItem(size_t i) {
    if (stack_.empty()) return false;
    Draft& top = drafts_[static_cast<size_t>(stack_.back())];
    if (!top.text.empty() || top.style < 0) return false;
    top.text = std::move(ps_[i].text);
    for (const LineSpan& s : ps_[i].spans) top.spans.push_back(s);
    return true;
  }

  void Place(size_t i) {
    Paragraph& p = ps_[i];
    // 1. Continue an open level.
    int best_level = -1;
    const MarkerMatch* best = nullptr;
    for (const MarkerMatch& m : p.markers) {
      int k = ContinuedLevel(m);
      if (k > best_level) {
        best_level = k;
        best = &m;
      }
    }
    if (best != nullptr) {
      PopTo(best_level - 1);
      int d = NewDraft(i, best->style, best);
      Attach(d, best_level - 1);
      Push(d);
      return;
    }
    // 2. Open a new level.
    const MarkerMatch* opener = nullptr;
    for (const MarkerMatch& m : p.markers) {
      if (!CanOpen(m)) continue;
      if (opener == nullptr || StyleOf(m.style).rank < StyleOf(opener->style).rank) opener = &m;
    }
    if (opener != nullptr) {
      int parent = static_cast<int>(stack_.size()) - 1;
      int named = StyleOf(opener->style).kind == OrdinalKind::kDecimal
                      ? FindByNumberPath(opener->prefix)
                      : -1;
      if (named >= 0) {
        parent = named;  // "2.2.1." belongs to "2.2." whatever the ranks say
      } else {
        while (parent >= 0 &&
               !CanHold(drafts_[static_cast<size_t>(stack_[static_cast<size_t>(parent)])],
                        *opener)) {
          --parent;
        }
      }
      PopTo(parent);
      int d = NewDraft(i, opener->style, opener);
      Attach(d, parent);
      Push(d);
      return;
    }
    if (!p.markers.empty()) {
      diagnostics_.push_back(std::to_string(p.spans.front().first) + ": '" + p.markers[0].marker +
                             "' does not continue any open list; read as text");
    }
    // 3. Plain text.
    if (!heading_paragraphs_.empty() &&
        std::find(heading_paragraphs_.begin(), heading_paragraphs_.end(), i) !=
            heading_paragraphs_.end()) {
      PopTo(-1);
      int d = NewDraft(i, kHeadingStyle, nullptr);
      Attach(d, -1);
      Push(d);
      return;
    }
    if (FillEmptyItem(i)) return;
    if (grammar_.MatchCue("closing", FoldEndsForCues(p.text)) >= 0 && !drafts_.empty()) {
      p.role = BlockRole::kClosing;
      closed_ = true;
      return;
    }
    int parent = static_cast<int>(stack_.size()) - 1;
    while (parent >= 0 &&
           !IsContainer(drafts_[static_cast<size_t>(stack_[static_cast<size_t>(parent)])])) {
      --parent;
    }
    // A list announcer under another plain announcer becomes its sibling, so
    // chains of "...:" paragraphs do not nest without bound.
    if (parent >= 0 && EndsWithColon(p.text) &&
        drafts_[static_cast<size_t>(stack_[static_cast<size_t>(parent)])].style == kUnnumbered) {
      --parent;
    }
    bool announces_list = EndsWithColon(p.text);
    PopTo(parent);
    int d = NewDraft(i, kUnnumbered, nullptr);
    Attach(d, parent);
    if (announces_list) Push(d);
  }

  // A plain paragraph's position can equal a numbered sibling's ordinal;
  // suffix repeats ("3#2") so every path names one node.
  static void MakeSiblingPathsUnique(Node& parent) {
    std::unordered_set<std::string> seen;
    for (Node& child : parent.children) {
      std::string base = child.path;
      int suffix = 1;
      while (!seen.insert(child.path).second) {
        child.path = base + "#" + std::to_string(++suffix);
      }
    }
  }

  // Paths: numbers for numbered items, the letter for letter items, the
  // position among siblings for bullets and plain paragraphs.
  Node ToNode(int index, const std::string& parent_path, int position) {
    Draft& d = drafts_[static_cast<size_t>(index)];
    Node n;
    n.marker = std::move(d.marker);
    n.text = std::move(d.text);
    n.spans = std::move(d.spans);
    if (d.style >= 0) n.style = StyleOf(d.style).id;
    std::string component;
    if (d.style >= 0 && !IsBulletStyle(d.style)) {
      n.ordinal = d.value;
      component = StyleOf(d.style).kind == OrdinalKind::kLetters ? d.ordinal_text
                                                                 : std::to_string(d.value);
    } else {
      component = std::to_string(position);
    }
    n.path = parent_path.empty() ? component : parent_path + "." + component;
    int child_position = 0;
    for (int c : d.children) n.children.push_back(ToNode(c, n.path, ++child_position));
    MakeSiblingPathsUnique(n);
    return n;
  }

  std::vector<Paragraph>& ps_;
  const Grammar& grammar_;
  int max_depth_;
  std::vector<std::string>& diagnostics_;
  std::vector<Draft> drafts_;
  std::vector<int> roots_;
  std::vector<int> stack_;  // open levels, indices into drafts_
  std::vector<size_t> heading_paragraphs_;
  std::map<int, int> last_continuous_value_;  // style → last value seen
  bool closed_ = false;
};

}  // namespace

std::vector<Node> BuildTaskTree(std::vector<Paragraph>& paragraphs, const Grammar& grammar,
                                int max_depth, std::vector<std::string>& diagnostics) {
  TreeBuilder builder(paragraphs, grammar, max_depth, diagnostics);
  return builder.Build();
}

}  // namespace congvan::parse
