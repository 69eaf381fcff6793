#!/usr/bin/env bash
# System time of parse runs that follow another program (issue 10's "extra system time after uconv").
#
# Approach: on the build machine (a virtual machine, kernel accounting by ticks) the kernel time
# of a parse is mostly the zeroing of its fresh pages (clear_page_erms), and what that costs
# depends on the machine's state, not on the build: 130 MB of fresh huge pages take 0.01–0.02 s
# to zero when the process runs right after another one freed memory, and 0.1–0.35 s when it
# runs first after a long `uconv -x nfc` (a 30-line program that only touches 130 MB shows the
# same; benchmarks/README.md, "Session 33: the system time after uconv"). A script that runs
# "uconv, build A, build B" therefore bills A for it and lets B reuse A's freshly freed pages.
# This script gives every binary the same position: before each run, `uconv -x nfc` on the
# same input, and the binaries' order turns round by round. Per run it records user and system
# time, minor faults and max RSS (/usr/bin/time), the machine's THP and compaction counters
# before and after (/proc/vmstat: global, so other processes' faults count too), and with
# CLEAR=1 the milliseconds sampled in clear_page_erms (perf record, cpu-clock 1 kHz; perf's own
# cost then adds to the system time). Medians per binary at the end.
#
# usage: bench/after_uconv.sh INPUT ROUNDS name=binary[:grammar-dir] ...
#   env HP=0 passes CONGVAN_HUGE_PAGES=0; NOUCONV=1 runs the binaries back to back; CPU=n the core
#   (default 0); RAW=file keeps each run's line.
set -u
in=$1
rounds=$2
shift 2
specs=("$@")
cpu=${CPU:-0}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
keys=" compact_stall compact_fail thp_fault_alloc thp_fault_fallback thp_collapse_alloc "

counters() { awk -v k="$keys" 'index(k, " " $1 " ") { printf "%s ", $2 }' /proc/vmstat; }

run_one() {  # name binary grammars
  local envs=()
  [ -n "$3" ] && envs+=("CONGVAN_GRAMMARS=$3")
  [ -n "${HP:-}" ] && envs+=("CONGVAN_HUGE_PAGES=$HP")
  local cmd=(taskset -c "$cpu" "$2" parse "$in" --format json)
  [ "${CLEAR:-0}" = 1 ] && cmd=(taskset -c "$cpu" perf record -q -e cpu-clock -F 1000 -o "$tmp/perf" "$2" parse "$in" --format json)
  local before after clear=0
  before=$(counters)
  /usr/bin/time -f "%U %S %R %M" -o "$tmp/time" env "${envs[@]}" "${cmd[@]}" >/dev/null 2>"$tmp/err"
  after=$(counters)
  if [ "${CLEAR:-0}" = 1 ]; then
    clear=$(perf report -i "$tmp/perf" --no-children --sort sym --stdio -F sample,sym 2>/dev/null |
      awk '/clear_page_erms/ { s += $1 } END { print s + 0 }')
  fi
  echo "$1 $(tail -1 "$tmp/time") $clear $before| $after"
}

for round in $(seq "$rounds"); do
  n=${#specs[@]}
  for k in $(seq 0 $((n - 1))); do
    spec=${specs[$(((k + round) % n))]}
    name=${spec%%=*}
    rest=${spec#*=}
    bin=${rest%%:*}
    grammars=""
    [ "$rest" != "$bin" ] && grammars=${rest#*:}
    [ "${NOUCONV:-0}" = 1 ] || taskset -c "$cpu" uconv -x nfc <"$in" >/dev/null
    run_one "$name" "$bin" "$grammars"
  done
done | tee "${RAW:-/dev/null}" | python3 -c '
import statistics, sys
rows = {}
for line in sys.stdin:
    left, right = line.split("|")
    f = left.split()
    before, after = list(map(int, f[6:])), list(map(int, right.split()))
    user, system = float(f[1]), float(f[2])
    rows.setdefault(f[0], []).append([user, system, user + system, int(f[3]), int(f[4]) * 1024 / 1e6, int(f[5])]
                                      + [b - a for a, b in zip(before, after)])
heads = "user sys u+s minflt maxRSS_MB clear_ms cmp_stall cmp_fail thp_alloc thp_fallb collapse".split()
print("%-8s" % "binary" + "".join("%10s" % h for h in heads))
for name, runs in rows.items():
    med = [statistics.median(c) for c in zip(*runs)]
    print("%-8s" % name + "".join(("%10.3f" if i < 3 else "%10.1f") % v for i, v in enumerate(med)))
    print("         system time of each run:", sorted(r[1] for r in runs))
'
