// The body's edges (tree_builder_state.h): which paragraphs the stack
// machine places at all. Before placing, the tail is marked (a signature
// block, or a web article's byline), and so is a decision's signature before
// the text it attaches; the body opens with the first numbered item (bullets
// before it list legal bases or addressees), or, in a text without
// numbering, after an announcing paragraph, at its unnumbered headings or
// after an introduction; what stands before it is preamble (a news
// dateline's first line the lead). While placing, a closing cue ("Trong quá
// trình thực hiện…", an enacting formula) ends the body unless a later marker
// still continues an open list; what follows is closing or signature.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "parse/parse_internal.h"
#include "parse/tree_builder_state.h"

namespace congvan::parse::tree_building {
namespace {

// A short line without final punctuation followed by a longer paragraph:
// an unnumbered heading in a news report.
bool IsUnnumberedHeading(const Paragraphs& ps, size_t i) {
  std::string_view t = ps[i].text;
  if (!AtMostWords(t, kMaxHeadingWords) || WordCount(t) < 2) return false;
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

}  // namespace

// The end of a text without a recipient list: a signature block (cue
// lines such as "KT. BỘ TRƯỞNG" / "ON BEHALF OF THE GOVERNMENT", titles in
// capitals, the signer's name), or a web article's byline (a name alone).
// Returns the index after the last paragraph that may be a task.
size_t TreeBuilder::MarkTail() {
  size_t end = ps_.size();
  bool signature = false;
  while (end > 1) {
    const Paragraph& p = ps_[end - 1];
    if (!IsSignatureLike(p)) break;
    signature = signature || IsSignatureCue(p) || IsCapitalsTitle(p);
    --end;
  }
  if (signature) {
    for (size_t i = end; i < ps_.size(); ++i) ps_[i].role = BlockRole::kSignature;
    return end;
  }
  // Without a signature cue only a single name line is taken (a byline).
  end = ps_.size();
  if (end > 1 && IsNameLine(ps_[end - 1].text) && !ps_[end - 1].HasMarkers()) {
    ps_[end - 1].role = BlockRole::kAuthor;
    --end;
  }
  return end;
}

bool TreeBuilder::IsSignatureCue(const Paragraph& p) const {
  return grammar_.MatchCue("signature", FoldEndsForCues(p.text)) >= 0;
}

bool TreeBuilder::IsCapitalsTitle(const Paragraph& p) const {
  return MostlyUppercase(p.text) && AtMostWords(p.text, 10) &&
         !EndsWithTerminalPunctuation(p.text) && !p.HasMarkers();
}

bool TreeBuilder::IsSignatureLike(const Paragraph& p) const {
  bool cue = IsSignatureCue(p);
  if (p.HasMarkers() && !cue) return false;
  return cue || IsNameLine(p.text) || IsCapitalsTitle(p);
}

// The decision's signature before its attached plan ("KT. CHỦ TỊCH",
// "PHÓ CHỦ TỊCH", the name) is a signature block, not text of the last task.
void TreeBuilder::MarkSignaturesBeforeAttachments(size_t end) {
  for (size_t a = 1; a < end; ++a) {
    if (!ps_[a].attachment_start) continue;
    size_t k = a;
    bool cue = false;
    while (k > 0 && !ps_[k - 1].role && IsSignatureLike(ps_[k - 1])) {
      cue = cue || IsSignatureCue(ps_[k - 1]);
      --k;
    }
    if (!cue) continue;
    for (size_t j = k; j < a; ++j) ps_[j].role = BlockRole::kSignature;
  }
}

// Index of the first task paragraph.
size_t TreeBuilder::FindBodyStart(size_t end) {
  // The body opens with the first numbered item; bullets before it list
  // legal bases or addressees ("- Căn cứ Luật …;"), not tasks. A text whose
  // only markers are bullets opens with its first bullet. An attached text
  // ends the main text: without numbering before it, the main text's
  // paragraphs are read as a text without numbering.
  size_t first_bullet = end, main_end = end;
  for (size_t i = 0; i < end; ++i) {
    if (ps_[i].role) continue;
    if (ps_[i].attachment_start) {
      main_end = i;
      break;
    }
    for (const MarkerMatch& m : ps_[i].Markers(grammar_)) {
      if (!CanOpen(m, i)) continue;
      if (!IsBulletStyle(m.style)) return i;
      first_bullet = std::min(first_bullet, i);
    }
    ps_[i].ReleaseMarkers();  // a text without numbering is read to its end
  }
  if (first_bullet < main_end) return first_bullet;
  return UnnumberedBodyStart(main_end);
}

// Where the tasks of a text without numbering begin (before `end`).
size_t TreeBuilder::UnnumberedBodyStart(size_t end) {
  // The legal bases ("Căn cứ …") and the letterhead lines the top missed
  // come first; they are preamble, never tasks.
  size_t first = 0;
  while (first < end && (ps_[first].role || IsBasisOrHeader(ps_[first]))) ++first;
  // A paragraph announcing a list ("as follows:") opens it; when two
  // announcers follow each other closely, the later one is the list's.
  for (size_t i = first; i + 1 < end; ++i) {
    if (ps_[i].role || !EndsWithColon(ps_[i].text)) continue;
    size_t chosen = i;
    for (size_t j = i + 1; j < std::min(end - 1, i + 3); ++j) {
      if (EndsWithColon(ps_[j].text)) chosen = j;
    }
    return chosen;
  }
  // Unnumbered headings (two or more) structure a report.
  std::vector<size_t> headings;
  for (size_t i = std::max<size_t>(first, 1); i < end; ++i) {
    if (!ps_[i].role && IsUnnumberedHeading(ps_, i)) headings.push_back(i);
  }
  if (headings.size() >= 2) {
    for (size_t h : headings) heading_paragraphs_.insert(h);
    return headings.front();
  }
  // Otherwise every paragraph is a task, after an introduction (the legal
  // bases, or a first paragraph).
  if (first > 0) return first;
  if (end >= 3 || (end >= 1 && grammar_.MatchCue("lead", FoldEndsForCues(ps_[0].text)) >= 0)) {
    return std::min<size_t>(1, end);
  }
  return 0;
}

bool TreeBuilder::IsBasisOrHeader(const Paragraph& p) const {
  std::string folded = FoldEndsForCues(p.text);
  return grammar_.MatchCue("basis", folded) >= 0 || grammar_.MatchCue("top", folded) >= 0;
}

void TreeBuilder::MarkPreamble(size_t begin) {
  for (size_t i = 0; i < begin; ++i) {
    if (ps_[i].role) continue;
    bool lead = i == 0 && grammar_.MatchCue("lead", FoldEndsForCues(ps_[i].text)) >= 0;
    ps_[i].role = lead ? BlockRole::kLead : BlockRole::kPreamble;
  }
}

BlockRole TreeBuilder::PostBodyRole(const Paragraph& p) {
  if (IsSignatureCue(p) || IsNameLine(p.text)) return BlockRole::kSignature;
  return BlockRole::kClosing;
}

// A closing cue ends the body only when no later marker still continues an
// open list: "Trong quá trình thực hiện…" in the middle of a plan is text.
bool TreeBuilder::ClosesBody(size_t i) const {
  if (drafts_.empty()) return false;
  std::string folded = FoldEndsForCues(ps_[i].text);
  // The enacting formula of a law closes it wherever it stands; any other
  // closing phrase inside an article ("Các Bộ trưởng … chịu trách nhiệm thi
  // hành Nghị định này./.") is the article's own text.
  if (grammar_.MatchCue("enacting", folded) >= 0) return true;
  if (grammar_.MatchCue("closing", folded) < 0 || ArticleIsOpen()) return false;
  size_t stop = std::min(ps_.size(), i + kLookahead);
  for (size_t j = i + 1; j < stop; ++j) {
    if (ps_[j].role || ps_[j].attachment_start) continue;
    for (const MarkerMatch& m : ps_[j].Markers(grammar_)) {
      if (ExactLevel(m) >= 0) return false;
    }
  }
  return true;
}

}  // namespace congvan::parse::tree_building
