// The HTML report of a diff: one self-contained page (inline CSS and JS, no
// network, no external fonts) for a legal office, readable on a desktop, on a
// phone and on paper. The stylesheet and script are in diff_html_assets.h;
// this file writes the content.
//
// Layout: a header naming both versions as a lawyer names them — kind,
// number, date, issuer and subject from the Document's meta, the file name
// second; a toolbar with one filter button per op (with its count: data-op /
// data-count, so tests and scripts can read the counts back), "show all" and
// the hide-unchanged checkbox; notes on whole sections and partial coverage;
// a change list (nav.toc) linking to every change that is not "unchanged";
// then one article per change (article.change[data-op], id "c-<n>"): old
// task(s) left, the op with its number and explanation in the middle, new
// task(s) right. Every task carries an id of its own ("old-2.b",
// "new-3.a"), so a link can point at one task. Reworded and moved changes
// show the redline split across the two sides (deletions struck through on
// the left, insertions on the right); split and merged changes list their
// pieces and show the inline redline of the whole group underneath. A
// cross-language matched change (no word redline) shows its concept delta
// instead: the concepts the new task(s) no longer have under the old side,
// those they add under the new side, the number kept in the middle.
//
// The page's own words come from the grammars (report_labels.h), in the
// language the options name or the old version's. Every piece of document
// text goes through Escape(); text written into CSS (the print page rules)
// goes through CssString().
#include <algorithm>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "congvan/cross_language.h"
#include "congvan/diff_report.h"
#include "io/change_labels.h"
#include "io/diff_html_assets.h"
#include "io/report_labels.h"
#include "text/html_escape.h"
#include "text/shorten.h"

namespace congvan {
namespace {

using io::ParentPath;
using io::RefLabel;
using io_internal::ReportLabels;
using text::Shorten;

constexpr int kTocOpenMaxChanges = 30;  // the change list starts folded above this
constexpr int kTocSnippetChars = 90;
constexpr int kSubjectChars = 240;

std::string Escape(std::string_view s) { return text::HtmlEscape(s); }

// `s` as a CSS string literal: quotes and backslashes escaped, line breaks
// and '<' (which could close the <style> element) as CSS escapes.
std::string CssString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\A ";
        break;
      case '<':
        out += "\\3C ";
        break;
      default:
        out += c;
    }
  }
  return out + "\"";
}

// Everything one report needs to write itself.
struct Page {
  const Alignment& alignment;
  const Document& old_doc;
  const Document& new_doc;
  const DiffReportOptions& options;
  ReportLabels labels;                            // the page's own words
  ReportLabels old_labels, new_labels;            // each document named in its own language
  std::vector<const Node*> old_order, new_order;  // preorder: NodeRef::index points into them
};

std::vector<const Node*> Preorder(const Document& doc) {
  std::vector<const Node*> out;
  ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) { out.push_back(&n); });
  return out;
}

std::string OpName(const Page& page, ChangeOp op) {
  return page.labels.Get(std::string("op-") + ChangeOpName(op));
}

// The id of a task's element: "old-2.b", "new-3~2" (a path's "#n" repeat
// suffix would end the address's fragment, so it is written "~n").
std::string TaskId(bool old_side, const std::string& path) {
  std::string id = old_side ? "old-" : "new-";
  for (char c : path) id += c == '#' ? '~' : c == ' ' ? '_' : c;
  return id;
}

// "Công văn số 1303/LĐTBXH-BĐG" / "Decree No. 99/2022/NĐ-CP": how a lawyer
// names the document, in the document's own language (the kind alone when
// the number is unknown).
std::string DocumentName(const Page& page, const Document& doc) {
  const ReportLabels& own = &doc == &page.old_doc ? page.old_labels : page.new_labels;
  std::string kind = doc.meta.kind.empty() ? page.labels.Get("document") : doc.meta.kind;
  if (doc.meta.number.empty()) return kind;
  return kind + " " + own.Get("number", {{"number", doc.meta.number}});
}

// The header card of one version: its name, date and issuer, its subject,
// then the file, language and task count.
std::string VersionCard(const Page& page, const Document& doc, bool old_side) {
  const Metadata& m = doc.meta;
  std::string s = "<section class=\"version\" id=\"" + std::string(old_side ? "old" : "new") +
                  "-version\" data-kind=\"" + Escape(m.kind) + "\" data-number=\"" +
                  Escape(m.number) + "\" data-date=\"" + Escape(m.date) + "\" data-language=\"" +
                  Escape(LanguageCode(doc.language)) + "\">\n";
  s += "<div class=\"role\">" + Escape(page.labels.Get(old_side ? "old-version" : "new-version")) +
       "</div>\n";
  s += "<div class=\"doc-title\">" + Escape(DocumentName(page, doc)) +
       (m.number.empty()
            ? " <span class=\"unknown\">(" + Escape(page.labels.Get("no-number")) + ")</span>"
            : "") +
       "</div>\n";
  std::string date = m.date.empty() ? page.labels.Get("no-date") : page.labels.Date(m.date);
  s += "<div class=\"doc-meta\"><span class=\"date\">" + Escape(date) + "</span>";
  if (!m.issuer.empty()) s += " · <span class=\"issuer\">" + Escape(m.issuer) + "</span>";
  s += "</div>\n";
  if (!m.title.empty()) {
    s += "<div class=\"subject\">" + Escape(Shorten(m.title, kSubjectChars)) + "</div>\n";
  }
  s += "<div class=\"file\">" + Escape(page.labels.Get("file", {{"file", doc.source}})) + " · " +
       Escape(LanguageCode(doc.language)) + " · " +
       Escape(page.labels.Get("items", {{"n", std::to_string(doc.TaskCount())}})) + "</div>\n";
  return s + "</section>\n";
}

// The toolbar: one filter button per op with its count, "show all", and the
// hide-unchanged checkbox.
std::string Toolbar(const Page& page) {
  const AlignmentSummary& sum = page.alignment.summary;
  std::string s =
      "<div class=\"toolbar\">\n<div class=\"filters\" id=\"summary\" role=\"group\">"
      "<span class=\"filter-label\">" +
      Escape(page.labels.Get("filter")) + "</span>\n";
  for (int i = 0; i < kChangeOpCount; ++i) {
    ChangeOp op = static_cast<ChangeOp>(i);
    std::string id = ChangeOpName(op);
    std::string n = std::to_string(sum.counts[static_cast<size_t>(i)]);
    s += "<button type=\"button\" class=\"count op-" + id + "\" data-op=\"" + id +
         "\" data-count=\"" + n + "\" aria-pressed=\"true\"><b>" + n + "</b> " +
         Escape(OpName(page, op)) + "</button>\n";
  }
  s += "<button type=\"button\" class=\"show-all\" id=\"show-all\">" +
       Escape(page.labels.Get("show-all")) + "</button></div>\n";
  s += "<div class=\"controls\"><label><input type=\"checkbox\" id=\"hide-unchanged\"" +
       std::string(page.options.only_changes ? " checked" : "") + "> " +
       Escape(page.labels.Get("hide-unchanged")) + "</label></div>\n</div>\n";
  return s;
}

// Whole sections dropped or added, and a note when the new version covers
// only part of the old.
std::string Notes(const Page& page) {
  const AlignmentSummary& sum = page.alignment.summary;
  std::string notes;
  auto section = [&](const SectionNote& n, const char* key) {
    notes += "<li>" + Escape(page.labels.Get(key)) + ": <span class=\"label\">" +
             Escape(RefLabel(n.section)) + "</span>" + Escape(n.section.text) + " (" +
             Escape(page.labels.Get("items", {{"n", std::to_string(n.task_count)}})) + ")</li>\n";
  };
  for (const SectionNote& n : sum.sections_dropped) section(n, "section-dropped");
  for (const SectionNote& n : sum.sections_added) section(n, "section-added");
  if (!sum.coverage_note.empty()) {
    notes += "<li class=\"coverage\">" + Escape(sum.coverage_note) + "</li>\n";
  }
  return notes.empty() ? "" : "<ul class=\"notes\">\n" + notes + "</ul>\n";
}

// The change list: one link per change that is not "unchanged", with its
// number, op and the start of its text; folded when long.
std::string ChangeList(const Page& page) {
  std::string items;
  int listed = 0;
  const std::vector<Change>& changes = page.alignment.changes;
  for (size_t i = 0; i < changes.size(); ++i) {
    const Change& c = changes[i];
    if (c.op == ChangeOp::kUnchanged) continue;
    ++listed;
    const NodeRef& r = c.new_nodes.empty() ? c.old_nodes.front() : c.new_nodes.front();
    std::string n = std::to_string(i + 1), op = ChangeOpName(c.op);
    items += "<li class=\"op-" + op + "\"><a href=\"#c-" + n + "\"><span class=\"toc-num\">#" + n +
             "</span><span class=\"badge\">" + Escape(OpName(page, c.op)) +
             "</span><span class=\"snippet\">" + Escape(RefLabel(r)) + " " +
             Escape(Shorten(r.text, kTocSnippetChars)) + "</span></a></li>\n";
  }
  std::string s = "<nav class=\"toc\" id=\"change-list\"><details" +
                  std::string(listed <= kTocOpenMaxChanges ? " open" : "") + "><summary>" +
                  Escape(page.labels.Get("change-list", {{"n", std::to_string(listed)}})) +
                  "</summary>\n";
  if (listed == 0)
    return s + "<p class=\"no-changes\">" + Escape(page.labels.Get("no-changes")) +
           "</p></details></nav>\n";
  return s + "<ol>\n" + items + "</ol></details></nav>\n";
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
      case RedlineOp::kEqual:
        s += Escape(seg.text);
        break;
      case RedlineOp::kDelete:
        s += "<del>" + Escape(seg.text) + "</del>";
        break;
      case RedlineOp::kInsert:
        s += "<ins>" + Escape(seg.text) + "</ins>";
        break;
    }
  }
  return s;
}

// The sub-tasks of a whole section added or dropped, folded away by default;
// each with its own id so a link can open the fold at it.
std::string SectionBody(const Page& page, const NodeRef& section, int count, bool old_side) {
  const std::vector<const Node*>& order = old_side ? page.old_order : page.new_order;
  if (count <= 1 || section.index < 0) return "";
  std::string s = "<details class=\"section-tasks\"><summary>" +
                  Escape(page.labels.Get("sub-items", {{"n", std::to_string(count - 1)}})) +
                  "</summary><ul>";
  for (int i = section.index + 1; i < section.index + count && i < static_cast<int>(order.size());
       ++i) {
    const Node* n = order[static_cast<size_t>(i)];
    s += "<li id=\"" + Escape(TaskId(old_side, n->path)) + "\"><span class=\"label\">" +
         Escape(n->marker.empty() ? "¶ " + n->path : n->marker + " " + n->path) + "</span>" +
         Escape(n->text) + "</li>";
  }
  return s + "</ul></details>";
}

// One side's tasks: each a div with its id, label and (redlined) text. A
// task in two changes (a piece of a split or merge that is also a pair of
// its own, align/shared_pieces.h) is shown in both; the id, which a link
// opens, goes to the first (`anchored` holds the ids given so far).
std::string Tasks(const std::vector<NodeRef>& refs, const Change& c, bool old_side,
                  std::set<std::string>* anchored) {
  if (refs.empty()) return "<span class=\"empty\">—</span>";
  bool one_to_one = c.old_nodes.size() == 1 && c.new_nodes.size() == 1;
  std::string s;
  for (const NodeRef& r : refs) {
    std::string text =
        one_to_one && !c.redline.empty() ? Side(c.redline, old_side) : Escape(r.text);
    std::string id = TaskId(old_side, r.path);
    std::string attribute = anchored->insert(id).second ? " id=\"" + Escape(id) + "\"" : "";
    s += "<div class=\"task\"" + attribute + "><span class=\"label\">" + Escape(RefLabel(r)) +
         "</span>" + text + "</div>";
  }
  return s;
}

// One side of a concept delta: ul.concepts with one li per concept
// (li.concept-added / li.concept-removed, data-concept="<id>"), each with the
// concept id and the forms that side writes it with. "" when empty.
std::string ConceptList(const Page& page, const std::vector<ConceptMention>& mentions, bool added) {
  if (mentions.empty()) return "";
  const char* kind = added ? "added" : "removed";
  std::string s =
      std::string("<ul class=\"concepts concepts-") + kind + "\" title=\"" +
      Escape(page.labels.Get(added ? "concepts-added-title" : "concepts-removed-title")) + "\">";
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

// Why a task counts as moved, in the page's language: "moved from under 4 to
// under 1", "moved out of order within 3".
std::string MoveWhy(const Page& page, const Change& c) {
  if (c.old_nodes.empty() || c.new_nodes.empty()) return OpName(page, c.op);
  std::string from = ParentPath(c.old_nodes.front().path);
  std::string to = ParentPath(c.new_nodes.front().path);
  if (c.move_reason == "order") {
    return to.empty() ? page.labels.Get("moved-order-top")
                      : page.labels.Get("moved-order-within", {{"to", to}});
  }
  auto where = [&](const std::string& p) {
    return p.empty() ? page.labels.Get("top-level") : page.labels.Get("under", {{"path", p}});
  };
  return page.labels.Get("moved-from-to", {{"from", where(from)}, {"to", where(to)}});
}

// The explanations under the badge: whole section, renumbered, the move, the
// split or merge, the similarity.
std::string Explanations(const Page& page, const Change& c) {
  std::string s;
  auto why = [&](const std::string& text) {
    s += "<span class=\"why\">" + Escape(text) + "</span>";
  };
  if (c.section_task_count > 0)
    why(page.labels.Get("whole-section", {{"n", std::to_string(c.section_task_count)}}));
  if (c.renumbered) why(page.labels.Get("renumbered"));
  if (c.op == ChangeOp::kMoved) {
    why(MoveWhy(page, c) + (c.text_changed ? ", " + page.labels.Get("also-reworded") : ""));
  } else if (c.op == ChangeOp::kSplit) {
    why(page.labels.Get("split-into", {{"n", std::to_string(c.new_nodes.size())}}));
  } else if (c.op == ChangeOp::kMerged) {
    why(page.labels.Get("merged-from", {{"n", std::to_string(c.old_nodes.size())}}));
  }
  if (!c.old_nodes.empty() && !c.new_nodes.empty() && c.op != ChangeOp::kUnchanged) {
    char sim[16];
    std::snprintf(sim, sizeof sim, "%.2f", c.similarity);
    s += "<span class=\"sim\">" + Escape(page.labels.Get("similarity", {{"s", sim}})) + "</span>";
  }
  return s;
}

// The middle of a change: its number (a link to itself), the op, the
// explanations, the concepts kept by a cross-language pair.
std::string OpCell(const Page& page, const Change& c, const std::string& n) {
  std::string s = "<div class=\"op\"><a class=\"num\" href=\"#c-" + n + "\" title=\"" +
                  Escape(page.labels.Get("link-to-change")) + "\">#" + n +
                  "</a><span class=\"badge\">" + Escape(OpName(page, c.op)) + "</span>" +
                  Explanations(page, c);
  if (c.concept_delta) {
    const ConceptDelta& d = *c.concept_delta;
    std::string kept;
    for (const ConceptMention& m : d.kept) kept += (kept.empty() ? "" : ", ") + m.concept_id;
    s += "<span class=\"why concepts-kept\" data-added=\"" + std::to_string(d.added.size()) +
         "\" data-removed=\"" + std::to_string(d.removed.size()) + "\" data-kept=\"" +
         std::to_string(d.kept.size()) + "\" title=\"" + Escape(kept) + "\">" +
         Escape(page.labels.Get("concepts-kept", {{"n", std::to_string(d.kept.size())}})) +
         "</span>";
  }
  return s + "</div>";
}

// One change: article.change with the old side, the op, the new side.
std::string ChangeArticle(const Page& page, const Change& c, size_t index,
                          std::set<std::string>* anchored) {
  std::string n = std::to_string(index + 1), op = ChangeOpName(c.op);
  std::string s =
      "<article class=\"change op-" + op + "\" data-op=\"" + op + "\" id=\"c-" + n + "\">";
  s += "<div class=\"side old" + std::string(c.old_nodes.empty() ? " empty-side" : "") +
       "\"><div class=\"side-label\">" + Escape(page.labels.Get("old-short")) + "</div>" +
       Tasks(c.old_nodes, c, true, anchored);
  if (c.section_task_count > 0 && !c.old_nodes.empty()) {
    s += SectionBody(page, c.old_nodes.front(), c.section_task_count, true);
  }
  if (c.concept_delta) s += ConceptList(page, c.concept_delta->removed, false);
  s += "</div>" + OpCell(page, c, n);
  s += "<div class=\"side new" + std::string(c.new_nodes.empty() ? " empty-side" : "") +
       "\"><div class=\"side-label\">" + Escape(page.labels.Get("new-short")) + "</div>" +
       Tasks(c.new_nodes, c, false, anchored);
  if (c.section_task_count > 0 && !c.new_nodes.empty()) {
    s += SectionBody(page, c.new_nodes.front(), c.section_task_count, false);
  }
  bool group = c.old_nodes.size() > 1 || c.new_nodes.size() > 1;
  if (group && !c.redline.empty()) s += "<div class=\"redline\">" + Inline(c.redline) + "</div>";
  if (c.concept_delta) s += ConceptList(page, c.concept_delta->added, true);
  return s + "</div></article>\n";
}

// A label with {page} and {pages} as a CSS `content` value: its text as CSS
// strings, the placeholders as the page counters.
std::string CounterContent(const std::string& label) {
  std::string out;
  size_t at = 0;
  while (true) {
    size_t page = label.find("{page}", at), pages = label.find("{pages}", at);
    size_t next = std::min(page, pages);
    if (next == std::string::npos) break;
    bool total = next == pages;
    out +=
        CssString(label.substr(at, next - at)) + (total ? " counter(pages) " : " counter(page) ");
    at = next + (total ? 7 : 6);
  }
  return out + CssString(label.substr(at));
}

// Per-report CSS: the rules that hide each op (body.hide-<op>), and the A4
// page rules with both documents' names at the top of every printed page and
// the page number at the bottom.
std::string ReportStyle(const Page& page) {
  std::string s;
  for (int i = 0; i < kChangeOpCount; ++i) {
    std::string op = ChangeOpName(static_cast<ChangeOp>(i));
    s += "body.hide-" + op + " .change.op-" + op + ", body.hide-" + op + " .toc li.op-" + op +
         " { display: none; }\n";
  }
  s += "@page { size: A4; margin: 14mm 11mm 13mm;\n  @top-left { content: " +
       CssString(DocumentName(page, page.old_doc) + "  →  " + DocumentName(page, page.new_doc)) +
       "; font: 8pt sans-serif; color: #4a5262; }\n  @bottom-right { content: " +
       CounterContent(page.labels.Get("page")) + "; font: 8pt sans-serif; color: #4a5262; }\n}\n";
  return s;
}

std::string Head(const Page& page) {
  std::string title = page.labels.Get("report-title") + ": " + DocumentName(page, page.old_doc) +
                      " → " + DocumentName(page, page.new_doc);
  return "<!DOCTYPE html>\n<html lang=\"" + Escape(LanguageCode(page.labels.language())) +
         "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>" +
         Escape(title) + "</title>\n<style>" + io_internal::kDiffHtmlStyle + "</style>\n<style>\n" +
         ReportStyle(page) + "</style>\n</head>\n";
}

}  // namespace

std::string WriteDiffHtml(const Alignment& alignment, const Document& old_doc,
                          const Document& new_doc, const DiffReportOptions& options) {
  Page page{alignment,
            old_doc,
            new_doc,
            options,
            ReportLabels(options.ui_language.value_or(old_doc.language), options.grammar_dir),
            ReportLabels(old_doc.language, options.grammar_dir),
            ReportLabels(new_doc.language, options.grammar_dir),
            Preorder(old_doc),
            Preorder(new_doc)};
  std::string h = Head(page) + "<body>\n<header class=\"report-head\">\n<h1>" +
                  Escape(page.labels.Get("report-title")) + "</h1>\n<div class=\"versions\">\n" +
                  VersionCard(page, old_doc, true) + VersionCard(page, new_doc, false) +
                  "</div>\n" + Notes(page) + "</header>\n" + Toolbar(page) + ChangeList(page);
  h += "<main>\n<div class=\"colheads\" aria-hidden=\"true\"><div>" +
       Escape(page.labels.Get("old-version") + ": " + DocumentName(page, old_doc)) + "</div><div>" +
       Escape(page.labels.Get("change-column")) + "</div><div>" +
       Escape(page.labels.Get("new-version") + ": " + DocumentName(page, new_doc)) +
       "</div></div>\n";
  std::set<std::string> anchored;
  for (size_t i = 0; i < alignment.changes.size(); ++i) {
    const Change& c = alignment.changes[i];
    if (options.only_changes && c.op == ChangeOp::kUnchanged) continue;
    h += ChangeArticle(page, c, i, &anchored);
  }
  h += "</main>\n<script>" + std::string(io_internal::kDiffHtmlScript) +
       "</script>\n</body>\n</html>\n";
  return h;
}

}  // namespace congvan
