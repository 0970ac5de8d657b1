"""``nco.solve``: one entry point over every solver."""

from __future__ import annotations

import time

from nco.errors import InputError
from nco.instance import Instance
from nco.solution import Solution

#: The method used when none is named, per kind of instance
#: (:attr:`Instance.kind`); chosen by measurement (docs/benchmarks.md,
#: docs/earli.md).  ATSP: the GA is at or below PyVRP's ILS on all ten TSPLIB
#: instances at 5 CPU seconds (1.24 % against 2.06 % mean gap).  Symmetric
#: CVRP and VRPTW: the two are even at 10 s and PyVRP is ahead on the largest
#: X instances, so PyVRP stays the default.  Asymmetric (road-matrix) ACVRP
#: and ACVRPTW: the GA is ahead of PyVRP at every budget from 1 to 10 CPU
#: seconds on the unseen-city test sets at N = 100 and 500.
DEFAULT_METHOD = {"ATSP": "ga", "TSP": "ga", "CVRP": "pyvrp", "VRPTW": "pyvrp", "ACVRP": "ga", "ACVRPTW": "ga"}


def solve(instance: Instance, method: str | None = None, time_limit: float = 5.0, seed: int = 0,
          initial=None, progress=None, **options) -> Solution:
    """Solve ``instance`` with ``method`` within ``time_limit`` seconds.

    Parameters
    ----------
    instance
        An :class:`nco.Instance` (see :func:`nco.read`).
    method
        A solver name (``pyvrp``, ``ortools``, ``ga``, ``earli``,
        ``earli-ils``, ``neural``, ``nearest``); ``None`` picks the best measured one for the problem.
    time_limit
        Wall-clock budget in seconds, everything included.
    seed
        Random seed.
    initial
        Optional routes (client ids ``1..n``) to start from.
    progress
        Optional callback ``progress(elapsed_s, best_cost)``.

    Returns
    -------
    Solution
        Routes with cost and feasibility from the independent checker.
    """
    import solvers

    if not isinstance(instance, Instance):
        raise InputError(f"solve() needs an nco.Instance, got {type(instance).__name__}")
    if time_limit is None or not time_limit > 0:
        raise InputError(f"time_limit must be positive, got {time_limit}")
    name = method or DEFAULT_METHOD[instance.kind]
    fn = solvers.get(name)
    t0 = time.perf_counter()
    routes = fn(instance, time_limit=float(time_limit), seed=int(seed), initial=initial, progress=progress, **options)
    runtime = time.perf_counter() - t0
    return Solution.from_routes(instance, routes, method=name, runtime_s=runtime)
