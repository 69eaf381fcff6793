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

}  // namespace congvan::text

#endif  // CONGVAN_TEXT_DECODE_H_
