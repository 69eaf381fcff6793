// CompactString and OptionalInt (congvan/compact_string.h,
// congvan/optional_int.h), Node::path, Node::marker, Node::ordinal: 16 bytes
// for a path, 8 for the ordinal and the division flag together. The ordinal
// reads as the optional it replaced, and on trees the parser makes from a
// corpus law every path stays inline and markers but the long ones. (The
// strings themselves are tested in inline_string_test.cc.)
#include "congvan/compact_string.h"

#include <catch2/catch.hpp>
#include <optional>

#include "congvan/document.h"
#include "congvan/optional_int.h"
#include "support/corpus.h"

using congvan::CompactString;
using congvan::Document;
using congvan::ForEachTask;
using congvan::Node;
using congvan::OptionalInt;
using congvan::testing::ParseCorpus;

TEST_CASE("A compact string is 16 bytes and an ordinal shares 8 with its flag",
          "[model][compact_string]") {
  CHECK(sizeof(CompactString) == 16);
  CHECK(sizeof(OptionalInt) == 8);
  CHECK(sizeof(Node) == 72);
}

TEST_CASE("An ordinal reads as the optional it was", "[model][compact_string]") {
  OptionalInt none;
  CHECK_FALSE(none);
  CHECK(none == std::nullopt);
  CHECK(none.value_or(7) == 7);
  OptionalInt three = 3;
  CHECK(three);
  CHECK(*three == 3);
  CHECK(three == 3);
  CHECK(three != 4);
  CHECK(three != none);
  std::optional<int> back = three;
  CHECK(back == 3);
  OptionalInt from_optional = std::optional<int>();
  CHECK(from_optional == none);
  three.reset();
  CHECK(three == none);
  Node n;
  n.ordinal = 5;
  n.division = true;
  CHECK(n.ordinal == 5);
  CHECK(n.division);
  n.ordinal = std::nullopt;
  CHECK(n.division);  // the flag in the padding is not the ordinal's
  CHECK_FALSE(n.ordinal);
}

TEST_CASE("Paths of a parsed law stay inline, markers but the long ones",
          "[model][compact_string]") {
  Document doc = ParseCorpus("legislation/2022-vi-law-04-2022-qh15-canh-sat-co-dong.txt");
  int tasks = 0;
  int paths_on_heap = 0;
  int markers_inline = 0;
  ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
    ++tasks;
    paths_on_heap += n.path.on_heap() ? 1 : 0;
    CHECK(n.marker.on_heap() == (n.marker.size() > 7));  // a ShortString
    markers_inline += n.marker.on_heap() ? 0 : 1;
  });
  CHECK(tasks > 100);
  CHECK(paths_on_heap == 0);
  CHECK(markers_inline * 10 >= tasks * 8);  // clauses and points: "1.", "a)"
}
