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
// collapse runs of spaces as it goes. FoldWithOffsets, which runs over every
// provision's text for the grammar's folded patterns, decodes the table's
// blocks inline and writes through raw pointers (FoldWriter), not a
// push_back per byte. While sixteen bytes remain it goes a block at a time
// (FoldWriter::PutBlocks, SSE2): the block's ASCII folded at once, and the
// runs between letters with marks and space runs copied with one store each;
// a line's last bytes go as one more block, its last sixteen, read from
// where the fold has got to. A letter with marks between the runs is looked
// up by its UTF-8 bytes (FoldTable::SingleByteOfSequence: two dependent
// loads, no decoding, no range tests), not decoded into a code point first.
// tests/text/fold_key_test.cc checks the table against a whole-string ICU
// reference, and FoldWithOffsets against FoldKey taken code point by code
// point, on every corpus line; tests/text/fold_blocks_test.cc the block path
// against the same plain fold on every corpus and unseen line at every block
// position and on generated shapes at every alignment, and every code point
// of the table's blocks at every place in a block and at a line's end.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/text_fold.h"
#include "text/fold_letter_blocks.h"
#include "text/folded_single_byte.h"

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

// The answer of SimpleFold and FoldTable::SingleByteOfSequence for a code
// point that folds to one byte: the byte | the code point's length in UTF-8
// << 8; 0 stands for "not so".
constexpr uint32_t SimpleAnswer(char folded, unsigned length) {
  return static_cast<uint8_t>(folded) | length << 8;
}
constexpr uint32_t SequenceLength(uint32_t answer) { return answer >> 8; }

// The folds of the blocks Vietnamese and English text is written in.
class FoldTable {
 public:
  // Where the blocks start in the table (kBlocks' slots).
  static constexpr size_t kLatinSlot = 0x0000, kLatinExtendedAdditionalSlot = 0x0300,
                          kPunctuationSlot = 0x0400;
  FoldTable() {
    for (const Block& b : kBlocks) {
      for (UChar32 c = b.first; c < b.first + b.size; ++c) {
        FoldCodePointWithIcu(c, folded_[b.slot + static_cast<size_t>(c - b.first)]);
      }
    }
    for (size_t slot = 0; slot < kSize; ++slot) {
      const std::string& f = folded_[slot];
      bool single = f.size() == 1 && f[0] != ' ' && f[0] != '\t' && f[0] != '\0';
      single_byte_[slot] = single ? f[0] : '\0';
    }
    IndexSingleBytesBySequence();
  }
  // The fold of the code point at `slot`, for callers that decoded it into
  // the table's layout themselves (FoldWithOffsets' fast path).
  std::string_view AtSlot(size_t slot) const { return folded_[slot]; }
  // The fold at `slot` when it is one byte other than a space, a tab or NUL
  // (a Vietnamese letter with its marks → its ASCII letter), else 0.
  char SingleByteAt(size_t slot) const { return single_byte_[slot]; }
  // SingleByteAt by the code point's UTF-8 bytes, for the fold's block
  // path: of the sequence at q (three bytes readable, q[0] ≥ 0x80), its
  // SimpleAnswer when it is a well-formed sequence of the
  // table whose fold is one byte (as SingleByteAt), else 0 (any other
  // sequence, a broken one included). Two dependent loads and no compare:
  // the first two bytes, read as one 16-bit number, pick an entry that is a
  // two-byte letter's answer or, for a three-byte sequence's first two, a row
  // of the third byte's answers (row 0 holds only zeros, so whatever is not
  // a letter of the table reads 0).
  [[gnu::always_inline]] static uint32_t SingleByteOfSequence(const uint8_t* q) {
    const uint32_t first_two = sequence_index_.by_first_two[q[0] | q[1] << 8];
    return (first_two & kAnswerBits) |
           sequence_index_.by_third[(first_two >> kRowShift << 8) | q[2]];
  }
  // SingleByteOfSequence's folded byte alone (0 for "not so"), for the
  // letter-block path, which keeps only that byte.
  [[gnu::always_inline]] static uint8_t FoldedByteOfSequence(const uint8_t* q) {
    const uint32_t first_two = sequence_index_.by_first_two[q[0] | q[1] << 8];
    return static_cast<uint8_t>(first_two |
                                sequence_index_.by_third[(first_two >> kRowShift << 8) | q[2]]);
  }
  // nullptr when the code point is outside the table.
  const std::string* Find(UChar32 c) const {
    for (const Block& b : kBlocks) {
      if (c >= b.first && c < b.first + b.size) {
        return &folded_[b.slot + static_cast<size_t>(c - b.first)];
      }
    }
    return nullptr;
  }

 private:
  struct Block {
    UChar32 first, size;
    size_t slot;
  };
  static constexpr Block kBlocks[] = {
      {0x0000, 0x0300, kLatinSlot},  // Basic Latin … Spacing Modifier Letters (ʼ ʹ)
      {0x1E00, 0x0100, kLatinExtendedAdditionalSlot},  // Latin Extended Additional (ạ ả ấ …)
      {0x2000, 0x0070, kPunctuationSlot},              // General Punctuation (‘ ’ … – —)
  };
  static constexpr size_t kSize = 0x0470;
  // by_first_two's entries: a SimpleAnswer (10 bits) or a row of by_third above them.
  static constexpr uint16_t kAnswerBits = 0x03FF;
  static constexpr int kRowShift = 12;
  // The three-byte sequences of the table by their first two bytes: Latin
  // Extended Additional (E1 B8–BB) and General Punctuation (E2 80–81, to U+206F).
  struct ThreeByteRow {
    uint8_t first, second;
    size_t first_slot, slots;  // the table's slot of (first, second, 80), how many follow
  };
  static constexpr ThreeByteRow kThreeByteRows[] = {
      {0xE1, 0xB8, kLatinExtendedAdditionalSlot + 0x000, 64},
      {0xE1, 0xB9, kLatinExtendedAdditionalSlot + 0x040, 64},
      {0xE1, 0xBA, kLatinExtendedAdditionalSlot + 0x080, 64},
      {0xE1, 0xBB, kLatinExtendedAdditionalSlot + 0x0C0, 64},
      {0xE2, 0x80, kPunctuationSlot + 0x00, 64},
      {0xE2, 0x81, kPunctuationSlot + 0x40, 0x70 - 0x40},
  };
  static constexpr size_t kThirdByteRows = 1 + std::size(kThreeByteRows);
  // SingleByteOfSequence's tables. Of a trivial type at namespace scope, so
  // they start as zeros without a constructor writing them, and only the
  // pages the table's letters fill (36 KB of the 135) are ever mapped.
  struct SequenceIndex {
    uint16_t by_first_two[1 << 16];           // by q[0] | q[1] << 8
    uint16_t by_third[kThirdByteRows * 256];  // by row << 8 | q[2]
  };
  static SequenceIndex sequence_index_;

  // Fills sequence_index_ from single_byte_ (the table built, once).
  void IndexSingleBytesBySequence() {
    auto answer = [&](size_t slot, unsigned length) -> uint16_t {
      const char c = single_byte_[slot];
      return c == '\0' ? 0 : static_cast<uint16_t>(SimpleAnswer(c, length));
    };
    for (unsigned first = 0xC2; first <= 0xCB; ++first) {  // U+0080–U+02FF
      for (unsigned second = 0x80; second <= 0xBF; ++second) {
        sequence_index_.by_first_two[first | second << 8] =
            answer(kLatinSlot + ((first & 0x1F) << 6) + (second & 0x3F), 2);
      }
    }
    unsigned row = 1;
    for (const ThreeByteRow& r : kThreeByteRows) {
      sequence_index_.by_first_two[r.first | unsigned{r.second} << 8] =
          static_cast<uint16_t>(row << kRowShift);
      for (size_t third = 0x80; third < 0x80 + r.slots; ++third) {
        sequence_index_.by_third[row << 8 | third] = answer(r.first_slot + (third & 0x3F), 3);
      }
      ++row;
    }
  }

  std::string folded_[kSize];
  std::array<char, kSize> single_byte_{};
};

FoldTable::SequenceIndex FoldTable::sequence_index_;

// The table, built on first use; out of line, so that Table()'s every
// later call is a test and a load, not a frame.
[[gnu::noinline]] const FoldTable& BuildTable() {
  static const FoldTable table;
  return table;
}

const FoldTable& Table() {
  static const FoldTable* const table = &BuildTable();
  return *table;
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

namespace {

// ASCII's loose fold: capitals to small letters, a backquote to an apostrophe,
// a tab to a space; every other byte is itself.
constexpr std::array<char, 128> kAsciiFold = [] {
  std::array<char, 128> fold{};
  for (int c = 0; c < 128; ++c) fold[static_cast<size_t>(c)] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) fold[static_cast<size_t>(c)] = static_cast<char>(c + 32);
  fold['`'] = '\'';
  fold['\t'] = ' ';
  return fold;
}();

constexpr size_t kNoSlot = ~size_t{0};

// The fold table's slot of the UTF-8 sequence at p[i], decoded inline, for
// the well-formed two-byte sequences of U+0080–U+02FF (Latin-1, Latin
// Extended, IPA, spacing modifiers) and three-byte ones of U+1E00–U+1EFF
// (Latin Extended Additional: ạ ả ấ …) and U+2000–U+206F (General
// Punctuation); kNoSlot for anything else, which goes the general way.
[[gnu::always_inline]] inline size_t TableSlot(const uint8_t* p, int32_t i, int32_t size) {
  auto continuation = [&](int32_t at) { return at < size && (p[at] & 0xC0) == 0x80; };
  uint8_t lead = p[i];
  if (lead >= 0xC2 && lead <= 0xCB && continuation(i + 1)) {
    return FoldTable::kLatinSlot + ((size_t{lead} & 0x1F) << 6) + (p[i + 1] & 0x3F);
  }
  if (lead == 0xE1 && continuation(i + 1) && p[i + 1] >= 0xB8 && p[i + 1] <= 0xBB &&
      continuation(i + 2)) {
    return FoldTable::kLatinExtendedAdditionalSlot + ((size_t{p[i + 1]} - 0xB8) << 6) +
           (p[i + 2] & 0x3F);
  }
  if (lead == 0xE2 && continuation(i + 1) && p[i + 1] <= 0x81 && continuation(i + 2)) {
    size_t offset = ((size_t{p[i + 1]} - 0x80) << 6) + (p[i + 2] & 0x3F);
    if (offset < 0x70) return FoldTable::kPunctuationSlot + offset;
  }
  return kNoSlot;
}

// The output of FoldWithOffsets as it is written: the folded bytes and, for
// each, the input offset it came from, in buffers sized once for the common
// case (a fold is rarely longer than its input) and grown only when a code
// point folds longer than it is written (ß → ss). Bytes go in through raw
// pointers, not a push_back per byte: the fold runs over every provision's
// text, and the per-byte capacity checks were most of its cost.
// A writer may also append to what `out` holds (the cue fold of every line
// into one buffer): it then keeps no offsets, and its space-run test reads
// only what it wrote itself, so the appended fold is the fold alone.
class FoldWriter {
 public:
  FoldWriter(std::string* out, std::vector<uint32_t>* offsets, size_t expected)
      : out_(out), offsets_(offsets), start_(out->size()), written_(start_) {
    Grow(start_ + expected + kBlockSlack);  // room for PutBlocks' stores: one resize a call
  }
  // The last byte this writer wrote, or 0 when it wrote none.
  char Last() const { return written_ == start_ ? '\0' : (*out_)[written_ - 1]; }
  void Put(char c, uint32_t from) {
    if (written_ == out_->size()) Grow(written_ + 16);
    (*out_)[written_] = c;
    if (offsets_ != nullptr) (*offsets_)[written_] = from;
    ++written_;
  }
  void Put(std::string_view bytes, uint32_t from) {
    if (written_ + bytes.size() > out_->size()) Grow(written_ + bytes.size() + 16);
    bytes.copy(out_->data() + written_, bytes.size());
    if (offsets_ != nullptr) {
      std::fill_n(offsets_->begin() + static_cast<std::ptrdiff_t>(written_), bytes.size(), from);
    }
    written_ += bytes.size();
  }
  // Puts the fold of one code point outside ASCII: a space or tab after a
  // space is dropped, so "XÃ   HỘI" reads as "xa hoi"; most folds are one
  // byte (a letter with its marks → one ASCII letter) and go in as one.
  void PutCodePointFold(std::string_view fold, uint32_t from) {
    if (fold.size() != 1) {
      Put(fold, from);
    } else if (fold[0] != ' ' && fold[0] != '\t') {
      Put(fold[0], from);
    } else if (Last() != ' ') {
      Put(' ', from);
    }
  }
  // Folds the run starting at p[*i] (before `end`) of ASCII bytes and of
  // table characters that fold to one letter (most of a Vietnamese text),
  // and moves *i past it; it stops before anything else, so only before a
  // non-ASCII byte. Each code point of the run folds to at most one byte.
  // Locals, not the members, hold the write positions: a char store may
  // alias anything, so the compiler would reload the members after each byte.
  // Sixteen bytes at a time while sixteen remain (PutBlocks), the rest one
  // code point at a time; both are this template, with or without offsets.
  void PutSimpleRun(const uint8_t* p, int32_t* i, int32_t end, const FoldTable& table) {
    if (offsets_ == nullptr) {
      PutSimpleRunAs<false>(p, i, end, table);
    } else {
      PutSimpleRunAs<true>(p, i, end, table);
    }
  }
  // Trims the buffers to what was written; the offsets end with `input_size`.
  void Finish(uint32_t input_size) {
    out_->resize(written_);
    if (offsets_ == nullptr) return;
    offsets_->resize(written_);
    offsets_->push_back(input_size);
  }

 private:
  // The place of the block stores: a block writes sixteen bytes (and
  // offsets) where fewer may be kept, so the buffers have this much room
  // beyond what a run can fold to.
  static constexpr size_t kBlockSlack = 16;

  template <bool kOffsets>
  void PutSimpleRunAs(const uint8_t* p, int32_t* i, int32_t end, const FoldTable& table) {
    size_t room = static_cast<size_t>(end - *i);  // a run folds to at most its length
    if (written_ + room + kBlockSlack > out_->size()) Grow(written_ + room + kBlockSlack);
    char* text = out_->data();
    uint32_t* from = kOffsets ? offsets_->data() : nullptr;
    size_t at = written_;
    int32_t k = *i;
#if defined(__SSE2__)
    if (!PutBlocks<kOffsets>(p, &k, end, table, text, from, &at)) {
      written_ = at;
      *i = k;
      return;
    }
#endif
    while (k < end) {
      const uint32_t fold = SimpleFold(p, k, end, table);
      if (fold == 0) break;
      const auto c = static_cast<char>(fold);
      if (c == ' ' && at > start_ && text[at - 1] == ' ') {  // a run of spaces is one
        ++k;
        continue;
      }
      text[at] = c;
      if constexpr (kOffsets) from[at] = static_cast<uint32_t>(k);
      ++at;
      k += static_cast<int32_t>(SequenceLength(fold));
    }
    written_ = at;
    *i = k;
  }

  // The SimpleAnswer of the code point at p[k] (its one-byte fold and width):
  // ASCII's, or a table character's that folds to one letter; 0 for any
  // other code point (where a simple run stops). While three bytes remain the
  // table is asked by the bytes themselves (SingleByteOfSequence), at the
  // line's last two bytes by the decoded code point (TableSlot), which also
  // sees a sequence cut short by the end.
  [[gnu::always_inline]] static uint32_t SimpleFold(const uint8_t* p, int32_t k, int32_t end,
                                                    const FoldTable& table) {
    if (p[k] < 0x80) return SimpleAnswer(kAsciiFold[p[k]], 1);
    return NonAsciiSimpleFold(p, k, end, table);
  }
  // SimpleFold of a code point whose first byte is not ASCII.
  [[gnu::always_inline]] static uint32_t NonAsciiSimpleFold(const uint8_t* p, int32_t k,
                                                            int32_t end, const FoldTable& table) {
    if (end - k >= 3) return table.SingleByteOfSequence(p + k);
    const size_t slot = TableSlot(p, k, end);
    if (slot == kNoSlot) return 0;
    const char c = table.SingleByteAt(slot);
    if (c == '\0') return 0;
    return SimpleAnswer(c, p[k] < 0xE0 ? 2 : 3);
  }

#if defined(__SSE2__)
  // The block path of PutSimpleRunAs: sixteen input bytes at a time, their
  // ASCII bytes folded at once (capitals +32, '`' → '\'', tab → space, by
  // compares and masks) into a scratch copy, and the runs of it between the
  // bytes that need more — a non-ASCII byte, a space or tab after a space
  // (dropped) — copied out with one sixteen-byte store each (the buffers'
  // kBlockSlack takes what lies past a run's end). A non-ASCII code point
  // between them is folded by SimpleFold, and may end past the block: the
  // next block starts where it ended. The last block of a line of sixteen
  // bytes or more is its last sixteen bytes, read from where the run has got
  // to (what lies before was written already), so a line's end needs no
  // byte loop. Returns false where the run ends (*k at a code point that is
  // not simple), true when the line is done or shorter than a block.
  // Without offsets (the cue fold) and where the processor has AVX2, each
  // turn first offers the line's next 32-byte blocks to the letter-block
  // path (text/fold_letter_blocks.h); a block it leaves is folded here,
  // sixteen bytes, and the next turn offers the following ones again.
  template <bool kOffsets>
  bool PutBlocks(const uint8_t* p, int32_t* k_io, int32_t end, const FoldTable& table, char* text,
                 uint32_t* from, size_t* at_io) {
    alignas(16) char folded[32] = {};
    size_t at = *at_io;
    int32_t k = *k_io;
    [[maybe_unused]] const bool letter_blocks = !kOffsets && text::LetterBlocksAllowed();
    while (k < end) {
#if defined(CONGVAN_TARGETS_AVX2)
      if constexpr (!kOffsets) {  // the cue fold: 32 bytes at a time where it can
        if (letter_blocks && end - k >= text::kLetterBlockReach) {
          text::FoldLetterBlocksAvx2(p, &k, end, text, &at, start_, [](const uint8_t* q) {
            return FoldTable::FoldedByteOfSequence(q);
          });
          if (k >= end) break;
        }
      }
#endif
      int32_t base = k;  // where the block starts in p; j where in it the run goes on
      int32_t j = 0;
      if (end - k < 16) {
        if (end < 16) break;  // a line shorter than a block
        base = end - 16;
        j = k - base;
      }
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + base));
      const __m128i space = _mm_set1_epi8(' ');
      const __m128i is_tab = _mm_cmpeq_epi8(x, _mm_set1_epi8('\t'));
      const __m128i is_blank = _mm_or_si128(_mm_cmpeq_epi8(x, space), is_tab);
      // Signed compares: a byte of 80–FF is negative, so never a capital.
      const __m128i capital = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('A' - 1)),
                                            _mm_cmplt_epi8(x, _mm_set1_epi8('Z' + 1)));
      const __m128i backquote = _mm_cmpeq_epi8(x, _mm_set1_epi8('`'));
      __m128i y = _mm_add_epi8(x, _mm_and_si128(capital, _mm_set1_epi8(32)));
      y = _mm_xor_si128(y, _mm_and_si128(backquote, _mm_set1_epi8('`' ^ '\'')));
      y = _mm_xor_si128(y, _mm_and_si128(is_tab, _mm_set1_epi8('\t' ^ ' ')));
      const auto high = static_cast<unsigned>(_mm_movemask_epi8(x));
      const auto blank = static_cast<unsigned>(_mm_movemask_epi8(is_blank));
      // The bytes from j on; a blank at j is judged by what this writer wrote last.
      const unsigned ahead = ~0u << j;
      const unsigned after_space = at > start_ && text[at - 1] == ' ' ? 1u << j : 0u;
      unsigned stops = (high | (blank & (((blank << 1) & (ahead << 1)) | after_space))) & ahead;
      if ((stops | static_cast<unsigned>(j)) == 0) {  // sixteen bytes of ASCII, no space run
        _mm_storeu_si128(reinterpret_cast<__m128i*>(text + at), y);
        if constexpr (kOffsets) PutOffsets(from + at, static_cast<uint32_t>(k));
        at += 16;
        k += 16;
        continue;
      }
      _mm_store_si128(reinterpret_cast<__m128i*>(folded), y);
      for (;;) {
        const int32_t stop = stops == 0 ? 16 : __builtin_ctz(stops);
        // folded[j, stop) as it is: one store (an empty run stores what is overwritten;
        // its four offset stores are skipped)
        _mm_storeu_si128(reinterpret_cast<__m128i*>(text + at),
                         _mm_loadu_si128(reinterpret_cast<const __m128i*>(folded + j)));
        if constexpr (kOffsets) {
          if (stop > j) PutOffsets(from + at, static_cast<uint32_t>(base + j));
        }
        at += static_cast<size_t>(stop - j);
        j = stop;
        if (j == 16) break;
        if ((high >> j & 1) == 0) {  // a space or tab after a space
          ++j;
          stops &= stops - 1;
          continue;
        }
        const uint32_t fold = NonAsciiSimpleFold(p, base + j, end, table);
        if (fold == 0) {
          *at_io = at;
          *k_io = base + j;
          return false;
        }
        text[at] = static_cast<char>(fold);
        if constexpr (kOffsets) from[at] = static_cast<uint32_t>(base + j);
        ++at;
        j += static_cast<int32_t>(SequenceLength(fold));
        if (j >= 16) break;  // the code point ends in the next block
        stops &= ~0u << j;
      }
      k = base + j;
    }
    *at_io = at;
    *k_io = k;
    return true;
  }

  // from[0..15] = first, first + 1, …, first + 15.
  static void PutOffsets(uint32_t* from, uint32_t first) {
    const __m128i base =
        _mm_add_epi32(_mm_set1_epi32(static_cast<int>(first)), _mm_setr_epi32(0, 1, 2, 3));
    for (int q = 0; q < 4; ++q) {
      _mm_storeu_si128(reinterpret_cast<__m128i*>(from + 4 * q),
                       _mm_add_epi32(base, _mm_set1_epi32(4 * q)));
    }
  }
#endif

  // Doubles this writer's part of the buffer (not what it appends to).
  void Grow(size_t at_least) {
    size_t size = std::max(at_least, start_ + (out_->size() - start_) * 2);
    out_->resize(size);
    if (offsets_ != nullptr) offsets_->resize(size);
  }
  std::string* out_;
  std::vector<uint32_t>* offsets_;
  size_t start_;    // where this writer's bytes begin in *out_
  size_t written_;  // *out_'s bytes in use
};

// Folds `line` after what `out` holds; with `offsets` (then `out` starts
// empty) also where each folded byte came from.
void AppendFold(std::string_view line, std::string* out, std::vector<uint32_t>* offsets) {
  FoldWriter writer(out, offsets, line.size());
  const auto* p = reinterpret_cast<const uint8_t*>(line.data());
  const auto size = static_cast<int32_t>(line.size());
  const FoldTable& table = Table();
  std::string piece;  // the fold of one code point outside ASCII and the table's fast path
  for (int32_t i = 0; i < size;) {
    // ASCII and letters that fold to one letter (most bytes): a run at a time.
    writer.PutSimpleRun(p, &i, size, table);
    if (i >= size) break;
    auto start = static_cast<uint32_t>(i);  // a non-ASCII byte
    if (size_t slot = TableSlot(p, i, size); slot != kNoSlot) {
      // A Vietnamese letter or a punctuation mark: its fold straight from the table.
      i += p[i] < 0xE0 ? 2 : 3;
      writer.PutCodePointFold(table.AtSlot(slot), start);
      continue;
    }
    piece.clear();
    FoldNext(line, &i, &piece);
    writer.PutCodePointFold(piece, start);
  }
  writer.Finish(static_cast<uint32_t>(line.size()));
}

}  // namespace

void FoldWithOffsets(std::string_view line, std::string* out, std::vector<uint32_t>* offsets) {
  out->clear();
  if (offsets != nullptr) offsets->clear();
  AppendFold(line, out, offsets);
}

char FoldedSingleByte(std::string_view text, size_t* length) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  if (size == 0 || p[0] < 0x80) return 0;
  const FoldTable& table = Table();  // also fills the index SingleByteOfSequence reads
  uint32_t answer = 0;
  if (size >= 3) {
    answer = table.SingleByteOfSequence(p);
  } else if (const size_t slot = TableSlot(p, 0, size); slot != kNoSlot) {
    const char c = table.SingleByteAt(slot);
    if (c != '\0') answer = SimpleAnswer(c, p[0] < 0xE0 ? 2 : 3);
  }
  if (answer == 0) return 0;
  *length = SequenceLength(answer);
  return static_cast<char>(answer);
}

std::string FoldForCues(std::string_view line) {
  std::string out;
  AppendFold(line, &out, nullptr);
  return out;
}

void AppendFoldEndsForCues(std::string_view line, std::string* out) {
  constexpr size_t kWholeLineBytes = 320;
  constexpr size_t kHeadBytes = 200;
  constexpr size_t kTailBytes = 80;
  if (line.size() <= kWholeLineBytes) {
    AppendFold(line, out, nullptr);
    return;
  }
  auto boundary = [&](size_t pos) {
    while (pos < line.size() && (static_cast<unsigned char>(line[pos]) & 0xC0) == 0x80) ++pos;
    return pos;
  };
  AppendFold(line.substr(0, boundary(kHeadBytes)), out, nullptr);
  out->append(" … ");
  AppendFold(line.substr(boundary(line.size() - kTailBytes)), out, nullptr);
}

std::string FoldEndsForCues(std::string_view line) {
  std::string out;
  AppendFoldEndsForCues(line, &out);
  return out;
}

}  // namespace congvan
