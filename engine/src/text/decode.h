// Internal: decoding that takes ownership of the bytes, so a large file is
// validated and normalised in its own buffer instead of being copied.
#ifndef CONGVAN_TEXT_DECODE_H_
#define CONGVAN_TEXT_DECODE_H_

#include <string>

#include "congvan/status.h"

namespace congvan::text {

// Same contract as congvan::DecodeText, reusing `bytes` when it can (UTF-8
// that is already NFC: BOM and CRs are removed in place).
Result<std::string> DecodeOwned(std::string bytes, const std::string& source_name);

// DecodeOwned for bytes the caller has just found to be well-formed UTF-8
// (the reader's UTF-8 census): the same result and errors, without checking
// each sequence a second time. `nfc_starters_only`: the census found every
// character an NFC-stable starter (text/nfc_starters.h), so the text is NFC
// and ICU's quick check is skipped.
// REQUIRES: `bytes` is well-formed UTF-8 and begins with no BOM of any kind;
// `nfc_starters_only` only when every character of `bytes` is such a starter.
Result<std::string> DecodeWellFormedUtf8(std::string bytes, const std::string& source_name,
                                         bool nfc_starters_only = false);

}  // namespace congvan::text

#endif  // CONGVAN_TEXT_DECODE_H_
