// Timeline → one self-contained HTML page: inline CSS, an inline SVG chart
// and a small inline script; nothing is fetched. The chart has one column per
// version (g.version-col) and one row per lineage (g.lineage-row) grouped
// under theme headings (g.theme-group); each cell is a rect coloured by its op
// (class "cell op-<op>", data-op) with the task's text in an SVG <title>
// (hover) and in the detail panel (click, or #cell=<lineage>:<version> in the
// URL). Every piece of text goes through
// Escape(); the page's own data attributes carry no markup.
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
.op-absent { fill: #ffffff; background: #ffffff; stroke-dasharray: 2 3; }
)CSS";

constexpr const char* kScript = R"JS(
(function () {
  var detail = document.getElementById('detail');
  var selected = null;
  function show(cell) {
    if (selected) selected.classList.remove('selected');
    selected = cell;
    cell.classList.add('selected');
    detail.textContent = '';
    var meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = cell.getAttribute('data-lineage') + ' · ' +
        cell.getAttribute('data-label') + ' · ' + cell.getAttribute('data-op') +
        (cell.getAttribute('data-path') ? ' · ' + cell.getAttribute('data-path') : '');
    var text = document.createElement('div');
    text.textContent = cell.getAttribute('data-text') || '(no task in this version)';
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
    var pinned = document.querySelector('rect.cell[data-lineage="' + m[1] +
                                        '"][data-version="' + m[2] + '"]');
    if (pinned) show(pinned);
  }
  document.body.setAttribute('data-ready', String(cells.length));
})();
)JS";

const TimelineOp kLegendOps[] = {TimelineOp::kNew,   TimelineOp::kUnchanged, TimelineOp::kReworded,
                                 TimelineOp::kMoved, TimelineOp::kSplit,     TimelineOp::kMerged,
                                 TimelineOp::kGone,  TimelineOp::kAbsent};

}  // namespace

std::string WriteTimelineHtml(const Timeline& t) {
  const int nv = static_cast<int>(t.versions.size());
  // Vertical layout: header, then per theme a heading and its rows.
  int themes = 0;
  {
    std::string last;
    for (const Lineage& l : t.lineages) {
      if (l.theme != last) ++themes;
      last = l.theme;
    }
  }
  const int width = kLabelWidth + nv * kColWidth + 10;
  const int height =
      kHeaderHeight + themes * kThemeHeight + static_cast<int>(t.lineages.size()) * kRowHeight + 10;

  std::ostringstream o;
  o << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    << "<title>congvan timeline</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
  o << "<h1>Timeline of tasks across versions</h1>\n<p class=\"sub\">" << nv << " versions, "
    << t.lineages.size()
    << " lineages (a lineage is one task followed through the versions). Hover a cell for its "
       "text; click it to pin the text below.</p>\n";
  o << "<ul class=\"notes\">";
  for (size_t p = 0; p < t.alignments.size() && p + 1 < t.versions.size(); ++p) {
    const AlignmentSummary& s = t.alignments[p].summary;
    bool cross = p < t.cross_language.size() && t.cross_language[p];
    if (!cross && s.coverage_note.empty()) continue;
    o << "<li>" << Escape(t.versions[p].label) << " → " << Escape(t.versions[p + 1].label) << ": "
      << (cross ? "aligned across languages through the bilingual lexicon" : "")
      << (cross && !s.coverage_note.empty() ? "; " : "") << Escape(s.coverage_note) << "</li>";
  }
  o << "</ul>\n";
  o << "<div class=\"legend\">";
  for (TimelineOp op : kLegendOps) {
    o << "<span class=\"legend-item\" data-op=\"" << TimelineOpName(op) << "\"><span class=\"sw op-"
      << TimelineOpName(op) << "\"></span>" << TimelineOpName(op) << "</span>";
  }
  o << "</div>\n<div id=\"detail\"><div class=\"meta\">Click a cell to read its "
       "task.</div></div>\n";

  o << "<svg id=\"chart\" width=\"" << width << "\" height=\"" << height << "\" viewBox=\"0 0 "
    << width << " " << height << "\" role=\"img\">\n";
  // Columns: background, header.
  for (int v = 0; v < nv; ++v) {
    const TimelineVersion& tv = t.versions[static_cast<size_t>(v)];
    int x = kLabelWidth + v * kColWidth;
    std::string source = tv.source.substr(tv.source.find_last_of('/') + 1);
    o << "<g class=\"version-col\" data-version=\"" << v << "\"><rect class=\"col-bg\" x=\"" << x
      << "\" y=\"0\" width=\"" << kCellWidth + 4 << "\" height=\"" << height << "\"/>"
      << "<text class=\"col-label\" x=\"" << x + 4 << "\" y=\"20\">" << Escape(tv.label)
      << "</text>"
      << "<text class=\"col-source\" x=\"" << x + 4 << "\" y=\"38\">" << Escape(Shorten(source, 26))
      << "<title>" << Escape(tv.source) << "</title></text></g>\n";
  }
  int y = kHeaderHeight;
  std::string last_theme;
  bool open_group = false;
  for (const Lineage& l : t.lineages) {
    if (l.theme != last_theme) {
      if (open_group) o << "</g>\n";
      last_theme = l.theme;
      open_group = true;
      o << "<g class=\"theme-group\" data-theme=\"" << Escape(l.theme) << "\">"
        << "<rect class=\"theme-bg\" x=\"0\" y=\"" << y + 3 << "\" width=\"" << width
        << "\" height=\"" << kThemeHeight - 6 << "\"/><text class=\"theme-label\" x=\"6\" y=\""
        << y + 20 << "\">" << Escape(Shorten(l.theme_label, 150)) << "</text>\n";
      y += kThemeHeight;
    }
    std::string latest = l.nodes.empty() ? std::string() : l.nodes.back().text;
    o << "<g class=\"lineage-row\" data-lineage=\"" << Escape(l.id) << "\" data-theme=\""
      << Escape(l.theme) << "\">"
      << "<text class=\"row-id\" x=\"6\" y=\"" << y + 15 << "\">" << Escape(l.id) << "</text>"
      << "<text x=\"48\" y=\"" << y + 15 << "\">" << Escape(Shorten(latest, 62)) << "<title>"
      << Escape(latest) << "</title></text>";
    // Links between consecutive present cells.
    for (int v = 0; v + 1 < nv; ++v) {
      if (l.NodeAt(v) && l.NodeAt(v + 1)) {
        int x1 = kLabelWidth + v * kColWidth + kCellWidth, x2 = kLabelWidth + (v + 1) * kColWidth;
        o << "<line class=\"link\" x1=\"" << x1 << "\" y1=\"" << y + 2 + kCellHeight / 2
          << "\" x2=\"" << x2 << "\" y2=\"" << y + 2 + kCellHeight / 2 << "\"/>";
      }
    }
    for (int v = 0; v < nv; ++v) {
      TimelineOp op = l.CellOp(v);
      const LineageNode* n = l.NodeAt(v);
      const TimelineVersion& tv = t.versions[static_cast<size_t>(v)];
      int x = kLabelWidth + v * kColWidth;
      std::string name = TimelineOpName(op);
      o << "<rect class=\"cell op-" << name << "\" data-op=\"" << name << "\" data-version=\"" << v
        << "\" data-lineage=\"" << Escape(l.id) << "\" data-label=\"" << Escape(tv.label) << "\"";
      if (n)
        o << " data-path=\"" << Escape(n->path) << "\" data-text=\"" << Escape(n->text) << "\"";
      o << " x=\"" << x << "\" y=\"" << y + 2 << "\" width=\"" << kCellWidth << "\" height=\""
        << kCellHeight << "\" rx=\"4\"><title>" << Escape(tv.label) << " · " << name;
      if (n) o << " · " << Escape(n->path) << "\n" << Escape(n->text);
      o << "</title></rect>";
      if (op != TimelineOp::kAbsent) {
        std::string label = n ? n->path + " · " + name : name;
        o << "<text class=\"cell-text\" x=\"" << x + 6 << "\" y=\"" << y + 16 << "\">"
          << Escape(Shorten(label, 24)) << "</text>";
      }
    }
    o << "</g>\n";
    y += kRowHeight;
  }
  if (open_group) o << "</g>\n";
  o << "</svg>\n<script>" << kScript << "</script>\n</body>\n</html>\n";
  return o.str();
}

}  // namespace congvan
