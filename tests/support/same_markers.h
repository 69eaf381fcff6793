// Test helper: whether markers made by a fast path are the plain path's,
// field by field — the paragraph's own markers (Paragraph::Markers) and the
// tree builder's reused record (PlacingMarkers) are both checked against
// Grammar::Match this way. CHECKs name the first field that differs.
#ifndef CONGVAN_TESTS_SUPPORT_SAME_MARKERS_H_
#define CONGVAN_TESTS_SUPPORT_SAME_MARKERS_H_

#include <catch2/catch.hpp>
#include <cstddef>
#include <vector>

#include "congvan/grammar.h"

namespace congvan::testing {

// `made`: any range of MarkerMatch with size() (a marker run, candidate markers).
template <typename MarkerRange>
void CheckSameMarkers(const MarkerRange& made, const std::vector<MarkerMatch>& expected) {
  REQUIRE(made.size() == expected.size());
  std::size_t k = 0;
  for (const MarkerMatch& m : made) {
    const MarkerMatch& e = expected[k++];
    CHECK(m.style == e.style);
    CHECK(m.marker == e.marker);
    CHECK(m.ordinal_text == e.ordinal_text);
    CHECK(m.value == e.value);
    CHECK(m.prefix == e.prefix);
    CHECK(m.suffix == e.suffix);
    CHECK(m.sequence_values == e.sequence_values);
    CHECK(m.text_begin == e.text_begin);
  }
}

// Whether two lists of markers are equal field by field (a plain answer, for
// tests that count disagreements rather than CHECK each field).
inline bool SameMarkers(const std::vector<MarkerMatch>& a, const std::vector<MarkerMatch>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const MarkerMatch& x = a[i];
    const MarkerMatch& y = b[i];
    if (x.style != y.style || x.marker != y.marker || x.ordinal_text != y.ordinal_text ||
        x.value != y.value || x.prefix != y.prefix || x.suffix != y.suffix ||
        x.sequence_values != y.sequence_values || x.text_begin != y.text_begin) {
      return false;
    }
  }
  return true;
}

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_SAME_MARKERS_H_
