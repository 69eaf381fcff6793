// Vietnamese legacy encodings: decoding bytes written in them, and guessing
// which one a file is in.
#ifndef CONGVAN_READ_LEGACY_ENCODINGS_H_
#define CONGVAN_READ_LEGACY_ENCODINGS_H_

#include <string>
#include <string_view>
#include <vector>

#include "congvan/status.h"

namespace congvan::text {
class SyllableSet;
}

namespace congvan::read {

// The legacy encodings, in the order they are tried: windows-1258 (ICU),
// tcvn3 and vni-windows (tables in <data_dir>/encodings/), viscii (iconv).
const std::vector<std::string>& LegacyEncodings();

// Decodes `bytes` from `encoding` (a LegacyEncodings() name, or "utf-16le" /
// "utf-16be" without a BOM) into UTF-8, not yet normalised. `undecodable`
// counts bytes the encoding has no character for (each becomes U+FFFD).
Result<std::string> DecodeLegacy(std::string_view bytes, const std::string& encoding,
                                 const std::string& data_dir, const std::string& source,
                                 int* undecodable = nullptr);

// How much `utf8` reads as Vietnamese: the share of its words with a
// non-ASCII letter that are valid syllables (0 when it has none).
double VietnameseScore(std::string_view utf8, const text::SyllableSet& syllables);

}  // namespace congvan::read

#endif  // CONGVAN_READ_LEGACY_ENCODINGS_H_
