// BuildTimeline(): versions → ordered → pairwise AlignAuto → lineages.
//
// Approach: every task of every version gets a lineage id (an int while
// building). The first version opens one lineage per task. For each pair of
// consecutive versions, the changes of their alignment extend lineages:
// a 1-1 change (unchanged, reworded, moved) continues the old task's lineage
// into the new task; a split continues it into one piece (the first piece at
// the old task's depth, else the first) and opens a branch lineage for every
// other piece; a merge continues the lineage of one merged task (the first at
// the new task's depth, else the first) and closes the others. Both sides of
// a branch record an event naming each other. New tasks left without a
// lineage open one ("added"); old tasks whose lineage did not continue close
// it ("dropped" — a whole dropped section closes every lineage inside it),
// or "not-covered" when the alignment says the new version covers only part
// of the old one and the task's top-level section is one it does not cover.
// Each pair's shares of tasks with a counterpart (from the alignment
// summary) decide whether the two versions are unrelated.
// Finally lineages get their theme (the lineage of the top-level ancestor of
// their first task) and are sorted by theme, then by first appearance, and
// numbered L1, L2, ... in that order.
#include "congvan/timeline.h"

#include <algorithm>
#include <climits>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <utility>

#include "align/task_index.h"
#include "congvan/cross_language.h"
#include "congvan/text_fold.h"
#include "text/shorten.h"
#include "timeline/version_order.h"

namespace congvan {

const char* TimelineOpName(TimelineOp op) {
  switch (op) {
    case TimelineOp::kAbsent:
      return "absent";
    case TimelineOp::kNew:
      return "new";
    case TimelineOp::kUnchanged:
      return "unchanged";
    case TimelineOp::kReworded:
      return "reworded";
    case TimelineOp::kMoved:
      return "moved";
    case TimelineOp::kSplit:
      return "split";
    case TimelineOp::kMerged:
      return "merged";
    case TimelineOp::kGone:
      return "gone";
    case TimelineOp::kNotCovered:
      return "not-covered";
  }
  return "absent";
}

const LineageNode* Lineage::NodeAt(int version) const {
  // Nodes are one per version, usually without gaps: try the direct slot.
  int slot = version - first_version();
  if (slot >= 0 && static_cast<size_t>(slot) < nodes.size() &&
      nodes[static_cast<size_t>(slot)].version == version) {
    return &nodes[static_cast<size_t>(slot)];
  }
  for (const LineageNode& n : nodes) {
    if (n.version == version) return &n;
  }
  return nullptr;
}

TimelineOp Lineage::CellOp(int version) const {
  if (const LineageNode* n = NodeAt(version)) return n->op;
  if (!nodes.empty() && version == last_version() + 1) {
    // Ended at the previous version: gone, unless the timeline itself stops.
    for (const LineageEvent& e : events) {
      if (e.from != last_version()) continue;
      if (e.op == "dropped" || e.op == "merged") return TimelineOp::kGone;
      if (e.op == "not-covered") return TimelineOp::kNotCovered;
    }
  }
  return TimelineOp::kAbsent;
}

namespace {

using FlatTask = align_internal::IndexedTask;  // the aligner's preorder index

TimelineOp FromChangeOp(ChangeOp op) {
  switch (op) {
    case ChangeOp::kUnchanged:
      return TimelineOp::kUnchanged;
    case ChangeOp::kReworded:
      return TimelineOp::kReworded;
    case ChangeOp::kMoved:
      return TimelineOp::kMoved;
    case ChangeOp::kSplit:
      return TimelineOp::kSplit;
    case ChangeOp::kMerged:
      return TimelineOp::kMerged;
    case ChangeOp::kAdded:
      return TimelineOp::kNew;
    case ChangeOp::kDropped:
      return TimelineOp::kGone;
  }
  return TimelineOp::kNew;
}

// Per old task of an alignment: true when its top-level section is one the
// new version does not cover at all (AlignmentSummary::sections_not_covered).
std::vector<bool> NotCovered(const Alignment& a, size_t old_count) {
  std::vector<bool> out(old_count, false);
  for (const SectionNote& s : a.summary.sections_not_covered) {
    for (int i = s.section.index; i < s.section.index + s.task_count; ++i) {
      if (i >= 0 && static_cast<size_t>(i) < old_count) out[static_cast<size_t>(i)] = true;
    }
  }
  return out;
}

// How much the two versions of an alignment share (TimelinePair).
TimelinePair Relation(const AlignmentSummary& s, const TimelineOptions& options) {
  TimelinePair p;
  int all = s.old_tasks + s.new_tasks;
  if (all > 0) p.shared = double(s.old_matched + s.new_matched) / double(all);
  bool old_smaller = s.old_tasks <= s.new_tasks;
  int smaller = old_smaller ? s.old_tasks : s.new_tasks;
  int found = old_smaller ? s.old_matched : s.new_matched;
  if (smaller > 0) p.smaller_shared = double(found) / double(smaller);
  p.unrelated = smaller > 0 && p.shared < options.related_min_share &&
                p.smaller_shared < options.excerpt_min_share;
  return p;
}

struct BuildEvent {
  int from = 0, to = 0;
  std::string op;
  std::vector<int> others;  // internal lineage ids
  double similarity = 0;
};

struct Building {
  std::vector<LineageNode> nodes;
  std::vector<BuildEvent> events;
};

class Builder {
 public:
  Builder(const std::vector<Document>& docs, const TimelineOptions& options)
      : docs_(docs), opt_(options) {}

  // Returns an error message or "".
  // Fills `out`; on failure `out` keeps only its versions.
  Status Run(Timeline* out);

 private:
  int Open(int version, int index, TimelineOp op, double similarity) {
    int id = static_cast<int>(lineages_.size());
    lineages_.push_back({});
    Append(id, version, index, op, similarity);
    return id;
  }
  void Append(int id, int version, int index, TimelineOp op, double similarity) {
    const FlatTask& f = flat_[static_cast<size_t>(version)][static_cast<size_t>(index)];
    LineageNode n;
    n.version = version;
    n.path = f.node->path;
    n.text = f.node->text;
    n.index = index;
    n.depth = f.depth;
    n.lines = f.node->lines();
    n.marker = f.node->marker;
    n.division = f.division;
    n.op = op;
    n.similarity = similarity;
    lineages_[static_cast<size_t>(id)].nodes.push_back(std::move(n));
    lin_of_[static_cast<size_t>(version)][static_cast<size_t>(index)] = id;
  }
  // Continues lineage `id` (alive at version v) into task `n` of version v+1;
  // when it already continued there, opens a branch instead. Returns the
  // lineage that holds the new task.
  int Continue(int id, int v, int n, TimelineOp op, double sim, const std::string& event_op) {
    Building& b = lineages_[static_cast<size_t>(id)];
    if (b.nodes.back().version == v + 1) {
      int branch = Open(v + 1, n, TimelineOp::kSplit, sim);
      lineages_[static_cast<size_t>(id)].events.push_back({v, v + 1, "split", {branch}, sim});
      lineages_[static_cast<size_t>(branch)].events.push_back({v, v + 1, "split", {id}, sim});
      return branch;
    }
    Append(id, v + 1, n, op, sim);
    lineages_[static_cast<size_t>(id)].events.push_back({v, v + 1, event_op, {}, sim});
    return id;
  }
  void Link(int v, const Alignment& a);
  // Distinct content keys of a task: case/diacritic-folded words (2+ letters)
  // and, when a lexicon is at hand, "c:<concept>" for its concepts.
  std::set<std::string> Keys(const std::string& text, Language lang) const;
  // Among `pieces` (tasks of version `pv`), the one sharing most keys with
  // `whole` (a task of version `wv`): the continuation of a split, or the
  // lineage that carries on through a merge. Ties: same depth, then first.
  size_t Primary(const NodeRef& whole, const std::vector<NodeRef>& pieces, int wv, int pv) const;
  // The steps of Run, in order.
  void DescribeVersions(Timeline* out);
  Status LoadLexicon();
  Status LinkVersions(Timeline* out);
  std::vector<int> Themes() const;
  std::vector<size_t> LineageOrder(const std::vector<int>& theme) const;
  void NumberLineages(Timeline* out);

  std::shared_ptr<const Lexicon> lexicon_;

  const std::vector<Document>& docs_;
  const TimelineOptions& opt_;
  std::vector<std::vector<FlatTask>> flat_;
  std::vector<std::vector<int>> lin_of_;  // per version, per task: internal lineage id
  std::vector<Building> lineages_;
};

void Builder::Link(int v, const Alignment& a) {
  const size_t old_count = flat_[static_cast<size_t>(v)].size();
  std::vector<bool> continued(old_count, false);
  auto valid_old = [&](int i) { return i >= 0 && static_cast<size_t>(i) < old_count; };
  auto valid_new = [&](int i) {
    return i >= 0 && static_cast<size_t>(i) < flat_[static_cast<size_t>(v + 1)].size() &&
           lin_of_[static_cast<size_t>(v + 1)][static_cast<size_t>(i)] < 0;
  };
  auto lin = [&](int i) { return lin_of_[static_cast<size_t>(v)][static_cast<size_t>(i)]; };
  for (const Change& c : a.changes) {
    if (c.old_nodes.empty() || c.new_nodes.empty()) continue;  // added / dropped: below
    std::string op = ChangeOpName(c.op);
    TimelineOp top = FromChangeOp(c.op);
    if (c.op == ChangeOp::kMerged || (c.old_nodes.size() > 1 && c.new_nodes.size() == 1)) {
      int n = c.new_nodes[0].index;
      if (!valid_new(n)) continue;
      // The lineage that carries on: the merged task sharing most with the new one.
      size_t primary = Primary(c.new_nodes[0], c.old_nodes, v + 1, v);
      int p = c.old_nodes[primary].index;
      if (!valid_old(p)) continue;
      int carrier = Continue(lin(p), v, n, TimelineOp::kMerged, c.similarity, "merged");
      continued[static_cast<size_t>(p)] = true;
      for (size_t k = 0; k < c.old_nodes.size(); ++k) {
        int o = c.old_nodes[k].index;
        if (k == primary || !valid_old(o) || continued[static_cast<size_t>(o)]) continue;
        continued[static_cast<size_t>(o)] = true;
        int other = lin(o);
        if (other == carrier) continue;
        lineages_[static_cast<size_t>(other)].events.push_back(
            {v, v + 1, "merged", {carrier}, c.similarity});
        lineages_[static_cast<size_t>(carrier)].events.back().others.push_back(other);
      }
      continue;
    }
    // 1-1 or split (one old task, one or more new tasks).
    int o = c.old_nodes[0].index;
    if (!valid_old(o)) continue;
    size_t primary = Primary(c.old_nodes[0], c.new_nodes, v, v + 1);
    int id = lin(o);
    bool is_split = c.new_nodes.size() > 1;
    int pn = c.new_nodes[primary].index;
    if (!valid_new(pn)) continue;
    int carrier = Continue(id, v, pn, top, c.similarity, op);
    continued[static_cast<size_t>(o)] = true;
    if (!is_split) continue;
    for (size_t k = 0; k < c.new_nodes.size(); ++k) {
      int n = c.new_nodes[k].index;
      if (k == primary || !valid_new(n)) continue;
      int branch = Open(v + 1, n, TimelineOp::kSplit, c.similarity);
      lineages_[static_cast<size_t>(branch)].events.push_back(
          {v, v + 1, "split", {carrier}, c.similarity});
      lineages_[static_cast<size_t>(carrier)].events.back().others.push_back(branch);
    }
  }
  // New tasks without a predecessor open a lineage.
  auto& next = lin_of_[static_cast<size_t>(v + 1)];
  for (size_t n = 0; n < next.size(); ++n) {
    if (next[n] >= 0) continue;
    int id = Open(v + 1, static_cast<int>(n), TimelineOp::kNew, 0);
    lineages_[static_cast<size_t>(id)].events.push_back({v, v + 1, "added", {}, 0});
  }
  // Old tasks whose lineage did not continue close it: dropped, or not
  // covered when the new version does not report on their section.
  std::vector<bool> not_covered = NotCovered(a, old_count);
  for (size_t o = 0; o < old_count; ++o) {
    if (continued[o]) continue;
    int id = lin(static_cast<int>(o));
    Building& b = lineages_[static_cast<size_t>(id)];
    if (b.nodes.back().version != v) continue;  // continued through another task
    b.events.push_back({v, v + 1, not_covered[o] ? "not-covered" : "dropped", {}, 0});
  }
}

std::set<std::string> Builder::Keys(const std::string& text, Language lang) const {
  std::set<std::string> keys;
  for (const WordToken& t : WordTokens(text)) {
    if (!t.is_word || t.is_number || t.end - t.begin < 2) continue;
    keys.insert(FoldKey(std::string_view(text).substr(t.begin, t.end - t.begin)));
  }
  if (lexicon_) {
    for (const ConceptHit& h : lexicon_->Match(text, lang)) {
      keys.insert("c:" + lexicon_->concept_id(h.concept_index));
    }
  }
  return keys;
}

size_t Builder::Primary(const NodeRef& whole, const std::vector<NodeRef>& pieces, int wv,
                        int pv) const {
  Language wl = docs_[static_cast<size_t>(wv)].language;
  Language pl = docs_[static_cast<size_t>(pv)].language;
  std::set<std::string> wk = Keys(whole.text, wl);
  size_t best = 0;
  long best_score = -1;
  for (size_t k = 0; k < pieces.size(); ++k) {
    std::set<std::string> pk = Keys(pieces[k].text, pl);
    long shared = 0;
    for (const std::string& key : pk) {
      // Across languages only concepts can meet; words would be noise.
      if (wl != pl && key.rfind("c:", 0) != 0) continue;
      shared += static_cast<long>(wk.count(key));
    }
    long score = shared * 2 + (pieces[k].depth == whole.depth ? 1 : 0);
    if (score > best_score) {
      best_score = score;
      best = k;
    }
  }
  return best;
}

// A version is unrelated when both its pairs are; a first or last version
// when its one pair is and its neighbour's other pair is not (else the
// neighbour is the stray one). Of two versions alone, both.
void MarkUnrelatedVersions(Timeline* t) {
  const size_t np = t->pairs.size();
  auto unrelated = [&](size_t p) { return p < np && t->pairs[p].unrelated; };
  for (size_t v = 0; v < t->versions.size() && np > 0; ++v) {
    bool flag;
    if (v == 0) {
      flag = unrelated(0) && (np == 1 || !unrelated(1));
    } else if (v == np) {
      flag = unrelated(np - 1) && (np == 1 || !unrelated(np - 2));
    } else {
      flag = unrelated(v - 1) && unrelated(v);
    }
    t->versions[v].unrelated = flag;
  }
}

std::string VersionLabel(const Document& d) {
  std::string lang = LanguageCode(d.language);
  if (d.meta.year) return std::to_string(*d.meta.year) + " (" + lang + ")";
  std::string name = d.source.substr(d.source.find_last_of('/') + 1);
  return name + " (" + lang + ")";
}

// One TimelineVersion per document, with its tasks indexed; two versions of
// the same year and language get the file name in their label to tell them
// apart.
void Builder::DescribeVersions(Timeline* out) {
  size_t nv = docs_.size();
  flat_.resize(nv);
  lin_of_.resize(nv);
  for (size_t v = 0; v < nv; ++v) {
    flat_[v] = align_internal::IndexTasks(docs_[v]);
    lin_of_[v].assign(flat_[v].size(), -1);
    TimelineVersion tv;
    tv.source = docs_[v].source;
    tv.language = docs_[v].language;
    tv.year = docs_[v].meta.year;
    tv.task_count = static_cast<int>(flat_[v].size());
    tv.amending_tasks = static_cast<int>(std::count_if(
        flat_[v].begin(), flat_[v].end(),
        [](const align_internal::IndexedTask& t) { return t.node->target().has_value(); }));
    tv.label = VersionLabel(docs_[v]);
    out->versions.push_back(std::move(tv));
  }
  std::map<std::string, int> label_count;
  for (const TimelineVersion& tv : out->versions) ++label_count[tv.label];
  for (size_t v = 0; v < nv; ++v) {
    bool clash = label_count[out->versions[v].label] > 1;
    if (clash && docs_[v].meta.year) {
      const std::string& src = docs_[v].source;
      out->versions[v].label = std::to_string(*docs_[v].meta.year) + " (" +
                               LanguageCode(docs_[v].language) + ", " +
                               src.substr(src.find_last_of('/') + 1) + ")";
    }
  }
}

// The options' lexicon, else the default one when two versions differ in
// language (the keys of a split or merge across languages need concepts).
Status Builder::LoadLexicon() {
  lexicon_ = opt_.lexicon;
  if (lexicon_) return Status::Ok();
  for (size_t v = 1; v < docs_.size(); ++v) {
    if (docs_[v].language == docs_[0].language) continue;
    auto loaded = DefaultLexicon();
    if (!loaded.ok()) {
      return Status::Error(loaded.status().code(),
                           "cannot load the bilingual lexicon: " + loaded.status().ToString());
    }
    lexicon_ = *loaded;
    break;
  }
  return Status::Ok();
}

// Aligns each pair of consecutive versions and extends the lineages by it.
Status Builder::LinkVersions(Timeline* out) {
  for (size_t v = 0; v + 1 < docs_.size(); ++v) {
    Result<Alignment> aligned = AlignAuto(docs_[v], docs_[v + 1], opt_.align, opt_.lexicon);
    if (!aligned.ok()) {
      return Status::Error(aligned.status().code(), docs_[v].source + " → " + docs_[v + 1].source +
                                                        ": " + aligned.status().ToString());
    }
    Alignment a = std::move(aligned).value();
    Link(static_cast<int>(v), a);
    out->cross_language.push_back(docs_[v].language != docs_[v + 1].language);
    out->pairs.push_back(Relation(a.summary, opt_));
    out->alignments.push_back(std::move(a));
  }
  return Status::Ok();
}

// Per lineage, its theme: the lineage of its first task's top-level ancestor
// (a theme lineage's own theme is itself: it is top level where it starts).
std::vector<int> Builder::Themes() const {
  std::vector<int> theme(lineages_.size());
  for (size_t l = 0; l < lineages_.size(); ++l) {
    const LineageNode& first = lineages_[l].nodes.front();
    int top = flat_[static_cast<size_t>(first.version)][static_cast<size_t>(first.index)].top;
    theme[l] = lin_of_[static_cast<size_t>(first.version)][static_cast<size_t>(top)];
  }
  return theme;
}

// The lineages by theme (its first appearance), then by their own first
// appearance: the order of their ids L1, L2, ...
std::vector<size_t> Builder::LineageOrder(const std::vector<int>& theme) const {
  auto first_key = [&](size_t l) {
    const LineageNode& f = lineages_[l].nodes.front();
    return std::pair<int, int>(f.version, f.index);
  };
  std::vector<size_t> order(lineages_.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    auto ta = first_key(static_cast<size_t>(theme[a])),
         tb = first_key(static_cast<size_t>(theme[b]));
    if (ta != tb) return ta < tb;
    return first_key(a) < first_key(b);
  });
  return order;
}

// Moves the lineages into `out` in LineageOrder, numbered, with their theme
// and events naming other lineages by id.
void Builder::NumberLineages(Timeline* out) {
  size_t nl = lineages_.size();
  const std::vector<int> theme = Themes();
  const std::vector<size_t> order = LineageOrder(theme);
  std::vector<std::string> ids(nl), labels(nl);
  for (size_t l = 0; l < nl; ++l) {
    labels[l] = text::Shorten(lineages_[l].nodes.front().text, 80);
  }
  for (size_t k = 0; k < nl; ++k) ids[order[k]] = "L" + std::to_string(k + 1);
  for (size_t k = 0; k < nl; ++k) {
    size_t l = order[k];
    Building& b = lineages_[l];
    Lineage out_l;
    out_l.id = ids[l];
    size_t t = static_cast<size_t>(theme[l]);
    out_l.theme = ids[t];
    out_l.theme_label = labels[t];
    out_l.nodes = std::move(b.nodes);
    for (BuildEvent& e : b.events) {
      LineageEvent le;
      le.from = e.from;
      le.to = e.to;
      le.op = std::move(e.op);
      le.similarity = e.similarity;
      for (int o : e.others) le.lineages.push_back(ids[static_cast<size_t>(o)]);
      out_l.events.push_back(std::move(le));
    }
    out->lineages.push_back(std::move(out_l));
  }
}

Status Builder::Run(Timeline* out) {
  DescribeVersions(out);
  if (docs_.empty()) return Status::Ok();
  if (Status s = LoadLexicon(); !s.ok()) return s;
  for (size_t i = 0; i < flat_[0].size(); ++i) Open(0, static_cast<int>(i), TimelineOp::kNew, 0);
  if (Status s = LinkVersions(out); !s.ok()) return s;
  MarkUnrelatedVersions(out);
  NumberLineages(out);
  return Status::Ok();
}

}  // namespace

Result<Timeline> BuildTimeline(std::vector<Document> versions, const TimelineOptions& options) {
  if (static_cast<int>(versions.size()) > options.max_versions) {
    return Status::Error(StatusCode::kLimitExceeded,
                         "too many versions (" + std::to_string(versions.size()) + ", limit " +
                             std::to_string(options.max_versions) + ")");
  }
  Result<timeline_internal::VersionPlaces> places =
      timeline_internal::VersionOrder(versions, options);
  if (!places.ok()) return places.status();
  std::vector<Document> ordered;
  ordered.reserve(versions.size());
  for (size_t i : places->order) ordered.push_back(std::move(versions[i]));
  Builder builder(ordered, options);
  Timeline t;
  if (Status s = builder.Run(&t); !s.ok()) return s;
  for (size_t k = 0; k < t.versions.size() && k < places->order.size(); ++k) {
    t.versions[k].placed_by_input_order = places->by_input_order[places->order[k]];
  }
  return t;
}

}  // namespace congvan
