// File lead-ins (see file_lead_ins.h): every old lead-in of a file is read
// once (its opening folded under the loose key, as paper_kinds.cc reads
// files); its first item's opening kind is looked for in the openings of
// the new clauses it may have gone to, which are few: the partner of that
// item, or the free clauses directly under the counterpart articles.
#include "align/file_lead_ins.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "align/align_vocabulary.h"
#include "align/lead_in.h"
#include "align/merged_article_pairs.h"
#include "congvan/text_fold.h"

namespace congvan::align_internal {
namespace {

// A lead-in announces its file, and a clause its paper, in its first words.
constexpr size_t kOpeningBytes = 200;

// The node's first `bytes` bytes, cut at a blank, folded, cut into words.
std::vector<std::string> OpeningWords(const Node& node, size_t bytes) {
  std::string_view t(node.text.data(), node.text.size());
  if (t.size() > bytes) {
    size_t blank = t.rfind(' ', bytes);
    t = t.substr(0, blank == std::string_view::npos ? bytes : blank);
  }
  std::string folded = FoldKey(t);
  std::vector<std::string> out;
  std::string word;
  for (char c : folded) {
    if (c == ' ' || c == '\n' || c == '\t' || c == ',' || c == ';' || c == ':' || c == '.' ||
        c == '(' || c == ')') {
      if (!word.empty()) out.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

bool PhraseAt(const std::vector<std::string>& words, size_t at, const FoldedWords& phrase) {
  if (phrase.empty() || at + phrase.size() > words.size()) return false;
  for (size_t k = 0; k < phrase.size(); ++k) {
    if (words[at + k] != phrase[k]) return false;
  }
  return true;
}

bool HoldsPhrase(const std::vector<std::string>& words, const FoldedWords& phrase) {
  for (size_t at = 0; at < words.size(); ++at) {
    if (PhraseAt(words, at, phrase)) return true;
  }
  return false;
}

class LeadInRepair : public MergedArticleRepair {
 public:
  LeadInRepair(const AlignInput& input, Matching* m, Groups* g, const AlignVocabulary& v)
      : MergedArticleRepair(input, m, g), kinds_(v.paper_kinds), files_(v.file_words) {}

  void Run() {
    for (int l = 0; l < static_cast<int>(input_.old_tasks.size()); ++l) {
      const IndexedTask& lead = input_.Old(l);
      if (lead.division || lead.children.empty() || !IntroducesList(*lead.node)) continue;
      int first = lead.children.front();
      if (input_.Old(first).division || !LeaveableLeadIn(l)) continue;
      if (!NamesFile(OpeningWords(*lead.node, kOpeningBytes))) continue;
      const FoldedWords* kind = OpeningKind(input_.Old(first));
      if (kind == nullptr) continue;
      int clause = ClauseOfFirstPaper(l, first, *kind);
      if (clause >= 0) Join(l, first, clause);
    }
  }

 private:
  // A lead-in with no counterpart, or paired one to one with a task that
  // introduces nothing (a leaf not ending in ':'): no lead-in's partner.
  bool LeaveableLeadIn(int l) const {
    if (FreeOld(l)) return true;
    int y = m_.old_to_new[static_cast<size_t>(l)];
    return y >= 0 && Plain(l, y) && input_.New(y).children.empty() &&
           !IntroducesList(*input_.New(y).node);
  }

  bool NamesFile(const std::vector<std::string>& words) const {
    return std::any_of(files_.begin(), files_.end(),
                       [&](const FoldedWords& f) { return HoldsPhrase(words, f); });
  }

  // The longest kind the task's text opens with; null when none.
  const FoldedWords* OpeningKind(const IndexedTask& t) const {
    std::vector<std::string> words = OpeningWords(*t.node, kOpeningBytes);
    const FoldedWords* found = nullptr;
    for (const FoldedWords& k : kinds_) {
      if (PhraseAt(words, 0, k) && (found == nullptr || k.size() > found->size())) found = &k;
    }
    return found;
  }

  // Whether new task n stands directly under a counterpart of the lead-in's
  // article: the list is the article's own, no lead-in clause above it.
  bool UnderCounterpartArticle(int l, int n) const {
    int parent = input_.New(n).parent;
    int article = EnclosingDivision(input_.old_tasks, l);
    if (parent < 0 || article < 0 || !input_.New(parent).node->division) return false;
    const auto& cp = g_.cp_old[static_cast<size_t>(article)];
    return std::find(cp.begin(), cp.end(), parent) != cp.end();
  }

  // Whether new task n is the paper of that kind: it opens with the kind
  // ("Phiếu yêu cầu theo Mẫu số 02a …"), or opens with the file and names
  // the kind ("Hồ sơ xóa đăng ký bao gồm Phiếu yêu cầu …"). A clause that
  // only mentions the paper ("… trên Phiếu yêu cầu không có chữ ký …") is
  // another provision.
  bool HoldsPaper(int n, const FoldedWords& kind) const {
    std::vector<std::string> words = OpeningWords(*input_.New(n).node, kOpeningBytes);
    if (PhraseAt(words, 0, kind)) return true;
    return std::any_of(files_.begin(), files_.end(),
                       [&](const FoldedWords& f) { return PhraseAt(words, 0, f); }) &&
           HoldsPhrase(words, kind);
  }

  // The new clause the first paper went to (its one-to-one partner), or,
  // the paper free, the one free clause under the counterpart articles
  // naming its kind; -1 when none, several, or not under such an article.
  int ClauseOfFirstPaper(int l, int first, const FoldedWords& kind) const {
    int y = m_.old_to_new[static_cast<size_t>(first)];
    if (y >= 0) {
      return Plain(first, y) && UnderCounterpartArticle(l, y) && HoldsPaper(y, kind) ? y : -1;
    }
    if (!FreeOld(first)) return -1;
    int found = -1;
    int article = EnclosingDivision(input_.old_tasks, l);
    if (article < 0) return -1;  // a lead-in under no article (a dispatch's "a)")
    for (int a : g_.cp_old[static_cast<size_t>(article)]) {
      if (!input_.New(a).node->division) continue;
      for (int n : input_.New(a).children) {
        if (input_.New(n).division || !FreeNew(n) || !HoldsPaper(n, kind)) continue;
        if (found >= 0) return -1;
        found = n;
      }
    }
    return found;
  }

  // Lead-in l and its first paper become the pieces of a merge into clause.
  void Join(int l, int first, int clause) {
    if (int y = m_.old_to_new[static_cast<size_t>(l)]; y >= 0) Unpair(l, y);
    if (m_.old_to_new[static_cast<size_t>(first)] < 0) Pair(first, clause);
    g_.merge_pieces[static_cast<size_t>(clause)].push_back(l);
    g_.cp_old[static_cast<size_t>(l)].push_back(clause);
    g_.cp_new[static_cast<size_t>(clause)].push_back(l);
  }

  const std::vector<FoldedWords> kinds_;
  const std::vector<FoldedWords> files_;
};

}  // namespace

void JoinFileLeadInsToTheirFirstPaper(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  const AlignVocabulary& v = VocabularyFor(input.new_doc.language, input.options.grammar_dir);
  if (v.paper_kinds.empty() || v.file_words.empty()) return;
  LeadInRepair(input, matching, groups, v).Run();
}

}  // namespace congvan::align_internal
