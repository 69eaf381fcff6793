// SharedText (congvan/shared_text.h), Node::text: on a tree the parser makes
// from a corpus law, task texts are runs of one buffer the nodes share, and a
// node copied out of its Document keeps reading its text after the Document
// is gone (the sanitizer build would report a view that dangles). Texts that
// are changed own theirs, and read as the strings they replaced.
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/document.h"
#include "support/corpus.h"

using congvan::Document;
using congvan::ForEachTask;
using congvan::Node;
using congvan::SharedText;
using congvan::testing::ParseCorpus;

namespace {

const char kLaw[] = "pairs/2017-vi-decree-102-2017-nd-cp-old.txt";

}  // namespace

TEST_CASE("Task texts of a one-line-per-paragraph law share the decoded text's buffer",
          "[model][shared_text]") {
  Document doc = ParseCorpus(kLaw);
  std::vector<const Node*> nodes;
  ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
    if (!n.text.empty()) nodes.push_back(&n);
  });
  REQUIRE(nodes.size() > 50);
  int sharing = 0;
  for (const Node* n : nodes) sharing += n->text.shares(nodes.front()->text) ? 1 : 0;
  // A web copy has one paragraph per line: nearly every text is a run of the buffer.
  CHECK(sharing * 10 >= static_cast<int>(nodes.size()) * 9);
}

TEST_CASE("A node copied out of its Document reads its text after the Document is gone",
          "[model][shared_text]") {
  std::vector<Node> kept;
  std::vector<std::string> expected;
  {
    Document doc = ParseCorpus(kLaw);
    kept = doc.tasks;  // the aligner, the timeline and consolidate copy trees like this
    ForEachTask(doc.tasks,
                [&](const Node& n, int, const Node*) { expected.push_back(n.text.str()); });
  }
  std::vector<std::string> read;
  ForEachTask(kept, [&](const Node& n, int, const Node*) { read.emplace_back(n.text.view()); });
  CHECK(read == expected);
}

TEST_CASE("SharedText reads as a string; substr shares, assignment and += own",
          "[model][shared_text]") {
  Document doc = ParseCorpus(kLaw);
  const Node& first = doc.tasks.front();
  REQUIRE(first.text.size() > 4);
  SharedText run = first.text.substr(1, 3);
  CHECK(run.shares(first.text));
  CHECK(run == std::string_view(first.text).substr(1, 3));
  SharedText copy = first.text;
  CHECK(copy.shares(first.text));
  copy += " (changed)";
  CHECK_FALSE(copy.shares(first.text));
  CHECK(copy == first.text.str() + " (changed)");
  CHECK(first.text == std::string_view(copy).substr(0, first.text.size()));
  SharedText own = std::string("Điều 1");
  CHECK(own == "Điều 1");
  CHECK(own.size() == std::string_view("Điều 1").size());
  own += own.view();  // appending a run of its own buffer
  CHECK(own == "Điều 1Điều 1");
  SharedText empty;
  CHECK(empty.empty());
  CHECK(empty == "");
  CHECK(empty.substr(0) == "");
  CHECK(sizeof(SharedText) == 16);  // a keeper and a 32-bit offset and size (24, then 32 before)
}
