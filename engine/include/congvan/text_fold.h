// Folding and word tokenisation shared by the lexicon, the aligner and the
// differ: keys under which two spellings of the same word compare equal.
//
// Every function takes UTF-8 (NFC or NFD, any case) and returns NFC UTF-8.
// All ICU objects are created once per thread and reused; ASCII input takes a
// fast path that never touches ICU. Invalid UTF-8 bytes are treated by ICU as
// U+FFFD; no function throws or aborts on any input.
#ifndef CONGVAN_TEXT_FOLD_H_
#define CONGVAN_TEXT_FOLD_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace congvan {

// Full Unicode case folding (ICU default folding): "BÌNH ĐẲNG" → "bình đẳng".
// Diacritics are kept.
std::string FoldCase(std::string_view text);

// Removes every diacritic (NFD, drop nonspacing marks, NFC) and maps the
// letters that do not decompose, Đ/đ → D/d. Case is kept: "Ủy ban" → "Uy ban".
std::string FoldDiacritics(std::string_view text);

// FoldCase ∘ FoldDiacritics, and typographic apostrophes (’ ‘ ʼ) → '.
// The loosest key: "Ủy Ban", "uỷ ban" and "UY BAN" give "uy ban".
std::string FoldKey(std::string_view text);

// Case-folded key that keeps the letters' own marks (â ă ê ô ơ ư đ) and the
// tone, but puts each word's Vietnamese tone mark (grave, acute, tilde, hook
// above, dot below) at the end of the word, so the old and new tone placements
// ("hoá"/"hóa", "Uỷ"/"Ủy") compare equal while "cá" and "ca" stay distinct.
// Typographic apostrophes become '.
std::string FoldToneKey(std::string_view text);

// True when `text` carries any diacritic or a letter that FoldDiacritics
// would change (đ).
bool HasDiacritics(std::string_view text);

// A token of ICU word segmentation (UAX #29 with ICU's rules).
struct WordToken {
  std::size_t begin = 0;   // byte offset into the tokenised text
  std::size_t end = 0;     // one past the last byte
  bool is_word = false;    // letters or digits (ICU rule status ≥ UBRK_WORD_NONE_LIMIT)
  bool is_number = false;  // a word made of digits (UBRK_WORD_NUMBER)
};

// Splits `text` into consecutive tokens that cover it completely: words,
// numbers, runs of spaces, punctuation. Offsets are bytes into `text` itself
// (no normalisation is applied first, so they are valid for NFD input too;
// combining marks stay with their base letter). Vietnamese gives one token
// per syllable; "gender-based" gives "gender", "-", "based"; "People's" is
// one token.
std::vector<WordToken> WordTokens(std::string_view text);

}  // namespace congvan

#endif  // CONGVAN_TEXT_FOLD_H_
