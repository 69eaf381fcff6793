// Decoding bytes into the engine's one text form: NFC UTF-8 with '\n' line
// ends. The first step of every reader and of parsing (congvan/parse.h);
// implemented in engine/src/text/decode.cc.
#ifndef CONGVAN_TEXT_DECODE_PUBLIC_H_
#define CONGVAN_TEXT_DECODE_PUBLIC_H_

#include <string>
#include <string_view>

#include "congvan/status.h"

namespace congvan {

// Decodes raw bytes to NFC UTF-8 with '\n' line ends: UTF-8 with or without
// BOM, UTF-16 LE/BE with BOM. Fails on invalid UTF-8 (the Status carries the
// byte offset), on NUL bytes that are not stray (binary: a run of them, or
// more than one in 1,024 bytes; a few isolated NULs in a long UTF-8 text read
// as spaces, text/decode.cc), and on empty or whitespace-only input.
Result<std::string> DecodeText(std::string_view bytes, const std::string& source_name);

}  // namespace congvan

#endif  // CONGVAN_TEXT_DECODE_PUBLIC_H_
