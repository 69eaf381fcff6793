// Paper kinds (see paper_kinds.h): each side's items of files get the kinds
// they name once (the text folded; the longest kind it opens with, and the
// one after each alternative word; all under the cheap loose fold, the
// whole text only of an item whose opening is a kind); then every one-to-one pair naming no kind
// in common looks among the siblings of its two sides for the one free item
// naming the other's opening kind.
#include "align/paper_kinds.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "align/align_vocabulary.h"
#include "align/merged_article_pairs.h"
#include "congvan/text_fold.h"

namespace congvan::align_internal {
namespace {

// The kinds an item names, as indices into the language's kinds: the one it
// opens with first, then one per alternative ("… hoặc Văn bản xác nhận …");
// empty for a task that is no item of a file.
using Kinds = std::vector<int>;

std::vector<std::string> WordsOf(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    bool cut = c == ' ' || c == '\n' || c == '\t' || c == ',' || c == ';' || c == ':' || c == '.' ||
               c == '(' || c == ')';
    if (!cut) {
      word.push_back(c);
      continue;
    }
    if (!word.empty()) out.push_back(std::move(word));
    word.clear();
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

bool OpensAt(const std::vector<std::string>& words, size_t at, const FoldedWords& phrase) {
  if (phrase.empty() || at + phrase.size() > words.size()) return false;
  for (size_t k = 0; k < phrase.size(); ++k) {
    if (words[at + k] != phrase[k]) return false;
  }
  return true;
}

// The longest kind the words open with at `at`; -1 when none.
int KindAt(const std::vector<std::string>& words, size_t at,
           const std::vector<FoldedWords>& kinds) {
  int found = -1;
  size_t best = 0;
  for (size_t k = 0; k < kinds.size(); ++k) {
    if (kinds[k].size() > best && OpensAt(words, at, kinds[k])) {
      best = kinds[k].size();
      found = static_cast<int>(k);
    }
  }
  return found;
}

// The opening read for a kind: enough bytes for the longest kind's words.
constexpr size_t kKindBytes = 64;
// The opening read for a file word: a provision announces the file it lists
// in its first words ("Hồ sơ đăng ký … gồm:", "Người yêu cầu đăng ký nộp 01 bộ
// hồ sơ … sau đây:", an article's heading).
constexpr size_t kFileBytes = 200;

// The text's first `bytes` bytes, cut at a blank so no letter is cut in two.
std::string_view Opening(const Node& node, size_t bytes) {
  std::string_view t(node.text.data(), node.text.size());
  if (t.size() <= bytes) return t;
  size_t blank = t.rfind(' ', bytes);
  return t.substr(0, blank == std::string_view::npos ? bytes : blank);
}

std::string_view TextOf(const IndexedTask& t) {
  return std::string_view(t.node->text.data(), t.node->text.size());
}

// The words looked for, under the loose key (FoldKey: no diacritics, a
// table lookup a byte; ICU's tone fold cost the decree 34 M instructions),
// as the vocabulary keeps them (align_vocabulary.h).
struct PaperWords {
  explicit PaperWords(const AlignVocabulary& v)
      : kinds(v.paper_kinds), files(Joined(v.file_words)), alternatives(v.paper_alternatives) {}

  static std::vector<std::string> Joined(const std::vector<FoldedWords>& phrases) {
    std::vector<std::string> out;
    for (const FoldedWords& phrase : phrases) {
      std::string joined;
      for (const std::string& w : phrase) joined += (joined.empty() ? "" : " ") + w;
      out.push_back(joined);
    }
    return out;
  }

  std::vector<FoldedWords> kinds;
  std::vector<std::string> files;  // each phrase's words joined by one space
  std::unordered_set<std::string> alternatives;
};

bool IsLetterByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

// Whether the text's opening holds one of the file phrases as whole words.
bool ListsFile(const IndexedTask& t, const PaperWords& w) {
  std::string folded = FoldKey(Opening(*t.node, kFileBytes));
  for (const std::string& phrase : w.files) {
    for (size_t at = folded.find(phrase); at != std::string::npos;
         at = folded.find(phrase, at + 1)) {
      size_t end = at + phrase.size();
      if ((at == 0 || !IsLetterByte(folded[at - 1])) &&
          (end == folded.size() || !IsLetterByte(folded[end])))
        return true;
    }
  }
  return false;
}

// The kinds the item's words name: its opening's, then each alternative's.
Kinds NamedKinds(const IndexedTask& t, const PaperWords& w) {
  Kinds out;
  if (KindAt(WordsOf(FoldKey(Opening(*t.node, kKindBytes))), 0, w.kinds) < 0) return out;
  std::vector<std::string> words = WordsOf(FoldKey(TextOf(t)));
  int opening = KindAt(words, 0, w.kinds);
  if (opening < 0) return out;
  out.push_back(opening);
  for (size_t at = 1; at + 1 < words.size(); ++at) {
    if (!w.alternatives.count(words[at])) continue;
    if (int k = KindAt(words, at + 1, w.kinds); k >= 0) out.push_back(k);
  }
  return out;
}

// Per task of one version, the kinds it names: a provision whose parent, or
// that parent's parent inside its article, says it lists a file, opening
// with a kind.
std::vector<Kinds> KindsOf(const TaskIndex& tasks, const PaperWords& w) {
  std::vector<Kinds> out(tasks.size());
  std::vector<signed char> says_file(tasks.size(), -1);  // -1: not read yet
  auto lists_file = [&](int p) {
    auto k = static_cast<size_t>(p);
    if (says_file[k] < 0) says_file[k] = ListsFile(tasks[k], w) ? 1 : 0;
    return says_file[k] == 1;
  };
  for (size_t i = 0; i < tasks.size(); ++i) {
    int p = tasks[i].parent;
    if (tasks[i].division || p < 0) continue;
    bool in_file = lists_file(p);
    int pp = tasks[static_cast<size_t>(p)].parent;
    if (!in_file && !tasks[static_cast<size_t>(p)].division && pp >= 0) in_file = lists_file(pp);
    if (in_file) out[i] = NamedKinds(tasks[i], w);
  }
  return out;
}

// Two kinds name one paper when the words of one open the other ("hợp
// đồng", "hợp đồng thế chấp").
bool SameKind(const std::vector<FoldedWords>& kinds, int a, int b) {
  const FoldedWords& x = kinds[static_cast<size_t>(a)];
  const FoldedWords& y = kinds[static_cast<size_t>(b)];
  return x.size() <= y.size() ? OpensAt(y, 0, x) : OpensAt(x, 0, y);
}

bool Names(const std::vector<FoldedWords>& kinds, const Kinds& named, int kind) {
  for (int k : named) {
    if (SameKind(kinds, k, kind)) return true;
  }
  return false;
}

bool ShareKind(const std::vector<FoldedWords>& kinds, const Kinds& a, const Kinds& b) {
  for (int k : a) {
    if (Names(kinds, b, k)) return true;
  }
  return false;
}

// The one sibling of task i (i excluded) that names `kind`; -1 when none or
// several.
int OnlySiblingNaming(const TaskIndex& tasks, const std::vector<Kinds>& named,
                      const std::vector<FoldedWords>& kinds, int i, int kind) {
  int p = tasks[static_cast<size_t>(i)].parent;
  int found = -1;
  for (int s : tasks[static_cast<size_t>(p)].children) {
    if (s == i || !Names(kinds, named[static_cast<size_t>(s)], kind)) continue;
    if (found >= 0) return -1;
    found = s;
  }
  return found;
}

class PaperRepair : public MergedArticleRepair {
 public:
  PaperRepair(const AlignInput& input, Matching* m, Groups* g, const AlignVocabulary& v)
      : MergedArticleRepair(input, m, g),
        words_(v),
        kinds_(words_.kinds),
        old_kinds_(KindsOf(input.old_tasks, words_)),
        new_kinds_(KindsOf(input.new_tasks, words_)) {}

  // Every one-to-one pair of items naming no kind in common, in old order.
  void Run() {
    for (int x = 0; x < static_cast<int>(input_.old_tasks.size()); ++x) {
      int y = m_.old_to_new[static_cast<size_t>(x)];
      const Kinds& kx = old_kinds_[static_cast<size_t>(x)];
      if (y < 0 || kx.empty() || !Plain(x, y)) continue;
      const Kinds& ky = new_kinds_[static_cast<size_t>(y)];
      if (ky.empty() || ShareKind(kinds_, kx, ky)) continue;
      int y2 = OnlySiblingNaming(input_.new_tasks, new_kinds_, kinds_, y, kx.front());
      if (y2 < 0 || !FreeNew(y2)) continue;
      int x2 = OnlySiblingNaming(input_.old_tasks, old_kinds_, kinds_, x, ky.front());
      Unpair(x, y);
      Pair(x, y2);
      if (x2 >= 0 && (FreeOld(x2) || TakeOutOfMerge(x2, y))) Pair(x2, y);
    }
  }

 private:
  // Takes old task o out of the merge it is a piece of, when that merge's
  // whole lies outside the list of new task y (a paper merged into another
  // file's provision); a merge left with one piece and no partner becomes
  // that piece's one-to-one pair. False when o is no such piece.
  bool TakeOutOfMerge(int o, int y) {
    const auto& cp = g_.cp_old[static_cast<size_t>(o)];
    if (cp.size() != 1 || m_.old_to_new[static_cast<size_t>(o)] >= 0) return false;
    int w = cp.front();
    auto& pieces = g_.merge_pieces[static_cast<size_t>(w)];
    auto at = std::find(pieces.begin(), pieces.end(), o);
    if (at == pieces.end() || Inside(input_.new_tasks, input_.New(y).parent, w)) return false;
    pieces.erase(at);
    auto& whole_cp = g_.cp_new[static_cast<size_t>(w)];
    whole_cp.erase(std::find(whole_cp.begin(), whole_cp.end(), o));
    g_.cp_old[static_cast<size_t>(o)].clear();
    if (pieces.size() == 1 && m_.new_to_old[static_cast<size_t>(w)] < 0) {
      m_.old_to_new[static_cast<size_t>(pieces.front())] = w;
      m_.new_to_old[static_cast<size_t>(w)] = pieces.front();
      pieces.clear();
    }
    return true;
  }

  const PaperWords words_;
  const std::vector<FoldedWords>& kinds_;
  const std::vector<Kinds> old_kinds_;
  const std::vector<Kinds> new_kinds_;
};

}  // namespace

void PairPapersByKind(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  const AlignVocabulary& v = VocabularyFor(input.new_doc.language, input.options.grammar_dir);
  if (v.paper_kinds.empty() || v.file_words.empty()) return;
  PaperRepair(input, matching, groups, v).Run();
}

}  // namespace congvan::align_internal
