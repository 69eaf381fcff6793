// Decoding: encodings, BOMs, line ends, NFC, and language detection.
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "congvan/writers.h"
#include "support/corpus.h"
#include "support/unicode_forms.h"

using congvan::DecodeText;
using congvan::testing::ParseCorpus;
using congvan::testing::ReadFile;
using congvan::testing::ToNfd;

namespace {

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

namespace {

// The first byte U8_NEXT, code point by code point, refuses (or finds NUL
// at), or -1: the reference for the decoder's ASCII runs and common shapes.
int64_t ReferenceBadOffset(const std::string& bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  auto length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c <= 0) return start;
  }
  return -1;
}

}  // namespace

TEST_CASE("Malformed UTF-8 is found where U8_NEXT finds it, amid ASCII and letters",
          "[parse][decode]") {
  std::string text =
      ReadFile(congvan::testing::CorpusPath("gender-equality/2021-vi-dispatch.txt")).substr(0, 400);
  // Overlong, surrogate, beyond U+10FFFF, lone continuation, cut short, NUL,
  // and well-formed shapes the fast path leaves to U8_NEXT (E0, ED, F0).
  const std::vector<std::string> pieces = {"\xC0\x80",     "\xC1\xBF",         "\xE0\x80\x80",
                                           "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80",
                                           "\xC3",         "\xE1\xBA",         std::string(1, '\0'),
                                           "\xE0\xA4\x85", "\xED\x9F\xBF",     "\xF0\x9F\x98\x80",
                                           "\xE1\xBB\x87", "\xEF\xBB\xBF",     "\xC2\xA0"};
  int refused = 0;
  for (const std::string& piece : pieces) {
    for (size_t at : {size_t{0}, size_t{5}, size_t{13}, size_t{200}, text.size()}) {
      std::string bytes = "x";
      bytes.append(text, 0, at).append(piece).append(text, at);
      int64_t expected = ReferenceBadOffset(bytes);
      auto decoded = DecodeText(bytes, "f.txt");
      INFO(at << ": " << bytes);
      REQUIRE(decoded.ok() == (expected < 0));
      if (expected < 0) continue;
      ++refused;
      if (decoded.status().where().byte_offset.has_value()) {
        CHECK(static_cast<int64_t>(*decoded.status().where().byte_offset) == expected);
      }
    }
  }
  CHECK(refused >= 40);
}

TEST_CASE("Unicode spaces read as ASCII spaces, quotes and dashes do not", "[parse][decode]") {
  // U+00A0, U+2002, U+202F and U+3000 become ' '; “ ” – … (also led by E2) stay.
  auto decoded = DecodeText(
      "\xE2\x80\x9C"
      "a"
      "\xE2\x80\x9D"
      " \xE2\x80\x93 b\xC2\xA0"
      "c\xE2\x80\x82"
      "d\xE2\x80\xAF"
      "e\xE3\x80\x80"
      "f\xE2\x80\xA6",
      "f.txt");
  REQUIRE(decoded.ok());
  CHECK(*decoded ==
        "\xE2\x80\x9C"
        "a"
        "\xE2\x80\x9D"
        " \xE2\x80\x93 b c d e f\xE2\x80\xA6");
  auto quotes_only = DecodeText(
      "\xE2\x80\x9C"
      "Điều 1"
      "\xE2\x80\x9D",
      "f.txt");
  REQUIRE(quotes_only.ok());
  CHECK(*quotes_only ==
        "\xE2\x80\x9C"
        "Điều 1"
        "\xE2\x80\x9D");
}
