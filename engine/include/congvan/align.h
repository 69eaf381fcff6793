// Aligning two versions of a dispatch: which task of the old version became
// which task of the new one, and how (unchanged, reworded, moved, split,
// merged), and which tasks were added or dropped.
//
// Approach (see engine/src/align/aligner.cc): every task gets a sparse,
// TF-IDF weighted feature vector (case-folded ICU words, a diacritic-folded
// key as an extra feature, syllable/word bigrams, English stems, and anchors:
// periods like 2021–2030, years, percentages, cited document numbers).
// Candidates come from an inverted index over the rarer features (never all
// pairs), are scored by a ScoreFunction that combines text similarity with
// structure, and are assigned greedily best-first in two passes (the second
// pass knows which parents were aligned). Splits, merges and moves are then
// read off the assignment.
//
// The feature hook (FeatureExtractor) and the score hook (ScoreFunction) let a
// cross-language aligner add bilingual concept features ("c:<concept id>") and
// weigh them, without touching the assignment logic.
#ifndef CONGVAN_ALIGN_H_
#define CONGVAN_ALIGN_H_

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/document.h"
#include "congvan/redline.h"

namespace congvan {

enum class ChangeOp { kUnchanged, kReworded, kMoved, kSplit, kMerged, kAdded, kDropped };
inline constexpr int kChangeOpCount = 7;
// "unchanged" | "reworded" | "moved" | "split" | "merged" | "added" | "dropped"
const char* ChangeOpName(ChangeOp op);

// A weighted feature of a task's text. Features with the same key on the two
// sides are shared evidence; keys are namespaced by a prefix ("w:" word, "d:"
// diacritic-folded word, "b:" bigram, "a:" anchor, "c:" concept, ...).
struct WeightedFeature {
  std::string key;
  double weight = 1.0;  // multiplies the feature's TF-IDF weight; > 0
};

// Hook for extra features (e.g. bilingual concepts from a lexicon). Called
// once per task of each document, with the task's own NFC text. Must be
// thread-compatible and must not throw.
class FeatureExtractor {
 public:
  virtual ~FeatureExtractor() = default;
  virtual void Extract(std::string_view text, Language language,
                       std::vector<WeightedFeature>* out) const = 0;
};

// Everything the scorer knows about one candidate pair.
struct PairEvidence {
  double text_similarity = 0;    // cosine of the TF-IDF vectors, 0..1
  double old_in_new = 0;         // share of the old task's weight found in the new task
  double new_in_old = 0;         // share of the new task's weight found in the old task
  bool parents_aligned = false;  // parents are counterparts (top level: false)
  // Both parents have counterparts, but not each other: the pair would cross
  // sections that are themselves aligned.
  bool parents_conflict = false;
  double position_delta = 0;  // |relative position old − new| in document order, 0..1
  bool same_depth = false;
  bool same_ordinal = false;  // both numbered with the same ordinal
  // Both numbered, in different styles of one language, one of them a
  // division of legislation: an article against a chapter or a clause. Legal
  // texts renumber, merge and split provisions within a level far more often
  // than they move them across.
  bool style_conflict = false;
  bool cross_language = false;  // the documents' languages differ
  // Two provisions of legislation: the cosine of the whole texts of the
  // articles (divisions) that enclose them, 0..1; 0 for divisions, tasks
  // outside any division and pairs across languages. A clause means what it
  // means inside its article: identical boilerplate clauses open many.
  double context_similarity = 0;
};

struct AlignOptions;
// Combined score of a candidate pair; higher is better. Pairs scoring below
// AlignOptions::match_min are never matched.
using ScoreFunction = std::function<double(const PairEvidence&, const AlignOptions&)>;

// The default ScoreFunction: text_similarity + parent_bonus (parents aligned)
// − parent_conflict_penalty (parents aligned elsewhere)
// + position_bonus * (1 − position_delta) + ordinal_bonus (same depth and ordinal)
// − style_conflict_penalty (numbered in different styles)
// + context_bonus * context_similarity (enclosing articles alike; only when
// the parents are not counterparts, whose bonus says it already).
double DefaultScore(const PairEvidence& e, const AlignOptions& options);

struct AlignOptions {
  // --- Matching -----------------------------------------------------------
  // Minimum combined score (ScoreFunction) for two tasks to be counterparts.
  double match_min = 0.35;
  // Minimum text similarity of a matched pair: below it, no structural bonus
  // can make two tasks counterparts (they are reported dropped + added).
  double reworded_min = 0.22;
  // Structure terms of DefaultScore.
  double parent_bonus = 0.15;
  // Tasks under sections that are aligned with each other stay together unless
  // the text says otherwise: a pair whose parents both have other counterparts
  // pays this.
  double parent_conflict_penalty = 0.20;
  double position_bonus = 0.06;
  double ordinal_bonus = 0.02;
  double style_conflict_penalty = 0.45;
  // Weight of PairEvidence::context_similarity (the enclosing articles). It
  // orders a provision's candidates but never lifts a pair over match_min.
  double context_bonus = 0.15;
  // Minimum text similarity of a provision rewritten in place: the only
  // unmatched one between the same two kept neighbours, inside two articles
  // that are counterparts (align/article_residue.h). Its place is the
  // evidence; the bar only keeps an unrelated replacement out.
  double residue_min = 0.15;

  // --- Split / merge ------------------------------------------------------
  // A new task that found no counterpart of its own is a piece of an old
  // task's split when at least this share of its weight is contained in the
  // old task (and it is more contained there than anywhere else). Merge is
  // the mirror image.
  double split_piece_min = 0.50;
  double merge_piece_min = 0.50;
  // ... and the piece must also have at least this text similarity with the
  // whole. A heading (a task with sub-tasks) is never a piece of a leaf's
  // split or merge, nor a leaf of a heading's: a heading's words are by nature
  // contained in its own sub-tasks.
  double piece_similarity_min = 0.30;
  // A piece is also accepted when it is this similar (cosine) to one clause of
  // the whole (clauses end at '.', ';' or ':'): splits and merges of legal
  // text happen at clause boundaries, and a clause-sized piece of a long task
  // shares too little of the whole's weight to pass the containment test.
  double clause_match_min = 0.45;

  // --- Moves --------------------------------------------------------------
  // A matched pair is moved when its parents are not counterparts (one of them
  // has a counterpart elsewhere); renumbering alone is never a move.
  bool moves_by_parent = true;
  // ... or when it is out of order among matched siblings (outside the
  // longest increasing subsequence of positions).
  bool moves_by_order = true;

  // --- Candidate generation (never all pairs) -----------------------------
  int max_candidates = 8;  // kept per old task, by partial dot product
  // ... and this many more, the best of the rest by partial dot over the new
  // task's norm (a short provision meets its copy among long ones).
  int max_cosine_candidates = 2;
  int max_probe_features = 32;  // rarest features of a task used to probe the index
  int max_postings = 256;       // features in more new tasks than this are not probed
  // Postings an old task reads in all: its probe features are taken rarest
  // first until the next would pass this budget (the first is always taken).
  // Common features come last and say least; they bound the cost.
  int max_probe_postings = 1024;
  // Hard limit: documents with more tasks than this are rejected (empty
  // Alignment with Alignment::error set).
  int max_tasks = 2'000'000;

  // --- Summary ------------------------------------------------------------
  // The summary notes partial coverage when at most this share of the old
  // version's top-level sections have any counterpart.
  double coverage_note_max_share = 0.5;

  // --- Language -----------------------------------------------------------
  // The grammar directory whose <align-words> say who acts in a provision
  // and how a text defines a short name (ParseOptions::grammar_dir's
  // meaning); empty: the default grammars (congvan/grammar_dir.h).
  std::string grammar_dir;

  // --- Hooks --------------------------------------------------------------
  std::vector<std::shared_ptr<const FeatureExtractor>> extra_features;
  ScoreFunction score;  // empty = DefaultScore
  // Redlines for reworded/moved/split/merged changes of same-language pairs.
  bool compute_redlines = true;
  RedlineOptions redline;
};

// A task as it appears in a Change.
struct NodeRef {
  std::string path;    // Node::path
  std::string marker;  // as written, may be empty
  std::string text;    // own text
  int depth = 0;       // 0 = top level
  std::optional<int> ordinal;
  LineSpan lines;
  int index = -1;  // preorder index in its document
};

// One concept of a concept delta (cross_language.h), with how each side
// writes it.
struct ConceptMention {
  std::string concept_id;
  std::string domain;
  std::vector<std::string> old_forms;  // as written in the old task(s), distinct, in order
  std::vector<std::string> new_forms;  // as written in the new task(s)
};

// What a matched cross-language change says differently, in concepts: those
// the new task(s) add, those they no longer have, and those both keep.
struct ConceptDelta {
  int change_index = -1;                // index into Alignment::changes
  std::vector<ConceptMention> added;    // old_forms empty
  std::vector<ConceptMention> removed;  // new_forms empty
  std::vector<ConceptMention> kept;     // both sides
};

struct Change {
  ChangeOp op = ChangeOp::kUnchanged;
  std::vector<NodeRef> old_nodes;  // in old document order
  std::vector<NodeRef> new_nodes;  // in new document order
  double similarity = 0;           // text similarity of matched tasks; 0 for added/dropped
  bool text_changed = false;       // the text differs after normalisation
  std::string move_reason;         // "parent" | "order" for moved, else empty
  // A one-to-one pair (unchanged, reworded or moved) whose number changed:
  // "Điều 8." → "Điều 16.". A fact of its own, never a move by itself.
  bool renumbered = false;
  // For a top-level section added or dropped as a whole: the number of tasks
  // in it (itself included); 0 otherwise.
  int section_task_count = 0;
  std::vector<RedlineSegment> redline;  // old text(s) → new text(s)
  // Cross-language matched changes only (unchanged, reworded, moved, split,
  // merged of a pair whose languages differ): the concepts the new task(s)
  // add, no longer have, and keep, with each side's surface forms. Filled by
  // AlignAuto (cross_language.h); Align() never sets it.
  std::optional<ConceptDelta> concept_delta;
};

struct SectionNote {
  NodeRef section;
  int task_count = 0;
};

struct AlignmentSummary {
  std::array<int, kChangeOpCount> counts{};  // changes per op
  int count(ChangeOp op) const { return counts[static_cast<int>(op)]; }
  int old_tasks = 0;
  int new_tasks = 0;
  int old_matched = 0;  // old tasks with at least one counterpart
  int new_matched = 0;
  int renumbered = 0;     // one-to-one pairs whose number changed
  int dropped_tasks = 0;  // tasks inside dropped changes (sections counted whole)
  int added_tasks = 0;
  std::vector<SectionNote> sections_dropped;
  std::vector<SectionNote> sections_added;
  // Non-empty when the new version covers only part of the old one.
  std::string coverage_note;
  // With a coverage note: every top-level section of the old version that
  // has no counterpart at all, with its task count. The new version does not
  // report on them (a summary of one part), which is not the same as
  // dropping them; a timeline marks their tasks "not covered". Empty
  // otherwise (those sections are in sections_dropped as usual).
  std::vector<SectionNote> sections_not_covered;
};

struct Alignment {
  std::vector<Change> changes;  // in reading order of the new version
  AlignmentSummary summary;
};

// Aligns the task trees of two documents. Fails (kLimitExceeded) only when a
// hard limit of `options` is hit. Never throws; borrows both documents only
// for the duration of the call.
Result<Alignment> Align(const Document& old_doc, const Document& new_doc,
                        const AlignOptions& options = {});

}  // namespace congvan

#endif  // CONGVAN_ALIGN_H_
