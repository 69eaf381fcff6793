// All-pairs candidates and a recording index (see reference_aligner.h).
#include "align/reference_aligner.h"

namespace congvan::testing {

void AllPairsCandidates::Generate(const align_internal::AlignInput& input,
                                  align_internal::CandidateSet* out) const {
  for (size_t o = 0; o < input.old_tasks.size(); ++o) {
    for (size_t n = 0; n < input.new_tasks.size(); ++n) {
      out->Add(input, static_cast<int>(o), static_cast<int>(n));
    }
  }
}

void RecordingIndex::Generate(const align_internal::AlignInput& input,
                              align_internal::CandidateSet* out) const {
  size_t before = out->all().size();
  align_internal::InvertedIndexCandidates().Generate(input, out);
  for (size_t i = before; i < out->all().size(); ++i) {
    proposed_.insert({out->all()[i].o, out->all()[i].n});
  }
}

Alignment ReferenceAlign(const Document& old_doc, const Document& new_doc,
                         const AlignOptions& options) {
  return align_internal::AlignWith(old_doc, new_doc, options, AllPairsCandidates()).value();
}

}  // namespace congvan::testing
