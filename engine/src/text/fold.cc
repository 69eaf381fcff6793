// The case and tone keys and word tokens (congvan/text_fold.h); the loose
// diacritic fold, FoldKey, is table-driven and lives in fold_key.cc.
//
// Approach: every key is computed on an ICU UnicodeString in NFD, where a
// Vietnamese letter is its base letter followed by combining marks (vowel
// marks ̂ ̆ ̛ and at most one tone mark), so "move the tone to the end of
// the word" is a simple pass over code points; the result is recomposed to
// NFC. These keys keep the marks, so they cannot be one table lookup per
// code point the way FoldKey is. Normalizer2 instances are ICU singletons; the
// word BreakIterator is created once per thread and reused, and it reads the
// UTF-8 input in place through a UText, so token offsets are byte offsets of
// the caller's text. Pure-ASCII input (most English) skips ICU entirely.
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <memory>

#include "congvan/text_fold.h"

namespace congvan {
namespace {

bool IsAscii(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

const icu::Normalizer2* Nfd() {
  static const icu::Normalizer2* nfd = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return nfd;
}

const icu::Normalizer2* Nfc() {
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return nfc;
}

icu::UnicodeString ToNfd(std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  const icu::Normalizer2* nfd = Nfd();
  if (nfd == nullptr) return s;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = nfd->normalize(s, status);
  return U_SUCCESS(status) ? out : s;
}

std::string ToNfcUtf8(const icu::UnicodeString& s) {
  std::string out;
  const icu::Normalizer2* nfc = Nfc();
  if (nfc == nullptr) return s.toUTF8String(out);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString composed = nfc->normalize(s, status);
  if (U_FAILURE(status)) return s.toUTF8String(out);
  return composed.toUTF8String(out);
}

bool IsApostrophe(UChar32 c) {
  return c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02B9 || c == 0x00B4 || c == 0x0060;
}

// Base letters that carry their mark inside the code point (no decomposition).
UChar32 StripUndecomposable(UChar32 c) {
  switch (c) {
    case 0x0110:
      return 'D';  // Đ
    case 0x0111:
      return 'd';  // đ
    case 0x0189:
      return 'D';  // Ɖ (African D, a look-alike of Đ)
    case 0x00D0:
      return 'D';  // Ð (Icelandic eth, often typed for Đ)
    case 0x00F0:
      return 'd';  // ð
    default:
      return c;
  }
}

// The five Vietnamese tone marks as combining characters.
bool IsToneMark(UChar32 c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

}  // namespace

std::string FoldCase(std::string_view text) {
  if (IsAscii(text)) return AsciiLower(text);
  icu::UnicodeString s = ToNfd(text);
  s.foldCase(U_FOLD_CASE_DEFAULT);
  return ToNfcUtf8(s);
}

std::string FoldToneKey(std::string_view text) {
  if (IsAscii(text)) {
    std::string out = AsciiLower(text);
    for (char& c : out) {
      if (c == '`') c = '\'';
    }
    return out;
  }
  icu::UnicodeString s = ToNfd(text);
  s.foldCase(U_FOLD_CASE_DEFAULT);
  icu::UnicodeString out;
  icu::UnicodeString pending_tones;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (IsToneMark(c)) {
      pending_tones.append(c);
      continue;
    }
    bool in_word = u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
                   u_charType(c) == U_COMBINING_SPACING_MARK;
    if (!in_word && !pending_tones.isEmpty()) {
      out.append(pending_tones);
      pending_tones.remove();
    }
    if (IsApostrophe(c)) c = '\'';
    out.append(c);
  }
  out.append(pending_tones);
  return ToNfcUtf8(out);
}

bool HasDiacritics(std::string_view text) {
  if (IsAscii(text)) return false;
  icu::UnicodeString s = ToNfd(text);
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK || StripUndecomposable(c) != c) return true;
  }
  return false;
}

std::vector<WordToken> WordTokens(std::string_view text) {
  std::vector<WordToken> tokens;
  if (text.empty()) return tokens;
  // One iterator per thread: BreakIterator objects are not thread-safe, and
  // creating one loads rule data, which is far too slow to do per call.
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) bi.reset();
    return bi;
  }();
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = nullptr;
  if (iterator != nullptr) {
    ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  }
  if (iterator == nullptr || U_FAILURE(status)) {
    if (ut != nullptr) utext_close(ut);
    tokens.push_back({0, text.size(), false, false});
    return tokens;
  }
  iterator->setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    tokens.push_back({0, text.size(), false, false});
    return tokens;
  }
  tokens.reserve(text.size() / 3 + 1);  // about two tokens (word, space) per 6 bytes
  int32_t start = iterator->first();
  for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator->next()) {
    int32_t rule = iterator->getRuleStatus();
    WordToken t;
    t.begin = static_cast<std::size_t>(start);
    t.end = static_cast<std::size_t>(end);
    t.is_word = rule >= UBRK_WORD_NONE_LIMIT;
    t.is_number = rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT;
    tokens.push_back(t);
  }
  // Detach the iterator from the UText before closing it.
  iterator->setText(icu::UnicodeString());
  utext_close(ut);
  return tokens;
}

}  // namespace congvan
