// Building a style's set of the other marker patterns, and ruling the lead
// out by its range (grammar/lone_style_route.h).
//
// Approach: the set of the others holds the marker set's own patterns, in the
// same order, but style k's and the lead's, compiled by RE2 with the set's
// options and anchor; asked with no hit vector it allocates nothing and stops
// at its first match state. The lead's range is RE2::PossibleMatchRange's
// (min, max): every text the lead matches whole lies between them, so a line
// that begins with a match of the lead has a prefix between them; since a
// longer prefix is never smaller, the shortest prefix not below `min` is the
// only one to test against `max`.
#include "grammar/lone_style_route.h"

#include <algorithm>

namespace congvan::grammar_internal {

namespace {

// Bytes of the range RE2 computes for the lead: enough to tell "Bộ luật"
// from "Thông tư", few enough to compare in a few instructions a line.
constexpr int kLeadRangeBytes = 10;

// Whether some prefix of `text` (the empty one included) lies in [lo, hi],
// byte-wise unsigned. Prefixes grow with their length, so the smallest one
// not below `lo` decides.
bool SomePrefixBetween(std::string_view text, std::string_view lo, std::string_view hi) {
  size_t i = 0;
  while (i < lo.size() && i < text.size() && text[i] == lo[i]) ++i;
  size_t shortest;  // length of the shortest prefix >= lo
  if (i == lo.size()) {
    shortest = lo.size();  // lo is a prefix of text (or lo is empty)
  } else if (i < text.size() &&
             static_cast<unsigned char>(text[i]) > static_cast<unsigned char>(lo[i])) {
    shortest = i + 1;
  } else {
    return false;  // every prefix is below lo
  }
  const std::string_view prefix = text.substr(0, shortest);
  return prefix.compare(hi) <= 0;  // char_traits<char>::compare is memcmp: unsigned
}

}  // namespace

bool LoneStyleRoute::LeadMayMatch(std::string_view text) const {
  if (!lead_known_) return has_lead_;
  return SomePrefixBetween(text, lead_min_, lead_max_);
}

bool LoneStyleRoute::OthersMiss(size_t k, std::string_view line) const {
  if (LeadMayMatch(line)) return false;
  const RE2::Set* others = others_ready_[k].load(std::memory_order_acquire);
  RE2::Set::ErrorInfo error{};
  const bool hit = others->Match(re2::StringPiece(line.data(), line.size()), nullptr, &error);
  return !hit && error.kind == RE2::Set::kNoError;  // a DFA failure is "not known"
}

void LoneStyleRoute::ReadLeadRange(const Source& source) {
  std::call_once(lead_once_, [&] {
    has_lead_ = source.lead_index >= 0 && source.lead != nullptr;
    if (has_lead_) {
      lead_known_ = source.lead->get().PossibleMatchRange(&lead_min_, &lead_max_, kLeadRangeBytes);
    }
  });
}

void LoneStyleRoute::BuildOthers(size_t k, const Source& source) {
  std::call_once(others_once_[k], [&] {
    ReadLeadRange(source);
    auto others = std::make_unique<RE2::Set>(source.set.options(), RE2::ANCHOR_START);
    const std::vector<std::string>& patterns = source.set.patterns();
    for (size_t i = 0; i < patterns.size(); ++i) {
      if (i == k || static_cast<int>(i) == source.lead_index) continue;
      if (others->Add(patterns[i], nullptr) < 0) return;  // as LazyRegexSet: should not happen
    }
    if (!others->Compile()) return;  // over RE2's memory budget: the style keeps the usual way
    others_[k] = std::move(others);
    others_ready_[k].store(others_[k].get(), std::memory_order_release);
  });
}

void LoneStyleRoute::BuildAll(const Source& source) {
  const size_t styles = std::min(source.set.patterns().size(), kMaxStyles - 1);
  for (size_t k = 0; k < styles; ++k) {
    if (static_cast<int>(k) != source.lead_index) BuildOthers(k, source);
  }
}

}  // namespace congvan::grammar_internal
