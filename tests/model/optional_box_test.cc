// OptionalBox (congvan/optional_box.h) holds a Node's amendment target out of
// line: these check that it still behaves as a value, on the target the
// parser reads from a real amending decree of the corpus.
#include "congvan/optional_box.h"

#include <catch2/catch.hpp>
#include <utility>

#include "support/corpus.h"

using congvan::AmendmentTarget;
using congvan::Document;
using congvan::Node;
using congvan::OptionalBox;
using congvan::testing::ParseCorpus;

TEST_CASE("A boxed target is one pointer in the Node", "[model][optional_box]") {
  CHECK(sizeof(OptionalBox<AmendmentTarget>) == sizeof(void*));
}

TEST_CASE("A boxed target copies, compares and moves as a value", "[model][optional_box]") {
  Document doc = ParseCorpus("legislation/2025-vi-decree-74-2025-nd-cp.txt");
  REQUIRE_FALSE(doc.tasks.empty());
  const Node& article1 = doc.tasks[0];
  REQUIRE(article1.target);
  REQUIRE(article1.target->document == "70/2015/NĐ-CP");

  Node copy = article1;  // a deep copy: changing it leaves the original alone
  REQUIRE(copy.target.has_value());
  CHECK(copy.target == article1.target);
  CHECK(&*copy.target != &*article1.target);
  copy.target->document = "81/2018/NĐ-CP";
  CHECK(article1.target->document == "70/2015/NĐ-CP");
  CHECK_FALSE(copy.target == article1.target);

  Node moved = std::move(copy);  // moving hands the box over and leaves none behind
  CHECK(moved.target->document == "81/2018/NĐ-CP");
  CHECK_FALSE(copy.target.has_value());  // NOLINT(bugprone-use-after-move): the point

  moved.target = *article1.target;  // assigning a value, as to an optional
  CHECK(moved.target == article1.target);
  moved.target.reset();
  CHECK_FALSE(moved.target);
  CHECK(moved.target == OptionalBox<AmendmentTarget>());
  CHECK_FALSE(moved.target == article1.target);
}
