// Merged neighbour articles (see merged_neighbour_articles.h): per old
// article with no counterpart and no paired provision, its two neighbour
// articles' one-to-one partners are tried in order; the first whose heading
// is the common name of the two headings (their syllables, less the grammar's
// function words) takes it as a merge piece. Written for both versions (the
// Side), run from the old one only.
#include "align/merged_neighbour_articles.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "align/align_vocabulary.h"
#include "align/merged_article_pairs.h"
#include "congvan/text_fold.h"

namespace congvan::align_internal {
namespace {

// Share of the new heading's syllables both old headings must hold.
constexpr double kMinNewHeadingShare = 0.75;

int Held(const std::set<std::string>& words, const std::set<std::string>& in) {
  int n = 0;
  for (const std::string& w : words) n += in.count(w) ? 1 : 0;
  return n;
}

class NeighbourArticleMerge : public MergedArticleRepair {
 public:
  NeighbourArticleMerge(const AlignInput& input, Matching* m, Groups* g)
      : MergedArticleRepair(input, m, g),
        old_words_(VocabularyFor(input.old_doc.language, input.options.grammar_dir).actors),
        new_words_(VocabularyFor(input.new_doc.language, input.options.grammar_dir).actors) {}

  // Old articles into new ones (a merge). The same rule read from the new
  // version (a split) was measured and left out: a short old heading ("Giám
  // sát hải quan") is trivially the common name of any two new headings.
  void Run() {
    for (int o = 0; o < static_cast<int>(input_.old_tasks.size()); ++o) {
      int whole = NeighbourNaming(Side::kOld, o);
      if (whole < 0) continue;
      g_.merge_pieces[static_cast<size_t>(whole)].push_back(o);
      g_.cp_old[static_cast<size_t>(o)].push_back(whole);
      g_.cp_new[static_cast<size_t>(whole)].push_back(o);
    }
  }

 private:
  enum class Side { kOld, kNew };

  const TaskIndex& Tasks(Side side) const {
    return side == Side::kOld ? input_.old_tasks : input_.new_tasks;
  }
  const TaskIndex& OtherTasks(Side side) const {
    return side == Side::kOld ? input_.new_tasks : input_.old_tasks;
  }
  int Partner(Side side, int i) const {
    return side == Side::kOld ? m_.old_to_new[static_cast<size_t>(i)]
                              : m_.new_to_old[static_cast<size_t>(i)];
  }
  bool HasGroup(Side side, int i) const {
    return !(side == Side::kOld ? g_.cp_old : g_.cp_new)[static_cast<size_t>(i)].empty();
  }
  const ActorVocabulary& Words(Side side) const {
    return side == Side::kOld ? old_words_ : new_words_;
  }
  const ActorVocabulary& OtherWords(Side side) const {
    return side == Side::kOld ? new_words_ : old_words_;
  }

  static bool Innermost(const TaskIndex& tasks, int d) {
    for (int i = d + 1; i < d + tasks[static_cast<size_t>(d)].subtree; ++i) {
      if (tasks[static_cast<size_t>(i)].division) return false;
    }
    return true;
  }

  // An article with no counterpart, none for any provision inside it either.
  bool WhollyFreeArticle(Side side, int a) const {
    const IndexedTask& t = Tasks(side)[static_cast<size_t>(a)];
    if (!t.division || t.parent < 0 || !Innermost(Tasks(side), a)) return false;
    if (side == Side::kOld ? !FreeOld(a) : !FreeNew(a)) return false;
    for (int i = a + 1; i < a + t.subtree; ++i) {
      if (Partner(side, i) >= 0 || HasGroup(side, i)) return false;
    }
    return true;
  }

  // The partner of a neighbour article of free article a whose heading
  // names a and the neighbour both; -1 if none.
  int NeighbourNaming(Side side, int a) const {
    if (!WhollyFreeArticle(side, a)) return -1;
    const TaskIndex& tasks = Tasks(side);
    const IndexedTask& t = tasks[static_cast<size_t>(a)];
    if (!ReadsAsHeading(t.node->text)) return -1;
    std::set<std::string> heading = HeadingSyllables(t.node->text, Words(side));
    const std::vector<int>& siblings = tasks[static_cast<size_t>(t.parent)].children;
    auto at = std::find(siblings.begin(), siblings.end(), a) - siblings.begin();
    for (auto k : {at - 1, at + 1}) {
      if (k < 0 || k >= static_cast<long>(siblings.size())) continue;
      int s = siblings[static_cast<size_t>(k)];
      int p = Partner(side, s);
      if (p < 0) continue;
      const IndexedTask& sibling = tasks[static_cast<size_t>(s)];
      const IndexedTask& partner = OtherTasks(side)[static_cast<size_t>(p)];
      bool plain = side == Side::kOld ? Plain(s, p) : Plain(p, s);
      if (!sibling.division || !partner.division || !plain || !Innermost(OtherTasks(side), p) ||
          !ReadsAsHeading(sibling.node->text) || !ReadsAsHeading(partner.node->text)) {
        continue;
      }
      if (CommonName(HeadingSyllables(partner.node->text, OtherWords(side)), heading,
                     HeadingSyllables(sibling.node->text, Words(side)))) {
        return p;
      }
    }
    return -1;
  }

  // A heading has words and is no sentence: an article of a law without
  // headings (Luật Đất đai 1993) reads its first sentence as its text.
  static bool ReadsAsHeading(std::string_view text) {
    auto end = text.find_last_not_of(" \t\r\n");
    if (end == std::string_view::npos) return false;
    char last = text[end];
    return last != '.' && last != ';' && last != ':';
  }

  // The new heading `name` is the common name of two sibling headings: each
  // of the two has a syllable of its own (one holding all of the other's is
  // a narrower subject of it: "Mục đích sử dụng phương pháp phân loại lao
  // động …" beside "Phân loại lao động …", "… Ủy ban Thường vụ Quốc hội"
  // beside "… Quốc hội"), every syllable of the name is one of theirs, at
  // least kMinNewHeadingShare of them are in both, and it is not the
  // neighbour's own heading kept (some syllable of the neighbour's dropped).
  static bool CommonName(const std::set<std::string>& name, const std::set<std::string>& heading,
                         const std::set<std::string>& neighbour) {
    if (name.empty() || Held(heading, neighbour) == static_cast<int>(heading.size()) ||
        Held(neighbour, heading) == static_cast<int>(neighbour.size())) {
      return false;
    }
    int in_both = 0;
    for (const std::string& w : name) {
      bool in_old = heading.count(w) > 0, in_neighbour = neighbour.count(w) > 0;
      if (!in_old && !in_neighbour) return false;
      in_both += in_old && in_neighbour ? 1 : 0;
    }
    bool generalised = Held(neighbour, name) < static_cast<int>(neighbour.size());
    return generalised && in_both >= kMinNewHeadingShare * static_cast<double>(name.size());
  }

  const ActorVocabulary& old_words_;
  const ActorVocabulary& new_words_;
};

}  // namespace

void MergeFreeArticlesIntoNeighbourPartners(const AlignInput& input, Matching* matching,
                                            Groups* groups) {
  if (input.cross_language) return;
  NeighbourArticleMerge(input, matching, groups).Run();
}

}  // namespace congvan::align_internal
