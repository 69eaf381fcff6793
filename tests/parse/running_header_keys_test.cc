// Running-header lines grouped by key hash (parse/running_header_keys.h) are
// grouped as a map keyed by the key strings groups them (the plain way the
// pass had): the same groups, in the same order, with the same keys, on every
// corpus and unseen text's short lines — with the real hash, and with hashes
// that collide on purpose (all equal; a few values), which only the check
// against the keys can sort out.
#include "parse/running_header_keys.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "congvan/text_fold.h"
#include "parse/parse_internal.h"
#include "support/corpus.h"

using congvan::parse::GroupByHeaderKey;
using congvan::parse::HeaderGroups;
using congvan::parse::HeaderKey;
using congvan::parse::HeaderKeyHash;
using congvan::parse::KeepsHeaderKeyHash;
using congvan::parse::RunText;
using congvan::parse::SourceLine;
using congvan::parse::SplitLines;

namespace {

// The plain way: a map from each key string to its lines.
HeaderGroups PlainGroups(const std::vector<SourceLine>& lines,
                         const std::vector<size_t>& candidates) {
  std::map<std::string, std::vector<size_t>> seen;
  for (size_t k : candidates) seen[HeaderKey(lines, k)].push_back(k);
  HeaderGroups plain;
  for (auto& [key, where] : seen) {
    if (where.size() < 2) continue;
    plain.keys.push_back(key);
    plain.groups.push_back(where);
  }
  return plain;
}

}  // namespace

TEST_CASE("header lines grouped by key hash are grouped as by their keys", "[parse]") {
  size_t grouped = 0, texts = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    const std::vector<SourceLine> lines = SplitLines(text);
    std::vector<size_t> candidates;
    std::vector<uint32_t> hashes;
    std::string joined, folded;
    for (size_t k = 0; k < lines.size(); ++k) {
      if (!KeepsHeaderKeyHash(lines[k])) continue;
      candidates.push_back(k);
      folded.clear();  // as the cue stage folds the line
      congvan::AppendFoldEndsForCues(RunText(lines, k, joined), &folded);
      hashes.push_back(HeaderKeyHash(folded));
    }
    const HeaderGroups plain = PlainGroups(lines, candidates);
    std::vector<uint32_t> all_equal(hashes.size(), 7);
    std::vector<uint32_t> few(hashes.size());
    for (size_t c = 0; c < few.size(); ++c) few[c] = hashes[c] % 5;
    for (const std::vector<uint32_t>* given : {&hashes, &all_equal, &few}) {
      const HeaderGroups found = GroupByHeaderKey(lines, candidates, *given);
      REQUIRE(found.keys == plain.keys);
      REQUIRE(found.groups == plain.groups);
    }
    grouped += plain.groups.size();
    ++texts;
  }
  CHECK(texts >= 41);
  CHECK(grouped > 100);  // the texts repeat short lines: the groups are tested
}

TEST_CASE("the key hash reads digits as '#' and tells other folds apart", "[parse]") {
  CHECK(HeaderKeyHash("cong bao/so 11 + 12/ngay 10-01-2023") ==
        HeaderKeyHash("cong bao/so 99 + 30/ngay 31-12-1999"));
  CHECK(HeaderKeyHash("trang 1") == HeaderKeyHash("trang #"));
  CHECK(HeaderKeyHash("trang 1") != HeaderKeyHash("trang 1 "));  // the length counts
  CHECK(HeaderKeyHash("") != HeaderKeyHash(std::string(1, '\0')));
  // Past the first sixteen bytes, and in the last partial block.
  CHECK(HeaderKeyHash("van ban quy pham phap luat 2") !=
        HeaderKeyHash("van ban quy pham phap luax 2"));
}
