// Internal: decoding that takes ownership of the bytes, so a large file is
// validated and normalised in its own buffer instead of being copied.
#ifndef CONGVAN_TEXT_DECODE_H_
#define CONGVAN_TEXT_DECODE_H_

#include <cstdint>
#include <string>

#include "congvan/status.h"

namespace congvan::text {

// NUL bytes a UTF-8 text held and the decoder read as spaces (see
// decode.cc: a few isolated NULs in a long text are a converter's lost
// glyphs, not the sign of a binary file). `first` is a byte offset in the
// input.
struct StrayNuls {
  size_t count = 0;
  std::uint64_t first = 0;
};

// Same contract as congvan::DecodeText, reusing `bytes` when it can (UTF-8
// that is already NFC: BOM and CRs are removed in place). `nuls`, when
// given, receives the stray NUL bytes read as spaces (count 0 when none).
Result<std::string> DecodeOwned(std::string bytes, const std::string& source_name,
                                StrayNuls* nuls = nullptr);

// DecodeOwned for bytes the caller has just found to be well-formed UTF-8
// (the reader's UTF-8 census): the same result and errors, without checking
// each sequence a second time. `nfc_starters_only`: the census found every
// character an NFC-stable starter (text/nfc_starters.h), so the text is NFC
// and ICU's quick check is skipped.
// REQUIRES: `bytes` is well-formed UTF-8 and begins with no BOM of any kind;
// `nfc_starters_only` only when every character of `bytes` is such a starter.
Result<std::string> DecodeWellFormedUtf8(std::string bytes, const std::string& source_name,
                                         bool nfc_starters_only = false, StrayNuls* nuls = nullptr);

}  // namespace congvan::text

#endif  // CONGVAN_TEXT_DECODE_H_
