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
instance, the seed, the cities of each instance, summary numbers, the format
version and the SHA-256 of the ``.npz``.  Both files are written atomically
under a lock (the ``.npz`` first, then the ``.json`` naming its checksum);
:func:`load_testset` refuses a file that does not match its checksum.
``nco data testsets`` rebuilds everything.  Distances derive from
OpenStreetMap data, (c) OpenStreetMap contributors.

The package ships only each set's recipe (bundled ``testsets/``): the
``.json`` with the seed, the cities, the reference costs
(``reference.costs``) and ``instances_sha256``, a hash of the instance
arrays.  The ``.npz`` is drawn again from the bundled extracts on first use
(:func:`shipped`, a few seconds a set), checked against that hash, and kept
in the user's cache (:func:`nco.resources.cache_dir`) beside a copy of its
recipe.  :func:`restore` does the same for a folder of recipes.
"""

from __future__ import annotations

import hashlib
import json
import time
from importlib.metadata import version
from pathlib import Path

import numpy as np

import nco
from nco import fsio, resources
from nco.data.cities import (
    ATTRIBUTION,
    check_recipe,
    city_matrices,
    file_lock,
    load_split,
)
from nco.data.samplers import PROBLEMS, sample_instances
from nco.errors import InputError
from nco.io import read_all, write_npz
from nco.npzsafe import NUMBERS, load_npz
from nco.progress import tqdm

SIZES = (50, 100)
NUM_INSTANCES = 128
SEED = 3333
METHOD = "pyvrp"

#: Points per city of the default city recipe (RRNCO's 1,000; see
#: :func:`nco.data.cities.city_matrices`).  An instance of N clients needs
#: N + 1 of them: sets of 1,000 clients and more draw from cities built with
#: more points (``city_points``, recorded in the recipe).
CITY_POINTS = 1000

#: Bounds on a build: nodes or clients per instance, instances per set,
#: reference seconds per instance.
MAX_N = 2000
MAX_NUM = 10_000
MAX_TIME_LIMIT = 3600.0

#: What the ``.json`` says it is.
FORMAT = "nco.testset"
FORMAT_VERSION = 1

REBUILD = "rebuild it with nco data testsets"


def default_time_limit(n: int) -> float:
    """Seconds per instance for the reference solver: 0.02 s per node
    (1 s at N = 50, 2 s at N = 100)."""
    return round(0.02 * n, 3)


def testset_path(out_dir, problem: str, n: int, seed: int = SEED) -> Path:
    return Path(out_dir) / f"{problem}_n{n}_seed{seed}_test_cities.npz"


def build_testset(problem: str, n: int, out_dir, num: int = NUM_INSTANCES, seed: int = SEED,
                  cities=None, mode: str = "uniform", time_limit: float | None = None,
                  references: bool = True, progress: bool = True, city_points: int = CITY_POINTS) -> Path:
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
    city_points
        Points per city (:data:`CITY_POINTS` by default, the cities every
        other part of nco uses); at least ``n + 1`` for the VRPs.
    """
    check_build(problem, n, num, time_limit, city_points)
    path = testset_path(out_dir, problem, n, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with file_lock(path.with_name(f".{path.stem}.lock")):
        _build(path, problem, n, num, seed, cities, mode, time_limit, references, progress, city_points)
    return path


def check_build(problem: str, n: int, num: int, time_limit: float | None = None,
                city_points: int = CITY_POINTS) -> None:
    """Refuse a test-set recipe outside the documented bounds before any work."""
    if problem not in PROBLEMS:
        raise InputError(f"problem must be one of {PROBLEMS}, got {problem!r}")
    if not 2 <= int(n) <= MAX_N:
        raise InputError(f"size must be from 2 to {MAX_N}, got {n}")
    check_recipe(city_points, 42, names=("city points", "seed", "box", "water"))
    nodes = int(n) + (problem != "atsp")
    if nodes > city_points:
        raise InputError(f"an instance of {problem} at N = {n} needs {nodes} points of a city, the cities have "
                         f"{city_points}: pass more city points (nco data testsets --city-points)")
    if not 1 <= int(num) <= MAX_NUM:
        raise InputError(f"instances per set must be from 1 to {MAX_NUM}, got {num}")
    if time_limit is not None and not 0 < time_limit <= MAX_TIME_LIMIT:
        raise InputError(f"time limit must be above 0 and at most {MAX_TIME_LIMIT:g} s, got {time_limit}")


def _build(path: Path, problem, n, num, seed, cities, mode, time_limit, references, progress,
           city_points=CITY_POINTS) -> None:
    names = list(cities) if cities is not None else load_split()["test"]
    mats = [city_matrices(c, n_points=city_points) for c in names]
    rng = np.random.default_rng([seed, PROBLEMS.index(problem), n])
    insts = sample_instances(mats, problem, n, num=num, mode=mode, seed=rng)
    points = np.stack([i.meta["points"] for i in insts]).astype(np.float32)
    inst_cities = [i.meta["city"] for i in insts]
    write_npz(path, insts, points=points)
    meta = dict(
        problem=problem, n=n, num_instances=num, seed=seed, mode=mode, cities=names,
        instance_cities=inst_cities, units={"distance": "km", "duration": (
            "minutes" if problem != "acvrptw" else "normalised per instance (longest trip = 1)")},
        attribution=ATTRIBUTION, command="nco data testsets",
    )
    if city_points != CITY_POINTS:  # recipes of the default cities stay as they were
        meta["city_points"] = int(city_points)
    if references:
        limit = float(time_limit) if time_limit is not None else default_time_limit(n)
        stored = read_all(path)  # solve what a reader gets: float32 matrices
        costs, feasible, runtimes = [], [], []
        it = stored
        if progress:
            it = tqdm(stored, desc=f"{problem} n={n} ({METHOD} {limit:g} s)", unit="inst")
        for k, inst in enumerate(it):
            t0 = time.perf_counter()
            sol = nco.solve(inst, method=METHOD, time_limit=limit, seed=k)
            runtimes.append(time.perf_counter() - t0)
            costs.append(sol.cost if sol.feasible else np.nan)
            feasible.append(bool(sol.feasible))
        ref = np.array(costs, dtype=np.float64)
        write_npz(path, stored, points=points, reference_cost=ref)
        meta.update(
            reference=dict(method=METHOD, solver=f"pyvrp {version('pyvrp')}", time_limit_s=limit,
                           seed="instance index", all_feasible=all(feasible),
                           mean_cost=float(np.nanmean(ref)), mean_runtime_s=float(np.mean(runtimes))),
        )
    meta.update(format=FORMAT, format_version=FORMAT_VERSION, data_file=path.name, sha256=fsio.sha256_file(path))
    fsio.write_text(path.with_suffix(".json"), json.dumps(meta, indent=1) + "\n")


def build_testsets(out_dir="data/testsets", sizes=SIZES, problems=PROBLEMS, num: int = NUM_INSTANCES,
                   seed: int = SEED, time_limit: float | None = None, references: bool = True,
                   progress: bool = True, city_points: int = CITY_POINTS) -> list[Path]:
    """Build every test set (problems x sizes); see :func:`build_testset`."""
    for problem in problems:  # every recipe is checked before any work
        for n in sizes:
            check_build(problem, n, num, time_limit, city_points)
    out = []
    for problem in problems:
        for n in sizes:
            out.append(build_testset(problem, int(n), out_dir, num=num, seed=seed, time_limit=time_limit,
                                     references=references, progress=progress, city_points=city_points))
    return out


#: The arrays of a set that :func:`instances_sha256` covers (all but the references).
HASHED = ("capacity", "demand", "demand_linehaul", "depot", "distance_matrix", "duration_matrix", "locs",
          "points", "service_time", "time_windows", "vehicle_capacity")


def instances_sha256(path) -> str:
    """SHA-256 of a set's instance arrays (name, dtype, shape and bytes of
    each of :data:`HASHED` present), independent of how the file is zipped."""

    arrays = load_npz(path, {k: (NUMBERS, 3) for k in HASHED}, max_elements=1 << 28, required=(),
                      what="test set")
    h = hashlib.sha256()
    for k in sorted(arrays):
        a = np.ascontiguousarray(arrays[k])
        h.update(f"{k}|{a.dtype.str}|{a.shape}|".encode())
        h.update(a.tobytes())
    return h.hexdigest()


def restore(folder) -> list[Path]:
    """Draw again every set of ``folder`` whose recipe (``.json`` with
    ``instances_sha256``) is there but whose ``.npz`` is not; returns the
    files written.  Each is checked against the recipe's hash."""
    out = []
    for recipe in sorted(Path(folder).glob("*.json")):
        path = recipe.with_suffix(".npz")
        if not path.exists() and "instances_sha256" in _recipe(recipe):
            out.append(ensure(path))
    return out


def shipped(stem: str) -> Path:
    """The ``.npz`` of the shipped test set ``stem`` (e.g.
    ``acvrp_n100_seed3333_test_cities``), drawn into the cache from its
    bundled recipe when missing or when the recipe changed."""
    recipe = resources.data("testsets", f"{stem}.json")
    if not recipe.is_file():
        known = ", ".join(shipped_names())
        raise InputError(f"no shipped test set {stem!r}; known: {known}")
    path = resources.cache_dir("testsets", f"{stem}.npz")
    path.parent.mkdir(parents=True, exist_ok=True)
    text = fsio.read_bytes(recipe, "test set recipe", 16 << 20)
    with file_lock(path.with_name(f".{stem}.lock")):
        copy = path.with_suffix(".json")
        if not copy.is_file() or copy.read_bytes() != text:
            path.unlink(missing_ok=True)  # drawn from another recipe
            with fsio.atomic_open(copy, "wb") as f:
                f.write(text)
    return ensure(path)  # takes the same lock itself


def shipped_names() -> list[str]:
    """Stems of the shipped test sets."""
    return sorted(p.stem for p in resources.data("testsets").glob("*.json"))


def shipped_dir() -> Path:
    """The cache folder of the shipped test sets, every one drawn."""
    for stem in shipped_names():
        shipped(stem)
    return resources.cache_dir("testsets")


def ensure(path) -> Path:
    """``path``, drawn again from its recipe first when it is missing."""
    p = Path(path)
    if p.exists() or not p.with_suffix(".json").exists():
        return p
    meta = _recipe(p.with_suffix(".json"))
    if "instances_sha256" not in meta:
        return p
    with file_lock(p.with_name(f".{p.stem}.lock")):
        if not p.exists():
            _redraw(p, meta)
    return p


def _recipe(path: Path) -> dict:
    return fsio.read_json_object(path, "test set recipe", 16 << 20, hint=f"; {REBUILD}")


def _redraw(path: Path, meta: dict) -> None:
    try:
        problem, n, num, seed = meta["problem"], int(meta["n"]), int(meta["num_instances"]), int(meta["seed"])
        cities, mode = list(meta["cities"]), meta.get("mode", "uniform")
        costs = meta.get("reference", {}).get("costs")
        city_points = meta.get("city_points", CITY_POINTS)
        if not isinstance(city_points, int) or isinstance(city_points, bool):
            raise TypeError
    except (KeyError, TypeError, ValueError):
        raise InputError(f"an incomplete recipe; {REBUILD}", path=str(path.with_suffix(".json"))) from None
    check_build(problem, n, num, city_points=city_points)
    mats = [city_matrices(c, n_points=city_points) for c in cities]
    rng = np.random.default_rng([seed, PROBLEMS.index(problem), n])
    insts = sample_instances(mats, problem, n, num=num, mode=mode, seed=rng)
    points = np.stack([i.meta["points"] for i in insts]).astype(np.float32)
    extra = {} if costs is None else {"reference_cost": np.array(costs, dtype=np.float64)}
    tmp = path.with_name(f".{path.stem}.redraw.npz")
    write_npz(tmp, insts, points=points, **extra)
    if instances_sha256(tmp) != meta["instances_sha256"]:
        tmp.unlink()
        raise InputError("drawn again from its recipe, the set does not match the recorded instances "
                         "(other library versions or extracts?)", path=str(path))
    tmp.replace(path)


def load_testset(path):
    """Instances, reference costs (or ``None``) and metadata of a test set.

    When the ``.json`` beside the file names a SHA-256 (every set
    :func:`build_testset` writes), the ``.npz`` must match it.

    Raises
    ------
    InputError
        A missing, damaged, half-written or foreign file.
    """

    p = fsio.check_input(ensure(path), "test set")
    with file_lock(p.with_name(f".{p.stem}.lock"), shared=True):
        meta = read_meta(p)
        if "instances_sha256" in meta and instances_sha256(p) != meta["instances_sha256"]:
            raise InputError(f"does not match the instances of its recipe (damaged?); delete it to draw it "
                             f"again, or {REBUILD}", path=str(p))
        insts = read_all(p)
        ref = load_npz(p, {"reference_cost": ("f", 1)}, max_elements=MAX_NUM, required=(), what="test set")
    ref = ref["reference_cost"].astype(np.float64) if "reference_cost" in ref else None
    if ref is not None and len(ref) != len(insts):
        raise InputError(f"{len(ref)} reference costs for {len(insts)} instances; {REBUILD}", path=str(p))
    return insts, ref, meta


def read_meta(path) -> dict:
    """The ``.json`` beside a test set ({} when there is none), after checking
    the set against the SHA-256 it names."""
    p = Path(path)
    mp = p.with_suffix(".json")
    if not mp.exists():
        return {}
    meta = fsio.read_json_object(mp, "test set metadata", 16 << 20, hint=f" (damaged or half-written); {REBUILD}")
    if meta.get("format_version", FORMAT_VERSION) != FORMAT_VERSION:
        raise InputError(f"format version {meta.get('format_version')!r}, this nco reads {FORMAT_VERSION}; "
                         f"{REBUILD}", path=str(mp))
    if "sha256" in meta and fsio.sha256_file(fsio.check_input(p, "test set")) != meta["sha256"]:
        raise InputError(f"does not match the SHA-256 in {mp.name} (damaged or half-written); {REBUILD}",
                         path=str(p))
    return meta
