#!/usr/bin/env bash
# Prepare, on a CPU machine with the project's venv, what the GPU machine cannot
# fetch or build: the Python packages it lacks (wheels for its Python 3.12 and
# torch 2.11: rl4co and its stack, and PyVRP for the GA that labels imitation
# data) and a compact copy of the training cities.  Both go to .gpu/
# (ignored by git); the device command carries it:
#
#   bash scripts/gpu_prepare.sh                 # here, about a minute
#   run: OUT=$OUT bash scripts/gpu_train.sh     # there, with carry [".gpu"]
#
# Environment: PY (default .venv/bin/python), POINTS (points per city, default 700),
# PYVER (the GPU machine's Python, default 3.12).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
POINTS=${POINTS:-700}
mkdir -p .git/info
grep -qx '/.gpu/' .git/info/exclude 2>/dev/null || echo '/.gpu/' >> .git/info/exclude
rm -rf .gpu/wheels && mkdir -p .gpu/wheels
PLAT="--python-version ${PYVER:-3.12} --implementation cp --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64"
"$PY" -m pip download -q --no-deps --only-binary=:all: $PLAT -d .gpu/wheels \
    tensordict==0.12.2 torchrl==0.12.0 rl4co==0.7.0 hydra-core==1.3.2 omegaconf==2.3.0 pyvers==0.2.3 \
    orjson==3.13.0 colorlog==6.12.0 hydra-colorlog==1.2.0 pyrootutils==1.0.4 robust-downloader==0.0.2 \
    importlib-metadata==10.2.0 pyvrp==0.14.1 vrplib==2.2.0
"$PY" -m pip wheel -q --no-deps -w .gpu/wheels antlr4-python3-runtime==4.9.3
"$PY" -m nco.neural.fasttrain pack --out .gpu/cities --points "$POINTS"
tracked=$(git ls-files -z | xargs -0 cat 2>/dev/null | wc -c)
extra=$(git ls-files -z --others --exclude-standard | xargs -0 cat 2>/dev/null | wc -c)
carried=$(du -sb .gpu | cut -f1)
total=$((tracked + extra + carried))
echo "working tree ${tracked} + untracked ${extra} + .gpu ${carried} = ${total} bytes (limit $((64 << 20)))"
if [ "$total" -gt $((64 << 20)) ]; then echo "too large to travel: lower POINTS" >&2; exit 1; fi
