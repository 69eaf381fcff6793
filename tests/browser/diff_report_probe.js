// Injected at the end of a copy of a diff HTML report by check_html_report.sh
// (never shipped in a report). It measures the laid-out page and drives the
// page's own filter buttons, then writes what it found as JSON into
// <pre id="probe-result">, which the check reads back from Chromium's
// --dump-dom:
//   width         window.innerWidth (the width the check asked for)
//   scroll_width  document.scrollingElement.scrollWidth (> width: the page
//                 overflows sideways, something is cut off on a phone)
//   narrowest_side, narrowest_side_id  the narrowest text column (.side) of
//                 the first 200 changes, in CSS pixels, and its change
//   stacked       the new side is below the old one (one column), not beside
//   filters       per op with changes: rows visible before, after clicking its
//                 button (must be 0), after clicking it again (all back), and
//                 whether rows of the other ops stayed visible
//   reveal        a link (#c-N) to a change whose kind is hidden shows it
(function () {
  function visible(el) { return getComputedStyle(el).display !== 'none'; }
  function count(op) {
    return Array.prototype.filter.call(document.querySelectorAll('.change.op-' + op), visible).length;
  }
  var changes = Array.prototype.slice.call(document.querySelectorAll('article.change'), 0, 200);
  var narrowest = Infinity, narrowestId = '', stacked = null;
  changes.forEach(function (c) {
    c.querySelectorAll('.side').forEach(function (side) {
      if (!visible(side)) return;  // the empty side of an added task, on a phone
      var w = side.getBoundingClientRect().width;
      if (w < narrowest) { narrowest = w; narrowestId = c.id; }
    });
    if (stacked === null && !c.querySelector('.empty-side')) {
      var oldSide = c.querySelector('.side.old').getBoundingClientRect();
      var newSide = c.querySelector('.side.new').getBoundingClientRect();
      stacked = newSide.top >= oldSide.bottom - 1;
    }
  });
  var filters = {};
  var all = document.querySelectorAll('article.change').length;
  document.querySelectorAll('button.count[data-op]').forEach(function (b) {
    var op = b.getAttribute('data-op');
    var before = count(op);
    if (before === 0) return;
    b.click();
    var hidden = count(op);
    var others = document.querySelectorAll('article.change').length - document.querySelectorAll('.change.op-' + op).length;
    var othersVisible = Array.prototype.filter.call(document.querySelectorAll('article.change'), function (c) {
      return c.getAttribute('data-op') !== op && visible(c);
    }).length;
    var pressed = b.getAttribute('aria-pressed');
    b.click();
    filters[op] = { before: before, after_click: hidden, after_second_click: count(op),
                    others: others, others_visible: othersVisible, pressed_after_click: pressed };
  });
  // A link to a change whose kind is filtered out shows it: hide the first
  // change's kind, point the address at it, let the page's hashchange run.
  var reveal;
  var first = document.querySelector('article.change');
  if (first) {
    var firstOp = first.getAttribute('data-op');
    document.querySelector('button.count[data-op="' + firstOp + '"]').click();
    var hiddenBefore = !visible(first);
    history.replaceState(null, '', '#' + first.id);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    reveal = { id: first.id, hidden_before: hiddenBefore, shown: hiddenBefore && visible(first) };
    document.getElementById('show-all').click();
  }
  var out = document.createElement('pre');
  out.id = 'probe-result';
  out.textContent = JSON.stringify({
    width: window.innerWidth,
    scroll_width: document.scrollingElement.scrollWidth,
    narrowest_side: Math.round(narrowest),
    narrowest_side_id: narrowestId,
    stacked: stacked,
    changes: all,
    filters: filters,
    reveal: reveal
  });
  document.body.appendChild(out);
})();
