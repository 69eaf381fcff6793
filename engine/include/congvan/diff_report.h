// Reports of an Alignment: text for a terminal, JSON (the contract in
// docs/DESIGN.md: {old, new, changes: [{op, old, new, similarity, redline}]},
// plus a summary), and one self-contained HTML page (inline CSS and JS, no
// network, no external fonts) with side-by-side rows and inline redlines.
// Changes that carry a Change::concept_delta (cross-language pairs aligned by
// AlignAuto) show it in all three forms.
#ifndef CONGVAN_DIFF_REPORT_H_
#define CONGVAN_DIFF_REPORT_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "congvan/align.h"
#include "congvan/cross_language.h"
#include "congvan/document.h"

namespace congvan {

struct DiffReportOptions {
  bool color = false;         // text: ANSI colours (the CLI sets it only on a terminal)
  bool only_changes = false;  // leave unchanged tasks out of the change list
  // text: longest text shown for an added/dropped/unchanged task before "…"
  // (0 = no limit). Redlines are never cut.
  int max_text_chars = 0;
  // html: the language of the page's own words (headings, buttons, the names
  // of the ops), from the grammar's <report-labels>; nullopt = the old
  // version's language. Labels a grammar lacks are taken from English.
  std::optional<Language> ui_language;
  // html: where the grammars with the labels are (empty = DefaultGrammarDir()).
  std::string grammar_dir;
};

// The JSON object of a diff. Field names follow the contract; fields are only
// ever added. A change with a concept delta has "concept_delta": {"added",
// "removed", "kept"}, each a list of {concept, domain, old_forms, new_forms}. REQUIRES: `alignment`
// was computed from these two documents.
nlohmann::json DiffToJson(const Alignment& alignment, const Document& old_doc,
                          const Document& new_doc, const DiffReportOptions& options = {});
// DiffToJson pretty-printed, with a trailing newline.
std::string WriteDiffJson(const Alignment& alignment, const Document& old_doc,
                          const Document& new_doc, const DiffReportOptions& options = {});

// A summary (counts per op, whole sections added/dropped, coverage note), then
// each change with its paths, markers and redlined text: [-deleted-]{+inserted+}
// without colour, red/green with colour. A change with a concept delta lists
// both texts, then "concepts: N kept" and its "+ concept (forms)" /
// "− concept (forms)" lines.
std::string WriteDiffText(const Alignment& alignment, const Document& old_doc,
                          const Document& new_doc, const DiffReportOptions& options = {});

// One self-contained HTML page: a header naming each version by kind,
// number, date and issuer (#old-version / #new-version, data-kind,
// data-number, data-date; the file second), filter buttons with the counts
// per op (button.count, data-op, data-count, aria-pressed), a checkbox that
// hides unchanged tasks, a change list (nav.toc) linking to each change, and
// one article per change (article.change, id="c-<n>", n its 1-based place in
// alignment.changes; data-op="<op>") with the old task(s) left, the new
// task(s) right (each task div id="old-<path>" / "new-<path>"), <del>/<ins>
// redlines and labels for moved/split/merged. Stacked below 720 px; a print
// stylesheet for A4 (a change is never split across pages, the documents'
// numbers and the page number on every page). The page's words come in
// options.ui_language. A change
// with a concept delta gets ul.concepts-removed (li.concept-removed) under the
// old cell, ul.concepts-added (li.concept-added, data-concept="<id>") under the
// new cell and span.concepts-kept (data-added/-removed/-kept counts) in the
// middle. All text is HTML-escaped.
std::string WriteDiffHtml(const Alignment& alignment, const Document& old_doc,
                          const Document& new_doc, const DiffReportOptions& options = {});

// Concept deltas (congvan/cross_language.h ConceptDeltas) rendered.
// {"change": index, "added": [M], "removed": [M], "kept": [M]} with
// M = {"concept", "domain", "old_forms": [...], "new_forms": [...]} — the shape
// `congvan diff --format json` is to carry as changes[i].concept_delta.
nlohmann::json ConceptDeltaToJson(const ConceptDelta& delta);

// Two short lines for a text report:
//   "  + concept (new form, ...), ..."   what the new task adds
//   "  − concept (old form, ...), ..."   what it no longer has
// (a line is left out when empty; "" when both are).
std::string ConceptDeltaText(const ConceptDelta& delta);

}  // namespace congvan

#endif  // CONGVAN_DIFF_REPORT_H_
