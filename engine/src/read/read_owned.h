// Internal: ReadDocument over bytes it owns, so a large text file is decoded
// in its own buffer instead of being copied.
#ifndef CONGVAN_READ_READ_OWNED_H_
#define CONGVAN_READ_READ_OWNED_H_

#include <string>

#include "congvan/reader.h"

namespace congvan::read {

Result<ExtractedText> ReadOwned(std::string bytes, const std::string& source,
                                const ReadOptions& options);

}  // namespace congvan::read

#endif  // CONGVAN_READ_READ_OWNED_H_
