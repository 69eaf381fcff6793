// grammar/folded_lead_gate.h: the gate answers false only where the whole
// fold begins with none of the leads, on every line of every corpus and
// unseen text and on the line's tails where a provision's text would begin
// (after a marker), in NFC and NFD; it lets few others through; a gate that
// skips the fold is caught by the same comparison; and FindMeta, which asks
// it first, answers "action" on those subjects as each pattern run alone on
// the whole fold does (the ungated path).
#include "grammar/folded_lead_gate.h"

#include <re2/re2.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "congvan/grammar.h"
#include "congvan/grammar_dir.h"
#include "congvan/text_fold.h"
#include "grammar/lazy_regex.h"
#include "grammar/required_literals.h"
#include "support/corpus.h"
#include "support/grammar_patterns.h"
#include "support/meta_reference.h"
#include "support/regex_options.h"
#include "support/unicode_forms.h"

using congvan::Grammar;
using congvan::Language;
using congvan::grammar_internal::FoldedLeadGate;

namespace {

// The leads of every field whose folded patterns are all anchored with
// leading literals, as the loader reads them (Grammar::FindMetaIn's gate).
std::map<std::string, std::vector<std::string>> LedFields(const std::string& language) {
  std::map<std::string, std::vector<std::string>> leads;
  std::map<std::string, bool> all_led;
  for (const auto& entry :
       congvan::testing::ReadGrammarPatterns(language, "//pattern[@field][@folded='true']")) {
    congvan::grammar_internal::LiteralChoice lead;
    if (congvan::grammar_internal::AnchoredAtStart(entry.pattern))
      lead = congvan::grammar_internal::ReadPatternLiterals(entry.pattern, 4).lead;
    auto [it, fresh] = all_led.emplace(entry.field, true);
    it->second = it->second && !lead.empty();
    for (const std::string& s : lead) leads[entry.field].push_back(s);
  }
  for (const auto& [field, led] : all_led) {
    if (!led) leads.erase(field);
  }
  return leads;
}

// `s` cut to at most `bytes` where a code point begins: the gate reads a
// text's first few dozen bytes, and a text cut short is a text too.
std::string Head(const std::string& s, size_t bytes) {
  size_t cut = std::min(s.size(), bytes);
  while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) ++cut;
  return s.substr(0, cut);
}

// Every line of every corpus and unseen text, and its tails after each of
// the spaces in its first 24 bytes (where the text after "1.", "a)",
// "Điều 5." begins), each cut to 80 bytes and also in NFD.
std::vector<std::string> Subjects() {
  constexpr size_t kHead = 80;
  std::vector<std::string> out;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      out.push_back(Head(line, kHead));
      for (size_t at = line.find(' '); at != std::string::npos && at < 24;
           at = line.find(' ', at + 1)) {
        out.push_back(Head(line.substr(at + 1), kHead));
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  size_t nfc = out.size();
  for (size_t i = 0; i < nfc; ++i) out.push_back(congvan::testing::ToNfd(out[i]));
  return out;
}

const std::vector<std::string>& SubjectsOnce() {
  static const std::vector<std::string> subjects = Subjects();
  return subjects;
}

// Each subject's whole fold, in the same order.
const std::vector<std::string>& FoldsOnce() {
  static const std::vector<std::string> folds = [] {
    std::vector<std::string> out;
    for (const std::string& s : SubjectsOnce()) {
      out.emplace_back();
      congvan::FoldWithOffsets(s, &out.back(), nullptr);
    }
    return out;
  }();
  return folds;
}

struct Tally {
  size_t missed = 0;    // the fold begins with a lead and the gate said no: wrong
  size_t begins = 0;    // the fold begins with a lead
  size_t let_pass = 0;  // the gate said yes, no lead begins the fold
  size_t subjects = 0;
};

// The gate against the plain way (the whole fold begins with a lead) on
// every subject.
Tally Compare(const std::function<bool(const std::string&)>& gate,
              const std::vector<std::string>& leads) {
  const std::vector<std::string>& subjects = SubjectsOnce();
  Tally t;
  for (size_t i = 0; i < subjects.size(); ++i) {
    const std::string& text = subjects[i];
    bool begins = congvan::grammar_internal::BeginsWithOneOf(leads, FoldsOnce()[i]);
    bool may = gate(text);
    ++t.subjects;
    if (begins) ++t.begins;
    if (begins && !may) {
      ++t.missed;
      UNSCOPED_INFO("missed: " << text);
    }
    if (!begins && may) ++t.let_pass;
  }
  return t;
}

// Every unscoped pattern of the field alone, on the text or its whole fold.
congvan::testing::MetaFound Ungated(const std::string& language, const std::string& field,
                                    const std::string& text) {
  static std::map<std::string, std::vector<congvan::testing::FieldPattern>> patterns;
  const std::string key = language + "/" + field;
  if (!patterns.count(key)) patterns[key] = congvan::testing::FieldPatterns(language, field);
  return congvan::testing::ReferenceMetaAnswer(patterns[key], text);
}

}  // namespace

TEST_CASE("FoldedLeadGate: shapes", "[grammar]") {
  FoldedLeadGate gate({"sua doi", "bo sung", "thay the", "bai bo"});
  CHECK(gate.MayBegin("Sửa đổi, bổ sung Điều 5 như sau:"));
  CHECK(gate.MayBegin("SỬA ĐỔI Điều 5"));
  CHECK(gate.MayBegin("Sua doi Dieu 5"));   // OCR lost the diacritics
  CHECK(gate.MayBegin("Bổ sung khoản 3"));  // ASCII, then a letter to fold
  CHECK(gate.MayBegin("bo sung"));          // the whole text is the lead
  CHECK(gate.MayBegin(congvan::testing::ToNfd("Bãi bỏ điểm c")));
  CHECK_FALSE(gate.MayBegin("Trong thời hạn 30 ngày"));  // "tr": no lead
  CHECK_FALSE(gate.MayBegin("Thực hiện"));               // "thu": no lead
  CHECK_FALSE(gate.MayBegin("Bổ nhiệm"));
  CHECK_FALSE(gate.MayBegin("Đối với"));
  CHECK_FALSE(gate.MayBegin("bo s"));  // the fold ends before the lead
  CHECK_FALSE(gate.MayBegin("Bo"));
  CHECK_FALSE(gate.MayBegin(""));
  CHECK(FoldedLeadGate().MayBegin("anything"));  // no leads: no gate
  // Letters with marks and single spaces are followed without the fold.
  FoldedLeadGate verbs({"doi ten", "dieu chinh", "bo sung"});
  CHECK(verbs.MayBegin("Điều chỉnh"));
  CHECK(verbs.MayBegin("ĐỔI TÊN"));
  CHECK_FALSE(verbs.MayBegin("Điều 5"));
  CHECK_FALSE(verbs.MayBegin("Bộ Tài chính"));
  CHECK(verbs.MayBegin("Bổ  sung"));  // a second space: the fold (one space) decides
  CHECK(verbs.MayBegin("Đô\u0309i tên"));
  // A long text's lead past the prefix folded is not judged: "may".
  FoldedLeadGate far({"a b"});
  CHECK(far.MayBegin("A" + std::string(40, ' ') + "b"));
}

TEST_CASE("FoldedLeadGate misses no lead the whole fold begins with", "[grammar]") {
  const std::vector<std::string>& subjects = SubjectsOnce();
  REQUIRE(subjects.size() > 10000);
  size_t fields = 0;
  for (const char* language : {"vi", "en"}) {
    for (const auto& [field, leads] : LedFields(language)) {
      INFO(language << " " << field);
      FoldedLeadGate gate(leads);
      Tally t = Compare([&](const std::string& s) { return gate.MayBegin(s); }, leads);
      CHECK(t.missed == 0);
      // Few are let through that the whole fold then turns away.
      CHECK(t.let_pass * 50 <= t.subjects);
      ++fields;
      if (std::string(language) == "vi" && field == "action") CHECK(t.begins > 100);
    }
  }
  CHECK(fields >= 4);
}

TEST_CASE("FoldedLeadGate's comparison catches a gate that skips the fold", "[grammar]") {
  // A deliberately wrong gate: the text's own bytes in ASCII lower case,
  // not its fold ("Sửa đổi" is then no "sua doi").
  auto leads = LedFields("vi").at("action");
  auto raw_lower = [&](const std::string& s) {
    std::string lower(s);
    for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    return congvan::grammar_internal::BeginsWithOneOf(leads, lower);
  };
  Tally wrong = Compare(raw_lower, leads);
  CHECK(wrong.missed > 0);
  // And one that stops after the ASCII run (never folds).
  FoldedLeadGate gate(leads);
  auto ascii_only = [&](const std::string& s) {
    return !s.empty() && static_cast<unsigned char>(s[0]) < 0x80 && gate.MayBegin(s);
  };
  CHECK(Compare(ascii_only, leads).missed > 0);
}

// How many subjects two gates answer differently.
size_t Disagreements(const FoldedLeadGate& a, const FoldedLeadGate& b) {
  size_t differ = 0;
  for (const std::string& text : SubjectsOnce()) {
    if (a.MayBegin(text) == b.MayBegin(text)) continue;
    if (differ++ < 5) UNSCOPED_INFO("differ: " << text);
  }
  return differ;
}

TEST_CASE("FoldedLeadGate's tables answer as comparing each lead does", "[grammar]") {
  // The tables (by position, by length) against the plain way (tabled = 0:
  // each lead alive compared), and a few positions tabled, on every subject.
  size_t fields = 0;
  for (const char* language : {"vi", "en"}) {
    for (const auto& [field, leads] : LedFields(language)) {
      INFO(language << " " << field);
      FoldedLeadGate tabled(leads), plain(leads, 0), partly(leads, 3);
      CHECK(Disagreements(tabled, plain) == 0);
      CHECK(Disagreements(partly, plain) == 0);
      ++fields;
    }
  }
  CHECK(fields >= 4);
  // The comparison catches a gate that differs: the vi verbs without "bo sung".
  auto leads = LedFields("vi").at("action");
  std::vector<std::string> fewer;
  for (const std::string& lead : leads) {
    if (lead.rfind("bo sung", 0) != 0) fewer.push_back(lead);
  }
  REQUIRE(fewer.size() < leads.size());
  CHECK(Disagreements(FoldedLeadGate(fewer), FoldedLeadGate(leads, 0)) > 0);
}

TEST_CASE("FindMeta answers 'action' on corpus and unseen texts as the ungated patterns do",
          "[grammar]") {
  const std::vector<std::string>& subjects = SubjectsOnce();
  for (auto [lang, code] :
       {std::pair{Language::kVietnamese, "vi"}, std::pair{Language::kEnglish, "en"}}) {
    auto loaded = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), lang);
    REQUIRE(loaded.ok());
    const Grammar& g = **loaded;
    size_t found = 0;
    for (const std::string& text : subjects) {
      congvan::testing::MetaFound expected = Ungated(code, "action", text);
      if (congvan::testing::FindMetaAnswer(g, "action", text) != expected) {
        INFO(code << ": " << text);
        CHECK(congvan::testing::FindMetaAnswer(g, "action", text) == expected);
      }
      found += expected.empty() ? 0 : 1;
    }
    if (lang == Language::kVietnamese) CHECK(found > 100);
  }
}
