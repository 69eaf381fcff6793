// List refrains (see list_refrains.h): for each one-to-one pair of leaves
// under paired lead-ins, the two lists' items are cut into case-folded
// syllables, the refrain counted over each list, and the two items' own
// syllables compared; only the lists of such pairs are read.
#include "align/list_refrains.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "align/align_vocabulary.h"
#include "align/lead_in.h"
#include "align/repealed_placeholders.h"
#include "align/word_scanner.h"
#include "congvan/text_fold.h"

namespace congvan::align_internal {
namespace {

using Syllables = std::vector<std::string>;  // in reading order

// The words of `text` (the aligner's word scanner: letters, digits and marks,
// so quotes, dashes and brackets never cling to a word), case-folded.
Syllables Words(std::string_view text) {
  std::vector<std::string_view> views;
  ScanWords(text, &views);
  Syllables out;
  out.reserve(views.size());
  for (std::string_view w : views) out.push_back(FoldCase(w));
  return out;
}

std::string_view TextOf(const IndexedTask& t) {
  return std::string_view(t.node->text.data(), t.node->text.size());
}

std::set<std::string> ContentWords(const IndexedTask& t, const ActorVocabulary& words) {
  std::set<std::string> out;
  for (std::string& w : Words(TextOf(t))) {
    if (!words.IsHeadingFunctionWord(w)) out.insert(std::move(w));
  }
  return out;
}

// The content words found in more than half of lead-in p's items.
std::set<std::string> Refrain(const TaskIndex& tasks, int p, const ActorVocabulary& words) {
  const std::vector<int>& items = tasks[static_cast<size_t>(p)].children;
  std::map<std::string, size_t> count;
  for (int i : items) {
    for (const std::string& w : ContentWords(tasks[static_cast<size_t>(i)], words)) ++count[w];
  }
  std::set<std::string> out;
  for (const auto& [w, k] : count) {
    if (2 * k > items.size()) out.insert(w);
  }
  return out;
}

std::set<std::string> Without(std::set<std::string> s, const std::set<std::string>& refrain) {
  for (const std::string& w : refrain) s.erase(w);
  return s;
}

bool ShareAny(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const std::string& w : a) {
    if (b.count(w)) return true;
  }
  return false;
}

bool OpenAlike(const IndexedTask& a, const IndexedTask& b) {
  Syllables x = Words(TextOf(a)), y = Words(TextOf(b));
  x.resize(std::min<size_t>(x.size(), 2));
  y.resize(std::min<size_t>(y.size(), 2));
  return x == y;
}

// Whether the one-to-one pair (o, n) is two items of paired lists agreeing
// only in the refrain (see list_refrains.h).
// Each lead-in's refrain, counted once however many of its items are asked.
class Refrains {
 public:
  Refrains(const TaskIndex& tasks, const ActorVocabulary& words) : tasks_(tasks), words_(words) {}
  const std::set<std::string>& Of(int lead_in) {
    auto [it, fresh] = known_.try_emplace(lead_in);
    if (fresh) it->second = Refrain(tasks_, lead_in, words_);
    return it->second;
  }

 private:
  const TaskIndex& tasks_;
  const ActorVocabulary& words_;
  std::map<int, std::set<std::string>> known_;
};

bool SharesOnlyTheRefrain(const AlignInput& input, const Matching& m, int o, int n,
                          const ActorVocabulary& words, Refrains& old_refrains,
                          Refrains& new_refrains) {
  const IndexedTask& to = input.old_tasks[static_cast<size_t>(o)];
  const IndexedTask& tn = input.new_tasks[static_cast<size_t>(n)];
  if (to.division || tn.division || !to.children.empty() || !tn.children.empty()) return false;
  if (to.parent < 0 || tn.parent < 0) return false;
  const IndexedTask& po = input.old_tasks[static_cast<size_t>(to.parent)];
  const IndexedTask& pn = input.new_tasks[static_cast<size_t>(tn.parent)];
  if (po.division || pn.division || !IntroducesList(po) || !IntroducesList(pn)) return false;
  if (m.old_to_new[static_cast<size_t>(to.parent)] != tn.parent) return false;
  if (po.children.size() < 3 || pn.children.size() < 3) return false;
  if (OpenAlike(to, tn)) return false;
  std::set<std::string> refrain = old_refrains.Of(to.parent);
  for (const std::string& w : new_refrains.Of(tn.parent)) refrain.insert(w);
  std::set<std::string> own_o = Without(ContentWords(to, words), refrain);
  std::set<std::string> own_n = Without(ContentWords(tn, words), refrain);
  return own_o.size() >= 2 && own_n.size() >= 2 && !ShareAny(own_o, own_n);
}

}  // namespace

void UnpairItemsSharingOnlyTheRefrain(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  const ActorVocabulary& words =
      VocabularyFor(input.new_doc.language, input.options.grammar_dir).actors;
  if (words.empty()) return;
  const std::string repeal = RepealPhrase(input);
  Refrains old_refrains(input.old_tasks, words), new_refrains(input.new_tasks, words);
  std::vector<std::pair<int, int>> cut;
  for (int o = 0; o < static_cast<int>(input.old_tasks.size()); ++o) {
    int n = matching->old_to_new[static_cast<size_t>(o)];
    if (n < 0 || groups->cp_old[static_cast<size_t>(o)].size() != 1 ||
        groups->cp_new[static_cast<size_t>(n)].size() != 1)
      continue;
    if (!repeal.empty() && (IsPlaceholder(input.old_tasks[static_cast<size_t>(o)], repeal) ||
                            IsPlaceholder(input.new_tasks[static_cast<size_t>(n)], repeal)))
      continue;  // a repealed provision and its placeholder (repealed_placeholders.h)
    if (SharesOnlyTheRefrain(input, *matching, o, n, words, old_refrains, new_refrains))
      cut.emplace_back(o, n);
  }
  for (auto [o, n] : cut) {
    matching->old_to_new[static_cast<size_t>(o)] = -1;
    matching->new_to_old[static_cast<size_t>(n)] = -1;
    groups->cp_old[static_cast<size_t>(o)].clear();
    groups->cp_new[static_cast<size_t>(n)].clear();
  }
}

}  // namespace congvan::align_internal
