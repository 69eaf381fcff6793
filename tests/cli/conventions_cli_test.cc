// Black-box tests of the command-line conventions every subcommand shares:
// '-' for standard input and -o - for standard output, diff(1)'s exit
// statuses, colour choice, refusing an -o that is an input, and the UTF-8
// byte order mark of CSV for Excel.
#include <catch2/catch.hpp>
#include <functional>
#include <nlohmann/json.hpp>

#include "support/corpus.h"
#include "support/schema_check.h"

using congvan::testing::CorpusPath;
using congvan::testing::ReadFile;
using congvan::testing::RunCongvan;
using congvan::testing::TempFile;

namespace {

const std::string k2021 = CorpusPath("gender-equality/2021-vi-dispatch.txt");
const std::string k2023 = CorpusPath("gender-equality/2023-vi-news-summary.txt");
const std::string k2024 = CorpusPath("gender-equality/2024-en-qa-summary.txt");
constexpr const char* kBom = "\xEF\xBB\xBF";

}  // namespace

TEST_CASE("diff exits 0 when nothing changed, 1 when something did, 2 on trouble",
          "[cli][diff][conventions]") {
  // The same text twice (by two paths): every task unchanged.
  TempFile copy(ReadFile(k2021));
  auto same = RunCongvan({"diff", k2021, copy.path()});
  CHECK(same.exit_code == 0);
  CHECK_THAT(same.out, Catch::Contains("summary: "));
  auto changed = RunCongvan({"diff", k2021, k2023});
  CHECK(changed.exit_code == 1);
  CHECK_THAT(changed.out, Catch::Contains("summary: "));
  CHECK(RunCongvan({"diff", k2021, k2023, "--format", "json"}).exit_code == 1);
  // -q: nothing printed, only the status.
  auto quiet_same = RunCongvan({"diff", "-q", k2021, copy.path()});
  CHECK(quiet_same.exit_code == 0);
  CHECK(quiet_same.out.empty());
  auto quiet_changed = RunCongvan({"diff", "--quiet", k2021, k2023});
  CHECK(quiet_changed.exit_code == 1);
  CHECK(quiet_changed.out.empty());
  // Trouble of every kind is 2, never 1 (which would read as "changed").
  CHECK(RunCongvan({"diff", k2021, "/no/such/file.txt"}).exit_code == 2);
  TempFile empty("");
  CHECK(RunCongvan({"diff", empty.path(), k2021}).exit_code == 2);
  CHECK(RunCongvan({"diff", k2021}).exit_code == 2);
  CHECK(RunCongvan({"diff", k2021, k2023, "--format", "pdf"}).exit_code == 2);
  CHECK(RunCongvan({"diff", k2021, k2023, "-o", "/no/such/dir/out.txt"}).exit_code == 2);
  auto help = RunCongvan({"diff", "--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("exit status") && Catch::Contains("2 trouble"));
}

TEST_CASE("'-' is standard input for parse, extract and diff; -o - is standard output",
          "[cli][conventions]") {
  auto parse = RunCongvan({"parse", "-", "-o", "-"}, k2021);
  REQUIRE(parse.exit_code == 0);
  CHECK(nlohmann::json::parse(parse.out)["source"]["path"] == "(standard input)");
  auto extract = RunCongvan({"extract", "-", "-o", "-"}, k2021);
  REQUIRE(extract.exit_code == 0);
  CHECK(extract.out == RunCongvan({"extract", k2021}).out);
  auto diff = RunCongvan({"diff", k2021, "-", "--format", "json"}, k2023);
  CHECK(diff.exit_code == 1);
  CHECK(nlohmann::json::parse(diff.out)["new"]["source"] == "(standard input)");
}

TEST_CASE("timeline reads one '-' from standard input, and refuses a second",
          "[cli][timeline][conventions]") {
  // The 2023 summary from standard input: the same timeline as from its file, with
  // "(standard input)" as its source; its year (2023) comes from its text.
  auto from_file = RunCongvan({"timeline", k2021, k2023, "--format", "json"});
  REQUIRE(from_file.exit_code == 0);
  auto from_stdin = RunCongvan({"timeline", k2021, "-", "--format", "json"}, k2023);
  INFO(from_stdin.err);
  REQUIRE(from_stdin.exit_code == 0);
  nlohmann::json expected = nlohmann::json::parse(from_file.out);
  nlohmann::json got = nlohmann::json::parse(from_stdin.out);
  REQUIRE(got["versions"].size() == 2);
  CHECK(got["versions"][1]["source"] == "(standard input)");
  CHECK(got["versions"][1]["year"] == 2023);
  CHECK(got["versions"][1]["task_count"] == expected["versions"][1]["task_count"]);
  expected["versions"][1]["source"] = "(standard input)";
  CHECK(got == expected);
  // Standard input first: ordered by year all the same.
  auto first = RunCongvan({"timeline", "-", k2023, "--format", "json"}, k2021);
  REQUIRE(first.exit_code == 0);
  CHECK(nlohmann::json::parse(first.out)["versions"][0]["source"] == "(standard input)");
  CHECK(nlohmann::json::parse(first.out)["versions"][0]["year"] == 2021);
  // Standard input can be read once only: a second '-' is a usage error, nothing printed.
  auto twice = RunCongvan({"timeline", "-", "-"}, k2021);
  CHECK(twice.exit_code == 2);
  CHECK(twice.out.empty());
  CHECK_THAT(twice.err, Catch::Contains("standard input ('-') can be given only once"));
}

TEST_CASE("diff colours: --color never, always, auto honours NO_COLOR",
          "[cli][diff][conventions]") {
  CHECK(RunCongvan({"diff", k2021, k2023, "--color=always"}).out.find("\033[") !=
        std::string::npos);
  CHECK(RunCongvan({"diff", k2021, k2023, "--color=never"}).out.find("\033[") == std::string::npos);
  CHECK(RunCongvan({"diff", k2021, k2023}).out.find("\033[") ==
        std::string::npos);  // auto, not a terminal
  auto bad = RunCongvan({"diff", k2021, k2023, "--color=sometimes"});
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("--color"));
}

TEST_CASE("timeline CSV: plain UTF-8 by default, a byte order mark with --excel",
          "[cli][timeline][conventions]") {
  auto plain = RunCongvan({"timeline", k2021, k2023, "--format", "csv"});
  REQUIRE(plain.exit_code == 0);
  CHECK(plain.out.rfind(kBom, 0) != 0);
  auto excel = RunCongvan({"timeline", k2021, k2023, "--format", "csv", "--excel"});
  REQUIRE(excel.exit_code == 0);
  CHECK(excel.out == kBom + plain.out);
  CHECK_THAT(excel.out, Catch::Contains("Bình đẳng giới") || Catch::Contains("bình đẳng giới"));
  TempFile out("", ".csv");
  REQUIRE(RunCongvan({"timeline", k2021, k2023, "--format", "csv", "--excel", "-o", out.path()})
              .exit_code == 0);
  CHECK(ReadFile(out.path()) == excel.out);
  auto json = RunCongvan({"timeline", k2021, k2023, "--format", "json", "--excel"});
  CHECK(json.exit_code == 2);
  CHECK_THAT(json.err, Catch::Contains("--excel"));
}

TEST_CASE("The schemas refuse what breaks the contract", "[schemas]") {
  auto parse = RunCongvan({"parse", k2021});
  REQUIRE(parse.exit_code == 0);
  nlohmann::json doc = nlohmann::json::parse(parse.out);
  const congvan::testing::OutputSchema schema{"parse", "one"};
  CHECK(congvan::testing::SchemaErrors(schema, doc.dump()) == "");
  auto broken = [&](const std::function<void(nlohmann::json&)>& edit) {
    nlohmann::json copy = doc;
    edit(copy);
    return congvan::testing::SchemaErrors(schema, copy.dump());
  };
  CHECK_THAT(broken([](auto& j) { j.erase("language"); }),
             Catch::Contains("'language' is a required property"));
  CHECK_THAT(broken([](auto& j) { j["blocks"][0]["role"] = "task"; }),
             Catch::Contains("/blocks/0/role"));
  CHECK_THAT(broken([](auto& j) { j["tasks"][1]["children"][0]["lines"] = {13}; }),
             Catch::Contains("/tasks/1/children/0/lines"));
  CHECK_THAT(broken([](auto& j) { j["meta"]["date"] = "25/11/2021"; }),
             Catch::Contains("/meta/date"));
  // --strict: a field the schema does not list is refused, so the schema keeps up with the output.
  CHECK_THAT(broken([](auto& j) { j["tasks"][0]["owner"] = "Bộ"; }), Catch::Contains("owner"));
  auto diff = RunCongvan({"diff", k2021, k2023, "--format", "json"});
  nlohmann::json d = nlohmann::json::parse(diff.out);
  d["changes"][0]["op"] = "renamed";
  CHECK_THAT(congvan::testing::SchemaErrors({"diff", "one"}, d.dump()),
             Catch::Contains("/changes/0/op"));
  auto timeline = RunCongvan({"timeline", k2021, k2023, k2024, "--format", "json"});
  nlohmann::json t = nlohmann::json::parse(timeline.out);
  t["lineages"][0]["cells"][0] = "vanished";
  CHECK_THAT(congvan::testing::SchemaErrors({"timeline", "one"}, t.dump()),
             Catch::Contains("/lineages/0/cells/0"));
  CHECK_THAT(congvan::testing::SchemaErrors({"parse-record", "jsonl"}, "{\"source\": \"x.txt\"}\n"),
             Catch::Contains("is not valid under any of the given schemas"));
}
