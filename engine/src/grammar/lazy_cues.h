// Lazy cues: cues compiled only when a line could need them.
//
// Approach: a cue marked lazy="true" in the grammar (a consolidated text's
// furniture, "văn bản hợp nhất": its change notes, its amending acts' basis,
// its amendment history) stays out of the cue sets every line is asked
// against. Compiled there, they cost every text, consolidated or not: the
// change note's ".{0,160}" alone was 8 M instructions of the anchored set's
// compile, +14.7 % on an 11.5 KB dispatch (docs/DESIGN.md, "Consolidated
// texts as the Công báo prints them"). Each of the cue's top-level
// alternatives is instead its own RE2, compiled on the first line whose ends
// fit what the alternative's text says of them (grammar/cue_ends.h,
// CueEnds: "^\d{1,3}\s+(dieu|khoan|…)" opens a change note, "boi\s*:" ends
// the history's announcement), as a metadata pattern is compiled only for a
// text holding its literals. Most lines are turned away by their first or
// last byte; a text without the furniture never compiles these cues. An
// alternative whose ends say too little cannot be lazy: the loader says so.
// tests/grammar/cue_gate_test.cc checks, on every corpus and unseen line,
// that the cue bits equal each cue run alone.
#ifndef CONGVAN_GRAMMAR_LAZY_CUES_H_
#define CONGVAN_GRAMMAR_LAZY_CUES_H_

#include <re2/re2.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "grammar/cue_ends.h"
#include "grammar/lazy_regex.h"

namespace congvan::grammar_internal {

class LazyCues {
 public:
  // Files `alternative` of cue `cue` (< 64). False when its ends say too
  // little (ReadCueEnds), or past 64 alternatives. REQUIRES: PatternError(alternative, options) is
  // empty.
  bool Add(std::string_view alternative, int cue, const RE2::Options& options);
  bool empty() const { return alternatives_.empty(); }
  // ORs into `bits` those of the lazy cues that match `line`. Inline: nearly
  // every line is turned away by its first, last or second byte.
  void CollectBits(std::string_view line, uint64_t& bits) const {
    if (line.empty()) return;
    uint64_t asked = by_first_byte_[static_cast<unsigned char>(line.front())] &
                     by_last_byte_[static_cast<unsigned char>(line.back())];
    if (asked != 0 && line.size() > 1)
      asked &= by_second_byte_[static_cast<unsigned char>(line[1])];
    if (asked != 0) Ask(line, asked, bits);
  }

 private:
  struct Alternative {
    int cue = 0;
    CueEnds ends;
    std::unique_ptr<LazyRegex> re;
  };
  std::vector<Alternative> alternatives_;
  // Asks `line` the alternatives of `asked` (bit i: alternatives_[i]).
  void Ask(std::string_view line, uint64_t asked, uint64_t& bits) const;
  // Bit i: alternative i's ends allow a line beginning (ending) with this
  // byte. A line is asked only the alternatives both allow: nearly every
  // line none, after two lookups. A line beginning with a digit (every
  // numbered clause, "1. …") fits the change note's "^\d{1,3}\s+": its
  // second byte, which the opening allows too (CueEnds::OpeningBytesAt(1):
  // a digit or a space), turns it away before CueEnds::Fits.
  std::array<uint64_t, 256> by_first_byte_{}, by_last_byte_{}, by_second_byte_{};
};

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_LAZY_CUES_H_
