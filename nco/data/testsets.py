"""Fixed test sets on cities unseen in training, with PyVRP reference costs.

For each problem (ATSP, ACVRP, ACVRPTW) and size N (50, 100): 128 instances
drawn uniformly from the test cities of the bundled split
(:func:`nco.data.cities.load_split`), seed 3333, written in the RRNCO
test-file schema by :func:`nco.io.write_npz` as
``{problem}_n{N}_seed{seed}_test_cities.npz`` with two extra arrays:

- ``reference_cost`` (B,): cost of the PyVRP solution, by :func:`nco.check`,
  on the instance as stored (float32 matrices);
- ``points`` (B, M, 2): the original (latitude, longitude) of the nodes.

Beside each file a ``.json`` records the method, the time limit per
instance, the seed, the cities of each instance and summary numbers.
``nco data testsets`` rebuilds everything.  Distances derive from
OpenStreetMap data, (c) OpenStreetMap contributors.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np

from nco.data.cities import ATTRIBUTION, city_matrices, load_split
from nco.data.samplers import PROBLEMS, sample_instances
from nco.errors import InputError

SIZES = (50, 100)
NUM_INSTANCES = 128
SEED = 3333
METHOD = "pyvrp"


def default_time_limit(n: int) -> float:
    """Seconds per instance for the reference solver: 0.02 s per node
    (1 s at N = 50, 2 s at N = 100)."""
    return round(0.02 * n, 3)


def testset_path(out_dir, problem: str, n: int, seed: int = SEED) -> Path:
    return Path(out_dir) / f"{problem}_n{n}_seed{seed}_test_cities.npz"


def build_testset(problem: str, n: int, out_dir, num: int = NUM_INSTANCES, seed: int = SEED,
                  cities=None, mode: str = "uniform", time_limit: float | None = None,
                  references: bool = True, progress: bool = True) -> Path:
    """Build one test set file (and its ``.json``); returns the ``.npz`` path.

    Parameters
    ----------
    problem
        ``"atsp"``, ``"acvrp"`` or ``"acvrptw"``.
    n
        Nodes (ATSP) or clients (VRPs).
    out_dir
        Output folder.
    num
        Number of instances.
    seed
        Base seed; the stream is ``numpy.random.default_rng([seed, p, n])``
        with ``p`` the index of the problem in ``("atsp", "acvrp", "acvrptw")``.
    cities
        City names; by default the test cities of the bundled split.
    mode
        ``"uniform"`` or ``"cluster"``.
    time_limit
        PyVRP seconds per instance; :func:`default_time_limit` by default.
    references
        Solve every instance with PyVRP and store ``reference_cost``.
    progress
        Show a progress bar.
    """
    from nco.io import read_all, write_npz

    if problem not in PROBLEMS:
        raise InputError(f"problem must be one of {PROBLEMS}, got {problem!r}")
    names = list(cities) if cities is not None else load_split()["test"]
    mats = [city_matrices(c) for c in names]
    rng = np.random.default_rng([seed, PROBLEMS.index(problem), n])
    insts = sample_instances(mats, problem, n, num=num, mode=mode, seed=rng)
    points = np.stack([i.meta["points"] for i in insts]).astype(np.float32)
    inst_cities = [i.meta["city"] for i in insts]
    path = testset_path(out_dir, problem, n, seed)
    write_npz(path, insts, points=points)
    meta = dict(
        problem=problem, n=n, num_instances=num, seed=seed, mode=mode, cities=names,
        instance_cities=inst_cities, units={"distance": "km", "duration": (
            "minutes" if problem != "acvrptw" else "normalised per instance (longest trip = 1)")},
        attribution=ATTRIBUTION, command="nco data testsets",
    )
    if references:
        import nco

        limit = float(time_limit) if time_limit is not None else default_time_limit(n)
        stored = read_all(path)  # solve what a reader gets: float32 matrices
        costs, feasible, runtimes = [], [], []
        it = stored
        if progress:
            from tqdm.auto import tqdm

            it = tqdm(stored, desc=f"{problem} n={n} ({METHOD} {limit:g} s)", unit="inst")
        for k, inst in enumerate(it):
            t0 = time.perf_counter()
            sol = nco.solve(inst, method=METHOD, time_limit=limit, seed=k)
            runtimes.append(time.perf_counter() - t0)
            costs.append(sol.cost if sol.feasible else np.nan)
            feasible.append(bool(sol.feasible))
        ref = np.array(costs, dtype=np.float64)
        write_npz(path, stored, points=points, reference_cost=ref)
        from importlib.metadata import version

        meta.update(
            reference=dict(method=METHOD, solver=f"pyvrp {version('pyvrp')}", time_limit_s=limit,
                           seed="instance index", all_feasible=all(feasible),
                           mean_cost=float(np.nanmean(ref)), mean_runtime_s=float(np.mean(runtimes))),
        )
    path.with_suffix(".json").write_text(json.dumps(meta, indent=1) + "\n")
    return path


def build_testsets(out_dir="data/testsets", sizes=SIZES, problems=PROBLEMS, num: int = NUM_INSTANCES,
                   seed: int = SEED, time_limit: float | None = None, references: bool = True,
                   progress: bool = True) -> list[Path]:
    """Build every test set (problems x sizes); see :func:`build_testset`."""
    out = []
    for problem in problems:
        for n in sizes:
            out.append(build_testset(problem, int(n), out_dir, num=num, seed=seed, time_limit=time_limit,
                                     references=references, progress=progress))
    return out


def load_testset(path):
    """Instances, reference costs (or ``None``) and metadata of a test set."""
    from nco.io import read_all

    p = Path(path)
    insts = read_all(p)
    with np.load(p, allow_pickle=False) as f:
        ref = f["reference_cost"].astype(np.float64) if "reference_cost" in f.files else None
    mp = p.with_suffix(".json")
    meta = json.loads(mp.read_text()) if mp.is_file() else {}
    return insts, ref, meta
