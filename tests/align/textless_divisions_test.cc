// Textless divisions (engine/src/align/textless_divisions.h): an article whose
// heading line is only "Điều 17." / "Article 17", its words all in its
// clauses, is the article its clauses went to.
//
// The Vietnamese case is real text: tests/align/fixtures/2013-vi-hien-phap-
// chuong-ii.txt is Chương II of the 2013 Constitution (Điều 14–49, 36 articles,
// 19 of them without words of their own), lines 58–170 of
// crawled_new/Hiến_pháp_2013.txt in the public crawl
// johnPa02/thuvienphapluat-crawler @ e11495e057d73cb88f512a7cda2fbb3e8b70a074,
// bytes unchanged (a Vietnamese official text). The next version here is that
// chapter with one article inserted after Điều 14, every later article
// renumbered, as a new version of a constitution does. The English case is a
// shape test: heading-less "Article N" over numbered clauses, as the English
// renderings of the Constitution print them (commercial translations may not
// be committed), some articles given a title in the next version.
#include <catch2/catch.hpp>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "congvan/align.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Change;
using congvan::ChangeOp;
using congvan::Document;
using congvan::Language;

namespace {

std::string FixturePath(const std::string& name) {
  return std::string(CONGVAN_SOURCE_DIR) + "/tests/align/fixtures/" + name;
}

// The text with `inserted` (an article) before article `at`, and articles
// `at` and later renumbered one up. `word` is "Điều" or "Article"; heading
// lines are the word, the number and an optional dot, alone on the line.
std::string InsertArticle(const std::string& text, const std::string& word, int at,
                          const std::string& inserted) {
  std::regex heading("^" + word + " (\\d+)(\\.?)$");
  std::istringstream in(text);
  std::string line, out;
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_match(line, m, heading)) {
      int n = std::stoi(m[1].str());
      if (n == at) out += inserted;
      if (n >= at) line = word + " " + std::to_string(n + 1) + m[2].str();
    }
    out += line + "\n";
  }
  return out;
}

// Article number of an article's marker ("Điều 17." → 17), 0 for others.
int ArticleNumber(const congvan::NodeRef& n) {
  static const std::regex article("^(?:Điều|Article) (\\d+)");
  std::smatch m;
  if (!std::regex_search(n.marker, m, article)) return 0;
  return std::stoi(m[1].str());
}

// Old article number → the new article numbers some change relates it to;
// and the articles no change relates to the other side.
struct ArticleLinks {
  std::map<int, std::vector<int>> to_new;
  std::vector<int> dropped;
  std::vector<int> added;
};

ArticleLinks LinksOf(const Alignment& a) {
  ArticleLinks out;
  for (const Change& c : a.changes) {
    for (const auto& o : c.old_nodes) {
      int on = ArticleNumber(o);
      if (on == 0) continue;
      if (c.op == ChangeOp::kDropped) out.dropped.push_back(on);
      for (const auto& n : c.new_nodes) {
        if (int nn = ArticleNumber(n)) out.to_new[on].push_back(nn);
      }
    }
    if (c.op == ChangeOp::kAdded) {
      for (const auto& n : c.new_nodes) {
        if (int nn = ArticleNumber(n)) out.added.push_back(nn);
      }
    }
  }
  return out;
}

}  // namespace

TEST_CASE("A heading-less Điều is the article its clauses went to (Hiến pháp 2013, Chương II)",
          "[align][textless]") {
  std::string chapter = congvan::testing::ReadFile(FixturePath("2013-vi-hien-phap-chuong-ii.txt"));
  std::string next = InsertArticle(chapter, "Điều", 15,
                                   "Điều 15.\nMọi người có quyền được sống trong môi trường "
                                   "trong lành.\n");
  Document old_doc = congvan::testing::ParseString(chapter);
  Document new_doc = congvan::testing::ParseString(next);
  Alignment a = congvan::Align(old_doc, new_doc).value();
  ArticleLinks links = LinksOf(a);
  // All 36 articles go on, each into the article one number up from Điều 15
  // on; the inserted article is the one added. Before the rule 8 articles with
  // no words of their own (Điều 30–32, 35–38, 45) came out dropped and their
  // renumbered selves added.
  CHECK(links.dropped.empty());
  CHECK(links.added == std::vector<int>{15});
  REQUIRE(links.to_new.size() == 36);
  for (const auto& [old_number, new_numbers] : links.to_new) {
    INFO("old Điều " << old_number);
    CHECK(new_numbers == std::vector<int>{old_number >= 15 ? old_number + 1 : old_number});
  }
}

TEST_CASE("A heading-less Article is the article its clauses went to, titled or not (shape)",
          "[align][textless]") {
  const char* subjects[] = {"citizens",
                            "the State",
                            "the National Assembly",
                            "the Government",
                            "local authorities",
                            "the courts",
                            "the procuracy",
                            "the armed forces",
                            "the Fatherland Front",
                            "trade unions",
                            "enterprises",
                            "schools",
                            "hospitals",
                            "farmers",
                            "workers",
                            "veterans",
                            "children",
                            "women",
                            "ethnic minorities",
                            "religious organisations",
                            "the press",
                            "scientists",
                            "artists",
                            "teachers"};
  std::string old_text, new_text = "Article 1\nEvery person is equal before the law.\n";
  int number = 0;
  for (const char* s : subjects) {
    ++number;
    std::string clauses = std::string("1. The rights of ") + s +
                          " are recognised and protected by law.\n2. The duties of " + s +
                          " are provided for by law.\n";
    old_text += "Article " + std::to_string(number) + "\n" + clauses;
    // Every third article gets a title in the next version: one side has
    // words, the other none, and text cannot compare them.
    std::string title = number % 3 == 0 ? std::string(". Rights and duties of ") + s : "";
    new_text += "Article " + std::to_string(number + 1) + title + "\n" + clauses;
  }
  auto english = congvan::testing::InLanguage(Language::kEnglish);
  Document old_doc = congvan::testing::ParseString(old_text, english);
  Document new_doc = congvan::testing::ParseString(new_text, english);
  Alignment a = congvan::Align(old_doc, new_doc).value();
  ArticleLinks links = LinksOf(a);
  CHECK(links.dropped.empty());
  CHECK(links.added == std::vector<int>{1});
  REQUIRE(links.to_new.size() == 24);
  for (const auto& [old_number, new_numbers] : links.to_new) {
    INFO("old Article " << old_number);
    CHECK(new_numbers == std::vector<int>{old_number + 1});
  }
}
