// SHA-256 through OpenSSL's libcrypto (Debian's libssl-dev), one EVP_Digest
// call. A cryptographic hash is more than change detection needs, but it is
// the well-kept library at hand (SQLite has no hash function), it costs far
// less than parsing the file, and researchers can check a row against
// `sha256sum FILE`.
#include "corpus/content_hash.h"

#include <openssl/evp.h>

namespace congvan::corpus {

std::string ContentHash(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
    return {};  // only on allocation failure; an empty hash never equals a stored one
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0xf];
  }
  return hex;
}

}  // namespace congvan::corpus
