// Folding and word tokenisation shared by the lexicon, the aligner and the
// differ: keys under which two spellings of the same word compare equal.
//
// Every function takes UTF-8 (NFC or NFD, any case) and returns NFC UTF-8.
// All ICU objects are created once per thread and reused; ASCII input takes a
// fast path that never touches ICU. Invalid UTF-8 bytes are read as U+FFFD;
// no function throws or aborts on any input.
#ifndef CONGVAN_TEXT_FOLD_H_
#define CONGVAN_TEXT_FOLD_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace congvan {

// Full Unicode case folding (ICU default folding): "BÌNH ĐẲNG" → "bình đẳng".
// Diacritics are kept.
std::string FoldCase(std::string_view text);

// The loose key, the engine's one diacritic fold: every diacritic removed,
// đ/Đ → d, typographic apostrophes (’ ‘ ʼ `) → ', full case folding.
// "Ủy Ban", "uỷ ban" and "UY BAN" give "uy ban". Byte-wise it is a fold per
// code point (a table lookup for the Latin script), so it is cheap enough for
// every line the parser reads; bytes that are not UTF-8 become U+FFFD.
std::string FoldKey(std::string_view text);

// FoldKey for the grammar's cues and folded patterns: the same fold, and runs
// of spaces and tabs become one space. OCR that drops diacritics then matches
// the same cues.
std::string FoldForCues(std::string_view line);

// FoldForCues that also says where each folded byte came from: offsets has
// one entry per byte of `out` (the byte offset in `line` of the code point it
// was folded from) plus a last entry, line.size(). `offsets` may be null.
void FoldWithOffsets(std::string_view line, std::string* out, std::vector<uint32_t>* offsets);

// FoldForCues of a line's two ends only (its first ~200 and last ~80 bytes,
// joined by " … ") when it is long. Cues describe short lines or a line's
// start and end, and this keeps the cost per paragraph independent of its
// length.
std::string FoldEndsForCues(std::string_view line);
// FoldEndsForCues(line) appended to *out (which keeps what it held): the cue
// folds of many lines in one buffer, not a string each.
void AppendFoldEndsForCues(std::string_view line, std::string* out);

// Case-folded key that keeps the letters' own marks (â ă ê ô ơ ư đ) and the
// tone, but puts each word's Vietnamese tone mark (grave, acute, tilde, hook
// above, dot below) at the end of the word, so the old and new tone placements
// ("hoá"/"hóa", "Uỷ"/"Ủy") compare equal while "cá" and "ca" stay distinct.
// Typographic apostrophes become '.
std::string FoldToneKey(std::string_view text);

// True when `text` carries any diacritic or a letter that FoldKey maps
// to another letter (đ).
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
