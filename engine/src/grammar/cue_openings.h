// The first two bytes a folded line may open with for an anchored cue to
// match, as the grammar states them (a cue's `opens` attribute), and the
// table that turns a line away from the anchored cue set before RE2 runs.
//
// Approach: the anchored RE2::Set is asked of every line (88,438 calls on
// the 20 MB law), though no "^" cue can begin "a) …", the point lines that
// are a third of a law. Reading the patterns to learn where they may begin
// was tried twice and dropped (DESIGN, "Two prefilters before the anchored
// cue set"): a second reader of RE2's syntax, or RE2's PossibleMatchRange,
// whose intervals hold "1. x". Here the grammar says it: each anchored cue
// lists the openings its "^" alternatives may start with ("ca xe th",
// "[a-z][a-z ]", "[0-9][0-9:]"), and only their first two positions are
// read: a 256 × 256-bit table of (first byte, second byte) pairs, the union
// over the set's cues. A cue without the attribute admits every line. A line
// shorter than two bytes is always asked. Whether an attribute is true is
// not read from the pattern but tested against RE2 on every corpus line
// (tests/grammar/cue_openings_test.cc), and a wrong one fails that test.
// Two bytes alone turn away the point lines ("a) …") only; with the needs
// below, the numbered clauses ("1. …") and most prose lines too (on the
// 20 MB law RE2::Set::Match, all cue sets, 91.3 → 47.8 M instructions).
//
// Syntax of `opens`: openings separated by spaces; an opening is a sequence
// of positions, each a character (UTF-8), a class "[...]" of characters and
// ASCII ranges ("a-z"), or "[^...]", every byte but those; "\s" is the
// whitespace RE2's \s matches (tab, newline, form feed, carriage return,
// space), "\f" a form feed, "\\", "\[", "\]", "\-" the character. A
// position holding a character of several bytes admits any byte after it
// (its own continuation byte included).
//
// Needs. Two bytes cannot turn away the lines a broad cue may open: the news
// lead's "[a-z0-9.]{2,12}\s*[-–—]\s" admits every "1. …", the header's
// "([a-z]+ ){0,3}so\s*:" every letter pair, the footnote's
// "[^a-z0-9]{0,2}\d{0,3}\s*(dieu|…)" every mark. What each needs is further
// in: a dash and a space after a dateline's place, a ':' after a few words,
// the article's word after a mark or a number. An opening may say so:
// "[a-z0-9.][a-z0-9.]@16(-\s|–\s|—\s)" admits its pairs only for a line
// holding one of the literals (separated by '|') beginning within its first
// 16 bytes. A literal is bytes as written (a UTF-8 character is its bytes),
// "\s" any RE2 whitespace byte, "\x" the byte x; no space, '(' or '|'
// unescaped. The bound is the language's, not always the pattern's (a
// dateline's place is a word or two, "tp.hcm", "(chinhphu.vn)"; three folded
// Vietnamese syllables and "so" fit in 40 bytes though "[a-z]+" has no
// bound): the test over every corpus line holds it to the texts. A pair stated plainly by
// another cue stays admitted. At most eight distinct needs a table.
#ifndef CONGVAN_GRAMMAR_CUE_OPENINGS_H_
#define CONGVAN_GRAMMAR_CUE_OPENINGS_H_

#include <array>
#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace congvan::grammar_internal {

class CueOpenings {
 public:
  // Adds the openings `opens` states. False, with *error set, on a syntax
  // error (the openings before it are then added: the grammar is refused).
  bool Add(std::string_view opens, std::string* error);
  // Admits every line from now on: a cue that states no openings.
  void AdmitAll() { all_ = true; }
  // False only when no opening added can begin `folded_line` (with what it
  // needs further in).
  bool Admits(std::string_view folded_line) const {
    if (all_ || folded_line.size() < 2) return true;
    const auto first = static_cast<uint8_t>(folded_line[0]);
    const auto second = static_cast<uint8_t>(folded_line[1]);
    if (seconds_[first].test(second)) return true;
    return gated_firsts_.test(first) && MeetsANeed(folded_line, first, second);
  }
  bool admits_all() const { return all_; }

  // What a gated opening needs further in: one of `literals` beginning
  // within the line's first `within` bytes.
  struct Need {
    std::string text;  // as stated, to share one need among openings
    // The pairs admitted when the need is met: first byte → second bytes.
    // On the heap, and only for a need stated: a table of 256 × 256 bits
    // per need (or a byte of needs per pair) cost the loader its zeroing.
    std::unique_ptr<std::array<std::bitset<256>, 256>> pairs;
    size_t within = 0;
    std::vector<std::vector<std::bitset<256>>> literals;  // each: bytes per position
    std::bitset<256> first_bytes;                         // of any literal
    // The first bytes when they are few (':', or '-' and the dashes' lead
    // byte): looked for with memchr, not byte by byte. Empty: many.
    std::vector<char> few_first_bytes;
    bool HeldBy(std::string_view line) const;
    bool LiteralAt(std::string_view line, size_t at) const;  // one of them begins at `at`
  };
  static constexpr size_t kMaxNeeds = 8;

 private:
  bool all_ = false;
  std::array<std::bitset<256>, 256> seconds_{};  // first byte → second bytes
  std::bitset<256> gated_firsts_;                // the first bytes of the needs' pairs
  std::vector<Need> needs_;
  // Whether a need of the pair (first, second) is met by `line`.
  bool MeetsANeed(std::string_view line, uint8_t first, uint8_t second) const;
  // Reads every opening of `opens` into the tables: the number read, or -1
  // on a syntax error.
  int Read(std::string_view opens, std::string* error);
  // The index into needs_ of the need stated at *at (on its '@'), read and
  // added unless stated before; -1 on a syntax error or past kMaxNeeds.
  int ReadNeed(std::string_view opens, size_t* at, std::string* error);
  // Files the pairs (`first`'s bytes, `after`) as admitted, or as admitted
  // under need `need` (≥ 0).
  void FilePairs(const std::bitset<256>& first, const std::bitset<256>& after, int need);
};

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_CUE_OPENINGS_H_
