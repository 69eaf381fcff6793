// Asking an RE2::Set "whether" before "which" where lines mostly miss (see
// set_hit_odds.h for the approach and the measurements behind it).
#include "grammar/set_hit_odds.h"

namespace congvan::grammar_internal {

void SetHitOdds::Record(std::string_view text, bool hit) {
  std::atomic<int8_t>& score = score_[KeyOf(text)];
  const int8_t now = score.load(std::memory_order_relaxed);
  if (hit && now < kMost) score.store(static_cast<int8_t>(now + 1), std::memory_order_relaxed);
  if (!hit && now > -kMost - 1) score.store(static_cast<int8_t>(now - 1), std::memory_order_relaxed);
}

bool MatchSetAs(const RE2::Set& set, std::string_view text, bool whether_first,
                std::vector<int>* hits) {
  const re2::StringPiece piece(text.data(), text.size());
  if (whether_first && !set.Match(piece, nullptr)) {
    hits->clear();
    return false;
  }
  if (set.Match(piece, hits)) return true;
  hits->clear();
  return false;
}

bool MatchSetLearning(const RE2::Set& set, std::string_view text, SetHitOdds& odds,
                      std::vector<int>* hits) {
  const bool hit = MatchSetAs(set, text, odds.MostlyMisses(text), hits);
  odds.Record(text, hit);
  return hit;
}

}  // namespace congvan::grammar_internal
