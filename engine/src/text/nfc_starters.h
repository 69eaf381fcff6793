// Internal: the characters that make a text NFC by themselves, tabled.
#ifndef CONGVAN_TEXT_NFC_STARTERS_H_
#define CONGVAN_TEXT_NFC_STARTERS_H_

#include <unicode/umachine.h>

#include <array>
#include <cstdint>

namespace congvan::text {

// Characters whose NFC quick check is "yes" and whose canonical combining
// class is 0 (ICU's answers, tabled once): such a character is its own NFC,
// composes with nothing before it and reorders nothing, so a text made only
// of them is NFC (the quick check of UAX #15 answers "yes" without looking
// further), and stays NFC when characters of the same kind are removed or
// replaced (a CR dropped, a no-break space turned into ' '). The table covers
// ASCII and the blocks Vietnamese and English text is written in:
// U+0080–U+07FF, U+1E00–U+1EFF (Latin Extended Additional) and U+2000–U+206F
// (General Punctuation); for any other code point `Has` answers false, "not
// known", and the caller asks ICU.
class NfcStarters {
 public:
  // The process's one table (built on first use; thread-safe).
  static const NfcStarters& Get();

  // REQUIRES: c is a code point (0 ≤ c ≤ 0x10FFFF).
  bool Has(UChar32 c) const {
    auto u = static_cast<uint32_t>(c);
    if (u < kLowEnd) return low_[u] != 0;
    if (u - kLatinExtendedFirst < latin_extended_.size()) {
      return latin_extended_[u - kLatinExtendedFirst] != 0;
    }
    if (u - kPunctuationFirst < punctuation_.size()) {
      return punctuation_[u - kPunctuationFirst] != 0;
    }
    return false;
  }

 private:
  NfcStarters();
  static constexpr uint32_t kLowEnd = 0x800;
  static constexpr uint32_t kLatinExtendedFirst = 0x1E00;
  static constexpr uint32_t kPunctuationFirst = 0x2000;
  std::array<uint8_t, kLowEnd> low_{};
  std::array<uint8_t, 0x100> latin_extended_{};  // U+1E00–U+1EFF
  std::array<uint8_t, 0x70> punctuation_{};      // U+2000–U+206F
};

}  // namespace congvan::text

#endif  // CONGVAN_TEXT_NFC_STARTERS_H_
