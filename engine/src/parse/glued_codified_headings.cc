// Codified headings glued to the sentence before them. The Pháp điển (the
// state's code by subject, phapdien.moj.gov.vn) names each article it files
// by a code ("Điều 8.1.TT.6.4. Khen thưởng": subject, topic, source kind,
// source, article), a marker that is its own name (a heading style of kind
// none, numbered through the text: vi.xml's vi-article-codified). Copies of
// its pages lose the break before a heading and glue it to the last sentence
// of the article before ("… quy định của pháp luật.Điều 8.1.TT.6.4. Khen
// thưởng": 6,354 such in the site's 255 pages, DESIGN). The rule: in a text
// where some paragraph opens with such a heading (so the code is the text's
// own way of naming places, not a citation), a sentence's end (. ! ?) outside
// brackets followed, with or without a space, by a capital that opens a
// marker of that style is where the heading begins. A code cited inside a
// sentence follows no sentence's end ("theo Điều 8.1.LQ.3."); the page's
// notes list related articles in brackets, parted by semicolons ("(Điều này
// có nội dung liên quan đến Điều 34.1.LQ.8. …; Điều 6.1.NĐ.5. …)"); a text
// without codified headings of its own is not read.
#include "parse/glued_codified_headings.h"

namespace congvan::parse {
namespace {

// The styles of `grammar` whose marker names its place: kind none, heading,
// numbered through the text (codified articles).
std::vector<bool> CodifiedStyles(const Grammar& grammar) {
  std::vector<bool> codified;
  for (const MarkerStyle& s : grammar.styles())
    codified.push_back(s.kind == OrdinalKind::kNone && s.heading && s.continuous);
  return codified;
}

bool IsCodified(const std::vector<bool>& codified, int style) {
  return style >= 0 && static_cast<size_t>(style) < codified.size() &&
         codified[static_cast<size_t>(style)];
}

// Whether some paragraph opens with a codified heading (its line's marker).
bool TextOpensCodifiedHeadings(const Paragraphs& paragraphs, const std::vector<bool>& codified) {
  for (const Paragraph& p : paragraphs) {
    if (p.line_markers.state == Grammar::PackedMarkers::kOne &&
        IsCodified(codified, static_cast<int>(p.line_markers.style)))
      return true;
  }
  return false;
}

bool EndsSentenceAt(char c) { return c == '.' || c == '!' || c == '?'; }

// Where codified headings open after a sentence's end inside `text`.
std::vector<size_t> GluedHeadings(std::string_view text, const Grammar& grammar,
                                  const std::vector<bool>& codified) {
  std::vector<size_t> ats;
  int open_brackets = 0;
  for (size_t end = 1; end + 1 < text.size(); ++end) {
    if (text[end - 1] == '(') ++open_brackets;
    if (text[end - 1] == ')' && open_brackets > 0) --open_brackets;
    if (open_brackets > 0 || !EndsSentenceAt(text[end - 1]) || (end >= 2 && text[end - 2] == '.'))
      continue;
    size_t at = end;
    if (text[at] == ' ') ++at;
    if (at >= text.size() || static_cast<unsigned char>(text[at]) < 0x41 || text[at] == ' ')
      continue;
    if (StartsLowercase(text.substr(at, 4))) continue;
    for (const MarkerMatch& m : grammar.Match(text.substr(at))) {
      if (IsCodified(codified, m.style)) {
        ats.push_back(at);
        break;
      }
    }
  }
  return ats;
}

}  // namespace

void FindGluedCodifiedHeadings(const Paragraphs& paragraphs, const Grammar& grammar,
                               std::string_view buffer, std::vector<LineCut>& cuts) {
  const std::vector<bool> codified = CodifiedStyles(grammar);
  if (!TextOpensCodifiedHeadings(paragraphs, codified)) return;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const Paragraph& p = paragraphs[i];
    if (!CuttableParagraph(p, buffer)) continue;
    for (size_t at : GluedHeadings(p.text.view(), grammar, codified)) cuts.push_back({i, at});
  }
}

}  // namespace congvan::parse
