// See reference_fold.h. Each code point's fold is remembered: the tests fold
// every code point of the corpus and the unseen laws (tens of MB), and
// FoldKey of one code point always gives the same bytes.
#include "support/reference_fold.h"

#include <unicode/utf8.h>

#include <string>
#include <unordered_map>

#include "congvan/text_fold.h"

namespace congvan::testing {
namespace {

const std::string& FoldOfCodePoint(std::string_view code_point) {
  thread_local std::unordered_map<std::string, std::string> folds;
  auto [it, added] = folds.try_emplace(std::string(code_point));
  if (added) it->second = congvan::FoldKey(code_point);
  return it->second;
}

}  // namespace

void ReferenceFoldWithOffsets(std::string_view line, std::string* out,
                              std::vector<uint32_t>* offsets) {
  out->clear();
  offsets->clear();
  const auto* p = reinterpret_cast<const uint8_t*>(line.data());
  for (int32_t i = 0; i < static_cast<int32_t>(line.size());) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, static_cast<int32_t>(line.size()), c);
    (void)c;
    std::string piece(
        FoldOfCodePoint(line.substr(static_cast<size_t>(start), static_cast<size_t>(i - start))));
    if (piece == " " || piece == "\t") {
      if (!out->empty() && out->back() == ' ') continue;
      piece = " ";
    }
    out->append(piece);
    offsets->resize(out->size(), static_cast<uint32_t>(start));
  }
  offsets->push_back(static_cast<uint32_t>(line.size()));
}

}  // namespace congvan::testing
