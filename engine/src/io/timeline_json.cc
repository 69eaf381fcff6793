// Timeline → JSON (nlohmann). The contract of docs/DESIGN.md:
// { versions: [{source, language, year}], lineages: [{id, nodes: [{version,
// path, text}], events: [{from, to, op}]}] } — with extra fields (labels,
// themes, per-node ops and lines, per-pair summaries), never renamed ones.
#include <nlohmann/json.hpp>

#include "congvan/timeline.h"
#include "congvan/timeline_writers.h"

namespace congvan {

nlohmann::json TimelineToJson(const Timeline& t) {
  nlohmann::json j;
  j["versions"] = nlohmann::json::array();
  for (size_t v = 0; v < t.versions.size(); ++v) {
    const TimelineVersion& tv = t.versions[v];
    nlohmann::json x;
    x["source"] = tv.source;
    x["language"] = LanguageCode(tv.language);
    x["year"] = tv.year ? nlohmann::json(*tv.year) : nlohmann::json(nullptr);
    x["label"] = tv.label;
    x["task_count"] = tv.task_count;
    j["versions"].push_back(std::move(x));
  }
  j["pairs"] = nlohmann::json::array();
  for (size_t p = 0; p < t.alignments.size(); ++p) {
    const AlignmentSummary& s = t.alignments[p].summary;
    nlohmann::json x;
    x["from"] = p;
    x["to"] = p + 1;
    x["cross_language"] = p < t.cross_language.size() && t.cross_language[p];
    nlohmann::json counts = nlohmann::json::object();
    for (int op = 0; op < kChangeOpCount; ++op) {
      counts[ChangeOpName(static_cast<ChangeOp>(op))] = s.counts[static_cast<size_t>(op)];
    }
    x["counts"] = std::move(counts);
    if (!s.coverage_note.empty()) x["coverage_note"] = s.coverage_note;
    j["pairs"].push_back(std::move(x));
  }
  j["lineages"] = nlohmann::json::array();
  for (const Lineage& l : t.lineages) {
    nlohmann::json x;
    x["id"] = l.id;
    x["theme"] = l.theme;
    x["theme_label"] = l.theme_label;
    x["nodes"] = nlohmann::json::array();
    for (const LineageNode& n : l.nodes) {
      x["nodes"].push_back({{"version", n.version},
                            {"path", n.path},
                            {"text", n.text},
                            {"op", TimelineOpName(n.op)},
                            {"depth", n.depth},
                            {"lines", {n.lines.first, n.lines.last}},
                            {"similarity", n.similarity}});
    }
    x["events"] = nlohmann::json::array();
    for (const LineageEvent& e : l.events) {
      nlohmann::json ev = {{"from", e.from}, {"to", e.to}, {"op", e.op}};
      if (!e.lineages.empty()) ev["lineages"] = e.lineages;
      if (e.similarity > 0) ev["similarity"] = e.similarity;
      x["events"].push_back(std::move(ev));
    }
    nlohmann::json cells = nlohmann::json::array();
    for (size_t v = 0; v < t.versions.size(); ++v)
      cells.push_back(TimelineOpName(l.CellOp(static_cast<int>(v))));
    x["cells"] = std::move(cells);
    j["lineages"].push_back(std::move(x));
  }
  return j;
}

// Invalid UTF-8 (never produced by the readers, but a Timeline can be built
// from any Document) becomes U+FFFD instead of an exception, as in the diff.
std::string WriteTimelineJson(const Timeline& t) {
  return TimelineToJson(t).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace congvan
