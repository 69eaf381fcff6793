// A timeline for people and programs: JSON, a text table, CSV and one HTML
// page (engine/src/io/timeline_*.cc). The table of these formats is
// congvan/formats.h TimelineFormats().
#ifndef CONGVAN_TIMELINE_WRITERS_H_
#define CONGVAN_TIMELINE_WRITERS_H_

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "congvan/timeline.h"

namespace congvan {

// Serialisation (engine/src/io/timeline_*.cc). JSON follows the contract:
// { versions: [{source, language, year, ...}],
//   lineages: [{id, theme, nodes: [{version, path, text, op, ...}],
//               events: [{from, to, op, lineages}]}] }.
// TimelineToJson builds the whole document in memory; WriteTimelineJson
// streams it lineage by lineage (the same JSON, memory bounded by one
// lineage), laid out as nlohmann's dump(2) except that each lineage's
// "cells" array is on one line.
nlohmann::json TimelineToJson(const Timeline& timeline);
void WriteTimelineJson(const Timeline& timeline, std::ostream& out);
std::string WriteTimelineJson(const Timeline& timeline);

struct TimelineTextOptions {
  int text_width = 60;  // characters of the latest text shown per row (0 = none)
  // Cells name a division by its marker as written ("Điều 206", "Chương XII")
  // instead of its path ("12.2.206"); other tasks keep their path. For a
  // timeline of a law's articles (`congvan timeline --articles`).
  bool division_markers = false;
};
// A table: one row per lineage (grouped under theme headings), one column per
// version; each cell is the task's path and a symbol for its op
// (+ new, = unchanged, ~ reworded, > moved, < split, & merged, x gone,
// ? not covered), then the lineage's latest text. A legend follows.
// Unrelated pairs are noted above the table with their share.
void WriteTimelineText(const Timeline& timeline, std::ostream& out,
                       const TimelineTextOptions& options = {});
std::string WriteTimelineText(const Timeline& timeline, const TimelineTextOptions& options = {});

// CSV (RFC 4180: CRLF line ends, fields with , " CR LF quoted, quotes doubled):
// header `lineage,theme,<version label>...,text`; one row per lineage; each
// version cell is "<op> <path>: <text>" (empty when absent, "gone" or
// "not-covered" after it ended). A version unrelated to its neighbours has
// " [unrelated: N% shared]" after its label in the header.
void WriteTimelineCsv(const Timeline& timeline, std::ostream& out);
std::string WriteTimelineCsv(const Timeline& timeline);

// One self-contained HTML page (inline CSS, JS and SVG; no network): an SVG
// chart with one column per version (g.version-col) and one row per lineage
// (g.lineage-row, grouped under theme headings), a cell (rect, class
// "cell op-<op>", data-op) for every version where the lineage has a task
// and for the version right after it ended ("gone" / "not-covered"); absent
// versions have no element, so the page grows with the tasks, not with
// lineages × versions. The task's text is in the cell's SVG <title> (hover)
// — left out when it is the same as in the lineage's previous cell, which
// the page's script fills in — and in a detail panel on click; a legend;
// unrelated pairs in the notes and their columns marked. All text is escaped.
void WriteTimelineHtml(const Timeline& timeline, std::ostream& out);
std::string WriteTimelineHtml(const Timeline& timeline);

// The words every format uses (engine/src/io/timeline_shown.cc), for the
// CLI's own lines to say the same. The lineages shown: "3,521 lineages", or
// for a filtered timeline (Timeline::filter) "433 of 3,521 lineages shown
// (--articles --changed)"; grouped_digits false writes "3521" (a line a
// script reads). The note on a version only the input order placed
// (TimelineVersion::placed_by_input_order): "in the order given (not every
// version of 2014 has an issue date)", "last, in the order given (no year in
// its text or file name)"; "" for a version its date or the reader placed.
std::string TimelineLineagesShown(const Timeline& timeline, bool grouped_digits = true);
std::string TimelineInputOrderNote(const TimelineVersion& version);

}  // namespace congvan

#endif  // CONGVAN_TIMELINE_WRITERS_H_
