// grammar_internal::ToLowerUtf8 lowers ASCII without ICU, except 'I': the
// fast path must give ICU's answer whatever the default locale (Turkish and
// Azeri lower 'I' to 'ı', Lithuanian keeps dots over i and j).
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "grammar/grammar_impl.h"

using congvan::grammar_internal::ToLowerUtf8;

namespace {

std::string IcuLower(const std::string& s, const char* locale) {
  std::string out;
  icu::UnicodeString::fromUTF8(s).toLower(icu::Locale(locale)).toUTF8String(out);
  return out;
}

}  // namespace

TEST_CASE("ToLowerUtf8 gives ICU's lower case in every locale for its ASCII fast path",
          "[grammar]") {
  std::string ascii;
  for (int c = 1; c < 0x80; ++c) ascii.push_back(static_cast<char>(c));
  for (const std::string& text :
       {ascii, std::string("XIV"), std::string("Điều"), std::string("ĐIỀU"), std::string("a"),
        std::string("AB"), std::string("I"), std::string("Thứ NHẤT"), std::string("")}) {
    INFO(text);
    CHECK(ToLowerUtf8(text) == IcuLower(text, ""));
    for (const char* locale : {"tr", "az", "lt", "vi", "en"}) {
      INFO(locale);
      // Where the fast path answers (no 'I', ASCII), every locale agrees.
      bool ascii_only = std::all_of(text.begin(), text.end(),
                                    [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      if (ascii_only && text.find('I') == std::string::npos) {
        CHECK(ToLowerUtf8(text) == IcuLower(text, locale));
      }
    }
  }
}
