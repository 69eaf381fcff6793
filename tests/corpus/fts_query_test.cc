// The query language compiled to FTS5 (engine/src/corpus/fts_query.cc): what
// each form of query becomes, and the queries refused with a clear message.
#include "corpus/fts_query.h"

#include <catch2/catch.hpp>

#include "congvan/lexicon.h"

using congvan::corpus::CompileQuery;

namespace {

std::string Match(const std::string& query) {
  auto q = CompileQuery(query, nullptr);
  INFO(query << ": " << q.status().ToString());
  REQUIRE(q.ok());
  return q->match;
}

std::string Error(const std::string& query) {
  auto q = CompileQuery(query, nullptr);
  REQUIRE(!q.ok());
  CHECK(q.status().code() == congvan::StatusCode::kInvalidArgument);
  return q.status().message();
}

}  // namespace

TEST_CASE("query words side by side are one folded phrase", "[corpus][query]") {
  CHECK(Match("Kiểm Tra") == "\"kiem tra\"");
  CHECK(Match("ĐẢNG") == "\"dang\"");
  CHECK(Match("1303/LĐTBXH-BĐG") == "\"1303/ldtbxh-bdg\"");  // FTS5's tokenizer splits it
  CHECK(Match("say \"hi\"") == "\"say\" AND \"hi\"");
}

TEST_CASE("query operators, quotes and prefixes", "[corpus][query]") {
  CHECK(Match("bạo lực OR \"gender-based violence\"") ==
        "\"bao luc\" OR \"gender-based violence\"");
  CHECK(Match("hợp đồng NOT lao động") == "\"hop dong\" NOT \"lao dong\"");
  CHECK(Match("inspect*") == "\"inspect\" *");
  CHECK(Match("thanh tra* kiểm") == "\"thanh tra\" * AND \"kiem\"");
  CHECK(Match("\"a \"\"b\"") == "\"a \" AND \"b\"");
}

TEST_CASE("queries refused with a reason", "[corpus][query]") {
  CHECK_THAT(Error(""), Catch::Contains("empty query"));
  CHECK_THAT(Error("OR thuế"), Catch::Contains("'OR' needs a phrase before it"));
  CHECK_THAT(Error("thuế AND"), Catch::Contains("'AND' needs a phrase after it"));
  CHECK_THAT(Error("\"kiểm tra"), Catch::Contains("unclosed quote"));
  CHECK_THAT(Error("-- //"), Catch::Contains("no words"));
}

TEST_CASE("concepts widen a phrase to both languages' forms", "[corpus][query]") {
  auto lexicon = congvan::Lexicon::FromString(
      "examination\tinspection\tkiểm tra\texamine | examination\n"
      "tax\ttax\tthuế\ttax | taxation\n",
      "test.tsv");
  REQUIRE(lexicon.ok());
  auto q = CompileQuery("kiểm tra thuế 2024", lexicon->get());
  REQUIRE(q.ok());
  CHECK(q->match ==
        "(\"kiem tra thue 2024\" OR ((\"kiem tra\" OR \"examine\" OR \"examination\") AND"
        " (\"thue\" OR \"tax\" OR \"taxation\") AND \"2024\"))");
  REQUIRE(q->expansions.size() == 2);
  CHECK(q->expansions[0].concept_id == "examination");
  CHECK(q->expansions[1].forms == std::vector<std::string>{"thuế", "tax", "taxation"});
  // English queries are read as English; a phrase without concepts stays as it is.
  CHECK(CompileQuery("examination", lexicon->get())->match ==
        "(\"examination\" OR ((\"kiem tra\" OR \"examine\" OR \"examination\")))");
  CHECK(CompileQuery("hà nội", lexicon->get())->match == "\"ha noi\"");
}
