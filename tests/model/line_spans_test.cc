// LineSpans (congvan/line_spans.h), a Node's spans in 8 bytes, against the
// std::vector it replaces: seeded runs of generated operations are applied to
// both, and after every step the list must read exactly as the vector does.
// The runs include the spans an 8-byte LineSpans treats apart: the first one
// alone (inline), zeros, negative numbers (its tag is the signs of the inline
// span's numbers, so such a span goes to the heap even alone), and lists
// emptied on the heap, then grown again. (VectorBox, the other 8-byte list,
// is tested in vector_box_test.cc.)
#include "congvan/line_spans.h"

#include <catch2/catch.hpp>
#include <cstddef>
#include <random>
#include <utility>
#include <vector>

using congvan::LineSpan;
using congvan::LineSpans;

namespace {

// A span as a parser makes them (most), or one with zeros or negative numbers.
LineSpan SomeSpan(std::mt19937& rng) {
  int first = static_cast<int>(rng() % 1000);
  switch (rng() % 8) {
    case 0:
      return {0, 0};
    case 1:
      return {-first - 1, first};
    case 2:
      return {first, -1};
    case 3:
      return {-2147483647 - 1, 2147483647};
    default:
      return {first, first + static_cast<int>(rng() % 5)};
  }
}

void CheckSame(const LineSpans& spans, const std::vector<LineSpan>& expected) {
  REQUIRE(spans.size() == expected.size());
  CHECK(spans.empty() == expected.empty());
  CHECK(spans.ToVector() == expected);
  CHECK(static_cast<std::size_t>(spans.end() - spans.begin()) == expected.size());
  if (!expected.empty()) {
    CHECK(spans.front() == expected.front());
    CHECK(spans.back() == expected.back());
  }
}

// One generated operation on both; `other` is a second list to copy and move.
void Step(std::mt19937& rng, LineSpans& spans, std::vector<LineSpan>& expected, LineSpans& other,
          std::vector<LineSpan>& other_expected) {
  switch (rng() % 12) {
    case 0:
    case 1:
    case 2: {
      LineSpan s = SomeSpan(rng);
      spans.push_back(s);
      expected.push_back(s);
      break;
    }
    case 3: {
      LineSpan s = SomeSpan(rng);
      std::size_t at = rng() % (expected.size() + 1);
      spans.insert(spans.begin() + at, s);
      expected.insert(expected.begin() + static_cast<std::ptrdiff_t>(at), s);
      break;
    }
    case 4:
      if (!expected.empty()) {
        spans.pop_back();
        expected.pop_back();
      }
      break;
    case 5:
      if (rng() % 4 == 0) {
        spans.clear();
        expected.clear();
      }
      break;
    case 6:
      spans.reserve(rng() % 6);
      break;
    case 7: {  // assign from a vector
      std::vector<LineSpan> fresh(rng() % 4);
      for (LineSpan& s : fresh) s = SomeSpan(rng);
      spans = fresh;
      expected = fresh;
      break;
    }
    case 8:  // copy out and back
      other = spans;
      other_expected = expected;
      break;
    case 9:
      spans = other;
      expected = other_expected;
      break;
    case 10: {  // move out and back
      LineSpans moved = std::move(spans);
      CHECK(spans.empty());  // NOLINT(bugprone-use-after-move): the point
      CheckSame(moved, expected);
      spans = std::move(moved);
      break;
    }
    case 11:
      if (!expected.empty()) {  // a change through a reference (numbers at 0 or more)
        std::size_t at = rng() % expected.size();
        spans[at].last = expected[at].last = static_cast<int>(rng() % 100);
        spans[at].first = expected[at].first = static_cast<int>(rng() % 100);
      }
      break;
  }
}

}  // namespace

TEST_CASE("A span list reads as a vector of spans through generated operations",
          "[model][line_spans]") {
  for (unsigned seed = 1; seed <= 200; ++seed) {
    std::mt19937 rng(seed);
    LineSpans spans, other;
    std::vector<LineSpan> expected, other_expected;
    for (int step = 0; step < 60; ++step) {
      Step(rng, spans, expected, other, other_expected);
      CheckSame(spans, expected);
      CheckSame(other, other_expected);
      CHECK((spans == other) == (expected == other_expected));
    }
  }
}

TEST_CASE("A span list is one span's size and keeps any span", "[model][line_spans]") {
  CHECK(sizeof(LineSpans) == sizeof(LineSpan));
  LineSpans negative;
  negative.push_back({-1, -1});
  REQUIRE(negative.size() == 1);
  CHECK(negative[0] == LineSpan{-1, -1});
  negative.pop_back();
  CHECK(negative.empty());
  negative.push_back({5, 6});  // into the emptied block
  CHECK(negative.ToVector() == std::vector<LineSpan>{{5, 6}});
  LineSpans from_list{{1, 2}, {-3, 4}, {5, 6}};
  CHECK(from_list.ToVector() == std::vector<LineSpan>{{1, 2}, {-3, 4}, {5, 6}});
  LineSpans zero{{0, 0}};
  CHECK(zero.ToVector() == std::vector<LineSpan>{{0, 0}});
}
