#!/usr/bin/env bash
# The one command a GPU session runs: train ATSP, ACVRP and ACVRPTW in turn from
# their current checkpoints with the lean trainer (engine=fast), within one
# wall-clock budget, and leave under $OUT (8 files, flat):
#   <problem>.pt / <problem>.json  the policies with their lineage (nco.load_policy reads them)
#   train_log.jsonl                every log line (instances/s, steps/s, loss, reward, GPU memory/utilisation)
#   summary.txt                    one line per problem
#
#   OUT=$OUT bash scripts/gpu_train.sh            # after scripts/gpu_prepare.sh, carry [".gpu"]
#
# Environment: OUT (default outputs/gpu), NCO_TRAIN_SECONDS (whole script, default 510),
# PROBLEMS (default "atsp acvrp acvrptw"), PY (default .venv/bin/python when present, else python3),
# NCO_STARTUP_SECONDS (per problem, default 45), EXTRA (more overrides for every run,
# e.g. "fast.batch_size=256 fast.sizes=[50,100,200]"), WORK (resume points, default .gpu/work),
# RECIPE (self: self-improvement, the policy's own best decode improved for LABEL_SECONDS
# (default 0.3) of local search on WORKERS cores, default all but two, the GPU learning;
# the default for every problem, the only recipe that improved all three on the CPU;
# imitation: GA labels from scratch; reinforce: the lean POMO trainer; RECIPE_<problem>
# for one problem: docs/training.md), IMIT_N (instance size of self and imitation, default
# 100), EMA (decay of the moving average of the weights that the runs export,
# fast.ema_decay; default 0.99, which measured better than the last weights), SEED (the
# instance stream; default new at every run, so that no run repeats the instances of the
# runs before it).
set -uo pipefail
cd "$(dirname "$0")/.."
T0=$(date +%s)
BUDGET=${NCO_TRAIN_SECONDS:-510}
STARTUP=${NCO_STARTUP_SECONDS:-45}
PROBLEMS=${PROBLEMS:-atsp acvrp acvrptw}
OUT=${OUT:-outputs/gpu}
WORK=${WORK:-.gpu/work}
EXTRA=${EXTRA:-}
SEED=${SEED:-$(( $(date +%s) % 1000000 ))}
PY=${PY:-}
if [ -z "$PY" ]; then if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi; fi
mkdir -p "$OUT" "$WORK"
WORK=$(cd "$WORK" && pwd)
case "$PY" in */*) PY="$(cd "$(dirname "$PY")" && pwd)/$(basename "$PY")" ;; esac
# Training runs inside $WORK and names $OUT and the cities through links there
# (out/, cities/), so the recipes it records name no folder of this machine.
ln -sfn "$(cd "$OUT" && pwd)" "$WORK/out"
export PYTHONUNBUFFERED=1
export PYTORCH_CUDA_ALLOC_CONF=${PYTORCH_CUDA_ALLOC_CONF:-expandable_segments:True}

# Packages the machine lacks travel as wheels in .gpu/wheels.
if ! "$PY" -c "import rl4co, hydra" 2>/dev/null; then
    if [ -d .gpu/wheels ]; then
        "$PY" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
            --target "$WORK/site" .gpu/wheels/*.whl || exit 1
        export PYTHONPATH="$WORK/site${PYTHONPATH:+:$PYTHONPATH}"
    else
        echo "gpu_train: rl4co is missing and there is no .gpu/wheels (run scripts/gpu_prepare.sh)" >&2
        exit 1
    fi
fi

# nco as its wheel lays it out (solvers/, configs/ and data/ inside the package),
# by links into this tree, where nco is not installed.
if ! "$PY" -c "import nco.solvers, nco.configs" 2>/dev/null; then
    rm -rf "$WORK/pkg" && mkdir -p "$WORK/pkg/nco"
    for f in nco/*; do ln -s "$PWD/$f" "$WORK/pkg/nco/"; done
    ln -s "$PWD/solvers" "$WORK/pkg/nco/solvers"
    ln -s "$PWD/configs" "$WORK/pkg/nco/configs"
    ln -s "$PWD/data" "$WORK/pkg/nco/bundled"
    export PYTHONPATH="$WORK/pkg${PYTHONPATH:+:$PYTHONPATH}" PYTHONSAFEPATH=1
    "$PY" -c "import nco.solvers.ga, nco.neural.imitation" || exit 1
fi

# Cities: the packed copy when it travelled, else built from data/osm (needs pyrosm).
CITIES=""
if [ -d .gpu/cities ]; then
    # a copy packed before the split changed lacks cities: stop before any training
    "$PY" -c "import sys; from pathlib import Path; from nco.data.cities import city_folder_name, load_split
missing = [c for c in load_split()['train'] if not (Path('.gpu/cities') / city_folder_name(c)).is_dir()]
sys.exit(f'gpu_train: .gpu/cities lacks {\", \".join(missing)}: run scripts/gpu_prepare.sh again' if missing else 0)" || exit 2
    ln -sfn "$(cd .gpu/cities && pwd)" "$WORK/cities"
    CITIES="env.folder=cities"
else
    "$PY" -c "from nco.data.cities import city_matrices, load_split
for c in load_split()['train']: city_matrices(c)" || exit 1
fi
"$PY" -c "import torch; print('torch', torch.__version__, 'cuda', torch.cuda.is_available(), torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'cpu')"

set -- $PROBLEMS
left=$#
for p in "$@"; do
    now=$(date +%s)
    share=$(( (BUDGET - (now - T0)) / left - STARTUP ))
    left=$((left - 1))
    if [ "$share" -lt 10 ]; then echo "gpu_train: no time left for $p" >&2; continue; fi
    init="$p"
    [ -f "$OUT/$p.pt" ] && init="out/$p.pt"
    minutes=$(awk "BEGIN {print $share / 60}")
    recipe_var="RECIPE_$p"; recipe=${!recipe_var:-${RECIPE:-self}}
    echo "== $p: ${share} s of $recipe from $init, seed $SEED"
    if [ "$recipe" = imitation ] || [ "$recipe" = self ]; then
        workers=${WORKERS:-$(( $(nproc) > 3 ? $(nproc) - 2 : 1 ))}
        sets="--set init_from=$init --set fast.log_file=out/train_log.jsonl --set seed=$SEED"
        [ "$recipe" = self ] && sets="$sets --teacher self --self-augment 1 --label-seconds ${LABEL_SECONDS:-0.3}"
        [ -n "$CITIES" ] && sets="$sets --set $CITIES"
        (cd "$WORK" && timeout --signal=TERM --kill-after=20 $((share + STARTUP + 60)) \
            "$PY" -m nco.cli train imitate --problem "$p" --n "${IMIT_N:-100}" --seconds "$share" \
            --workers "$workers" --ema "${EMA:-0.99}" --out "$p-imit.pt" --force $sets > "$p-imit.out")
        rc=$?
        # its step lines join train_log.jsonl as event "imitate" (8 files come back at most)
        grep '^{' "$WORK/$p-imit.out" | sed "s/^{/{\"problem\": \"$p\", \"event\": \"imitate\", /" >> "$OUT/train_log.jsonl"
        grep -v '^{' "$WORK/$p-imit.out"
        [ "$rc" = 0 ] && cp "$WORK/$p-imit.pt" "$OUT/$p.pt" && cp "$WORK/$p-imit.json" "$OUT/$p.json"
        echo "== $p: exit $rc"
        continue
    fi
    (cd "$WORK" && timeout --signal=TERM --kill-after=20 $((share + STARTUP + 30)) \
        "$PY" -m nco.cli train "experiment=${p}_gpu" $CITIES "init_from=$init" \
        "fast.max_minutes=$minutes" "output_dir=$p" "export_to=out/$p.pt" \
        "fast.log_file=out/train_log.jsonl" "fast.resume_file=$p/last.ckpt" "fast.ema_decay=${EMA:-0.99}" "seed=$SEED" \
        fast.echo=false $EXTRA)
    echo "== $p: exit $?"
done

"$PY" - "$OUT" <<'PYEOF' | tee "$OUT/summary.txt"
import json, sys
from pathlib import Path
out = Path(sys.argv[1])
rows = [json.loads(l) for l in (out / "train_log.jsonl").read_text().splitlines()] if (out / "train_log.jsonl").exists() else []
for p in ("atsp", "acvrp", "acvrptw"):
    tr = [r for r in rows if r.get("problem") == p and r.get("event") == "train"]
    if not (out / f"{p}.json").exists():
        continue
    rec = json.loads((out / f"{p}.json").read_text())
    if not tr:  # an imitation run: labelled instances and optimiser steps
        run, lin = rec["lineage"]["runs"][-1], rec["lineage"]
        teacher = "self-improvement" if "--teacher self" in str(rec.get("command")) else "imitation"
        print(f"{p}: {teacher}, {run['instances']} labelled instances, {run['steps']} steps in "
              f"{run['wall_minutes']:.2f} min on {run['device']}; lineage {lin['instances_total']} instances")
        continue
    run, lin = rec["lineage"]["runs"][-1], rec["lineage"]
    rate = run["instances"] / max(run["wall_minutes"] * 60, 1e-9)
    mem = max((r.get("gpu_mem_gb", 0) for r in tr), default=0)
    ooms = sum(1 for r in rows if r.get("problem") == p and r.get("event") == "oom")
    print(f"{p}: {run['steps']} steps, {run['instances']} instances in {run['wall_minutes']:.2f} min "
          f"({rate:.0f} instances/s, last batch {tr[-1]['batch']}, {ooms} OOM back-offs, peak {mem} GB) on {run['device']}; "
          f"mean sampled cost first {-tr[0]['reward']:.3f} -> last {-tr[-1]['reward']:.3f}; "
          f"lineage {lin['instances_total']} instances, {lin['gpu_minutes_total']} GPU min")
PYEOF
echo "gpu_train: $(( $(date +%s) - T0 )) s in all; files in $OUT:"; ls -la "$OUT"
