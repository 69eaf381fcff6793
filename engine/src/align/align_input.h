// What every alignment stage reads: the two documents, the options, both
// task indexes and the feature space, built once per Align() call, and the
// evidence about one pair of tasks that the scorer weighs.
//
// Evidence of a pair (o, n): the cosine of their vectors (or of their whole
// subtrees, for two divisions with provisions, when that is higher), how much
// of each one's weight the other contains, how far apart they sit in their
// documents, whether they share depth and ordinal, and whether they are
// numbered in conflicting styles of legislation (an article against a
// chapter). The structural facts that depend on earlier decisions (parents
// aligned, parents in conflict) are filled in by the assignment stage.
#ifndef CONGVAN_SRC_ALIGN_ALIGN_INPUT_H_
#define CONGVAN_SRC_ALIGN_ALIGN_INPUT_H_

#include "align/feature_space.h"
#include "align/task_index.h"
#include "congvan/align.h"

namespace congvan::align_internal {

struct AlignInput {
  AlignInput(const Document& old_document, const Document& new_document, const AlignOptions& opts)
      : old_doc(old_document),
        new_doc(new_document),
        options(opts),
        cross_language(old_document.language != new_document.language),
        old_tasks(IndexTasks(old_document)),
        new_tasks(IndexTasks(new_document)),
        features(old_tasks, old_document.language, new_tasks, new_document.language, opts,
                 /*structural_anchors=*/cross_language) {}

  const Document& old_doc;
  const Document& new_doc;
  const AlignOptions& options;
  bool cross_language;
  TaskIndex old_tasks;
  TaskIndex new_tasks;
  FeatureSpace features;  // after the task indexes: built from them

  const IndexedTask& Old(int o) const { return old_tasks[static_cast<size_t>(o)]; }
  const IndexedTask& New(int n) const { return new_tasks[static_cast<size_t>(n)]; }
  double Score(const PairEvidence& e) const {
    return options.score ? options.score(e, options) : DefaultScore(e, options);
  }
};

// The text and position evidence of the pair (old task o, new task n).
// `old_loaded`, when given, holds old task o's vector (DenseVector::Load):
// the same evidence, measured without a merge-join.
PairEvidence Evidence(const AlignInput& input, int o, int n,
                      const DenseVector* old_loaded = nullptr);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_ALIGN_INPUT_H_
