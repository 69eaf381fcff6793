// Whole-document passes before the tree builder (see tree_passes.h): Roman
// headings repaired from OCR digits, tables of contents, footnote lists.
// Each pass reads the markers the paragraph stage found and either replaces a
// paragraph's markers (a repair, always reported) or gives it a role.
#include "parse/tree_passes.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "parse/placing_markers.h"

namespace congvan::parse {
namespace {

constexpr int kMaxHeadingWords = 25;  // a heading in capitals is short
constexpr int kMinTocHeadings = 3;
constexpr int kMaxTitleWords = 15;

const MarkerStyle& StyleOf(const Grammar& g, int style) {
  return g.styles()[static_cast<size_t>(style)];
}

// Which styles pass `test`, by style index: the passes ask it of every
// paragraph's packed style, and a table read is not a call into the grammar
// for its styles each time.
template <typename StyleTest>
std::vector<char> StylesWhere(const Grammar& g, StyleTest test) {
  std::vector<char> out;
  out.reserve(g.styles().size());
  for (const MarkerStyle& s : g.styles()) out.push_back(test(s) ? 1 : 0);
  return out;
}

std::string_view TextAfter(const Paragraph& p, const MarkerMatch& m) {
  std::string_view t = p.text;
  return t.substr(std::min(m.text_begin, t.size()));
}

bool IsRoman(const MarkerStyle& s) { return s.kind == OrdinalKind::kRoman; }

// The Roman capital-heading marker among `markers` (of `p`: "II. NỘI DUNG"), or null.
template <typename Markers>
const MarkerMatch* RomanHeadingAmong(const Paragraph& p, const Markers& markers, const Grammar& g) {
  for (const MarkerMatch& m : markers) {
    if (StyleOf(g, m.style).kind != OrdinalKind::kRoman || m.ordinal_text.empty()) continue;
    char first = m.ordinal_text[0];
    bool capital = first == 'I' || first == 'V' || first == 'X' || first == 'L' || first == 'C';
    std::string_view rest = TextAfter(p, m);
    if (capital && MostlyUppercase(rest) && AtMostWords(rest, kMaxHeadingWords)) return &m;
  }
  return nullptr;
}

// The Roman capital-heading marker of a paragraph, or null.
// REQUIRES: the caller releases p's markers when done with the pointer.
const MarkerMatch* RomanHeading(const Paragraph& p, const Grammar& g) {
  if (!p.MayHaveMarkerStyle([&g](int style) { return IsRoman(StyleOf(g, style)); })) return nullptr;
  return RomanHeadingAmong(p, p.Markers(g), g);
}

// An arabic marker heading a line in capitals ("1. MỤC ĐÍCH, YÊU CẦU").
// REQUIRES: as RomanHeading.
const MarkerMatch* ArabicCapitalHeading(const Paragraph& p, const Grammar& g) {
  auto arabic = [&g](int style) { return StyleOf(g, style).kind == OrdinalKind::kArabic; };
  if (!p.MayHaveMarkerStyle(arabic)) return nullptr;
  for (const MarkerMatch& m : p.Markers(g)) {
    if (StyleOf(g, m.style).kind != OrdinalKind::kArabic) continue;
    std::string_view rest = TextAfter(p, m);
    if (MostlyUppercase(rest) && AtMostWords(rest, kMaxHeadingWords)) return &m;
  }
  return nullptr;
}

// The values an OCR'd Roman numeral written in digits may stand for: the
// number itself ("2." for "II."), or the count of ones ("11." for "II.").
std::vector<int> RomanCandidates(const MarkerMatch& m) {
  std::vector<int> out = {m.value};
  const std::string& t = m.ordinal_text;
  if (t.size() > 1 && t.find_first_not_of('1') == std::string::npos) {
    out.push_back(static_cast<int>(t.size()));
  }
  return out;
}

// An article heading whose text runs on as a finished sentence ("Điều 1.
// Ban hành kèm theo Quyết định này Quy chế … ."): a table of contents lists
// headings only, so such an article is body text. Only '.' ends it here: a
// heading's own text may end in ';' or '?' in no genre, but in '.' only
// when it is a sentence, and the words are not a title in capitals.
bool RunsOnAsSentence(const Paragraph& p, const MarkerMatch& m) {
  std::string_view text = TextAfter(p, m);
  while (!text.empty() && (text.back() == ' ' || text.back() == '*' || text.back() == '/')) {
    text.remove_suffix(1);
  }
  return !text.empty() && text.back() == '.' && !MostlyUppercase(text);
}

}  // namespace

bool IsShortTitle(const Paragraph& p) {
  // Counted only up to the limit: a body paragraph is long.
  return AtMostWords(p.text, kMaxTitleWords) &&
         (!EndsWithTerminalPunctuation(p.text) || MostlyUppercase(p.text));
}

void RepairRomanHeadings(Paragraphs& paragraphs, const Grammar& grammar,
                         std::vector<Diagnostic>& diagnostics) {
  struct Heading {
    size_t index;
    int value;
  };
  std::vector<Heading> headings;
  // Each paragraph of a Roman style has its markers made into one reused
  // record to be read here (placing_markers.h): this pass reads the whole
  // document, and nothing it keeps points into them.
  const std::vector<char> roman = StylesWhere(grammar, IsRoman);
  PlacingMarkers reading;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const Paragraph& p = paragraphs[i];
    if (!p.MayHaveMarkerStyle([&roman](int style) { return roman[static_cast<size_t>(style)]; }))
      continue;
    if (const MarkerMatch* m = RomanHeadingAmong(p, reading.Of(i, p, grammar), grammar))
      headings.push_back({i, m->value});
    p.ReleaseMarkers();
  }
  if (headings.empty()) return;
  size_t next = 0;  // first heading after the paragraph being looked at
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    while (next < headings.size() && headings[next].index <= i) ++next;
    if (next >= headings.size()) break;
    Paragraph& p = paragraphs[i];
    const MarkerMatch* arabic =
        RomanHeading(p, grammar) == nullptr ? ArabicCapitalHeading(p, grammar) : nullptr;
    if (arabic == nullptr) {
      p.ReleaseMarkers();
      continue;
    }
    int previous = next == 0 ? 0 : headings[next - 1].value;
    for (int value : RomanCandidates(*arabic)) {
      if (value != previous + 1 || headings[next].value != value + 1) continue;
      // Written as the next heading's style, with this paragraph's marker.
      MarkerMatch roman = *RomanHeading(paragraphs[headings[next].index], grammar);
      paragraphs[headings[next].index].ReleaseMarkers();
      std::string expected = grammar.RenderMarker(roman, value);
      roman.marker = arabic->marker;
      roman.ordinal_text = arabic->ordinal_text;
      roman.value = value;
      roman.text_begin = arabic->text_begin;
      diagnostics.push_back({DiagnosticKind::kRepaired, p.spans.front().first,
                             "heading in capitals numbered '" + arabic->marker +
                                 "' where the Roman headings need '" + expected + "'; read as '" +
                                 expected + "'",
                             expected, arabic->marker});
      p.SetMarkers({roman});  // `arabic` pointed into the made markers: not read after
      headings.insert(headings.begin() + static_cast<long>(next), {i, value});
      ++next;
      break;
    }
    p.ReleaseMarkers();
  }
}

void MarkTableOfContents(Paragraphs& paragraphs, const Grammar& grammar) {
  // Heading styles: the continuous ones (articles) and those ranked above them.
  int article_rank = grammar.structural_rank();
  if (article_rank < 0) return;
  // A paragraph's heading style and value, read from its markers, which are
  // let go after (this pass reads the whole document).
  struct HeadingMarker {
    int style = -1;
    int value = 0;
    bool body = false;  // an article whose text runs on as a sentence
  };
  const std::vector<char> heading_styles =
      StylesWhere(grammar, [article_rank](const MarkerStyle& s) { return s.rank <= article_rank; });
  PlacingMarkers reading;  // one reused record (placing_markers.h)
  auto heading_marker = [&](size_t i, const Paragraph& p) -> std::optional<HeadingMarker> {
    std::optional<HeadingMarker> heading;
    auto heading_style = [&](int style) { return heading_styles[static_cast<size_t>(style)]; };
    if (!p.MayHaveMarkerStyle(heading_style)) return heading;
    for (const MarkerMatch& m : reading.Of(i, p, grammar)) {
      if (StyleOf(grammar, m.style).rank <= article_rank) {
        heading = HeadingMarker{m.style, m.value,
                                StyleOf(grammar, m.style).continuous && RunsOnAsSentence(p, m)};
        break;
      }
    }
    p.ReleaseMarkers();
    return heading;
  };
  // Style → highest value seen, for the few heading styles: a flat list, as
  // body text clears it after every article (a map's node was a malloc and a
  // free per article).
  std::vector<std::pair<int, int>> highest;
  size_t first = paragraphs.size();
  int headings = 0;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const Paragraph& p = paragraphs[i];
    if (p.role) continue;
    std::optional<HeadingMarker> m = heading_marker(i, p);
    if (!m || m->body) {
      if (first < paragraphs.size() && !IsShortTitle(p)) {
        // Body text: whatever came before was not a table of contents.
        first = paragraphs.size();
        headings = 0;
        highest.clear();
      }
      continue;
    }
    auto seen = std::find_if(highest.begin(), highest.end(),
                             [&](const std::pair<int, int>& h) { return h.first == m->style; });
    bool restarts = seen != highest.end() && m->value <= seen->second;
    if (restarts && headings >= kMinTocHeadings) {
      for (size_t k = first; k < i; ++k) {
        if (!paragraphs[k].role) paragraphs[k].role = BlockRole::kTableOfContents;
      }
      return;
    }
    if (restarts) return;  // a second text (an attachment), not a table of contents
    if (first == paragraphs.size()) first = i;
    if (seen != highest.end()) {
      seen->second = m->value;
    } else {
      highest.emplace_back(m->style, m->value);
    }
    ++headings;
  }
}

size_t MarkFootnoteList(Paragraphs& paragraphs, const Grammar& grammar, size_t end) {
  size_t begin = end;
  while (begin > 0) {
    const Paragraph& p = paragraphs[begin - 1];
    if (p.role) break;
    bool numbered_note = false;
    for (const MarkerMatch& m : p.Markers(grammar)) {
      if (m.value > 0 && !m.marker.empty() && (m.marker[0] == '(' || m.marker[0] == '[') &&
          m.ordinal_text.view().find_first_not_of("0123456789") == std::string::npos) {
        numbered_note = true;
      }
    }
    if (!numbered_note) break;
    --begin;
  }
  if (begin == end) return end;
  // Every note must be cited inline before the list, right after a word or a
  // punctuation mark ("quy định(1)", "năm 2023 [2]").
  for (size_t k = begin; k < end; ++k) {
    std::string_view marker = paragraphs[k].Markers(grammar).front().marker;
    bool cited = false;
    for (size_t j = 0; j < begin && !cited; ++j) {
      std::string_view t = paragraphs[j].text;
      for (size_t at = t.find(marker); at != std::string::npos && !cited;
           at = t.find(marker, at + 1)) {
        cited = at > 0;
      }
    }
    if (!cited) return end;
  }
  for (size_t k = begin; k < end; ++k) paragraphs[k].role = BlockRole::kFootnote;
  return begin;
}

}  // namespace congvan::parse
