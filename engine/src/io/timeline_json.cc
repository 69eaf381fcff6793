// Timeline → JSON (nlohmann). The contract of docs/DESIGN.md:
// { versions: [{source, language, year}], lineages: [{id, nodes: [{version,
// path, text}], events: [{from, to, op}]}] } — with extra fields (labels,
// themes, per-node ops and lines, per-pair summaries and shares, the
// unrelated flags, the sections a partial version does not cover, the
// versions only the input order placed, and "shown": how many lineages the
// output holds of the whole timeline's and the filter that chose them),
// never renamed ones.
//
// Approach: each piece (a version, a pair, a lineage) is an nlohmann value;
// TimelineToJson collects them in one DOM, WriteTimelineJson streams them
// one at a time through io_internal::JsonStream in the DOM's key order
// (nlohmann sorts keys: lineages, pairs, shown, versions), so the two agree and the
// streamed form never holds more than one lineage. A lineage's "cells" (one
// op per version) are written on one line: they are the only part of the
// output that grows with lineages × versions.
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "congvan/timeline.h"
#include "congvan/timeline_writers.h"
#include "io/json_stream.h"

namespace congvan {
namespace {

using nlohmann::json;

json VersionJson(const TimelineVersion& tv) {
  json x;
  x["source"] = tv.source;
  x["language"] = LanguageCode(tv.language);
  x["year"] = tv.year ? json(*tv.year) : json(nullptr);
  x["label"] = tv.label;
  x["task_count"] = tv.task_count;
  x["unrelated"] = tv.unrelated;
  x["placed_by_input_order"] = tv.placed_by_input_order;
  return x;
}

// Which lineages the output holds: all, or those a filter chose — with the
// count of the whole timeline, so a reader never takes the part for it.
json ShownJson(const Timeline& t) {
  return {{"lineages", t.lineages.size()},
          {"of", t.lineages.size() + t.lineages_left_out},
          {"articles", t.filter.divisions_only},
          {"changed", t.filter.changed_only}};
}

json PairJson(const Timeline& t, size_t p) {
  const AlignmentSummary& s = t.alignments[p].summary;
  json x;
  x["from"] = p;
  x["to"] = p + 1;
  x["cross_language"] = p < t.cross_language.size() && t.cross_language[p];
  json counts = json::object();
  for (int op = 0; op < kChangeOpCount; ++op) {
    counts[ChangeOpName(static_cast<ChangeOp>(op))] = s.counts[static_cast<size_t>(op)];
  }
  x["counts"] = std::move(counts);
  if (!s.coverage_note.empty()) x["coverage_note"] = s.coverage_note;
  if (!s.sections_not_covered.empty()) {
    json sections = json::array();
    for (const SectionNote& n : s.sections_not_covered) {
      sections.push_back(
          {{"path", n.section.path}, {"text", n.section.text}, {"task_count", n.task_count}});
    }
    x["sections_not_covered"] = std::move(sections);
  }
  if (p < t.pairs.size()) {
    x["shared"] = t.pairs[p].shared;
    x["smaller_shared"] = t.pairs[p].smaller_shared;
    x["unrelated"] = t.pairs[p].unrelated;
  }
  return x;
}

// A lineage without its cells (see LineageCells).
json LineageJson(const Lineage& l) {
  json x;
  x["id"] = l.id;
  x["theme"] = l.theme;
  x["theme_label"] = l.theme_label;
  x["nodes"] = json::array();
  for (const LineageNode& n : l.nodes) {
    x["nodes"].push_back({{"version", n.version},
                          {"path", n.path},
                          {"text", n.text},
                          {"op", TimelineOpName(n.op)},
                          {"depth", n.depth},
                          {"lines", {n.lines.first, n.lines.last}},
                          {"similarity", n.similarity}});
  }
  x["events"] = json::array();
  for (const LineageEvent& e : l.events) {
    json ev = {{"from", e.from}, {"to", e.to}, {"op", e.op}};
    if (!e.lineages.empty()) ev["lineages"] = e.lineages;
    if (e.similarity > 0) ev["similarity"] = e.similarity;
    x["events"].push_back(std::move(ev));
  }
  return x;
}

// The lineage's op at every version, in version order.
json LineageCells(const Timeline& t, const Lineage& l) {
  json cells = json::array();
  for (size_t v = 0; v < t.versions.size(); ++v)
    cells.push_back(TimelineOpName(l.CellOp(static_cast<int>(v))));
  return cells;
}

}  // namespace

nlohmann::json TimelineToJson(const Timeline& t) {
  json j;
  j["versions"] = json::array();
  for (const TimelineVersion& tv : t.versions) j["versions"].push_back(VersionJson(tv));
  j["pairs"] = json::array();
  for (size_t p = 0; p < t.alignments.size(); ++p) j["pairs"].push_back(PairJson(t, p));
  j["lineages"] = json::array();
  for (const Lineage& l : t.lineages) {
    json x = LineageJson(l);
    x["cells"] = LineageCells(t, l);
    j["lineages"].push_back(std::move(x));
  }
  j["shown"] = ShownJson(t);
  return j;
}

void WriteTimelineJson(const Timeline& t, std::ostream& out) {
  io_internal::JsonStream js(out, false);
  js.BeginObject();
  js.Key("lineages");
  js.BeginArray();
  for (const Lineage& l : t.lineages) {
    js.BeginObject();
    js.Key("cells");  // "cells" sorts first among a lineage's keys
    js.Compact(LineageCells(t, l));
    js.Members(LineageJson(l));
    js.EndObject();
  }
  js.EndArray();
  js.Key("pairs");
  js.BeginArray();
  for (size_t p = 0; p < t.alignments.size(); ++p) {
    js.Value(PairJson(t, p));
  }
  js.EndArray();
  js.Key("shown");  // between "pairs" and "versions", as the DOM sorts it
  js.Value(ShownJson(t));
  js.Key("versions");
  js.BeginArray();
  for (const TimelineVersion& tv : t.versions) {
    js.Value(VersionJson(tv));
  }
  js.EndArray();
  js.EndObject();
  js.Raw("\n");
  js.Flush();
}

std::string WriteTimelineJson(const Timeline& t) {
  std::ostringstream out;
  WriteTimelineJson(t, out);
  return out.str();
}

}  // namespace congvan
