// Lazy cues: see lazy_cues.h.
#include "grammar/lazy_cues.h"

#include <bit>
#include <bitset>
#include <optional>
#include <string>
#include <utility>

namespace congvan::grammar_internal {

bool LazyCues::Add(std::string_view alternative, int cue, const RE2::Options& options) {
  std::optional<CueEnds> ends = ReadCueEnds(alternative);
  if (!ends || alternatives_.size() >= 64) return false;
  const uint64_t bit = uint64_t{1} << alternatives_.size();
  const std::bitset<256> first = ends->OpeningBytesAt(0), second = ends->OpeningBytesAt(1);
  const std::bitset<256> last = ends->LastBytes();
  for (size_t b = 0; b < 256; ++b) {
    if (first[b]) by_first_byte_[b] |= bit;
    if (second[b]) by_second_byte_[b] |= bit;
    if (last[b]) by_last_byte_[b] |= bit;
  }
  alternatives_.push_back(
      {cue, std::move(*ends), std::make_unique<LazyRegex>(std::string(alternative), options)});
  return true;
}

void LazyCues::Ask(std::string_view line, uint64_t asked, uint64_t& bits) const {
  for (; asked != 0; asked &= asked - 1) {
    const Alternative& a = alternatives_[static_cast<size_t>(std::countr_zero(asked))];
    if (bits >> a.cue & 1) continue;  // another alternative of the cue matched
    if (a.ends.Fits(line) && RE2::PartialMatch(line, a.re->get())) bits |= uint64_t{1} << a.cue;
  }
}

}  // namespace congvan::grammar_internal
