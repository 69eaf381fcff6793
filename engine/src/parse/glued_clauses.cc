// Clauses glued into one line. A clause "N. " opens a line of its own in
// every genre (Vietnamese khoản, the English "1. This Circular …"); a copy
// that lost the line breaks of an article runs its clauses on in one line,
// each after the full stop that ends the one before ("… lịch sử tự nhiên. 2.
// Bảo vật quốc gia …. 3. …", the portal's copy of Luật Di sản văn hóa's
// Điều 41a). The rule: in a line that holds clause N-1 — opening with it, or
// holding "1. " before a capital after its heading — a number N followed by
// ". " and a capital, right after a sentence's end (a full stop after a
// letter, a digit or a closing bracket or quote; not a dot leader, which
// parts a form's numbered fields), opens clause N, and the count goes on
// from it. A number out of that sequence (a year, an amount, a clause
// cited) is not a clause. When the line's clause 1 follows its heading
// ("Điều 12a. Tác giả, đồng tác giả 1. Tác giả là …", an inserted article
// as the portal copies it: the title has no full stop; what stands before
// "1." must be an article's heading alone, not a chapter's line running on
// into its articles) and clause 2 was found glued after it, the line is cut
// before clause 1 too. A table's row
// ("| … |") holds no clauses.
#include "parse/glued_clauses.h"

#include <algorithm>
#include <optional>

#include "text/ascii_chars.h"

namespace congvan::parse {
namespace {

using text::IsAsciiDigit;

// The number of the clause "N. " at `at` in `text` when a capital follows
// its dot and space (N below 1,000); nullopt otherwise.
std::optional<int> ClauseAt(std::string_view text, size_t at) {
  size_t end = at;
  int number = 0;
  while (end < text.size() && IsAsciiDigit(text[end]) && end - at < 3) {
    number = number * 10 + (text[end] - '0');
    ++end;
  }
  if (end == at || end + 2 >= text.size() || text[end] != '.' || text[end + 1] != ' ')
    return std::nullopt;
  std::string_view rest = text.substr(end + 2);
  if (rest[0] == ' ' || IsAsciiDigit(rest[0]) || StartsLowercase(rest) || LetterCount(rest, 1) == 0)
    return std::nullopt;
  return number;
}

// Whether the full stop at `dot` ends a sentence: after a letter, a digit,
// a closing bracket or quotation mark (any byte of a multi-byte letter or
// mark), never after another dot or an ellipsis.
bool EndsSentence(std::string_view text, size_t dot) {
  if (dot == 0) return false;
  const unsigned char before = static_cast<unsigned char>(text[dot - 1]);
  if (before == '.' || before == ' ' || before == ',' || before == ':' || before == ';')
    return false;
  if (dot >= 3 && text.substr(dot - 3, 3) == "\xE2\x80\xA6") return false;  // …
  return true;
}

// The clause a line holds before any cut.
struct HeldClause {
  int number = 0;                      // 0: none
  size_t at = std::string_view::npos;  // where clause 1 follows a heading; npos: opens the line
};

// Whether `text` is an article's heading alone ("Điều 41a", "Điều 12a. Tác
// giả, đồng tác giả"): a marker of the article level opens it, and what
// follows the marker, its title, has no sentence's punctuation or quotation
// (not "Điều 78a \"1. Hộ gia đình … đất.", a quoted article run on).
bool IsArticleHeading(std::string_view text, const Grammar& grammar) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  for (const MarkerMatch& m : grammar.Match(text)) {
    if (grammar.styles()[static_cast<size_t>(m.style)].level != "article") continue;
    std::string_view title = text.substr(std::min(m.text_begin, text.size()));
    if (title.find_first_of(".;:\"") == std::string_view::npos &&
        title.find("\xE2\x80\x9C") == std::string_view::npos)  // “
      return true;
  }
  return false;
}

// The clause the line opens with, or a first clause right after its
// article's heading ("Điều 41a 1. Bảo vật …"; not after a chapter's).
HeldClause ClauseHeld(std::string_view text, const Grammar& grammar) {
  if (std::optional<int> opening = ClauseAt(text, 0)) return {*opening};
  // " 1. " searched from its digit, rarer than the space it begins with.
  for (size_t one = text.find("1. ", 1); one != std::string_view::npos;
       one = text.find("1. ", one + 1)) {
    if (text[one - 1] != ' ') continue;
    if (ClauseAt(text, one) && IsArticleHeading(text.substr(0, one - 1), grammar)) return {1, one};
    return {};  // only the first " 1. " counts
  }
  return {};
}

}  // namespace

void FindGluedClauses(const Paragraphs& paragraphs, const Grammar& grammar, std::string_view buffer,
                      std::vector<LineCut>& cuts) {
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const Paragraph& p = paragraphs[i];
    if (!CuttableParagraph(p, buffer)) continue;
    const std::string_view text = p.text.view();
    if (text.starts_with("|")) continue;
    const HeldClause first = ClauseHeld(text, grammar);
    if (first.number == 0) continue;
    int held = first.number;
    const size_t from = first.at == std::string_view::npos ? 0 : first.at;
    for (size_t dot = text.find(". ", from); dot != std::string_view::npos;
         dot = text.find(". ", dot + 1)) {
      size_t at = dot + 1;
      while (at < text.size() && text[at] == ' ') ++at;
      std::optional<int> clause = ClauseAt(text, at);
      if (!clause || *clause != held + 1 || !EndsSentence(text, dot)) continue;
      cuts.push_back({i, at});
      held = *clause;
    }
    if (held > first.number && first.at != std::string_view::npos) cuts.push_back({i, first.at});
  }
}

}  // namespace congvan::parse
