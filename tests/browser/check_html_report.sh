#!/usr/bin/env bash
# Loads `congvan diff --format html` reports in headless Chromium and checks
# the rendered page against the JSON of the same diff:
#   - one tr.change row per change, per op, as in the JSON change list;
#   - the summary bar's data-count per op equals summary.counts in the JSON;
#   - the page's own script runs (#hide-unchanged hides unchanged rows);
#   - a Vietnamese→English diff shows one concept delta per JSON change that
#     has one (the kept count in the middle, the +/− concept lists);
#   - nothing is fetched from the network (the page is self-contained);
#   - a screenshot is written for a person to look at.
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
pairs=(
  "gender-equality/2021-vi-dispatch.txt gender-equality/2023-vi-news-summary.txt"
  "gender-equality/2024-en-qa-summary.txt gender-equality/2025-en-news-summary.txt"
  "gender-equality/2021-vi-dispatch.txt gender-equality/2021-vi-dispatch.txt"
  "gender-equality/2023-vi-news-summary.txt gender-equality/2024-en-qa-summary.txt"
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
    dom_rows=$( (grep -o "<tr class=\"change op-$op\" data-op=\"$op\"" <<<"$dom" || true) | wc -l | tr -d ' ')
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
  check_self_contained "$html"
  screenshot "$html" "$work/report-$n.png" 1280,1600
done

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
