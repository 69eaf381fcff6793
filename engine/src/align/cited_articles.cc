// Cited articles (see cited_articles.h): one scan over each free provision's
// words finds "Điều N … này" citations; only for those whose cited article has
// a counterpart holding a free provision is the text likeness of the pair
// measured, and only for a pair over the bar the likeliest tests, which
// compare it with every free provision of the other version.
#include "align/cited_articles.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <tuple>
#include <vector>

#include "align/align_vocabulary.h"
#include "align/lead_in.h"
#include "align/reference_only_links.h"
#include "align/word_scanner.h"

namespace congvan::align_internal {
namespace {

using Words = std::vector<std::string_view>;

bool AllDigits(std::string_view w) {
  return !w.empty() && w.size() <= 4 &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// True when the words at w[i] close a citation on the citing document itself:
// "(của) Thông tư này", "(of) this Law".
bool ClosesOnThisDocument(const ReferenceWords& r, const Words& w, size_t i) {
  if (i < w.size() && r.IsOf(w[i])) ++i;
  if (i < w.size() && r.IsThisBefore(w[i])) return r.TextTypeAt(w, i + 1) > 0;
  size_t k = r.TextTypeAt(w, i);
  return k > 0 && i + k < w.size() && r.IsThisAfter(w[i + k]);
}

// True when the article named at w[i] closes a citation of its clauses or
// points ("khoản 1 Điều 123", "điểm b khoản 1 và khoản 2 Điều 110", "paragraph
// 2 of Article 5"): the words before it, back over ordinals and joiners, open
// on a level below the article.
bool CitesAPieceOf(const ReferenceWords& r, const Words& w, size_t i) {
  size_t j = i;
  while (j > 0) {
    std::string_view x = w[j - 1];
    bool ordinal = x.size() == 1 || AllDigits(x) || r.IsOrdinalWord(x);
    if (!ordinal && !r.IsJoiner(x)) break;
    --j;
  }
  return j > 0 && r.IsPiece(w[j - 1]);
}

// Between two words, maybe: an ASCII byte that is no letter or digit, or any
// byte of a wider code point — the word scan splits on every code point that
// is no letter or digit (a no-break or thin space, a curly quote, a zero-width
// space), so the first look lets each through and the scan decides.
bool SeparatorByte(char c) {
  auto b = static_cast<unsigned char>(c);
  return b >= 0x80 || !((b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'));
}

// A first look: an article word without its first letter ("iều" of Điều and
// điều, "rticle"), separators and a digit somewhere; most provisions cite no
// article by number and are not scanned.
bool MayCiteAnArticle(const ReferenceWords& r, std::string_view text) {
  for (const std::string& key : r.article_tails()) {
    for (size_t at = text.find(key); at != std::string_view::npos; at = text.find(key, at + 1)) {
      size_t next = at + key.size();
      size_t digit = next;
      while (digit < text.size() && SeparatorByte(text[digit])) ++digit;
      if (digit > next && digit < text.size() && text[digit] >= '0' && text[digit] <= '9')
        return true;
    }
  }
  return false;
}

}  // namespace

std::vector<int> CitedArticleNumbers(std::string_view text, const ReferenceWords& r) {
  std::vector<int> out;
  if (!MayCiteAnArticle(r, text)) return out;
  Words w;
  ScanWords(text, &w);
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (!r.IsArticle(w[i]) || !AllDigits(w[i + 1])) continue;
    if (!ClosesOnThisDocument(r, w, i + 2) || CitesAPieceOf(r, w, i)) continue;
    int number = 0;
    for (char c : w[i + 1]) number = number * 10 + (c - '0');
    out.push_back(number);
  }
  return out;
}

namespace {

// Per number, the innermost article of `tasks` with that number; -1 for a
// number no article or several articles carry. Empty when there is no article.
std::vector<int> ArticlesByNumber(const TaskIndex& tasks) {
  std::vector<int> out;
  for (int d = 0; d < static_cast<int>(tasks.size()); ++d) {
    const IndexedTask& t = tasks[static_cast<size_t>(d)];
    if (!t.division || !t.has_ordinal || t.ordinal <= 0 || t.node->level != "article") continue;
    if (!SubtreeHoldsNoDivision(tasks, d)) continue;
    auto number = static_cast<size_t>(t.ordinal);
    if (out.size() <= number) out.resize(number + 1, -1);
    out[number] = out[number] == -1 ? d : -2;
  }
  for (int& d : out) d = std::max(d, -1);
  return out;
}

// A numbered task whose own text is a title: no closing punctuation.
bool NumberedTitle(const IndexedTask& t) {
  std::string_view s(t.node->text.data(), t.node->text.size());
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  return !t.node->marker.empty() && !s.empty() && s.back() != '.' && s.back() != ':' &&
         s.back() != ';' && s.back() != ',';
}

// The provisions (tasks that are not divisions) of `tasks` with no counterpart.
std::vector<int> FreeProvisions(const TaskIndex& tasks, const Counterparts& cp) {
  std::vector<int> out;
  for (int i = 0; i < static_cast<int>(tasks.size()); ++i) {
    if (!tasks[static_cast<size_t>(i)].division && cp[static_cast<size_t>(i)].empty())
      out.push_back(i);
  }
  return out;
}

// One version's view: its tasks and counterparts, the other's, and the text
// likeness of (own task, other task) whatever the direction.
struct Side {
  const AlignInput& input;
  bool is_old;
  const TaskIndex& tasks;
  const TaskIndex& other;
  const Counterparts& cp;
  const Counterparts& other_cp;
  std::vector<int> articles;                  // ArticlesByNumber(tasks)
  std::optional<SubjectVocabulary>* subject;  // counted on first use
  const ReferenceWords& references;           // of the documents' language

  // Alike by their own words (reference_only_links.h): without the
  // references, the defined names and, across unrelated articles, the
  // document's subject vocabulary.
  bool OwnWordsAlike(int own, int theirs) const {
    int o = is_old ? own : theirs, n = is_old ? theirs : own;
    return AlikeByOwnWords(input, o, n, EnclosingDivision(input.old_tasks, o),
                           EnclosingDivision(input.new_tasks, n), subject);
  }

  double Text(int own, int theirs) const {
    return is_old ? Evidence(input, own, theirs).text_similarity
                  : Evidence(input, theirs, own).text_similarity;
  }
};

// True when no task of `rivals` but `partner` is as alike to `own` by text as
// `text`; `mine` says whether `own` is of side s (else of the other side).
bool Likeliest(const Side& s, int own, bool mine, int partner, const std::vector<int>& rivals,
               double text) {
  for (int r : rivals) {
    if (r == partner) continue;
    double t = mine ? s.Text(own, r) : s.Text(r, own);
    if (t >= text) return false;
  }
  return true;
}

// True when one of `counterparts` (tasks of `other`) is article b or lies
// inside it: the citing provision's article already went there.
bool WentInto(const TaskIndex& other, const std::vector<int>& counterparts, int b) {
  return std::any_of(counterparts.begin(), counterparts.end(),
                     [&](int c) { return c == b || IsAncestor(other, b, c); });
}

struct Offer {
  double text;
  int own;     // the citing provision, of side s
  int theirs;  // a free provision of the cited article's counterpart
};

// The offers of one side's citing free provisions.
std::vector<Offer> OffersOf(const Side& s, const std::vector<int>& own_free,
                            const std::vector<int>& their_free) {
  std::vector<Offer> out;
  const double bar = s.input.options.reworded_min;
  if (s.articles.empty()) return out;
  for (int p : own_free) {
    const IndexedTask& tp = s.tasks[static_cast<size_t>(p)];
    std::string_view text(tp.node->text.data(), tp.node->text.size());
    for (int number : CitedArticleNumbers(text, s.references)) {
      if (number >= static_cast<int>(s.articles.size())) continue;
      int a = s.articles[static_cast<size_t>(number)];
      int own_article = EnclosingDivision(s.tasks, p);
      if (a < 0 || a == own_article) continue;
      for (int b : s.cp[static_cast<size_t>(a)]) {
        const IndexedTask& tb = s.other[static_cast<size_t>(b)];
        if (!tb.division || !SubtreeHoldsNoDivision(s.other, b)) continue;
        if (own_article >= 0 && WentInto(s.other, s.cp[static_cast<size_t>(own_article)], b))
          continue;
        for (int q = b + 1; q < b + tb.subtree; ++q) {
          if (!s.other_cp[static_cast<size_t>(q)].empty()) continue;
          if (IntroducesList(tp) != IntroducesList(s.other[static_cast<size_t>(q)])) continue;
          double t = s.Text(p, q);
          if (t < bar) continue;
          if (!Likeliest(s, p, true, q, their_free, t)) continue;
          if (!Likeliest(s, q, false, p, own_free, t)) continue;
          if (!s.OwnWordsAlike(p, q)) continue;
          out.push_back({t, p, q});
        }
      }
    }
  }
  return out;
}

// The free numbered title clause whose only sub-task is `task`, or -1.
int TitleClauseAbove(const TaskIndex& tasks, const Counterparts& cp, int task) {
  int parent = tasks[static_cast<size_t>(task)].parent;
  if (parent < 0) return -1;
  const IndexedTask& t = tasks[static_cast<size_t>(parent)];
  if (t.division || t.children.size() != 1 || !cp[static_cast<size_t>(parent)].empty()) return -1;
  return NumberedTitle(t) ? parent : -1;
}

// The title clauses above the pair (o, n) go with it, as pieces.
void JoinTitleClauses(const AlignInput& input, int o, int n, Groups* g) {
  int old_title = TitleClauseAbove(input.old_tasks, g->cp_old, o);
  if (old_title >= 0) {
    g->merge_pieces[static_cast<size_t>(n)].push_back(old_title);
    g->cp_old[static_cast<size_t>(old_title)].push_back(n);
    g->cp_new[static_cast<size_t>(n)].push_back(old_title);
  }
  int new_title = TitleClauseAbove(input.new_tasks, g->cp_new, n);
  if (new_title >= 0) {
    g->split_pieces[static_cast<size_t>(o)].push_back(new_title);
    g->cp_new[static_cast<size_t>(new_title)].push_back(o);
    g->cp_old[static_cast<size_t>(o)].push_back(new_title);
  }
}

}  // namespace

void PairProvisionsWithCitedArticles(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  Groups& g = *groups;
  std::vector<int> old_free = FreeProvisions(input.old_tasks, g.cp_old);
  std::vector<int> new_free = FreeProvisions(input.new_tasks, g.cp_new);
  if (old_free.empty() || new_free.empty()) return;
  std::optional<SubjectVocabulary> subject;
  const ReferenceWords& references =
      VocabularyFor(input.new_doc.language, input.options.grammar_dir).references;
  Side old_side{input,
                true,
                input.old_tasks,
                input.new_tasks,
                g.cp_old,
                g.cp_new,
                ArticlesByNumber(input.old_tasks),
                &subject,
                references};
  Side new_side{input,
                false,
                input.new_tasks,
                input.old_tasks,
                g.cp_new,
                g.cp_old,
                ArticlesByNumber(input.new_tasks),
                &subject,
                references};
  if (old_side.articles.empty() && new_side.articles.empty()) return;
  std::vector<Offer> from_old = OffersOf(old_side, old_free, new_free);
  std::vector<Offer> from_new = OffersOf(new_side, new_free, old_free);
  // (old, new) offers of both directions, best first.
  std::vector<Offer> offers;
  for (const Offer& x : from_old) offers.push_back(x);
  for (const Offer& x : from_new) offers.push_back({x.text, x.theirs, x.own});
  std::sort(offers.begin(), offers.end(), [](const Offer& x, const Offer& y) {
    if (x.text != y.text) return x.text > y.text;
    return std::tie(x.own, x.theirs) < std::tie(y.own, y.theirs);
  });
  for (const Offer& x : offers) {
    int o = x.own, n = x.theirs;
    if (!g.cp_old[static_cast<size_t>(o)].empty() || !g.cp_new[static_cast<size_t>(n)].empty())
      continue;
    PairOneToOne(o, n, matching, &g);
    JoinTitleClauses(input, o, n, &g);
  }
}

}  // namespace congvan::align_internal
