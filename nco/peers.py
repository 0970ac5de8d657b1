"""Peer solvers: HGS-CVRP (``"hgs"``) and LKH-3 (``"lkh"``).

HGS-CVRP (MIT) is a dependency of the package and the default method for a
symmetric CVRP below 500 clients with no fleet limit (:data:`nco.solve.GA_FROM`
says where it was measured); LKH-3 is a
benchmark peer only, never a default, and comes with the optional extra
``peers`` (``pip install 'nco[peers]'``).  Without its package, asking for
either raises a one-line :class:`nco.errors.InputError` naming it.

- ``"hgs"``: Vidal's hybrid genetic search for the CVRP (HGS-CVRP, MIT
  licence) through its Python binding ``hygese`` (MIT licence).  CVRP only
  (symmetric distances, capacity, optional fleet size).  It gets our
  distance matrix (so it optimises exactly the cost our checker computes)
  and the coordinates, when there are any, for its polar sectors.  Its
  ``timeLimit`` is measured by HGS-CVRP with C's ``clock()``, i.e. in CPU
  seconds of the process: it is given what is left of the budget, a
  wall-clock budget times the share of a core the process got since the
  solve started (so a machine that gets busier during the run can still
  stretch it), and Ctrl-C takes effect only at the end of the run.  When HGS returns no routes (a time limit too
  short for its first population), the nearest-neighbour construction is
  returned with a warning, never an empty answer.
- ``"lkh"``: Helsgaun's LKH-3 through ``elkai`` (its own licence; LKH itself
  is free for academic and non-commercial use only, so it must not become a
  dependency or a default).  TSP and ATSP (one vehicle).  elkai's public
  API takes only a number of ``runs``: one run is timed, then, when the
  budget allows, a second call makes as many runs as fit in what is left
  (the first of them repeats the timed run); the better tour is kept.

Both are registered solvers (:data:`solvers.PROVIDERS`), so ``nco solve
--method hgs`` and ``nco bench --methods hgs,lkh`` work beside ``pyvrp``,
``ortools`` and ``ga``; as for every method, routes go through the independent checker in
:func:`nco.solve`, and the benchmark records the CPU time of each run.
"""

from __future__ import annotations

import importlib.util
import math
import warnings

import numpy as np

from nco import solvers
from nco.budget import Budget, cpu_share
from nco.errors import InputError
from nco.instance import Instance
from nco.solvers.atsp import tour_cost

__all__ = ["LICENCES", "available", "hgs", "lkh", "lkh_matrix", "require"]

#: Licence of each peer, as its package states it.
LICENCES = {
    "hgs": "HGS-CVRP and its binding hygese: MIT",
    "lkh": "LKH-3: free for academic and non-commercial use only (elkai wraps it under its own licence)",
}

#: The PyPI package behind each peer.
PACKAGES = {"hgs": "hygese", "lkh": "elkai"}

#: Largest iteration count without improvement given to HGS, so that its
#: time limit (not this count) ends a timed run.
_HGS_MAX_ITER = 1_000_000_000


def require(method: str):
    """The module of ``method``'s peer package, imported on first use.

    Raises
    ------
    InputError
        One line naming the optional extra when the package is missing.
    """
    package = PACKAGES[method]
    try:
        # optional extra: imported only when a peer is asked for
        if package == "hygese":
            import hygese as mod
        else:
            import elkai as mod
    except ImportError:
        how = "pip install hygese" if package == "hygese" else "pip install 'nco[peers]'"
        raise InputError(f"method {method!r} needs the package {package} ({LICENCES[method]}): {how}") from None
    return mod


def _remaining(budget: Budget) -> float | None:
    """Seconds left on the budget's clock (``None`` without a time limit)."""
    if budget.time_limit is None:
        return None
    return max(0.01, budget.remaining())


def _cpu_seconds_left(budget: Budget) -> float | None:
    """The CPU seconds to give a solver that measures its limit in CPU
    seconds: what is left of a ``"process"`` budget, or of a wall-clock one
    times the share of a core this process got since the budget started
    (:func:`nco.budget.cpu_share`, over at least 50 ms or 2 % of what is
    left), so that a loaded machine does not stretch the wall time."""
    left = _remaining(budget)
    if left is None or budget.clock != "wall":
        return left
    share = cpu_share(budget, min(0.05, 0.02 * left))
    return max(0.01, budget.remaining() * share)


def _hgs_coords(instance: Instance) -> tuple[np.ndarray, np.ndarray]:
    """Non-negative x and y for HGS's polar sectors (zeros without coordinates)."""
    n = instance.n_nodes
    if instance.coords is None:
        return np.zeros(n), np.zeros(n)
    xy = np.asarray(instance.coords, dtype=np.float64)[:, :2]
    xy = xy - xy.min(axis=0)
    return xy[:, 0].copy(), xy[:, 1].copy()


@solvers.register("hgs")
def hgs(instance: Instance, budget: Budget, seed: int = 0, initial=None, progress=None,
        **options) -> list[list[int]]:
    """Solve a CVRP with HGS-CVRP (``hygese``).

    Parameters
    ----------
    instance
        A symmetric CVRP.
    budget
        The :class:`nco.budget.Budget`; what is left of its time limit is
        HGS's ``timeLimit`` (CPU seconds); an iteration limit alone becomes
        HGS's ``nbIter`` (iterations without improvement).
    seed
        Random seed.
    initial, progress
        Not supported by HGS-CVRP (ignored).
    **options
        Fields of ``hygese.AlgorithmParameters`` (e.g. ``nbGranular=30``).

    Returns
    -------
    list[list[int]]
        Routes of client ids ``1..n``.
    """
    if instance.kind != "CVRP":
        raise InputError(f"method 'hgs' solves symmetric CVRP only, got {instance.kind}")
    if instance.n_clients <= 1:  # HGS-CVRP does not return on a single client
        return [[1]] if instance.n_clients else []
    hygese = require("hgs")
    budget = Budget.coerce(budget)
    left = _cpu_seconds_left(budget)
    n_iter = _HGS_MAX_ITER if left is not None else int(budget.iterations)
    try:
        params = hygese.AlgorithmParameters(seed=int(seed) % (2**31), nbIter=n_iter,
                                            timeLimit=0.0 if left is None else left, **options)
    except TypeError as exc:
        raise InputError(f"hgs: {exc}") from None
    x, y = _hgs_coords(instance)
    data = {"distance_matrix": np.asarray(instance.distance, dtype=np.float64), "x_coordinates": x,
            "y_coordinates": y, "demands": np.asarray(instance.demand, dtype=np.float64),
            "vehicle_capacity": float(instance.capacity), "service_times": np.zeros(instance.n_nodes)}
    if instance.num_vehicles is not None and instance.num_vehicles < instance.n_clients:
        data["num_vehicles"] = int(instance.num_vehicles)
    result = hygese.Solver(parameters=params, verbose=False).solve_cvrp(data)
    routes = [[int(v) for v in r] for r in result.routes if len(r)]
    if not routes and instance.n_clients:
        warnings.warn("hgs: HGS-CVRP found no solution within its time limit; returning the nearest-neighbour "
                      "construction", RuntimeWarning, stacklevel=2)
        return solvers.get("nearest")(instance, budget, seed=seed)
    return routes


def available(method: str) -> bool:
    """Whether ``method``'s peer package is installed (nothing is imported)."""
    return importlib.util.find_spec(PACKAGES[method]) is not None


def lkh_matrix(distance: np.ndarray) -> list[list[int]]:
    """The distance matrix as LKH reads it: integers (non-integral matrices
    are scaled by 1000 first), as nested lists of Python ints."""
    d = np.asarray(distance, dtype=np.float64)
    if not np.allclose(d, np.round(d)):
        d = d * 1000.0
    return np.round(d).astype(np.int64).tolist()


def _tour_routes(tour: list[int]) -> list[list[int]]:
    """An LKH tour (node ids, closed) as one route of client ids starting after the depot."""
    tour = list(tour[:-1]) if len(tour) > 1 and tour[0] == tour[-1] else list(tour)
    k = tour.index(0)
    return [tour[k + 1:] + tour[:k]]


@solvers.register("lkh")
def lkh(instance: Instance, budget: Budget, seed: int = 0, initial=None, progress=None,
        **options) -> list[list[int]]:
    """Solve a TSP or ATSP with LKH-3 (``elkai``).

    Parameters
    ----------
    instance
        A single-vehicle instance (TSP or ATSP).
    budget
        The :class:`nco.budget.Budget`: one run is timed on its clock, then
        as many more runs as fit in what is left (see the module
        docstring); an iteration limit alone is the number of runs.
    seed, initial, progress
        Not supported through elkai's API (ignored; LKH's own seed is fixed).
    **options
        ``runs``: a fixed number of runs instead of the budget's.

    Returns
    -------
    list[list[int]]
        One route of client ids ``1..n``.
    """
    if instance.kind not in ("ATSP", "TSP"):
        raise InputError(f"method 'lkh' solves TSP and ATSP only, got {instance.kind}")
    if instance.n_nodes < 3:
        return [list(range(1, instance.n_nodes))]
    elkai = require("lkh")
    budget = Budget.coerce(budget)
    matrix = elkai.DistanceMatrix(lkh_matrix(instance.distance))
    fixed = options.get("runs") or (None if budget.time_limit is not None else budget.iterations)
    if fixed:
        return _tour_routes(matrix.solve_tsp(runs=int(fixed)))
    start = budget.elapsed()
    best = _tour_routes(matrix.solve_tsp(runs=1))
    took = max(budget.elapsed() - start, 1e-3)
    more = math.floor(budget.remaining() / took)
    if more >= 2:
        other = _tour_routes(matrix.solve_tsp(runs=int(more)))
        if tour_cost(instance.distance, [0, *other[0]]) < tour_cost(instance.distance, [0, *best[0]]):
            best = other
    return best
