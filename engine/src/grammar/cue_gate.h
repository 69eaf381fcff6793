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
//     line's end check;
//   - for an alternative with a tail, the choices: a run of characters right
//     before a group of plain alternatives ("\((anh|video|clip)…") gives
//     the strings one of which every match holds ("(anh", "(video", "(clip");
//     a line whose tail fits (few do) is asked them instead of the literal,
//     as the literal alone ("(") is on most lines that end in ")" or ").";
//     choices read away from the literal ("\b(sua doi|bo sung)\b.{0,40}
//     \bboi\s*:$") are asked first and the literal after, by the scan.
// What it cannot read (a group but as above, a class with non-ASCII members,
// "\W", a flag, a case-insensitive or Latin-1 grammar) gives no condition; an
// alternative with neither condition leaves the gate always open, so the set
// answers as before. The literals are looked for in one pass over the line for all of
// them (nibble tables read with PSHUFB, below), and only the alternatives
// whose tail the line's last byte allows are asked about their tail.
// tests/grammar/cue_gate_test.cc checks, on every corpus line (and the
// unseen texts when given), that no line an alternative matches is turned
// away, and that the gated cue bits equal each cue run alone;
// tests/grammar/cue_gate_scan_test.cc, that the gate answers as each
// condition read alone and searched for plainly.
#ifndef CONGVAN_GRAMMAR_CUE_GATE_H_
#define CONGVAN_GRAMMAR_CUE_GATE_H_

#include <re2/re2.h>

#if defined(__SSE2__) && defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define CONGVAN_CUE_GATE_SSSE3 1  // PSHUFB where the processor has it (asked at run time)
#endif

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
  // One of these is in every match (each longer than `literal`); empty:
  // none read.
  std::vector<std::string> choices;
  size_t choice_run = 0;  // the bytes every choice begins with (the run)
  // Whether `line` could be matched: holds the literal and a choice, ends as
  // the tail says.
  bool MayMatch(std::string_view line) const;
  bool TailFits(std::string_view line) const;
  bool HoldsChoice(std::string_view line) const;
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
  // The same answer, each entry asked in turn (more than 64 with a tail).
  bool MayMatchEntryByEntry(std::string_view line) const;

 private:
  // tests/grammar/cue_gate_scan_test.cc breaks a probe on purpose, to show
  // that its comparison with the plain search would see a wrong scan.
  friend struct CueGateTestPeer;
  bool always_open_ = false;
  struct Entry {
    int literal = -1;  // index into literals_, or -1
    CueCondition condition;
    // The bytes a line the tail fits may end with (every byte when no tail):
    // most lines are turned away by their last byte, before TailFits.
    std::bitset<256> last_bytes;
    // Every choice holds the literal: a line holding a choice needs no scan.
    bool choices_hold_literal = false;
  };
  std::vector<Entry> entries_;
  // Without a tail, an entry wants its literal on every line: their bits,
  // set once. The entries with a tail, by the bytes a line they may fit can
  // end with (bit t: tailed_[t]), so a line asks only those its last byte
  // leaves; more than 64 such entries and every line asks them all.
  uint64_t untailed_literals_ = 0;
  std::vector<size_t> tailed_;
  std::array<uint64_t, 256> tailed_by_last_byte_{};
  bool too_many_tails_ = false;
  std::vector<std::string> literals_;                // distinct, at most 64
  std::array<uint64_t, 256> first_byte_literals_{};  // bit j: literals_[j] begins so
  // The scan looks for the wanted literals' first three bytes sixteen
  // offsets at a time and compares the whole literal only where they stand:
  // a first byte alone ('c', 'd', 't') is every fourth byte of Vietnamese
  // text, and a byte loop costs as much as RE2's DFA. With SSSE3 (nearly
  // every x86-64), one pass for all literals at once (the "Teddy" scheme of
  // Hyperscan and Rust's aho-corasick): each literal is in one of eight
  // buckets, and per byte position of the three a table of the buckets each
  // low and high nibble may belong to, read with PSHUFB; with one literal a
  // bucket (up to eight literals) the offsets found are exactly those of the
  // three-byte prefixes, with more they may only be too many. Without
  // SSSE3, SSE2 compares literal by literal; elsewhere a byte loop. The
  // bytes fewer than a block at the line's end are scanned from a
  // zero-padded copy.
  bool HoldsLiteral(std::string_view line, uint64_t wanted) const;
  bool HoldsLiteralAt(const unsigned char* bytes, size_t n, size_t i, uint64_t wanted) const;
  // Whether a wanted literal stands at i + some bit of `offsets`.
  bool HoldsLiteralAtAny(const unsigned char* bytes, size_t n, size_t i, unsigned offsets,
                         uint64_t wanted) const;
  // Per literal, its first `width` bytes (three, or the whole of a shorter
  // literal) each repeated sixteen times, for the SSE2 compares.
  struct alignas(16) Probe {
    std::array<uint8_t, 16> bytes[3];
    int width = 3;
  };
  std::vector<Probe> probes_;
  bool HoldsLiteralSse2(const unsigned char* bytes, size_t n, uint64_t wanted) const;
  // The nibble tables: bit b of low_nibbles_[k][x], literal bucket b (literal
  // j is in bucket j % kBuckets) may have low nibble x at byte k.
  static constexpr int kBuckets = 8;
  alignas(16) std::array<uint8_t, 16> low_nibbles_[3] = {};
  alignas(16) std::array<uint8_t, 16> high_nibbles_[3] = {};
  bool use_ssse3_ = HasSsse3();
  static bool HasSsse3();
  bool HoldsLiteralSsse3(const unsigned char* bytes, size_t n, uint64_t wanted) const;
  // The same tables read thirty-two offsets at a time where the processor
  // has AVX2 (grammar/cue_gate_avx2.cc); the line's last < 34 bytes go to
  // the SSSE3 scan.
  bool use_avx2_ = HasAvx2();
  static bool HasAvx2();
  bool HoldsLiteralAvx2(const unsigned char* bytes, size_t n, uint64_t wanted) const;
  // Per literal, its first eight bytes (zeros past a shorter one) and the
  // mask of the bytes it has, as one little-endian word: in Vietnamese
  // nearly every block holds a candidate ("con…", "han…", "tha…", "neu…"),
  // and the AVX2 scan tests each with one load and compare, inline, rather
  // than a call to HoldsLiteralAt and memcmp.
  std::vector<uint64_t> heads_, head_masks_;
  bool HoldsLiteralAtByHead(const unsigned char* bytes, size_t n, size_t at, uint64_t wanted) const;
};

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_CUE_GATE_H_
