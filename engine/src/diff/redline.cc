// Redline(): a word-level diff that reads well.
//
// Approach: the texts are cut into tokens by ICU word segmentation
// (text_fold.h WordTokens: words, each punctuation mark, whitespace runs), and
// tokens are interned to integers in order of first appearance; the token
// ids are diffed by patience diff with a Myers fallback (diff/token_diff.cc).
// Before any of this, the bytes the two texts share at either end are cut off
// at a token boundary both sides agree on (a space followed by an ASCII
// letter or digit) and never tokenized (diff/shared_ends.cc): the token diff
// of the middles, with the shared ends as equalities around it, is exactly
// the diff of the whole texts.
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
#include "diff/shared_ends.h"
#include "diff/token_diff.h"

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

using Op = diff::TokenOp;

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

bool HasWordByte(std::string_view token) {
  for (unsigned char c : token) {
    if (c >= 0x80 || std::isalnum(c)) return true;
  }
  return false;
}

}  // namespace

std::vector<RedlineSegment> Redline(std::string_view old_text, std::string_view new_text,
                                    const RedlineOptions& options) {
  diff::SharedEnds ends = diff::SharedEndsOf(old_text, new_text);
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
  std::vector<Op> ops = diff::DiffTokens(a, b, std::max(1, options.max_edit_distance), ids.size());

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
