// grammar/lead_styles.h: a style that may follow the <lead>, asked alone at
// each end the lead allows, answers as the full pattern `(?:LEAD)?STYLE` —
// checked for the vi grammar's lead styles on every corpus line (and the
// unseen laws with CONGVAN_UNSEEN_TEXTS), each line also behind a breadcrumb
// and with the space after its first "." doubled or a tab; three probe
// styles whose groups tell the lead's ends apart (the longest first, one
// that needs the lead shortened, the lead left out) make the comparison fail
// when the order or the fallback is wrong. And which leads are read as
// ending after the first ".".
#include "grammar/lead_styles.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "support/corpus.h"
#include "support/grammar_patterns.h"
#include "support/regex_options.h"

using congvan::grammar_internal::FindLeadEnds;
using congvan::grammar_internal::LeadEnds;
using congvan::grammar_internal::LeadEndsAfterFirstDot;
using congvan::grammar_internal::MatchStyleAfterLead;

namespace {

struct Answer {
  bool matched = false;
  std::string whole, group;  // group 1, "(null)" when it did not take part
  bool operator==(const Answer& o) const {
    return matched == o.matched && whole == o.whole && group == o.group;
  }
};

Answer Read(bool matched, const re2::StringPiece* groups, int n) {
  Answer a;
  a.matched = matched;
  if (!matched) return a;
  a.whole = std::string(groups[0].data(), groups[0].size());
  a.group = n > 1 && groups[1].data() != nullptr ? std::string(groups[1].data(), groups[1].size())
                                                 : "(null)";
  return a;
}

std::string Describe(const Answer& a) {
  return a.matched ? "[" + a.whole + "] group [" + a.group + "]" : "no match";
}

std::vector<std::string> Subjects() {
  const std::vector<std::string> texts = congvan::testing::CorpusAndUnseenTexts();
  std::vector<std::string> subjects;
  for (const std::string& text : texts) {
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
      subjects.push_back(line);
      subjects.push_back("Luật Đất đai. " + line);  // a web copy's breadcrumb
      subjects.push_back("Nghị định 15/2020/NĐ-CP.  " + line);
      size_t dot = line.find(". ");
      if (dot != std::string::npos) {
        subjects.push_back(line.substr(0, dot + 1) + "  " + line.substr(dot + 2));
        subjects.push_back(line.substr(0, dot + 1) + " \t" + line.substr(dot + 1));
      }
    }
  }
  return subjects;
}

}  // namespace

TEST_CASE("a lead style asked after the lead's ends answers as its full pattern",
          "[grammar][lead_styles]") {
  const RE2::Options options = congvan::testing::GrammarRegexOptions();
  auto leads = congvan::testing::ReadGrammarPatterns("vi", "//styles/lead");
  REQUIRE(leads.size() == 1);
  const std::string lead_pattern = leads.front().pattern;
  REQUIRE(LeadEndsAfterFirstDot(lead_pattern, options));
  RE2 lead("(?:" + lead_pattern + ")", options);
  REQUIRE(lead.ok());
  std::vector<std::string> styles;
  for (const auto& e : congvan::testing::ReadGrammarPatterns("vi", "//styles/style[@lead='true']"))
    styles.push_back(e.pattern);
  REQUIRE(styles.size() >= 7);
  // Probes: the longest end first; an end short of the longest; no lead.
  for (const char* probe : {"(\\s*\\S+)", "(\\s\\S+)", "(\\S+)"}) styles.push_back(probe);
  std::vector<std::unique_ptr<RE2>> alone, full;
  for (const std::string& s : styles) {
    alone.push_back(std::make_unique<RE2>("(?:" + s + ")", options));
    full.push_back(std::make_unique<RE2>("(?:(?:" + lead_pattern + ")?" + s + ")", options));
    REQUIRE(alone.back()->ok());
    REQUIRE(full.back()->ok());
  }
  size_t leads_found = 0, matched_after_lead = 0, several_ends = 0;
  for (const std::string& line : Subjects()) {
    LeadEnds ends;
    if (!FindLeadEnds(lead, line, &ends)) {
      re2::StringPiece m;
      REQUIRE_FALSE(lead.Match(line, 0, line.size(), RE2::ANCHOR_START, &m, 1));
      continue;
    }
    ++leads_found;
    if (ends.longest > ends.shortest) ++several_ends;
    for (size_t k = 0; k < styles.size(); ++k) {
      re2::StringPiece want[2], got[2];
      const int n = std::min(2, full[k]->NumberOfCapturingGroups() + 1);
      REQUIRE(alone[k]->NumberOfCapturingGroups() == full[k]->NumberOfCapturingGroups());
      Answer expected =
          Read(full[k]->Match(line, 0, line.size(), RE2::ANCHOR_START, want, n), want, n);
      Answer answer = Read(MatchStyleAfterLead(*alone[k], ends, line, got, n), got, n);
      INFO(styles[k] << " on: " << line.substr(0, 300));
      INFO("full: " << Describe(expected) << "; after the lead: " << Describe(answer));
      REQUIRE(answer == expected);
      if (expected.matched && k + 3 < styles.size() && expected.whole.size() > ends.shortest)
        ++matched_after_lead;
    }
  }
  CHECK(leads_found > 1000);
  CHECK(several_ends > 100);
  CHECK(matched_after_lead > 100);
}

TEST_CASE("which leads end after the text's first dot", "[grammar][lead_styles]") {
  const RE2::Options options = congvan::testing::GrammarRegexOptions();
  CHECK(LeadEndsAfterFirstDot("(?:Luật|Nghị định)\\s[^.\\n]{1,200}?\\.\\s+", options));
  CHECK(LeadEndsAfterFirstDot("(?i:luật)[ \\-]\\w+\\.\\s+", options));
  CHECK(LeadEndsAfterFirstDot("\\.\\s+", options));
  CHECK_FALSE(LeadEndsAfterFirstDot("Luật\\s[^\\n]{1,200}?\\.\\s+", options));  // may hold a "."
  CHECK_FALSE(LeadEndsAfterFirstDot("Luật\\s.{1,200}?\\.\\s+", options));       // "." itself
  CHECK_FALSE(LeadEndsAfterFirstDot("Luật\\s[a-z.]+\\.\\s+", options));         // a class with "."
  CHECK_FALSE(LeadEndsAfterFirstDot("Luật\\s[+-/]+\\.\\s+", options));          // a range over "."
  CHECK_FALSE(LeadEndsAfterFirstDot("Luật\\s\\p{P}+\\.\\s+", options));         // "." is \p{P}
  CHECK_FALSE(LeadEndsAfterFirstDot("Luật\\s\\S+\\.\\s+", options));            // \S holds "."
  CHECK_FALSE(LeadEndsAfterFirstDot("Luật\\s\\x2E\\.\\s+", options));           // "." by its code
  CHECK_FALSE(
      LeadEndsAfterFirstDot("Luật|Nghị định\\s\\w+\\.\\s+", options));    // tail in one branch
  CHECK_FALSE(LeadEndsAfterFirstDot("Luật\\s\\w+\\.\\s+?", options));     // shortest first
  CHECK_FALSE(LeadEndsAfterFirstDot("(?U)Luật\\s\\w+\\.\\s+", options));  // greediness swapped
  CHECK_FALSE(LeadEndsAfterFirstDot("Luật\\s\\w+\\.\\s*", options));      // may end at the dot
  CHECK_FALSE(LeadEndsAfterFirstDot("Luật\\\\.\\s+", options));           // "\\" then any "."
  RE2::Options longest = options;
  longest.set_longest_match(true);
  CHECK_FALSE(LeadEndsAfterFirstDot("Luật\\s\\w+\\.\\s+", longest));
}
