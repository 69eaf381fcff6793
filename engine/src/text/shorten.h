// Cutting text to a width for people: the one Shorten of the engine (the
// outline, the diff and timeline reports), and column helpers that count
// code points rather than bytes.
#ifndef CONGVAN_SRC_TEXT_SHORTEN_H_
#define CONGVAN_SRC_TEXT_SHORTEN_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace congvan::text {

// Number of code points of UTF-8 text (ICU), for column widths.
std::size_t CodePoints(std::string_view text);

// `text` with whitespace runs (line breaks included) collapsed to one space,
// cut at a word boundary to at most `max_chars` code points, "…" included,
// when it is longer. Never splits a character; a first word longer than the
// width is cut between code points. max_chars <= 0: the whole text.
std::string Shorten(std::string_view text, int max_chars);

// Pads `text` with spaces to `width` code points (never cuts).
std::string PadRight(std::string_view text, std::size_t width);

}  // namespace congvan::text

#endif  // CONGVAN_SRC_TEXT_SHORTEN_H_
