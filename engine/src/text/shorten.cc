// Shortening and column widths (see shorten.h).
//
// Approach: whitespace is collapsed first, so the width counts what a reader
// sees; the cut then walks ICU word tokens and stops after the last whole
// word that leaves room for "…", dropping a trailing comma or semicolon.
// Widths are in code points (ICU), never bytes, so Vietnamese is not cut
// earlier than English.
#include "text/shorten.h"

#include <unicode/unistr.h>

#include "congvan/text_fold.h"

namespace congvan::text {

std::size_t CodePoints(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  return static_cast<std::size_t>(u.countChar32());
}

std::string Shorten(std::string_view text, int max_chars) {
  std::string collapsed;
  collapsed.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !collapsed.empty();
      continue;
    }
    if (space) collapsed += ' ';
    space = false;
    collapsed += c;
  }
  if (max_chars <= 0 || CodePoints(collapsed) <= static_cast<std::size_t>(max_chars)) {
    return collapsed;
  }
  // Cut at the end of the last word token that still fits (one char left for "…").
  std::size_t budget = static_cast<std::size_t>(max_chars - 1);
  std::size_t cut = 0, used = 0;
  for (const WordToken& t : WordTokens(collapsed)) {
    std::size_t n = CodePoints(std::string_view(collapsed).substr(t.begin, t.end - t.begin));
    if (used + n > budget) break;
    used += n;
    if (t.is_word) cut = t.end;
  }
  if (cut == 0) {
    // One long first word: cut between tokens is impossible, cut by code points.
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(collapsed);
    std::string out;
    u.tempSubString(0, u.moveIndex32(0, static_cast<int32_t>(budget))).toUTF8String(out);
    return out + "…";
  }
  std::string out = collapsed.substr(0, cut);
  while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ' '))
    out.pop_back();
  return out + "…";
}

std::string PadRight(std::string_view text, std::size_t width) {
  std::string out(text);
  std::size_t n = CodePoints(text);
  if (n < width) out.append(width - n, ' ');
  return out;
}

}  // namespace congvan::text
