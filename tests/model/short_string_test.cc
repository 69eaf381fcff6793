// ShortString (congvan/short_string.h), Node::marker: 8 bytes, up to 7
// inline. It reads as the string it replaced, inline and on the heap, across
// the 7/8-byte edge, assigned from itself and from a CompactString; seeded
// generated edits agree with std::string; and on every corpus text (and the
// unseen ones when given) each parsed task's marker is inline exactly when it
// is 7 bytes or fewer, NUL-terminated either way.
#include "congvan/short_string.h"

#include <catch2/catch.hpp>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include "congvan/compact_string.h"
#include "congvan/document.h"
#include "support/corpus.h"

using congvan::CompactString;
using congvan::Document;
using congvan::ForEachTask;
using congvan::Node;
using congvan::ShortString;
using congvan::testing::CorpusAndUnseenTexts;
using congvan::testing::ParseString;

TEST_CASE("A short string is 8 bytes and reads as a string", "[model][short_string]") {
  CHECK(sizeof(ShortString) == 8);
  for (std::string text : {std::string(), std::string("b)"), std::string("đ)"), std::string("12."),
                           std::string(7, 'x'), std::string(8, 'y'), std::string("Điều 12."),
                           std::string("Chương XVIII"), std::string(300, 'z')}) {
    ShortString s = text;
    CHECK(s.size() == text.size());
    CHECK(s.empty() == text.empty());
    CHECK(s.on_heap() == (text.size() > 7));
    CHECK(s == text);
    CHECK(std::string_view(s) == text);
    CHECK(std::string(s.c_str()) == text);  // NUL-terminated
    const std::string& as_string = s;       // a copy, for readers of const std::string&
    CHECK(as_string == text);
    ShortString copy = s;
    CHECK(copy == s);
    ShortString moved = std::move(copy);
    CHECK(moved == text);
    CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): the point
    std::ostringstream out;
    out << s;
    CHECK(out.str() == text);
    CHECK(s + "!" == text + "!");
    CHECK("<" + s == "<" + text);
    CompactString compact = text;
    ShortString from_compact = compact;  // the tree builder's draft marker
    CHECK(from_compact == text);
    from_compact = CompactString("a)");
    CHECK(from_compact == "a)");
  }
}

TEST_CASE("A short string assigned from a part of itself", "[model][short_string]") {
  ShortString s = "abcdefg";
  s = s.view().substr(2);
  CHECK(s == "cdefg");
  ShortString long_one = "0123456789abc";
  long_one = long_one.view().substr(3, 7);
  CHECK(long_one == "3456789");
  CHECK_FALSE(long_one.on_heap());
  long_one += "x";
  CHECK(long_one == "3456789x");
  CHECK(long_one.on_heap());
  long_one = long_one.view().substr(1);
  CHECK(long_one == "456789x");
  CHECK_FALSE(long_one.on_heap());
  long_one.clear();
  CHECK(long_one.empty());
}

TEST_CASE("Generated edits of a short string agree with std::string", "[model][short_string]") {
  std::mt19937 random(5);
  ShortString s;
  std::string plain;
  for (int step = 0; step < 20000; ++step) {
    const std::string piece(random() % 6, static_cast<char>('a' + random() % 26));
    switch (random() % 5) {
      case 0:
        s = piece;
        plain = piece;
        break;
      case 1:
        s += piece;
        plain += piece;
        break;
      case 2: {
        const std::size_t pos = plain.empty() ? 0 : random() % plain.size();
        s = s.view().substr(pos);
        plain = plain.substr(pos);
        break;
      }
      case 3: {
        ShortString copy = s;
        s = std::move(copy);
        break;
      }
      default:
        if (plain.size() > 20) {
          s.clear();
          plain.clear();
        }
    }
    REQUIRE(s == plain);
    REQUIRE(s.on_heap() == (plain.size() > 7));
    REQUIRE(std::string(s.c_str()) == plain);
  }
}

TEST_CASE("Every parsed marker is inline when short and reads as written",
          "[model][short_string]") {
  long markers = 0;
  long on_heap = 0;
  for (const std::string& text : CorpusAndUnseenTexts()) {
    Document doc = ParseString(text);
    ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
      if (n.marker.empty()) return;
      ++markers;
      on_heap += n.marker.on_heap() ? 1 : 0;
      REQUIRE(n.marker.on_heap() == (n.marker.size() > 7));
      REQUIRE(n.marker.view() == std::string_view(n.marker.c_str()));
    });
  }
  CHECK(markers > 1000);
  CHECK(on_heap * 5 < markers);  // articles and chapters: few
}
