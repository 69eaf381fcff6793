// The NFC-stable starters table (nfc_starters.h).
//
// Approach: ICU's NFC quick check reads every byte of a text through its
// normalisation data (about 11 instructions a byte on a Vietnamese law); the
// reader already decodes every non-ASCII character once for its UTF-8
// census, and a character of the blocks a Vietnamese or English text is
// written in is looked up here in the same pass. The table holds ICU's own
// answers (UCHAR_NFC_QUICK_CHECK and the combining class), computed once, so
// it cannot disagree with ICU; a character outside it is "not known", and the
// whole text then goes to ICU's quick check as before.
#include "text/nfc_starters.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

namespace congvan::text {
namespace {

bool StableStarter(UChar32 c) {
  return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
         u_getCombiningClass(c) == 0;
}

}  // namespace

NfcStarters::NfcStarters()
    : table_([](UChar32 c) -> uint8_t { return StableStarter(c) ? 1 : 0; }) {}

const NfcStarters& NfcStarters::Get() {
  static const NfcStarters table;
  return table;
}

}  // namespace congvan::text
