// The NFC-stable starters table (engine/src/text/nfc_starters.h) and the
// reader's use of it, against ICU: every code point of the table's blocks
// (and a sample beyond them) answers as ICU's quick check and combining class
// say; a text made only of such characters is NFC by ICU's own check, on
// every corpus text; and the reader's one-pass decoding gives DecodeText's
// text (which asks ICU) for every corpus text in NFC, in NFD and with CRLF
// line ends and no-break spaces.
#include "text/nfc_starters.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <string>

#include "congvan/reader.h"
#include "congvan/text_decode.h"
#include "support/corpus.h"
#include "support/unicode_forms.h"

namespace {

using congvan::testing::CorpusPath;

bool StableStarterByIcu(UChar32 c) {
  return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
         u_getCombiningClass(c) == 0;
}

// Whether every character of well-formed UTF-8 `s` is a starter by the table.
bool StartersOnly(const std::string& s) {
  const auto& starters = congvan::text::NfcStarters::Get();
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !starters.Has(c)) return false;
  }
  return true;
}

bool IsNfcByIcu(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  bool yes = nfc->isNormalizedUTF8(s, status);
  REQUIRE(U_SUCCESS(status));
  return yes;
}

}  // namespace

TEST_CASE("NfcStarters answers as ICU in its blocks and 'not known' elsewhere", "[text][nfc]") {
  const auto& starters = congvan::text::NfcStarters::Get();
  int covered = 0;
  for (UChar32 c = 0; c <= 0x10FFFF; c += (c < 0x3000 ? 1 : 97)) {
    bool in_blocks = c < 0x800 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2000 && c <= 0x206F);
    INFO("U+" << std::hex << c);
    if (in_blocks) {
      CHECK(starters.Has(c) == StableStarterByIcu(c));
      covered += starters.Has(c);
    } else {
      CHECK_FALSE(starters.Has(c));
    }
  }
  CHECK(covered > 2000);
  // What the table is for: precomposed Vietnamese letters are starters,
  // their combining tone marks (NFD) are not, nor U+2000 (NFC: U+2002).
  CHECK(starters.Has(0x1EA1));  // ạ
  CHECK(starters.Has(0x0111));  // đ
  CHECK(starters.Has(0x201C));  // “
  CHECK_FALSE(starters.Has(0x0301));
  CHECK_FALSE(starters.Has(0x0323));
  CHECK_FALSE(starters.Has(0x2000));
}

TEST_CASE("A text of NFC-stable starters is NFC, and the reader decodes as DecodeText",
          "[text][nfc][read]") {
  int starters_only = 0, texts = 0;
  for (const std::string& relative : congvan::testing::CorpusTexts()) {
    std::string bytes = congvan::testing::ReadFile(CorpusPath(relative));
    auto decoded = congvan::DecodeText(bytes, relative);
    if (!decoded.ok()) continue;  // not UTF-8 (a legacy encoding): another path
    ++texts;
    std::string nfd = congvan::testing::ToNfd(*decoded);
    std::string crlf;
    for (char c : *decoded) c == '\n' ? crlf.append("\r\n") : crlf.append(1, c);
    std::string spaces = *decoded;
    for (size_t at = spaces.find(' '); at != std::string::npos; at = spaces.find(' ', at + 40)) {
      spaces.replace(at, 1, "\xC2\xA0");  // U+00A0, a starter the decoder turns into ' '
    }
    for (const std::string& variant : {bytes, *decoded, nfd, crlf, spaces}) {
      INFO(relative << " (" << variant.size() << " bytes)");
      if (StartersOnly(variant)) {
        ++starters_only;
        CHECK(IsNfcByIcu(variant));
      }
      auto read = congvan::ReadDocument(variant, relative);
      auto reference = congvan::DecodeText(variant, relative);
      REQUIRE(read.ok() == reference.ok());
      if (reference.ok()) CHECK(read->text == *reference);
    }
  }
  CHECK(texts > 30);
  CHECK(starters_only > texts);  // the fast path is taken, NFD variants aside
}
