// The corpus's content hash (corpus/content_hash.h), computed in the archive
// module: SHA-256 as hex, checked on the standard's test vectors and against
// libcrypto called directly on every corpus text, so that databases indexed
// before the hash moved into the module keep matching their files.
#include "corpus/content_hash.h"

#include <openssl/evp.h>

#include <catch2/catch.hpp>
#include <string>

#include "support/corpus.h"

namespace {

std::string ReferenceHex(const std::string& bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  REQUIRE(EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) == 1);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0xf];
  }
  return hex;
}

std::string Hash(const std::string& bytes) {
  auto hash = congvan::corpus::ContentHash(bytes);
  REQUIRE(hash.ok());
  return *hash;
}

}  // namespace

TEST_CASE("the content hash is SHA-256 in lower-case hex", "[corpus][content_hash]") {
  // FIPS 180-2's examples.
  CHECK(Hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Hash(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("the content hash of every corpus text is libcrypto's SHA-256",
          "[corpus][content_hash]") {
  for (const std::string& path : congvan::testing::CorpusTexts()) {
    std::string bytes = congvan::testing::ReadFile(congvan::testing::CorpusPath(path));
    INFO(path);
    CHECK(Hash(bytes) == ReferenceHex(bytes));
  }
}
