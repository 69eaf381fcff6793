// A gate before the unanchored cue set: a cheap test that lets a line through
// only when some floating cue alternative could match it.
//
// Approach: the unanchored RE2::Set scans every byte of every line (≈ 17
// instructions a byte), though few lines can match a floating alternative:
// most of them need a literal ("cong hoa xa hoi chu nghia viet nam", "boi",
// "./.") or end in a given byte ("… \d{1,3}$": a line ending in a digit). The
// loader reads, from each alternative's text, a necessary condition:
//   - a required literal: the longest run of single characters, one after the
//     other, at the alternative's top level, none made optional (every match
//     holds that run);
//   - a required tail: before a final "$", zero or more optional atoms of one
//     ASCII byte each ("\s*", "\.?") and then one required one ("\d{1,3}",
//     "\)"): every match ends with such bytes, which a few steps from the
//     line's end check.
// What it cannot read (a group, a class with non-ASCII members, "\W", a flag,
// a case-insensitive or Latin-1 grammar) gives no condition; an alternative
// with neither condition leaves the gate always open, so the set answers as
// before. The literals are looked for in one pass with a table of their
// first bytes. tests/grammar/cue_gate_test.cc checks, on every corpus line
// (and the unseen texts when given), that no line an alternative matches is
// turned away, and that the gated cue bits equal each cue run alone.
#ifndef CONGVAN_GRAMMAR_CUE_GATE_H_
#define CONGVAN_GRAMMAR_CUE_GATE_H_

#include <re2/re2.h>

#include <array>
#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace congvan::grammar_internal {

// What every match of one alternative holds, read from its text.
struct CueCondition {
  // One atom of the tail, read from the line's end backwards.
  struct TailAtom {
    std::bitset<128> bytes;  // ASCII bytes the atom matches
    int max = 1;             // repetitions allowed; -1 for any number
    bool required = false;   // the last atom read: at least one byte of it
  };
  std::string literal;         // empty: none read
  std::vector<TailAtom> tail;  // from the "$" backwards; empty: none read
  // Whether `line` could be matched: holds the literal, ends as the tail says.
  bool MayMatch(std::string_view line) const;
  bool TailFits(std::string_view line) const;
};

// The condition read from `alternative` (a top-level alternative of a cue,
// TopLevelAlternatives), or nullopt when neither a literal nor a tail can be
// read. REQUIRES: PatternError(alternative, options) is empty.
std::optional<CueCondition> ReadCueCondition(std::string_view alternative,
                                             const RE2::Options& options);

// Whether an alternative anchored at the line's start ("^…") is better kept
// out of the anchored cue set, in a set of its own behind a gate: it opens
// with a run of a broad atom (a class, ".", a group) that may be
// kLongOpeningRun bytes or more ("^[^()]{2,60}\(da ky\)$"), which keeps the
// anchored set's DFA alive that far into nearly every line and multiplies its
// states with those of the other cues' runs, and it ends in a tail the gate
// reads from the line's last bytes, so that set sees only the few lines that
// could match. False for anything not read for certain.
inline constexpr int kLongOpeningRun = 16;
bool BetterBehindGate(std::string_view alternative, const RE2::Options& options);

// The floating alternatives of a grammar's cues, as one test.
class CueGate {
 public:
  // Adds an alternative of the unanchored set. One with no condition opens
  // the gate for good.
  void Add(std::string_view alternative, const RE2::Options& options);
  // False only when no alternative added can match `line`.
  bool MayMatch(std::string_view line) const;
  bool always_open() const { return always_open_; }

 private:
  bool always_open_ = false;
  struct Entry {
    int literal = -1;  // index into literals_, or -1
    CueCondition condition;
    // The bytes a line the tail fits may end with (every byte when no tail):
    // most lines are turned away by their last byte, before TailFits.
    std::bitset<256> last_bytes;
  };
  std::vector<Entry> entries_;
  std::vector<std::string> literals_;                // distinct, at most 64
  std::array<uint64_t, 256> first_byte_literals_{};  // bit j: literals_[j] begins so
  // The scan looks for each wanted literal's first three bytes, sixteen
  // offsets at a time (SSE2; a byte loop elsewhere), and compares the whole
  // literal only there: a first byte alone ('c', 'd', 't') is every fourth
  // byte of Vietnamese text, and a byte loop costs as much as RE2's DFA.
  bool HoldsLiteral(std::string_view line, uint64_t wanted) const;
  // Per literal, its first three bytes each repeated sixteen times, for the
  // scan's compares; `any[k]` all ones where the literal is shorter than
  // k + 1 bytes (that compare then always holds), else zero.
  struct alignas(16) Probe {
    std::array<uint8_t, 16> bytes[3];
    std::array<uint8_t, 16> any[3];
  };
  std::vector<Probe> probes_;
  bool HoldsLiteralAt(const unsigned char* bytes, size_t n, size_t i, uint64_t wanted) const;
};

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_CUE_GATE_H_
