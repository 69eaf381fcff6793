// Internal: the characters that make a text NFC by themselves, tabled.
#ifndef CONGVAN_TEXT_NFC_STARTERS_H_
#define CONGVAN_TEXT_NFC_STARTERS_H_

#include <unicode/umachine.h>

#include <cstdint>

#include "text/code_point_table.h"

namespace congvan::text {

// Characters whose NFC quick check is "yes" and whose canonical combining
// class is 0 (ICU's answers, tabled once): such a character is its own NFC,
// composes with nothing before it and reorders nothing, so a text made only
// of them is NFC (the quick check of UAX #15 answers "yes" without looking
// further), and stays NFC when characters of the same kind are removed or
// replaced (a CR dropped, a no-break space turned into ' '). The table covers
// the blocks Vietnamese and English text is written in (text/code_point_table.h:
// U+0000–U+07FF, U+1E00–U+1EFF, U+2000–U+206F); for any other code point
// `Has` answers false, "not known", and the caller asks ICU.
class NfcStarters {
 public:
  // The process's one table (built on first use; thread-safe).
  static const NfcStarters& Get();

  // REQUIRES: c is a code point (0 ≤ c ≤ 0x10FFFF).
  bool Has(UChar32 c) const {
    const uint8_t* stable = table_.Find(c);
    return stable != nullptr && *stable != 0;
  }

 private:
  NfcStarters();
  CodePointTable table_;
};

}  // namespace congvan::text

#endif  // CONGVAN_TEXT_NFC_STARTERS_H_
