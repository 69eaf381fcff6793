// The loose fold (congvan/text_fold.h: FoldKey, FoldWithOffsets, FoldForCues,
// FoldEndsForCues) — the one diacritic fold of the engine, serving the
// parser's cues and folded patterns, the lexicon, the aligner and the index.
//
// Approach: the fold works code point by code point, so each code point's
// fold is computed once with ICU (NFD, drop nonspacing marks, đ/Đ and their
// look-alikes → d, typographic apostrophes → ', full case folding, NFC) and
// kept in a table covering the Latin blocks Vietnamese and English are written
// in, the spacing modifiers and General Punctuation. Per call the work is one
// table lookup per code point; ASCII needs no lookup at all, and only code
// points outside the table (other scripts, symbols) go through ICU each time.
// A combining mark on its own (NFD input) folds to nothing, so NFC and NFD
// spellings give the same key. Because the fold is per code point, the
// offset map back into the input comes for free, and the cue variant can
// collapse runs of spaces as it goes. tests/text/fold_key_test.cc checks the
// table against a whole-string ICU reference on every corpus line.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/text_fold.h"

namespace congvan {
namespace {

bool IsApostrophe(UChar32 c) {
  return c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02B9 || c == 0x00B4 || c == 0x0060;
}

// Letters that carry their stroke inside the code point (no decomposition).
UChar32 StripUndecomposable(UChar32 c) {
  switch (c) {
    case 0x0110:  // Đ
    case 0x0189:  // Ɖ (African D, a look-alike of Đ)
    case 0x00D0:  // Ð (Icelandic eth, often typed for Đ)
      return 'D';
    case 0x0111:  // đ
    case 0x00F0:  // ð
      return 'd';
    default:
      return c;
  }
}

// Drops nonspacing marks, maps undecomposable letters and apostrophes.
icu::UnicodeString StripMarks(const icu::UnicodeString& nfd) {
  icu::UnicodeString out;
  for (int32_t i = 0; i < nfd.length();) {
    UChar32 c = nfd.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    out.append(IsApostrophe(c) ? UChar32{'\''} : StripUndecomposable(c));
  }
  return out;
}

// The fold of one code point, the slow, general way.
void FoldCodePointWithIcu(UChar32 c, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString s(c);
  if (U_SUCCESS(status)) s = nfd->normalize(s, status);
  if (U_FAILURE(status)) s = icu::UnicodeString(c);
  s = StripMarks(s);
  s.foldCase(U_FOLD_CASE_DEFAULT);
  s = StripMarks(s);  // folding can decompose again (İ → i + dot above)
  UErrorCode nfc_status = U_ZERO_ERROR;
  if (nfc != nullptr && U_SUCCESS(status)) {
    icu::UnicodeString composed = nfc->normalize(s, nfc_status);
    if (U_SUCCESS(nfc_status)) s = composed;
  }
  s.toUTF8String(out);
}

// The folds of the blocks Vietnamese and English text is written in.
class FoldTable {
 public:
  FoldTable() {
    for (const Block& b : kBlocks) {
      for (UChar32 c = b.first; c < b.first + b.size; ++c) {
        FoldCodePointWithIcu(c, folded_[static_cast<size_t>(b.slot + c - b.first)]);
      }
    }
  }
  // nullptr when the code point is outside the table.
  const std::string* Find(UChar32 c) const {
    for (const Block& b : kBlocks) {
      if (c >= b.first && c < b.first + b.size) {
        return &folded_[static_cast<size_t>(b.slot + c - b.first)];
      }
    }
    return nullptr;
  }

 private:
  struct Block {
    UChar32 first, size, slot;
  };
  static constexpr Block kBlocks[] = {
      {0x0000, 0x0300, 0x0000},  // Basic Latin … Spacing Modifier Letters (ʼ ʹ)
      {0x1E00, 0x0100, 0x0300},  // Latin Extended Additional (ạ ả ấ …)
      {0x2000, 0x0070, 0x0400},  // General Punctuation (‘ ’ … – —)
  };
  static constexpr size_t kSize = 0x0470;
  std::string folded_[kSize];
};

const FoldTable& Table() {
  static const FoldTable table;
  return table;
}

// Appends the fold of the code point at line[*i] and advances *i past it.
void FoldNext(std::string_view line, int32_t* i, std::string* out) {
  const auto* p = reinterpret_cast<const uint8_t*>(line.data());
  uint8_t b = p[*i];
  if (b < 0x80) {
    char c = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
    out->push_back(c == '`' ? '\'' : c);
    ++*i;
    return;
  }
  UChar32 c;
  U8_NEXT(p, *i, static_cast<int32_t>(line.size()), c);
  if (c < 0) {
    out->append("\xEF\xBF\xBD");  // U+FFFD for a byte that is not UTF-8
  } else if (const std::string* f = Table().Find(c)) {
    out->append(*f);
  } else if (u_charType(c) != U_NON_SPACING_MARK) {
    FoldCodePointWithIcu(c, *out);
  }
}

}  // namespace

std::string FoldKey(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) FoldNext(text, &i, &out);
  return out;
}

void FoldWithOffsets(std::string_view line, std::string* out, std::vector<uint32_t>* offsets) {
  out->clear();
  out->reserve(line.size());
  if (offsets != nullptr) {
    offsets->clear();
    offsets->reserve(line.size() + 1);
  }
  const auto* p = reinterpret_cast<const uint8_t*>(line.data());
  for (int32_t i = 0; i < static_cast<int32_t>(line.size());) {
    int32_t start = i;
    if (p[i] < 0x80) {  // ASCII (most bytes, even in Vietnamese): inline
      char c = static_cast<char>(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
      ++i;
      if (c == ' ' || c == '\t') {
        if (!out->empty() && out->back() == ' ') continue;  // a run of spaces is one
        c = ' ';
      }
      out->push_back(c == '`' ? '\'' : c);
      if (offsets != nullptr) offsets->push_back(static_cast<uint32_t>(start));
      continue;
    }
    size_t before = out->size();
    FoldNext(line, &i, out);
    // Runs of spaces fold to one, so "XÃ   HỘI" reads as "xa hoi".
    if (out->size() == before + 1 && (out->back() == ' ' || out->back() == '\t')) {
      out->back() = ' ';
      if (before > 0 && (*out)[before - 1] == ' ') out->pop_back();
    }
    if (offsets != nullptr) offsets->resize(out->size(), static_cast<uint32_t>(start));
  }
  if (offsets != nullptr) offsets->push_back(static_cast<uint32_t>(line.size()));
}

std::string FoldForCues(std::string_view line) {
  std::string out;
  FoldWithOffsets(line, &out, nullptr);
  return out;
}

std::string FoldEndsForCues(std::string_view line) {
  constexpr size_t kWholeLineBytes = 320;
  constexpr size_t kHeadBytes = 200;
  constexpr size_t kTailBytes = 80;
  if (line.size() <= kWholeLineBytes) return FoldForCues(line);
  auto boundary = [&](size_t pos) {
    while (pos < line.size() && (static_cast<unsigned char>(line[pos]) & 0xC0) == 0x80) ++pos;
    return pos;
  };
  return FoldForCues(line.substr(0, boundary(kHeadBytes))) + " … " +
         FoldForCues(line.substr(boundary(line.size() - kTailBytes)));
}

}  // namespace congvan
