// Decoding: encodings, BOMs, line ends, NFC, and language detection.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>

#include "congvan/writers.h"
#include "support/corpus.h"

using congvan::DecodeText;
using congvan::testing::ParseCorpus;
using congvan::testing::ReadFile;

namespace {

std::string ToNfd(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString out = nfd->normalize(icu::UnicodeString::fromUTF8(utf8), status);
  REQUIRE(U_SUCCESS(status));
  std::string s;
  out.toUTF8String(s);
  return s;
}

std::string ToUtf16(const std::string& utf8, bool big_endian) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (int32_t i = 0; i < u.length(); ++i) {
    char16_t c = u.charAt(i);
    char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
    out += big_endian ? std::string{hi, lo} : std::string{lo, hi};
  }
  return out;
}

std::string JsonWithoutSource(const congvan::Document& doc) {
  auto j = congvan::DocumentToJson(doc);
  j.erase("source");
  return j.dump();
}

}  // namespace

TEST_CASE("An NFD file parses to the same tree as its NFC twin", "[parse][decode]") {
  for (const char* text :
       {"gender-equality/2021-vi-dispatch.txt", "gender-equality/2023-vi-news-summary.txt",
        "ocr/2023-vi-tax-inspection-dispatch-ocr.txt"}) {
    INFO(text);
    std::string nfc = ReadFile(congvan::testing::CorpusPath(text));
    std::string nfd = ToNfd(nfc);
    REQUIRE(nfd != nfc);  // the file really has precomposed letters
    auto a = congvan::ParseBytes(nfc, "x");
    auto b = congvan::ParseBytes(nfd, "x");
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(JsonWithoutSource(*a) == JsonWithoutSource(*b));
  }
}

TEST_CASE("BOMs, UTF-16 and CRLF/CR line ends give the same tree", "[parse][decode]") {
  std::string original =
      ReadFile(congvan::testing::CorpusPath("gender-equality/2021-vi-dispatch.txt"));
  auto reference = congvan::ParseBytes(original, "x");
  REQUIRE(reference.ok());
  std::string crlf, cr;
  for (char c : original) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  for (const std::string& variant :
       {"\xEF\xBB\xBF" + original, ToUtf16(original, false), ToUtf16(original, true), crlf, cr}) {
    auto doc = congvan::ParseBytes(variant, "x");
    INFO(doc.status().ToString());
    REQUIRE(doc.ok());
    CHECK(JsonWithoutSource(*doc) == JsonWithoutSource(*reference));
  }
}

TEST_CASE("Invalid input is rejected with the reason and where", "[parse][decode]") {
  auto bad = DecodeText("Thứ nhất\xC3\x28 sai", "f.txt");
  REQUIRE_FALSE(bad.ok());
  CHECK_THAT(bad.status().message(), Catch::Contains("invalid UTF-8"));
  REQUIRE(bad.status().where().byte_offset.has_value());
  CHECK(*bad.status().where().byte_offset == 12);  // after "Thứ nhất" (12 bytes)
  CHECK_FALSE(DecodeText("", "f").ok());
  CHECK_FALSE(DecodeText(" \n\t\r\n ", "f").ok());
  auto binary = DecodeText(std::string("PK\x03\x04\0\0\x14", 7), "f.zip");
  REQUIRE_FALSE(binary.ok());
  CHECK_THAT(binary.status().message(), Catch::Contains("binary"));
  CHECK_FALSE(DecodeText("\xFF\xFE\x41", "odd").ok());  // odd UTF-16 length
}

TEST_CASE("Language is detected from the letters", "[parse][decode]") {
  CHECK(ParseCorpus("gender-equality/2021-vi-dispatch.txt").language ==
        congvan::Language::kVietnamese);
  CHECK(ParseCorpus("gender-equality/2025-en-news-summary.txt").language ==
        congvan::Language::kEnglish);
  // The OCR text lost many diacritics but is still Vietnamese.
  CHECK(ParseCorpus("ocr/2023-vi-tax-inspection-dispatch-ocr.txt").language ==
        congvan::Language::kVietnamese);
}
