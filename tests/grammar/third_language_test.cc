// "A new language is a new file": a minimal French grammar written to a
// temporary directory, beside copies of vi.xml and en.xml, is found by
// AvailableLanguages, chosen by detection from its <detect> data, and parses
// a decree into articles, numbered clauses and lettered points — with no
// French anywhere in the engine's code.
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "congvan/align.h"
#include "congvan/diff_report.h"
#include "congvan/parse.h"
#include "support/corpus.h"

namespace fs = std::filesystem;
using congvan::Document;
using congvan::Language;
using congvan::Node;
using congvan::ParseBytes;
using congvan::ParseOptions;

namespace {

constexpr const char* kFrenchGrammar = R"(<?xml version="1.0" encoding="UTF-8"?>
<grammar language="fr">
  <letters id="fr-letters">a b c d e f g h i j k l m n o p q r s t u v w x y z</letters>
  <detect>
    <letters>é è ê à ç ô î û</letters>
    <words>le la les des et du en pour est une dans par sur au aux</words>
  </detect>
  <continuation>et ou de du des la le les à au aux pour par dans sur</continuation>
  <styles>
    <style id="fr-article" continuous="true" kind="arabic" rank="10" heading="true"
           pattern="Article\s+(\d+)(?:er)?\s*[.:–-]?\s*" next="$|\p{Lu}"/>
    <style id="fr-clause" kind="arabic" rank="50" heading="true" pattern="(\d{1,3})°\s*"/>
    <style id="fr-point" kind="letters" sequence="fr-letters" rank="70" heading="true"
           pattern="([a-z])\)\s*"/>
  </styles>
  <report-labels>
    <label key="old-version">Ancienne version</label>
    <label key="op-unchanged">inchangé</label>
  </report-labels>
</grammar>
)";

// A decree in the shape French texts take: "Article 1er", "1°", "a)".
constexpr const char* kDecree =
    "DÉCRET\n"
    "Le présent décret fixe les règles applicables aux services publics.\n"
    "Article 1er. Champ d'application\n"
    "Le présent décret s'applique aux administrations de l'État.\n"
    "Article 2. Obligations\n"
    "1° Les administrations publient leurs décisions.\n"
    "2° Les administrations conservent les documents :\n"
    "a) pour une durée de dix ans ;\n"
    "b) dans un format ouvert.\n"
    "Article 3. Entrée en vigueur\n"
    "Le présent décret entre en vigueur le premier janvier.\n";

// A grammar directory with vi.xml and en.xml from the source tree and fr.xml.
class GrammarDir {
 public:
  GrammarDir() {
    path_ = fs::temp_directory_path() /
            ("congvan-grammars-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::create_directories(path_);
    const fs::path source = fs::path(CONGVAN_SOURCE_DIR) / "grammars";
    fs::copy_file(source / "vi.xml", path_ / "vi.xml");
    fs::copy_file(source / "en.xml", path_ / "en.xml");
    std::ofstream(path_ / "fr.xml") << kFrenchGrammar;
  }
  ~GrammarDir() { fs::remove_all(path_); }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

void CheckDecreeTree(const Document& doc) {
  REQUIRE(doc.tasks.size() == 3);
  CHECK(doc.tasks[0].marker == "Article 1er.");
  CHECK(doc.tasks[0].ordinal == 1);
  const Node& obligations = doc.tasks[1];
  CHECK(obligations.ordinal == 2);
  REQUIRE(obligations.children.size() == 2);
  CHECK(obligations.children[0].marker == "1°");
  const Node& keep = obligations.children[1];
  CHECK(keep.ordinal == 2);
  REQUIRE(keep.children.size() == 2);
  CHECK(keep.children[1].marker == "b)");
  CHECK(keep.children[1].ordinal == 2);
  CHECK(doc.tasks[2].ordinal == 3);
}

}  // namespace

TEST_CASE("A third language is a grammar file: listed, forced and detected",
          "[grammar][language]") {
  GrammarDir dir;
  auto languages = congvan::AvailableLanguages(dir.path());
  REQUIRE(languages.ok());
  CHECK(languages.value() == std::vector<Language>{Language("en"), Language("fr"), Language("vi")});

  ParseOptions forced;
  forced.grammar_dir = dir.path();
  forced.language = congvan::LanguageFromCode("fr");
  auto parsed = ParseBytes(kDecree, "decret.txt", forced);
  REQUIRE(parsed.ok());
  CHECK(congvan::LanguageCode(parsed.value().language) == std::string("fr"));
  CheckDecreeTree(parsed.value());

  ParseOptions detected;
  detected.grammar_dir = dir.path();
  auto guessed = ParseBytes(kDecree, "decret.txt", detected);
  REQUIRE(guessed.ok());
  CHECK(congvan::LanguageCode(guessed.value().language) == std::string("fr"));
  CheckDecreeTree(guessed.value());

  // The other languages are still told apart with the third one present.
  auto vi = congvan::DetectLanguage("Các Bộ, ngành và địa phương thực hiện các nhiệm vụ sau đây.",
                                    dir.path());
  REQUIRE(vi.ok());
  CHECK(vi.value() == Language::kVietnamese);
}

TEST_CASE("The CLI names the languages it has grammars for", "[grammar][language][cli]") {
  auto result = congvan::testing::RunCongvan(
      {"parse", congvan::testing::CorpusPath("gender-equality/2021-vi-dispatch.txt"), "--lang",
       "xx"});
  CHECK(result.exit_code != 0);
  CHECK(result.err.find("unknown --lang 'xx'") != std::string::npos);
  CHECK(result.err.find("en, vi") != std::string::npos);
}

TEST_CASE("A third language's report labels are data; the ones it lacks come from English",
          "[grammar][language][report]") {
  GrammarDir dir;
  ParseOptions options;
  options.grammar_dir = dir.path();
  auto parsed = ParseBytes(kDecree, "decret.txt", options);
  REQUIRE(parsed.ok());
  REQUIRE(congvan::LanguageCode(parsed.value().language) == std::string("fr"));
  congvan::Alignment same = congvan::Align(parsed.value(), parsed.value()).value();
  congvan::DiffReportOptions report;
  report.grammar_dir = dir.path();
  std::string html = congvan::WriteDiffHtml(same, parsed.value(), parsed.value(), report);
  CHECK(html.find("<html lang=\"fr\">") != std::string::npos);
  CHECK(html.find(">Ancienne version<") != std::string::npos);  // fr.xml
  CHECK(html.find("</b> inchangé</button>") != std::string::npos);
  CHECK(html.find(">New version<") != std::string::npos);  // en.xml: fr.xml has none
  CHECK(html.find("Old version") == std::string::npos);
}
