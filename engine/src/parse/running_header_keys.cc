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
#include <cstring>
#include <map>
#include <numeric>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "congvan/text_fold.h"

namespace congvan::parse {

namespace {

constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;

uint64_t Mix(uint64_t h, uint64_t block) {
  h ^= block;
  h *= kMultiplier;
  return h ^ (h >> 29);
}

// Sixteen bytes of the fold at `p`, digits as '#', mixed into `h`.
uint64_t MixBlock(uint64_t h, const unsigned char* p) {
  uint64_t low = 0, high = 0;
#if defined(__SSE2__)
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  v = _mm_or_si128(_mm_andnot_si128(digit, v), _mm_and_si128(digit, _mm_set1_epi8('#')));
  low = static_cast<uint64_t>(_mm_cvtsi128_si64(v));
  high = static_cast<uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(v, v)));
#else
  unsigned char block[16];
  for (size_t k = 0; k < 16; ++k) block[k] = (p[k] >= '0' && p[k] <= '9') ? '#' : p[k];
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
  for (char& c : key) c = (c >= '0' && c <= '9') ? '#' : c;
  return key;
}

uint32_t HeaderKeyHash(std::string_view folded) {
  const auto* p = reinterpret_cast<const unsigned char*>(folded.data());
  size_t n = folded.size();
  uint64_t h = Mix(0, n);
  for (; n >= 16; n -= 16, p += 16) h = MixBlock(h, p);
  if (n > 0) {
    unsigned char rest[16] = {};
    std::memcpy(rest, p, n);
    h = MixBlock(h, rest);
  }
  return static_cast<uint32_t>(h ^ (h >> 32));
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
