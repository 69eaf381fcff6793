// Per-code-point answers of a one-character next pattern (next_char_memo.h).
#include "grammar/next_char_memo.h"

#include <string>
#include <vector>

#include "grammar/lazy_regex.h"

namespace congvan::grammar_internal {
namespace {

// Whether `unit` (TopLevelUnits) matches exactly one character wherever it
// matches: a class or a Unicode property escape.
bool OneCharacter(std::string_view unit) {
  if (unit.size() >= 2 && unit.front() == '[' && unit.back() == ']') return true;
  return unit.size() >= 3 && unit[0] == '\\' && (unit[1] == 'p' || unit[1] == 'P');
}

// The code point at line[at], or -1 when the bytes there are not a
// well-formed UTF-8 sequence of at most three bytes (no overlong form, no
// surrogate).
int32_t CodePointAt(std::string_view line, size_t at) {
  auto byte = [&](size_t i) { return static_cast<uint8_t>(line[i]); };
  const uint8_t b0 = byte(at);
  if (b0 < 0x80) return b0;
  auto continuation = [&](size_t i) { return i < line.size() && (byte(i) & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (!continuation(at + 1)) return -1;
    return ((b0 & 0x1F) << 6) | (byte(at + 1) & 0x3F);
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!continuation(at + 1) || !continuation(at + 2)) return -1;
    int32_t cp = ((b0 & 0x0F) << 12) | ((byte(at + 1) & 0x3F) << 6) | (byte(at + 2) & 0x3F);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
    return cp;
  }
  return -1;
}

}  // namespace

std::unique_ptr<NextCharMemo> NextCharMemo::For(std::string_view pattern,
                                                const RE2::Options& options) {
  if (options.encoding() != RE2::Options::EncodingUTF8 || options.never_nl() ||
      options.posix_syntax() || options.longest_match() != false) {
    return nullptr;
  }
  std::vector<std::string_view> alternatives = TopLevelAlternatives(pattern);
  if (alternatives.empty()) return nullptr;
  bool end_matches = false;
  for (std::string_view a : alternatives) {
    if (a == "$") {
      end_matches = true;
      continue;
    }
    std::vector<std::string_view> units = TopLevelUnits(a);
    if (units.size() != 1 || !OneCharacter(units[0])) return nullptr;
  }
  return std::unique_ptr<NextCharMemo>(new NextCharMemo(end_matches));
}

bool NextCharMemo::Matches(const LazyRegex& re, std::string_view line, size_t at) const {
  if (at >= line.size()) return at == line.size() && end_matches_;
  const int32_t cp = CodePointAt(line, at);
  if (cp < 0 || static_cast<uint32_t>(cp) >= kCodePoints) {
    return re.get().Match(line, at, line.size(), RE2::ANCHOR_START, nullptr, 0);
  }
  std::atomic<uint8_t>& slot = answers_[static_cast<size_t>(cp)];
  if (uint8_t known = slot.load(std::memory_order_relaxed)) return known == 2;
  const bool yes = re.get().Match(line, at, line.size(), RE2::ANCHOR_START, nullptr, 0);
  slot.store(yes ? 2 : 1, std::memory_order_relaxed);
  return yes;
}

}  // namespace congvan::grammar_internal
