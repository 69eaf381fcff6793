// See line_cuts.h. A part's bytes are counted from its line's start in the
// document's buffer (the decoded text, after portal notes are taken out:
// the text the line numbers count), found by looking back from the
// paragraph's text for the line break before it.
#include "parse/line_cuts.h"

#include <algorithm>
#include <utility>

#include "text/trimmed.h"

namespace congvan::parse {
namespace {

// The start of the line `at` (a byte of `buffer`) stands on.
const char* LineStart(std::string_view buffer, const char* at) {
  const char* start = at;
  while (start > buffer.data() && start[-1] != '\n') --start;
  return start;
}

// `p` cut before each byte `ats` names (ascending): the parts, in order.
std::vector<Paragraph> Parts(Paragraph& p, const std::vector<size_t>& ats,
                             std::string_view buffer) {
  const std::string_view text = p.text.view();
  const char* line_start = LineStart(buffer, text.data());
  const int line = p.spans.front().first;
  const int last_to = p.spans.to_byte();
  std::vector<Paragraph> parts;
  size_t from = 0;
  int from_byte = p.spans.from_byte();
  for (size_t k = 0; k <= ats.size(); ++k) {
    const size_t to = k < ats.size() ? ats[k] : text.size();
    const int to_byte = k < ats.size() ? static_cast<int>(text.data() + to - line_start) : last_to;
    Paragraph part;
    std::string_view piece = text.substr(from, to - from);
    part.text = p.text.Run(k < ats.size() ? text::TrimmedEnd(piece) : piece);
    part.spans = LineSpans{{line, line}};
    part.spans.set_cut(from_byte, to_byte);
    if (k == 0) {
      part.attachment_start = p.attachment_start;
      part.opens_step = p.opens_step;
    }
    parts.push_back(std::move(part));
    from = to;
    from_byte = to_byte;
  }
  return parts;
}

}  // namespace

bool CuttableParagraph(const Paragraph& p, std::string_view buffer) {
  const std::string_view text = p.text.view();
  return !p.role && p.spans.size() == 1 && p.spans.front().first == p.spans.front().last &&
         !text.empty() && text.data() >= buffer.data() &&
         text.data() + text.size() <= buffer.data() + buffer.size();
}

void CutParagraphs(Paragraphs& paragraphs, std::vector<LineCut> cuts, std::string_view buffer) {
  if (cuts.empty()) return;
  auto before = [](const LineCut& a, const LineCut& b) {
    return a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.at < b.at;
  };
  auto same = [](const LineCut& a, const LineCut& b) {
    return a.paragraph == b.paragraph && a.at == b.at;
  };
  std::sort(cuts.begin(), cuts.end(), before);
  cuts.erase(std::unique(cuts.begin(), cuts.end(), same), cuts.end());
  Paragraphs out;
  size_t next = 0;  // the next cut
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    std::vector<size_t> ats;
    for (; next < cuts.size() && cuts[next].paragraph == i; ++next) ats.push_back(cuts[next].at);
    if (ats.empty()) {
      out.push_back(std::move(paragraphs[i]));
      continue;
    }
    for (Paragraph& part : Parts(paragraphs[i], ats, buffer)) out.push_back(std::move(part));
  }
  paragraphs = std::move(out);
}

}  // namespace congvan::parse
