// Decoding input bytes into the engine's one text form: NFC UTF-8 with '\n'
// line ends.
//
// Approach: sniff a BOM (UTF-8, UTF-16 LE/BE), convert UTF-16 with ICU's
// u_strToUTF8, validate UTF-8 with ICU's U8_NEXT (reporting the byte offset of
// the first bad sequence), reject NUL bytes as a sign of a binary file, fold
// CRLF and lone CR into LF, then NFC-normalise with ICU's Normalizer2 so an
// NFD file parses exactly like its NFC twin.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "congvan/parse.h"

namespace congvan {
namespace {

Status InputError(const std::string& source, std::string message,
                  std::optional<std::uint64_t> offset = std::nullopt) {
  Location where;
  where.file = source;
  where.byte_offset = offset;
  return Status::Error(StatusCode::kInvalidInput, std::move(message), where);
}

// UTF-16 (after its BOM) → UTF-8 via ICU. Odd byte counts and unpaired
// surrogates are errors.
Result<std::string> Utf16ToUtf8(std::string_view bytes, bool big_endian,
                                const std::string& source) {
  if (bytes.size() % 2 != 0) return InputError(source, "UTF-16 input has an odd number of bytes");
  std::u16string units(bytes.size() / 2, u'\0');
  for (size_t i = 0; i < units.size(); ++i) {
    auto hi = static_cast<unsigned char>(bytes[2 * i + (big_endian ? 0 : 1)]);
    auto lo = static_cast<unsigned char>(bytes[2 * i + (big_endian ? 1 : 0)]);
    units[i] = static_cast<char16_t>((hi << 8) | lo);
  }
  UErrorCode status = U_ZERO_ERROR;
  int32_t needed = 0;
  u_strToUTF8(nullptr, 0, &needed, units.data(), static_cast<int32_t>(units.size()), &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
    return InputError(source, "invalid UTF-16 (unpaired surrogate)");
  }
  std::string out(static_cast<size_t>(needed), '\0');
  status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), needed, &needed, units.data(), static_cast<int32_t>(units.size()),
              &status);
  if (U_FAILURE(status)) return InputError(source, "invalid UTF-16 (unpaired surrogate)");
  return out;
}

}  // namespace

Result<std::string> DecodeText(std::string_view bytes, const std::string& source) {
  std::string utf8;
  size_t bom = 0;
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
      static_cast<unsigned char>(bytes[1]) == 0xFE) {
    auto r = Utf16ToUtf8(bytes.substr(2), /*big_endian=*/false, source);
    if (!r.ok()) return r.status();
    utf8 = std::move(r.value());
  } else if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
             static_cast<unsigned char>(bytes[1]) == 0xFF) {
    auto r = Utf16ToUtf8(bytes.substr(2), /*big_endian=*/true, source);
    if (!r.ok()) return r.status();
    utf8 = std::move(r.value());
  } else {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bom = 3;
    std::string_view body = bytes.substr(bom);
    // Validate with ICU's UTF-8 macro; report the first bad byte.
    const auto* s = reinterpret_cast<const uint8_t*>(body.data());
    int32_t length = static_cast<int32_t>(body.size());
    if (body.size() > static_cast<size_t>(INT32_MAX)) {
      return InputError(source, "input is larger than 2 GiB");
    }
    for (int32_t i = 0; i < length;) {
      int32_t start = i;
      UChar32 c;
      U8_NEXT(s, i, length, c);
      if (c < 0) {
        return InputError(source, "invalid UTF-8", static_cast<std::uint64_t>(start + bom));
      }
      if (c == 0) {
        return InputError(source, "binary file (NUL byte)",
                          static_cast<std::uint64_t>(start + bom));
      }
    }
    utf8.assign(body);
  }
  if (utf8.find('\0') != std::string::npos) return InputError(source, "binary file (NUL byte)");

  // CRLF and lone CR → LF.
  std::string lf;
  lf.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size(); ++i) {
    if (utf8[i] == '\r') {
      lf.push_back('\n');
      if (i + 1 < utf8.size() && utf8[i + 1] == '\n') ++i;
    } else {
      lf.push_back(utf8[i]);
    }
  }

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return InputError(source, "ICU NFC normaliser unavailable");
  // Fast path: most files are already NFC.
  std::string text;
  if (nfc->isNormalizedUTF8(lf, status) && U_SUCCESS(status)) {
    text = std::move(lf);
  } else {
    status = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(&text);
    nfc->normalizeUTF8(0, lf, sink, nullptr, status);
    if (U_FAILURE(status)) return InputError(source, "NFC normalisation failed");
  }

  bool has_content = false;
  for (unsigned char ch : text) {
    if (!(ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\v')) {
      has_content = true;
      break;
    }
  }
  if (!has_content) {
    return InputError(source, text.empty() ? "empty file" : "file contains only whitespace");
  }
  return text;
}

std::optional<Language> LanguageFromCode(std::string_view code) {
  if (code == "vi") return Language::kVietnamese;
  if (code == "en") return Language::kEnglish;
  return std::nullopt;
}

Language DetectLanguage(std::string_view text) {
  // Letters outside ASCII that Vietnamese uses (ă â đ ê ô ơ ư and the tone
  // marks) are rare in English; a few percent of letters settles it.
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(std::min<size_t>(text.size(), 1 << 20));
  long ascii_letters = 0, vi_letters = 0;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) continue;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      ++ascii_letters;
    } else if ((c >= 0x00C0 && c <= 0x01B0) || (c >= 0x1EA0 && c <= 0x1EF9)) {
      ++vi_letters;
    }
  }
  long total = ascii_letters + vi_letters;
  if (total == 0) return Language::kEnglish;
  return vi_letters * 100 >= total * 3 ? Language::kVietnamese : Language::kEnglish;
}

}  // namespace congvan
