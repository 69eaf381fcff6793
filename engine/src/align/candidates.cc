// Candidate generation (see candidates.h).
#include "align/candidates.h"

#include <algorithm>
#include <bit>
#include <cstdint>

#include "text/huge_pages.h"

namespace congvan::align_internal {
namespace {

// Postings of the new tasks in compressed sparse rows: the new tasks holding
// feature f, with their weights, are items[offset[f] .. offset[f + 1]).
struct Posting {
  int task;
  float weight;
};
struct Postings {
  std::vector<int> offset;
  std::vector<Posting> items;
};

Postings BuildPostings(const AlignInput& input) {
  const FeatureSpace& fs = input.features;
  size_t nf = fs.feature_count();
  Postings p;
  p.offset.assign(nf + 1, 0);
  for (size_t n = 0; n < input.new_tasks.size(); ++n) {
    for (const FeatureEntry& x : fs.New(static_cast<int>(n)).entries)
      ++p.offset[static_cast<size_t>(x.id) + 1];
  }
  for (size_t f = 0; f < nf; ++f) p.offset[f + 1] += p.offset[f];
  text::ReserveHuge(&p.items, static_cast<size_t>(p.offset[nf]));
  p.items.resize(static_cast<size_t>(p.offset[nf]));
  std::vector<int> fill(p.offset.begin(), p.offset.end() - 1);
  for (size_t n = 0; n < input.new_tasks.size(); ++n) {
    for (const FeatureEntry& x : fs.New(static_cast<int>(n)).entries) {
      size_t at = static_cast<size_t>(fill[static_cast<size_t>(x.id)]++);
      p.items[at] = {static_cast<int>(n), x.weight};
    }
  }
  return p;
}

// A feature an old task may probe with, and the keys it is ordered by:
// rarest first, then heaviest, then by id (a total order, so any selection
// that orders by it picks the same features in the same order).
struct Probe {
  int df;  // new tasks holding the feature
  float weight;
  int id;
  bool operator<(const Probe& b) const {
    if (df != b.df) return df < b.df;
    if (weight != b.weight) return weight > b.weight;
    return id < b.id;
  }
};

// The features old task `o` probes with: present in 1..max_postings new
// tasks, in Probe order, at most max_probe_features and max_probe_postings
// postings in all. Only the features that can be taken are put in order
// (nth_element, then a sort of those).
void ProbeFeatures(const AlignInput& input, int o, std::vector<Probe>* probe) {
  const FeatureSpace& fs = input.features;
  const AlignOptions& opt = input.options;
  probe->clear();
  for (const FeatureEntry& x : fs.Old(o).entries) {
    int df = fs.NewFrequency(x.id);
    if (df > 0 && df <= opt.max_postings) probe->push_back({df, x.weight, x.id});
  }
  size_t cap = std::min(probe->size(), static_cast<size_t>(std::max(0, opt.max_probe_features)));
  auto cut = probe->begin() + static_cast<long>(cap);
  if (cap < probe->size()) std::nth_element(probe->begin(), cut, probe->end());
  std::sort(probe->begin(), cut);
  size_t taken = 0;
  long postings = 0;
  for (; taken < cap; ++taken) {
    postings += (*probe)[taken].df;
    if (taken > 0 && postings > opt.max_probe_postings) break;
  }
  probe->resize(taken);
}

// Partial dot products of old task `o`'s probe features with every new task
// in their postings, summed in probe order into acc (zero on entry for every
// task); the tasks touched are listed in touched[0..count), and count is
// returned. A push is unconditional and the count moves on only for a first
// touch (no branch per posting): acc is zero only before a task's first
// posting, as every weight is positive. The test reads the sum's bits as an
// integer (+0.0 is all zero bits, and a sum of positive products is never
// -0.0): a float comparison costs three more instructions a posting.
size_t AccumulatePostings(const Postings& p, const std::vector<Probe>& probe, float* acc,
                          int* touched) {
  size_t count = 0;
  const Posting* items = p.items.data();
  for (const Probe& x : probe) {
    const float w = x.weight;
    const Posting* end = items + p.offset[static_cast<size_t>(x.id) + 1];
    for (const Posting* it = items + p.offset[static_cast<size_t>(x.id)]; it < end; ++it) {
      float a = acc[it->task];
      touched[count] = it->task;
      count += std::bit_cast<std::uint32_t>(a) == 0 ? 1 : 0;
      acc[it->task] = a + w * it->weight;
    }
  }
  return count;
}

// The `keep` best of touched[0..count) by partial dot (then lower index),
// best first, through a sorted buffer: most tasks fall below its last entry
// and cost one comparison, with that entry's dot and index kept in locals
// (the same test as better(n, best->back()), without reloading either).
void BestTouched(const float* acc, const int* touched, size_t count, size_t keep,
                 std::vector<int>* best) {
  best->clear();
  if (keep == 0) return;
  auto better = [acc](int a, int b) {
    float x = acc[a], y = acc[b];
    return x != y ? x > y : a < b;
  };
  float last_acc = 0;
  int last = 0;
  for (size_t k = 0; k < count; ++k) {
    int n = touched[k];
    if (best->size() == keep) {
      float a = acc[n];
      if (a < last_acc || (a == last_acc && n >= last)) continue;  // not better than the last
      best->pop_back();
    }
    best->insert(std::upper_bound(best->begin(), best->end(), n, better), n);
    if (best->size() == keep) {
      last = best->back();
      last_acc = acc[last];
    }
  }
}

// Then, among the rest, the best by dot over the new task's norm: a short task
// copied word for word is outscored on the raw dot by long tasks that repeat
// its common words. Added best first (ties by new task index). `best` holds
// the top of the first ranking, so a task is in it exactly when it does not
// rank below best's last entry (one comparison, no search). Each task's key
// is computed once, with the norms read from one flat array: the same
// quotient as acc / New(n).l2, so the same order.
void BestOfRestByNorm(const std::vector<double>& new_l2, const float* acc, const int* touched,
                      size_t count, const std::vector<int>& best, size_t keep,
                      std::vector<int>* extra) {
  extra->clear();
  if (keep == 0 || count <= best.size()) return;
  struct Ranked {
    double key;
    int n;
  };
  auto before = [](const Ranked& a, const Ranked& b) {
    return a.key != b.key ? a.key > b.key : a.n < b.n;
  };
  const int last = best.back();
  const float last_acc = acc[last];
  thread_local std::vector<Ranked> ranked;
  ranked.clear();
  Ranked worst{0, 0};  // ranked.back() once ranked is full
  for (size_t k = 0; k < count; ++k) {
    int n = touched[k];
    float a = acc[n];
    if (a > last_acc || (a == last_acc && n <= last)) continue;  // in best
    Ranked r{a / new_l2[static_cast<size_t>(n)], n};
    if (ranked.size() == keep) {
      if (!before(r, worst)) continue;
      ranked.pop_back();
    }
    ranked.insert(std::upper_bound(ranked.begin(), ranked.end(), r, before), r);
    if (ranked.size() == keep) worst = ranked.back();
  }
  for (const Ranked& r : ranked) extra->push_back(r.n);
}

}  // namespace

void CandidateSet::Add(const AlignInput& input, int o, int n) {
  std::vector<int>& mine = of_old_[static_cast<size_t>(o)];
  if (mine.capacity() == 0) mine.reserve(per_old_);
  mine.push_back(static_cast<int>(all_.size()));
  old_loaded_.Load(&input.features.Old(o));
  all_.push_back({o, n, Evidence(input, o, n, &old_loaded_), 0.0});
}

void CandidateSet::Reserve(size_t n, size_t per_old) {
  per_old_ = per_old;
  if (all_.empty())
    text::ReserveHuge(&all_, n);
  else
    all_.reserve(n);
}

bool CandidateSet::Has(int o, int n) const {
  for (int c : of_old_[static_cast<size_t>(o)]) {
    if (all_[static_cast<size_t>(c)].n == n) return true;
  }
  return false;
}

// Counted first, so each list is allocated once at its final size.
std::vector<std::vector<int>> CandidateSet::ByNew(size_t new_count) const {
  std::vector<int> count(new_count, 0);
  for (const Candidate& c : all_) ++count[static_cast<size_t>(c.n)];
  std::vector<std::vector<int>> by(new_count);
  for (size_t n = 0; n < new_count; ++n) by[n].reserve(static_cast<size_t>(count[n]));
  for (size_t i = 0; i < all_.size(); ++i)
    by[static_cast<size_t>(all_[i].n)].push_back(static_cast<int>(i));
  return by;
}

// Each old task's candidates are added best first (by partial dot, then by
// new task index).
void InvertedIndexCandidates::Generate(const AlignInput& input, CandidateSet* out) const {
  Postings p = BuildPostings(input);
  const size_t keep = static_cast<size_t>(std::max(0, input.options.max_candidates));
  // Across languages a task's vector is a handful of lexicon concepts, and a
  // short task's few concepts are found in most tasks of the other side:
  // the norm says nothing there (it lowered the 2023 vi → 2024 en pair).
  const size_t keep_by_norm =
      input.cross_language ? 0
                           : static_cast<size_t>(std::max(0, input.options.max_cosine_candidates));
  // Room for this stage's candidates (at most keep + keep_by_norm an old
  // task) and the first structural pass's (at most max_candidates), so the
  // list is not copied as it grows: at 100k tasks each copy touched another
  // 64–128 MB of fresh pages. Pages past the final size are never touched.
  const size_t per_old = keep + keep_by_norm + keep;
  out->Reserve(
      std::min(input.old_tasks.size() * per_old, input.old_tasks.size() * input.new_tasks.size()),
      std::min(keep + keep_by_norm, input.new_tasks.size()));
  std::vector<float> acc(input.new_tasks.size(), 0.0f);
  std::vector<int> touched(input.new_tasks.size() + 1);
  std::vector<Probe> probe;
  std::vector<int> best;
  std::vector<int> extra;
  std::vector<double> new_l2(input.new_tasks.size());
  for (size_t n = 0; n < new_l2.size(); ++n) new_l2[n] = input.features.New(static_cast<int>(n)).l2;
  for (size_t o = 0; o < input.old_tasks.size(); ++o) {
    ProbeFeatures(input, static_cast<int>(o), &probe);
    size_t count = AccumulatePostings(p, probe, acc.data(), touched.data());
    BestTouched(acc.data(), touched.data(), count, keep, &best);
    BestOfRestByNorm(new_l2, acc.data(), touched.data(), count, best, keep_by_norm, &extra);
    for (int n : best) out->Add(input, static_cast<int>(o), n);
    for (int n : extra) out->Add(input, static_cast<int>(o), n);
    for (size_t k = 0; k < count; ++k) acc[static_cast<size_t>(touched[k])] = 0.0f;
  }
}

void AddStructuralCandidates(const AlignInput& input, const std::vector<int>& match_o,
                             CandidateSet* out) {
  size_t limit = static_cast<size_t>(std::max(0, input.options.max_candidates));
  // The top-level tasks of the new version are the children of the two
  // documents' roots, which always correspond.
  std::vector<int> new_roots;
  for (size_t n = 0; n < input.new_tasks.size(); ++n) {
    if (input.new_tasks[n].parent < 0) new_roots.push_back(static_cast<int>(n));
  }
  for (size_t o = 0; o < input.old_tasks.size(); ++o) {
    int po = input.old_tasks[o].parent;
    if (po >= 0 && match_o[static_cast<size_t>(po)] < 0) continue;
    const std::vector<int>& siblings =
        po < 0 ? new_roots : input.New(match_o[static_cast<size_t>(po)]).children;
    size_t added = 0;
    for (int n : siblings) {
      if (added >= limit) break;
      if (out->Has(static_cast<int>(o), n)) continue;
      out->Add(input, static_cast<int>(o), n);
      ++added;
    }
  }
}

}  // namespace congvan::align_internal
