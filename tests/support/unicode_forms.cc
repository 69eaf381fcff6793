// ToNfd (unicode_forms.h): ICU's NFD normaliser, errors failing the test.
#include "support/unicode_forms.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>

namespace congvan::testing {

std::string ToNfd(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  REQUIRE(U_SUCCESS(status));
  icu::UnicodeString out = nfd->normalize(icu::UnicodeString::fromUTF8(utf8), status);
  REQUIRE(U_SUCCESS(status));
  std::string bytes;
  out.toUTF8String(bytes);
  return bytes;
}

}  // namespace congvan::testing
