// Quotation regions of amending texts (see quote_regions.h for the rule).
#include "parse/quote_regions.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "parse/quotes.h"

namespace congvan::parse {
namespace {

constexpr size_t kMaxRegionParagraphs = 400;  // a quoted chapter at most

bool EndsWithColon(std::string_view s) { return !s.empty() && s.back() == ':'; }

// A provision of the amending text: a numbered paragraph that opens with an
// amending verb ("3. Sửa đổi, bổ sung khoản 2 …", "2. Article 5 is amended …").
bool IsAmendingInstruction(const Paragraph& p, const Grammar& grammar) {
  if (StartsWithOpeningQuote(p.text)) return false;
  bool amends = false;
  for (const MarkerMatch& m : p.Markers(grammar)) {
    if (m.value <= 0) continue;
    std::string_view rest = std::string_view(p.text).substr(std::min(m.text_begin, p.text.size()));
    if (!grammar.FindMeta("action", rest).empty()) {
      amends = true;
      break;
    }
  }
  p.ReleaseMarkers();  // this pass reads the whole document: made markers go
  return amends;
}

// The paragraph amends something: an amending verb opens it, after its
// marker if it has one ("2. Sửa đổi, bổ sung Điều 2 như sau:", "Article 5 is
// amended as follows:"). A report that quotes a law ("Luật: “8. …”") or a
// footnote that quotes an amending text does not.
bool Amends(const Paragraph& p, const Grammar& grammar) {
  size_t begin = 0;
  for (const MarkerMatch& m : p.Markers(grammar)) begin = std::max(begin, m.text_begin);
  p.ReleaseMarkers();
  std::string_view rest = std::string_view(p.text).substr(std::min(begin, p.text.size()));
  return !grammar.FindMeta("action", rest).empty();
}

// The article number of a paragraph that heads an article, or 0.
int ArticleValue(const Paragraph& p, const Grammar& grammar) {
  int value = 0;
  auto continuous = [&grammar](int style) {
    return grammar.styles()[static_cast<size_t>(style)].continuous;
  };
  if (!p.MayHaveMarkerStyle(continuous)) return value;
  for (const MarkerMatch& m : p.Markers(grammar)) {
    if (grammar.styles()[static_cast<size_t>(m.style)].continuous) {
      value = m.value;
      break;
    }
  }
  p.ReleaseMarkers();
  return value;
}

}  // namespace

std::vector<int> FindQuoteRegions(const Paragraphs& paragraphs, const Grammar& grammar,
                                  size_t end) {
  std::vector<int> region(paragraphs.size(), -1);
  int next_id = 0;
  int outer_article = 0;  // the amending text's own last article
  // The article paragraph i - 1 heads (0 for none), kept from the loop's own
  // ArticleValue call; -1 after a region, where it was not asked.
  int previous_article = 0;
  auto previous_heads_article = [&](size_t i) {
    if (previous_article < 0) previous_article = ArticleValue(paragraphs[i - 1], grammar);
    return previous_article > 0;
  };
  for (size_t i = 0; i < end; ++i) {
    const Paragraph& p = paragraphs[i];
    if (p.role) {
      previous_article = 0;
      continue;
    }
    // The paragraph before is asked first: few end with a colon or head an
    // article.
    bool opens = i > 0 && !paragraphs[i - 1].role &&
                 (EndsWithColon(paragraphs[i - 1].text) || previous_heads_article(i)) &&
                 StartsWithOpeningQuote(p.text) && Amends(paragraphs[i - 1], grammar);
    if (!opens) {
      previous_article = ArticleValue(p, grammar);
      if (previous_article > 0) outer_article = previous_article;
      continue;
    }
    size_t last_close = end, k = i;
    for (; k < end && k < i + kMaxRegionParagraphs; ++k) {
      const Paragraph& q = paragraphs[k];
      if (q.role) continue;
      bool outer_article_next = !StartsWithOpeningQuote(q.text) &&
                                ArticleValue(q, grammar) == outer_article + 1 && outer_article > 0;
      if (k > i && (IsAmendingInstruction(q, grammar) || outer_article_next)) break;
      if (EndsWithClosingQuote(q.text)) last_close = k;
    }
    size_t last = last_close < end ? last_close : k - 1;
    for (size_t j = i; j <= last; ++j) {
      if (!paragraphs[j].role) region[j] = next_id;
    }
    ++next_id;
    i = last;
    previous_article = -1;
  }
  return region;
}

}  // namespace congvan::parse
