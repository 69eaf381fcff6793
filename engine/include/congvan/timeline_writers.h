// A timeline for people and programs: JSON, a text table, CSV and one HTML
// page (engine/src/io/timeline_*.cc). The table of these formats is
// congvan/formats.h TimelineFormats().
#ifndef CONGVAN_TIMELINE_WRITERS_H_
#define CONGVAN_TIMELINE_WRITERS_H_

#include <nlohmann/json.hpp>
#include <string>

#include "congvan/timeline.h"

namespace congvan {

// Serialisation (engine/src/io/timeline_*.cc). JSON follows the contract:
// { versions: [{source, language, year, ...}],
//   lineages: [{id, theme, nodes: [{version, path, text, op, ...}],
//               events: [{from, to, op, lineages}]}] }.
nlohmann::json TimelineToJson(const Timeline& timeline);
std::string WriteTimelineJson(const Timeline& timeline);

struct TimelineTextOptions {
  int text_width = 60;  // characters of the latest text shown per row (0 = none)
};
// A table: one row per lineage (grouped under theme headings), one column per
// version; each cell is the task's path and a symbol for its op
// (+ new, = unchanged, ~ reworded, > moved, < split, & merged, x gone), then
// the lineage's latest text. A legend follows.
std::string WriteTimelineText(const Timeline& timeline, const TimelineTextOptions& options = {});

// CSV (RFC 4180: CRLF line ends, fields with , " CR LF quoted, quotes doubled):
// header `lineage,theme,<version label>...,text`; one row per lineage; each
// version cell is "<op> <path>: <text>" (empty when absent, "gone" after it ended).
std::string WriteTimelineCsv(const Timeline& timeline);

// One self-contained HTML page (inline CSS, JS and SVG; no network): an SVG
// chart with one column per version (g.version-col) and one row per lineage
// (g.lineage-row, grouped under theme headings), each cell a rect coloured by
// its op (class "cell op-<op>", data-op), the task's text in an SVG <title>
// and in a detail panel on click; a legend. All text is escaped.
std::string WriteTimelineHtml(const Timeline& timeline);

}  // namespace congvan

#endif  // CONGVAN_TIMELINE_WRITERS_H_
