// VectorBox (congvan/vector_box.h), a Node's child list in one pointer and
// one heap block: seeded runs of generated operations (push and emplace,
// insert and erase of one element or a range, assignment from a vector,
// copies, moves, take, reserve, clear, edits through the span) are applied to
// it and to the std::vector it replaces, and after every step it must read
// exactly as the vector does — with no block while empty and a capacity the
// size never passes. Then what a task tree relies on: an element pushed from
// the box itself survives the growth, a move leaves the source empty, and on
// every corpus text (and the unseen ones when given) each parsed parent's
// children sit in a block exactly their count (the tree builder reserves it)
// while a leaf has none.
#include "congvan/vector_box.h"

#include <catch2/catch.hpp>
#include <cstddef>
#include <random>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "congvan/document.h"
#include "support/corpus.h"

using congvan::Document;
using congvan::ForEachTask;
using congvan::Node;
using congvan::VectorBox;
using congvan::testing::CorpusAndUnseenTexts;
using congvan::testing::ParseString;

namespace {

// Every read of the box agrees with the vector's.
void RequireReadsAs(VectorBox<std::string>& box, const std::vector<std::string>& expected) {
  REQUIRE(box.size() == expected.size());
  REQUIRE(box.span().size() == expected.size());
  REQUIRE(box.capacity() >= box.size());
  CHECK(std::as_const(box).span().data() == box.data());
  CHECK(box.empty() == expected.empty());
  CHECK((box.data() == nullptr) == (box.capacity() == 0));
  CHECK(box == expected);
  const std::span<const std::string> view = box;  // as a function taking a span sees it
  CHECK(std::vector<std::string>(view.begin(), view.end()) == expected);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CHECK(box[i] == expected[i]);
    CHECK(box.at(i) == expected[i]);
  }
  if (!expected.empty()) {
    CHECK(box.front() == expected.front());
    CHECK(box.back() == expected.back());
  }
  CHECK_THROWS_AS(box.at(expected.size()), std::out_of_range);
}

// One generated operation on both.
void Apply(std::mt19937& rng, VectorBox<std::string>& box, std::vector<std::string>& expected) {
  std::string item = std::to_string(rng() % 100);
  const auto at = static_cast<std::ptrdiff_t>(rng() % (expected.size() + 1));
  switch (rng() % 12) {
    case 0:
      box.push_back(item);
      expected.push_back(item);
      break;
    case 1:
      CHECK(box.emplace_back(3, 'e') == "eee");
      expected.emplace_back(3, 'e');
      break;
    case 2:
      CHECK(*box.insert(box.begin() + at, item) == item);
      expected.insert(expected.begin() + at, item);
      break;
    case 3: {
      const std::vector<std::string> more{item, item + "x", item + "y"};
      box.insert(box.begin() + at, more.begin(), more.end());
      expected.insert(expected.begin() + at, more.begin(), more.end());
      break;
    }
    case 4:
      if (!expected.empty()) {
        const auto one = at == static_cast<std::ptrdiff_t>(expected.size()) ? at - 1 : at;
        box.erase(box.begin() + one);
        expected.erase(expected.begin() + one);
      }
      break;
    case 5: {
      const std::size_t room = expected.size() - static_cast<std::size_t>(at);
      const auto last = at + static_cast<std::ptrdiff_t>(rng() % (room + 1));
      box.erase(box.begin() + at, box.begin() + last);
      expected.erase(expected.begin() + at, expected.begin() + last);
      break;
    }
    case 6:
      if (rng() % 3 == 0) {
        box.clear();
        expected.clear();
        CHECK(box.data() == nullptr);  // the block is freed
      }
      break;
    case 7:
      box = expected;  // assignment from the vector (an empty one leaves no block)
      break;
    case 8: {
      VectorBox<std::string> copy = box;
      CHECK(copy == box);
      CHECK(copy.capacity() == copy.size());  // a copy is exact
      box = std::move(copy);
      CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): the point
      CHECK(copy.data() == nullptr);
      break;
    }
    case 9: {
      const std::size_t n = expected.size() + rng() % 4;
      box.reserve(n);
      CHECK(box.capacity() >= n);
      break;
    }
    case 10:
      expected = box.take();
      CHECK(box.data() == nullptr);
      box = expected;
      break;
    default:  // an edit in place through span(), as a walk makes it
      if (!expected.empty()) {
        const std::size_t i = rng() % expected.size();
        box.span()[i] += item;
        expected[i] += item;
      }
  }
}

}  // namespace

TEST_CASE("A vector box is one pointer", "[model][vector_box]") {
  CHECK(sizeof(VectorBox<Node>) == sizeof(void*));
  CHECK(sizeof(VectorBox<int>) == sizeof(void*));
}

TEST_CASE("A vector box reads as the vector through generated operations", "[model][vector_box]") {
  for (unsigned seed = 1; seed <= 200; ++seed) {
    std::mt19937 rng(seed);
    VectorBox<std::string> box;
    std::vector<std::string> expected;
    for (int step = 0; step < 60; ++step) {
      Apply(rng, box, expected);
      RequireReadsAs(box, expected);
    }
  }
}

TEST_CASE("A vector box's span makes no block for an empty list", "[model][vector_box]") {
  VectorBox<std::string> box;
  CHECK(box.span().empty());
  CHECK(std::as_const(box).span().empty());
  CHECK(box.data() == nullptr);  // no block was made: a walk may ask every leaf
  box.reserve(0);
  CHECK(box.data() == nullptr);
  box.push_back("a");
  for (std::string& item : box.span()) item += "b";
  CHECK(box == std::vector<std::string>{"ab"});
}

TEST_CASE("A vector box grows by doubling, reserves exactly, and keeps what it is given",
          "[model][vector_box]") {
  VectorBox<std::string> box;
  box.reserve(3);
  CHECK(box.capacity() == 3);
  for (int i = 0; i < 3; ++i) box.push_back(std::string(40, static_cast<char>('a' + i)));
  CHECK(box.capacity() == 3);  // no slack: a parent's children are reserved by count
  box.push_back(box.front());  // an element of its own, pushed as the block moves
  CHECK(box.capacity() == 6);
  CHECK(box.back() == std::string(40, 'a'));
  box.insert(box.begin(), box.back());  // the same through insert
  CHECK(box.front() == std::string(40, 'a'));
  for (int i = 0; i < 100; ++i) box.emplace_back(std::to_string(i));
  CHECK(box.size() == 105);
  CHECK(box[104] == "99");
}

TEST_CASE("A vector box of nodes copies deeply and moves whole", "[model][vector_box]") {
  Node parent;
  parent.path = "1";
  parent.children.reserve(2);
  parent.children.emplace_back().path = "1.1";
  parent.children.emplace_back().path = "1.2";
  parent.children.back().children.emplace_back().path = "1.2.1";
  Node copy = parent;
  CHECK(copy.children.data() != parent.children.data());
  REQUIRE(copy.children.size() == 2);
  CHECK(copy.children[1].children[0].path == "1.2.1");
  Node moved = std::move(copy);
  CHECK(copy.children.empty());  // NOLINT(bugprone-use-after-move): the point
  CHECK(moved.children[1].children.at(0).path == "1.2.1");
  std::vector<Node> tasks = moved.children.take();
  CHECK(tasks.size() == 2);
  CHECK(moved.children.data() == nullptr);
}

TEST_CASE("A parsed tree's children are exact blocks and its leaves have none",
          "[model][vector_box]") {
  long parents = 0;
  long leaves = 0;
  for (const std::string& text : CorpusAndUnseenTexts()) {
    Document doc = ParseString(text);
    ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
      if (n.children.empty()) {
        ++leaves;
        REQUIRE(n.children.data() == nullptr);
      } else {
        ++parents;
        REQUIRE(n.children.capacity() == n.children.size());
      }
    });
  }
  CHECK(parents > 1000);
  CHECK(leaves > parents);
}
