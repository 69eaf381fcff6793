// The content hash that decides whether a file must be indexed again.
#ifndef CONGVAN_CORPUS_CONTENT_HASH_H_
#define CONGVAN_CORPUS_CONTENT_HASH_H_

#include <string>
#include <string_view>

namespace congvan::corpus {

// SHA-256 of `bytes` as 64 lower-case hex digits.
std::string ContentHash(std::string_view bytes);

}  // namespace congvan::corpus

#endif  // CONGVAN_CORPUS_CONTENT_HASH_H_
