// A point's first sub-point glued to the point's own line. Vietnamese
// legislation numbers the sub-points of point g as "g.1)", "g.2)", and a
// sub-point of those as "g.1.1)"; each opens a line of its own. A copy that
// loses a line break joins the first sub-point to its point ("g) Hồ sơ chứng
// minh người phụ thuộc g.1) Đối với con:"). The rule: a line that opens with
// a point "x)" (after an opening quotation mark, as an amending text quotes
// it) and holds, after a space, the opener of that point's first sub-point
// "x.1)" followed by a space and a capital letter, is cut before that opener.
// Only the first sub-point of the line's own point: "x.1)" cannot be a
// reference (a reference names a sub-point by "điểm"/"tiết" and without the
// parenthesis), and the letter must be the line's own point's.
#include "parse/glued_subpoints.h"

namespace congvan::parse {
namespace {

// The letter (one byte, or "đ") of the point "x) " that opens `text` after
// an optional opening quotation mark; empty when none.
std::string_view OpeningPoint(std::string_view text) {
  for (std::string_view quote : {"\xE2\x80\x9C", "\"", "\xE2\x80\x9E"}) {  // “ " „
    if (text.substr(0, quote.size()) == quote) {
      text.remove_prefix(quote.size());
      break;
    }
  }
  size_t letter = text.substr(0, 2) == "\xC4\x91" ? 2 : 1;  // đ
  if (text.size() < letter + 2 || text[letter] != ')' || text[letter + 1] != ' ') return {};
  if (letter == 1 && (text[0] < 'a' || text[0] > 'z')) return {};
  return text.substr(0, letter);
}

// Where " x.1) C" opens in `text` after its point's own opener (the
// position of "x"), or npos. The search runs on ".1) " (a dot is rarer than
// the space the opener begins with) and looks back for " x".
size_t GluedFirstSubpoint(std::string_view text, std::string_view point) {
  constexpr std::string_view kFirst = ".1) ";
  for (size_t dot = text.find(kFirst, 1); dot != std::string_view::npos;
       dot = text.find(kFirst, dot + 1)) {
    if (dot < point.size() + 1) continue;
    const size_t at = dot - point.size();  // where "x" stands
    if (text[at - 1] != ' ' || text.substr(at, point.size()) != point) continue;
    std::string_view rest = text.substr(dot + kFirst.size());
    if (!rest.empty() && !StartsLowercase(rest) && LetterCount(rest.substr(0, 4), 1) == 1 &&
        rest[0] != ' ')
      return at;
  }
  return std::string_view::npos;
}

}  // namespace

void FindGluedSubpoints(const Paragraphs& paragraphs, std::string_view buffer,
                        std::vector<LineCut>& cuts) {
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const Paragraph& p = paragraphs[i];
    const std::string_view text = p.text.view();
    const std::string_view point = OpeningPoint(text);
    if (point.empty() || !CuttableParagraph(p, buffer)) continue;
    const size_t at = GluedFirstSubpoint(text, point);
    if (at != std::string_view::npos) cuts.push_back({i, at});
  }
}

}  // namespace congvan::parse
