// The marker set's answer for a line — which styles match where it begins
// — read by each style's backtracker instead of RE2::Set.
//
// Approach: RE2::Set::Match costs ≈ 1,300 instructions a line asked which
// patterns match, ≈ 650 asked whether (DESIGN, "parse-re2-5"), whatever the
// line, and a law asks it of every paragraph line. Every marker style of
// both grammars reads as a backtracker (grammar/backtracked_capture.h),
// which knows the bytes its matches may begin with and those their second
// byte may be; so a line's first two bytes name the few styles that may
// match it (a "1." line: "1.", "1.2" and "1.2.a"), and each is run on it: the set's hits are
// exactly those that match — the question the set answers, anchored where the line begins. The
// grammar's <lead> does not read as one (a negated class, a lazy repeat); a line is read only when
// it begins with none of the lead's leading literals (required_literals.h: every match of the lead
// begins with one), so the lead cannot be among its hits. Otherwise — a style that does not read, a
// lead literal at the start, a match past the step budget, an empty line —
// the answer is "unknown" and the set is asked as before.
// tests/grammar/read_marker_set_test.cc compares the hits with RE2::Set's
// on every corpus and unseen line, as written, trimmed and in NFD, in both
// grammars.
#ifndef CONGVAN_GRAMMAR_READ_MARKER_SET_H_
#define CONGVAN_GRAMMAR_READ_MARKER_SET_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "grammar/backtracked_capture.h"
#include "grammar/required_literals.h"

namespace congvan::grammar_internal {

class ReadMarkerSet {
 public:
  // What the set's patterns are, by set index: `styles` (a reader or null
  // per style, null: the style does not read), and the lead's pattern at
  // `lead_index` (−1: none in the set).
  struct Source {
    std::vector<const BacktrackedCapture*> styles;
    int lead_index = -1;
    std::string_view lead_pattern;
  };

  ReadMarkerSet() = default;
  explicit ReadMarkerSet(const Source& source);

  // Whether `hits` now holds the set's hits for `line` (ascending: RE2's
  // own order is not kept, and no caller reads it), and `first` /
  // `*first_ngroups` the first hit's match as its reader gives it (the
  // style's plain pattern: the lead is not at the start); false when not
  // known (then `hits` and `first` are unspecified).
  bool Hits(std::string_view line, std::vector<int>* hits, re2::StringPiece (&first)[2],
            int* first_ngroups) const;

  // Whether the set reads at all (every style reads, the lead's leading
  // literals are known).
  bool reads() const { return reads_; }

 private:
  bool reads_ = false;
  std::vector<const BacktrackedCapture*> styles_;
  LiteralChoice lead_literals_;
  std::array<uint64_t, 4> lead_first_bytes_{};  // the bytes a lead literal begins with
  bool has_lead_ = false;
  // Per first byte, the styles whose matches may begin with it.
  std::array<std::vector<uint16_t>, 256> by_first_byte_;
};

// A grammar's ReadMarkerSet, built on first use (thread-safe).
class LazyReadMarkerSet {
 public:
  template <typename MakeSource>
  const ReadMarkerSet& Get(MakeSource&& make) const {
    if (ready_.load(std::memory_order_acquire)) return set_;
    std::call_once(once_, [&] {
      set_ = ReadMarkerSet(make());
      ready_.store(true, std::memory_order_release);
    });
    return set_;
  }

 private:
  mutable std::once_flag once_;
  mutable std::atomic<bool> ready_{false};
  mutable ReadMarkerSet set_;
};

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_READ_MARKER_SET_H_
