// The marker set read by the styles' backtrackers (grammar/read_marker_set.h)
// must give RE2::Set's hits wherever it answers: on every corpus line (and
// every line under $CONGVAN_UNSEEN_TEXTS when set), as written, trimmed and
// in NFD, in both grammars; it must answer on most of them (else it is not
// the gate it is meant to be), and never on a line the lead may begin.
#include "grammar/read_marker_set.h"

#include <re2/set.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "congvan/grammar.h"
#include "congvan/grammar_dir.h"
#include "grammar/grammar_impl.h"
#include "support/trimmed_lines.h"
#include "support/unicode_forms.h"

namespace {

using congvan::Grammar;
using congvan::grammar_internal::ReadMarkerSet;

std::shared_ptr<const Grammar> Load(congvan::Language language) {
  auto loaded = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), language);
  REQUIRE(loaded.ok());
  return *loaded;
}

ReadMarkerSet Built(const Grammar::Impl& impl) {
  const auto& pairs = impl.style_captures.Get(impl.plain_style_res, impl.style_res);
  ReadMarkerSet::Source source;
  for (size_t k = 0; k < impl.styles.size(); ++k) {
    const auto& reader = impl.plain_style_res[k] != nullptr ? pairs[k].plain : pairs[k].full;
    source.styles.push_back(reader ? &*reader : nullptr);
  }
  source.lead_index = impl.lead_set_index;
  if (impl.lead_set_index >= 0) source.lead_pattern = impl.lead->pattern();
  return ReadMarkerSet(source);
}

std::string Listed(const std::vector<int>& v) {
  std::string out;
  for (int i : v) out += std::to_string(i) + " ";
  return out;
}

}  // namespace

TEST_CASE("The read marker set gives RE2::Set's hits wherever it answers",
          "[grammar][read_marker_set]") {
  std::vector<std::string> lines = congvan::testing::CorpusLinesAsWrittenAndTrimmed();
  const size_t written = lines.size();
  for (size_t i = 0; i < written; ++i) {
    std::string nfd = congvan::testing::ToNfd(lines[i]);
    if (nfd != lines[i]) lines.push_back(std::move(nfd));
  }
  REQUIRE(lines.size() > 10000);
  for (congvan::Language language : {congvan::Language::kVietnamese, congvan::Language::kEnglish}) {
    auto grammar = Load(language);
    const Grammar::Impl& impl = Grammar::Impl::Of(*grammar);
    const ReadMarkerSet read = Built(impl);
    REQUIRE(read.reads());
    const RE2::Set& set = impl.set->get();
    std::vector<int> want, got;
    re2::StringPiece first[2];
    int first_ngroups = 0;
    size_t answered = 0, with_hits = 0, turned_away = 0, lead_lines = 0, wrong = 0;
    for (const std::string& line : lines) {
      set.Match(line, &want);
      std::sort(want.begin(), want.end());
      const bool lead_hit = std::find(want.begin(), want.end(), impl.lead_set_index) != want.end();
      lead_lines += lead_hit;
      if (!read.Hits(line, &got, first, &first_ngroups)) continue;
      ++answered;
      with_hits += !got.empty();
      turned_away += got.empty();
      if (lead_hit) FAIL_CHECK("answered on a line the lead begins: '" << line << "'");
      if (got != want) {
        ++wrong;
        FAIL_CHECK("'" << line << "': RE2 " << Listed(want) << "read " << Listed(got));
      } else if (!got.empty()) {
        // The first hit's match is that style's own (plain) pattern's.
        const auto k = static_cast<size_t>(got.front());
        const auto& plain = impl.plain_style_res[k];
        const RE2& re = plain != nullptr ? plain->get() : impl.style_res[k]->get();
        re2::StringPiece groups[2];
        const int ngroups = std::min(2, re.NumberOfCapturingGroups() + 1);
        REQUIRE(re.Match(line, 0, line.size(), RE2::ANCHOR_START, groups, ngroups));
        CHECK(first_ngroups == ngroups);
        CHECK(first[0] == groups[0]);
        if (ngroups > 1) CHECK(first[1].data() == groups[1].data());
        if (ngroups > 1) CHECK(first[1].size() == groups[1].size());
      }
    }
    INFO(lines.size() << " lines: answered " << answered << " (" << with_hits << " with hits, "
                      << turned_away << " turned away), lead lines " << lead_lines);
    CHECK(wrong == 0);
    CHECK(answered * 10 > lines.size() * 9);  // it answers nine lines in ten
    CHECK(with_hits > 10000);
    CHECK(turned_away > 10000);
  }
}
