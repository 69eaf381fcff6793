// InlineString (congvan/inline_string.h) in its two instantiations,
// `ShortString` (8 bytes, 7 inline: Node::marker) and `CompactString` (16
// bytes, 15 inline: Node::path), through one typed test each: every length
// from empty to past twice the capacity reads as the std::string it was made
// from, inline exactly up to the capacity, with the inline text at the
// object's first byte (what io/json_cursor.h's StringWithin16 reads) and a
// heap text NUL-terminated in a block of its own; copies, moves, comparisons,
// assignment from itself or a part of itself, and 20,000 seeded edits
// against std::string. Then the two together (a draft's CompactString marker
// into a Node's ShortString) and, on every corpus text (and the unseen ones
// when given), each parsed marker inline exactly when it is 7 bytes or fewer.
// Run under ASan, a read past a heap block's NUL is an error.
#include "congvan/inline_string.h"

#include <catch2/catch.hpp>
#include <cstddef>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include "congvan/compact_string.h"
#include "congvan/document.h"
#include "congvan/short_string.h"
#include "support/corpus.h"

using congvan::CompactString;
using congvan::Document;
using congvan::ForEachTask;
using congvan::Node;
using congvan::ShortString;
using congvan::testing::CorpusAndUnseenTexts;
using congvan::testing::ParseString;

namespace {

// "a", "ab", … with a non-ASCII letter now and then, `n` bytes long.
std::string TextOfLength(std::size_t n) {
  std::string text;
  while (text.size() < n) {
    if (text.size() % 5 == 3 && text.size() + 2 <= n) {
      text += "đ";
    } else {
      text += static_cast<char>('a' + text.size() % 26);
    }
  }
  return text;
}

}  // namespace

TEMPLATE_TEST_CASE("An inline string reads as a string at every length", "[model][inline_string]",
                   ShortString, CompactString) {
  constexpr std::size_t kCapacity = TestType::kInlineCapacity;
  STATIC_REQUIRE(sizeof(TestType) == kCapacity + 1);
  for (std::size_t length = 0; length <= 2 * kCapacity + 3; ++length) {
    const std::string text = TextOfLength(length);
    INFO("length " << length);
    TestType s = text;
    CHECK(s.size() == text.size());
    CHECK(s.empty() == text.empty());
    CHECK(s.on_heap() == (text.size() > kCapacity));
    if (!s.on_heap()) {
      CHECK(static_cast<const void*>(s.data()) == static_cast<const void*>(&s));
    }
    CHECK(s == text);
    CHECK(std::string_view(s) == text);
    CHECK(s.c_str()[text.size()] == '\0');  // NUL-terminated, inline and on the heap
    const std::string& as_string = s;       // a copy, for readers of const std::string&
    CHECK(as_string == text);
    if (!text.empty()) CHECK(s.substr(1) == text.substr(1));  // throws as std::string's when empty
    TestType copy = s;
    CHECK(copy == s);
    CHECK(copy.data() != s.data());  // its own bytes, inline or in its own block
    TestType assigned;
    assigned = copy;
    CHECK(assigned == text);
    TestType moved = std::move(copy);
    CHECK(moved == text);
    CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): the point
    CHECK_FALSE(copy.on_heap());
    assigned = std::move(moved);
    CHECK(assigned == text);
    std::ostringstream out;
    out << s;
    CHECK(out.str() == text);
    CHECK(s + "!" == text + "!");
    CHECK("<" + s == "<" + text);
    const std::string longer = text + "z";
    const std::string_view longer_view = longer;
    CHECK(s < longer_view);
    CHECK(longer_view > s);
    CHECK(s != longer_view);
    CHECK(s < TestType(longer));
  }
}

TEMPLATE_TEST_CASE("An inline string assigned from a part of itself", "[model][inline_string]",
                   ShortString, CompactString) {
  constexpr std::size_t kCapacity = TestType::kInlineCapacity;
  const std::string text = TextOfLength(kCapacity + 6);
  TestType s = text;
  CHECK(s.on_heap());
  s = s.view().substr(3, kCapacity);  // heap → inline, from its own block
  CHECK(s == text.substr(3, kCapacity));
  CHECK_FALSE(s.on_heap());
  s = s.view().substr(1);  // inline → inline, overlapping
  CHECK(s == text.substr(4, kCapacity - 1));
  s += "xy";  // inline → heap
  CHECK(s == text.substr(4, kCapacity - 1) + "xy");
  CHECK(s.on_heap());
  const TestType& self = s;
  s = self;
  CHECK(s == text.substr(4, kCapacity - 1) + "xy");
  s = s.view().substr(2);  // heap → heap, from its own block
  CHECK(s == text.substr(6, kCapacity - 3) + "xy");
  s.clear();
  CHECK(s.empty());
  CHECK_FALSE(s.on_heap());
}

TEMPLATE_TEST_CASE("Generated edits of an inline string agree with std::string",
                   "[model][inline_string]", ShortString, CompactString) {
  constexpr std::size_t kCapacity = TestType::kInlineCapacity;
  std::mt19937 random(5);
  TestType s;
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
        TestType copy = s;
        s = std::move(copy);
        break;
      }
      default:
        if (plain.size() > 3 * kCapacity) {
          s.clear();
          plain.clear();
        }
    }
    REQUIRE(s == plain);
    REQUIRE(s.on_heap() == (plain.size() > kCapacity));
    REQUIRE(std::string(s.c_str()) == plain);
  }
}

TEST_CASE("A short string is made from and assigned a compact string", "[model][inline_string]") {
  for (std::size_t length : {0, 2, 7, 8, 13, 15, 16, 40}) {
    const std::string text = TextOfLength(length);
    CompactString compact = text;
    ShortString from_compact = compact;  // the tree builder's draft marker
    CHECK(from_compact == text);
    CompactString back = from_compact.view();  // the other way takes a view
    CHECK(back == text);
    from_compact = CompactString("a)");
    CHECK(from_compact == "a)");
  }
}

TEST_CASE("Every parsed marker is inline when short and reads as written",
          "[model][inline_string]") {
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
