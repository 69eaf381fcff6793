// Helpers shared by the timeline builder and its writers (internal).
#ifndef CONGVAN_SRC_TIMELINE_TIMELINE_UTIL_H_
#define CONGVAN_SRC_TIMELINE_TIMELINE_UTIL_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace congvan::timeline_internal {

// Number of code points of UTF-8 text (ICU), for column widths.
std::size_t CodePoints(std::string_view text);

// `text` with whitespace runs collapsed, cut at a word boundary to at most
// `max_chars` code points, with "…" appended when cut. Never splits a
// character. max_chars <= 0: the whole text.
std::string Shorten(std::string_view text, int max_chars);

// Pads `text` with spaces to `width` code points (never cuts).
std::string PadRight(std::string_view text, std::size_t width);

}  // namespace congvan::timeline_internal

#endif  // CONGVAN_SRC_TIMELINE_TIMELINE_UTIL_H_
