// Sha256 (see sha256.h), moved here from corpus/content_hash.cc: OpenSSL's
// libcrypto (Debian's libssl-dev), one EVP_Digest call. It lives in the
// archive module because libzip links libcrypto anyway, so hashing costs the
// process no library that reading a .docx would not load.
#include "read/archive_module/sha256.h"

#include <openssl/evp.h>

namespace congvan::read {

bool Sha256(std::string_view bytes, unsigned char* digest) {
  unsigned int length = 0;
  return EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) == 1 &&
         length == 32;
}

}  // namespace congvan::read
