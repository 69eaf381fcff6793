// The alignment pipeline with its candidate stage as a parameter: Align()
// runs it with the inverted index; tests run it with every pair as a
// candidate (the slow reference the fast path is checked against).
#ifndef CONGVAN_SRC_ALIGN_PIPELINE_H_
#define CONGVAN_SRC_ALIGN_PIPELINE_H_

#include "align/candidates.h"

namespace congvan::align_internal {

Result<Alignment> AlignWith(const Document& old_doc, const Document& new_doc,
                            const AlignOptions& options, const CandidateGenerator& generator);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_PIPELINE_H_
