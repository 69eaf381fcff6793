// Escaping a string for JSON exactly as nlohmann's dump(…, ensure_ascii=false,
// error_handler=replace) escapes it: '"', '\\', \b \f \n \r \t, other bytes
// below 0x20 as \u00xx, everything else copied. A string that is not valid
// UTF-8 is nlohmann's to write (its replacement characters), so the escaper
// reports it instead of writing it.
#ifndef CONGVAN_SRC_IO_JSON_ESCAPE_H_
#define CONGVAN_SRC_IO_JSON_ESCAPE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace congvan::io_internal {

// The most bytes EscapeJsonString writes for a string of `size` bytes: the
// quotes, and six (\u00xx) for every byte.
constexpr size_t JsonEscapedBound(size_t size) { return 6 * size + 2; }

// Writes `s` as a JSON string literal (quotes included) at `out`.
// REQUIRES: JsonEscapedBound(s.size()) bytes of room at `out`.
// Returns the end of what was written, or nullptr when `s` is not valid
// UTF-8 (what was written is then to be discarded: NlohmannJsonString).
char* EscapeJsonString(char* out, std::string_view s);

// EscapeJsonString without the quotes, for a piece of a valid string cut at
// character boundaries. Same room and result.
char* EscapeJsonChars(char* out, std::string_view s);

// True when EscapeJsonString would write `s` (it is valid UTF-8 without
// surrogates), without writing anything.
bool EscapableAsIs(std::string_view s);

// nlohmann's own literal of `s`, for the strings EscapeJsonString refuses.
std::string NlohmannJsonString(std::string_view s);

// Appends `s` to `out` as a JSON string literal, as nlohmann would write it.
void AppendJsonString(std::string& out, std::string_view s);

// What the escaper's scan needs to know of sixteen bytes, as masks (bit k:
// byte k): from 0x80; to escape (below 0x20, '"', '\\'); continuation bytes
// (80–BF); two-byte leads C2–DF; three-byte leads E1–EC, EE, EF (E0 and ED
// are left to ICU: their second byte decides). ClassifyJsonBytes reads them
// with SSE2 where the target has it, else as ClassifyJsonBytesPortable does
// (a table per byte); tests compare the two. REQUIRES: 16 readable bytes.
struct JsonByteClasses {
  uint32_t high = 0;
  uint32_t escape = 0;
  uint32_t continuation = 0;
  uint32_t lead2 = 0;
  uint32_t lead3 = 0;
};
JsonByteClasses ClassifyJsonBytes(const char* block);
JsonByteClasses ClassifyJsonBytesPortable(const char* block);

}  // namespace congvan::io_internal

#endif  // CONGVAN_SRC_IO_JSON_ESCAPE_H_
