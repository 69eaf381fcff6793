// TF-IDF vectors of the tasks of two versions (see feature_space.h).
#include "align/feature_space.h"

#include <algorithm>
#include <cmath>

#include "align/features.h"

namespace congvan::align_internal {
namespace {

// 1 + ln tf; exactly 1 for a feature met once (most are), without calling log.
double TermFrequencyFactor(size_t tf) { return tf == 1 ? 1.0 : 1.0 + std::log(double(tf)); }

// (id, weight) pairs sorted by id → entries with family weight × (1 + ln tf),
// as Scratch::Flush makes them: for a single text (Project), where a scratch
// array over every feature would cost more than sorting a few pairs.
void Accumulate(const std::vector<std::pair<int, double>>& raw, std::vector<FeatureEntry>* out) {
  for (size_t k = 0; k < raw.size();) {
    size_t j = k;
    double w = 0;
    while (j < raw.size() && raw[j].first == raw[k].first) w = std::max(w, raw[j++].second);
    out->push_back({raw[k].first, static_cast<float>(w * TermFrequencyFactor(j - k))});
    k = j;
  }
}

void ComputeNorms(SparseVector* v) {
  v->l1 = v->l2_squared = 0;
  for (const FeatureEntry& x : v->entries) {
    v->l2_squared += double(x.weight) * x.weight;
    v->l1 += x.weight;
  }
  v->l2 = std::sqrt(v->l2_squared);
}

}  // namespace

ProjectedVector::ProjectedVector(std::vector<FeatureEntry> entries) : storage_(std::move(entries)) {
  vector_.entries = storage_;
  ComputeNorms(&vector_);
}

void FeatureSpace::Scratch::Grow(size_t feature_count) {
  if (slots.size() >= feature_count) return;
  slots.resize(std::max(feature_count, slots.size() * 2 + 1024));
}

// A feature met several times keeps its largest family weight.
std::span<const FeatureEntry> FeatureSpace::Scratch::Flush(EntryArena* arena) {
  std::sort(ids.begin(), ids.end());
  std::span<FeatureEntry> out = arena->Allocate(ids.size());
  FeatureEntry* entry = out.data();
  Slot* slot = slots.data();
  for (int id : ids) {
    Slot& s = slot[id];
    *entry++ = {
        id, static_cast<float>(s.max_weight * TermFrequencyFactor(static_cast<size_t>(s.count)))};
    s = Slot{};
  }
  ids.clear();
  return out;
}

Overlap Measure(const SparseVector& a, const SparseVector& b) {
  double dot = 0, minsum = 0;
  size_t i = 0, j = 0;
  while (i < a.entries.size() && j < b.entries.size()) {
    if (a.entries[i].id < b.entries[j].id) {
      ++i;
    } else if (a.entries[i].id > b.entries[j].id) {
      ++j;
    } else {
      dot += double(a.entries[i].weight) * b.entries[j].weight;
      minsum += std::min(a.entries[i].weight, b.entries[j].weight);
      ++i;
      ++j;
    }
  }
  Overlap o;
  o.cosine = (a.l2 > 0 && b.l2 > 0) ? std::min(1.0, dot / (a.l2 * b.l2)) : 0.0;
  o.a_in_b = a.l1 > 0 ? minsum / a.l1 : 0.0;
  o.b_in_a = b.l1 > 0 ? minsum / b.l1 : 0.0;
  return o;
}

Overlap MeasureSame(const SparseVector& v) {
  Overlap o;
  o.cosine = v.l2 > 0 ? std::min(1.0, v.l2_squared / (v.l2 * v.l2)) : 0.0;
  o.a_in_b = o.b_in_a = v.l1 > 0 ? v.l1 / v.l1 : 0.0;
  return o;
}

void DenseVector::Load(const SparseVector* v) {
  if (loaded_ == v) return;
  if (loaded_ != nullptr) {
    for (const FeatureEntry& x : loaded_->entries) weight_[static_cast<size_t>(x.id)] = 0.0;
  }
  loaded_ = v;
  if (v != nullptr) {
    for (const FeatureEntry& x : v->entries) weight_[static_cast<size_t>(x.id)] = x.weight;
  }
}

Overlap DenseVector::Measure(const SparseVector& other) const {
  double dot = 0, minsum = 0;
  const double* weight = weight_.data();
  for (const FeatureEntry& x : other.entries) {
    double w = weight[static_cast<size_t>(x.id)];
    double v = x.weight;
    dot += w * v;
    minsum += v < w ? v : w;
  }
  const SparseVector& a = *loaded_;
  Overlap o;
  o.cosine = (a.l2 > 0 && other.l2 > 0) ? std::min(1.0, dot / (a.l2 * other.l2)) : 0.0;
  o.a_in_b = a.l1 > 0 ? minsum / a.l1 : 0.0;
  o.b_in_a = other.l1 > 0 ? minsum / other.l1 : 0.0;
  return o;
}

FeatureSpace::FeatureSpace(const TaskIndex& old_tasks, Language old_language,
                           const TaskIndex& new_tasks, Language new_language,
                           const AlignOptions& options, bool structural_anchors)
    : options_(options), structural_anchors_(structural_anchors) {
  // The id map grows as features are met: a guess from the task count (it
  // was 24 a task) over-reserves tenfold on long documents, whose tasks share
  // most features — 96 MB zero-filled at 100k tasks for 0.2 M features, every
  // probe a cache miss.
  {
    // Texts are shared between the versions only in one language.
    TextEntries seen_old, seen_new;
    Vectorise(old_tasks, old_language, true, &seen_old, &old_vec_, &df_old_, &old_text_class_);
    Vectorise(new_tasks, new_language, false, old_language == new_language ? &seen_old : &seen_new,
              &new_vec_, &df_new_, &new_text_class_);
  }
  ApplyIdf();
  old_tree_ = SubtreeVectors(old_tasks, old_vec_);
  new_tree_ = SubtreeVectors(new_tasks, new_vec_);
}

void FeatureSpace::Extract(std::string_view text, Language language,
                           HashedFeatureSink* sink) const {
  ExtractTextFeatures(text, language, options_.grammar_dir, sink);
  std::vector<WeightedFeature> extra;
  for (const auto& extractor : options_.extra_features) {
    if (!extractor) continue;
    extra.clear();
    extractor->Extract(text, language, &extra);
    for (const WeightedFeature& f : extra) sink->Add(f.key, f.weight);
  }
}

// Interns each feature as it is met (ids in order of first appearance) and
// merges it into the current task's scratch. A word seen before takes its
// ids from the word cache; a new one is interned as the base class would
// send it ("d:" first, then "w:"), so the ids are those of the plain path.
class FeatureSpace::InterningSink final : public HashedFeatureSink {
 public:
  InterningSink(HashIdMap* ids, WordIdCache* words, Scratch* scratch)
      : ids_(ids), words_(words), scratch_(scratch) {}
  void AddHash(std::uint64_t key_hash, double weight) override {
    if (weight <= 0) return;
    scratch_->Add(Intern(key_hash), weight);
  }
  std::uint64_t AddWord(std::string_view raw, Language language) override {
    const WordIds* known = words_->Find(raw);
    WordIds w;
    if (known != nullptr) {
      w = *known;
    } else {
      WordKeys k = KeysOfWord(raw, language);
      if (k.folded != 0) w.folded = Intern(k.folded);
      w.word = Intern(k.word);
      w.word_hash = k.word;
      words_->Insert(raw, w);
    }
    if (w.folded >= 0) scratch_->Add(w.folded, kFoldedWeight);
    scratch_->Add(w.word, kWordWeight);
    return w.word_hash;
  }

 private:
  int Intern(std::uint64_t key_hash) {
    bool inserted;
    int id = ids_->Intern(key_hash, &inserted);
    if (inserted) scratch_->Grow(ids_->size());
    return id;
  }

  HashIdMap* ids_;
  WordIdCache* words_;
  Scratch* scratch_;
};

// Collects the known features of a text as (id, weight) pairs; unknown ones
// are dropped.
class FeatureSpace::LookupSink final : public HashedFeatureSink {
 public:
  LookupSink(const HashIdMap& ids, const WordIdCache& words,
             std::vector<std::pair<int, double>>* out)
      : ids_(ids), words_(words), out_(out) {}
  void AddHash(std::uint64_t key_hash, double weight) override {
    if (weight <= 0) return;
    int id = ids_.Find(key_hash);
    if (id >= 0) out_->emplace_back(id, weight);
  }
  std::uint64_t AddWord(std::string_view raw, Language language) override {
    const WordIds* known = words_.Find(raw);
    if (known == nullptr) return HashedFeatureSink::AddWord(raw, language);
    if (known->folded >= 0) out_->emplace_back(known->folded, kFoldedWeight);
    out_->emplace_back(known->word, kWordWeight);
    return known->word_hash;
  }

 private:
  const HashIdMap& ids_;
  const WordIdCache& words_;
  std::vector<std::pair<int, double>>* out_;
};

// A task whose text was met before in the same language (most tasks of a new
// version are unchanged) shares that task's entries in the arena instead of
// extracting them again: every feature of the text is interned already, so
// extraction would give the same ids and weights (and IDF scales each shared
// entry once, as it scaled each copy). Not with structural anchors (a place
// is not in the text) nor extra extractors (not promised to be functions of
// the text).
void FeatureSpace::Vectorise(const TaskIndex& tasks, Language language, bool old_side,
                             TextEntries* seen, std::vector<SparseVector>* vecs,
                             std::vector<int>* df, std::vector<int>* text_class) {
  vecs->resize(tasks.size());
  text_class->assign(tasks.size(), -1);
  Scratch scratch;
  scratch.Grow(ids_.size());
  InterningSink sink(&ids_, &WordCache(language), &scratch);
  const bool reuse = !structural_anchors_ && options_.extra_features.empty();
  if (reuse) seen->reserve(seen->size() + tasks.size());
  for (size_t i = 0; i < tasks.size(); ++i) {
    std::span<const FeatureEntry>& e = (*vecs)[i].entries;
    std::string_view text = tasks[i].node->text;
    const int first_old = old_side ? static_cast<int>(i) : -1;
    auto [known, inserted] = reuse ? seen->try_emplace(absl::string_view(text.data(), text.size()),
                                                       FirstOfText{{}, first_old})
                                   : std::pair<TextEntries::iterator, bool>{seen->end(), true};
    if (reuse) (*text_class)[i] = known->second.old_task;
    if (!inserted) {
      e = known->second.entries;
    } else {
      Extract(text, language, &sink);
      if (structural_anchors_) {
        std::string key = StructuralKey(tasks, static_cast<int>(i));
        if (!key.empty()) sink.AddHash(KeyHash(key), kStructuralAnchorWeight);
      }
      e = scratch.Flush(&arena_);
      if (reuse) known->second.entries = e;
    }
    if (df->size() < ids_.size()) df->resize(std::max(ids_.size(), df->size() * 2), 0);
    for (const FeatureEntry& x : e) ++(*df)[static_cast<size_t>(x.id)];
  }
}

void FeatureSpace::ApplyIdf() {
  df_old_.resize(ids_.size(), 0);
  df_new_.resize(ids_.size(), 0);
  double total = static_cast<double>(old_vec_.size() + new_vec_.size());
  idf_.resize(ids_.size());
  for (size_t f = 0; f < ids_.size(); ++f) {
    idf_[f] = static_cast<float>(std::log(1.0 + total / double(df_old_[f] + df_new_[f])));
  }
  // Every entry once: tasks of one text share their entries. The arena
  // holds only task entries yet (subtree vectors come after).
  const float* idf = idf_.data();
  arena_.ForEach([idf](FeatureEntry& x) { x.weight *= idf[static_cast<size_t>(x.id)]; });
  for (auto* vecs : {&old_vec_, &new_vec_}) {
    for (SparseVector& v : *vecs) ComputeNorms(&v);
  }
}

std::vector<SparseVector> FeatureSpace::SubtreeVectors(const TaskIndex& tasks,
                                                       const std::vector<SparseVector>& vecs) {
  std::vector<SparseVector> out(tasks.size());
  // Sums per id in a dense array (each id's weights added in task order, as
  // a map would), the ids met listed to be sorted and cleared.
  std::vector<float> sum;
  std::vector<int> met;
  for (size_t i = 0; i < tasks.size(); ++i) {
    if (!tasks[i].node->division || tasks[i].children.empty()) continue;
    for (size_t k = i; k < i + static_cast<size_t>(tasks[i].subtree); ++k) {
      for (const FeatureEntry& x : vecs[k].entries) {
        size_t id = static_cast<size_t>(x.id);
        if (id >= sum.size()) sum.resize(std::max(id + 1, sum.size() * 2), -1.0f);
        // -1 marks an id not met yet (weights are never negative).
        if (sum[id] < 0) {
          sum[id] = 0;
          met.push_back(x.id);
        }
        sum[id] += x.weight;
      }
    }
    std::sort(met.begin(), met.end());
    SparseVector& v = out[i];
    std::span<FeatureEntry> entries = arena_.Allocate(met.size());
    FeatureEntry* entry = entries.data();
    for (int id : met) {
      *entry++ = {id, sum[static_cast<size_t>(id)]};
      sum[static_cast<size_t>(id)] = -1.0f;
    }
    v.entries = entries;
    met.clear();
    ComputeNorms(&v);
  }
  return out;
}

std::string FeatureSpace::StructuralKey(const TaskIndex& tasks, int i) {
  std::string path;
  for (int k = i; k >= 0; k = tasks[static_cast<size_t>(k)].parent) {
    const Node& n = *tasks[static_cast<size_t>(k)].node;
    if (!n.ordinal) return "";
    path = std::to_string(*n.ordinal) + (path.empty() ? "" : "/" + path);
    // Parts, chapters and articles are numbered through the whole text.
    if (n.level == "article" || n.level == "chapter" || n.level == "part")
      return "s:" + n.level.str() + " " + path;
  }
  return "";
}

ProjectedVector FeatureSpace::Project(std::string_view text, Language language) const {
  std::vector<std::pair<int, double>> raw;
  LookupSink sink(ids_, WordCache(language), &raw);
  Extract(text, language, &sink);
  std::sort(raw.begin(), raw.end());
  std::vector<FeatureEntry> entries;
  Accumulate(raw, &entries);
  for (FeatureEntry& x : entries) x.weight *= idf_[static_cast<size_t>(x.id)];
  return ProjectedVector(std::move(entries));
}

}  // namespace congvan::align_internal
