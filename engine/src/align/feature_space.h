// The feature space: every task of both versions as a sparse TF-IDF vector
// over integer feature ids.
//
// Approach: the features of a task's text (features.h, plus any
// AlignOptions::extra_features) are hashed to 64 bits and interned to dense
// ids as they are met, old version first, through open-addressing tables
// (intern_tables.h): a word seen before gets its ids from the word cache in
// one probe, other features (bigrams, anchors) from the hash → id map. A
// task's repeated features are merged through scratch arrays indexed by id,
// so only its distinct ids are sorted. A task whose text was met before in
// the same language (an unchanged provision) shares the entries made from it
// instead of extracting them again: the entries of every vector live in one
// arena (entry_arena.h) and a vector is a span into it. A vector entry first
// holds family weight × (1 + ln tf); once both versions are read, every entry
// of the arena is multiplied (once) by ln(1 + N / df) over the tasks of both
// versions, and each vector's L1 and L2 norms are stored. A division of legislation with
// provisions (an article, a chapter) also gets the vector of its whole
// subtree: an article's title alone says little, its provisions say which
// article it is. Arbitrary texts (a clause of a task) can be projected onto
// the same space, unknown features dropped.
#ifndef CONGVAN_SRC_ALIGN_FEATURE_SPACE_H_
#define CONGVAN_SRC_ALIGN_FEATURE_SPACE_H_

#include <absl/container/flat_hash_map.h>
#include <absl/strings/string_view.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "align/entry_arena.h"
#include "align/features.h"
#include "align/intern_tables.h"
#include "align/task_index.h"
#include "congvan/align.h"

namespace congvan::align_internal {

// A vector's entries are borrowed: from the feature space's arena (task and
// subtree vectors; two tasks of one text share theirs) or from a
// ProjectedVector.
struct SparseVector {
  std::span<const FeatureEntry> entries;  // sorted by id
  double l2 = 0;
  double l1 = 0;
  double l2_squared = 0;  // the sum l2 is the root of
};

// A projected text's vector with its own entries. Move-only: the view points
// into the storage (a moved std::vector keeps its buffer).
class ProjectedVector {
 public:
  explicit ProjectedVector(std::vector<FeatureEntry> entries);
  ProjectedVector(ProjectedVector&&) noexcept = default;
  ProjectedVector& operator=(ProjectedVector&&) noexcept = default;
  ProjectedVector(const ProjectedVector&) = delete;
  ProjectedVector& operator=(const ProjectedVector&) = delete;
  // Read as a SparseVector wherever one is asked for.
  operator const SparseVector&() const { return vector_; }  // NOLINT(google-explicit-constructor)
  const SparseVector& vector() const { return vector_; }

 private:
  std::vector<FeatureEntry> storage_;
  SparseVector vector_;
};

// How two vectors overlap, from one merge-join over their sorted entries:
// the cosine (0 when either is empty, at most 1) and the share of each
// one's weight (L1) the other contains (sum of minima).
struct Overlap {
  double cosine = 0;
  double a_in_b = 0;
  double b_in_a = 0;
};
Overlap Measure(const SparseVector& a, const SparseVector& b);
// Measure(v, w) for a w with the same entries as v, from v's norms alone:
// the dot product is the very sum l2_squared is (the same products added in
// the same order), and the sum of minima is l1.
Overlap MeasureSame(const SparseVector& v);

inline double Cosine(const SparseVector& a, const SparseVector& b) { return Measure(a, b).cosine; }

// One vector spread over a dense array indexed by feature id, so that its
// overlap with many others costs one pass over each other's entries instead
// of a branchy merge-join. Measure(other) equals Measure(loaded, other)
// exactly: the same products and minima are summed in the same id order
// (absent ids add exact zeros). Loading a vector clears the previous one's
// entries only, so a scan over many old tasks stays linear.
class DenseVector {
 public:
  explicit DenseVector(size_t feature_count) : weight_(feature_count, 0.0) {}
  void Load(const SparseVector* v);
  const SparseVector* loaded() const { return loaded_; }
  Overlap Measure(const SparseVector& other) const;

 private:
  // As doubles: a float widened once at Load, so the pass over `other` does
  // one conversion per entry, and min(a, b) of two widened floats is the
  // widened min of the floats (the conversion is exact and monotonic).
  std::vector<double> weight_;
  const SparseVector* loaded_ = nullptr;
};

class FeatureSpace {
 public:
  // structural_anchors: also give every provision of legislation its place
  // as a feature ("s:article 5/2" for khoản 2 of Điều 5 and clause 2 of
  // Article 5): a translation keeps the numbering, so across languages the
  // place is evidence; between versions of one language it is not (articles
  // are renumbered), so Align() asks for it only across languages.
  FeatureSpace(const TaskIndex& old_tasks, Language old_language, const TaskIndex& new_tasks,
               Language new_language, const AlignOptions& options, bool structural_anchors = false);

  const SparseVector& Old(int o) const { return old_vec_[static_cast<size_t>(o)]; }
  const SparseVector& New(int n) const { return new_vec_[static_cast<size_t>(n)]; }
  // Subtree vectors of divisions with provisions; empty for other tasks.
  const SparseVector& OldTree(int o) const { return old_tree_[static_cast<size_t>(o)]; }
  const SparseVector& NewTree(int n) const { return new_tree_[static_cast<size_t>(n)]; }
  size_t feature_count() const { return idf_.size(); }
  // Whether old task o and new task n have the same vector because they have
  // the same text (the new task shares an old task's entries).
  bool SameVector(int o, int n) const {
    int c = new_text_class_[static_cast<size_t>(n)];
    return c >= 0 && c == old_text_class_[static_cast<size_t>(o)];
  }
  // The first old task with the same text as old task o / new task n: the
  // same for two tasks of one text, -1 for a new task whose text no old task
  // has, and -1 everywhere when texts are not shared (across languages, or
  // with structural anchors or extra extractors).
  int OldTextClass(int o) const { return old_text_class_[static_cast<size_t>(o)]; }
  int NewTextClass(int n) const { return new_text_class_[static_cast<size_t>(n)]; }
  // In how many new tasks feature `id` occurs.
  int NewFrequency(int id) const { return df_new_[static_cast<size_t>(id)]; }
  // `text` over the known features with their IDF (unknown features dropped).
  ProjectedVector Project(std::string_view text, Language language) const;

 private:
  // Per-id scratch for merging one task's features; every slot is back at
  // its idle value after each use.
  struct Scratch {
    struct Slot {
      double max_weight = 0;  // 0 when idle
      int count = 0;          // 0 when idle
    };
    std::vector<Slot> slots;
    std::vector<int> ids;  // the distinct ids met, unsorted
    void Grow(size_t feature_count);
    void Add(int id, double weight) {
      Slot& s = slots[static_cast<size_t>(id)];
      if (s.count++ == 0) ids.push_back(id);
      if (weight > s.max_weight) s.max_weight = weight;
    }
    // The distinct ids in id order as entries of family weight × (1 + ln tf),
    // written into the arena; leaves the scratch idle.
    std::span<const FeatureEntry> Flush(EntryArena* arena);
  };
  class InterningSink;
  class LookupSink;
  WordIdCache& WordCache(Language language) {
    return word_ids_[language == Language::kEnglish ? 1 : 0];
  }
  const WordIdCache& WordCache(Language language) const {
    return word_ids_[language == Language::kEnglish ? 1 : 0];
  }
  // The features of `text` (features.h, then AlignOptions::extra_features).
  void Extract(std::string_view text, Language language, HashedFeatureSink* sink) const;
  // Task text → the entries first made from it (in the arena; shared by
  // every task of the text), while the vectors are built: views into the
  // documents' nodes, and the first old task with that text (-1 when an old
  // task has none).
  struct FirstOfText {
    std::span<const FeatureEntry> entries;
    int old_task;
  };
  using TextEntries = absl::flat_hash_map<absl::string_view, FirstOfText>;
  // text_class: per task, the first old task with its text, or -1.
  void Vectorise(const TaskIndex& tasks, Language language, bool old_side, TextEntries* seen,
                 std::vector<SparseVector>* vecs, std::vector<int>* df,
                 std::vector<int>* text_class);
  // "s:<level> <n>/<n>/…" from the nearest part, chapter or article down to
  // task i, every step numbered; empty when there is none.
  static std::string StructuralKey(const TaskIndex& tasks, int i);
  void ApplyIdf();
  std::vector<SparseVector> SubtreeVectors(const TaskIndex& tasks,
                                           const std::vector<SparseVector>& vecs);

  const AlignOptions& options_;
  bool structural_anchors_ = false;
  // Feature key → dense id, keyed by a 64-bit hash of the key (no strings
  // kept; with a few million distinct features the chance of any collision
  // is below 1e-6, and a collision only merges two features' evidence).
  HashIdMap ids_;
  WordIdCache word_ids_[2];  // by language: Vietnamese, English
  // The entries of every task and subtree vector; a task's entries are
  // written once, then scaled by IDF in place.
  EntryArena arena_;
  std::vector<int> df_old_, df_new_;
  std::vector<float> idf_;
  std::vector<SparseVector> old_vec_, new_vec_, old_tree_, new_tree_;
  // The first old task with the same text (see SameVector); -1 for a text no
  // old task has, or when texts are not shared (Vectorise).
  std::vector<int> old_text_class_, new_text_class_;
};

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_FEATURE_SPACE_H_
