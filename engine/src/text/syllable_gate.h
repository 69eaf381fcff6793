// Where a broken syllable could be joined: a test on the bytes of a text that
// rules out most of its word pairs before any word is asked of the syllable
// memo (RepairBrokenSyllables, text/syllables.h).
//
// Every syllable the Vietnamese lists make keeps its vowels together: an
// onset is consonants, perhaps closed by a vowel ("qu", "gi"), and a rhyme is
// vowels then consonants. So no syllable holds a vowel, then a consonant,
// then a vowel; and two words joined ("ab", or "abc" with a third) cannot be
// one when a has a vowel, b has a vowel, and a ends or b begins with a
// consonant ("công dân", "quy định"). Nor when a or b holds a digit or a sign
// ("khoản 2"): a syllable is letters. Of a law's word pairs about one in forty
// is left; only those are asked word by word. The lists are checked at load
// (VowelsStayTogether); a grammar whose syllables break the rule is not gated.
//
// The test reads the text 64 bytes at a time into bit masks — word breaks,
// single spaces, vowels, consonants, digits and signs — with AVX2 (three
// loads per 32 bytes, nibble-table shuffles for the ASCII classes, compares
// for the Vietnamese vowels written with two or three bytes), or byte by byte
// (the reference the tests compare with). A letter is a vowel or a consonant
// here only when its toneless lower-case form is one of the Vietnamese
// letters (a e i o u y ă â ê ô ơ ư; b c d đ … z): any other letter is
// neither, which can only keep a pair, never rule one out. The words' facts
// are carried along their bytes by additions (a carry runs through a word's
// bytes and stops at the break after it), so a window costs a few dozen
// instructions whatever its words. A window starts at a word break or a word
// start; a pair is decided in it when the break after its second word lies
// in it, and the next window starts at the break before the first word of the
// first pair not decided.
#ifndef CONGVAN_TEXT_SYLLABLE_GATE_H_
#define CONGVAN_TEXT_SYLLABLE_GATE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/cpu_features.h"

namespace congvan::text {

// True when no syllable of the lists (an onset, possibly none, then a rhyme;
// both given as their toneless lower-case keys) holds a vowel, later a
// consonant, later a vowel (Vietnamese letters as above).
bool VowelsStayTogether(const std::vector<std::string>& onset_keys,
                        const std::vector<std::string>& rhyme_keys);

// Whether this build and processor run the gate's fast scan (AVX2); without
// it the repair walks every word.
bool SyllableGateRuns();

// The gate's classes of the 64 bytes at `p` as bit masks (bit k: byte k),
// byte by byte or with AVX2. Reads p[0, 66). Exposed for the tests.
struct ShapeMasks {
  uint64_t breaks = 0;       // space, newline, tab
  uint64_t spaces = 0;       // space
  uint64_t vowels = 0;       // a vowel letter starts here
  uint64_t consonants = 0;   // a consonant letter starts here
  uint64_t non_letters = 0;  // a digit or one of # $ % & * + - / < = >
};
ShapeMasks ShapeMasksPortable(const unsigned char* p);
#if defined(CONGVAN_TARGETS_AVX2)
ShapeMasks ShapeMasksAvx2(const unsigned char* p);
#endif

// The words of a text whose pair with the next word the shape does not rule
// out (the pair may not even be clean: the caller checks), in text order.
// Only for lists that keep their vowels together. `scan`: kAvx2 (where
// SyllableGateRuns()) or kPortable (byte by byte; the same answers).
class JoinCandidates {
 public:
  JoinCandidates(std::string_view text, VectorScan scan = VectorScan::kAvx2);
  // The start of the first such word at or after `from`, or text.size().
  // REQUIRES: `from` no less than at the last call; from == 0, text[from - 1]
  // a word break (space, newline, tab), or text[from] a word break.
  size_t Next(size_t from);

 private:
  static constexpr size_t kAskWord = ~size_t{0};
  static size_t FirstWordStart(uint64_t breaks);
  static size_t NextWindow(size_t w0, uint64_t breaks);
  bool PopOpen(size_t from, size_t* at);
  const unsigned char* WindowBytes(size_t w0);
  bool TakeWindow(size_t w0, const ShapeMasks& m, uint64_t ends, size_t* at);
#if defined(CONGVAN_TARGETS_AVX2)
  size_t NextAvx2(size_t from);
#endif

  std::string_view text_;
  VectorScan scan_;
  size_t start_ = 0;                    // the last window's first byte
  uint64_t breaks_ = 0;                 // its breaks
  uint64_t ends_ = 0;                   // its open pairs not yet given, by their second word's end
  size_t resume_ = 0;                   // where the next window starts (or later, at `from`)
  std::array<unsigned char, 66> tail_;  // the last window, padded
};

}  // namespace congvan::text

#endif  // CONGVAN_TEXT_SYLLABLE_GATE_H_
