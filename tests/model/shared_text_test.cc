// SharedText (congvan/shared_text.h), Node::text: on a tree the parser makes
// from a corpus law, task texts are runs of one buffer the nodes share, and a
// node copied out of its Document keeps reading its text after the Document
// is gone (the sanitizer build would report a view that dangles). Texts that
// are changed own theirs, and read as the strings they replaced.
#include <catch2/catch.hpp>
#include <cstddef>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/document.h"
#include "support/corpus.h"

using congvan::Document;
using congvan::ForEachTask;
using congvan::Node;
using congvan::SharedText;
using congvan::testing::CorpusAndUnseenTexts;
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
  CHECK(sizeof(SharedText) == 8);  // one word (16, then 24, then 32 before)
}

// The word holds a run of a viewed buffer when it is short (below 64 KB, in
// the first 4 GB, of a buffer with a slot); any other run is a run record.
// On every corpus text (and the unseen ones when given), taken as one buffer
// as the parser takes the decoded text, runs of seeded random places and
// lengths — short and long, runs of runs, copies that outlive the buffer's
// other holders — read exactly what `std::string_view::substr` reads, and
// share their buffer.
TEST_CASE("Short runs and long runs read as string_view's substr on every corpus text",
          "[model][shared_text]") {
  std::vector<std::string> texts = CorpusAndUnseenTexts();
  std::string all;  // one buffer above 64 KB, so that long runs are taken too
  for (const std::string& t : texts) all += t;
  texts.push_back(all);
  std::mt19937 random(31);
  long checked = 0;
  for (const std::string& text : texts) {
    if (text.empty()) continue;
    auto buffer = std::make_shared<const std::string>(text);
    const std::string_view plain(*buffer);
    const SharedText whole = SharedText::View(buffer, plain);
    std::vector<std::pair<SharedText, std::string_view>> kept;
    for (int i = 0; i < 200; ++i) {
      const std::size_t pos = random() % plain.size();
      const std::size_t n = (i % 4 == 0)
                                ? random() % (plain.size() - pos + 1)
                                : random() % std::min<std::size_t>(300, plain.size() - pos + 1);
      SharedText run = whole.substr(pos, n);
      const std::string_view expected = plain.substr(pos, n);
      REQUIRE(run == expected);
      CHECK(run.empty() == expected.empty());
      if (!run.empty()) {
        CHECK(run.data() == expected.data());  // a run, not a copy
        CHECK(run.shares(whole));
      }
      const std::size_t inner = random() % (n + 1);
      const std::size_t m = random() % 100;
      SharedText part = run.substr(inner, m);
      REQUIRE(part == expected.substr(inner, m));
      CHECK(part.view() == whole.Run(part.view()).view());
      kept.emplace_back(part, expected.substr(inner, m));
      ++checked;
    }
    buffer.reset();  // the runs keep the buffer
    for (const auto& [run, expected] : kept) CHECK(run == expected);
  }
  CHECK(checked >= 200 * 40);
}

// A run of an own text (a joined paragraph's, a task's text after its
// marker) is a run record on that text's bytes: it shares them, and keeps
// them after the text it was taken of is gone.
TEST_CASE("A run of an own text shares it and keeps it", "[model][shared_text]") {
  std::optional<SharedText> own = SharedText(std::string("1. Điều này quy định phạm vi."));
  SharedText run = own->substr(3, 6);  // "Đ", "i", "ề": 2 + 1 + 3 bytes
  CHECK(run == "Điề");
  CHECK(run.shares(*own));
  SharedText same = own->substr(0);
  CHECK(same.data() == own->data());  // the whole text is the text itself
  SharedText inner = run.substr(2);
  CHECK(inner.shares(*own));
  own.reset();
  CHECK(run == "Điề");
  CHECK(inner == "iề");
  CHECK(same == "1. Điều này quy định phạm vi.");
}

// With every slot of the table held, a viewed buffer's runs are run records;
// slots given back are taken again. Either way the texts read the same.
TEST_CASE("Buffers viewed beyond the slot table read the same", "[model][shared_text]") {
  const std::size_t count = (std::size_t{1} << SharedText::kSlotBits) + 100;
  std::vector<SharedText> runs;
  runs.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    auto buffer = std::make_shared<const std::string>("buffer " + std::to_string(i));
    SharedText whole = SharedText::View(buffer, *buffer);
    runs.push_back(whole.substr(7));
  }
  for (std::size_t i = 0; i < count; ++i) REQUIRE(runs[i] == std::to_string(i));
  runs.erase(runs.begin(), runs.begin() + 1000);  // gives slots back
  auto buffer = std::make_shared<const std::string>("again");
  SharedText again = SharedText::View(buffer, *buffer).substr(1, 3);
  CHECK(again == "gai");
  runs.clear();
  CHECK(again == "gai");
}
