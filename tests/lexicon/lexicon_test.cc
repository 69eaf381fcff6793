// The bilingual lexicon: loading and its errors, matching (longest match,
// NFC/NFD, case, diacritics, English stems, separators), coverage of the
// corpus texts, and the `congvan lexicon` CLI.
#include "congvan/lexicon.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "congvan/text_fold.h"
#include "support/corpus.h"

using congvan::ConceptHit;
using congvan::EnglishStem;
using congvan::Language;
using congvan::Lexicon;
using congvan::StatusCode;
using congvan::testing::CorpusPath;
using congvan::testing::ReadFile;
using congvan::testing::RunCongvan;
using congvan::testing::TempFile;

namespace {

const Language kVi = Language::kVietnamese;
const Language kEn = Language::kEnglish;

const Lexicon& Default() {
  static std::shared_ptr<const Lexicon> lex = [] {
    auto r = Lexicon::Load(congvan::DefaultLexiconPath());
    if (!r.ok()) {
      FAIL("default lexicon does not load: " << r.status().ToString());
    }
    return *r;
  }();
  return *lex;
}

// Concept ids of the hits, in order.
std::vector<std::string> Ids(const Lexicon& lex, std::string_view text, Language lang) {
  std::vector<std::string> ids;
  for (const ConceptHit& h : lex.Match(text, lang)) ids.push_back(lex.concept_id(h.concept_index));
  return ids;
}

std::set<std::string> IdSet(const Lexicon& lex, std::string_view text, Language lang) {
  auto v = Ids(lex, text, lang);
  return {v.begin(), v.end()};
}

bool Has(const std::vector<std::string>& v, const std::string& id) {
  return std::find(v.begin(), v.end(), id) != v.end();
}

// The text a hit covers.
std::string HitText(std::string_view text, const ConceptHit& h) {
  return std::string(text.substr(h.begin, h.end - h.begin));
}

Language LanguageOfCorpusFile(const std::string& relative) {
  return relative.find("-en-") != std::string::npos ? kEn : kVi;
}

}  // namespace

TEST_CASE("the default lexicon loads with several hundred concepts on both sides", "[lexicon]") {
  const Lexicon& lex = Default();
  CHECK(lex.concept_count() >= 400);
  CHECK(lex.surface_form_count(kVi) >= static_cast<size_t>(lex.concept_count()));
  CHECK(lex.surface_form_count(kEn) > lex.surface_form_count(kVi));
  int strengthen = lex.FindConcept("strengthen");
  REQUIRE(strengthen >= 0);
  CHECK(lex.domain(strengthen) == "verb");
  CHECK(lex.forms(strengthen, kVi).front() == "tăng cường");
  const auto& en = lex.forms(strengthen, kEn);
  CHECK(std::find(en.begin(), en.end(), "step up") != en.end());
  CHECK(lex.FindConcept("no_such_concept") == -1);
  CHECK(congvan::DefaultLexiconPath().size() > std::string("/lexicon/vi-en.tsv").size());
}

TEST_CASE("lexicon errors name the file and the line", "[lexicon]") {
  SECTION("a line with three fields") {
    TempFile f("# comment\n\nlaw\tdoctype\tluật\tlaw\ndecree\tdoctype\tnghị định\n", ".tsv");
    auto r = Lexicon::Load(f.path());
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == StatusCode::kGrammarError);
    CHECK(r.status().where().file == f.path());
    CHECK(r.status().where().line == 4);
    CHECK_THAT(r.status().ToString(), Catch::Contains(f.path() + ":4"));
    CHECK_THAT(r.status().message(), Catch::Contains("found 3"));
  }
  SECTION("duplicate concept id") {
    auto r = Lexicon::FromString("law\tdoctype\tluật\tlaw\nlaw\tdoctype\tpháp luật\tlegislation\n",
                                 "x.tsv");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().where().line == 2);
    CHECK_THAT(r.status().message(), Catch::Contains("duplicate concept id 'law'"));
  }
  SECTION("a form claimed by two concepts (English compared by stem)") {
    auto r = Lexicon::FromString(
        "training\ttraining\ttập huấn\ttraining\ntrain_car\teconomy\ttàu hỏa\ttrained\n", "x.tsv");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().where().line == 2);
    CHECK_THAT(r.status().message(), Catch::Contains("already belongs to concept 'training'"));
  }
  SECTION("empty form, missing side, bad id, punctuation inside a form") {
    CHECK(Lexicon::FromString("a\tgeneral\tx || y\tz\n", "x.tsv").status().where().line == 1);
    CHECK_THAT(Lexicon::FromString("a\tgeneral\t \tz\n", "x.tsv").status().message(),
               Catch::Contains("no Vietnamese form"));
    CHECK_THAT(Lexicon::FromString("Bad Id\tgeneral\tx\tz\n", "x.tsv").status().message(),
               Catch::Contains("concept id"));
    CHECK_THAT(Lexicon::FromString("a\tgeneral\tx, y\tz\n", "x.tsv").status().message(),
               Catch::Contains("between words"));
  }
  SECTION("invalid UTF-8 is reported on its line") {
    auto r = Lexicon::FromString("a\tgeneral\tx\tz\nb\tgeneral\t\xC3\x28\tz\n", "x.tsv");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().where().line == 2);
  }
  SECTION("a missing file") {
    auto r = Lexicon::Load("/nonexistent/dir/vi-en.tsv");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == StatusCode::kNotFound);
    CHECK_THAT(r.status().ToString(), Catch::Contains("/nonexistent/dir/vi-en.tsv"));
  }
}

TEST_CASE("longest match wins, left to right, without overlap", "[lexicon]") {
  const Lexicon& lex = Default();
  std::string text = "phòng ngừa, ứng phó với bạo lực trên cơ sở giới và bạo lực gia đình";
  auto hits = lex.Match(text, kVi);
  std::vector<std::string> ids = Ids(lex, text, kVi);
  CHECK(Has(ids, "gender_based_violence"));
  CHECK(Has(ids, "domestic_violence"));
  CHECK_FALSE(Has(ids, "violence"));  // "bạo lực" alone never wins inside a longer form
  for (const ConceptHit& h : hits) {
    if (lex.concept_id(h.concept_index) == "gender_based_violence") {
      CHECK(HitText(text, h) == "bạo lực trên cơ sở giới");
    }
  }
  for (size_t i = 1; i < hits.size(); ++i) CHECK(hits[i - 1].end <= hits[i].begin);

  std::string ministry = "Bộ Lao động - Thương binh và Xã hội đề nghị các bộ";
  auto mh = lex.Match(ministry, kVi);
  REQUIRE(mh.size() >= 2);
  CHECK(lex.concept_id(mh[0].concept_index) == "molisa");
  CHECK(HitText(ministry, mh[0]) == "Bộ Lao động - Thương binh và Xã hội");
  CHECK(lex.concept_id(mh.back().concept_index) == "ministry");
}

TEST_CASE("NFC and NFD input give the same concepts", "[lexicon]") {
  const Lexicon& lex = Default();
  // "bình đẳng giới" and "tăng cường" spelled with combining marks (NFD).
  std::string nfc = "Tăng cường bình đẳng giới";
  std::string nfd =
      "Ta\u0306ng cu\u031Bo\u031B\u0300ng bi\u0300nh \u0111a\u0306\u0309ng gio\u031B\u0301i";
  REQUIRE(nfc != nfd);
  CHECK(Ids(lex, nfd, kVi) == Ids(lex, nfc, kVi));
  CHECK(Ids(lex, nfc, kVi) == std::vector<std::string>{"strengthen", "gender_equality"});
  // Offsets index the NFD bytes themselves.
  auto hits = lex.Match(nfd, kVi);
  REQUIRE(hits.size() == 2);
  CHECK(hits[1].end == nfd.size());
  CHECK(congvan::FoldKey(HitText(nfd, hits[1])) == "binh dang gioi");
}

TEST_CASE("matching tolerates case and missing diacritics but not different ones", "[lexicon]") {
  const Lexicon& lex = Default();
  for (const char* text :
       {"BÌNH ĐẲNG GIỚI", "binh dang gioi", "Bình Đẳng Giới", "BINH DANG GIOI"}) {
    CAPTURE(text);
    CHECK(Ids(lex, text, kVi) == std::vector<std::string>{"gender_equality"});
  }
  // Old and new tone placement.
  CHECK(Ids(lex, "Uỷ ban nhân dân", kVi) == Ids(lex, "Ủy ban nhân dân", kVi));
  CHECK(Ids(lex, "xã hội hoá", kVi) == std::vector<std::string>{"socialization"});
  // OCR: one mis-accented word in a two-word form still matches ...
  CHECK(Ids(lex, "kiếm tra", kVi) == std::vector<std::string>{"inspection"});
  // ... but a single word with other accents does not ("thuê" is rent, not tax).
  CHECK_FALSE(Has(Ids(lex, "thuê", kVi), "tax"));
  CHECK(Has(Ids(lex, "thue", kVi), "tax"));
}

TEST_CASE("folded collisions prefer the form whose accents agree", "[lexicon]") {
  auto r = Lexicon::FromString(
      "fish\tgeneral\tcá\tfish\nshift\tgeneral\tca\twork shift\nsing\tgeneral\tca hát\tsing\n",
      "collide.tsv");
  REQUIRE(r.ok());
  const Lexicon& lex = **r;
  CHECK(Ids(lex, "cá", kVi) == std::vector<std::string>{"fish"});
  CHECK(Ids(lex, "CÁ", kVi) == std::vector<std::string>{"fish"});
  CHECK(Ids(lex, "ca", kVi) == std::vector<std::string>{"shift"});
  CHECK(Ids(lex, "cà", kVi).empty());  // other accents: neither
  CHECK(Ids(lex, "ca hát", kVi) == std::vector<std::string>{"sing"});
}

TEST_CASE("English inflections and spellings meet through the stemmer", "[lexicon]") {
  const Lexicon& lex = Default();
  CHECK(Ids(lex, "strengthening", kEn) == std::vector<std::string>{"strengthen"});
  CHECK(Ids(lex, "Strengthened", kEn) == std::vector<std::string>{"strengthen"});
  for (const char* w : {"training", "trainings", "trained", "trains", "train"}) {
    CAPTURE(w);
    CHECK(Ids(lex, w, kEn) == std::vector<std::string>{"training"});
  }
  CHECK(Ids(lex, "Programmes", kEn) == Ids(lex, "programs", kEn));
  CHECK(Ids(lex, "mobilised", kEn) == std::vector<std::string>{"mobilize"});
  CHECK(Ids(lex, "Ministry of Labour - Invalids and Social Affairs", kEn) ==
        std::vector<std::string>{"molisa"});
  CHECK(Ids(lex, "Ministry of Labor - Invalids and Social Affairs", kEn) ==
        std::vector<std::string>{"molisa"});
  CHECK(Ids(lex, "provincial People's Committees", kEn) ==
        (std::vector<std::string>{"province", "people_committee"}));
  CHECK(Ids(lex, "People’s Committee", kEn) == std::vector<std::string>{"people_committee"});
  // Derived words are not inflections, so each is listed: "inspections" meets
  // "inspection", "examining" meets "examine" (both forms of the concept of
  // thanh tra and kiểm tra, which English renders alike).
  CHECK(Ids(lex, "inspections", kEn) == std::vector<std::string>{"inspection"});
  CHECK(Ids(lex, "examining", kEn) == std::vector<std::string>{"inspection"});

  CHECK(EnglishStem("policies") == EnglishStem("policy"));
  CHECK(EnglishStem("issued") == EnglishStem("issue"));
  CHECK(EnglishStem("based") == EnglishStem("base"));
  CHECK(EnglishStem("caring") == EnglishStem("care"));
  CHECK(EnglishStem("care") != EnglishStem("car"));
  CHECK(EnglishStem("planning") == EnglishStem("plan"));
  CHECK(EnglishStem("exceeded") == EnglishStem("exceed"));
  CHECK(EnglishStem("process") == "process");
  CHECK(EnglishStem("news") != EnglishStem("new"));
  CHECK(EnglishStem("labour") == EnglishStem("labor"));
  CHECK(EnglishStem("centre") == EnglishStem("center"));
}

TEST_CASE("dashes, spaces and one line break may separate the words of a form", "[lexicon]") {
  const Lexicon& lex = Default();
  for (const char* t :
       {"kinh tế - xã hội", "kinh tế-xã hội", "kinh tế xã hội", "kinh tế – xã hội"}) {
    CAPTURE(t);
    CHECK(Ids(lex, t, kVi) == std::vector<std::string>{"socio_economic"});
  }
  CHECK(Ids(lex, "gender -based violence", kEn) ==
        std::vector<std::string>{"gender_based_violence"});
  CHECK(Ids(lex, "socio -political organizations", kEn) ==
        std::vector<std::string>{"socio_political_org"});
  // A hard-wrapped OCR line.
  CHECK(Ids(lex, "kế hoạch thanh\ntra thuế", kVi) ==
        (std::vector<std::string>{"plan", "tax_inspection"}));
  // Punctuation and paragraph breaks end a form.
  CHECK_FALSE(Has(Ids(lex, "bạo lực, trên cơ sở giới", kVi), "gender_based_violence"));
  CHECK_FALSE(Has(Ids(lex, "thanh\n\ntra", kVi), "inspection"));
}

TEST_CASE("a Vietnamese task and its English version share their concepts", "[lexicon][corpus]") {
  const Lexicon& lex = Default();
  // 2023 (vi) "Thứ sáu" and 2024 (en) "(6)", as written in the corpus.
  auto vi = IdSet(lex, "Thứ sáu, thúc đẩy hợp tác quốc tế trong thực hiện bình đẳng giới.", kVi);
  auto en =
      IdSet(lex, "(6) Promote international cooperation in gender equality implementation", kEn);
  for (const char* id : {"promote", "international_cooperation", "implement", "gender_equality"}) {
    CAPTURE(id);
    CHECK(vi.count(id) == 1);
    CHECK(en.count(id) == 1);
  }
  // The rewarding task, 2023 (vi) ↔ 2024 (en).
  auto vi2 = IdSet(lex,
                   "Khen thưởng, biểu dương kịp thời các cá nhân, đơn vị có thành tích xuất sắc "
                   "trong công tác bình đẳng giới",
                   kVi);
  auto en2 = IdSet(lex,
                   "Timely praising and commending individuals and units with outstanding "
                   "achievements in gender equality work",
                   kEn);
  std::vector<std::string> shared;
  std::set_intersection(vi2.begin(), vi2.end(), en2.begin(), en2.end(), std::back_inserter(shared));
  CHECK(shared.size() >= 7);
  CHECK(Has(shared, "reward"));
  CHECK(Has(shared, "praise"));
  CHECK(Has(shared, "outstanding"));
}

TEST_CASE("the lexicon covers most content words of every corpus text", "[lexicon][corpus]") {
  const Lexicon& lex = Default();
  for (const std::string& rel : congvan::testing::CorpusTexts()) {
    CAPTURE(rel);
    // The body (the preamble, closing and tasks, as 'congvan lexicon
    // coverage' counts by default): what the aligner compares. Annexes of
    // equipment lists and forms are not the lexicon's business.
    congvan::Document doc = congvan::testing::ParseCorpus(rel);
    std::string text;
    for (const auto& b : doc.blocks) {
      if (b.role == congvan::BlockRole::kPreamble || b.role == congvan::BlockRole::kLead ||
          b.role == congvan::BlockRole::kClosing || b.role == congvan::BlockRole::kTitle) {
        text += b.text + "\n";
      }
    }
    congvan::ForEachTask(doc.tasks, [&](const congvan::Node& n, int, const congvan::Node*) {
      text += n.text + "\n";
    });
    auto cov = lex.Coverage(text, LanguageOfCorpusFile(rel));
    CHECK(cov.content_tokens > 200);
    CHECK(cov.covered_tokens + cov.uncovered.size() == cov.content_tokens);
    // The lexicon was curated on the gender-equality guidance series; the
    // other genres share its general legal vocabulary to a lesser degree.
    bool series = rel.rfind("gender-equality/", 0) == 0;
    CHECK(cov.ratio() >= (series ? 0.8 : 0.6));
  }
  // Coverage can fail: text outside the lexicon's domain scores low.
  auto off = lex.Coverage("The quick brown fox jumps over the lazy dog near a riverbank.", kEn);
  CHECK(off.content_tokens >= 6);
  CHECK(off.ratio() < 0.5);
}

TEST_CASE("coverage counts content words only", "[lexicon]") {
  const Lexicon& lex = Default();
  CHECK(lex.IsStopword("các", kVi));
  CHECK(lex.IsStopword("CỦA", kVi));
  CHECK_FALSE(lex.IsStopword("bình", kVi));
  CHECK(lex.IsStopword("The", kEn));
  CHECK_FALSE(lex.IsStopword("gender", kEn));
  // Stopwords, numbers, Roman numerals, single letters and citation codes are not content.
  auto cov = lex.Coverage(
      "a) Các đại biểu Quốc hội khóa XV theo Nghị quyết số 01/NQ-CP năm 2023 "
      "về zyxwv",
      kVi);
  CHECK(cov.uncovered == std::vector<std::string>{"zyxwv"});
  CHECK(lex.UncoveredWords("Tăng cường ZYXQ BLÖRP", kVi) ==
        (std::vector<std::string>{"zyxq", "blörp"}));
}

TEST_CASE("congvan lexicon coverage reports a ratio and the uncovered words", "[lexicon][cli]") {
  auto r = RunCongvan({"lexicon", "coverage", CorpusPath("gender-equality/2021-vi-dispatch.txt")});
  // '-' reads the text from standard input, with the same result.
  auto piped =
      RunCongvan({"lexicon", "coverage", "-"}, CorpusPath("gender-equality/2021-vi-dispatch.txt"));
  CHECK(piped.exit_code == r.exit_code);
  // The same report but for its first line, which names the source.
  CHECK_THAT(piped.out, Catch::StartsWith("(standard input) (vi, body)\n"));
  CHECK(piped.out.substr(piped.out.find('\n')) == r.out.substr(r.out.find('\n')));
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("coverage: 0."));
  CHECK_THAT(r.out, Catch::Contains("(vi, body)"));

  auto j = RunCongvan({"lexicon", "coverage", "--format", "json", "--top", "5", "--scope", "text",
                       CorpusPath("gender-equality/2024-en-qa-summary.txt")});
  REQUIRE(j.exit_code == 0);
  auto doc = nlohmann::json::parse(j.out);
  CHECK(doc["language"] == "en");
  CHECK(doc["coverage"].get<double>() >= 0.8);
  CHECK(doc["uncovered"].size() <= 5);
  CHECK(doc["content_tokens"].get<int>() > doc["covered_tokens"].get<int>() - 1);

  auto match =
      RunCongvan({"lexicon", "match", CorpusPath("gender-equality/2025-en-news-summary.txt")});
  REQUIRE(match.exit_code == 0);
  CHECK_THAT(match.out, Catch::Contains("|gender_equality]"));

  auto stats = RunCongvan({"lexicon", "stats", "--format", "json"});
  REQUIRE(stats.exit_code == 0);
  CHECK(nlohmann::json::parse(stats.out)["concepts"].get<int>() >= 400);
}

TEST_CASE("congvan lexicon fails with one line naming the problem", "[lexicon][cli]") {
  auto missing = RunCongvan({"lexicon", "coverage", "/nonexistent/file.txt"});
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Contains("/nonexistent/file.txt"));
  CHECK(missing.out.empty());

  TempFile bad("x\tgeneral\tx\n", ".tsv");
  auto badlex = RunCongvan({"lexicon", "stats", "--lexicon", bad.path()});
  CHECK(badlex.exit_code == 1);
  CHECK_THAT(badlex.err, Catch::Contains(bad.path() + ":1:"));
  CHECK(std::count(badlex.err.begin(), badlex.err.end(), '\n') == 1);

  CHECK(RunCongvan({"lexicon", "frobnicate"}).exit_code == 2);
  CHECK(RunCongvan({"lexicon", "coverage"}).exit_code == 2);
  CHECK(RunCongvan({"lexicon", "coverage", "--lang", "fr",
                    CorpusPath("gender-equality/2021-vi-dispatch.txt")})
            .exit_code == 2);
  auto help = RunCongvan({"lexicon", "--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("examples:"));
}
