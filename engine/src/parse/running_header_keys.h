// What a running header is known by, and the grouping of the lines that may
// be one by that key.
//
// Approach: a running header is known by its line's cue fold with the digits
// as '#' ("cong bao/so ## + ##/ngay ##-##-####", HeaderKey). Folding every
// short line a second time to make that string, and keying a map by it, was
// most of the running-header pass. Now the cue stage, which folds every line
// anyway, keeps a 32-bit hash of the key of each short line (HeaderKeyHash,
// four bytes a line of at most kMaxRunningHeaderBytes, alive until the
// running headers are grouped), and the lines are grouped by that hash.
// The hash only proposes: a group of two or more is checked line by line —
// lines whose texts are the same but for their digits have the same key (the
// fold maps an ASCII digit to itself and nothing else to a digit), and
// anything else is folded and its key compared — so the groups are those of
// the string keys, whatever the hash. A group of one stays under the two
// lines any header needs, as before, without a fold.
#ifndef CONGVAN_PARSE_RUNNING_HEADER_KEYS_H_
#define CONGVAN_PARSE_RUNNING_HEADER_KEYS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parse/parse_internal.h"

namespace congvan::parse {

// A line may be a running header only when it is this short.
inline constexpr size_t kMaxRunningHeaderBytes = 160;

// Whether line `k` is one whose key hash the cue stage keeps.
inline bool KeepsHeaderKeyHash(const SourceLine& line) {
  return !line.blank && line.text.size() <= kMaxRunningHeaderBytes;
}

// The text cues see for line i: with the rest of a bold or italic run that
// the next line closes ("**CHÍNH" / "PHỦ**" reads "CHÍNH PHỦ"). The line
// itself, or the joined run written into `joined`.
std::string_view RunText(const std::vector<SourceLine>& lines, size_t i, std::string& joined);

// Line i's key: the cue fold of RunText with its digits as '#'.
std::string HeaderKey(const std::vector<SourceLine>& lines, size_t i);

// Whether a key names a page ("trang #", "page #"): a header such as
// "Trang 2/5" needs only two lines and no page edge.
bool PageLikeKey(std::string_view key);

// A hash of the key whose cue fold is `folded` (digits hashed as '#'). Its
// kPageLikeBit is PageLikeKey of the key, so a pass can tell from the hashes
// alone that no line names a page (running_header_gate.h).
inline constexpr uint32_t kPageLikeBit = 1;
uint32_t HeaderKeyHash(std::string_view folded);

// The lines of `candidates` (ascending) grouped by their keys, as a map keyed
// by HeaderKey would group them: each group ascending, groups of one left
// out, and `keys[g]` group g's key; the groups in the order of their keys.
// `hashes[c]` is HeaderKeyHash of candidate c's fold.
struct HeaderGroups {
  std::vector<std::vector<size_t>> groups;
  std::vector<std::string> keys;
};
HeaderGroups GroupByHeaderKey(const std::vector<SourceLine>& lines,
                              const std::vector<size_t>& candidates,
                              const std::vector<uint32_t>& hashes);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_RUNNING_HEADER_KEYS_H_
