#!/usr/bin/env bash
# Loads `congvan diff --format html` reports in headless Chromium and checks
# the rendered page against the JSON of the same diff:
#   - one article.change per change, per op, as in the JSON change list;
#   - the header names each version by the kind, number and date that
#     `congvan parse --format json` finds (meta), and the page speaks the old
#     version's language unless --ui-lang says otherwise;
#   - the summary bar's data-count per op equals summary.counts in the JSON;
#   - the page's own script runs (#hide-unchanged hides unchanged rows);
#   - a Vietnamese→English diff shows one concept delta per JSON change that
#     has one (the kept count in the middle, the +/− concept lists);
#   - nothing is fetched from the network (the page is self-contained);
#   - at 1280 px and at 390 px (diff_report_probe.js, injected into a copy):
#     no sideways overflow, text columns not narrow (>= 400 px side by side
#     at 1280, >= 300 px stacked at 390), each filter button hides exactly its
#     own changes and a second click brings them back;
#   - #c-N opens the page at change N, shown even when its kind is filtered;
#   - printed to PDF (A4): a bounded page count, every change on exactly one
#     page and none split, both documents' numbers on every page
#     (check_printed_report.py, with poppler-utils' pdftotext);
#   - screenshots at both widths and a PNG of a printed page (pdftoppm) are
#     written for a person to look at.
#
# Usage: check_html_report.sh CONGVAN_BINARY SOURCE_DIR WORK_DIR
# Exits 77 (ctest: skipped) when no Chromium is installed.
set -euo pipefail

congvan=$1
src=$2
work=$3
mkdir -p "$work"

# shellcheck source=tests/browser/headless.sh
source "$(dirname "$0")/headless.sh"

ops=(unchanged reworded moved split merged added dropped)
here=$(cd "$(dirname "$0")" && pwd)

# check_header HTML DOM OLD NEW: #old-version / #new-version carry the kind,
# number and date that `congvan parse --format json` finds for each file.
check_header() {
  local side file expected actual
  for side in old new; do
    if [[ $side == old ]]; then file=$3; else file=$4; fi
    expected=$("$congvan" parse "$file" --format json | python3 -c '
import json, sys
m = json.load(sys.stdin)["meta"]
print("|".join(m.get(k) or "" for k in ("kind", "number", "date")))')
    actual=$(python3 -c '
import html.parser, sys
class P(html.parser.HTMLParser):
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "section" and a.get("id") == sys.argv[1] + "-version":
            print("|".join(a.get("data-" + k, "?") for k in ("kind", "number", "date")))
P().feed(sys.stdin.read())' "$side" <<<"$2")
    check_eq "$side version in the header: kind|number|date (DOM vs parse JSON)" "$expected" "$actual"
  done
}

# check_layout HTML: the page at 1280 px and at 390 px, measured by
# diff_report_probe.js in a copy of the page: no sideways overflow, every text
# column wide enough (>= 400 px side by side at 1280, >= 300 px stacked at
# 390), and each filter button hiding exactly its own changes. The copy is
# loaded in two iframes of those widths (a headless window is never narrower
# than 500 px), in one Chromium run; the outer page copies each probe's
# result out for --dump-dom.
check_layout() {
  local probed="${1%.html}-probed.html" outer="${1%.html}-widths.html" dom result spec width
  python3 - "$1" "$here/diff_report_probe.js" "$probed" <<'EOF2'
import sys
page, probe, out = (open(sys.argv[1], encoding="utf-8").read(),
                    open(sys.argv[2], encoding="utf-8").read(), sys.argv[3])
at = page.rindex("</body>")
open(out, "w", encoding="utf-8").write(page[:at] + "<script>" + probe + "</script>\n" + page[at:])
EOF2
  cat >"$outer" <<EOF2
<!DOCTYPE html><html><body style="margin:0">
<iframe data-width="1280" src="$(basename "$probed")" style="border:0;width:1280px;height:900px"></iframe>
<iframe data-width="390" src="$(basename "$probed")" style="border:0;width:390px;height:900px"></iframe>
<script>
document.querySelectorAll('iframe').forEach(function (frame) {
  frame.addEventListener('load', function () {
    var found = frame.contentDocument.getElementById('probe-result');
    var out = document.createElement('pre');
    out.id = 'probe-' + frame.getAttribute('data-width');
    out.textContent = found ? found.textContent : '';
    document.body.appendChild(out);
  });
});
</script></body></html>
EOF2
  dom=$(chrome --allow-file-access-from-files --dump-dom "file://$outer")
  for spec in 1280:400:side-by-side 390:300:stacked; do
    IFS=: read -r width min arrangement <<<"$spec"
    result=$(python3 -c 'import html,re,sys; m=re.search(r"<pre id=\"probe-%s\">(.*?)</pre>" % sys.argv[1], sys.stdin.read(), re.S); print(html.unescape(m.group(1)) if m else "")' "$width" <<<"$dom")
    if [[ -z "${result//[[:space:]]/}" ]]; then
      echo "FAIL: the layout probe did not run on $probed at $width px"
      fail=1
      continue
    fi
    check_probe "$width" "$min" "$arrangement" "$result"
  done
}

# check_probe WIDTH MIN_SIDE_PX ARRANGEMENT RESULT_JSON: judges one probe result.
check_probe() {
  python3 - "$1" "$2" "$3" "$4" <<'EOF2' || fail=1
import json, sys
width, min_side, arrangement, r = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], json.loads(sys.argv[4])
bad = []
if r["width"] != width: bad.append(f"window is {r['width']} px wide, asked for {width}")
if r["scroll_width"] > r["width"]: bad.append(f"overflows sideways: {r['scroll_width']} px > {r['width']} px")
if r["changes"] and r["narrowest_side"] < min_side:
    bad.append(f"a text column is {r['narrowest_side']} px wide (< {min_side}) in {r['narrowest_side_id']}")
if r["changes"] and r["stacked"] != (arrangement == "stacked"):
    bad.append(f"sides should be {arrangement}")
for op, f in r["filters"].items():
    if f["after_click"] != 0 or f["after_second_click"] != f["before"] or f["others_visible"] != f["others"] \
       or f["pressed_after_click"] != "false":
        bad.append(f"filter {op}: {f}")
if "reveal" in r and not r["reveal"]["shown"]:
    bad.append(f"a link to a filtered change did not show it: {r['reveal']}")
for b in bad: print(f"FAIL: at {width} px: {b}")
if not bad:
    print(f"ok: at {width} px: no overflow ({r['scroll_width']} <= {r['width']}), narrowest text column "
          f"{r['narrowest_side']} px, {arrangement}, {len(r['filters'])} filters hide and show their changes"
          + (", a link shows a filtered change" if "reveal" in r else ""))
sys.exit(1 if bad else 0)
EOF2
}

# check_print HTML JSON N: the report printed to A4 PDF by Chromium (no
# browser header or footer: the page's own @page rules print the numbers),
# checked by check_printed_report.py, and page 1 rendered to a PNG.
check_print() {
  local pdf="${1%.html}.pdf" changes max numbers
  rm -f "$pdf"
  chrome --no-pdf-header-footer --print-to-pdf="$pdf" "file://$1" >/dev/null
  if [[ ! -s "$pdf" ]]; then
    echo "FAIL: chromium printed no PDF for $1"
    fail=1
    return
  fi
  # A bound, not a target: two changes or more a page (the corpus tasks are
  # short; a cross-language change with its concept lists is the largest),
  # plus a page for the header.
  changes=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["changes"]))' "$2")
  max=$((changes / 2 + 2))
  mapfile -t numbers < <(python3 - "$1" <<'EOF2'
import html.parser, sys
class P(html.parser.HTMLParser):
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "section" and a.get("data-number"):
            print(a["data-number"])
P().feed(open(sys.argv[1], encoding="utf-8").read())
EOF2
)
  python3 "$here/check_printed_report.py" "$pdf" "$2" "$max" "${numbers[@]}" || fail=1
  pdftoppm -png -r 60 -f 1 -l 2 "$pdf" "${1%.html}-print" && echo "ok: printed pages ${1%.html}-print-*.png"
}
pairs=(
  "gender-equality/2021-vi-dispatch.txt gender-equality/2023-vi-news-summary.txt"
  "gender-equality/2024-en-qa-summary.txt gender-equality/2025-en-news-summary.txt"
  "gender-equality/2021-vi-dispatch.txt gender-equality/2021-vi-dispatch.txt"
  "gender-equality/2023-vi-news-summary.txt gender-equality/2024-en-qa-summary.txt"
  "pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt"
)
n=0
for pair in "${pairs[@]}"; do
  read -r old new <<<"$pair"
  n=$((n + 1))
  html="$work/report-$n.html"
  json="$work/report-$n.json"
  # diff(1)'s statuses: 1 is "something changed", only 2 is trouble.
  "$congvan" diff "$src/corpus/$old" "$src/corpus/$new" --format html -o "$html" || [ $? -eq 1 ]
  "$congvan" diff "$src/corpus/$old" "$src/corpus/$new" --format json -o "$json" || [ $? -eq 1 ]
  dom=$(browse "file://$html")
  if [[ -z "$dom" ]]; then
    echo "FAIL: chromium rendered nothing for $html"
    fail=1
    continue
  fi
  echo "== $old → $new"
  for op in "${ops[@]}"; do
    # JSON: changes[].op lines ("op": "<op>") and summary.counts.<op>.
    json_rows=$( (grep -c "^      \"op\": \"$op\"" "$json" || true) | head -1)
    json_count=$( (grep -E "^      \"$op\": [0-9]+" "$json" || true) | grep -oE '[0-9]+' | head -1 || true)
    dom_rows=$( (grep -o "<article class=\"change op-$op\" data-op=\"$op\"" <<<"$dom" || true) | wc -l | tr -d ' ')
    dom_count=$( (grep -oE "data-op=\"$op\" data-count=\"[0-9]+\"" <<<"$dom" || true) | grep -oE '[0-9]+' | head -1 || true)
    check_eq "$op rows (DOM vs JSON changes)" "$json_rows" "$dom_rows"
    check_eq "$op summary count (DOM vs JSON summary)" "$json_count" "$dom_count"
  done
  # Concept deltas (cross-language pairs only): one kept-count per JSON delta.
  json_deltas=$( (grep -c '^      "concept_delta": {' "$json" || true) | head -1)
  dom_deltas=$( (grep -o '<span class="why concepts-kept"' <<<"$dom" || true) | wc -l | tr -d ' ')
  check_eq "concept deltas (DOM vs JSON changes)" "$json_deltas" "$dom_deltas"
  if [[ "$json_deltas" -gt 0 ]]; then
    dom_items=$( (grep -oE '<li class="concept-(added|removed)" data-concept="[^"]+">' <<<"$dom" || true) | wc -l | tr -d ' ')
    if [[ "$dom_items" -gt 0 ]]; then
      echo "ok: $dom_items added/removed concepts listed"
    else
      echo "FAIL: $html lists no added or removed concept"
      fail=1
    fi
  fi
  check_header "$html" "$dom" "$src/corpus/$old" "$src/corpus/$new"
  check_self_contained "$html"
  check_layout "$html"
  screenshot "$html" "$work/report-$n.png" 1280,1600
  screenshot "$html" "$work/report-$n-phone.png" 390,1600
  check_print "$html" "$json" "$n"
done

# One change by its address: #c-N scrolls to it, and shows it even when the
# address also hides its kind (the page reads #c-N after the filter state).
dom=$(browse "file://$work/report-1.html#c-2")
if grep -q '<article class="change op-[a-z]*" data-op="[a-z]*" id="c-2">' <<<"$dom"; then
  echo "ok: report-1.html#c-2 names change 2"
else
  echo "FAIL: no article id=c-2 in report-1.html"
  fail=1
fi
dom=$(browse "file://$work/report-3.html#only=added")
check_eq "#only=added hides every other kind" \
  'hide-unchanged hide-reworded hide-moved hide-split hide-merged hide-dropped' \
  "$( (grep -oE '<body class="[^"]*"' <<<"$dom" || true) | sed -E 's/<body class="([^"]*)"/\1/')"

# --ui-lang: the Vietnamese pair's page in English.
"$congvan" diff "$src/corpus/gender-equality/2021-vi-dispatch.txt" \
  "$src/corpus/gender-equality/2023-vi-news-summary.txt" --format html --ui-lang en -o "$work/report-en.html" || [ $? -eq 1 ]
if grep -q '<html lang="en">' "$work/report-en.html" && grep -q '>Old version<' "$work/report-en.html" &&
   grep -q '<html lang="vi">' "$work/report-1.html" && grep -q '>Văn bản cũ<' "$work/report-1.html"; then
  echo "ok: the vi pair's page is Vietnamese by default and English with --ui-lang en"
else
  echo "FAIL: --ui-lang or the default interface language"
  fail=1
fi

# The filter: the identity diff is all unchanged; with #hide-unchanged the
# page's script checks the box and hides them.
dom=$(browse "file://$work/report-3.html#hide-unchanged")
if grep -q '<body class="hide-unchanged">' <<<"$dom"; then
  echo "ok: #hide-unchanged ran the page script and hid unchanged rows"
else
  echo "FAIL: the hide-unchanged filter did not run in the browser"
  fail=1
fi
exit $fail
