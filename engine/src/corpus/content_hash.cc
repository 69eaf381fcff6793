// SHA-256 through OpenSSL's libcrypto (Debian's libssl-dev). A cryptographic
// hash is more than change detection needs, but it is the well-kept library
// at hand (SQLite has no hash function), it costs far less than parsing the
// file, and researchers can check a row against `sha256sum FILE`. libcrypto
// is called from congvan's archive module (read/archive_module.h), opened on
// the first hash: linked here, it was mapped by every run (≈ 1.4 MB of
// resident memory) though only `congvan corpus` hashes.
#include "corpus/content_hash.h"

#include "read/archive_module_loader.h"

namespace congvan::corpus {

Result<std::string> ContentHash(std::string_view bytes) {
  auto module = read::LoadArchiveModule("hashing a corpus file");
  if (!module.ok()) return module.status();
  unsigned char digest[32];
  if (!(*module)->sha256(bytes, digest)) {
    return Status::Error(StatusCode::kIoError, "cannot hash the file (out of memory)");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * sizeof digest);
  for (unsigned char byte : digest) {
    hex += kHex[byte >> 4];
    hex += kHex[byte & 0xf];
  }
  return hex;
}

}  // namespace congvan::corpus
