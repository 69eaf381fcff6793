// Plain text in the encodings Vietnamese files come in.
#ifndef CONGVAN_READ_TEXT_READER_H_
#define CONGVAN_READ_TEXT_READER_H_

#include <string>

#include "congvan/reader.h"
#include "text/decode.h"

namespace congvan::read {

// UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when the
// NUL bytes of its ASCII show which order), or a legacy encoding: the one
// under which the text reads as the most valid Vietnamese syllables, when it
// is clearly the best; otherwise an error naming the likely ones.
// options.encoding names one instead of guessing.
Result<ExtractedText> ReadText(std::string bytes, const std::string& source,
                               const ReadOptions& options);

// Bytes in a named or detected encoding → NFC UTF-8 (the text reader
// without the ExtractedText around it; the HTML reader uses it for pages
// whose charset is a legacy one). `encoding` receives the name used;
// `nuls`, when given, the stray NUL bytes of a UTF-8 text read as spaces.
Result<std::string> DecodeToUtf8(std::string bytes, const std::string& source,
                                 const ReadOptions& options, std::string* encoding,
                                 text::StrayNuls* nuls = nullptr);

}  // namespace congvan::read

#endif  // CONGVAN_READ_TEXT_READER_H_
