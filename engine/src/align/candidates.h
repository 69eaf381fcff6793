// Candidate pairs: which (old task, new task) pairs the assignment may
// consider, each with its evidence.
//
// A CandidateGenerator proposes pairs; the aligner never scores all pairs.
// InvertedIndexCandidates is the production generator: an inverted index
// (CSR postings) over the new tasks' features; each old task probes it with
// at most max_probe_features of its rarest features, skipping any feature
// found in more than max_postings new tasks, accumulates partial dot
// products and keeps the max_candidates best (added best first), then (same language only) the
// max_cosine_candidates best of the rest by partial dot over the new task's
// norm: ranked by the raw dot alone, long tasks that repeat a short task's
// words crowd out its word-for-word copy (an article heading "Công nghiệp
// đường sắt" among the clauses that use the phrase). Work is bounded by tasks ×
// probe features × postings cap (and at most max_probe_postings postings
// per old task) — linear in the input. Structural candidates
// are added after a first assignment: the children of an aligned parent's
// counterpart (and the top-level tasks of the new version) for each task
// whose parent is aligned, which rescues short tasks whose words are all
// common ("TỔ CHỨC THỰC HIỆN").
#ifndef CONGVAN_SRC_ALIGN_CANDIDATES_H_
#define CONGVAN_SRC_ALIGN_CANDIDATES_H_

#include <vector>

#include "align/align_input.h"

namespace congvan::align_internal {

struct Candidate {
  int o;
  int n;
  PairEvidence e;
  double score = 0;
};

class CandidateSet {
 public:
  CandidateSet(size_t old_count, size_t feature_count)
      : of_old_(old_count), old_loaded_(feature_count) {}
  // Adds (o, n) with its evidence; callers add a pair once (see Has). The
  // old task's vector stays loaded between calls, so adding the candidates
  // of one old task in a row measures each pair in one pass.
  void Add(const AlignInput& input, int o, int n);
  bool Has(int o, int n) const;
  std::vector<Candidate>& all() { return all_; }
  const std::vector<Candidate>& all() const { return all_; }
  // Indices into all() of the candidates of old task o, in insertion order.
  const std::vector<int>& OfOld(int o) const { return of_old_[static_cast<size_t>(o)]; }
  // Indices of the candidates of every new task.
  std::vector<std::vector<int>> ByNew(size_t new_count) const;
  // Room for n candidates in all(), in huge pages (text/huge_pages.h), and for
  // per_old in each old task's list as its first candidate is added (one
  // allocation a task instead of one per doubling: 1, 2, 4, 8, 16).
  void Reserve(size_t n, size_t per_old);

 private:
  std::vector<Candidate> all_;
  std::vector<std::vector<int>> of_old_;
  size_t per_old_ = 0;
  DenseVector old_loaded_;
};

class CandidateGenerator {
 public:
  virtual ~CandidateGenerator() = default;
  virtual void Generate(const AlignInput& input, CandidateSet* out) const = 0;
};

class InvertedIndexCandidates : public CandidateGenerator {
 public:
  void Generate(const AlignInput& input, CandidateSet* out) const override;
};

// Adds, for every old task whose parent is matched (match_o: old → new, -1
// none) or which is top level, up to max_candidates of the counterpart's
// children (the new top-level tasks) not yet candidates.
void AddStructuralCandidates(const AlignInput& input, const std::vector<int>& match_o,
                             CandidateSet* out);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_CANDIDATES_H_
