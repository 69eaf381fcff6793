// The words of a report's interface in the reader's language: labels are
// grammar data (<report-labels> in grammars/<code>.xml), looked up by key,
// with {placeholders} filled from the call. A language whose grammar lacks a
// label falls back to the English grammar's, then to the key itself, so a
// third language can be added one label at a time.
#ifndef CONGVAN_SRC_IO_REPORT_LABELS_H_
#define CONGVAN_SRC_IO_REPORT_LABELS_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "congvan/document.h"
#include "congvan/grammar.h"

namespace congvan::io_internal {

class ReportLabels {
 public:
  using Values = std::vector<std::pair<std::string_view, std::string>>;

  // The labels of `language` from the grammars in `grammar_dir` (empty = the
  // default). A grammar that cannot be loaded leaves its labels out (the
  // parse that came before would have reported it).
  ReportLabels(const Language& language, const std::string& grammar_dir);

  // The label for `key` with each "{name}" of `values` replaced (plain text,
  // not escaped).
  std::string Get(std::string_view key, const Values& values = {}) const;

  // An ISO 8601 date ("2024-01-15") written as the "date" label says
  // ({d} {dd} {m} {mm} {yyyy} {month}); other text is returned unchanged.
  std::string Date(const std::string& iso) const;

  const Language& language() const { return language_; }

 private:
  Language language_;
  std::shared_ptr<const Grammar> grammar_, english_;
};

}  // namespace congvan::io_internal

#endif  // CONGVAN_SRC_IO_REPORT_LABELS_H_
