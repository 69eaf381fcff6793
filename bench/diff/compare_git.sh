#!/usr/bin/env bash
# congvan diff vs `git diff --no-index --word-diff` on the same pair of large
# synthetic files (written by diff_bench --write): wall and CPU time, peak RSS,
# and how many change regions each reports.
#
# Usage: bench/diff/compare_git.sh DIFF_BENCH CONGVAN [TASKS...]   (default 10000 100000)
# Both binaries should be Release builds. Runs on one core (taskset -c 0).
set -euo pipefail
bench=$1
congvan=$2
shift 2
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(10000 100000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf "%-8s %-9s %-22s %-22s %-8s %s\n" tasks MB "congvan wall/cpu s" "git wall/cpu s" "ratio" "regions (congvan changes | git [- -] + {+ +})"
for n in "${sizes[@]}"; do
  "$bench" --write "$work" --tasks "$n" >/dev/null
  mb=$(awk -v b="$(stat -c %s "$work/old.txt")" 'BEGIN { printf "%.1f", b / 1e6 }')
  /usr/bin/time -f "%e %U %S %M" -o "$work/t1" taskset -c 0 "$congvan" diff "$work/old.txt" "$work/new.txt" \
    --format json --only-changes -o "$work/out.json"
  /usr/bin/time -f "%e %U %S %M" -o "$work/t2" taskset -c 0 git diff --no-index --word-diff \
    "$work/old.txt" "$work/new.txt" >"$work/git.out" || true
  read -r w1 u1 s1 m1 < <(tail -1 "$work/t1")
  read -r w2 u2 s2 m2 < <(tail -1 "$work/t2")
  c1=$(awk -v u="$u1" -v s="$s1" 'BEGIN { printf "%.2f", u + s }')
  c2=$(awk -v u="$u2" -v s="$s2" 'BEGIN { printf "%.2f", u + s }')
  ratio=$(awk -v a="$c1" -v b="$c2" 'BEGIN { printf "%.0f", a / (b > 0.005 ? b : 0.005) }')
  changes=$(grep -c '^      "op": ' "$work/out.json" || true)
  regions=$(( $(grep -o '\[-' "$work/git.out" | wc -l) + $(grep -o '{+' "$work/git.out" | wc -l) ))
  printf "%-8s %-9s %-22s %-22s %-8s %s\n" "$n" "$mb" "$w1/$c1 (${m1%???} MB)" "$w2/$c2 (${m2%???} MB)" "${ratio}x" "$changes | $regions"
done
