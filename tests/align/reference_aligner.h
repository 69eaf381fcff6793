// The reference aligner, for tests only: the production pipeline with every
// (old, new) pair as a candidate instead of the inverted index's pruned
// list. Same evidence, same scoring, same assignment — obviously complete
// and quadratic. The fast aligner is right when it finds what this finds;
// where it does not, the difference must come from a pair the index never
// proposed (RecordingIndex tells which pairs it did).
#ifndef CONGVAN_TESTS_ALIGN_REFERENCE_ALIGNER_H_
#define CONGVAN_TESTS_ALIGN_REFERENCE_ALIGNER_H_

#include <set>
#include <utility>

#include "align/pipeline.h"

namespace congvan::testing {

class AllPairsCandidates : public align_internal::CandidateGenerator {
 public:
  void Generate(const align_internal::AlignInput& input,
                align_internal::CandidateSet* out) const override;
};

// The production inverted index, remembering the (old, new) preorder pairs
// it proposed.
class RecordingIndex : public align_internal::CandidateGenerator {
 public:
  void Generate(const align_internal::AlignInput& input,
                align_internal::CandidateSet* out) const override;
  const std::set<std::pair<int, int>>& proposed() const { return proposed_; }

 private:
  mutable std::set<std::pair<int, int>> proposed_;
};

Alignment ReferenceAlign(const Document& old_doc, const Document& new_doc,
                         const AlignOptions& options = {});

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_ALIGN_REFERENCE_ALIGNER_H_
