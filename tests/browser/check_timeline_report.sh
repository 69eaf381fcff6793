#!/usr/bin/env bash
# Loads `congvan timeline --format html` in headless Chromium and checks the
# rendered page against the JSON of the same timeline (the approach of
# check_html_report.sh):
#   - one g.version-col per version, one g.lineage-row per lineage, in the
#     JSON's order; one rect.cell per lineage and version where it is not
#     absent (absent versions have no element: the page grows with the tasks);
#   - the cells per op (data-op) equal the JSON's lineages[].cells;
#   - one g.theme-group per distinct theme;
#   - the page's own script ran (body[data-ready] = number of cells);
#   - nothing is fetched from the network (the page is self-contained);
#   - a screenshot is written for a person to look at.
#
# Usage: check_timeline_report.sh CONGVAN_BINARY SOURCE_DIR WORK_DIR
# Exits 77 (ctest: skipped) when no Chromium is installed.
set -euo pipefail

congvan=$1
src=$2
work=$3
mkdir -p "$work"

# shellcheck source=tests/browser/headless.sh
source "$(dirname "$0")/headless.sh"

ge="$src/corpus/gender-equality"
files=("$ge/2021-vi-dispatch.txt" "$ge/2023-vi-news-summary.txt" "$ge/2024-en-qa-summary.txt"
       "$ge/2025-en-news-summary.txt")
html="$work/timeline.html"
json="$work/timeline.json"
"$congvan" timeline "${files[@]}" --format html -o "$html"
"$congvan" timeline "${files[@]}" --format json -o "$json"

dom=$(chrome --dump-dom "file://$html")
if [[ -z "$dom" ]]; then
  echo "FAIL: chromium rendered nothing for $html"
  exit 1
fi

# Expected figures from the JSON (python3 reads it; no hand-written JSON parsing).
read -r versions lineages themes cells <<<"$(python3 - "$json" <<'EOF'
import json, sys
t = json.load(open(sys.argv[1]))
print(len(t["versions"]), len(t["lineages"]), len({l["theme"] for l in t["lineages"]}),
      sum(c != "absent" for l in t["lineages"] for c in l["cells"]))
EOF
)"
count() { (grep -o "$1" <<<"$dom" || true) | wc -l | tr -d ' '; }
check_eq "version columns (DOM vs JSON versions)" "$versions" "$(count '<g class="version-col"')"
check_eq "lineage rows (DOM vs JSON lineages)" "$lineages" "$(count '<g class="lineage-row"')"
check_eq "theme groups (DOM vs JSON themes)" "$themes" "$(count '<g class="theme-group"')"
check_eq "cells (DOM vs non-absent JSON cells)" "$cells" "$(count '<rect class="cell ')"
check_eq "page script ran (body data-ready = cells)" "$cells" \
  "$( (grep -oE '<body data-ready="[0-9]+"' <<<"$dom" || true) | grep -oE '[0-9]+' | head -1)"

# Row order and per-op cells, DOM against JSON.
dom_rows=$( (grep -oE '<g class="lineage-row" data-lineage="L[0-9]+"' <<<"$dom" || true) |
  grep -oE 'L[0-9]+' | tr '\n' ' ')
json_rows=$(python3 -c 'import json,sys; print(" ".join(l["id"] for l in json.load(open(sys.argv[1]))["lineages"]), end=" ")' "$json")
check_eq "row order" "$json_rows" "$dom_rows"
for op in new unchanged reworded moved split merged gone not-covered absent; do
  # absent cells have no element at all
  [[ $op == absent ]] && { check_eq "absent cells" 0 "$(count "<rect class=\"cell op-$op\"")"; continue; }
  expected=$(python3 -c 'import json,sys; print(sum(c == sys.argv[2] for l in json.load(open(sys.argv[1]))["lineages"] for c in l["cells"]))' "$json" "$op")
  check_eq "$op cells" "$expected" "$(count "<rect class=\"cell op-$op\" data-op=\"$op\"")"
done

# The rewarding task: one row whose four cells are all present.
reward=$(python3 - "$json" <<'EOF'
import json, sys
t = json.load(open(sys.argv[1]))
for l in t["lineages"]:
    if any(n["text"].startswith("Tổ chức khen thưởng, biểu dương") for n in l["nodes"]):
        print(l["id"], len(l["nodes"]))
EOF
)
check_eq "rewarding lineage spans all versions" "4" "${reward##* }"

# Clicking a cell pins its text: the page's handler, run through #cell=ID:3
# (the rewarding lineage's 2025 cell), fills the detail panel.
reward_id=${reward%% *}
pinned=$(chrome --dump-dom "file://$html#cell=$reward_id:3")
if grep -q '<div id="detail"><div class="meta">'"$reward_id"' · 2025 (en) · reworded' <<<"$pinned" &&
   grep -q 'Reward and promptly praise' <<<"$(grep -o '<div id="detail">.*</div>' <<<"$pinned" | head -1)"; then
  echo "ok: #cell=$reward_id:3 pins the 2025 text of the rewarding lineage"
else
  echo "FAIL: the detail panel did not show the pinned cell"
  fail=1
fi

check_self_contained "$html"
screenshot "$html" "$work/timeline.png" 1400,1800
exit $fail
