// A timeline of one guidance across years: each task's path through the
// versions (its lineage), whatever the language of each version.
//
// Approach (engine/src/timeline/timeline.cc): versions are ordered by year
// (Document::meta.year; an explicit order overrides), consecutive versions
// are aligned with AlignAuto (cross-language when their languages differ),
// and the pairwise alignments are chained. A lineage follows one task from
// version to version through unchanged / reworded / moved links. A split
// continues the lineage into one piece (the one sharing most words — across
// languages, most lexicon concepts — with the old task) and starts a branch
// lineage for every other piece; a merge continues the lineage of the merged
// task sharing most with the new one and ends the others there. Both record an event naming
// the other lineage, so no link is lost. A task with no predecessor starts a
// lineage ("new"); one with no successor ends it ("gone") — unless the next
// version covers only part of this one (a summary of one section) and the
// task's whole section has no counterpart there: then the lineage ends "not
// covered", because the source did not report on it, which is not a drop.
//
// Each pair of consecutive versions also records how much the two share
// (TimelinePair); a pair sharing too little to be one series is "unrelated",
// and so is a version all of whose pairs are. BuildTimeline only reports it;
// CheckSameSeries() turns it into an error for front ends that refuse such a
// chain unless told otherwise (`congvan timeline --force`).
//
// Each lineage gets a theme for grouping: the lineage of the top-level
// ancestor of its first task (a top-level task is its own theme), labelled
// with that ancestor's text.
#ifndef CONGVAN_TIMELINE_H_
#define CONGVAN_TIMELINE_H_

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/align.h"
#include "congvan/document.h"
#include "congvan/lexicon.h"
#include "congvan/parse.h"
#include "congvan/status.h"

namespace congvan {

// What happened to a lineage at one version (a cell of the timeline chart).
enum class TimelineOp {
  kAbsent,     // the lineage has not started yet, or ended before this version
  kNew,        // first version of the lineage (no predecessor)
  kUnchanged,  // same text as in the previous version
  kReworded,
  kMoved,   // under another section or out of order
  kSplit,   // the previous task was split; this is one piece
  kMerged,  // several previous tasks became this one
  kGone,    // the lineage ended in the previous version (dropped or merged away)
  // The lineage ended in the previous version because this version does not
  // cover its section at all (it reports on other sections only): not known
  // to be dropped.
  kNotCovered,
};
inline constexpr int kTimelineOpCount = 9;
// "absent" | "new" | "unchanged" | "reworded" | "moved" | "split" | "merged" | "gone" |
// "not-covered"
const char* TimelineOpName(TimelineOp op);

struct TimelineVersion {
  std::string source;
  Language language = Language::kVietnamese;
  std::optional<int> year;
  int task_count = 0;
  std::string label;  // "2021 (vi)"; the source file name when the year is unknown
  // It shares too little with its neighbours to be a version of the same
  // series: both its pairs are unrelated (TimelinePair) — for the first or
  // last version, its one pair, when its neighbour's other pair is related.
  bool unrelated = false;
  // It shares its year with another version and not all of them have an
  // issue date, or its year is unknown: it stands where the input put it,
  // not where its date would (TimelineOptions::order).
  bool placed_by_input_order = false;
  // Its tasks that amend another text ("Sửa đổi, bổ sung khoản 2 Điều 5 như
  // sau:", Node::target()): an amending law is not a version of the law it
  // amends — its consolidation is (CheckSameSeries says so).
  int amending_tasks = 0;
};

// How much two consecutive versions share: the evidence that they are one
// series (Timeline::pairs[i] is between versions i and i + 1).
struct TimelinePair {
  // Share of the tasks of both versions that have a counterpart in the other
  // (0..1; 0 when neither has tasks).
  double shared = 0;
  // Share of the smaller version's tasks that have a counterpart in the
  // larger one: high for a summary of one part of a long text.
  double smaller_shared = 0;
  // shared < TimelineOptions::related_min_share and smaller_shared <
  // TimelineOptions::excerpt_min_share (never when a version has no tasks).
  bool unrelated = false;
};

// One task of a lineage in one version.
struct LineageNode {
  int version = 0;   // index into Timeline::versions
  std::string path;  // Node::path in that version
  std::string text;  // the task's own text
  int index = -1;    // preorder index of the task in its version
  int depth = 0;
  LineSpan lines;
  std::string marker;     // Node::marker as written ("Điều 5.", "2.", "a)"); may be empty
  bool division = false;  // Node::division: a part, chapter, section or article
  TimelineOp op = TimelineOp::kNew;  // how it came from the previous version
  double similarity = 0;             // of that link (0 for new)
};

// A step of a lineage between two versions.
struct LineageEvent {
  int from = 0;  // version index
  int to = 0;    // version index (from + 1)
  // A ChangeOp name ("reworded", "split", ...), "added", "dropped", or
  // "not-covered" (the next version does not cover the task's section).
  std::string op;
  // For splits and merges: the other lineage of the branch (the branch that
  // starts here, the lineage this one splits from, or the lineage it merges
  // into / receives); empty otherwise.
  std::vector<std::string> lineages;
  double similarity = 0;
};

struct Lineage {
  std::string id;                  // "L1", "L2", ... in display order
  std::string theme;               // id of the theme lineage (the top-level ancestor's lineage)
  std::string theme_label;         // that ancestor's text, shortened
  std::vector<LineageNode> nodes;  // at most one per version, in version order
  std::vector<LineageEvent> events;
  int first_version() const { return nodes.empty() ? -1 : nodes.front().version; }
  int last_version() const { return nodes.empty() ? -1 : nodes.back().version; }
  // The cell of this lineage at `version`: its node's op; for the version
  // right after it ended, kGone (dropped or merged away) or kNotCovered (that
  // version does not cover its section); kAbsent otherwise.
  TimelineOp CellOp(int version) const;
  // Its node at `version`, or nullptr.
  const LineageNode* NodeAt(int version) const;
};

// Which lineages a reader wants to see (`congvan timeline --articles
// --changed`): on a law of 200+ articles a timeline has thousands of
// lineages, one per clause, point and paragraph.
struct LineageFilter {
  // Only lineages that are a division (part, chapter, section, article) in
  // some version: a law's article-level history.
  bool divisions_only = false;
  // Only lineages that change: they start after the first version, end
  // before the last, or are anything but unchanged in some version.
  bool changed_only = false;
};

struct Timeline {
  std::vector<TimelineVersion> versions;  // in timeline order
  std::vector<Lineage> lineages;          // grouped by theme, then by first appearance
  // Pairwise alignments, alignments[i] between versions i and i + 1.
  std::vector<Alignment> alignments;
  std::vector<bool> cross_language;  // per pair
  std::vector<TimelinePair> pairs;   // per pair: how much the two versions share
  // Set by FilterLineages: what the reader asked to see, and how many
  // lineages that left out (the whole timeline has lineages.size() +
  // lineages_left_out), so every format can say "433 of 3,521 shown".
  LineageFilter filter;
  size_t lineages_left_out = 0;
};

struct TimelineOptions {
  // Explicit order by year: every version's year must be listed once (a
  // version with an unknown year cannot be placed: error). Empty = sort by
  // Document::meta.year, stable (unknown years go last). Versions of one
  // year are ordered by their issue date (Document::meta.date) when every
  // one of them has a date — an annual circular of January and its
  // successor of December — else kept in input order (either way).
  std::vector<int> order;
  // The versions in the order given, whatever their years say (`congvan
  // timeline --order given`): for a version whose metadata gives the wrong
  // year (a consolidated text dated by the law it consolidates). `order`
  // must then be empty.
  bool keep_input_order = false;
  // Options for every pairwise AlignAuto (cross-language options are derived
  // from them when the languages differ).
  AlignOptions align;
  // Lexicon for cross-language pairs; null = DefaultLexicon().
  std::shared_ptr<const Lexicon> lexicon;
  // Hard limit on the number of versions.
  int max_versions = 1000;
  // A pair of consecutive versions is unrelated when less than this share of
  // the tasks of both have a counterpart... Measured on the corpus
  // (docs/DESIGN.md, "The timeline at scale"): versions of one series share
  // 0.33–0.72, a series version against an unrelated decree, law, plan or
  // dispatch 0–0.07.
  double related_min_share = 0.2;
  // ... and less than this share of the smaller version's tasks do (a summary
  // of one section of a long text shares little of the whole, yet nearly all
  // of it is found there: 1.0 for the 2025 summary; 0.33 at most for
  // unrelated texts).
  double excerpt_min_share = 0.5;
};

// Builds the timeline of `versions` (taken by value; kept in the Timeline's
// order only as metadata — lineages copy the texts they need). Fails when the
// timeline cannot be built — a bad order (kInvalidArgument), no lexicon for a
// cross-language pair, a hard limit of the aligner — with "what is wrong",
// naming the file when known. Never throws.
Result<Timeline> BuildTimeline(std::vector<Document> versions, const TimelineOptions& options = {});

// How BuildTimelineFromFiles turns one of its paths into a document; empty =
// ParseFile. The CLI passes one that reads "-" from standard input.
using TimelineInputParser =
    std::function<Result<Document>(const std::string& path, const ParseOptions& parse)>;

// The timeline of files on disk, the way `congvan timeline` and the Python
// module build it: every file parsed with `parse` (the first failure is
// returned, naming its file); a version whose text gives no year takes the
// one in its file name (YearFromFileName, congvan/parse.h); then BuildTimeline(). A timeline
// error comes back as a Status whose message starts with "timeline: ".
Result<Timeline> BuildTimelineFromFiles(const std::vector<std::string>& paths,
                                        const ParseOptions& parse,
                                        const TimelineOptions& options = {},
                                        const TimelineInputParser& parse_input = {});

// Keeps the lineages `filter` asks for, in their order. Ids, themes and
// events are kept as they are, so a kept lineage has the id it has in the
// whole timeline and an event may name a lineage left out. Records the
// filter and the count left out in the timeline (Timeline::filter).
// (engine/src/timeline/lineage_filter.cc)
void FilterLineages(Timeline* timeline, const LineageFilter& filter);

// OK when no pair of consecutive versions is unrelated; else a kInvalidInput
// Status, one line naming the first unrelated pair's files and the measured
// share: "timeline: B.txt shares 3% of the tasks with A.txt, the version
// before it: not a version of the same series".
Status CheckSameSeries(const Timeline& timeline);

}  // namespace congvan

#endif  // CONGVAN_TIMELINE_H_
