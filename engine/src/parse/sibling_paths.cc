// Sibling paths compared past their common prefix: as they rise, or as
// their components packed into words and sorted as integers
// (parse/sibling_paths.h).
#include "parse/sibling_paths.h"

#include <algorithm>
#include <string_view>

namespace congvan::parse {

namespace {

constexpr size_t kMaxPacked = 7;  // bytes of a component in a word; its length in the eighth

// `s` (at most kMaxPacked bytes) and its length in one word: equal words,
// equal strings.
std::uint64_t Packed(std::string_view s) {
  std::uint64_t word = s.size();
  for (size_t k = 0; k < s.size(); ++k) {
    word |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[k])) << (8 * (k + 1));
  }
  return word;
}

// Whether `a` comes before `b` byte by byte from byte `from` on (as unsigned
// bytes, as string_view compares), for two paths of the same length: a few
// bytes, compared here rather than by a call per sibling.
// REQUIRES: a.size() == b.size().
bool BytesBefore(std::string_view a, std::string_view b, size_t from) {
  for (size_t k = from; k < a.size(); ++k) {
    if (a[k] != b[k]) return static_cast<unsigned char>(a[k]) < static_cast<unsigned char>(b[k]);
  }
  return false;
}

}  // namespace

bool SiblingPathsRise(std::span<const Node> children, size_t prefix) {
  for (size_t k = 1; k < children.size(); ++k) {
    std::string_view a = children[k - 1].path.view(), b = children[k].path.view();
    if (a.size() > b.size() || (a.size() == b.size() && !BytesBefore(a, b, prefix))) return false;
  }
  return true;
}

bool SiblingSuffixesDiffer(std::span<const Node> children, size_t prefix,
                           std::vector<std::uint64_t>* words) {
  words->clear();
  for (const Node& child : children) {
    const std::string_view path = child.path.view();
    if (path.size() <= prefix || path.size() - prefix > kMaxPacked) return false;
    words->push_back(Packed(path.substr(prefix)));
  }
  std::sort(words->begin(), words->end());
  return std::adjacent_find(words->begin(), words->end()) == words->end();
}

}  // namespace congvan::parse
