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

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_SAME_MARKERS_H_
