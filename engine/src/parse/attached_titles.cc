// Attached texts (tree_builder_state.h): a plan a decision approves, a
// regulation it issues, opens as a top-level heading whose numbering starts
// afresh. Its title is its first line and the lines up to the attaching line
// "(Ban hành kèm theo …)" — however long the subject between them, and to
// the attaching line's closing parenthesis when it wraps — or, without an
// attaching line, the few title-shaped lines after it (capitals, or a short
// subject without final punctuation). The paragraphs taken into a title are
// not placed again.
#include <algorithm>
#include <string>
#include <string_view>

#include "parse/parse_internal.h"
#include "parse/tree_builder_state.h"

namespace congvan::parse::tree_building {

// An attached text (the plan a decision approves, a regulation it issues)
// opens as a top-level heading made of its title lines; its numbering starts
// afresh.
void TreeBuilder::OpenAttachment(size_t i) {
  FlushQuote();
  PopTo(-1);
  closed_ = false;
  last_continuous_.clear();
  int d = NewDraft(i, kHeadingStyle, nullptr);
  Draft& heading = DraftNo(d);
  heading.attachment = true;
  // The attaching line "(Ban hành kèm theo …)" is the title's last: what
  // stands between it and the title is the subject, however long a line
  // it makes; a wrapped attaching line ends at its closing parenthesis.
  size_t last = AttachingParagraph(i);
  size_t end = last == 0 ? i : ClosingParenthesis(last);
  for (size_t j = i + 1; j <= end; ++j) TakeIntoTitle(heading, j);
  if (last == 0) {
    for (size_t j = i + 1; j < ps_.size() && j <= i + kMaxAttachmentTitle; ++j) {
      if (!TitleShaped(ps_[j])) break;
      TakeIntoTitle(heading, j);
    }
  }
  Attach(d, -1);
  Push(d);
  last_placed_ = d;
}

// A paragraph that may be part of an attached text's title: it holds text,
// no role, no marker but the attaching line's, and opens no text of its own.
bool TreeBuilder::MayJoinTitle(const Paragraph& p) const {
  // The attaching line may open with an italic mark that reads as a
  // bullet ("* (Ban hành kèm theo …)*").
  return !p.role && !p.attachment_start && !p.text.empty() &&
         (!p.HasMarkers() || IsAttachingLine(p));
}

bool TreeBuilder::IsAttachingLine(const Paragraph& p) const {
  return !grammar_.FindMeta("attachment", p.text).empty();
}

// The attaching paragraph within the title's reach after paragraph i (i
// itself when the title line carries it), or 0.
size_t TreeBuilder::AttachingParagraph(size_t i) const {
  if (IsAttachingLine(ps_[i])) return i;
  for (size_t j = i + 1; j < ps_.size() && j <= i + kMaxAttachmentTitle; ++j) {
    if (!MayJoinTitle(ps_[j])) return 0;
    if (IsAttachingLine(ps_[j])) return j;
  }
  return 0;
}

// The last paragraph of the attaching line that paragraph `a` opens: a
// "(Ban hành kèm theo Quyết định số" broken from its "70/2024/QĐ-UBND
// ngày … của Ủy ban nhân dân thành phố Hà Nội)" goes on to its ')'.
size_t TreeBuilder::ClosingParenthesis(size_t a) const {
  int open = 0;
  for (size_t j = a; j < ps_.size() && j <= a + kMaxAttachmentTitle; ++j) {
    if (j > a && !MayJoinTitle(ps_[j])) break;
    open += static_cast<int>(std::count(ps_[j].text.begin(), ps_[j].text.end(), '(')) -
            static_cast<int>(std::count(ps_[j].text.begin(), ps_[j].text.end(), ')'));
    if (open <= 0) return j;
  }
  return a;
}

// Without an attaching line: a title in capitals, possibly followed on its
// line by "(Ban hành kèm theo …)", or a short subject line.
bool TreeBuilder::TitleShaped(const Paragraph& p) const {
  if (!MayJoinTitle(p)) return false;
  std::string_view before_parenthesis = std::string_view(p.text).substr(0, p.text.find('('));
  return p.text.front() == '(' || MostlyUppercase(before_parenthesis) ||
         (AtMostWords(p.text, kMaxHeadingWords) && !EndsWithTerminalPunctuation(p.text));
}

void TreeBuilder::TakeIntoTitle(Draft& heading, size_t j) {
  Paragraph& p = ps_[j];
  heading.text += " " + p.text;
  heading.spans.Append(p.spans);
  p.text.clear();
  consumed_.insert(j);
}

}  // namespace congvan::parse::tree_building
