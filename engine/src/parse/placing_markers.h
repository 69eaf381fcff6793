// The candidate markers of the paragraph the tree builder is placing, made
// into one record the builder reuses from paragraph to paragraph.
//
// Paragraph::Markers makes a paragraph's packed answer (kOne: nearly every
// paragraph of a law) into a heap block of its own (CandidateMarkers), which
// the builder frees again once the paragraph is placed: a malloc, a move of
// a 104-byte MarkerMatch, its destructor and a free per paragraph, and the
// letter values' buffer allocated anew each time, as the moved-from scratch
// loses it (≈ 330 instructions of a paragraph's ≈ 3,300 on the 20 MB law:
// BuildTaskTree 276.1 → 248.6 M once made here).
// The paragraph being placed needs its marker only while it is placed, so
// here it is made with Grammar::MarkersOf into a vector kept across
// paragraphs (its strings and buffers reused) and read through a view. A
// paragraph whose markers are already made — several (kMany, a repair's, a
// quotation's) or made by an earlier paragraph's lookahead — is read from
// its own, as before. The answer is kept for the index asked last, so the
// several questions placing asks about one paragraph make it once; Forget()
// ends it (the builder calls it when the paragraph is placed). The markers
// are the same either way: tests/parse/placing_markers_test.cc holds them to
// Paragraph::Markers on every line of every corpus (and unseen) text.
#ifndef CONGVAN_PARSE_PLACING_MARKERS_H_
#define CONGVAN_PARSE_PLACING_MARKERS_H_

#include <cstddef>
#include <vector>

#include "congvan/grammar.h"
#include "parse/parse_internal.h"

namespace congvan::parse {

// A run of markers read as CandidateMarkers reads (pointers).
class MarkerRun {
 public:
  MarkerRun() = default;
  MarkerRun(const MarkerMatch* begin, const MarkerMatch* end) : begin_(begin), end_(end) {}
  const MarkerMatch* begin() const { return begin_; }
  const MarkerMatch* end() const { return end_; }
  bool empty() const { return begin_ == end_; }
  std::size_t size() const { return static_cast<std::size_t>(end_ - begin_); }
  // REQUIRES: !empty().
  const MarkerMatch& front() const { return *begin_; }

 private:
  const MarkerMatch* begin_ = nullptr;
  const MarkerMatch* end_ = nullptr;
};

class PlacingMarkers {
 public:
  // The markers of paragraph `index` (`p`): Paragraph::Markers' answer,
  // without making a block for it. Valid until Forget(), a question about
  // another index, or a change to p's markers.
  MarkerRun Of(std::size_t index, const Paragraph& p, const Grammar& grammar) {
    if (index == index_) return run_;
    index_ = index;
    if (p.line_markers.state == Grammar::PackedMarkers::kOne && p.made_markers.empty()) {
      grammar.MarkersOf(p.line_markers, p.text, &made_);
      run_ = MarkerRun(made_.data(), made_.data() + made_.size());
    } else {
      const CandidateMarkers& own = p.Markers(grammar);
      run_ = MarkerRun(own.begin(), own.end());
    }
    return run_;
  }
  // The answer kept is not read again (its paragraph is placed).
  void Forget() { index_ = kNone; }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t index_ = kNone;
  MarkerRun run_;
  std::vector<MarkerMatch> made_;  // kept across paragraphs: its storage is reused
};

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_PLACING_MARKERS_H_
