// Whether to ask an RE2::Set "whether" before "which", learnt per first byte.
//
// Approach: RE2::Set::Match with a hit vector allocates a SparseSet (an
// object and its two arrays) inside RE2 on every call, about 600 of its
// ≈ 1,300 instructions on a short line; asked with no vector it allocates
// nothing and stops at the first match state, ≈ 660 instructions. A line
// that matches nothing needs no hits, so asking "whether" first saves the
// allocation there, and costs a second DFA run on a line that matches. In a
// law nearly every line opens with a marker (ask "which" at once); in a
// folder of decisions and letters two lines in three are prose (ask
// "whether" first) — and the lines that open with a given byte ("1", "a",
// "Đ" against "C", "Q", "T") mostly go one way or the other. So each
// first byte keeps a small score of the set's recent answers (up on a hit,
// down on a miss, saturating); a byte whose score is below zero asks
// "whether" first. The score only chooses which question comes first: both
// orders give RE2's own answer (the hits of Set::Match(text, &hits)), which
// tests/grammar/set_hit_odds_test.cc checks on every corpus and unseen line
// in both grammars. Scores are relaxed atomics: threads that race lose an
// update, never an answer.
#ifndef CONGVAN_GRAMMAR_SET_HIT_ODDS_H_
#define CONGVAN_GRAMMAR_SET_HIT_ODDS_H_

#include <re2/set.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <string_view>
#include <vector>

namespace congvan::grammar_internal {

class SetHitOdds {
 public:
  // Whether lines opening with `text`'s first byte have lately matched
  // nothing more often than something.
  bool MostlyMisses(std::string_view text) const {
    return score_[KeyOf(text)].load(std::memory_order_relaxed) < 0;
  }
  // Counts the set's answer for `text`.
  void Record(std::string_view text, bool hit) {
    std::atomic<int8_t>& score = score_[KeyOf(text)];
    const int8_t now = score.load(std::memory_order_relaxed);
    const int8_t next = hit ? (now < kMost ? now + 1 : now) : (now > -kMost - 1 ? now - 1 : now);
    if (next != now) score.store(next, std::memory_order_relaxed);
  }

 private:
  static constexpr int8_t kMost = 7;
  static size_t KeyOf(std::string_view text) {
    return text.empty() ? 0 : static_cast<unsigned char>(text.front());
  }
  std::array<std::atomic<int8_t>, 256> score_{};  // every byte starts at 0: "which" first
};

// RE2's answer to set.Match(text, hits): the indices of the patterns that
// match (into *hits, in RE2's order) and whether any does; asked "whether"
// first when `whether_first`. On a miss or a DFA failure *hits is empty and
// the answer false, as RE2's. (Inline, as MatchSetLearning: asked of every
// line, the two as calls cost ≈ 60 instructions a line, +0.49 M on the 2 MB
// law, where nearly every line is asked "which" at once.)
inline bool MatchSetAs(const RE2::Set& set, std::string_view text, bool whether_first,
                       std::vector<int>* hits) {
  const re2::StringPiece piece(text.data(), text.size());
  if (whether_first && !set.Match(piece, nullptr)) {
    hits->clear();
    return false;
  }
  return set.Match(piece, hits);  // clears *hits first, fills it only on a hit
}

// MatchSetAs with the order `odds` suggests for `text`, and the answer
// counted in `odds`.
inline bool MatchSetLearning(const RE2::Set& set, std::string_view text, SetHitOdds& odds,
                             std::vector<int>* hits) {
  const bool hit = MatchSetAs(set, text, odds.MostlyMisses(text), hits);
  odds.Record(text, hit);
  return hit;
}

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_SET_HIT_ODDS_H_
