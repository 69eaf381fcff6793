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
// Two bytes turn away the point lines ("a) …") only: "1. …" may still open
// the news lead ("1.2 - …"), a letter pair the header's "([a-z]+ ){0,3}so:",
// a mark ("|", "**") the footnote's "[^a-z0-9]{0,2}\d{0,3}\s*dieu".
//
// Syntax of `opens`: openings separated by spaces; an opening is a sequence
// of positions, each a character (UTF-8), a class "[...]" of characters and
// ASCII ranges ("a-z"), or "[^...]", every byte but those; "\s" is the
// whitespace RE2's \s matches (tab, newline, form feed, carriage return,
// space), "\f" a form feed, "\\", "\[", "\]", "\-" the character. A
// position holding a character of several bytes admits any byte after it
// (its own continuation byte included).
#ifndef CONGVAN_GRAMMAR_CUE_OPENINGS_H_
#define CONGVAN_GRAMMAR_CUE_OPENINGS_H_

#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>

namespace congvan::grammar_internal {

class CueOpenings {
 public:
  // Adds the openings `opens` states. False, with *error set, on a syntax
  // error (the openings before it are then added: the grammar is refused).
  bool Add(std::string_view opens, std::string* error);
  // Admits every line from now on: a cue that states no openings.
  void AdmitAll() { all_ = true; }
  // False only when no opening added can begin `folded_line`.
  bool Admits(std::string_view folded_line) const {
    if (all_ || folded_line.size() < 2) return true;
    return seconds_[static_cast<uint8_t>(folded_line[0])].test(
        static_cast<uint8_t>(folded_line[1]));
  }
  bool admits_all() const { return all_; }

 private:
  bool all_ = false;
  std::array<std::bitset<256>, 256> seconds_{};  // first byte → second bytes
};

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_CUE_OPENINGS_H_
