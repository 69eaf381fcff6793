// Splits and merges (see groups.h). One routine collects pieces in either
// direction: for a split the pieces are new tasks and the wholes old ones,
// for a merge the other way round.
#include "align/groups.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "align/features.h"

namespace congvan::align_internal {
namespace {

struct Direction {
  bool old_whole;  // split: wholes are old tasks, pieces new ones
  double piece_min;
  // The share of the piece's weight found in the whole.
  double Containment(const PairEvidence& e) const {
    return old_whole ? e.new_in_old : e.old_in_new;
  }
  int Whole(const Candidate& c) const { return old_whole ? c.o : c.n; }
  int Piece(const Candidate& c) const { return old_whole ? c.n : c.o; }
};

// A new article whose provisions are all new text (none has a counterpart)
// is no piece of an old article whose provisions found counterparts: that
// article's text went elsewhere, and the new one, however alike its heading
// and vocabulary, is written on the same subject, not made of it (old Điều
// 48 of the decree, procedure for land, went into new Điều 35; new Điều 36
// "Thay đổi thông tin về bên bảo đảm …", new text, is not a piece of it).
// Articles without provisions, and old articles whose provisions are all
// unmatched, leave the heading to speak.
bool NewTextArticleOfMatchedWhole(const AlignInput& input, const Matching& m, const Direction& d,
                                  int o, int n) {
  const IndexedTask& a = input.Old(o);
  const IndexedTask& b = input.New(n);
  if (!d.old_whole || !a.division || !b.division || a.children.empty() || b.children.empty())
    return false;
  if (!SubtreeHoldsNoDivision(input.old_tasks, o) || !SubtreeHoldsNoDivision(input.new_tasks, n))
    return false;
  for (int y = n + 1; y < n + b.subtree; ++y) {
    if (m.new_to_old[static_cast<size_t>(y)] >= 0) return false;
  }
  for (int x = o + 1; x < o + a.subtree; ++x) {
    if (m.old_to_new[static_cast<size_t>(x)] >= 0) return true;
  }
  return false;
}

// Per whole: the unmatched pieces that belong to it best.
std::vector<std::vector<int>> CollectPieces(const AlignInput& input, const CandidateSet& candidates,
                                            const Matching& m, const Direction& d,
                                            const std::vector<int>& piece_partner,
                                            const std::function<bool(int)>& piece_free,
                                            const std::function<bool(int)>& whole_free,
                                            ClauseMatcher* clauses) {
  const AlignOptions& opt = input.options;
  size_t pieces = d.old_whole ? input.new_tasks.size() : input.old_tasks.size();
  size_t wholes = d.old_whole ? input.old_tasks.size() : input.new_tasks.size();
  std::vector<std::vector<int>> by_new;
  if (d.old_whole) by_new = candidates.ByNew(input.new_tasks.size());
  std::vector<std::vector<int>> tentative(wholes);
  for (size_t p = 0; p < pieces; ++p) {
    if (piece_partner[p] >= 0 || !piece_free(static_cast<int>(p))) continue;
    const std::vector<int>& list = d.old_whole ? by_new[p] : candidates.OfOld(static_cast<int>(p));
    int best = -1;
    double best_in = 0, best_sim = 0;
    for (int ci : list) {
      const Candidate& c = candidates.all()[static_cast<size_t>(ci)];
      if (!SameKind(input.Old(c.o), input.New(c.n)) || c.e.style_conflict) continue;
      double in = d.Containment(c.e);
      bool contained = in >= d.piece_min && c.e.text_similarity >= opt.piece_similarity_min;
      if (!contained &&
          (in < kClausePrefilter ||
           clauses->Similarity(d.Whole(c), d.Piece(c), d.old_whole) < opt.clause_match_min)) {
        continue;
      }
      if (!whole_free(d.Whole(c)) || NewTextArticleOfMatchedWhole(input, m, d, c.o, c.n)) continue;
      if (in > best_in || (in == best_in && c.e.text_similarity > best_sim)) {
        best = d.Whole(c);
        best_in = in;
        best_sim = c.e.text_similarity;
      }
    }
    if (best >= 0) tentative[static_cast<size_t>(best)].push_back(static_cast<int>(p));
  }
  return tentative;
}

// The provisions a task splits into, or that merge into one, sit side by
// side: under the parent of the whole's own counterpart (or, without one,
// under the parent most of the pieces share). A clause-sized piece that is
// only "contained" in a long provision elsewhere in the document (the same
// boilerplate sentence repeated in every article) is not a piece of it.
// Divisions (articles, chapters) move across parents and are kept, and so
// are the items of a dispatch, which a summary regroups freely: the rule is
// legislation's, for provisions inside articles.
void KeepSiblings(const TaskIndex& tasks, int partner, std::vector<int>* pieces) {
  if (pieces->empty()) return;
  int parent = -2;
  if (partner >= 0) {
    parent = tasks[static_cast<size_t>(partner)].parent;
  } else {
    std::map<int, int> count;
    int best = 0;
    for (int p : *pieces) {
      int c = ++count[tasks[static_cast<size_t>(p)].parent];
      if (c > best) {
        best = c;
        parent = tasks[static_cast<size_t>(p)].parent;
      }
    }
  }
  std::erase_if(*pieces, [&](int p) {
    const IndexedTask& t = tasks[static_cast<size_t>(p)];
    return !t.node->division && t.parent != parent && EnclosingDivision(tasks, p) >= 0;
  });
}

bool UnchangedPair(const AlignInput& input, int o, int n) {
  return SameTextUpToSpacing(input.Old(o).node->text, input.New(n).node->text);
}

// Keeps the wholes that form a group (see groups.h); returns per whole its
// pieces, and marks each accepted piece's whole in piece_of.
std::vector<std::vector<int>> AcceptGroups(const AlignInput& input, bool old_whole,
                                           std::vector<std::vector<int>> tentative,
                                           const std::vector<int>& whole_partner,
                                           std::vector<int>* piece_of) {
  const TaskIndex& piece_tasks = old_whole ? input.new_tasks : input.old_tasks;
  for (size_t w = 0; w < tentative.size(); ++w) {
    auto& pieces = tentative[w];
    int partner = whole_partner[w];
    KeepSiblings(piece_tasks, partner, &pieces);
    bool group = !pieces.empty() && (partner >= 0 || pieces.size() >= 2);
    if (group && partner >= 0) {
      group = old_whole ? !UnchangedPair(input, static_cast<int>(w), partner)
                        : !UnchangedPair(input, partner, static_cast<int>(w));
    }
    if (!group) {
      pieces.clear();
      continue;
    }
    for (int p : pieces) (*piece_of)[static_cast<size_t>(p)] = static_cast<int>(w);
  }
  return tentative;
}

// An old article left without a counterpart whose provisions went, most of
// them, into one new article of the same style was merged into it (old
// Điều 24–29, one file each, → new Điều 39, one file with a clause each):
// the article's own heading and text need not resemble the whole, its
// provisions' counterparts say where it went. At least two of its provisions
// must have landed there, and more than half of those that found any.
void MergeArticlesByProvisions(const AlignInput& input, const Matching& m, Groups* g) {
  std::vector<std::vector<int>> extra(input.new_tasks.size());
  auto enclosing_new_division = [&](int n) {
    int a = input.New(n).parent;
    while (a >= 0 && !input.New(a).node->division) a = input.New(a).parent;
    return a;
  };
  for (size_t o = 0; o < input.old_tasks.size(); ++o) {
    const IndexedTask& t = input.old_tasks[o];
    if (!t.node->division || t.children.empty() || !g->cp_old[o].empty()) continue;
    std::map<int, int> landed;  // new division → provisions of o inside it
    int matched = 0;
    for (int d = static_cast<int>(o) + 1; d < static_cast<int>(o) + t.subtree; ++d) {
      if (input.Old(d).node->division || g->cp_old[static_cast<size_t>(d)].empty()) continue;
      ++matched;
      std::set<int> seen;
      for (int n : g->cp_old[static_cast<size_t>(d)]) {
        int b = enclosing_new_division(n);
        if (b >= 0 && seen.insert(b).second) ++landed[b];
      }
    }
    int best = -1, best_count = 0;
    for (const auto& [b, count] : landed) {
      if (count > best_count) best = b, best_count = count;
    }
    if (best < 0 || best_count < 2 || 2 * best_count <= matched) continue;
    if (input.New(best).node->style != t.node->style) continue;
    int partner = m.new_to_old[static_cast<size_t>(best)];
    bool free_whole = partner >= 0 ? g->split_pieces[static_cast<size_t>(partner)].empty()
                                   : g->cp_new[static_cast<size_t>(best)].empty();
    if (free_whole) extra[static_cast<size_t>(best)].push_back(static_cast<int>(o));
  }
  for (size_t n = 0; n < extra.size(); ++n) {
    bool group = extra[n].size() >= 2 || m.new_to_old[n] >= 0;
    if (!group || extra[n].empty()) continue;
    auto& pieces = g->merge_pieces[n];
    for (int o : extra[n]) {
      pieces.push_back(o);
      g->cp_old[static_cast<size_t>(o)].push_back(static_cast<int>(n));
      g->cp_new[n].push_back(o);
    }
    std::sort(pieces.begin(), pieces.end());
  }
}

// An old provision introducing a list ("Cơ quan đăng ký có nhiệm vụ, quyền
// hạn sau đây:" and its points), left without a counterpart, whose items
// became, most of them (two at least, on two clauses at least), the clauses
// of one new article (each still a leaf if it was one): the
// list is now that article's body and its heading says what the lead-in
// said, so the lead-in is merged into the article — unless the article's
// counterpart kept its text word for word (then an item only resembles it).
void MergeLeadInsByItems(const AlignInput& input, const Matching& m, Groups* g) {
  for (size_t o = 0; o < input.old_tasks.size(); ++o) {
    const IndexedTask& t = input.old_tasks[o];
    if (t.node->division || t.children.empty() || !g->cp_old[o].empty()) continue;
    std::map<int, std::set<int>> landed;  // new article → its clauses holding items of o
    std::map<int, int> items_in;          // new article → items of o among its clauses
    int matched = 0;
    for (int item : t.children) {
      const auto& cp = g->cp_old[static_cast<size_t>(item)];
      if (cp.empty()) continue;
      ++matched;
      std::set<int> seen;
      for (int n : cp) {
        int b = input.New(n).parent;
        // A point promoted to a clause stays what it was: a leaf, or a list.
        if (b < 0 || !input.New(b).node->division || !SameKind(input.Old(item), input.New(n)))
          continue;
        landed[b].insert(n);
        if (seen.insert(b).second) ++items_in[b];
      }
    }
    int best = -1, best_count = 0;
    for (const auto& [b, count] : items_in) {
      if (count > best_count) best = b, best_count = count;
    }
    // Items on two clauses at least: several items in one clause is a list
    // written inline, not promoted.
    if (best < 0 || best_count < 2 || 2 * best_count <= matched || landed[best].size() < 2)
      continue;
    int partner = m.new_to_old[static_cast<size_t>(best)];
    auto& pieces = g->merge_pieces[static_cast<size_t>(best)];
    // A merge has two old sides: the article's own counterpart or another piece.
    if (partner < 0 && pieces.empty()) continue;
    if (partner >= 0 && (!g->split_pieces[static_cast<size_t>(partner)].empty() ||
                         UnchangedPair(input, partner, best))) {
      continue;
    }
    pieces.insert(std::upper_bound(pieces.begin(), pieces.end(), static_cast<int>(o)),
                  static_cast<int>(o));
    g->cp_old[o].push_back(best);
    g->cp_new[static_cast<size_t>(best)].push_back(static_cast<int>(o));
  }
}

// An article demoted into a clause that kept a counterpart (demotions.h),
// or a sibling merged into the new task its neighbour became
// (sibling_merges.h), joins that counterpart as a merge piece, unless the
// task is already part of a split.
void AddDemotedPieces(const Matching& m, const std::vector<int>& merge_into,
                      const std::vector<int>& piece_of_new, Groups* g) {
  for (size_t o = 0; o < merge_into.size(); ++o) {
    int n = merge_into[o];
    if (n < 0 || piece_of_new[static_cast<size_t>(n)] >= 0) continue;
    int partner = m.new_to_old[static_cast<size_t>(n)];
    if (partner >= 0 && !g->split_pieces[static_cast<size_t>(partner)].empty()) continue;
    auto& pieces = g->merge_pieces[static_cast<size_t>(n)];
    pieces.insert(std::upper_bound(pieces.begin(), pieces.end(), static_cast<int>(o)),
                  static_cast<int>(o));
  }
}

}  // namespace

Groups FindGroups(const AlignInput& input, const CandidateSet& candidates, const Matching& m,
                  const std::vector<int>& merge_into, ClauseMatcher* clauses) {
  const AlignOptions& opt = input.options;
  Groups g;
  std::vector<int> piece_of_new(input.new_tasks.size(), -1);  // new piece → old whole
  std::vector<int> piece_of_old(input.old_tasks.size(), -1);  // old piece → new whole
  auto any = [](int) { return true; };
  auto not_demoted = [&](int o) { return merge_into[static_cast<size_t>(o)] < 0; };
  Direction split{true, opt.split_piece_min};
  g.split_pieces = AcceptGroups(
      input, true,
      CollectPieces(input, candidates, m, split, m.new_to_old, any, not_demoted, clauses),
      m.old_to_new, &piece_of_new);
  // Merges leave split wholes and pieces (and a split whole's partner) alone.
  auto old_free = [&](int o) {
    return g.split_pieces[static_cast<size_t>(o)].empty() && not_demoted(o);
  };
  auto new_free = [&](int n) {
    if (piece_of_new[static_cast<size_t>(n)] >= 0) return false;
    int partner = m.new_to_old[static_cast<size_t>(n)];
    return partner < 0 || g.split_pieces[static_cast<size_t>(partner)].empty();
  };
  Direction merge{false, opt.merge_piece_min};
  g.merge_pieces = AcceptGroups(
      input, false,
      CollectPieces(input, candidates, m, merge, m.old_to_new, old_free, new_free, clauses),
      m.new_to_old, &piece_of_old);
  AddDemotedPieces(m, merge_into, piece_of_new, &g);
  g.cp_old.assign(input.old_tasks.size(), {});
  g.cp_new.assign(input.new_tasks.size(), {});
  auto link = [&](int o, int n) {
    g.cp_old[static_cast<size_t>(o)].push_back(n);
    g.cp_new[static_cast<size_t>(n)].push_back(o);
  };
  for (size_t o = 0; o < input.old_tasks.size(); ++o) {
    if (m.old_to_new[o] >= 0) link(static_cast<int>(o), m.old_to_new[o]);
    for (int n : g.split_pieces[o]) link(static_cast<int>(o), n);
  }
  for (size_t n = 0; n < input.new_tasks.size(); ++n) {
    for (int o : g.merge_pieces[n]) link(o, static_cast<int>(n));
  }
  MergeArticlesByProvisions(input, m, &g);
  MergeLeadInsByItems(input, m, &g);
  return g;
}

void PairOneToOne(int o, int n, Matching* matching, Groups* groups) {
  matching->old_to_new[static_cast<size_t>(o)] = n;
  matching->new_to_old[static_cast<size_t>(n)] = o;
  groups->cp_old[static_cast<size_t>(o)].push_back(n);
  groups->cp_new[static_cast<size_t>(n)].push_back(o);
}

}  // namespace congvan::align_internal
