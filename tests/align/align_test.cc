// The aligner on real corpus documents and on documents edited by hand:
// identity, shuffles, renumbering, deletions, splits, merges, whole sections,
// coverage, and the score / feature hooks.
#include "congvan/align.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "support/corpus.h"

namespace {

using congvan::Align;
using congvan::Alignment;
using congvan::AlignOptions;
using congvan::Change;
using congvan::ChangeOp;
using congvan::Document;
using congvan::Language;
using congvan::Node;
using congvan::testing::CorpusTexts;
using congvan::testing::ParseCorpus;

int Count(const Alignment& a, ChangeOp op) {
  return static_cast<int>(std::count_if(a.changes.begin(), a.changes.end(),
                                        [&](const Change& c) { return c.op == op; }));
}

// Gives every node a fresh path from its position (as a parser would after
// an edit) and, when `renumber`, shifts the ordinals and markers of numbered
// tasks so that only the numbering differs.
// `Nodes`: the document's tasks (a vector) or a node's children (a VectorBox).
template <class Nodes>
void Repath(Nodes& nodes, const std::string& prefix) {
  for (size_t i = 0; i < nodes.size(); ++i) {
    nodes[i].path = prefix + std::to_string(i + 1);
    Repath(nodes[i].children, nodes[i].path + ".");
  }
}

Document Paragraphs(const std::vector<std::string>& texts, Language lang) {
  Document d;
  d.source = "hand";
  d.language = lang;
  int line = 1;
  for (const std::string& t : texts) {
    Node n;
    n.text = t;
    n.spans.push_back({line, line});
    ++line;
    d.tasks.push_back(n);
  }
  Repath(d.tasks, "");
  return d;
}

}  // namespace

TEST_CASE("diff(A, A) is all unchanged on every corpus text", "[align]") {
  for (const std::string& rel : CorpusTexts()) {
    INFO(rel);
    Document doc = ParseCorpus(rel);
    Alignment a = Align(doc, doc).value();
    CHECK(static_cast<int>(a.changes.size()) == doc.TaskCount());
    CHECK(Count(a, ChangeOp::kUnchanged) == doc.TaskCount());
    CHECK(a.summary.old_matched == doc.TaskCount());
    for (const Change& c : a.changes) {
      REQUIRE(c.old_nodes.size() == 1);
      REQUIRE(c.new_nodes.size() == 1);
      CHECK(c.old_nodes[0].path == c.new_nodes[0].path);
      CHECK(c.similarity == 1.0);
    }
  }
}

TEST_CASE("shuffling top-level sections gives moves and no rewording", "[align]") {
  Document old_doc = ParseCorpus("gender-equality/2021-vi-dispatch.txt");
  Document new_doc = old_doc;
  // 1 2 3 4 → 3 1 4 2: sections 3 and 4 cannot both stay in order with 1, 2.
  std::vector<Node> t = new_doc.tasks;
  REQUIRE(t.size() == 4);
  new_doc.tasks = {t[2], t[0], t[3], t[1]};
  Repath(new_doc.tasks, "");
  Alignment a = Align(old_doc, new_doc).value();
  CHECK(Count(a, ChangeOp::kReworded) == 0);
  CHECK(Count(a, ChangeOp::kAdded) == 0);
  CHECK(Count(a, ChangeOp::kDropped) == 0);
  CHECK(Count(a, ChangeOp::kSplit) == 0);
  CHECK(Count(a, ChangeOp::kMerged) == 0);
  // LIS of [3,1,4,2] has length 2: exactly two sections moved; their
  // sub-tasks stay under their own (aligned) parents and are not moves.
  CHECK(Count(a, ChangeOp::kMoved) == 2);
  CHECK(Count(a, ChangeOp::kUnchanged) == old_doc.TaskCount() - 2);
  for (const Change& c : a.changes) {
    if (c.op == ChangeOp::kMoved) {
      CHECK(c.old_nodes[0].depth == 0);
      CHECK(c.move_reason == "order");
    }
  }
}

TEST_CASE("renumbering alone is not a move", "[align]") {
  Document old_doc = ParseCorpus("gender-equality/2024-en-qa-summary.txt");
  Document new_doc = old_doc;
  // Insert a new first section: every old section's number shifts by one.
  Node fresh;
  fresh.marker = "(1)";
  fresh.ordinal = 1;
  fresh.text = "Review the archives of the provincial library once a year.";
  fresh.spans.push_back({100, 100});
  new_doc.tasks.insert(new_doc.tasks.begin(), fresh);
  for (size_t i = 1; i < new_doc.tasks.size(); ++i) {
    new_doc.tasks[i].ordinal = static_cast<int>(i + 1);
    std::string marker =
        "(";  // appended, not "(" + …: g++ 12's -Wrestrict false positive (PR 105651)
    marker += std::to_string(i + 1);
    marker += ')';
    new_doc.tasks[i].marker = marker;
  }
  Repath(new_doc.tasks, "");
  Alignment a = Align(old_doc, new_doc).value();
  CHECK(Count(a, ChangeOp::kMoved) == 0);
  CHECK(Count(a, ChangeOp::kAdded) == 1);
  CHECK(Count(a, ChangeOp::kUnchanged) == old_doc.TaskCount());
  // ... but it is a fact of its own: every old section now has the next number.
  CHECK(a.summary.renumbered == static_cast<int>(old_doc.tasks.size()));
  for (const Change& c : a.changes) {
    if (c.op != ChangeOp::kUnchanged || c.old_nodes[0].depth != 0) continue;
    CHECK(c.renumbered);
    CHECK(*c.new_nodes[0].ordinal == *c.old_nodes[0].ordinal + 1);
  }
}

TEST_CASE("deleting k tasks gives exactly k drops", "[align]") {
  Document old_doc = ParseCorpus("gender-equality/2023-vi-news-summary.txt");
  Document new_doc = old_doc;
  // Delete the 2nd child of sections 2, 3 and 5 (three leaves).
  std::set<std::string> deleted;
  for (size_t s : {1u, 2u, 4u}) {
    auto& kids = new_doc.tasks[s].children;
    REQUIRE(kids.size() >= 3);
    deleted.insert(kids[1].path);
    kids.erase(kids.begin() + 1);
  }
  Repath(new_doc.tasks, "");
  Alignment a = Align(old_doc, new_doc).value();
  CHECK(Count(a, ChangeOp::kDropped) == 3);
  CHECK(a.summary.dropped_tasks == 3);
  CHECK(Count(a, ChangeOp::kAdded) == 0);
  CHECK(Count(a, ChangeOp::kReworded) == 0);
  CHECK(Count(a, ChangeOp::kMoved) == 0);
  for (const Change& c : a.changes) {
    if (c.op == ChangeOp::kDropped) CHECK(deleted.count(c.old_nodes[0].path) == 1);
  }
}

TEST_CASE("a whole top-level section is dropped once, with its task count", "[align]") {
  Document old_doc = ParseCorpus("gender-equality/2021-vi-dispatch.txt");
  Document new_doc = old_doc;
  int size = 1;
  congvan::ForEachTask(old_doc.tasks[1].children, [&](const Node&, int, const Node*) { ++size; });
  new_doc.tasks.erase(new_doc.tasks.begin() + 1);
  Repath(new_doc.tasks, "");
  Alignment a = Align(old_doc, new_doc).value();
  REQUIRE(Count(a, ChangeOp::kDropped) == 1);
  REQUIRE(a.summary.sections_dropped.size() == 1);
  CHECK(a.summary.sections_dropped[0].task_count == size);
  CHECK(a.summary.sections_dropped[0].section.path == "2");
  CHECK(a.summary.dropped_tasks == size);
  CHECK(Count(a, ChangeOp::kUnchanged) == old_doc.TaskCount() - size);
}

TEST_CASE("a task split in two by hand is found as a split", "[align]") {
  Document old_doc = ParseCorpus("gender-equality/2021-vi-dispatch.txt");
  Document new_doc = old_doc;
  // 4, third dash: two sentences (training on mainstreaming; gender knowledge).
  Node& whole = new_doc.tasks[3].children[2];
  size_t cut = whole.text.find(". ");
  REQUIRE(cut != std::string::npos);
  Node second = whole;
  second.text = whole.text.substr(cut + 2);
  whole.text = whole.text.substr(0, cut + 1);
  second.spans = {{200, 200}};
  new_doc.tasks[3].children.insert(new_doc.tasks[3].children.begin() + 3, second);
  Repath(new_doc.tasks, "");
  Alignment a = Align(old_doc, new_doc).value();
  REQUIRE(Count(a, ChangeOp::kSplit) == 1);
  for (const Change& c : a.changes) {
    if (c.op != ChangeOp::kSplit) continue;
    CHECK(c.old_nodes.size() == 1);
    CHECK(c.old_nodes[0].path == "4.3");
    REQUIRE(c.new_nodes.size() == 2);
    CHECK(c.new_nodes[0].path == "4.3");
    CHECK(c.new_nodes[1].path == "4.4");
  }
  CHECK(Count(a, ChangeOp::kAdded) == 0);
  CHECK(Count(a, ChangeOp::kDropped) == 0);
}

TEST_CASE("two tasks merged into one by hand are found as a merge", "[align]") {
  Document old_doc = ParseCorpus("gender-equality/2021-vi-dispatch.txt");
  Document new_doc = old_doc;
  // Section 3: review models + budget for models → one task.
  auto& kids = new_doc.tasks[2].children;
  REQUIRE(kids.size() == 2);
  kids[0].text += " " + kids[1].text;
  kids.erase(kids.begin() + 1);
  Repath(new_doc.tasks, "");
  Alignment a = Align(old_doc, new_doc).value();
  REQUIRE(Count(a, ChangeOp::kMerged) == 1);
  for (const Change& c : a.changes) {
    if (c.op != ChangeOp::kMerged) continue;
    REQUIRE(c.old_nodes.size() == 2);
    CHECK(c.old_nodes[0].path == "3.1");
    CHECK(c.old_nodes[1].path == "3.2");
    REQUIRE(c.new_nodes.size() == 1);
    CHECK(c.new_nodes[0].path == "3.1");
  }
  CHECK(Count(a, ChangeOp::kDropped) == 0);
}

TEST_CASE("a task moved to another section is moved by parent", "[align]") {
  Document old_doc = ParseCorpus("gender-equality/2024-en-qa-summary.txt");
  Document new_doc = old_doc;
  // (6) first dash → end of (5).
  Node moved = new_doc.tasks[5].children[0];
  new_doc.tasks[5].children.erase(new_doc.tasks[5].children.begin());
  new_doc.tasks[4].children.push_back(moved);
  Repath(new_doc.tasks, "");
  Alignment a = Align(old_doc, new_doc).value();
  REQUIRE(Count(a, ChangeOp::kMoved) == 1);
  for (const Change& c : a.changes) {
    if (c.op != ChangeOp::kMoved) continue;
    CHECK(c.old_nodes[0].path == "6.1");
    CHECK(c.move_reason == "parent");
  }
  CHECK(Count(a, ChangeOp::kReworded) == 0);
}

TEST_CASE("diacritic-folded keys are an extra feature, not the only one", "[align]") {
  Document a =
      Paragraphs({"Tăng cường kiểm tra, thanh tra, xử lý nghiêm các vi phạm về bình đẳng giới.",
                  "Đa dạng hoá các sản phẩm truyền thông về bình đẳng giới.",
                  "Khuyến khích thí điểm các sáng kiến, mô hình thúc đẩy bình đẳng giới."},
                 Language::kVietnamese);
  // Tone placement (hoá/hóa) is folded by the word key itself: same words.
  Document tone = Paragraphs({"Đa dạng hóa các sản phẩm truyền thông về bình đẳng giới."},
                             Language::kVietnamese);
  Alignment t = Align(a, tone).value();
  REQUIRE(t.summary.new_matched == 1);
  for (const Change& c : t.changes) {
    if (c.new_nodes.empty()) continue;
    CHECK(c.old_nodes[0].path == "2");
    CHECK(c.similarity > 0.95);
  }
  // Text typed without any diacritics shares only the folded keys (and the
  // few unaccented syllables): weak evidence, but enough to pick the right
  // task when the thresholds allow weak matches...
  Document bare =
      Paragraphs({"Tang cuong kiem tra, thanh tra, xu ly nghiem cac vi pham ve binh dang gioi."},
                 Language::kVietnamese);
  AlignOptions loose;
  loose.match_min = 0.05;
  loose.reworded_min = 0.05;
  Alignment b = Align(a, bare, loose).value();
  bool found = false;
  for (const Change& c : b.changes) {
    if (c.new_nodes.empty() || c.old_nodes.empty()) continue;
    found = true;
    CHECK(c.old_nodes[0].path == "1");
    CHECK(c.similarity < 0.6);  // ...and never as strong as the real words
  }
  CHECK(found);
}

TEST_CASE("the score hook decides what matches", "[align]") {
  Document doc = ParseCorpus("gender-equality/2021-vi-dispatch.txt");
  AlignOptions options;
  options.score = [](const congvan::PairEvidence&, const AlignOptions&) { return 0.0; };
  Alignment a = Align(doc, doc, options).value();
  CHECK(Count(a, ChangeOp::kUnchanged) == 0);
  CHECK(a.summary.old_matched == 0);
}

TEST_CASE("a hard limit comes back as a Status, not an alignment", "[align]") {
  Document doc = ParseCorpus("gender-equality/2021-vi-dispatch.txt");
  AlignOptions options;
  options.max_tasks = 3;
  congvan::Result<Alignment> a = Align(doc, doc, options);
  REQUIRE_FALSE(a.ok());
  CHECK(a.status().code() == congvan::StatusCode::kLimitExceeded);
  CHECK(a.status().message() == "too many tasks to align (limit 3)");
}

namespace {
// A toy concept extractor, standing in for the bilingual lexicon: maps a few
// words of either language to shared concept ids.
class ToyConcepts : public congvan::FeatureExtractor {
 public:
  void Extract(std::string_view text, Language,
               std::vector<congvan::WeightedFeature>* out) const override {
    static const std::map<std::string, std::string> kTerms = {
        {"thanh tra", "inspection"}, {"inspection", "inspection"}, {"khen thưởng", "reward"},
        {"reward", "reward"},        {"tập huấn", "training"},     {"training", "training"}};
    for (const auto& [term, id] : kTerms) {
      if (std::string(text).find(term) != std::string::npos) out->push_back({"c:" + id, 10.0});
    }
  }
};
}  // namespace

TEST_CASE("a feature hook lets cross-language tasks align", "[align]") {
  Document vi = Paragraphs({"Tăng cường thanh tra việc thực hiện pháp luật.",
                            "Tổ chức khen thưởng kịp thời các cá nhân."},
                           Language::kVietnamese);
  Document en = Paragraphs(
      {"Organise reward ceremonies for individuals.", "Strengthen inspection of law enforcement."},
      Language::kEnglish);
  Alignment plain = Align(vi, en).value();
  CHECK(plain.summary.old_matched == 0);
  AlignOptions options;
  options.extra_features.push_back(std::make_shared<ToyConcepts>());
  Alignment withc = Align(vi, en, options).value();
  CHECK(withc.summary.old_matched == 2);
  for (const Change& c : withc.changes) {
    REQUIRE(c.old_nodes.size() == 1);
    REQUIRE(c.new_nodes.size() == 1);
    CHECK(c.redline.empty());  // no word redline across languages
    bool inspection = c.old_nodes[0].text.find("thanh tra") != std::string::npos;
    CHECK((c.new_nodes[0].text.find("inspection") != std::string::npos) == inspection);
  }
}

TEST_CASE("alignment is deterministic", "[align]") {
  Document o = ParseCorpus("gender-equality/2021-vi-dispatch.txt");
  Document n = ParseCorpus("gender-equality/2023-vi-news-summary.txt");
  Alignment a = Align(o, n).value(), b = Align(o, n).value();
  REQUIRE(a.changes.size() == b.changes.size());
  for (size_t i = 0; i < a.changes.size(); ++i) {
    CHECK(a.changes[i].op == b.changes[i].op);
    CHECK(a.changes[i].similarity == b.changes[i].similarity);
  }
}
