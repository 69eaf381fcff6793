// CompactString and OptionalInt (congvan/compact_string.h,
// congvan/optional_int.h), Node::path, Node::marker, Node::ordinal: 16 bytes
// for a path or a marker, 8 for the ordinal and the division flag together.
// They read as the strings and the optional they replaced, inline and on the
// heap, and on trees the parser makes from corpus texts every path and
// marker stays inline.
#include "congvan/compact_string.h"

#include <catch2/catch.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

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

TEST_CASE("A compact string reads as a string, inline and on the heap", "[model][compact_string]") {
  for (std::string text :
       {std::string(), std::string("b)"), std::string("Điều 12."), std::string(15, 'x'),
        std::string(16, 'y'), std::string("12.345.6.c#2.and.more")}) {
    CompactString s = text;
    CHECK(s.size() == text.size());
    CHECK(s.empty() == text.empty());
    CHECK(s.on_heap() == (text.size() > 15));
    CHECK(s == text);
    CHECK(std::string_view(s) == text);
    CHECK(std::string(s.c_str()) == text);  // NUL-terminated
    const std::string& as_string = s;       // a copy, for readers of const std::string&
    CHECK(as_string == text);
    CompactString copy = s;
    CHECK(copy == s);
    CompactString moved = std::move(copy);
    CHECK(moved == text);
    CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): the point
    std::ostringstream out;
    out << s;
    CHECK(out.str() == text);
    CHECK(s + "!" == text + "!");
    CHECK("<" + s == "<" + text);
  }
}

TEST_CASE("A compact string assigned from itself or a part of itself", "[model][compact_string]") {
  CompactString s = "abcdefgh";
  s = s.view().substr(2);
  CHECK(s == "cdefgh");
  CompactString long_one = "0123456789abcdefghij";
  long_one = long_one.view().substr(3, 14);
  CHECK(long_one == "3456789abcdefg");
  CHECK_FALSE(long_one.on_heap());
  long_one += "hijklmnop";
  CHECK(long_one == "3456789abcdefghijklmnop");
  CHECK(long_one.on_heap());
  CompactString other = "0";
  CHECK(other < long_one);
  CHECK(long_one.starts_with("3456"));
  long_one.clear();
  CHECK(long_one.empty());
  CHECK_FALSE(long_one.on_heap());
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
