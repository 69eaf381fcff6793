// Running-header keys and their grouping (parse/running_header_keys.h).
//
// Approach: the hash reads the fold sixteen bytes at a time (SSE2: digits
// turned into '#' with two compares and a blend, then the block's two
// halves mixed in; a byte loop does the same without SSE2), so it costs
// about a byte's instruction where a fold costs sixteen. The candidates are
// sorted by hash (stably: each group stays in line order) and every run of
// equal hashes is checked against its first line before it is a group.
#include "parse/running_header_keys.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <map>
#include <numeric>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "congvan/text_fold.h"

namespace congvan::parse {

namespace {

// A cue fold with its digits as '#'.
std::string KeyOfFold(std::string fold) {
  for (char& c : fold) c = (c >= '0' && c <= '9') ? '#' : c;
  return fold;
}

constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;

uint64_t Mix(uint64_t h, uint64_t block) {
  h ^= block;
  h *= kMultiplier;
  return h ^ (h >> 29);
}

// Whether "trang " or "page " ends at `at` of `folded`: where the key has
// '#' after a space, whether it names a page there (PageLikeKey).
bool PageNameEndsAt(std::string_view folded, size_t at) {
  if (at < 5) return false;
  const std::string_view before = folded.substr(0, at);
  switch (before[at - 2]) {  // the name's last letter
    case 'g':
      return before.ends_with("trang ");
    case 'e':
      return before.ends_with("page ");
    default:
      return false;
  }
}

// The key's numbers after a space ('#' after ' '), block by block as the
// hash reads them: whether one of them is a page's ("trang #", "page #").
class PageNumberScan {
 public:
  explicit PageNumberScan(std::string_view folded) : folded_(folded) {}
  // The lanes of the next sixteen key bytes that hold '#' and ' '.
  void Add(uint32_t hashes, uint32_t spaces) {
    uint32_t after_space = hashes & ((spaces << 1) | space_before_);
    space_before_ = (spaces >> 15) & 1;
    for (; after_space != 0 && !page_like_; after_space &= after_space - 1)
      page_like_ = PageNameEndsAt(folded_, block_ + std::countr_zero(after_space));
    block_ += 16;
  }
  bool page_like() const { return page_like_; }

 private:
  std::string_view folded_;
  size_t block_ = 0;           // the offset of the next block
  uint32_t space_before_ = 0;  // the last block's last byte was a space
  bool page_like_ = false;
};

// Sixteen bytes of the fold at `p`, digits as '#', mixed into `h`; their
// numbers after a space given to `pages`.
[[gnu::always_inline]] inline uint64_t MixBlock(uint64_t h, const unsigned char* p,
                                                PageNumberScan& pages) {
  uint64_t low = 0, high = 0;
#if defined(__SSE2__)
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  v = _mm_or_si128(_mm_andnot_si128(digit, v), _mm_and_si128(digit, _mm_set1_epi8('#')));
  pages.Add(static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('#')))),
            static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')))));
  low = static_cast<uint64_t>(_mm_cvtsi128_si64(v));
  high = static_cast<uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(v, v)));
#else
  unsigned char block[16];
  uint32_t hashes = 0, spaces = 0;
  for (size_t k = 0; k < 16; ++k) {
    block[k] = (p[k] >= '0' && p[k] <= '9') ? '#' : p[k];
    hashes |= block[k] == '#' ? 1u << k : 0u;
    spaces |= block[k] == ' ' ? 1u << k : 0u;
  }
  pages.Add(hashes, spaces);
  std::memcpy(&low, block, 8);
  std::memcpy(&high, block + 8, 8);
#endif
  return Mix(Mix(h, low), high);
}

// Whether a and b are the same bytes but where both hold an ASCII digit.
bool SameButDigits(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (std::memcmp(a.data(), b.data(), a.size()) == 0) return true;
  for (size_t k = 0; k < a.size(); ++k) {
    bool digits = a[k] >= '0' && a[k] <= '9' && b[k] >= '0' && b[k] <= '9';
    if (a[k] != b[k] && !digits) return false;
  }
  return true;
}

// Splits `members` (one hash, ascending) into the groups of their keys,
// appended to `out` (groups of two or more).
void SplitByKey(const std::vector<SourceLine>& lines, const std::vector<size_t>& members,
                HeaderGroups& out) {
  std::string first_joined, joined;
  std::string_view first = RunText(lines, members[0], first_joined);
  bool same = std::all_of(members.begin() + 1, members.end(), [&](size_t k) {
    return SameButDigits(RunText(lines, k, joined), first);
  });
  if (same) {  // nearly always: a header repeats its text
    out.groups.push_back(members);
    out.keys.push_back(HeaderKey(lines, members[0]));
    return;
  }
  std::map<std::string, std::vector<size_t>> by_key;
  for (size_t k : members) by_key[HeaderKey(lines, k)].push_back(k);
  for (auto& [key, where] : by_key) {
    if (where.size() < 2) continue;
    out.groups.push_back(std::move(where));
    out.keys.push_back(key);
  }
}

}  // namespace

std::string_view RunText(const std::vector<SourceLine>& lines, size_t i, std::string& joined) {
  if (!lines[i].opens_bold_run && !lines[i].opens_italic_run) return lines[i].text;
  for (size_t j = i + 1; j < lines.size(); ++j) {
    if (lines[j].blank) continue;
    if (!lines[j].continues_run) break;
    joined.assign(lines[i].text).append(" ").append(lines[j].text);
    return joined;
  }
  return lines[i].text;
}

std::string HeaderKey(const std::vector<SourceLine>& lines, size_t i) {
  std::string joined;
  std::string key;
  AppendFoldEndsForCues(RunText(lines, i, joined), &key);
  return KeyOfFold(std::move(key));
}

bool PageLikeKey(std::string_view key) {
  return key.find("trang #") != std::string_view::npos ||
         key.find("page #") != std::string_view::npos;
}

uint32_t HeaderKeyHash(std::string_view folded) {
  const auto* p = reinterpret_cast<const unsigned char*>(folded.data());
  size_t n = folded.size();
  uint64_t h = Mix(0, n);
  PageNumberScan pages(folded);
  for (; n >= 16; n -= 16, p += 16) h = MixBlock(h, p, pages);
  if (n > 0) {
    unsigned char rest[16] = {};
    std::memcpy(rest, p, n);
    h = MixBlock(h, rest, pages);
  }
  const auto hash = static_cast<uint32_t>(h ^ (h >> 32));
  return (hash & ~kPageLikeBit) | (pages.page_like() ? kPageLikeBit : 0);
}

HeaderGroups GroupByHeaderKey(const std::vector<SourceLine>& lines,
                              const std::vector<size_t>& candidates,
                              const std::vector<uint32_t>& hashes) {
  std::vector<size_t> order(candidates.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return hashes[a] < hashes[b]; });
  HeaderGroups found;
  std::vector<size_t> members;
  for (size_t at = 0; at < order.size();) {
    size_t end = at + 1;
    while (end < order.size() && hashes[order[end]] == hashes[order[at]]) ++end;
    if (end - at >= 2) {
      members.clear();
      for (size_t c = at; c < end; ++c) members.push_back(candidates[order[c]]);
      SplitByKey(lines, members, found);
    }
    at = end;
  }
  // In the order of the keys, as a map keyed by them would give.
  std::vector<size_t> by_key(found.groups.size());
  std::iota(by_key.begin(), by_key.end(), size_t{0});
  std::sort(by_key.begin(), by_key.end(),
            [&](size_t a, size_t b) { return found.keys[a] < found.keys[b]; });
  HeaderGroups sorted;
  for (size_t g : by_key) {
    sorted.groups.push_back(std::move(found.groups[g]));
    sorted.keys.push_back(std::move(found.keys[g]));
  }
  return sorted;
}

}  // namespace congvan::parse
