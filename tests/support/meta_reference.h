// Test helper: the plain answer to Grammar::FindMeta — each of a field's
// patterns, as the grammar file lists them, run alone over the text or its
// whole fold (FoldWithOffsets maps folded matches back) — and FindMeta's own
// answer in the same form, so a test of a gate or a bound on the metadata
// path compares the two on real texts.
#ifndef CONGVAN_TESTS_SUPPORT_META_REFERENCE_H_
#define CONGVAN_TESTS_SUPPORT_META_REFERENCE_H_

#include <re2/re2.h>

#include <cstddef>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "congvan/grammar.h"

namespace congvan::testing {

// A field's pattern as the grammar file lists it.
struct FieldPattern {
  std::unique_ptr<RE2> re;
  bool folded = false;
  std::string value;
  bool scoped =
      false;  // FindMeta(field, text) runs only unscoped ones; a scoped one keeps its number
};

// The patterns of `field` in the shipped grammar of `language` ("vi", "en"),
// in file order (each index is FindMeta's pattern number within the field).
std::vector<FieldPattern> FieldPatterns(const std::string& language, const std::string& field);

// (begin, end, pattern, value) of each match, sorted.
using MetaFound = std::vector<std::tuple<size_t, size_t, int, std::string>>;

// What `grammar.FindMeta(field, text)` answered, in the reference's form.
MetaFound FindMetaAnswer(const Grammar& grammar, const std::string& field, const std::string& text);

// Every unscoped pattern of `patterns` alone, on `text` or its whole fold.
MetaFound ReferenceMetaAnswer(const std::vector<FieldPattern>& patterns, const std::string& text);

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_META_REFERENCE_H_
