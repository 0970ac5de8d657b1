#!/usr/bin/env bash
# Run `nco bench` grids as parallel shards, then merge them per grid.
#
# usage: run_parallel.sh WORKERS OUT SPEC
#
# Each line of the SPEC file is one grid, as one `nco bench` command would run
# it:   NAME SUITE METHODS TIME_LIMITS SEEDS INSTANCE...
# e.g.  earli-x earli-x pyvrp,ga 0.5,1,2,5,10,30 0,1,2 X-n101-k25 X-n979-k58
#
# One shard is one instance x method x seed over all the grid's time limits:
#   python -m nco.bench --suite SUITE --filter '^INSTANCE$' --methods M
#          --seeds S --time-limits TIME_LIMITS --out OUT/NAME/shards/...
# i.e. exactly the runs the sequential command does for that instance,
# method and seed.  All shards of all grids share one pool of WORKERS
# processes, longest first.  Afterwards each grid's shard CSVs are merged
# into OUT/NAME/<suite>.csv, and nco.bench's own summary_markdown and
# plot_gap_vs_time write OUT/NAME/<suite>.md and .png from it.
# The PYTHON environment variable names the interpreter (default: python);
# MERGE_ONLY=1 only merges the shards already there (after an interrupted run).
set -uo pipefail
workers=$1; out=$2; spec=$3
export PY=${PYTHON:-python} OUTDIR=$out
mkdir -p "$out"
if [ -z "${MERGE_ONLY:-}" ]; then
# job lines: seconds name suite method seed time_limits instance
while read -r name suite methods tls seeds insts; do
  [ -z "${name:-}" ] && continue
  case "$name" in \#*) continue ;; esac
  secs=$(echo "$tls" | tr ',' '\n' | awk '{s+=$1} END {print s}')
  mkdir -p "$out/$name/shards"
  for inst in $insts; do
    for m in ${methods//,/ }; do
      for s in ${seeds//,/ }; do echo "$secs $name $suite $m $s $tls $inst"; done
    done
  done
done < "$spec" | sort -k1,1 -g -r -s | xargs -P "$workers" -L 1 sh -c '
  d="$OUTDIR/$1/shards/$6-$3-$4"
  "$PY" -m nco.bench --suite "$2" --filter "^$6\$" --methods "$3" --seeds "$4" \
    --time-limits "$5" --out "$d" --no-progress >/dev/null 2>"$d.err" || echo "shard $1 $6 $3 $4 failed" >&2'
fi

while read -r name suite methods tls seeds insts; do
  [ -z "${name:-}" ] && continue
  case "$name" in \#*) continue ;; esac
  merged="$out/$name/$(basename "$suite" .yaml).csv"
  first=1
  for f in "$out/$name"/shards/*/*.csv; do
    [ -f "$f" ] || continue
    if [ $first = 1 ]; then cat "$f" > "$merged"; first=0; else tail -n +2 "$f" >> "$merged"; fi
  done
  [ $first = 1 ] && { echo "grid $name: no runs" >&2; continue; }
  "$PY" - "$suite" "$merged" "$out/$name" <<'PYEOF' > "$out/$name/summary.txt"
import sys
from pathlib import Path
from nco import bench
suite = bench.load_suite(sys.argv[1])
rows = bench.read_runs(sys.argv[2])
out = Path(sys.argv[3])
md = bench.summary_markdown(rows, suite)
(out / f"{suite.name}.md").write_text(md)
bench.plot_gap_vs_time(rows, suite, out / f"{suite.name}.png")
print(md, end="")
PYEOF
done < "$spec"
