// Align(): task trees of two versions → a list of changes.
//
// Approach, in stages:
//  1. Flatten both trees in preorder (parent, depth, top-level section,
//     relative position of every task).
//  2. Features (features.h, plus any AlignOptions::extra_features) are
//     interned and weighted by TF-IDF over the tasks of both documents:
//     weight = family weight × (1 + ln tf) × ln(1 + N / df).
//  3. Candidates: an inverted index over the new tasks. Each old task probes
//     it with at most max_probe_features of its rarest features, skipping any
//     feature found in more than max_postings new tasks, and keeps the
//     max_candidates best partial dot products. Work is therefore bounded by
//     tasks × probe features × postings cap — linear in the input, never all
//     pairs. Exact evidence (cosine, containment both ways) is computed only
//     for kept candidates.
//  4. Assignment: greedy best-first over candidate pairs scored by the
//     ScoreFunction, twice: the second pass knows which parents the first pass
//     aligned (parent bonus) and also tries the children of an aligned parent's
//     counterpart as candidates, which rescues short tasks whose words are all
//     common.
//  5. Split / merge: a task left without a counterpart that is mostly
//     contained (by weight) in one task of the other side joins that task's
//     group.
//  6. Moves: a matched pair whose parents are not counterparts while one of
//     them has a counterpart elsewhere (moved by parent), or which falls
//     outside the longest increasing subsequence of positions among siblings
//     matched under the same parent (moved by order). A renumbering keeps the
//     order, so it is never a move.
//  7. Unmatched tasks are added/dropped; a top-level section with no
//     counterpart anywhere in its subtree is reported once, with its size.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "align/features.h"
#include "congvan/align.h"
#include "congvan/redline.h"

namespace congvan {

const char* ChangeOpName(ChangeOp op) {
  switch (op) {
    case ChangeOp::kUnchanged: return "unchanged";
    case ChangeOp::kReworded: return "reworded";
    case ChangeOp::kMoved: return "moved";
    case ChangeOp::kSplit: return "split";
    case ChangeOp::kMerged: return "merged";
    case ChangeOp::kAdded: return "added";
    case ChangeOp::kDropped: return "dropped";
  }
  return "unknown";
}

double DefaultScore(const PairEvidence& e, const AlignOptions& o) {
  double s = e.text_similarity;
  if (e.parents_aligned) s += o.parent_bonus;
  if (e.parents_conflict) s -= o.parent_conflict_penalty;
  s += o.position_bonus * (1.0 - e.position_delta);
  if (e.same_depth && e.same_ordinal) s += o.ordinal_bonus;
  if (e.style_conflict) s -= o.style_conflict_penalty;
  return s;
}

namespace {

using align_internal::ExtractTextFeatures;
using align_internal::NormalizeForEquality;

// A piece sharing less than this share of its weight with the whole cannot be
// similar enough to one of the whole's clauses; skips the clause test.
constexpr double kClausePrefilter = 0.3;

struct Flat {
  const Node* node = nullptr;
  int parent = -1;
  int depth = 0;
  int top = 0;      // index of its top-level ancestor (itself when top level)
  int subtree = 1;  // tasks in its subtree, itself included
  std::vector<int> children;
  double rel_pos = 0;
};

void FlattenInto(const std::vector<Node>& nodes, int parent, int depth, int top,
                 std::vector<Flat>* out) {
  for (const Node& n : nodes) {
    int index = static_cast<int>(out->size());
    out->push_back(Flat{});
    Flat& f = out->back();
    f.node = &n;
    f.parent = parent;
    f.depth = depth;
    f.top = depth == 0 ? index : top;
    if (parent >= 0) (*out)[static_cast<size_t>(parent)].children.push_back(index);
    FlattenInto(n.children, index, depth + 1, depth == 0 ? index : top, out);
    (*out)[static_cast<size_t>(index)].subtree = static_cast<int>(out->size()) - index;
  }
}

std::vector<Flat> Flatten(const Document& doc) {
  std::vector<Flat> flat;
  FlattenInto(doc.tasks, -1, 0, 0, &flat);
  double n = static_cast<double>(std::max<size_t>(flat.size(), 1));
  for (size_t i = 0; i < flat.size(); ++i) flat[i].rel_pos = static_cast<double>(i) / n;
  return flat;
}

struct Entry {
  int id;
  float weight;
};

struct Vec {
  std::vector<Entry> entries;  // sorted by id
  double l2 = 0;
  double l1 = 0;
};

struct Candidate {
  int o;
  int n;
  PairEvidence e;
  double score = 0;
};

class Aligner {
 public:
  Aligner(const Document& old_doc, const Document& new_doc, const AlignOptions& options)
      : old_doc_(old_doc), new_doc_(new_doc), opt_(options) {}

  Alignment Run();

 private:
  void BuildVectors();
  static std::vector<Vec> SubtreeVectors(const std::vector<Flat>& flat, const std::vector<Vec>& vecs);
  void Vectorise(const std::vector<Flat>& flat, Language lang, std::vector<Vec>* vecs,
                 std::vector<int>* df);
  void GenerateCandidates();
  PairEvidence Evidence(int o, int n) const;
  // Vector of an arbitrary text over the known features (unknown ones dropped).
  Vec TextVec(std::string_view text, Language lang) const;
  // Best cosine between task `piece` (of one side) and a clause of task `whole`
  // (of the other side). old_whole: the whole is an old task.
  double ClauseSimilarity(int whole, int piece, bool old_whole);
  void Assign(std::vector<int>* match_o, std::vector<int>* match_n);
  void AddStructuralCandidates(const std::vector<int>& match_o);
  void FindGroups();
  void BuildChanges(Alignment* out);
  NodeRef Ref(const std::vector<Flat>& flat, int i) const;
  bool ParentsConsistent(int o, int n) const;
  // Where a pair sits relative to already aligned ancestors: A is the nearest
  // ancestor of the old task with a counterpart, B the same for the new task.
  // consistent: one of A's counterparts is an ancestor of the new task, or one
  // of B's counterparts is an ancestor of the old task.
  struct Placement {
    bool old_anchor = false;  // A exists
    bool new_anchor = false;  // B exists
    bool consistent = false;
  };
  Placement Place(int o, int n, const std::vector<std::vector<int>>& cp_o,
                  const std::vector<std::vector<int>>& cp_n) const;
  // Both headings (with sub-tasks) or both leaves.
  bool SameKind(int o, int n) const {
    return old_[static_cast<size_t>(o)].children.empty() ==
           new_[static_cast<size_t>(n)].children.empty();
  }
  double Score(const PairEvidence& e) const {
    return opt_.score ? opt_.score(e, opt_) : DefaultScore(e, opt_);
  }

  const Document& old_doc_;
  const Document& new_doc_;
  const AlignOptions& opt_;
  bool cross_language_ = false;

  std::vector<Flat> old_, new_;
  std::vector<Vec> old_vec_, new_vec_;
  // Divisions of legislation (articles, chapters): the vector of the whole
  // subtree, title and provisions (empty for other tasks). An article's
  // title alone says little; two articles are the same article when their
  // provisions are.
  std::vector<Vec> old_tree_vec_, new_tree_vec_;
  // Feature key → dense id, keyed by a 64-bit hash of the key (no strings
  // kept; with a few million distinct features the chance of any collision
  // is below 1e-6, and a collision only merges two features' evidence).
  std::unordered_map<std::uint64_t, int> ids_;
  std::vector<int> df_old_, df_new_;
  std::vector<float> idf_;
  std::unordered_map<int, std::vector<Vec>> old_clauses_, new_clauses_;  // cache

  std::vector<Candidate> cands_;
  std::vector<std::vector<int>> cands_of_old_;  // candidate indices per old task

  std::vector<int> match_o_, match_n_;  // 1-1 assignment, -1 = none
  // Groups: split (one old → several new) and merged (several old → one new).
  std::vector<std::vector<int>> split_pieces_;   // per old: extra new tasks
  std::vector<std::vector<int>> merge_pieces_;   // per new: extra old tasks
  std::vector<int> piece_of_new_;  // new task → old task whose split it belongs to
  std::vector<int> piece_of_old_;  // old task → new task it is merged into
  // Counterparts after grouping.
  std::vector<std::vector<int>> cp_old_, cp_new_;
};

namespace {

std::uint64_t KeyHash(std::string_view key) { return std::hash<std::string_view>()(key); }

// Collects (hash, weight) pairs.
class HashSink : public align_internal::FeatureSink {
 public:
  explicit HashSink(std::vector<std::pair<std::uint64_t, double>>* out) : out_(out) {}
  void Add(std::string_view key, double weight) override {
    if (weight > 0) out_->emplace_back(KeyHash(key), weight);
  }

 private:
  std::vector<std::pair<std::uint64_t, double>>* out_;
};

}  // namespace

void Aligner::Vectorise(const std::vector<Flat>& flat, Language lang, std::vector<Vec>* vecs,
                        std::vector<int>* df) {
  vecs->resize(flat.size());
  std::vector<std::pair<std::uint64_t, double>> hashed;
  std::vector<WeightedFeature> extra;
  std::vector<std::pair<int, double>> raw;
  HashSink sink(&hashed);
  for (size_t i = 0; i < flat.size(); ++i) {
    hashed.clear();
    const std::string& text = flat[i].node->text;
    ExtractTextFeatures(text, lang, &sink);
    for (const auto& extractor : opt_.extra_features) {
      if (!extractor) continue;
      extra.clear();
      extractor->Extract(text, lang, &extra);
      for (const WeightedFeature& f : extra) sink.Add(f.key, f.weight);
    }
    raw.clear();
    for (const auto& [h, w] : hashed) {
      auto [it, inserted] = ids_.try_emplace(h, static_cast<int>(ids_.size()));
      raw.emplace_back(it->second, w);
    }
    std::sort(raw.begin(), raw.end());
    Vec& v = (*vecs)[i];
    // Entry.weight holds family weight × (1 + ln tf) until BuildVectors
    // multiplies in the IDF.
    std::vector<Entry>& e = v.entries;
    e.reserve(raw.size());
    for (size_t k = 0; k < raw.size();) {
      size_t j = k;
      double w = 0;
      while (j < raw.size() && raw[j].first == raw[k].first) w = std::max(w, raw[j++].second);
      e.push_back({raw[k].first, static_cast<float>(w * (1.0 + std::log(double(j - k))))});
      k = j;
    }
    if (df->size() < ids_.size()) df->resize(std::max(ids_.size(), df->size() * 2), 0);
    for (const Entry& x : e) ++(*df)[static_cast<size_t>(x.id)];
  }
}

void Aligner::BuildVectors() {
  ids_.reserve((old_.size() + new_.size()) * 24);
  Vectorise(old_, old_doc_.language, &old_vec_, &df_old_);
  Vectorise(new_, new_doc_.language, &new_vec_, &df_new_);
  df_old_.resize(ids_.size(), 0);
  df_new_.resize(ids_.size(), 0);
  double total = static_cast<double>(old_.size() + new_.size());
  std::vector<float>& idf = idf_;
  idf.resize(ids_.size());
  for (size_t f = 0; f < ids_.size(); ++f) {
    idf[f] = static_cast<float>(std::log(1.0 + total / double(df_old_[f] + df_new_[f])));
  }
  for (auto* vecs : {&old_vec_, &new_vec_}) {
    for (Vec& v : *vecs) {
      for (Entry& x : v.entries) {
        x.weight *= idf[static_cast<size_t>(x.id)];
        v.l2 += double(x.weight) * x.weight;
        v.l1 += x.weight;
      }
      v.l2 = std::sqrt(v.l2);
    }
  }
  old_tree_vec_ = SubtreeVectors(old_, old_vec_);
  new_tree_vec_ = SubtreeVectors(new_, new_vec_);
}

std::vector<Vec> Aligner::SubtreeVectors(const std::vector<Flat>& flat, const std::vector<Vec>& vecs) {
  std::vector<Vec> out(flat.size());
  for (size_t i = 0; i < flat.size(); ++i) {
    if (!flat[i].node->division || flat[i].children.empty()) continue;
    std::unordered_map<int, float> sum;
    for (size_t k = i; k < i + static_cast<size_t>(flat[i].subtree); ++k) {
      for (const Entry& x : vecs[k].entries) sum[x.id] += x.weight;
    }
    Vec& v = out[i];
    for (const auto& [id, w] : sum) v.entries.push_back({id, w});
    std::sort(v.entries.begin(), v.entries.end(), [](const Entry& a, const Entry& b) { return a.id < b.id; });
    for (const Entry& x : v.entries) {
      v.l2 += double(x.weight) * x.weight;
      v.l1 += x.weight;
    }
    v.l2 = std::sqrt(v.l2);
  }
  return out;
}

double Cosine(const Vec& a, const Vec& b) {
  if (a.l2 <= 0 || b.l2 <= 0) return 0;
  double dot = 0;
  for (size_t i = 0, j = 0; i < a.entries.size() && j < b.entries.size();) {
    if (a.entries[i].id < b.entries[j].id) {
      ++i;
    } else if (a.entries[i].id > b.entries[j].id) {
      ++j;
    } else {
      dot += double(a.entries[i++].weight) * b.entries[j++].weight;
    }
  }
  return std::min(1.0, dot / (a.l2 * b.l2));
}

PairEvidence Aligner::Evidence(int o, int n) const {
  const Vec& a = old_vec_[static_cast<size_t>(o)];
  const Vec& b = new_vec_[static_cast<size_t>(n)];
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
  PairEvidence e;
  e.text_similarity = (a.l2 > 0 && b.l2 > 0) ? std::min(1.0, dot / (a.l2 * b.l2)) : 0.0;
  e.old_in_new = a.l1 > 0 ? minsum / a.l1 : 0.0;
  e.new_in_old = b.l1 > 0 ? minsum / b.l1 : 0.0;
  const Flat& fo = old_[static_cast<size_t>(o)];
  const Flat& fn = new_[static_cast<size_t>(n)];
  e.position_delta = std::fabs(fo.rel_pos - fn.rel_pos);
  e.same_depth = fo.depth == fn.depth;
  e.same_ordinal = fo.node->ordinal && fn.node->ordinal && *fo.node->ordinal == *fn.node->ordinal;
  e.cross_language = cross_language_;
  // Two divisions with provisions: as alike as their whole subtrees, when
  // that says more than their titles.
  const Vec& ta = old_tree_vec_[static_cast<size_t>(o)];
  const Vec& tb = new_tree_vec_[static_cast<size_t>(n)];
  if (!ta.entries.empty() && !tb.entries.empty()) {
    e.text_similarity = std::max(e.text_similarity, Cosine(ta, tb));
  }
  e.style_conflict = !cross_language_ && (fo.node->division || fn.node->division) &&
                     !fo.node->style.empty() && !fn.node->style.empty() &&
                     fo.node->style != fn.node->style;
  return e;
}

Vec Aligner::TextVec(std::string_view text, Language lang) const {
  std::vector<std::pair<std::uint64_t, double>> hashed;
  HashSink sink(&hashed);
  ExtractTextFeatures(text, lang, &sink);
  std::vector<WeightedFeature> extra;
  for (const auto& extractor : opt_.extra_features) {
    if (!extractor) continue;
    extra.clear();
    extractor->Extract(text, lang, &extra);
    for (const WeightedFeature& f : extra) sink.Add(f.key, f.weight);
  }
  std::vector<std::pair<int, double>> raw;
  for (const auto& [h, w] : hashed) {
    auto it = ids_.find(h);
    if (it != ids_.end()) raw.emplace_back(it->second, w);
  }
  std::sort(raw.begin(), raw.end());
  Vec v;
  for (size_t k = 0; k < raw.size();) {
    size_t j = k;
    double w = 0;
    while (j < raw.size() && raw[j].first == raw[k].first) w = std::max(w, raw[j++].second);
    float x = static_cast<float>(w * (1.0 + std::log(double(j - k))) *
                                 idf_[static_cast<size_t>(raw[k].first)]);
    v.entries.push_back({raw[k].first, x});
    v.l2 += double(x) * x;
    v.l1 += x;
    k = j;
  }
  v.l2 = std::sqrt(v.l2);
  return v;
}

// Clauses of a task's text: cut after '.', ';' or ':' followed by a space.
std::vector<std::string_view> Clauses(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    char c = text[i];
    if ((c == '.' || c == ';' || c == ':') && text[i + 1] == ' ') {
      if (i + 1 > start) out.push_back(text.substr(start, i + 1 - start));
      start = i + 2;
    }
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

double Aligner::ClauseSimilarity(int whole, int piece, bool old_whole) {
  auto& cache = old_whole ? old_clauses_ : new_clauses_;
  auto it = cache.find(whole);
  if (it == cache.end()) {
    const std::vector<Flat>& flat = old_whole ? old_ : new_;
    Language lang = old_whole ? old_doc_.language : new_doc_.language;
    std::vector<Vec> vecs;
    std::vector<std::string_view> clauses = Clauses(flat[static_cast<size_t>(whole)].node->text);
    if (clauses.size() >= 2) {
      for (std::string_view c : clauses) vecs.push_back(TextVec(c, lang));
    }
    it = cache.emplace(whole, std::move(vecs)).first;
  }
  const Vec& p = old_whole ? new_vec_[static_cast<size_t>(piece)] : old_vec_[static_cast<size_t>(piece)];
  double best = 0;
  for (const Vec& c : it->second) best = std::max(best, Cosine(c, p));
  return best;
}

void Aligner::GenerateCandidates() {
  // CSR postings of the new tasks, for every feature.
  size_t nf = ids_.size();
  std::vector<int> offset(nf + 1, 0);
  for (const Vec& v : new_vec_) {
    for (const Entry& x : v.entries) ++offset[static_cast<size_t>(x.id) + 1];
  }
  for (size_t f = 0; f < nf; ++f) offset[f + 1] += offset[f];
  std::vector<int> postings(static_cast<size_t>(offset[nf]));
  std::vector<float> post_w(postings.size());
  {
    std::vector<int> fill(offset.begin(), offset.end() - 1);
    for (size_t n = 0; n < new_vec_.size(); ++n) {
      for (const Entry& x : new_vec_[n].entries) {
        size_t at = static_cast<size_t>(fill[static_cast<size_t>(x.id)]++);
        postings[at] = static_cast<int>(n);
        post_w[at] = x.weight;
      }
    }
  }
  cands_of_old_.assign(old_.size(), {});
  cands_.reserve(old_.size() * static_cast<size_t>(std::max(1, opt_.max_candidates)));
  std::vector<float> acc(new_.size(), 0.0f);
  std::vector<int> touched;
  std::vector<const Entry*> probe;
  for (size_t o = 0; o < old_.size(); ++o) {
    probe.clear();
    for (const Entry& x : old_vec_[o].entries) {
      int df = df_new_[static_cast<size_t>(x.id)];
      if (df > 0 && df <= opt_.max_postings) probe.push_back(&x);
    }
    // Rarest first (fewest postings), then heaviest.
    std::sort(probe.begin(), probe.end(), [&](const Entry* a, const Entry* b) {
      int da = df_new_[static_cast<size_t>(a->id)], db = df_new_[static_cast<size_t>(b->id)];
      if (da != db) return da < db;
      if (a->weight != b->weight) return a->weight > b->weight;
      return a->id < b->id;
    });
    if (probe.size() > static_cast<size_t>(std::max(0, opt_.max_probe_features))) {
      probe.resize(static_cast<size_t>(std::max(0, opt_.max_probe_features)));
    }
    touched.clear();
    for (const Entry* x : probe) {
      size_t f = static_cast<size_t>(x->id);
      for (int k = offset[f]; k < offset[f + 1]; ++k) {
        int n = postings[static_cast<size_t>(k)];
        if (acc[static_cast<size_t>(n)] == 0.0f) touched.push_back(n);
        acc[static_cast<size_t>(n)] += x->weight * post_w[static_cast<size_t>(k)];
      }
    }
    size_t keep = std::min(touched.size(), static_cast<size_t>(std::max(0, opt_.max_candidates)));
    auto better = [&](int a, int b) {
      float x = acc[static_cast<size_t>(a)], y = acc[static_cast<size_t>(b)];
      return x != y ? x > y : a < b;
    };
    if (keep < touched.size()) {
      std::nth_element(touched.begin(), touched.begin() + static_cast<long>(keep), touched.end(),
                       better);
    }
    for (size_t k = 0; k < keep; ++k) {
      int n = touched[k];
      cands_of_old_[o].push_back(static_cast<int>(cands_.size()));
      cands_.push_back({static_cast<int>(o), n, Evidence(static_cast<int>(o), n), 0.0});
    }
    for (int n : touched) acc[static_cast<size_t>(n)] = 0.0f;
  }
}

void Aligner::AddStructuralCandidates(const std::vector<int>& match_o) {
  size_t limit = static_cast<size_t>(std::max(0, opt_.max_candidates));
  // The top-level tasks of the new version are the children of the two
  // documents' roots, which always correspond: a short top-level heading
  // whose words are all common ("TỔ CHỨC THỰC HIỆN") is rescued like a child.
  std::vector<int> new_roots;
  for (size_t n = 0; n < new_.size(); ++n) {
    if (new_[n].parent < 0) new_roots.push_back(static_cast<int>(n));
  }
  for (size_t o = 0; o < old_.size(); ++o) {
    int po = old_[o].parent;
    if (po >= 0 && match_o[static_cast<size_t>(po)] < 0) continue;
    const std::vector<int>& siblings =
        po < 0 ? new_roots : new_[static_cast<size_t>(match_o[static_cast<size_t>(po)])].children;
    size_t added = 0;
    for (int n : siblings) {
      if (added >= limit) break;
      bool known = false;
      for (int c : cands_of_old_[o]) known = known || cands_[static_cast<size_t>(c)].n == n;
      if (known) continue;
      cands_of_old_[o].push_back(static_cast<int>(cands_.size()));
      cands_.push_back({static_cast<int>(o), n, Evidence(static_cast<int>(o), n), 0.0});
      ++added;
    }
  }
}

void Aligner::Assign(std::vector<int>* match_o, std::vector<int>* match_n) {
  std::vector<int> order;
  order.reserve(cands_.size());
  for (size_t i = 0; i < cands_.size(); ++i) {
    Candidate& c = cands_[i];
    c.score = Score(c.e);
    if (c.score >= opt_.match_min && c.e.text_similarity >= opt_.reworded_min) {
      order.push_back(static_cast<int>(i));
    }
  }
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    const Candidate& x = cands_[static_cast<size_t>(a)];
    const Candidate& y = cands_[static_cast<size_t>(b)];
    if (x.score != y.score) return x.score > y.score;
    if (x.e.position_delta != y.e.position_delta) return x.e.position_delta < y.e.position_delta;
    if (x.o != y.o) return x.o < y.o;
    return x.n < y.n;
  });
  match_o->assign(old_.size(), -1);
  match_n->assign(new_.size(), -1);
  for (int i : order) {
    const Candidate& c = cands_[static_cast<size_t>(i)];
    if ((*match_o)[static_cast<size_t>(c.o)] >= 0 || (*match_n)[static_cast<size_t>(c.n)] >= 0) {
      continue;
    }
    (*match_o)[static_cast<size_t>(c.o)] = c.n;
    (*match_n)[static_cast<size_t>(c.n)] = c.o;
  }
}

void Aligner::FindGroups() {
  split_pieces_.assign(old_.size(), {});
  merge_pieces_.assign(new_.size(), {});
  piece_of_new_.assign(new_.size(), -1);
  piece_of_old_.assign(old_.size(), -1);
  std::vector<std::vector<int>> cands_of_new(new_.size());
  for (size_t i = 0; i < cands_.size(); ++i) {
    cands_of_new[static_cast<size_t>(cands_[i].n)].push_back(static_cast<int>(i));
  }
  // Split: unmatched new task mostly contained in one old task.
  std::vector<std::vector<int>> tentative(old_.size());
  for (size_t n = 0; n < new_.size(); ++n) {
    if (match_n_[n] >= 0) continue;
    int best = -1;
    double best_in = 0, best_sim = 0;
    for (int ci : cands_of_new[n]) {
      const Candidate& c = cands_[static_cast<size_t>(ci)];
      if (!SameKind(c.o, c.n) || c.e.style_conflict) continue;  // an article is no piece of a chapter
      bool contained = c.e.new_in_old >= opt_.split_piece_min &&
                       c.e.text_similarity >= opt_.piece_similarity_min;
      if (!contained && (c.e.new_in_old < kClausePrefilter ||
                         ClauseSimilarity(c.o, c.n, true) < opt_.clause_match_min)) {
        continue;
      }
      if (c.e.new_in_old > best_in ||
          (c.e.new_in_old == best_in && c.e.text_similarity > best_sim)) {
        best = c.o;
        best_in = c.e.new_in_old;
        best_sim = c.e.text_similarity;
      }
    }
    if (best >= 0) tentative[static_cast<size_t>(best)].push_back(static_cast<int>(n));
  }
  // A task whose counterpart kept its text word for word did not split (or
  // absorb anything): the extra piece only resembles it.
  auto unchanged_pair = [&](int o, int n) {
    return NormalizeForEquality(old_[static_cast<size_t>(o)].node->text) ==
           NormalizeForEquality(new_[static_cast<size_t>(n)].node->text);
  };
  for (size_t o = 0; o < old_.size(); ++o) {
    auto& pieces = tentative[o];
    if (pieces.empty() || (match_o_[o] < 0 && pieces.size() < 2)) continue;
    if (match_o_[o] >= 0 && unchanged_pair(static_cast<int>(o), match_o_[o])) continue;
    split_pieces_[o] = pieces;
    for (int n : pieces) piece_of_new_[static_cast<size_t>(n)] = static_cast<int>(o);
  }
  // Merge: unmatched old task mostly contained in one new task.
  std::vector<std::vector<int>> tentative_m(new_.size());
  for (size_t o = 0; o < old_.size(); ++o) {
    if (match_o_[o] >= 0 || !split_pieces_[o].empty()) continue;
    int best = -1;
    double best_in = 0, best_sim = 0;
    for (int ci : cands_of_old_[o]) {
      const Candidate& c = cands_[static_cast<size_t>(ci)];
      if (!SameKind(c.o, c.n) || c.e.style_conflict) continue;  // an article is no piece of a chapter
      bool contained = c.e.old_in_new >= opt_.merge_piece_min &&
                       c.e.text_similarity >= opt_.piece_similarity_min;
      if (!contained && (c.e.old_in_new < kClausePrefilter ||
                         ClauseSimilarity(c.n, c.o, false) < opt_.clause_match_min)) {
        continue;
      }
      if (piece_of_new_[static_cast<size_t>(c.n)] >= 0) continue;
      int partner = match_n_[static_cast<size_t>(c.n)];
      if (partner >= 0 && !split_pieces_[static_cast<size_t>(partner)].empty()) continue;
      if (c.e.old_in_new > best_in ||
          (c.e.old_in_new == best_in && c.e.text_similarity > best_sim)) {
        best = c.n;
        best_in = c.e.old_in_new;
        best_sim = c.e.text_similarity;
      }
    }
    if (best >= 0) tentative_m[static_cast<size_t>(best)].push_back(static_cast<int>(o));
  }
  for (size_t n = 0; n < new_.size(); ++n) {
    auto& pieces = tentative_m[n];
    if (pieces.empty() || (match_n_[n] < 0 && pieces.size() < 2)) continue;
    if (match_n_[n] >= 0 && unchanged_pair(match_n_[n], static_cast<int>(n))) continue;
    merge_pieces_[n] = pieces;
    for (int o : pieces) piece_of_old_[static_cast<size_t>(o)] = static_cast<int>(n);
  }
  // Counterpart sets.
  cp_old_.assign(old_.size(), {});
  cp_new_.assign(new_.size(), {});
  auto link = [&](int o, int n) {
    cp_old_[static_cast<size_t>(o)].push_back(n);
    cp_new_[static_cast<size_t>(n)].push_back(o);
  };
  for (size_t o = 0; o < old_.size(); ++o) {
    if (match_o_[o] >= 0) link(static_cast<int>(o), match_o_[o]);
    for (int n : split_pieces_[o]) link(static_cast<int>(o), n);
  }
  for (size_t n = 0; n < new_.size(); ++n) {
    for (int o : merge_pieces_[n]) link(o, static_cast<int>(n));
  }
}

bool Aligner::ParentsConsistent(int o, int n) const {
  int po = old_[static_cast<size_t>(o)].parent;
  int pn = new_[static_cast<size_t>(n)].parent;
  if (po < 0 && pn < 0) return true;
  if (po < 0 || pn < 0) return false;
  const auto& cp = cp_old_[static_cast<size_t>(po)];
  return std::find(cp.begin(), cp.end(), pn) != cp.end();
}

Aligner::Placement Aligner::Place(int o, int n, const std::vector<std::vector<int>>& cp_o,
                                  const std::vector<std::vector<int>>& cp_n) const {
  auto is_ancestor = [](const std::vector<Flat>& flat, int anc, int node) {
    for (int p = flat[static_cast<size_t>(node)].parent; p >= 0;
         p = flat[static_cast<size_t>(p)].parent) {
      if (p == anc) return true;
    }
    return false;
  };
  Placement pl;
  int a = old_[static_cast<size_t>(o)].parent;
  while (a >= 0 && cp_o[static_cast<size_t>(a)].empty()) a = old_[static_cast<size_t>(a)].parent;
  int b = new_[static_cast<size_t>(n)].parent;
  while (b >= 0 && cp_n[static_cast<size_t>(b)].empty()) b = new_[static_cast<size_t>(b)].parent;
  pl.old_anchor = a >= 0;
  pl.new_anchor = b >= 0;
  if (a >= 0) {
    for (int x : cp_o[static_cast<size_t>(a)]) pl.consistent = pl.consistent || is_ancestor(new_, x, n);
  }
  if (b >= 0) {
    for (int x : cp_n[static_cast<size_t>(b)]) pl.consistent = pl.consistent || is_ancestor(old_, x, o);
  }
  return pl;
}

NodeRef Aligner::Ref(const std::vector<Flat>& flat, int i) const {
  const Flat& f = flat[static_cast<size_t>(i)];
  NodeRef r;
  r.path = f.node->path;
  r.marker = f.node->marker;
  r.text = f.node->text;
  r.depth = f.depth;
  r.ordinal = f.node->ordinal;
  r.lines = f.node->lines();
  r.index = i;
  return r;
}

// Indices (into `seq`) of one longest strictly increasing subsequence.
std::vector<size_t> LongestIncreasing(const std::vector<int>& seq) {
  std::vector<size_t> tails, prev(seq.size(), SIZE_MAX);
  for (size_t i = 0; i < seq.size(); ++i) {
    auto it = std::lower_bound(tails.begin(), tails.end(), seq[i],
                               [&](size_t t, int v) { return seq[t] < v; });
    if (it != tails.begin()) prev[i] = *(it - 1);
    if (it == tails.end()) {
      tails.push_back(i);
    } else {
      *it = i;
    }
  }
  std::vector<size_t> out;
  for (size_t i = tails.empty() ? SIZE_MAX : tails.back(); i != SIZE_MAX; i = prev[i]) {
    out.push_back(i);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::string JoinTexts(const std::vector<NodeRef>& refs) {
  std::string s;
  for (const NodeRef& r : refs) {
    if (!s.empty()) s += ' ';
    s += r.text;
  }
  return s;
}

void Aligner::BuildChanges(Alignment* out) {
  std::vector<Change> changes;
  std::vector<double> keys;
  std::vector<int> tiebreak;

  // Reading-order key of a change without new tasks: right after the
  // counterpart of the closest preceding old task that has one.
  std::vector<double> old_anchor(old_.size(), -0.5);
  double last = -0.5;
  for (size_t o = 0; o < old_.size(); ++o) {
    for (int n : cp_old_[o]) last = std::max(last, double(n));
    old_anchor[o] = last + 0.5;
  }
  auto push = [&](Change c) {
    double key = c.new_nodes.empty() ? old_anchor[static_cast<size_t>(c.old_nodes.front().index)]
                                     : double(c.new_nodes.front().index);
    keys.push_back(key);
    tiebreak.push_back(c.old_nodes.empty() ? -1 : c.old_nodes.front().index);
    changes.push_back(std::move(c));
  };
  bool redlines = opt_.compute_redlines && !cross_language_;

  // 1-1 pairs: unchanged / reworded / moved.
  std::vector<int> moved(old_.size(), 0);  // 1 parent, 2 order
  std::unordered_map<int, std::vector<int>> by_new_parent;  // new parent → old tasks
  for (size_t o = 0; o < old_.size(); ++o) {
    int n = match_o_[o];
    if (n < 0 || !split_pieces_[o].empty() || !merge_pieces_[static_cast<size_t>(n)].empty()) {
      continue;
    }
    Placement pl = Place(static_cast<int>(o), n, cp_old_, cp_new_);
    bool placed_elsewhere = (pl.old_anchor || pl.new_anchor) && !pl.consistent;
    if (opt_.moves_by_parent && placed_elsewhere && !ParentsConsistent(static_cast<int>(o), n)) {
      moved[o] = 1;
    } else {
      by_new_parent[new_[static_cast<size_t>(n)].parent].push_back(static_cast<int>(o));
    }
  }
  if (opt_.moves_by_order) {
    for (auto& [parent, olds] : by_new_parent) {
      std::sort(olds.begin(), olds.end());
      std::vector<int> seq;
      for (int o : olds) seq.push_back(match_o_[static_cast<size_t>(o)]);
      std::vector<size_t> keep = LongestIncreasing(seq);
      std::vector<bool> in(olds.size(), false);
      for (size_t k : keep) in[k] = true;
      for (size_t k = 0; k < olds.size(); ++k) {
        if (!in[k]) moved[static_cast<size_t>(olds[k])] = 2;
      }
    }
  }
  for (size_t o = 0; o < old_.size(); ++o) {
    int n = match_o_[o];
    if (n < 0 || !split_pieces_[o].empty() || !merge_pieces_[static_cast<size_t>(n)].empty()) {
      continue;
    }
    Change c;
    c.old_nodes.push_back(Ref(old_, static_cast<int>(o)));
    c.new_nodes.push_back(Ref(new_, n));
    c.similarity = Evidence(static_cast<int>(o), n).text_similarity;
    c.text_changed = NormalizeForEquality(c.old_nodes[0].text) !=
                     NormalizeForEquality(c.new_nodes[0].text);
    if (!c.text_changed) c.similarity = 1.0;
    if (moved[o] != 0) {
      c.op = ChangeOp::kMoved;
      c.move_reason = moved[o] == 1 ? "parent" : "order";
    } else {
      c.op = c.text_changed ? ChangeOp::kReworded : ChangeOp::kUnchanged;
    }
    if (redlines && c.text_changed) {
      c.redline = Redline(c.old_nodes[0].text, c.new_nodes[0].text, opt_.redline);
    }
    push(std::move(c));
  }
  // Splits.
  for (size_t o = 0; o < old_.size(); ++o) {
    if (split_pieces_[o].empty()) continue;
    std::vector<int> ns = split_pieces_[o];
    if (match_o_[o] >= 0) ns.push_back(match_o_[o]);
    std::sort(ns.begin(), ns.end());
    Change c;
    c.op = ChangeOp::kSplit;
    c.old_nodes.push_back(Ref(old_, static_cast<int>(o)));
    for (int n : ns) c.new_nodes.push_back(Ref(new_, n));
    c.text_changed = true;
    double sim = 0;
    for (int n : ns) sim = std::max(sim, Evidence(static_cast<int>(o), n).text_similarity);
    c.similarity = sim;
    if (redlines) c.redline = Redline(c.old_nodes[0].text, JoinTexts(c.new_nodes), opt_.redline);
    push(std::move(c));
  }
  // Merges.
  for (size_t n = 0; n < new_.size(); ++n) {
    if (merge_pieces_[n].empty()) continue;
    std::vector<int> os = merge_pieces_[n];
    if (match_n_[n] >= 0) os.push_back(match_n_[n]);
    std::sort(os.begin(), os.end());
    Change c;
    c.op = ChangeOp::kMerged;
    for (int o : os) c.old_nodes.push_back(Ref(old_, o));
    c.new_nodes.push_back(Ref(new_, static_cast<int>(n)));
    c.text_changed = true;
    double sim = 0;
    for (int o : os) sim = std::max(sim, Evidence(o, static_cast<int>(n)).text_similarity);
    c.similarity = sim;
    if (redlines) c.redline = Redline(JoinTexts(c.old_nodes), c.new_nodes[0].text, opt_.redline);
    push(std::move(c));
  }
  // Dropped / added, whole sections collapsed.
  auto unmatched_subtree = [](const std::vector<Flat>& flat,
                              const std::vector<std::vector<int>>& cp, int root) {
    const Flat& f = flat[static_cast<size_t>(root)];
    for (int i = root; i < root + f.subtree; ++i) {
      if (!cp[static_cast<size_t>(i)].empty()) return false;
    }
    return true;
  };
  AlignmentSummary& sum = out->summary;
  for (int side = 0; side < 2; ++side) {
    const std::vector<Flat>& flat = side == 0 ? old_ : new_;
    const auto& cp = side == 0 ? cp_old_ : cp_new_;
    for (size_t i = 0; i < flat.size();) {
      if (!cp[i].empty()) {
        ++i;
        continue;
      }
      Change c;
      c.op = side == 0 ? ChangeOp::kDropped : ChangeOp::kAdded;
      NodeRef ref = Ref(flat, static_cast<int>(i));
      int step = 1;
      if (flat[i].depth == 0 && flat[i].subtree > 1 &&
          unmatched_subtree(flat, cp, static_cast<int>(i))) {
        c.section_task_count = flat[i].subtree;
        step = flat[i].subtree;
        (side == 0 ? sum.sections_dropped : sum.sections_added).push_back({ref, step});
      }
      (side == 0 ? sum.dropped_tasks : sum.added_tasks) += step;
      (side == 0 ? c.old_nodes : c.new_nodes).push_back(std::move(ref));
      push(std::move(c));
      i += static_cast<size_t>(step);
    }
  }
  // Reading order.
  std::vector<size_t> order(changes.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (keys[a] != keys[b]) return keys[a] < keys[b];
    return tiebreak[a] < tiebreak[b];
  });
  for (size_t i : order) {
    ++sum.counts[static_cast<int>(changes[i].op)];
    out->changes.push_back(std::move(changes[i]));
  }
  sum.old_tasks = static_cast<int>(old_.size());
  sum.new_tasks = static_cast<int>(new_.size());
  for (const auto& v : cp_old_) sum.old_matched += v.empty() ? 0 : 1;
  for (const auto& v : cp_new_) sum.new_matched += v.empty() ? 0 : 1;
  // Partial coverage: how many old top-level sections have any counterpart.
  int tops = 0, covered = 0;
  std::string covered_paths;
  for (size_t i = 0; i < old_.size(); i += static_cast<size_t>(old_[i].subtree)) {
    ++tops;
    if (!unmatched_subtree(old_, cp_old_, static_cast<int>(i))) {
      ++covered;
      if (!covered_paths.empty()) covered_paths += ", ";
      covered_paths += old_[i].node->marker.empty() ? old_[i].node->path : old_[i].node->marker;
    }
  }
  if (tops >= 2 && covered > 0 &&
      double(covered) <= opt_.coverage_note_max_share * double(tops)) {
    sum.coverage_note = "the new version covers only " + std::to_string(covered) + " of the " +
                        std::to_string(tops) + " top-level sections of the old version (" +
                        covered_paths + "); the other sections have no counterpart";
  }
}

Alignment Aligner::Run() {
  Alignment out;
  old_ = Flatten(old_doc_);
  new_ = Flatten(new_doc_);
  if (static_cast<long>(old_.size()) > opt_.max_tasks ||
      static_cast<long>(new_.size()) > opt_.max_tasks) {
    out.error = "too many tasks to align (limit " + std::to_string(opt_.max_tasks) + ")";
    return out;
  }
  cross_language_ = old_doc_.language != new_doc_.language;
  BuildVectors();
  GenerateCandidates();
  std::vector<int> first_o, first_n;
  Assign(&first_o, &first_n);
  AddStructuralCandidates(first_o);
  {
    // Pass-1 counterparts, for the structural terms of pass 2.
    std::vector<std::vector<int>> cp_o(old_.size()), cp_n(new_.size());
    for (size_t o = 0; o < old_.size(); ++o) {
      if (first_o[o] >= 0) {
        cp_o[o].push_back(first_o[o]);
        cp_n[static_cast<size_t>(first_o[o])].push_back(static_cast<int>(o));
      }
    }
    for (Candidate& c : cands_) {
      int po = old_[static_cast<size_t>(c.o)].parent;
      int pn = new_[static_cast<size_t>(c.n)].parent;
      // Two top-level tasks get no bonus: a summary that covers one section
      // lifts that section's items to the top level.
      c.e.parents_aligned = po >= 0 && pn >= 0 && first_o[static_cast<size_t>(po)] == pn;
      Placement p = Place(c.o, c.n, cp_o, cp_n);
      c.e.parents_conflict = !c.e.parents_aligned && p.old_anchor && p.new_anchor && !p.consistent;
    }
  }
  Assign(&match_o_, &match_n_);
  // A section rescued in pass 2 (a short top-level heading) rescues its own
  // children in turn.
  size_t before = cands_.size();
  AddStructuralCandidates(match_o_);
  if (cands_.size() > before) Assign(&match_o_, &match_n_);
  FindGroups();
  BuildChanges(&out);
  return out;
}

}  // namespace

Alignment Align(const Document& old_doc, const Document& new_doc, const AlignOptions& options) {
  Aligner aligner(old_doc, new_doc, options);
  return aligner.Run();
}

}  // namespace congvan
