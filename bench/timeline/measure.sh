#!/usr/bin/env bash
# Timeline at scale: output size, peak memory and wall time of
# `congvan timeline` over N generated versions of a corpus text, for each
# output format (bench/timeline_versions.cc writes the versions).
#
# Usage: bench/timeline/measure.sh BUILD_DIR [N...]   (default N: 40 100 500)
#   BUILD_DIR holds tools/congvan and bench/timeline_versions (configure with
#   -DCONGVAN_BUILD_BENCH=ON). Versions and outputs go to $TMPDIR; one line
#   per run: versions, format, output bytes, peak RSS (KB, /usr/bin/time -v),
#   wall time, exit status. $CONGVAN_TIMELINE_SOURCE (a corpus-relative path)
#   picks another source text than the 2021 gender-equality dispatch.
set -euo pipefail
build=$(cd "$1" && pwd)
shift
sizes=("${@:-40 100 500}")
read -r -a sizes <<<"${sizes[*]}"
src=$(cd "$(dirname "$0")/../.." && pwd)
export CONGVAN_GRAMMARS=${CONGVAN_GRAMMARS:-$src/grammars}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-8s %-5s %14s %12s %9s %s\n' versions format bytes peak_rss_kb wall exit
for n in "${sizes[@]}"; do
  "$build/bench/timeline_versions" --versions "$n" --out "$work/v$n" \
    ${CONGVAN_TIMELINE_SOURCE:+--source "$CONGVAN_TIMELINE_SOURCE"}
  for format in html json csv text; do
    out="$work/out-$n.$format"
    status=0
    /usr/bin/time -v -o "$work/time" "$build/tools/congvan" timeline "$work/v$n"/*.txt \
      --format "$format" -o "$out" --force 2>"$work/err" || status=$?
    if [[ $status -ne 0 ]] && grep -q "unrecognised option '--force'\|unrecognized option '--force'" "$work/err"; then
      status=0  # a binary from before --force existed
      /usr/bin/time -v -o "$work/time" "$build/tools/congvan" timeline "$work/v$n"/*.txt \
        --format "$format" -o "$out" 2>"$work/err" || status=$?
    fi
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time")
    bytes=$(stat -c %s "$out" 2>/dev/null || echo -)
    printf '%-8s %-5s %14s %12s %9s %s\n' "$n" "$format" "$bytes" "$rss" "$wall" "$status"
    [[ $status -eq 0 ]] || head -1 "$work/err"
    rm -f "$out"
  done
done
