// Textless divisions and regrouped articles (see textless_divisions.h): per
// unmatched old division holding no other division, a tally of the new
// divisions its provisions' counterparts sit in; the best one is its
// counterpart when the provisions agree both ways and either a side has no
// text to say otherwise, or two provisions at least went there and the two
// headings share a word that is not a function word.
#include "align/textless_divisions.h"

#include <map>
#include <set>
#include <string>
#include <utility>

#include "align/align_vocabulary.h"
#include "congvan/text_fold.h"

namespace congvan::align_internal {
namespace {

// Provisions that must have gone into one free division for it to be the
// counterpart of a division whose heading has text of its own.
constexpr int kMinProvisionsOverText = 2;

bool Textless(const IndexedTask& t) {
  return t.node->text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// A division of legislation whose subtree holds no other division.
bool InnermostDivision(const TaskIndex& tasks, int d) {
  return tasks[static_cast<size_t>(d)].division && SubtreeHoldsNoDivision(tasks, d);
}

// The provisions of division d (its subtree, d excluded) that have a
// counterpart, and how many of those have one inside division `other` of
// the other side.
struct Share {
  int with_counterpart = 0;
  int inside_other = 0;
};

Share ShareInside(const TaskIndex& tasks, int d, const Counterparts& cp, const TaskIndex& others,
                  int other) {
  Share s;
  int other_end = other + others[static_cast<size_t>(other)].subtree;
  for (int i = d + 1; i < d + tasks[static_cast<size_t>(d)].subtree; ++i) {
    const std::vector<int>& c = cp[static_cast<size_t>(i)];
    if (c.empty()) continue;
    ++s.with_counterpart;
    for (int j : c) {
      if (j > other && j < other_end) {
        ++s.inside_other;
        break;
      }
    }
  }
  return s;
}

// Which division pairs the provisions may decide: those with no text on one
// side (MatchTextlessDivisions), or those with text on both, when two
// provisions at least say so (MatchArticlesByTheirProvisions).
enum class Headings { kOneTextless, kBothWithText };

// The unmatched new division, innermost and of old division a's level, that
// holds the counterparts of most of a's provisions; -1 when none or a tie.
int MostlyWentTo(const AlignInput& input, int a, const Groups& g, Headings headings) {
  std::map<int, int> tally;
  const IndexedTask& old_div = input.Old(a);
  for (int i = a + 1; i < a + old_div.subtree; ++i) {
    std::set<int> divisions;
    for (int j : g.cp_old[static_cast<size_t>(i)])
      divisions.insert(EnclosingDivision(input.new_tasks, j));
    for (int b : divisions) {
      if (b >= 0) ++tally[b];
    }
  }
  int best = -1, best_count = 0, runner_up = 0;
  for (auto [b, count] : tally) {
    if (count > best_count) {
      runner_up = best_count;
      best = b;
      best_count = count;
    } else if (count > runner_up) {
      runner_up = count;
    }
  }
  if (best < 0 || best_count == runner_up) return -1;
  const IndexedTask& new_div = input.New(best);
  bool textless = Textless(old_div) || Textless(new_div);
  bool provisions_speak =
      headings == Headings::kOneTextless
          ? textless
          : !textless && best_count >= kMinProvisionsOverText &&
                HeadingsShareAWord(old_div.node->text, input.old_doc.language, new_div.node->text,
                                   input.new_doc.language, input.options.grammar_dir);
  bool fits = g.cp_new[static_cast<size_t>(best)].empty() &&
              InnermostDivision(input.new_tasks, best) &&
              new_div.node->level == old_div.node->level && provisions_speak;
  return fits ? best : -1;
}

// Pairs each unmatched old division with the unmatched new division its
// provisions went to, most of them both ways.
void MatchDivisionsByProvisions(const AlignInput& input, Headings headings, Matching* matching,
                                Groups* groups) {
  std::vector<std::pair<int, int>> found;
  std::set<int> taken;
  for (int a = 0; a < static_cast<int>(input.old_tasks.size()); ++a) {
    if (!groups->cp_old[static_cast<size_t>(a)].empty() || !InnermostDivision(input.old_tasks, a))
      continue;
    int b = MostlyWentTo(input, a, *groups, headings);
    if (b < 0 || taken.count(b)) continue;
    Share from_old = ShareInside(input.old_tasks, a, groups->cp_old, input.new_tasks, b);
    Share from_new = ShareInside(input.new_tasks, b, groups->cp_new, input.old_tasks, a);
    if (2 * from_old.inside_other <= from_old.with_counterpart ||
        2 * from_new.inside_other <= from_new.with_counterpart)
      continue;
    found.emplace_back(a, b);
    taken.insert(b);
  }
  for (auto [o, n] : found) {
    PairOneToOne(o, n, matching, groups);
  }
}

}  // namespace

bool HeadingsShareAWord(std::string_view old_heading, Language old_language,
                        std::string_view new_heading, Language new_language,
                        const std::string& grammar_dir) {
  std::set<std::string> in_old =
      HeadingSyllables(old_heading, VocabularyFor(old_language, grammar_dir).actors);
  for (const std::string& w :
       HeadingSyllables(new_heading, VocabularyFor(new_language, grammar_dir).actors)) {
    if (in_old.count(w)) return true;
  }
  return false;
}

void MatchTextlessDivisions(const AlignInput& input, Matching* matching, Groups* groups) {
  MatchDivisionsByProvisions(input, Headings::kOneTextless, matching, groups);
}

void MatchArticlesByTheirProvisions(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  MatchDivisionsByProvisions(input, Headings::kBothWithText, matching, groups);
}

}  // namespace congvan::align_internal
