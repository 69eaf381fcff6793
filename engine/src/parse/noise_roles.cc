// Line roles, noise: OCR garbage, or a stray line with almost no letters
// ("ok", "(68/22").
//
// OCR garbage comes in short runs; a long line is prose even when it has a
// few odd tokens. A short figure such as "20/11/2023;" right under an
// unfinished line is the end of a wrapped sentence, not noise; so is one word
// of the language under an unfinished line, or one right above the line that
// goes on with its paragraph. A marker alone with no text is noise only when
// nothing follows it. A rule drawn under page furniture ("---") is that
// furniture's decoration.

#include <string_view>
#include <vector>

#include "parse/line_roles.h"
#include "parse/ocr_noise.h"
#include "text/syllables.h"

namespace congvan::parse {
namespace {

// OCR garbage comes in short runs; a long line is prose even when it has a
// few odd tokens (and checking it would cost a pass over most of the input).
constexpr size_t kMaxGarbageLineBytes = 400;

// `letters` is LetterCount(line.text, 3), which MarkNoise asks once a line.
bool IsNoise(const SourceLine& line, int letters, const Grammar& grammar) {
  if (line.text.size() > kMaxGarbageLineBytes) return false;
  if (letters >= 3) return LooksLikeOcrGarbage(line.text);
  // A marker alone on its line ("I.", "a)") is a heading split from its text.
  return HasNoMarkers(grammar, line);
}

// A line that is one word of the language, closing punctuation aside ("vụ",
// "tư.", "có).", "vị:"): the short last piece of a hard-wrapped sentence (a web
// copy breaks "… quy định của pháp luật về đầu" / "tư."), or a paragraph's
// first word left on its own line ("Sở" / "Giáo dục và Đào tạo đề nghị …").
// Asked only of lines with fewer than three letters; "ok" and OCR specks are
// not syllables of the language, so they stay noise, and a word in capitals
// stays with the letterhead or heading it was split from.
bool IsOneWordOfLanguage(std::string_view text, const Grammar& grammar) {
  const text::SyllableSet* syllables = grammar.syllables();
  if (syllables == nullptr) return false;
  while (!text.empty() && std::string_view(".,;:)!?").find(text.back()) != std::string_view::npos)
    text.remove_suffix(1);
  // A word in capitals ("VÀ", "ỦY") is a piece of a letterhead or a heading.
  return !text.empty() && UpperCase(text) != text && syllables->Valid(text);
}

}  // namespace

// Noise: OCR garbage, or a stray line with almost no letters ("ok", "(68/22").
// A short figure such as "20/11/2023;" right under an unfinished line is
// the end of a wrapped sentence, not noise; so is one word of the language
// under an unfinished line, or one right above the line that goes on with
// its paragraph (IsOneWordOfLanguage).
void MarkNoise(std::vector<SourceLine>& lines, const Grammar& grammar) {
  const SourceLine* previous = nullptr;
  auto unfinished = [](const SourceLine* above) {
    return above != nullptr && !above->role && !EndsWithTerminalPunctuation(above->text) &&
           above->text.back() != ':';
  };
  // The next line, right below (no blank between), is prose of no role.
  auto continued_below = [&](size_t i) {
    return i + 1 < lines.size() && !lines[i + 1].blank && !lines[i + 1].role &&
           LetterCount(lines[i + 1].text, 3) >= 3;
  };
  // A marker alone on its line is a heading whose text follows on the next
  // line; one followed by no text ("+" among the pieces of a formula) is not.
  auto lone_marker_without_text = [&](size_t i, int letters) {
    if (letters >= 3) return false;
    bool alone = false;  // a marker with nothing after it
    for (const MarkerMatch& m : LineMarkers(grammar, lines[i]))
      alone = alone || m.text_begin >= lines[i].text.size();
    if (!alone) return false;
    for (size_t j = i + 1; j < lines.size(); ++j) {
      if (lines[j].blank) continue;
      return LetterCount(lines[j].text, 3) < 3;
    }
    return true;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    SourceLine& line = lines[i];
    if (line.blank) {
      previous = nullptr;
      continue;
    }
    if (line.role || line.text.size() > kMaxGarbageLineBytes) {
      previous = &line;
      continue;
    }
    const int letters = LetterCount(line.text, 3);  // the three questions below ask it
    if ((IsNoise(line, letters, grammar) || lone_marker_without_text(i, letters)) &&
        LineCue(grammar, line, CueKind::kFooter) < 0 &&
        LineCue(grammar, line, CueKind::kLetterhead) < 0 &&  // a bare "Số:" is the letterhead's
        LineCue(grammar, line, CueKind::kSignature) < 0) {   // and a bare "TM." the signature's
      bool has_digit = line.text.find_first_of("0123456789") != std::string_view::npos;
      bool continues =
          unfinished(previous) && has_digit && letters < 3 && !LooksLikeOcrGarbage(line.text);
      if (!continues && letters > 0 && IsOneWordOfLanguage(line.text, grammar)) {
        bool ends_sentence =
            std::string_view(".,;:)").find(line.text.back()) != std::string_view::npos;
        continues = unfinished(previous) || (!ends_sentence && continued_below(i));
      }
      if (!continues) line.role = BlockRole::kNoise;
    }
    previous = &line;
  }
}

namespace {

// A rule drawn under a line ("---"; the delimiter row "| --- |" of a one-cell
// markdown table, whose pipes StripEdgeMarkup took) is that line's
// decoration: only dashes, pipes and colons.
bool IsRuleLine(std::string_view text) {
  size_t dashes = 0;
  for (char c : text) {
    if (c == '-') {
      ++dashes;
    } else if (c != '|' && c != ':' && c != ' ') {
      return false;
    }
  }
  return dashes >= 3;
}

}  // namespace

// A rule right under a line the grammar made page furniture (a portal's
// notice "| Văn bản này có file đính kèm … |" over its "| --- |") is that
// furniture's, not noise, a signature line or an annex of its own.
void KeepRulesWithFurniture(std::vector<SourceLine>& lines) {
  const SourceLine* previous = nullptr;  // the last non-blank line
  for (SourceLine& line : lines) {
    if (line.blank) continue;
    if (previous != nullptr && previous->role == BlockRole::kFurniture &&
        (!line.role || line.role == BlockRole::kNoise) && IsRuleLine(line.text)) {
      line.role = BlockRole::kFurniture;
    }
    previous = &line;
  }
}

}  // namespace congvan::parse
