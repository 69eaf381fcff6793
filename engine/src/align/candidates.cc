// Candidate generation (see candidates.h).
#include "align/candidates.h"

#include <algorithm>

namespace congvan::align_internal {
namespace {

// Postings of the new tasks in compressed sparse rows: the new tasks holding
// feature f are postings[offset[f] .. offset[f + 1]), with their weights.
struct Postings {
  std::vector<int> offset;
  std::vector<int> task;
  std::vector<float> weight;
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
  p.task.resize(static_cast<size_t>(p.offset[nf]));
  p.weight.resize(p.task.size());
  std::vector<int> fill(p.offset.begin(), p.offset.end() - 1);
  for (size_t n = 0; n < input.new_tasks.size(); ++n) {
    for (const FeatureEntry& x : fs.New(static_cast<int>(n)).entries) {
      size_t at = static_cast<size_t>(fill[static_cast<size_t>(x.id)]++);
      p.task[at] = static_cast<int>(n);
      p.weight[at] = x.weight;
    }
  }
  return p;
}

// A feature an old task may probe with, and the keys it is ordered by.
struct Probe {
  int df;  // new tasks holding the feature
  float weight;
  const FeatureEntry* entry;
};

// The features old task `o` probes with: present in 1..max_postings new
// tasks, rarest first (then heaviest, then by id), at most max_probe_features
// and max_probe_postings postings in all. The keys are read once per feature
// into `scratch`, not on every comparison of the sort.
void ProbeFeatures(const AlignInput& input, int o, std::vector<Probe>* scratch,
                   std::vector<const FeatureEntry*>* probe) {
  const FeatureSpace& fs = input.features;
  const AlignOptions& opt = input.options;
  scratch->clear();
  for (const FeatureEntry& x : fs.Old(o).entries) {
    int df = fs.NewFrequency(x.id);
    if (df > 0 && df <= opt.max_postings) scratch->push_back({df, x.weight, &x});
  }
  std::sort(scratch->begin(), scratch->end(), [](const Probe& a, const Probe& b) {
    if (a.df != b.df) return a.df < b.df;
    if (a.weight != b.weight) return a.weight > b.weight;
    return a.entry->id < b.entry->id;
  });
  size_t cap = std::min(scratch->size(), static_cast<size_t>(std::max(0, opt.max_probe_features)));
  size_t taken = 0;
  long postings = 0;
  for (; taken < cap; ++taken) {
    postings += (*scratch)[taken].df;
    if (taken > 0 && postings > opt.max_probe_postings) break;
  }
  probe->resize(taken);
  for (size_t k = 0; k < taken; ++k) (*probe)[k] = (*scratch)[k].entry;
}

}  // namespace

void CandidateSet::Add(const AlignInput& input, int o, int n) {
  of_old_[static_cast<size_t>(o)].push_back(static_cast<int>(all_.size()));
  old_loaded_.Load(&input.features.Old(o));
  all_.push_back({o, n, Evidence(input, o, n, &old_loaded_), 0.0});
}

bool CandidateSet::Has(int o, int n) const {
  for (int c : of_old_[static_cast<size_t>(o)]) {
    if (all_[static_cast<size_t>(c)].n == n) return true;
  }
  return false;
}

std::vector<std::vector<int>> CandidateSet::ByNew(size_t new_count) const {
  std::vector<std::vector<int>> by(new_count);
  for (size_t i = 0; i < all_.size(); ++i)
    by[static_cast<size_t>(all_[i].n)].push_back(static_cast<int>(i));
  return by;
}

void InvertedIndexCandidates::Generate(const AlignInput& input, CandidateSet* out) const {
  Postings p = BuildPostings(input);
  const int max_candidates = std::max(0, input.options.max_candidates);
  // Across languages a task's vector is a handful of lexicon concepts, and a
  // short task's few concepts are found in most tasks of the other side:
  // the norm says nothing there (it lowered the 2023 vi → 2024 en pair).
  const int max_short = input.cross_language ? 0 : std::max(0, input.options.max_cosine_candidates);
  out->Reserve(input.old_tasks.size() * static_cast<size_t>(std::max(1, max_candidates)));
  std::vector<float> acc(input.new_tasks.size(), 0.0f);
  std::vector<int> touched;
  std::vector<Probe> scratch;
  std::vector<const FeatureEntry*> probe;
  for (size_t o = 0; o < input.old_tasks.size(); ++o) {
    ProbeFeatures(input, static_cast<int>(o), &scratch, &probe);
    touched.clear();
    for (const FeatureEntry* x : probe) {
      size_t f = static_cast<size_t>(x->id);
      for (int k = p.offset[f]; k < p.offset[f + 1]; ++k) {
        int n = p.task[static_cast<size_t>(k)];
        if (acc[static_cast<size_t>(n)] == 0.0f) touched.push_back(n);
        acc[static_cast<size_t>(n)] += x->weight * p.weight[static_cast<size_t>(k)];
      }
    }
    size_t keep = std::min(touched.size(), static_cast<size_t>(max_candidates));
    auto better = [&](int a, int b) {
      float x = acc[static_cast<size_t>(a)], y = acc[static_cast<size_t>(b)];
      return x != y ? x > y : a < b;
    };
    if (keep < touched.size()) {
      std::nth_element(touched.begin(), touched.begin() + static_cast<long>(keep), touched.end(),
                       better);
    }
    // Then, among the rest, the best by dot over the new task's norm: a short
    // task copied word for word is outscored on the raw dot by long tasks that
    // repeat its common words.
    size_t extra = std::min(touched.size() - keep, static_cast<size_t>(max_short));
    if (extra > 0) {
      auto by_cosine = [&](int a, int b) {
        double x = acc[static_cast<size_t>(a)] / input.features.New(a).l2;
        double y = acc[static_cast<size_t>(b)] / input.features.New(b).l2;
        return x != y ? x > y : a < b;
      };
      auto rest = touched.begin() + static_cast<long>(keep);
      if (keep + extra < touched.size()) {
        std::nth_element(rest, rest + static_cast<long>(extra), touched.end(), by_cosine);
      }
      keep += extra;
    }
    for (size_t k = 0; k < keep; ++k) out->Add(input, static_cast<int>(o), touched[k]);
    for (int n : touched) acc[static_cast<size_t>(n)] = 0.0f;
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
