// The JSON form of a diff (contract in docs/DESIGN.md), built with
// nlohmann::json: {old, new, summary, changes}. NodeRef = {path, marker, text,
// lines, depth}; only fields are added to the contract, never renamed.
// Cross-language matched changes add "concept_delta" (ConceptDeltaToJson,
// without its "change" index: the delta sits on its own change).
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "congvan/cross_language.h"
#include "congvan/diff_report.h"

namespace congvan {
namespace {

nlohmann::json VersionJson(const Document& doc) {
  nlohmann::json v;
  v["source"] = doc.source;
  v["language"] = LanguageCode(doc.language);
  v["year"] = doc.meta.year ? nlohmann::json(*doc.meta.year) : nlohmann::json(nullptr);
  v["number"] = doc.meta.number;
  v["title"] = doc.meta.title;
  v["tasks"] = doc.TaskCount();
  return v;
}

nlohmann::json RefJson(const NodeRef& r) {
  nlohmann::json j;
  j["path"] = r.path;
  j["marker"] = r.marker.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.marker);
  j["text"] = r.text;
  j["lines"] = {r.lines.first, r.lines.last};
  j["depth"] = r.depth;
  return j;
}

}  // namespace

nlohmann::json DiffToJson(const Alignment& alignment, const Document& old_doc,
                          const Document& new_doc, const DiffReportOptions& options) {
  nlohmann::json out;
  out["old"] = VersionJson(old_doc);
  out["new"] = VersionJson(new_doc);
  const AlignmentSummary& s = alignment.summary;
  nlohmann::json summary;
  nlohmann::json counts = nlohmann::json::object();
  for (int i = 0; i < kChangeOpCount; ++i) {
    counts[ChangeOpName(static_cast<ChangeOp>(i))] = s.counts[static_cast<size_t>(i)];
  }
  summary["counts"] = counts;
  summary["old_tasks"] = s.old_tasks;
  summary["new_tasks"] = s.new_tasks;
  summary["old_matched"] = s.old_matched;
  summary["new_matched"] = s.new_matched;
  summary["dropped_tasks"] = s.dropped_tasks;
  summary["added_tasks"] = s.added_tasks;
  summary["renumbered"] = s.renumbered;
  for (const char* key : {"sections_dropped", "sections_added"}) {
    const auto& list =
        std::string(key) == "sections_dropped" ? s.sections_dropped : s.sections_added;
    nlohmann::json arr = nlohmann::json::array();
    for (const SectionNote& n : list) {
      nlohmann::json j = RefJson(n.section);
      j["task_count"] = n.task_count;
      arr.push_back(j);
    }
    summary[key] = arr;
  }
  summary["coverage_note"] = s.coverage_note;
  out["summary"] = summary;
  nlohmann::json changes = nlohmann::json::array();
  for (const Change& c : alignment.changes) {
    if (options.only_changes && c.op == ChangeOp::kUnchanged) continue;
    nlohmann::json j;
    j["op"] = ChangeOpName(c.op);
    nlohmann::json olds = nlohmann::json::array(), news = nlohmann::json::array();
    for (const NodeRef& r : c.old_nodes) olds.push_back(RefJson(r));
    for (const NodeRef& r : c.new_nodes) news.push_back(RefJson(r));
    j["old"] = olds;
    j["new"] = news;
    j["similarity"] = c.similarity;
    nlohmann::json red = nlohmann::json::array();
    for (const RedlineSegment& seg : c.redline) {
      red.push_back({{"op", RedlineOpName(seg.op)}, {"text", seg.text}});
    }
    j["redline"] = red;
    j["text_changed"] = c.text_changed;
    if (!c.move_reason.empty()) j["move_reason"] = c.move_reason;
    if (c.renumbered) j["renumbered"] = true;
    if (c.section_task_count > 0) j["section_task_count"] = c.section_task_count;
    if (c.concept_delta) {
      // {"added", "removed", "kept"}: [{concept, domain, old_forms, new_forms}].
      // The "change" index of ConceptDeltaToJson counts all changes, which
      // --only-changes would make misleading here; the position says it.
      nlohmann::json delta = ConceptDeltaToJson(*c.concept_delta);
      delta.erase("change");
      j["concept_delta"] = std::move(delta);
    }
    changes.push_back(j);
  }
  out["changes"] = changes;
  return out;
}

std::string WriteDiffJson(const Alignment& alignment, const Document& old_doc,
                          const Document& new_doc, const DiffReportOptions& options) {
  // Replace invalid UTF-8 rather than throw: the engine never throws on input.
  return DiffToJson(alignment, old_doc, new_doc, options)
             .dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

}  // namespace congvan
