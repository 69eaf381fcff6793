// Timeline → one self-contained HTML page: inline CSS, an inline SVG chart
// and a small inline script; nothing is fetched. The chart has one column per
// version (g.version-col) and one row per lineage (g.lineage-row) grouped
// under theme headings (g.theme-group).
//
// Approach, for size linear in the tasks: a row has a cell (rect, class
// "cell op-<op>", data-op, data-version) only where its lineage has a task,
// plus one for the version right after it ended ("gone" or "not-covered");
// absent versions are left to the column backgrounds. A cell's SVG <title>
// (hover) is "<version label> · <op> · <path>", a newline and the task's text
// — the text left out (data-same) when it is byte-identical to the lineage's
// previous cell, since an unchanged task would otherwise repeat its text in
// every version; the script copies it back on load. Clicking a cell (or
// #cell=<lineage>:<version> in the URL) shows its title in the detail panel.
// Pairs of unrelated versions are listed in the notes and their columns
// marked. The page is streamed; every piece of text goes through Escape().
#include <cmath>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "congvan/timeline.h"
#include "congvan/timeline_writers.h"
#include "text/html_escape.h"
#include "text/shorten.h"

namespace congvan {
namespace {

using text::Shorten;

std::string Escape(std::string_view s) { return text::HtmlEscape(s); }

constexpr int kLabelWidth = 440;
constexpr int kColWidth = 170;
constexpr int kCellWidth = 156;
constexpr int kRowHeight = 26;
constexpr int kCellHeight = 20;
constexpr int kHeaderHeight = 58;
constexpr int kThemeHeight = 30;

constexpr const char* kStyle = R"CSS(
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
       margin: 16px 24px; color: #1d2428; background: #fff; }
h1 { font-size: 20px; margin: 0 0 4px; }
p.sub { margin: 0 0 6px; color: #4a555c; font-size: 13px; }
ul.notes { margin: 0 0 8px; padding-left: 18px; color: #4a555c; font-size: 13px; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; margin: 8px 0 14px; font-size: 13px; }
.legend span.sw { display: inline-block; width: 16px; height: 12px; border-radius: 3px;
                  vertical-align: -1px; margin-right: 5px; border: 1px solid #7a868c; }
#detail { position: sticky; top: 0; background: #f7f9fa; border: 1px solid #d5dde1;
          border-radius: 6px; padding: 8px 12px; margin-bottom: 12px; min-height: 40px;
          font-size: 14px; z-index: 2; }
#detail .meta { color: #4a555c; font-size: 12px; }
svg text { font-size: 12px; fill: #1d2428; }
svg text.col-label { font-weight: 600; font-size: 13px; }
svg text.col-source { fill: #5c6970; font-size: 11px; }
svg text.theme-label { font-weight: 600; font-size: 13px; fill: #0d3b66; }
svg text.row-id { fill: #5c6970; font-family: ui-monospace, monospace; }
svg text.cell-text { font-size: 11px; pointer-events: none; }
rect.col-bg { fill: #fafbfc; }
rect.theme-bg { fill: #eef3f8; }
rect.cell { stroke: #7a868c; stroke-width: 0.6; cursor: pointer; }
rect.cell:hover, rect.cell.selected { stroke: #000; stroke-width: 2; }
line.link { stroke: #9aa6ac; stroke-width: 2; }
.op-new { fill: #a5d6a7; background: #a5d6a7; }
.op-unchanged { fill: #e0e6e9; background: #e0e6e9; }
.op-reworded { fill: #90caf9; background: #90caf9; }
.op-moved { fill: #ce93d8; background: #ce93d8; }
.op-split { fill: #ffcc80; background: #ffcc80; }
.op-merged { fill: #80cbc4; background: #80cbc4; }
.op-gone { fill: #ef9a9a; background: #ef9a9a; }
.op-not-covered { fill: #fff3c4; background: #fff3c4; stroke-dasharray: 4 2; }
.op-absent { fill: #ffffff; background: #ffffff; stroke-dasharray: 2 3; }
rect.col-bg.unrelated { fill: #fdecea; }
svg text.col-unrelated { fill: #b3261e; font-size: 11px; font-weight: 600; }
ul.notes li.unrelated { color: #b3261e; }
)CSS";

constexpr const char* kScript = R"JS(
(function () {
  var detail = document.getElementById('detail');
  var selected = null;
  var rows = document.querySelectorAll('g.lineage-row');
  // Cells whose text equals the previous cell's carry data-same: copy it back.
  for (var r = 0; r < rows.length; r++) {
    var last = '';
    var rowCells = rows[r].querySelectorAll('rect.cell');
    for (var c = 0; c < rowCells.length; c++) {
      var title = rowCells[c].querySelector('title');
      if (!title) continue;
      if (rowCells[c].hasAttribute('data-same')) title.textContent += '\n' + last;
      var nl = title.textContent.indexOf('\n');
      if (nl >= 0) last = title.textContent.slice(nl + 1);
    }
  }
  function show(cell) {
    if (selected) selected.classList.remove('selected');
    selected = cell;
    cell.classList.add('selected');
    detail.textContent = '';
    var all = cell.querySelector('title').textContent;
    var nl = all.indexOf('\n');
    var meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = cell.parentNode.getAttribute('data-lineage') + ' · ' +
        (nl >= 0 ? all.slice(0, nl) : all);
    var text = document.createElement('div');
    text.textContent = nl >= 0 ? all.slice(nl + 1) : '(no task in this version)';
    detail.appendChild(meta);
    detail.appendChild(text);
  }
  var cells = document.querySelectorAll('rect.cell');
  for (var i = 0; i < cells.length; i++) {
    cells[i].addEventListener('click', function (e) { show(e.currentTarget); });
  }
  // "#cell=L3:2" opens the page with that cell pinned (links, and the browser test).
  var m = /^#cell=(L[0-9]+):([0-9]+)$/.exec(location.hash);
  if (m) {
    var pinned = document.querySelector('g.lineage-row[data-lineage="' + m[1] +
                                        '"] rect.cell[data-version="' + m[2] + '"]');
    if (pinned) show(pinned);
  }
  document.body.setAttribute('data-ready', String(cells.length));
})();
)JS";

const TimelineOp kLegendOps[] = {TimelineOp::kNew,   TimelineOp::kUnchanged,  TimelineOp::kReworded,
                                 TimelineOp::kMoved, TimelineOp::kSplit,      TimelineOp::kMerged,
                                 TimelineOp::kGone,  TimelineOp::kNotCovered, TimelineOp::kAbsent};

std::string Percent(double share) {
  return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

// The notes above the chart: versions only the input order placed,
// cross-language pairs, partial coverage, unrelated pairs.
void WriteNotes(const Timeline& t, std::ostream& o) {
  o << "<ul class=\"notes\">";
  for (const TimelineVersion& tv : t.versions) {
    if (!tv.placed_by_input_order) continue;
    o << "<li class=\"input-order\">" << Escape(tv.source) << ": "
      << Escape(TimelineInputOrderNote(tv)) << "</li>";
  }
  for (size_t p = 0; p < t.alignments.size() && p + 1 < t.versions.size(); ++p) {
    const AlignmentSummary& s = t.alignments[p].summary;
    bool cross = p < t.cross_language.size() && t.cross_language[p];
    const TimelinePair* pair = p < t.pairs.size() ? &t.pairs[p] : nullptr;
    std::string pair_label = Escape(t.versions[p].label) + " → " + Escape(t.versions[p + 1].label);
    if (pair && pair->unrelated) {
      o << "<li class=\"unrelated\" data-shared=\"" << pair->shared << "\">" << pair_label
        << ": unrelated — only " << Percent(pair->shared)
        << " of the tasks of the two have a counterpart (" << Percent(pair->smaller_shared)
        << " of the smaller one's); not versions of the same series</li>";
    }
    if (!cross && s.coverage_note.empty()) continue;
    o << "<li>" << pair_label << ": "
      << (cross ? "aligned across languages through the bilingual lexicon" : "")
      << (cross && !s.coverage_note.empty() ? "; " : "") << Escape(s.coverage_note)
      << (s.coverage_note.empty() ? "" : " — their tasks are marked not covered, not gone")
      << "</li>";
  }
  o << "</ul>\n";
}

void WriteColumns(const Timeline& t, int height, std::ostream& o) {
  for (size_t v = 0; v < t.versions.size(); ++v) {
    const TimelineVersion& tv = t.versions[v];
    int x = kLabelWidth + static_cast<int>(v) * kColWidth;
    std::string source = tv.source.substr(tv.source.find_last_of('/') + 1);
    o << "<g class=\"version-col\" data-version=\"" << v << "\""
      << (tv.unrelated ? " data-unrelated=\"true\"" : "") << "><rect class=\"col-bg"
      << (tv.unrelated ? " unrelated" : "") << "\" x=\"" << x << "\" y=\"0\" width=\""
      << kCellWidth + 4 << "\" height=\"" << height << "\"/>"
      << "<text class=\"col-label\" x=\"" << x + 4 << "\" y=\"20\">" << Escape(tv.label)
      << "</text>"
      << "<text class=\"col-source\" x=\"" << x + 4 << "\" y=\"" << (tv.unrelated ? 34 : 38)
      << "\">" << Escape(Shorten(source, 26)) << "<title>" << Escape(tv.source)
      << "</title></text>";
    if (tv.unrelated) {
      o << "<text class=\"col-unrelated\" x=\"" << x + 4 << "\" y=\"49\">unrelated</text>";
    }
    o << "</g>\n";
  }
}

// One cell: the rect with its title, and the short label drawn on it.
void WriteCell(const Timeline& t, int v, int y, TimelineOp op, const LineageNode* n,
               const LineageNode* previous, std::ostream& o) {
  int x = kLabelWidth + v * kColWidth;
  const char* name = TimelineOpName(op);
  bool same = n && previous && previous->text == n->text;
  o << "<rect class=\"cell op-" << name << "\" data-op=\"" << name << "\" data-version=\"" << v
    << "\"" << (same ? " data-same=\"\"" : "") << " x=\"" << x << "\" y=\"" << y + 2
    << "\" width=\"" << kCellWidth << "\" height=\"" << kCellHeight << "\" rx=\"4\"><title>"
    << Escape(t.versions[static_cast<size_t>(v)].label) << " · " << name;
  if (n) {
    o << " · " << Escape(n->path);
    if (!same) o << "\n" << Escape(n->text);
  }
  o << "</title></rect>";
  std::string label = n ? n->path + " · " + name : name;
  o << "<text class=\"cell-text\" x=\"" << x + 6 << "\" y=\"" << y + 16 << "\">"
    << Escape(Shorten(label, 24)) << "</text>";
}

// One lineage's row: id, latest text, links and cells of its versions only.
void WriteRow(const Timeline& t, const Lineage& l, int y, std::ostream& o) {
  const int nv = static_cast<int>(t.versions.size());
  std::string latest = l.nodes.empty() ? std::string() : l.nodes.back().text;
  o << "<g class=\"lineage-row\" data-lineage=\"" << Escape(l.id) << "\" data-theme=\""
    << Escape(l.theme) << "\">"
    << "<text class=\"row-id\" x=\"6\" y=\"" << y + 15 << "\">" << Escape(l.id) << "</text>"
    << "<text x=\"48\" y=\"" << y + 15 << "\">" << Escape(Shorten(latest, 62)) << "<title>"
    << Escape(latest) << "</title></text>";
  for (size_t k = 1; k < l.nodes.size(); ++k) {
    if (l.nodes[k].version != l.nodes[k - 1].version + 1) continue;
    int v = l.nodes[k - 1].version;
    int x1 = kLabelWidth + v * kColWidth + kCellWidth, x2 = kLabelWidth + (v + 1) * kColWidth;
    o << "<line class=\"link\" x1=\"" << x1 << "\" y1=\"" << y + 2 + kCellHeight / 2 << "\" x2=\""
      << x2 << "\" y2=\"" << y + 2 + kCellHeight / 2 << "\"/>";
  }
  const LineageNode* previous = nullptr;
  for (const LineageNode& n : l.nodes) {
    if (n.version < 0 || n.version >= nv) continue;
    WriteCell(t, n.version, y, n.op, &n, previous, o);
    previous = &n;
  }
  int after = l.last_version() + 1;
  if (!l.nodes.empty() && after < nv) {
    TimelineOp op = l.CellOp(after);
    if (op != TimelineOp::kAbsent) WriteCell(t, after, y, op, nullptr, nullptr, o);
  }
  o << "</g>\n";
}

}  // namespace

void WriteTimelineHtml(const Timeline& t, std::ostream& o) {
  const int nv = static_cast<int>(t.versions.size());
  // Vertical layout: header, then per theme a heading and its rows.
  int themes = 0;
  {
    const std::string* last = nullptr;
    for (const Lineage& l : t.lineages) {
      if (!last || l.theme != *last) ++themes;
      last = &l.theme;
    }
  }
  const int width = kLabelWidth + nv * kColWidth + 10;
  const int height =
      kHeaderHeight + themes * kThemeHeight + static_cast<int>(t.lineages.size()) * kRowHeight + 10;

  o << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    << "<title>congvan timeline</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
  o << "<h1>Timeline of tasks across versions</h1>\n<p class=\"sub\">" << nv
    << (nv == 1 ? " version, " : " versions, ") << Escape(TimelineLineagesShown(t))
    << "; a lineage is one task followed through the versions. Hover a cell for its "
       "text; click it to pin the text below.</p>\n";
  WriteNotes(t, o);
  o << "<div class=\"legend\">";
  for (TimelineOp op : kLegendOps) {
    std::string name = TimelineOpName(op);
    o << "<span class=\"legend-item\" data-op=\"" << name << "\"><span class=\"sw op-" << name
      << "\"></span>"
      << (op == TimelineOp::kNotCovered ? "not covered (the version does not report on the section)"
                                        : name)
      << "</span>";
  }
  o << "</div>\n<div id=\"detail\"><div class=\"meta\">Click a cell to read its "
       "task.</div></div>\n";

  o << "<svg id=\"chart\" width=\"" << width << "\" height=\"" << height << "\" viewBox=\"0 0 "
    << width << " " << height << "\" role=\"img\">\n";
  WriteColumns(t, height, o);
  int y = kHeaderHeight;
  const std::string* last_theme = nullptr;
  for (const Lineage& l : t.lineages) {
    if (!last_theme || l.theme != *last_theme) {
      if (last_theme) o << "</g>\n";
      last_theme = &l.theme;
      o << "<g class=\"theme-group\" data-theme=\"" << Escape(l.theme) << "\">"
        << "<rect class=\"theme-bg\" x=\"0\" y=\"" << y + 3 << "\" width=\"" << width
        << "\" height=\"" << kThemeHeight - 6 << "\"/><text class=\"theme-label\" x=\"6\" y=\""
        << y + 20 << "\">" << Escape(Shorten(l.theme_label, 150)) << "</text>\n";
      y += kThemeHeight;
    }
    WriteRow(t, l, y, o);
    y += kRowHeight;
  }
  if (last_theme) o << "</g>\n";
  o << "</svg>\n<script>" << kScript << "</script>\n</body>\n</html>\n";
}

std::string WriteTimelineHtml(const Timeline& t) {
  std::ostringstream o;
  WriteTimelineHtml(t, o);
  return o.str();
}

}  // namespace congvan
