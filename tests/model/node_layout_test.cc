// The compact members of a Node (congvan/document.h): interned style and
// level names, the boxed quoted provisions and portal notes, and the span
// list with one span inline. They must read and behave as the strings and
// vectors they replaced, on trees the parser makes from corpus texts.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "congvan/document.h"
#include "support/corpus.h"

using congvan::Document;
using congvan::ForEachTask;
using congvan::InternedName;
using congvan::LineSpan;
using congvan::LineSpans;
using congvan::Node;
using congvan::VectorBox;
using congvan::testing::ParseCorpus;

TEST_CASE("A Node's compact members are their small sizes", "[model][node_layout]") {
  CHECK(sizeof(InternedName) == 4);
  CHECK(sizeof(VectorBox<Node>) == sizeof(void*));
  CHECK(sizeof(LineSpans) == sizeof(LineSpan));
  CHECK(sizeof(Node) <= 72);
}

TEST_CASE("Interned names are one copy per name and read as strings", "[model][node_layout]") {
  InternedName article = std::string("article");
  InternedName again = std::string_view("article");
  CHECK(article == again);
  CHECK(&article.str() == &again.str());  // one copy per name
  CHECK(article == "article");
  CHECK("article" == article);
  CHECK(article != std::string("chapter"));
  CHECK(std::string_view(article) == "article");
  const std::string& as_string = article;
  CHECK(as_string == "article");
  InternedName none;
  CHECK(none.empty());
  CHECK(InternedName("").empty());
  CHECK(none == InternedName(std::string()));
  CHECK(none.str().empty());
}

TEST_CASE("Style and level of parsed tasks are the grammar's names", "[model][node_layout]") {
  Document doc = ParseCorpus("legislation/2022-vi-law-04-2022-qh15-canh-sat-co-dong.txt");
  REQUIRE_FALSE(doc.tasks.empty());
  int articles = 0;
  ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
    if (n.level == "article") {
      ++articles;
      CHECK(n.style == "vi-article");
      CHECK(n.marker.rfind("Điều ", 0) == 0);
    }
  });
  CHECK(articles > 10);
}

TEST_CASE("Target, quoted provisions and notes share one box and copy as values",
          "[model][node_layout]") {
  // Article 1 of Decree 74/2025 amends Decree 70/2015 and quotes the new text.
  Document doc = ParseCorpus("legislation/2025-vi-decree-74-2025-nd-cp.txt");
  const Node* amending = nullptr;
  int plain = 0;  // tasks with none of the three
  ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
    if (amending == nullptr && !n.quoted().empty()) amending = &n;
    if (!n.target() && n.quoted().empty() && n.notes().empty()) ++plain;
  });
  REQUIRE(amending != nullptr);
  CHECK(plain > 0);
  const std::vector<Node>& quoted = amending->quoted();  // reads as the vector it was
  CHECK(quoted.size() == amending->quoted().size());
  CHECK(&quoted.front() == &amending->quoted().front());

  Node copy = *amending;
  REQUIRE(copy.quoted().size() == amending->quoted().size());
  CHECK(&copy.quoted().front() != &amending->quoted().front());  // a deep copy
  CHECK(copy.quoted().front().text == amending->quoted().front().text);
  CHECK(copy.target() == amending->target());
  copy.mutable_quoted().front().text += " (changed)";
  CHECK(copy.quoted().front().text != amending->quoted().front().text);

  Node moved = std::move(copy);
  CHECK_FALSE(moved.quoted().empty());
  CHECK(copy.quoted().empty());  // NOLINT(bugprone-use-after-move): the point
  CHECK_FALSE(copy.target());    // NOLINT(bugprone-use-after-move)

  moved.mutable_quoted().clear();
  CHECK(moved.quoted().empty());
  CHECK(moved.quoted().begin() == moved.quoted().end());
  moved.mutable_notes().push_back({7, "[Khoản này được hướng dẫn bởi …]"});
  REQUIRE(moved.notes().size() == 1);
  CHECK(moved.notes()[0].line == 7);
  Node again = moved;
  REQUIRE(again.notes().size() == 1);
  CHECK(&again.notes()[0] != &moved.notes()[0]);  // a copy of the elements
  CHECK(again.notes()[0].text == moved.notes()[0].text);

  // A node with none of the three reads them as empty without a box.
  Node leaf;
  CHECK_FALSE(leaf.target());
  CHECK(leaf.quoted().empty());
  CHECK(leaf.notes().empty());
  leaf.mutable_target() = congvan::AmendmentTarget{"repeal", "", "", "", "5", 0, "", ""};
  CHECK(leaf.target()->article == "5");
  CHECK(leaf.quoted().empty());
}

TEST_CASE("Most tasks hold one span inline; a split task holds several", "[model][node_layout]") {
  // In the 1994 housing decree a chapter's marker and its title stand on two
  // lines, one span each; its articles and clauses stand on one run of lines.
  Document doc = ParseCorpus("legislation/1994-vi-decree-61-cp-housing-sale-web.txt");
  int one = 0;
  int several = 0;
  ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
    if (n.spans.size() == 1) ++one;
    if (n.spans.size() > 1) {
      ++several;
      for (size_t i = 1; i < n.spans.size(); ++i) CHECK(n.spans[i - 1].last < n.spans[i].first);
      CHECK(n.lines().first == n.spans.front().first);
      CHECK(n.lines().last == n.spans.back().last);
    }
  });
  CHECK(one > several);
  CHECK(several > 0);
  CHECK(congvan::CheckLossless(doc).empty());
}

TEST_CASE("A span list grows past its inline span and copies as a value", "[model][node_layout]") {
  LineSpans spans;
  CHECK(spans.empty());
  spans.push_back({3, 4});
  LineSpans one = spans;
  CHECK(one == spans);
  for (int i = 0; i < 5; ++i) spans.push_back({10 + 2 * i, 10 + 2 * i});
  spans.insert(spans.begin() + 1, {6, 8});
  REQUIRE(spans.size() == 7);
  CHECK(spans[1] == LineSpan{6, 8});
  CHECK(spans.back() == LineSpan{18, 18});
  LineSpans copy = spans;
  CHECK(copy == spans);
  LineSpans moved = std::move(copy);
  CHECK(moved == spans);
  CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): the point
  moved = one;
  CHECK(moved == one);
  CHECK(moved.size() == 1);
  spans.clear();
  CHECK(spans.empty());
  CHECK(LineSpans(std::vector<LineSpan>{{1, 2}, {4, 4}}).size() == 2);
}
