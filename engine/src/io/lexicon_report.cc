// The lexicon command's reports (congvan/lexicon_report.h). Approach: the
// uncovered words are counted in a sorted map and ranked by a stable sort
// on the count, so equal counts keep the map's (byte) order and the output
// is the same on every run; JSON goes through nlohmann with its default
// two-space indent, as the CLI printed it before these writers moved here.
#include "congvan/lexicon_report.h"

#include <algorithm>
#include <iomanip>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace congvan {
namespace {

std::map<std::string, int> ConceptsPerDomain(const Lexicon& lex) {
  std::map<std::string, int> by_domain;
  for (int c = 0; c < lex.concept_count(); ++c) ++by_domain[lex.domain(c)];
  return by_domain;
}

std::string FormsSummary(const Lexicon& lex) {
  std::ostringstream s;
  s << lex.concept_count() << " concepts; " << lex.surface_form_count(Language::kVietnamese)
    << " vi / " << lex.surface_form_count(Language::kEnglish) << " en forms";
  return s.str();
}

// The uncovered words with their counts, most frequent first.
using Ranked = std::vector<std::pair<std::string, int>>;
Ranked RankUncovered(const std::map<std::string, int>& counts, int top) {
  Ranked ranked(counts.begin(), counts.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (top > 0 && ranked.size() > static_cast<size_t>(top)) ranked.resize(top);
  return ranked;
}

std::map<std::string, int> CountUncovered(const LexiconCoverage& coverage) {
  std::map<std::string, int> counts;
  for (const std::string& w : coverage.uncovered) ++counts[w];
  return counts;
}

}  // namespace

void WriteLexiconStatsText(const LexiconStats& stats, std::ostream& out) {
  out << "lexicon: " << stats.path << "\n"
      << FormsSummary(stats.lexicon) << "\n\nconcepts per domain:\n";
  for (const auto& [domain, n] : ConceptsPerDomain(stats.lexicon)) {
    out << "  " << std::setw(5) << n << "  " << domain << "\n";
  }
}

void WriteLexiconStatsJson(const LexiconStats& stats, std::ostream& out) {
  const Lexicon& lex = stats.lexicon;
  nlohmann::json j;
  j["lexicon"] = stats.path;
  j["concepts"] = lex.concept_count();
  j["surface_forms"] = {{"vi", lex.surface_form_count(Language::kVietnamese)},
                        {"en", lex.surface_form_count(Language::kEnglish)}};
  j["domains"] = ConceptsPerDomain(lex);
  out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void WriteLexiconCoverageText(const LexiconCoverageReport& report, std::ostream& out) {
  const LexiconCoverage& cov = report.coverage;
  std::map<std::string, int> counts = CountUncovered(cov);
  Ranked ranked = RankUncovered(counts, report.top);
  std::ostringstream s;  // std::fixed must not stick to the caller's stream
  s << report.source << " (" << LanguageCode(report.language) << ", " << report.scope << ")\n"
    << "lexicon: " << report.lexicon_path << " (" << FormsSummary(report.lexicon) << ")\n"
    << "coverage: " << std::fixed << std::setprecision(3) << cov.ratio() << " ("
    << cov.covered_tokens << " of " << cov.content_tokens << " content words)\n";
  if (ranked.empty()) {
    s << "every content word is covered\n";
  } else {
    s << "uncovered content words, most frequent first (" << counts.size() << " distinct):\n";
    for (const auto& [w, n] : ranked) s << "  " << std::setw(5) << n << "  " << w << "\n";
  }
  out << s.str();
}

void WriteLexiconCoverageJson(const LexiconCoverageReport& report, std::ostream& out) {
  const LexiconCoverage& cov = report.coverage;
  std::map<std::string, int> counts = CountUncovered(cov);
  nlohmann::json j;
  j["source"] = report.source;
  j["language"] = LanguageCode(report.language);
  j["scope"] = report.scope;
  j["lexicon"] = report.lexicon_path;
  j["concepts"] = report.lexicon.concept_count();
  j["content_tokens"] = cov.content_tokens;
  j["covered_tokens"] = cov.covered_tokens;
  j["coverage"] = cov.ratio();
  j["distinct_uncovered"] = counts.size();
  nlohmann::json words = nlohmann::json::array();
  for (const auto& [w, n] : RankUncovered(counts, report.top))
    words.push_back({{"word", w}, {"count", n}});
  j["uncovered"] = words;
  out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void WriteConceptMatches(const Lexicon& lexicon, std::string_view text, Language language,
                         std::ostream& out) {
  size_t prev = 0;
  for (const ConceptHit& h : lexicon.Match(text, language)) {
    out << text.substr(prev, h.begin - prev) << "[" << text.substr(h.begin, h.end - h.begin) << "|"
        << lexicon.concept_id(h.concept_index) << "]";
    prev = h.end;
  }
  out << text.substr(prev);
}

}  // namespace congvan
