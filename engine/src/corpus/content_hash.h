// The content hash that decides whether a file must be indexed again.
#ifndef CONGVAN_CORPUS_CONTENT_HASH_H_
#define CONGVAN_CORPUS_CONTENT_HASH_H_

#include <string>
#include <string_view>

#include "congvan/status.h"

namespace congvan::corpus {

// SHA-256 of `bytes` as 64 lower-case hex digits. Fails (kNotFound) when
// congvan's archive module, which computes it, cannot be loaded.
Result<std::string> ContentHash(std::string_view bytes);

}  // namespace congvan::corpus

#endif  // CONGVAN_CORPUS_CONTENT_HASH_H_
