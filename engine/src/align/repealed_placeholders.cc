// Repealed placeholders (see repealed_placeholders.h): the grammar's repeal
// phrase is reduced once to its letters and spaces (folded); a childless task
// whose text is short enough to be that phrase is reduced the same way and
// compared; each placeholder found looks, among the children of its parent's
// counterparts (or the other version's top-level tasks), for the one free task
// with its marker.
#include "align/repealed_placeholders.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "align/align_vocabulary.h"
#include "congvan/text_fold.h"

namespace congvan::align_internal {
namespace {

// `text` folded (FoldToneKey) with everything but letters and single spaces
// removed: brackets, punctuation, and the footnote numbers a Công báo text
// glues to a line ("Được bãi bỏ3").
std::string LettersOnly(std::string_view text) {
  std::string folded = FoldToneKey(text), out;
  for (char c : folded) {
    auto u = static_cast<unsigned char>(c);
    bool letter = u >= 0x80 || (c >= 'a' && c <= 'z');
    if (letter) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

// The language's repeal phrase reduced to its letters; empty when the grammar
// has none.
std::string RepealPhrase(const AlignInput& input) {
  const AlignVocabulary& v = VocabularyFor(input.new_doc.language, input.options.grammar_dir);
  if (v.actors.grammar == nullptr) return "";
  const std::string* label = v.actors.grammar->ReportLabel("consolidation-repealed-text");
  return label == nullptr ? "" : LettersOnly(*label);
}

bool IsPlaceholder(const IndexedTask& t, const std::string& phrase) {
  if (!t.children.empty() || t.node->marker.empty()) return false;
  std::string_view text = t.node->text.view();
  // A placeholder is the phrase and a few bytes more (brackets, a footnote
  // number, spaces); a provision with text is longer: read it no further.
  if (text.size() > phrase.size() + 16) return false;
  return LettersOnly(text) == phrase;
}

namespace {

struct Side {
  const TaskIndex& tasks;
  const Counterparts& cp;
};

// The tasks of `other` that could hold the number task p of `own` names: the
// children of the counterparts of p's parent, or the top-level tasks.
std::vector<int> PlacesOf(const Side& own, const Side& other, int p) {
  std::vector<int> out;
  int parent = own.tasks[static_cast<size_t>(p)].parent;
  if (parent < 0) {
    for (size_t i = 0; i < other.tasks.size(); i += static_cast<size_t>(other.tasks[i].subtree))
      out.push_back(static_cast<int>(i));
    return out;
  }
  for (int q : own.cp[static_cast<size_t>(parent)]) {
    const std::vector<int>& kids = other.tasks[static_cast<size_t>(q)].children;
    out.insert(out.end(), kids.begin(), kids.end());
  }
  return out;
}

// The one free task of `other` that bears placeholder p's number in its
// place; -1 when none or more than one.
int NumberedPartner(const Side& own, const Side& other, int p) {
  const IndexedTask& t = own.tasks[static_cast<size_t>(p)];
  int found = -1;
  for (int x : PlacesOf(own, other, p)) {
    const IndexedTask& c = other.tasks[static_cast<size_t>(x)];
    if (!other.cp[static_cast<size_t>(x)].empty() || c.division != t.division) continue;
    if (c.node->marker.view() != t.node->marker.view()) continue;
    if (found >= 0) return -1;
    found = x;
  }
  return found;
}

}  // namespace

void PairRepealedPlaceholders(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  std::string phrase = RepealPhrase(input);
  if (phrase.empty()) return;
  Groups& g = *groups;
  Side old_side{input.old_tasks, g.cp_old}, new_side{input.new_tasks, g.cp_new};
  for (int n = 0; n < static_cast<int>(input.new_tasks.size()); ++n) {
    if (!g.cp_new[static_cast<size_t>(n)].empty() || !IsPlaceholder(input.New(n), phrase)) continue;
    int o = NumberedPartner(new_side, old_side, n);
    if (o >= 0) PairOneToOne(o, n, matching, &g);
  }
  for (int o = 0; o < static_cast<int>(input.old_tasks.size()); ++o) {
    if (!g.cp_old[static_cast<size_t>(o)].empty() || !IsPlaceholder(input.Old(o), phrase)) continue;
    int n = NumberedPartner(old_side, new_side, o);
    if (n >= 0) PairOneToOne(o, n, matching, &g);
  }
}

}  // namespace congvan::align_internal
