// Internal: the plain-text reader's UTF-8 census — how the bytes read as
// UTF-8, and whether the text is NFC without asking ICU.
#ifndef CONGVAN_READ_UTF8_CENSUS_H_
#define CONGVAN_READ_UTF8_CENSUS_H_

#include <string_view>

#include "text/cpu_features.h"

namespace congvan::read_internal {

// How the non-ASCII bytes read as UTF-8, as ICU's U8_NEXT reads them:
// well-formed sequences and ill-formed ones, and whether every character
// decoded is an NFC-stable starter by the table (text/nfc_starters.h), which
// makes the text NFC without ICU's quick check, a second pass over every byte.
struct Utf8Census {
  int valid = 0;
  int invalid = 0;
  bool nfc_starters_only = true;
};

// The census of `bytes` (at most INT32_MAX of them are read; a longer text is
// never "starters only").
Utf8Census CountUtf8(std::string_view bytes);

// The ways the census can read the text: character by character (the
// portable loop), in blocks of sixteen bytes with SSE2 (part of x86-64), or
// runs of thirty-two-byte blocks with AVX2 (chosen at run time where the
// processor has it). All give the same census; CountUtf8 takes the widest
// the machine runs.
using CensusScan = text::VectorScan;  // text/cpu_features.h
inline bool CensusScanRuns(CensusScan scan) { return text::VectorScanRuns(scan); }
// CountUtf8 read the given way. REQUIRES: CensusScanRuns(scan).
Utf8Census CountUtf8With(CensusScan scan, std::string_view bytes);

}  // namespace congvan::read_internal

#endif  // CONGVAN_READ_UTF8_CENSUS_H_
