// A lazy cue's ends: what every match of one of its alternatives opens and
// ends the line with, read from the alternative's text (grammar/lazy_cues.h
// asks a line these before the alternative's RE2).
//
// Approach: over the alternative's atoms (grammar/cue_atoms.h), the opening
// is read from "^" on while each atom is plain: characters (a run of them one
// compare), an ASCII class with its counts when it cannot take a byte of what
// a match gives the pieces after it ("^\d{1,3}\s+…": the digits never eat a
// space), and a last group of plain alternatives ("(dieu|khoan|…)"), after
// which nothing is read (its choices differ in length). The ending is read
// from "$" back: characters and "\s*" (not after a space, which "\s*" would
// take). A flag group ("(?i)") changes what the pieces match: then nothing is
// read. Every piece is thus something each match holds where it is read, so a
// line that does not fit cannot match; tests/grammar/cue_gate_test.cc checks
// it on every corpus and unseen line.
#ifndef CONGVAN_GRAMMAR_CUE_ENDS_H_
#define CONGVAN_GRAMMAR_CUE_ENDS_H_

#include <bitset>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace congvan::grammar_internal {

// How every match of an alternative opens at the line's start and ends at
// its end, as far as a few plain pieces say: for "^\d{1,3}\s+(dieu|khoan|…)
// \b.{0,160}…" the line opens with one to three digits, spaces and one of
// the words; for "…\bboi\s*:$" it ends with "boi", spaces and ':'. Each is
// checked with a few compares from the line's ends, before any RE2
// (grammar/lazy_cues.h): a line that does not fit cannot match.
struct CueEnds {
  struct Piece {
    std::string text;                  // these bytes; or, when empty:
    std::vector<std::string> choices;  // one of these (the opening's last piece); or
    std::bitset<128> bytes;            // min … max (-1: any number) bytes of these
    int min = 0, max = 0;
  };
  std::vector<Piece> opening;  // from the line's start
  std::vector<Piece> ending;   // from the line's end, backwards
  bool Fits(std::string_view line) const;
  // The bytes a fitting line may hold at `offset` from its start (begin
  // with: 0; its second byte: 1, asked of lines of two bytes or more), as
  // the opening says; every byte where it says nothing.
  std::bitset<256> OpeningBytesAt(size_t offset) const;
  // The bytes a fitting line may end with; every byte when not read.
  std::bitset<256> LastBytes() const;
};

// The ends read from `alternative`, or nullopt when neither says enough: an
// opening of fewer than two pieces ("begins with a digit" is every numbered
// clause), an ending of fewer than three characters.
std::optional<CueEnds> ReadCueEnds(std::string_view alternative);

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_CUE_ENDS_H_
