// The reader's UTF-8 census (engine/src/read/utf8_census.h) against the plain
// loop it replaces: U8_NEXT over every non-ASCII byte, NfcStarters::Has on
// every character. On every corpus text as read, decoded, in NFD, cut at
// every offset near the start and end, and with bytes broken (a continuation
// dropped, a lead doubled, stray continuation bytes, surrogates, overlong
// forms, four-byte characters): the same counts and the same answer.
#include "read/utf8_census.h"

#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <utility>

#include "support/corpus.h"
#include "support/unicode_forms.h"
#include "text/nfc_starters.h"

namespace {

using congvan::read_internal::CountUtf8;
using congvan::read_internal::Utf8Census;

Utf8Census ReferenceCensus(std::string_view bytes) {
  Utf8Census census;
  const auto& starters = congvan::text::NfcStarters::Get();
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto n = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      ++census.invalid;
    } else {
      ++census.valid;
      census.nfc_starters_only = census.nfc_starters_only && starters.Has(c);
    }
  }
  return census;
}

// CountUtf8 and each way of reading the machine runs (portable, SSE2, AVX2)
// against the U8_NEXT loop.
void CheckSame(std::string_view bytes) {
  using congvan::read_internal::CensusScan;
  const Utf8Census slow = ReferenceCensus(bytes);
  for (int way = -1; way <= static_cast<int>(CensusScan::kAvx2); ++way) {
    const auto scan = static_cast<CensusScan>(way);
    if (way >= 0 && !congvan::read_internal::CensusScanRuns(scan)) continue;
    const Utf8Census fast =
        way < 0 ? CountUtf8(bytes) : congvan::read_internal::CountUtf8With(scan, bytes);
    INFO("way " << way);
    CHECK(fast.valid == slow.valid);
    CHECK(fast.invalid == slow.invalid);
    CHECK(fast.nfc_starters_only == slow.nfc_starters_only);
  }
}

}  // namespace

TEST_CASE("The UTF-8 census counts as U8_NEXT and answers as NfcStarters", "[read][utf8]") {
  // Hand-made shapes: every lead of each width, ill-formed sequences, and
  // characters outside the bitmaps (U+2000 is not a starter, U+0301 neither).
  for (const char* s : {"",
                        "a",
                        "\xC3",
                        "\xC3\xA0",
                        "\xE1\xBA",
                        "\xE1\xBA\xA1",
                        "\xE1\xBA\xA1x",
                        "\xED\xA0\x80",
                        "\xE0\x80\x80",
                        "\xE0\xA0\x80",
                        "\xC0\x80",
                        "\xC1\xBF",
                        "\xF0\x9F\x98\x80",
                        "\xF4\x90\x80\x80",
                        "\x80",
                        "\xBF\xBF",
                        "\xE2\x80\x80",
                        "\xE2\x80\x9C",
                        "\xE2\x81\xB0",
                        "\xCC\x81",
                        "a\xCC\x81",
                        "\xEF\xBF\xBD",
                        "\xEE\x80\x80",
                        "\xEC\xB0\x80",
                        "\xE3\x81\x82",
                        "\xF8\x88\x80\x80\x80",
                        "\xFF",
                        "\xC3\xC3\xA0",
                        "\xE1\xE1\xBA\xA1",
                        "\xDF\xBF",
                        "\xC2\x80"}) {
    INFO(s);
    CheckSame(s);
  }
  // The same shapes at every offset against the sixteen-byte blocks, after
  // ASCII and after letters of two and three bytes (blocks that pass before
  // the shape): a lead cut by a block's end, a lead before it wanting the cut
  // one's byte, and a stray continuation right after a lead U8_NEXT refuses
  // (C0 C1, E0 and ED before what they refuse, FF, F4 90, a cut E1 BA), which
  // the block after it must not take as wanted.
  for (const char* shape : {"\xE1\xE1\xBA\xA1",
                            "\xC3\xC3\xA0",
                            "\xE1\xBA\xE1\xBA\xA1",
                            "\xC3\xE1\xBA\xA1",
                            "\xE1\xBA\xA1\xA1",
                            "\xE1\xBAx",
                            "\xC3x\xA0",
                            "\xE1\xC3\xA0",
                            "\xCC\x81\xC3\xA0",
                            "\xE2\x80\x9C\xC3\xA0",
                            "\xC0\x80\x80",
                            "\xFF\x80",
                            "\xE1\xBA"
                            "a\x80",
                            "\xC3\xA0\xC3",
                            "\xF0\x9F\x93\x84\x80",
                            "\xC0\x80",
                            "\xC1\xBF",
                            "\xE0\x80\x80",
                            "\xED\xA0\x80",
                            "\xF4\x90\x80\x80"}) {
    for (const std::string filler : {"a", "\xE1\xBA\xA1", "\xC4\x91"}) {
      for (size_t before = 0; before < 72; ++before) {
        std::string head;
        while (head.size() < before) head += filler;
        const std::string text = head + shape + std::string(40, 'b');
        INFO(before << " " << shape);
        CheckSame(text);
        CheckSame(head + shape);  // the shape at the text's end
      }
    }
  }
  CHECK(CountUtf8("\xE2\x80\x9C").nfc_starters_only);        // “
  CHECK_FALSE(CountUtf8("\xE2\x80\x80").nfc_starters_only);  // U+2000: NFC is U+2002
  CHECK_FALSE(CountUtf8("a\xCC\x81").nfc_starters_only);     // a combining acute
  CHECK(CountUtf8("\xC3\x28").invalid == 1);                 // a lead without its continuation
  int texts = 0;
  for (const std::string& relative : congvan::testing::CorpusTexts()) {
    const std::string bytes = congvan::testing::ReadFile(congvan::testing::CorpusPath(relative));
    ++texts;
    const std::string nfd = congvan::testing::ToNfd(bytes);
    // Every fourth non-ASCII byte dropped, then every seventh byte doubled:
    // dangling leads, stray continuations, leads before leads.
    std::string dropped, doubled;
    int non_ascii = 0;
    for (char c : bytes) {
      if (static_cast<unsigned char>(c) >= 0x80 && ++non_ascii % 4 == 0) continue;
      dropped.push_back(c);
    }
    for (size_t k = 0; k < bytes.size(); ++k) {
      doubled.push_back(bytes[k]);
      if (k % 7 == 0) doubled.push_back(bytes[k]);
    }
    for (const std::string* variant :
         {&bytes, &nfd, &std::as_const(dropped), &std::as_const(doubled)}) {
      INFO(relative << " (" << variant->size() << " bytes)");
      const std::string_view v = *variant;
      CheckSame(v);
      // Cut at each offset of its first and last 40 bytes: a sequence cut short.
      for (size_t cut = 0; cut < 40 && cut < v.size(); ++cut) {
        CheckSame(v.substr(0, v.size() - cut));
        CheckSame(v.substr(cut));
      }
    }
  }
  CHECK(texts > 30);
}

// Every corpus text and every unseen one ($CONGVAN_UNSEEN_TEXTS) from each of
// its first thirty-two offsets (every alignment of the sixteen- and
// thirty-two-byte blocks, starting inside a character too), against the
// U8_NEXT loop.
TEST_CASE("The UTF-8 census agrees with U8_NEXT on every text at every block alignment",
          "[read][utf8]") {
  int texts = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    ++texts;
    for (size_t offset = 0; offset < 32 && offset < text.size(); ++offset) {
      INFO("text " << texts << " from byte " << offset);
      CheckSame(std::string_view(text).substr(offset));
    }
  }
  CHECK(texts > 30);
}
