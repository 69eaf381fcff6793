// Redline(): a word-level diff that reads well.
//
// Approach: the texts are cut into tokens by ICU word segmentation
// (text_fold.h WordTokens: words, each punctuation mark, whitespace runs), and
// tokens are interned to integers. The diff is patience diff: tokens that
// occur exactly once in both ranges are matched, the longest increasing run
// of those matches becomes anchors, and the gaps between anchors are diffed
// recursively; a gap without unique tokens falls back to Myers' O(ND)
// greedy algorithm (with a hard limit on D, beyond which the gap is one
// deletion + one insertion). Common prefix and suffix are trimmed first at
// every level. Before any of this, the bytes the two texts share at either
// end are cut off at a token boundary both sides agree on (a space followed
// by an ASCII letter or digit) and never tokenized: most redlines are of
// texts reworded in a few places, and ICU word breaking was most of their
// cost. The token diff of the middles, with the shared ends as equalities
// around it, is exactly the diff of the whole texts (see SharedEnds).
//
// The raw token diff is then cleaned up semantically (after Fraser's
// diff-match-patch cleanupSemantic): an equality lying between two edits is
// folded into them when it is no longer than the edits on both sides, or
// holds at most RedlineOptions::max_absorbed_words words — so a rewritten
// clause reads as one deletion followed by one insertion. Within every run of
// edits the deleted text comes first and the inserted text second, so the
// equal+delete and equal+insert segments reassemble the old and the new text
// exactly.
#include "congvan/redline.h"

#include <absl/container/flat_hash_map.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "congvan/text_fold.h"
#include "text/longest_increasing.h"

namespace congvan {

const char* RedlineOpName(RedlineOp op) {
  switch (op) {
    case RedlineOp::kEqual:
      return "equal";
    case RedlineOp::kInsert:
      return "insert";
    case RedlineOp::kDelete:
      return "delete";
  }
  return "unknown";
}

std::vector<std::string> RedlineTokens(std::string_view text) {
  std::vector<std::string> out;
  for (const WordToken& t : WordTokens(text)) {
    out.emplace_back(text.substr(t.begin, t.end - t.begin));
  }
  return out;
}

namespace {

enum class Op : char { kEq, kDel, kIns };

class TokenDiff {
 public:
  // Token ids are below token_count.
  TokenDiff(const std::vector<int>& a, const std::vector<int>& b, int max_d, size_t token_count)
      : a_(a), b_(b), max_d_(max_d), count_a_(token_count), count_b_(token_count) {}

  // Per-token ops in an order that consumes a and b left to right.
  std::vector<Op> Run() {
    Diff(0, static_cast<int>(a_.size()), 0, static_cast<int>(b_.size()), 0);
    return std::move(ops_);
  }

 private:
  void Emit(Op op, int count) { ops_.insert(ops_.end(), static_cast<size_t>(count), op); }

  void Diff(int a0, int a1, int b0, int b1, int depth) {
    int prefix = 0;
    while (a0 + prefix < a1 && b0 + prefix < b1 &&
           a_[size_t(a0 + prefix)] == b_[size_t(b0 + prefix)])
      ++prefix;
    Emit(Op::kEq, prefix);
    a0 += prefix;
    b0 += prefix;
    int suffix = 0;
    while (a1 - suffix > a0 && b1 - suffix > b0 &&
           a_[size_t(a1 - 1 - suffix)] == b_[size_t(b1 - 1 - suffix)])
      ++suffix;
    a1 -= suffix;
    b1 -= suffix;
    if (a0 == a1 || b0 == b1) {
      Emit(Op::kDel, a1 - a0);
      Emit(Op::kIns, b1 - b0);
    } else if (depth > 64 || !Patience(a0, a1, b0, b1, depth)) {
      Myers(a0, a1, b0, b1);
    }
    Emit(Op::kEq, suffix);
  }

  // Anchors on tokens unique in both ranges; false when there are none.
  // The per-token counts are dense arrays, back at zero before recursing.
  bool Patience(int a0, int a1, int b0, int b1, int depth) {
    for (int i = a0; i < a1; ++i) Count(&count_a_[size_t(a_[size_t(i)])], i);
    for (int j = b0; j < b1; ++j) Count(&count_b_[size_t(b_[size_t(j)])], j);
    std::vector<std::pair<int, int>> matches;  // (pos in a, pos in b), ordered by a
    for (int i = a0; i < a1; ++i) {
      const Seen& in_a = count_a_[size_t(a_[size_t(i)])];
      const Seen& in_b = count_b_[size_t(a_[size_t(i)])];
      if (in_a.count == 1 && in_b.count == 1) matches.emplace_back(i, in_b.pos);
    }
    for (int i = a0; i < a1; ++i) count_a_[size_t(a_[size_t(i)])] = Seen{};
    for (int j = b0; j < b1; ++j) count_b_[size_t(b_[size_t(j)])] = Seen{};
    if (matches.empty()) return false;
    // The longest increasing run of b positions (matches are ordered by a).
    std::vector<int> b_positions;
    b_positions.reserve(matches.size());
    for (const auto& m : matches) b_positions.push_back(m.second);
    std::vector<std::pair<int, int>> anchors;
    for (size_t k : text::LongestIncreasingSubsequence(b_positions)) anchors.push_back(matches[k]);
    int pa = a0, pb = b0;
    for (auto [i, j] : anchors) {
      Diff(pa, i, pb, j, depth + 1);
      Emit(Op::kEq, 1);
      pa = i + 1;
      pb = j + 1;
    }
    Diff(pa, a1, pb, b1, depth + 1);
    return true;
  }

  // Myers' greedy O(ND) diff with a trace for backtracking.
  void Myers(int a0, int a1, int b0, int b1) {
    int n = a1 - a0, m = b1 - b0;
    int max_d = std::min(n + m, max_d_);
    int offset = max_d + 1;
    std::vector<int> v(size_t(2 * max_d + 3), 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max_d && found < 0; ++d) {
      trace.push_back(v);
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)])) {
          x = v[size_t(offset + k + 1)];
        } else {
          x = v[size_t(offset + k - 1)] + 1;
        }
        int y = x - k;
        while (x < n && y < m && a_[size_t(a0 + x)] == b_[size_t(b0 + y)]) {
          ++x;
          ++y;
        }
        v[size_t(offset + k)] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
    }
    if (found < 0) {  // too different: one deletion + one insertion
      Emit(Op::kDel, n);
      Emit(Op::kIns, m);
      return;
    }
    // Backtrack from (n, m).
    std::vector<Op> rev;
    int x = n, y = m;
    for (int d = found; d > 0; --d) {
      const std::vector<int>& pv = trace[size_t(d)];
      int k = x - y;
      int prev_k;
      if (k == -d || (k != d && pv[size_t(offset + k - 1)] < pv[size_t(offset + k + 1)])) {
        prev_k = k + 1;
      } else {
        prev_k = k - 1;
      }
      int prev_x = pv[size_t(offset + prev_k)];
      int prev_y = prev_x - prev_k;
      while (x > prev_x && y > prev_y) {
        rev.push_back(Op::kEq);
        --x;
        --y;
      }
      if (x == prev_x) {
        rev.push_back(Op::kIns);
        --y;
      } else {
        rev.push_back(Op::kDel);
        --x;
      }
    }
    while (x > 0 && y > 0) {
      rev.push_back(Op::kEq);
      --x;
      --y;
    }
    ops_.insert(ops_.end(), rev.rbegin(), rev.rend());
  }

  // How often a token occurs in a range, and where last.
  struct Seen {
    int count = 0;
    int pos = 0;
  };
  static void Count(Seen* s, int pos) {
    ++s->count;
    s->pos = pos;
  }

  const std::vector<int>& a_;
  const std::vector<int>& b_;
  int max_d_;
  std::vector<Seen> count_a_, count_b_;
  std::vector<Op> ops_;
};

// An equality, or an edit run (deleted text, then inserted text).
struct Piece {
  bool equal = false;
  std::string text;  // equal
  std::string del, ins;
  int words = 0;  // word tokens in an equality
};

size_t Weight(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += (c != ' ' && c != '\t' && c != '\n') ? 1 : 0;
  return n;
}

// The tokens of `text` as views into it.
std::vector<std::string_view> TokenViews(std::string_view text) {
  std::vector<std::string_view> out;
  std::vector<WordToken> tokens = WordTokens(text);
  out.reserve(tokens.size());
  for (const WordToken& t : tokens) out.push_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

// The ends two texts share, cut where ICU's word breaking necessarily breaks
// and looks no further: after a space and before an ASCII letter or digit
// (no rule joins a space to a letter, and no rule that joins the characters
// before a space looks past it). So each text's tokens are the tokens of its
// shared prefix, then of its middle, then of its shared suffix, as if each
// part stood alone. The prefix is cut within the bytes both texts share from
// the start, the suffix within those they share at the end apart from that
// prefix; then the token diff's own prefix trim stops inside both middles
// (tokens it matches cover bytes both texts share from the start), and the
// diff of the whole token sequences is: the prefix's tokens equal, the diff
// of the middles, the suffix's tokens equal.
struct SharedEnds {
  size_t prefix = 0;  // bytes
  size_t suffix = 0;  // bytes
};

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

SharedEnds SharedEndsOf(std::string_view a, std::string_view b) {
  SharedEnds ends;
  size_t shortest = std::min(a.size(), b.size());
  size_t same_start = 0;
  while (same_start < shortest && a[same_start] == b[same_start]) ++same_start;
  // A cut at byte `cut` needs a[cut - 1] and a[cut] among the shared bytes.
  for (size_t cut = same_start; cut-- > 1;) {
    if (a[cut - 1] == ' ' && IsAsciiAlnum(a[cut])) {
      ends.prefix = cut;
      break;
    }
  }
  size_t same_end = 0;
  while (same_end < shortest - same_start &&
         a[a.size() - 1 - same_end] == b[b.size() - 1 - same_end])
    ++same_end;
  // The suffix opens at a.size() - k, with a[that - 1] shared: k < same_end.
  for (size_t k = same_end; k-- > 1;) {
    size_t cut = a.size() - k;
    if (a[cut - 1] == ' ' && IsAsciiAlnum(a[cut])) {
      ends.suffix = k;
      break;
    }
  }
  return ends;
}

bool HasWordByte(std::string_view token) {
  for (unsigned char c : token) {
    if (c >= 0x80 || std::isalnum(c)) return true;
  }
  return false;
}

}  // namespace

std::vector<RedlineSegment> Redline(std::string_view old_text, std::string_view new_text,
                                    const RedlineOptions& options) {
  SharedEnds ends = SharedEndsOf(old_text, new_text);
  std::string_view old_middle =
      old_text.substr(ends.prefix, old_text.size() - ends.prefix - ends.suffix);
  std::string_view new_middle =
      new_text.substr(ends.prefix, new_text.size() - ends.prefix - ends.suffix);
  std::vector<std::string_view> ta = TokenViews(old_middle), tb = TokenViews(new_middle);
  // Tokens interned to ids in order of first appearance; a token is a word
  // when any of its bytes is a letter, a digit or non-ASCII.
  absl::flat_hash_map<absl::string_view, int> ids;
  ids.reserve(ta.size() + tb.size());
  std::vector<bool> is_word;
  std::vector<int> a, b;
  for (const auto* tokens : {&ta, &tb}) {
    std::vector<int>& out = tokens == &ta ? a : b;
    out.reserve(tokens->size());
    for (std::string_view t : *tokens) {
      auto [it, inserted] =
          ids.try_emplace(absl::string_view(t.data(), t.size()), static_cast<int>(ids.size()));
      if (inserted) is_word.push_back(HasWordByte(t));
      out.push_back(it->second);
    }
  }
  std::vector<Op> ops = TokenDiff(a, b, std::max(1, options.max_edit_distance), ids.size()).Run();

  // Raw pieces. The shared ends are the first and the last equality, whose
  // word counts the clean-up never reads (it reads an equality between two
  // edits), so their words are not counted.
  std::vector<Piece> pieces;
  if (ends.prefix > 0)
    pieces.push_back(Piece{true, std::string(old_text.substr(0, ends.prefix)), "", "", 0});
  size_t i = 0, j = 0;
  for (Op op : ops) {
    if (op == Op::kEq) {
      if (pieces.empty() || !pieces.back().equal) pieces.push_back(Piece{true, "", "", "", 0});
      pieces.back().text += ta[i];
      pieces.back().words += is_word[size_t(a[i])] ? 1 : 0;
      ++i;
      ++j;
    } else {
      if (pieces.empty() || pieces.back().equal) pieces.push_back(Piece{});
      if (op == Op::kDel)
        pieces.back().del += ta[i++];
      else
        pieces.back().ins += tb[j++];
    }
  }

  if (ends.suffix > 0) {
    if (pieces.empty() || !pieces.back().equal) pieces.push_back(Piece{true, "", "", "", 0});
    pieces.back().text += old_text.substr(old_text.size() - ends.suffix);
  }

  // Semantic clean-up: fold short equalities between edits into the edits.
  if (options.semantic_cleanup) {
    bool changed = true;
    while (changed) {
      changed = false;
      for (size_t k = 1; k + 1 < pieces.size(); ++k) {
        if (!pieces[k].equal || pieces[k - 1].equal || pieces[k + 1].equal) continue;
        const Piece& before = pieces[k - 1];
        const Piece& after = pieces[k + 1];
        size_t eq = Weight(pieces[k].text);
        size_t lb = std::max(Weight(before.del), Weight(before.ins));
        size_t la = std::max(Weight(after.del), Weight(after.ins));
        bool small = pieces[k].words <= options.max_absorbed_words;
        if (!(small || (eq <= lb && eq <= la))) continue;
        Piece merged;
        merged.del = before.del + pieces[k].text + after.del;
        merged.ins = before.ins + pieces[k].text + after.ins;
        pieces[k - 1] = std::move(merged);
        pieces.erase(pieces.begin() + long(k), pieces.begin() + long(k) + 2);
        changed = true;
        break;
      }
    }
  }

  std::vector<RedlineSegment> out;
  for (Piece& p : pieces) {
    if (p.equal) {
      out.push_back({RedlineOp::kEqual, std::move(p.text)});
    } else {
      if (!p.del.empty()) out.push_back({RedlineOp::kDelete, std::move(p.del)});
      if (!p.ins.empty()) out.push_back({RedlineOp::kInsert, std::move(p.ins)});
    }
  }
  return out;
}

}  // namespace congvan
