// Escaping a string for JSON exactly as nlohmann's dump(…, ensure_ascii=false,
// error_handler=replace) escapes it: '"', '\\', \b \f \n \r \t, other bytes
// below 0x20 as \u00xx, everything else copied. A string that is not valid
// UTF-8 is nlohmann's to write (its replacement characters), so the escaper
// reports it instead of writing it.
#ifndef CONGVAN_SRC_IO_JSON_ESCAPE_H_
#define CONGVAN_SRC_IO_JSON_ESCAPE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "text/cpu_features.h"

namespace congvan::io_internal {

// The most bytes EscapeJsonString writes for a string of `size` bytes: the
// quotes, and six (\u00xx) for every byte.
constexpr size_t JsonEscapedBound(size_t size) { return 6 * size + 2; }

// Whether no byte of `w` is to escape or from 0x80, eight bytes tested as
// one word: each test leaves a byte's high bit set where it holds (exact for
// "any": a borrow runs only above a byte that holds).
[[gnu::always_inline]] inline bool PlainAsciiWord(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101, kHigh = 0x8080808080808080;
  const auto zero_byte = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const uint64_t below_20 = (w - 0x20 * kOnes) & ~w & kHigh;
  return ((w & kHigh) | below_20 | zero_byte(w ^ ('"' * kOnes)) | zero_byte(w ^ ('\\' * kOnes))) ==
         0;
}

// A string shorter than sixteen bytes that is plain ASCII (no byte to
// escape, none from 0x80), copied as it is: most member values (paths
// "1.2.3", styles, markers) are, and the block scan would first copy them
// into a block and then out again. From four bytes on it is read as two
// words that overlap (four or eight bytes from each end) and tested as
// above; shorter, byte by byte. `out` may get bytes either way; the caller
// then writes the string from the start. True when the whole string was
// plain (and copied). Inline: the JSON cursor (io/json_cursor.h) writes a
// task's path, marker and style without a call. REQUIRES: s.size() < 16.
[[gnu::always_inline]] inline bool CopiedShortPlainAscii(char* out, std::string_view s) {
  const size_t n = s.size();
  if (n >= 8) {
    uint64_t head, tail;
    std::memcpy(&head, s.data(), 8);
    std::memcpy(&tail, s.data() + n - 8, 8);
    if (!PlainAsciiWord(head) || !PlainAsciiWord(tail)) return false;
    std::memcpy(out, &head, 8);
    std::memcpy(out + n - 8, &tail, 8);
    return true;
  }
  if (n >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, s.data(), 4);
    std::memcpy(&tail, s.data() + n - 4, 4);
    if (!PlainAsciiWord(head | uint64_t{tail} << 32)) return false;
    std::memcpy(out, &head, 4);
    std::memcpy(out + n - 4, &tail, 4);
    return true;
  }
  for (size_t k = 0; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[k]);
    if (b < 0x20 || b == '"' || b == '\\' || b >= 0x80) return false;
    out[k] = s[k];
  }
  return true;
}

// Writes `s` as a JSON string literal (quotes included) at `out`.
// REQUIRES: JsonEscapedBound(s.size()) bytes of room at `out`.
// Returns the end of what was written, or nullptr when `s` is not valid
// UTF-8 (what was written is then to be discarded: NlohmannJsonString).
char* EscapeJsonString(char* out, std::string_view s);

// EscapeJsonString without the quotes, for a piece of a valid string cut at
// character boundaries. Same room and result.
char* EscapeJsonChars(char* out, std::string_view s);

// EscapeJsonChars for a string shorter than sixteen bytes with sixteen
// readable at its start (a CompactString's inline text): the block is
// tested once, as the scan tests one (zeros before it, bits past the end
// ignored, a lead in the last two bytes refused), and copied whole when it
// passes — the short words of non-ASCII markers ("Điều 12.") otherwise went
// through the full scan, its copy of the block and a memcpy. Else as
// EscapeJsonChars. REQUIRES: JsonEscapedBound(s.size()) and sixteen bytes of
// room at `out`.
char* EscapeJsonCharsWithin16(char* out, std::string_view s);

// True when EscapeJsonString would write `s` (it is valid UTF-8 without
// surrogates), without writing anything.
bool EscapableAsIs(std::string_view s);

// nlohmann's own literal of `s`, for the strings EscapeJsonString refuses.
std::string NlohmannJsonString(std::string_view s);

// Appends `s` to `out` as a JSON string literal, as nlohmann would write it.
void AppendJsonString(std::string& out, std::string_view s);

// What the escaper's scan needs to know of the sixteen bytes at `block`,
// read with the two bytes before them (`before[0]` two before, `before[1]`
// the one before; zeros at a string's start), as masks (bit k: byte k):
// `escape`, the bytes to escape (below 0x20, '"', '\\'); `suspect`, the bytes
// where the text may not be valid UTF-8 — a continuation byte (80–BF) where
// no lead wants one, a byte that is not one where a lead does (after C0–FF,
// two after E0–FF), and the leads the block test leaves to ICU (C0, C1, E0,
// ED, F0–FF: the byte after decides, or four bytes). JsonBlockMasks reads
// them with SSE2 where the target has it, else as JsonBlockMasksPortable does
// (byte by byte); tests compare the two. REQUIRES: 16 readable bytes at
// `block`, 2 at `before`.
struct JsonBlockMasks {
  uint32_t escape = 0;
  uint32_t suspect = 0;
};
JsonBlockMasks JsonBlockMasksAt(const char* block, const char* before);
JsonBlockMasks JsonBlockMasksPortable(const char* block, const char* before);

// The ways the escaper can read its blocks: byte by byte (the portable
// masks), sixteen bytes with SSE2 (part of x86-64), thirty-two with AVX2
// (chosen at run time where the processor has it). All give the same
// output; EscapeJsonChars takes the widest the machine runs.
using JsonScan = text::VectorScan;  // text/cpu_features.h
inline bool JsonScanRuns(JsonScan scan) { return text::VectorScanRuns(scan); }
// EscapeJsonChars read the given way. REQUIRES: JsonScanRuns(scan).
char* EscapeJsonCharsWith(JsonScan scan, char* out, std::string_view s);
// The masks of the thirty-two bytes at `block` (bits 0–31) as the AVX2 scan
// reads them; `before` as for JsonBlockMasksAt. REQUIRES:
// JsonScanRuns(JsonScan::kAvx2), 32 readable bytes at `block`.
JsonBlockMasks JsonBlockMasksAvx2(const char* block, const char* before);
// The AVX2 scan's test of a clean block (no byte to escape, none suspect),
// which reads the bytes by their value through two nibble tables instead
// of the masks' comparisons. Same REQUIRES.
bool JsonBlockPassesAvx2(const char* block, const char* before);

}  // namespace congvan::io_internal

#endif  // CONGVAN_SRC_IO_JSON_ESCAPE_H_
