// The plain FindMeta of tests/support/meta_reference.h: every pattern alone,
// every match from left to right (an empty match steps one byte on).
#include "support/meta_reference.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string_view>

#include "congvan/text_fold.h"
#include "support/grammar_patterns.h"
#include "support/regex_options.h"

namespace congvan::testing {

std::vector<FieldPattern> FieldPatterns(const std::string& language, const std::string& field) {
  std::vector<FieldPattern> out;
  for (const auto& entry : ReadGrammarPatterns(language, "//pattern[@field]")) {
    if (entry.field != field) continue;
    out.push_back(
        {std::make_unique<RE2>(entry.pattern, GrammarRegexOptions()), entry.folded, entry.value});
    REQUIRE(out.back().re->ok());
    out.back().scoped = !entry.scope.empty() && entry.scope != "any";
  }
  return out;
}

MetaFound FindMetaAnswer(const Grammar& grammar, const std::string& field,
                         const std::string& text) {
  MetaFound out;
  for (auto& m : grammar.FindMeta(field, text))
    out.emplace_back(m.begin, m.end, m.pattern, m.groups["value"]);
  std::sort(out.begin(), out.end());
  return out;
}

MetaFound ReferenceMetaAnswer(const std::vector<FieldPattern>& patterns, const std::string& text) {
  std::string folded;
  std::vector<uint32_t> offsets;
  FoldWithOffsets(text, &folded, &offsets);
  MetaFound out;
  for (size_t index = 0; index < patterns.size(); ++index) {
    const FieldPattern& p = patterns[index];
    if (p.scoped) continue;
    std::string_view subject = p.folded ? std::string_view(folded) : std::string_view(text);
    auto raw = [&](size_t at) { return p.folded ? static_cast<size_t>(offsets[at]) : at; };
    size_t pos = 0;
    re2::StringPiece whole;
    while (pos <= subject.size() &&
           p.re->Match(subject, pos, subject.size(), RE2::UNANCHORED, &whole, 1)) {
      size_t begin = static_cast<size_t>(whole.data() - subject.data());
      size_t end = begin + whole.size();
      out.emplace_back(raw(begin), raw(end), static_cast<int>(index), p.value);
      pos = end > pos ? end : pos + 1;
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace congvan::testing
