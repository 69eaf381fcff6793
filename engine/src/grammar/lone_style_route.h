// A marker line whose set answer is one style, found without the set's
// "which" question.
//
// Approach: in a law nearly every line opens with one marker, and the lines
// that begin with a given byte mostly bear the same one ("1." for '1', "a)"
// for 'a'). RE2::Set::Match with a hit vector costs ≈ 1,270 instructions a
// line whatever its length (half of it the hit set RE2 allocates per call),
// asked "whether" ≈ 640, and the style's own capture match, which follows
// the set anyway, ≈ 480. So for a line whose first byte last opened a line
// whose only hit was style k, k's capture is run first; if it matches, a set
// of every marker pattern but k (and without the grammar's lead) is asked
// "whether" only: if nothing in it matches, and the lead cannot match either,
// the set's answer is exactly {k} — RE2's own answer, not a guess. Any other
// outcome goes the usual way (the whole set), which also teaches the guess.
// The lead is ruled out by RE2::PossibleMatchRange (every anchored match of
// the lead lies between its min and max: a line none of whose prefixes lies
// between them cannot begin with one); a law's lines ("1.", "a)", "Điều")
// all fall outside the vi lead's ["Bộ luậ", "Thông tư…"]. Nothing here reads
// a pattern's text: the patterns are the set's own, RE2 compiles and answers.
// A set of the other styles costs ≈ 3.4 M instructions to compile and the
// lead's range ≈ 6.5 M (the lead's compilation), so a style gets its set only
// after kLinesBeforeSet lines whose only hit it was: a 2 MB law or a folder
// of decisions never pays it, a 20 MB law pays it twice and gains ≈ 630
// instructions on each later line of those styles. The guesses and counts are
// relaxed atomics (a grammar is shared by `parse --jsonl -j N`'s workers):
// a lost update costs a turn of the usual way, never an answer.
// tests/grammar/lone_style_route_test.cc checks the answer against the set's
// on every corpus (and unseen) line in both grammars, for every style.
#ifndef CONGVAN_GRAMMAR_LONE_STYLE_ROUTE_H_
#define CONGVAN_GRAMMAR_LONE_STYLE_ROUTE_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/lazy_regex.h"

namespace congvan::grammar_internal {

class LoneStyleRoute {
 public:
  // Lines whose only hit was a style before that style gets its set of the
  // others. The first set and the lead's range cost ≈ 10 M instructions, the
  // saving of ≈ 16,000 lines, a later set ≈ 3.4 M (≈ 5,400 lines): a style
  // that has opened 10,000 lines alone (a long law's "1." and "a)") is
  // likely to open many more, and a 2 MB law (≈ 5,000 "1." lines) or a
  // folder of decisions never builds one.
  static constexpr uint32_t kLinesBeforeSet = 10000;
  static constexpr size_t kMaxStyles = 256;  // a style index is 8 bits (PackedMarkers)

  LoneStyleRoute() = default;
  LoneStyleRoute(const LoneStyleRoute&) = delete;
  LoneStyleRoute& operator=(const LoneStyleRoute&) = delete;

  // The marker set whose answers the route gives: its patterns in index
  // order, the lead's at `lead_index` (-1: none), and the lead alone
  // (`lead`, null when there is none). Read only when a set is built.
  struct Source {
    const LazyRegexSet& set;
    int lead_index;
    const LazyRegex* lead;
  };

  // The style to try alone on `line`: the one its first byte last opened
  // alone, once that style's set of the others is built; -1 otherwise.
  int Candidate(std::string_view line) const {
    if (line.empty()) return -1;
    const uint8_t guess = guess_[static_cast<unsigned char>(line.front())].load(kRelaxed);
    if (guess == 0) return -1;
    return others_ready_[guess - 1].load(std::memory_order_acquire) != nullptr ? guess - 1 : -1;
  }
  // Whether the marker set's answer on `line` is {k} or nothing else, given
  // that style k matches at its start: true when neither the lead nor any
  // other pattern of the set can match there. False is "not known" (the
  // caller asks the whole set). REQUIRES: Candidate(line) returned k.
  bool OthersMiss(size_t k, std::string_view line) const;
  // Learns from the whole set's answer on `line`: `hits` (the set's indices,
  // the lead's included), from the set `source` describes.
  void Record(std::string_view line, const std::vector<int>& hits, const Source& source) {
    if (line.empty()) return;
    std::atomic<uint8_t>& guess = guess_[static_cast<unsigned char>(line.front())];
    if (hits.size() != 1 || hits.front() == source.lead_index ||
        static_cast<size_t>(hits.front()) >= kMaxStyles - 1) {
      if (guess.load(kRelaxed) != 0) guess.store(0, kRelaxed);
      return;
    }
    const auto k = static_cast<size_t>(hits.front());
    if (guess.load(kRelaxed) != k + 1) guess.store(static_cast<uint8_t>(k + 1), kRelaxed);
    const uint32_t seen = lone_lines_[k].fetch_add(1, kRelaxed) + 1;
    if (seen == kLinesBeforeSet) BuildOthers(k, source);
  }
  // For tests: builds every style's set of the others now, so that every
  // guess is tried.
  void BuildAll(const Source& source);
  // Whether the lead may match at the start of `text`, by its range; true
  // when there is a lead whose range RE2 could not give. REQUIRES: a style's
  // set is built (the range is read with the first one).
  bool LeadMayMatch(std::string_view text) const;

 private:
  static constexpr std::memory_order kRelaxed = std::memory_order_relaxed;
  void BuildOthers(size_t k, const Source& source);
  void ReadLeadRange(const Source& source);

  // Per first byte, the style + 1 of the last line opening with it whose
  // only hit was that style; 0: none.
  std::array<std::atomic<uint8_t>, 256> guess_{};
  std::array<std::atomic<uint32_t>, kMaxStyles> lone_lines_{};
  std::array<std::once_flag, kMaxStyles> others_once_;
  std::array<std::unique_ptr<RE2::Set>, kMaxStyles> others_;
  std::array<std::atomic<const RE2::Set*>, kMaxStyles> others_ready_{};
  std::once_flag lead_once_;
  bool has_lead_ = false;    // the set has a lead
  bool lead_known_ = false;  // lead_min_ and lead_max_ bound every match of the lead
  std::string lead_min_, lead_max_;
};

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_LONE_STYLE_ROUTE_H_
