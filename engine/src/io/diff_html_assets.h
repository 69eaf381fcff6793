// The fixed parts of the diff HTML page: its stylesheet and its script, kept
// apart from the code that writes the page's content (diff_html.cc).
//
// Stylesheet: three columns (old | change | new) on a wide screen; below
// 720 px each change is one stacked card (the change's badge first, then the
// old text, then the new, each side labelled; the empty side of an added or
// dropped task left out, the toolbar no longer sticky), so nothing is cut off
// and lines keep the full width of a phone. Print: A4, the toolbar and the
// change list left out, compact type, and `break-inside: avoid` on every
// change so none is split across pages (the page rules with the documents'
// numbers are written per report, see PrintPageRules in diff_html.cc). On
// screen `content-visibility: auto` lets the browser skip laying out the
// changes off screen, which keeps a report of thousands of changes quick to
// open. Rules hiding one kind of change (body.hide-<op>) are written per op
// by diff_html.cc, so a new op needs no edit here.
//
// Script: the filter buttons and the hide-unchanged checkbox toggle
// body.hide-<op>; the address can open the page filtered (#hide-unchanged,
// #hide=moved,added, #only=reworded) or at one change (#c-12, #new-2.b), and
// a change the filters hide is shown when a link points at it.
#ifndef CONGVAN_SRC_IO_DIFF_HTML_ASSETS_H_
#define CONGVAN_SRC_IO_DIFF_HTML_ASSETS_H_

namespace congvan::io_internal {

inline constexpr const char* kDiffHtmlStyle = R"css(
:root { --del: #fbe3e4; --del-ink: #9f1d24; --ins: #e1f5e4; --ins-ink: #17652b; --line: #d9dce1; --muted: #4a5262; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1d2330; background: #f6f7f9; overflow-wrap: break-word; }
a { color: #1f4f8f; }
header.report-head { padding: 16px 24px 10px; background: #fff; }
h1 { font-size: 20px; margin: 0 0 10px; }
.versions { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 10px 16px; }
.version { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.version .role { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.version .doc-title { font-size: 17px; font-weight: 700; }
.version .doc-meta { font-size: 14px; }
.version .subject { font-size: 14px; color: #1d2330; margin-top: 2px; }
.version .file { font-size: 12px; color: var(--muted); margin-top: 4px; overflow-wrap: anywhere; }
.notes { margin: 8px 0 0; padding-left: 18px; font-size: 13px; color: var(--muted); }
.toolbar { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; padding: 6px 24px; background: #fff; border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); }
.filters { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.filters .filter-label { font-size: 13px; color: var(--muted); }
button.count { font: inherit; font-size: 13px; line-height: 1.6; color: inherit; cursor: pointer; border-radius: 12px; padding: 1px 10px; border: 1px solid var(--line); background: #fff; }
button.count b { font-size: 14px; }
button.count[aria-pressed="false"] { opacity: .45; text-decoration: line-through; }
button.show-all { font: inherit; font-size: 13px; cursor: pointer; border: 0; background: none; color: #1f4f8f; text-decoration: underline; padding: 0; }
.controls { font-size: 14px; }
.controls label { white-space: nowrap; }
nav.toc { padding: 10px 24px 0; font-size: 14px; }
nav.toc summary { cursor: pointer; font-weight: 600; }
nav.toc ol { list-style: none; margin: 6px 0 0; padding: 0; columns: 2 24em; column-gap: 28px; font-size: 13px; }
nav.toc li { break-inside: avoid; padding: 1px 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
nav.toc a { color: inherit; text-decoration: none; }
nav.toc a:hover .snippet { text-decoration: underline; }
nav.toc .badge { font-size: 11px; padding: 0 6px; margin: 0 4px; }
.toc-num { color: var(--muted); font-variant-numeric: tabular-nums; }
.no-changes { color: var(--muted); }
main { padding: 8px 24px 40px; }
.colheads, .change { display: grid; grid-template-columns: minmax(0, 1fr) 150px minmax(0, 1fr); }
.colheads { font-size: 13px; color: var(--muted); font-weight: 600; }
.colheads > div { padding: 0 10px; min-width: 0; }
.change { margin: 6px 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
.change:target { outline: 3px solid #2b6cb0; outline-offset: 1px; }
.side { padding: 8px 10px; min-width: 0; }
.side-label { display: none; }
.op { padding: 8px 10px; text-align: center; background: #fafbfc; border-left: 1px solid var(--line); border-right: 1px solid var(--line); min-width: 0; }
.num { display: block; font-size: 12px; color: var(--muted); text-decoration: none; font-variant-numeric: tabular-nums; }
.num:hover { text-decoration: underline; }
.task + .task { margin-top: 8px; padding-top: 8px; border-top: 1px dashed var(--line); }
.label { display: inline-block; font: 12px/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, monospace; color: var(--muted); background: #eef0f3; border-radius: 4px; padding: 0 5px; margin-right: 6px; }
.empty { color: #9aa1ad; font-style: italic; }
del { background: var(--del); color: var(--del-ink); text-decoration: line-through; }
ins { background: var(--ins); color: var(--ins-ink); text-decoration: none; }
.badge { display: inline-block; border-radius: 10px; padding: 1px 9px; font-size: 12px; font-weight: 600; color: #fff; background: #6b7280; white-space: nowrap; }
.why, .sim { display: block; font-size: 12px; color: var(--muted); margin-top: 4px; }
.section-tasks { margin-top: 6px; font-size: 13px; color: var(--muted); }
.section-tasks ul { margin: 4px 0 0; padding-left: 18px; }
.concepts { display: flex; flex-wrap: wrap; gap: 3px 12px; margin: 8px 0 0; padding: 6px 0 0; border-top: 1px dotted var(--line); list-style: none; font-size: 13px; }
.concepts li { min-width: 0; overflow-wrap: anywhere; }
.concepts .sign { font-weight: 700; margin-right: 3px; }
.concepts .concept { font: 12px/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, monospace; border-radius: 4px; padding: 0 4px; }
.concepts .forms { color: var(--muted); }
.concept-added .sign, .concept-added .concept { color: var(--ins-ink); } .concept-added .concept { background: var(--ins); }
.concept-removed .sign, .concept-removed .concept { color: var(--del-ink); } .concept-removed .concept { background: var(--del); }
.redline { margin-top: 8px; padding-top: 6px; border-top: 1px dotted var(--line); font-size: 14px; }
.op-unchanged .badge { background: #7b8290; } .count.op-unchanged { border-color: #9aa1ad; }
.op-reworded .badge { background: #a4661a; } .count.op-reworded { border-color: #b7791f; }
.op-moved .badge { background: #2b6cb0; } .count.op-moved { border-color: #2b6cb0; }
.op-split .badge { background: #6b46c1; } .count.op-split { border-color: #6b46c1; }
.op-merged .badge { background: #b04e1c; } .count.op-merged { border-color: #c05621; }
.op-added .badge { background: #2f7a50; } .count.op-added { border-color: #2f855a; }
.op-dropped .badge { background: #c53030; } .count.op-dropped { border-color: #c53030; }
.op-added .side.new { background: #f3fbf5; } .op-dropped .side.old { background: #fdf4f4; }
.change.op-unchanged .side { color: var(--muted); }
@media screen {
  .change { content-visibility: auto; contain-intrinsic-size: auto 120px; }
}
@media (max-width: 720px) {
  body { font-size: 16px; }
  header.report-head { padding: 12px 12px 8px; }
  h1 { font-size: 18px; }
  .versions { grid-template-columns: minmax(0, 1fr); }
  .toolbar { position: static; padding: 6px 12px; }
  nav.toc { padding: 8px 12px 0; }
  nav.toc ol { columns: auto; }
  main { padding: 4px 8px 32px; }
  .colheads { display: none; }
  .change { grid-template-columns: minmax(0, 1fr); }
  .op { order: -1; display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 10px; text-align: left; border: 0; border-bottom: 1px solid var(--line); border-radius: 6px 6px 0 0; }
  .num, .why, .sim { display: inline; margin: 0; }
  .side-label { display: block; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
  .side.new { border-top: 1px dashed var(--line); }
  .side.empty-side { display: none; }
}
@media print {
  body { background: #fff; font-size: 9.5pt; line-height: 1.35; }
  header.report-head { padding: 0 0 4pt; }
  h1 { font-size: 14pt; margin: 0 0 4pt; }
  .version { padding: 4pt 8pt; }
  .version .doc-title { font-size: 11pt; }
  .toolbar { position: static; padding: 4pt 0; border: 0; }
  .controls, button.show-all, .filters .filter-label, nav.toc { display: none; }
  button.count { padding: 0 6pt; }
  button.count[aria-pressed="false"] { display: none; }
  main { padding: 0; }
  .colheads { font-size: 8.5pt; }
  .colheads > div { padding: 0 6pt; }
  .change { break-inside: avoid; page-break-inside: avoid; margin: 0 0 4pt; border-color: #b9bec7; grid-template-columns: minmax(0, 1fr) 96pt minmax(0, 1fr); }
  .side, .op { padding: 3pt 6pt; }
  .task + .task { margin-top: 3pt; padding-top: 3pt; }
  .label, .concepts .concept { font-size: 8pt; }
  .why, .sim, .num { font-size: 8pt; margin-top: 1pt; }
  .redline { font-size: 9pt; margin-top: 3pt; padding-top: 3pt; }
  del, ins, .badge, .op-added .side.new, .op-dropped .side.old { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
)css";

inline constexpr const char* kDiffHtmlScript = R"js(
(function () {
  var body = document.body;
  var buttons = Array.prototype.slice.call(document.querySelectorAll('button.count[data-op]'));
  var ops = buttons.map(function (b) { return b.getAttribute('data-op'); });
  var box = document.getElementById('hide-unchanged');
  function hidden(op) { return body.classList.contains('hide-' + op); }
  function setHidden(op, hide) {
    if (ops.indexOf(op) < 0) return;
    body.classList.toggle('hide-' + op, hide);
    buttons.forEach(function (b) {
      if (b.getAttribute('data-op') === op) b.setAttribute('aria-pressed', hide ? 'false' : 'true');
    });
    if (op === 'unchanged') box.checked = hide;
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () { setHidden(b.getAttribute('data-op'), !hidden(b.getAttribute('data-op'))); });
  });
  box.addEventListener('change', function () { setHidden('unchanged', box.checked); });
  document.getElementById('show-all').addEventListener('click', function () {
    ops.forEach(function (op) { setHidden(op, false); });
  });
  // The address opens the page filtered or at one change or task.
  function fromHash() {
    var h = decodeURIComponent(location.hash.slice(1));
    if (h === 'hide-unchanged') {
      setHidden('unchanged', true);
    } else if (h.indexOf('hide=') === 0) {
      h.slice(5).split(',').forEach(function (op) { setHidden(op, true); });
    } else if (h.indexOf('only=') === 0) {
      var keep = h.slice(5).split(',');
      ops.forEach(function (op) { setHidden(op, keep.indexOf(op) < 0); });
    } else if (h) {
      var target = document.getElementById(h);
      var change = target && target.closest('.change');
      if (!change) return;
      var folded = target.closest('details');
      if (folded) folded.open = true;
      if (hidden(change.getAttribute('data-op'))) setHidden(change.getAttribute('data-op'), false);
      target.scrollIntoView();
    }
  }
  if (box.checked) setHidden('unchanged', true);
  fromHash();
  window.addEventListener('hashchange', fromHash);
})();
)js";

}  // namespace congvan::io_internal

#endif  // CONGVAN_SRC_IO_DIFF_HTML_ASSETS_H_
