// Internal: one byte per code point over the blocks Vietnamese and English
// text is written in, computed once from a function of the code point.
//
// Approach: the per-character questions of the hot byte passes (is this an
// NFC-stable starter? a letter, upper case, a digit?) have ICU answers that
// never change within a process, and nearly every character of a Vietnamese or
// English text lies in three ranges: U+0000–U+07FF (ASCII, Latin-1, Latin
// Extended-A/B, the combining marks), U+1E00–U+1EFF (Latin Extended
// Additional: ạ ả ấ …) and U+2000–U+206F (General Punctuation). The table asks
// the function once per code point of those ranges (≈ 2,400 calls) and keeps
// the answers in flat arrays; `Find` answers from them, or says the code point
// is outside, where the caller decides (ask ICU, or "not known").
#ifndef CONGVAN_TEXT_CODE_POINT_TABLE_H_
#define CONGVAN_TEXT_CODE_POINT_TABLE_H_

#include <unicode/umachine.h>

#include <array>
#include <cstddef>
#include <cstdint>

namespace congvan::text {

class CodePointTable {
 public:
  // Tables answer(c) for every code point c of the three ranges.
  template <class Answer>
  explicit CodePointTable(Answer answer) {
    Fill(low_, 0, answer);
    Fill(latin_extended_, kLatinExtendedFirst, answer);
    Fill(punctuation_, kPunctuationFirst, answer);
  }

  // The tabled answer for c, or nullptr when c is outside the ranges.
  // REQUIRES: c ≥ 0.
  const uint8_t* Find(UChar32 c) const {
    auto u = static_cast<uint32_t>(c);
    if (u < kLowEnd) return &low_[u];
    if (u - kLatinExtendedFirst < latin_extended_.size()) {
      return &latin_extended_[u - kLatinExtendedFirst];
    }
    if (u - kPunctuationFirst < punctuation_.size()) {
      return &punctuation_[u - kPunctuationFirst];
    }
    return nullptr;
  }

 private:
  static constexpr uint32_t kLowEnd = 0x800;
  static constexpr uint32_t kLatinExtendedFirst = 0x1E00;
  static constexpr uint32_t kPunctuationFirst = 0x2000;

  template <size_t N, class Answer>
  static void Fill(std::array<uint8_t, N>& table, uint32_t first, Answer& answer) {
    for (size_t i = 0; i < N; ++i) table[i] = answer(static_cast<UChar32>(first + i));
  }

  std::array<uint8_t, kLowEnd> low_{};
  std::array<uint8_t, 0x100> latin_extended_{};  // U+1E00–U+1EFF
  std::array<uint8_t, 0x70> punctuation_{};      // U+2000–U+206F
};

}  // namespace congvan::text

#endif  // CONGVAN_TEXT_CODE_POINT_TABLE_H_
