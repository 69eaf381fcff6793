// Report labels from the grammars: the reader's language first, English
// second, the key last. Placeholders are replaced in one left-to-right pass,
// so a value that itself contains "{…}" (a document's text) is never read
// as a placeholder.
#include "io/report_labels.h"

#include <re2/re2.h>

#include <cstdio>

#include "congvan/parse.h"

namespace congvan::io_internal {
namespace {

std::shared_ptr<const Grammar> FindGrammar(const std::vector<std::shared_ptr<const Grammar>>& all,
                                           const Language& language) {
  for (const auto& g : all) {
    if (g->language() == language) return g;
  }
  return nullptr;
}

std::string TwoDigits(int v) {
  char digits[16];
  std::snprintf(digits, sizeof digits, "%02d", v);
  return digits;
}

}  // namespace

ReportLabels::ReportLabels(const Language& language, const std::string& grammar_dir)
    : language_(language) {
  auto all = AllGrammars(grammar_dir);
  if (!all.ok()) return;
  grammar_ = FindGrammar(*all, language);
  english_ = FindGrammar(*all, Language::kEnglish);
}

std::string ReportLabels::Get(std::string_view key, const Values& values) const {
  const std::string* label = grammar_ ? grammar_->ReportLabel(key) : nullptr;
  if (!label && english_) label = english_->ReportLabel(key);
  std::string_view pattern = label ? std::string_view(*label) : key;
  std::string out;
  size_t at = 0;
  while (at < pattern.size()) {
    size_t open = pattern.find('{', at);
    size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(pattern.substr(at, open - at));
    std::string_view name = pattern.substr(open + 1, close - open - 1);
    bool filled = false;
    for (const auto& [placeholder, value] : values) {
      if (placeholder == name) {
        out += value;
        filled = true;
        break;
      }
    }
    if (!filled) out.append(pattern.substr(open, close - open + 1));
    at = close + 1;
  }
  out.append(pattern.substr(at));
  return out;
}

std::string ReportLabels::Date(const std::string& iso) const {
  static const RE2 kIso(R"((\d{4})-(\d{2})-(\d{2}))");
  int y = 0, m = 0, d = 0;
  if (!RE2::FullMatch(iso, kIso, &y, &m, &d) || m < 1 || m > 12) return iso;
  const Grammar* names =
      grammar_ && !grammar_->MonthName(m).empty() ? grammar_.get() : english_.get();
  std::string month = names ? names->MonthName(m) : std::to_string(m);
  return Get("date", {{"d", std::to_string(d)},
                      {"dd", TwoDigits(d)},
                      {"m", std::to_string(m)},
                      {"mm", TwoDigits(m)},
                      {"yyyy", std::to_string(y)},
                      {"month", month}});
}

}  // namespace congvan::io_internal
