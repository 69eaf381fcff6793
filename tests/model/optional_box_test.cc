// OptionalBox (congvan/optional_box.h) holds what few of a Node's tasks carry
// out of line (AmendmentAndNotes): these check that it behaves as a value, on
// the target the parser reads from a real amending decree of the corpus, and
// that a Node's target copies and moves with its box.
#include "congvan/optional_box.h"

#include <catch2/catch.hpp>
#include <utility>

#include "support/corpus.h"

using congvan::AmendmentAndNotes;
using congvan::AmendmentTarget;
using congvan::Document;
using congvan::Node;
using congvan::OptionalBox;
using congvan::testing::ParseCorpus;

TEST_CASE("A box is one pointer in the Node", "[model][optional_box]") {
  CHECK(sizeof(OptionalBox<AmendmentAndNotes>) == sizeof(void*));
  CHECK(sizeof(OptionalBox<AmendmentTarget>) == sizeof(void*));
}

TEST_CASE("A boxed target copies, compares and moves as a value", "[model][optional_box]") {
  Document doc = ParseCorpus("legislation/2025-vi-decree-74-2025-nd-cp.txt");
  REQUIRE_FALSE(doc.tasks.empty());
  const Node& article1 = doc.tasks[0];
  REQUIRE(article1.target());
  REQUIRE(article1.target()->document == "70/2015/NĐ-CP");

  OptionalBox<AmendmentTarget> box = *article1.target();
  OptionalBox<AmendmentTarget> copy = box;  // a deep copy: changing it leaves the original alone
  REQUIRE(copy.has_value());
  CHECK(copy == box);
  CHECK(&*copy != &*box);
  copy->document = "81/2018/NĐ-CP";
  CHECK(box->document == "70/2015/NĐ-CP");
  CHECK_FALSE(copy == box);

  OptionalBox<AmendmentTarget> moved = std::move(copy);  // hands the box over, leaves none
  CHECK(moved->document == "81/2018/NĐ-CP");
  CHECK_FALSE(copy.has_value());  // NOLINT(bugprone-use-after-move): the point

  moved = *box;  // assigning a value, as to an optional
  CHECK(moved == box);
  moved.reset();
  CHECK_FALSE(moved);
  CHECK(moved == OptionalBox<AmendmentTarget>());
  CHECK_FALSE(moved == box);
}

TEST_CASE("A Node's target copies and moves with its box", "[model][optional_box]") {
  Document doc = ParseCorpus("legislation/2025-vi-decree-74-2025-nd-cp.txt");
  REQUIRE_FALSE(doc.tasks.empty());
  const Node& article1 = doc.tasks[0];
  REQUIRE(article1.target());

  Node copy = article1;  // a deep copy: changing it leaves the original alone
  CHECK(copy.target() == article1.target());
  CHECK(&*copy.target() != &*article1.target());
  copy.mutable_target()->document = "81/2018/NĐ-CP";
  CHECK(article1.target()->document == "70/2015/NĐ-CP");

  Node moved = std::move(copy);
  CHECK(moved.target()->document == "81/2018/NĐ-CP");
  CHECK_FALSE(copy.target());  // NOLINT(bugprone-use-after-move): the point
  moved.mutable_target().reset();
  CHECK_FALSE(moved.target());
}
