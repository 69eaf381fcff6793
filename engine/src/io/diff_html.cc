// The HTML report of a diff: one self-contained page (inline CSS and JS, no
// network, no external fonts), readable offline and printable.
//
// Layout: a header naming both versions, a summary bar (one span per op with
// data-op/data-count, so tests and scripts can read the counts back), notes
// on whole sections and partial coverage, a checkbox hiding unchanged rows,
// then a table with one row per change (tr.change[data-op]): old task(s)
// left, the op with its label in the middle, new task(s) right. Reworded and
// moved rows show the redline split across the two sides (deletions struck
// through on the left, insertions on the right); split and merged rows list
// their pieces and show the inline redline of the whole group underneath.
// A cross-language matched row (no word redline) shows its concept delta
// under the texts instead: the concepts the old task(s) no longer have under
// the old side ("− concept (old forms)"), those the new task(s) add under the
// new side ("+ concept (new forms)"), and the number kept in the middle.
// Every piece of text goes through Escape().
#include <cstdio>
#include <string>
#include <vector>

#include "congvan/cross_language.h"
#include "congvan/diff_report.h"
#include "diff/report_util.h"
#include "io/html_escape.h"

namespace congvan {
namespace {

using diff_internal::MoveExplanation;
using diff_internal::RefLabel;

std::string Escape(std::string_view s) { return io_internal::HtmlEscape(s); }

constexpr const char* kStyle = R"css(
:root { --del: #fbe3e4; --del-ink: #9f1d24; --ins: #e1f5e4; --ins-ink: #17652b; --line: #d9dce1; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1d2330; background: #f6f7f9; }
header { padding: 16px 24px 8px; background: #fff; border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 2; }
h1 { font-size: 20px; margin: 0 0 4px; }
.versions { margin: 0 0 8px; color: #4a5262; font-size: 13px; }
.summary { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; }
.count { border-radius: 12px; padding: 2px 10px; font-size: 13px; border: 1px solid var(--line); background: #fff; }
.count b { font-size: 14px; }
.notes { margin: 4px 0; padding-left: 18px; font-size: 13px; color: #4a5262; }
.controls { font-size: 14px; margin: 6px 0 4px; }
main { padding: 12px 24px 40px; }
table.changes { width: 100%; border-collapse: separate; border-spacing: 0 6px; table-layout: fixed; }
th { text-align: left; font-size: 13px; color: #4a5262; font-weight: 600; padding: 0 10px; }
th.opcol, td.op { width: 150px; }
td { vertical-align: top; background: #fff; padding: 8px 10px; border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); }
td.old { border-left: 1px solid var(--line); border-radius: 6px 0 0 6px; }
td.new { border-right: 1px solid var(--line); border-radius: 0 6px 6px 0; }
td.op { text-align: center; background: #fafbfc; }
.task + .task { margin-top: 8px; padding-top: 8px; border-top: 1px dashed var(--line); }
.label { display: inline-block; font: 12px/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, monospace; color: #4a5262; background: #eef0f3; border-radius: 4px; padding: 0 5px; margin-right: 6px; }
.empty { color: #9aa1ad; font-style: italic; }
del { background: var(--del); color: var(--del-ink); text-decoration: line-through; }
ins { background: var(--ins); color: var(--ins-ink); text-decoration: none; }
.badge { display: inline-block; border-radius: 10px; padding: 1px 9px; font-size: 12px; font-weight: 600; color: #fff; background: #6b7280; }
.why { display: block; font-size: 12px; color: #4a5262; margin-top: 4px; }
.sim { display: block; font-size: 12px; color: #4a5262; }
.section-tasks { margin-top: 6px; font-size: 13px; color: #4a5262; }
.section-tasks ul { margin: 4px 0 0; padding-left: 18px; }
.concepts { display: flex; flex-wrap: wrap; gap: 3px 12px; margin: 8px 0 0; padding: 6px 0 0; border-top: 1px dotted var(--line); list-style: none; font-size: 13px; }
.concepts li { min-width: 0; overflow-wrap: anywhere; }
.concepts .sign { font-weight: 700; margin-right: 3px; }
.concepts .concept { font: 12px/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, monospace; border-radius: 4px; padding: 0 4px; }
.concepts .forms { color: #4a5262; }
.concept-added .sign, .concept-added .concept { color: var(--ins-ink); } .concept-added .concept { background: var(--ins); }
.concept-removed .sign, .concept-removed .concept { color: var(--del-ink); } .concept-removed .concept { background: var(--del); }
.redline { margin-top: 8px; padding-top: 6px; border-top: 1px dotted var(--line); font-size: 14px; }
.op-unchanged .badge { background: #9aa1ad; } .count.op-unchanged { border-color: #9aa1ad; }
.op-reworded .badge { background: #b7791f; } .count.op-reworded { border-color: #b7791f; }
.op-moved .badge { background: #2b6cb0; } .count.op-moved { border-color: #2b6cb0; }
.op-split .badge { background: #6b46c1; } .count.op-split { border-color: #6b46c1; }
.op-merged .badge { background: #c05621; } .count.op-merged { border-color: #c05621; }
.op-added .badge { background: #2f855a; } .count.op-added { border-color: #2f855a; }
.op-dropped .badge { background: #c53030; } .count.op-dropped { border-color: #c53030; }
tr.op-added td.new { background: #f3fbf5; } tr.op-dropped td.old { background: #fdf4f4; }
tr.op-unchanged td { color: #4a5262; }
body.hide-unchanged tr.op-unchanged { display: none; }
@media print { header { position: static; } }
)css";

constexpr const char* kScript = R"js(
(function () {
  var box = document.getElementById('hide-unchanged');
  // report.html#hide-unchanged opens the page with unchanged rows hidden.
  if (location.hash === '#hide-unchanged') box.checked = true;
  function apply() { document.body.classList.toggle('hide-unchanged', box.checked); }
  box.addEventListener('change', apply);
  apply();
})();
)js";

std::string Version(const Document& doc) {
  std::string s = doc.source + " (" + LanguageCode(doc.language);
  if (doc.meta.year) s += ", " + std::to_string(*doc.meta.year);
  return s + ", " + std::to_string(doc.TaskCount()) + " tasks)";
}

std::string TaskDiv(const NodeRef& r, const std::string& html_text) {
  return "<div class=\"task\"><span class=\"label\">" + Escape(RefLabel(r)) + "</span>" +
         html_text + "</div>";
}

// One side of a redline: equal text plus that side's edits.
std::string Side(const std::vector<RedlineSegment>& redline, bool old_side) {
  std::string s;
  for (const RedlineSegment& seg : redline) {
    if (seg.op == RedlineOp::kEqual) {
      s += Escape(seg.text);
    } else if (seg.op == RedlineOp::kDelete && old_side) {
      s += "<del>" + Escape(seg.text) + "</del>";
    } else if (seg.op == RedlineOp::kInsert && !old_side) {
      s += "<ins>" + Escape(seg.text) + "</ins>";
    }
  }
  return s;
}

std::string Inline(const std::vector<RedlineSegment>& redline) {
  std::string s;
  for (const RedlineSegment& seg : redline) {
    switch (seg.op) {
      case RedlineOp::kEqual: s += Escape(seg.text); break;
      case RedlineOp::kDelete: s += "<del>" + Escape(seg.text) + "</del>"; break;
      case RedlineOp::kInsert: s += "<ins>" + Escape(seg.text) + "</ins>"; break;
    }
  }
  return s;
}

// Preorder list of a document's tasks (NodeRef::index points into it).
std::vector<const Node*> Preorder(const Document& doc) {
  std::vector<const Node*> out;
  ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) { out.push_back(&n); });
  return out;
}

// The sub-tasks of a whole section added or dropped, folded away by default.
std::string SectionBody(const NodeRef& section, int count, const std::vector<const Node*>& order) {
  if (count <= 1 || section.index < 0) return "";
  std::string s = "<details class=\"section-tasks\"><summary>" + std::to_string(count - 1) +
                  " sub-tasks</summary><ul>";
  for (int i = section.index + 1; i < section.index + count && i < static_cast<int>(order.size()); ++i) {
    const Node* n = order[static_cast<size_t>(i)];
    s += "<li><span class=\"label\">" +
         Escape(n->marker.empty() ? "¶ " + n->path : n->marker + " " + n->path) + "</span>" +
         Escape(n->text) + "</li>";
  }
  return s + "</ul></details>";
}

std::string Cell(const std::vector<NodeRef>& refs, const Change& c, bool old_side) {
  if (refs.empty()) return "<span class=\"empty\">—</span>";
  bool one_to_one = c.old_nodes.size() == 1 && c.new_nodes.size() == 1;
  std::string s;
  for (const NodeRef& r : refs) {
    std::string text = one_to_one && !c.redline.empty() ? Side(c.redline, old_side) : Escape(r.text);
    s += TaskDiv(r, text);
  }
  return s;
}

// One side of a concept delta: ul.concepts with one li per concept
// (li.concept-added / li.concept-removed, data-concept="<id>"), each with the
// concept id and the forms that side writes it with. "" when empty.
std::string ConceptList(const std::vector<ConceptMention>& mentions, bool added) {
  if (mentions.empty()) return "";
  const char* kind = added ? "added" : "removed";
  std::string s = std::string("<ul class=\"concepts concepts-") + kind + "\" title=\"concepts " +
                  (added ? "the new task(s) add" : "the new task(s) no longer have") + "\">";
  for (const ConceptMention& m : mentions) {
    const std::vector<std::string>& forms = added ? m.new_forms : m.old_forms;
    s += std::string("<li class=\"concept-") + kind + "\" data-concept=\"" + Escape(m.concept_id) +
         "\"><span class=\"sign\">" + (added ? "+" : "−") + "</span><span class=\"concept\">" +
         Escape(m.concept_id) + "</span>";
    if (!forms.empty()) {
      std::string joined;
      for (const std::string& f : forms) joined += (joined.empty() ? "" : ", ") + f;
      s += " <span class=\"forms\">(" + Escape(joined) + ")</span>";
    }
    s += "</li>";
  }
  return s + "</ul>";
}

}  // namespace

std::string WriteDiffHtml(const Alignment& alignment, const Document& old_doc,
                          const Document& new_doc, const DiffReportOptions& options) {
  const AlignmentSummary& sum = alignment.summary;
  const std::vector<const Node*> old_order = Preorder(old_doc), new_order = Preorder(new_doc);
  std::string title = "congvan diff: " + old_doc.source + " → " + new_doc.source;
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"" + std::string(LanguageCode(new_doc.language)) +
       "\">\n<head>\n<meta charset=\"utf-8\">\n"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       "<title>" + Escape(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  h += "<header>\n<h1>What changed between the two versions</h1>\n";
  h += "<p class=\"versions\">old: <span id=\"old-version\">" + Escape(Version(old_doc)) +
       "</span><br>new: <span id=\"new-version\">" + Escape(Version(new_doc)) + "</span></p>\n";
  h += "<div class=\"summary\" id=\"summary\">\n";
  for (int i = 0; i < kChangeOpCount; ++i) {
    std::string op = ChangeOpName(static_cast<ChangeOp>(i));
    std::string n = std::to_string(sum.counts[static_cast<size_t>(i)]);
    h += "<span class=\"count op-" + op + "\" data-op=\"" + op + "\" data-count=\"" + n +
         "\"><b>" + n + "</b> " + op + "</span>\n";
  }
  h += "</div>\n";
  std::string notes;
  for (const SectionNote& n : sum.sections_dropped) {
    notes += "<li>section dropped: <span class=\"label\">" + Escape(RefLabel(n.section)) +
             "</span>" + Escape(n.section.text) + " (" + std::to_string(n.task_count) +
             " tasks)</li>\n";
  }
  for (const SectionNote& n : sum.sections_added) {
    notes += "<li>section added: <span class=\"label\">" + Escape(RefLabel(n.section)) +
             "</span>" + Escape(n.section.text) + " (" + std::to_string(n.task_count) +
             " tasks)</li>\n";
  }
  if (!sum.coverage_note.empty()) {
    notes += "<li class=\"coverage\">" + Escape(sum.coverage_note) + "</li>\n";
  }
  if (!notes.empty()) h += "<ul class=\"notes\">\n" + notes + "</ul>\n";
  h += "<div class=\"controls\"><label><input type=\"checkbox\" id=\"hide-unchanged\"" +
       std::string(options.only_changes ? " checked" : "") +
       "> Hide unchanged tasks</label></div>\n</header>\n<main>\n";
  h += "<table class=\"changes\">\n<thead><tr><th>Old: " + Escape(old_doc.source) +
       "</th><th class=\"opcol\">Change</th><th>New: " + Escape(new_doc.source) +
       "</th></tr></thead>\n<tbody>\n";
  for (const Change& c : alignment.changes) {
    if (options.only_changes && c.op == ChangeOp::kUnchanged) continue;
    std::string op = ChangeOpName(c.op);
    h += "<tr class=\"change op-" + op + "\" data-op=\"" + op + "\">";
    h += "<td class=\"old\">" + Cell(c.old_nodes, c, true);
    if (c.section_task_count > 0 && !c.old_nodes.empty()) {
      h += SectionBody(c.old_nodes.front(), c.section_task_count, old_order);
    }
    if (c.concept_delta) h += ConceptList(c.concept_delta->removed, false);
    h += "</td>";
    h += "<td class=\"op\"><span class=\"badge\">" + op + "</span>";
    if (c.section_task_count > 0) {
      h += "<span class=\"why\">whole section, " + std::to_string(c.section_task_count) +
           " tasks</span>";
    }
    if (c.renumbered) h += "<span class=\"why\">renumbered</span>";
    if (c.op == ChangeOp::kMoved) {
      h += "<span class=\"why\">" + Escape(MoveExplanation(c)) +
           (c.text_changed ? ", reworded" : "") + "</span>";
    } else if (c.op == ChangeOp::kSplit) {
      h += "<span class=\"why\">one task → " + std::to_string(c.new_nodes.size()) + "</span>";
    } else if (c.op == ChangeOp::kMerged) {
      h += "<span class=\"why\">" + std::to_string(c.old_nodes.size()) + " tasks → one</span>";
    }
    if (!c.old_nodes.empty() && !c.new_nodes.empty() && c.op != ChangeOp::kUnchanged) {
      char sim[48];
      std::snprintf(sim, sizeof sim, "similarity %.2f", c.similarity);
      h += "<span class=\"sim\">" + std::string(sim) + "</span>";
    }
    if (c.concept_delta) {
      const ConceptDelta& d = *c.concept_delta;
      std::string kept;
      for (const ConceptMention& m : d.kept) kept += (kept.empty() ? "" : ", ") + m.concept_id;
      h += "<span class=\"why concepts-kept\" data-added=\"" + std::to_string(d.added.size()) +
           "\" data-removed=\"" + std::to_string(d.removed.size()) + "\" data-kept=\"" +
           std::to_string(d.kept.size()) + "\" title=\"" + Escape(kept) + "\">" +
           std::to_string(d.kept.size()) + (d.kept.size() == 1 ? " concept" : " concepts") +
           " kept</span>";
    }
    h += "</td>";
    h += "<td class=\"new\">" + Cell(c.new_nodes, c, false);
    if (c.section_task_count > 0 && !c.new_nodes.empty()) {
      h += SectionBody(c.new_nodes.front(), c.section_task_count, new_order);
    }
    bool group = c.old_nodes.size() > 1 || c.new_nodes.size() > 1;
    if (group && !c.redline.empty()) {
      h += "<div class=\"redline\">" + Inline(c.redline) + "</div>";
    }
    if (c.concept_delta) h += ConceptList(c.concept_delta->added, true);
    h += "</td></tr>\n";
  }
  h += "</tbody>\n</table>\n</main>\n<script>" + std::string(kScript) + "</script>\n</body>\n</html>\n";
  return h;
}

}  // namespace congvan
