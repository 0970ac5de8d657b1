"""``nco.solve``: one entry point over every solver."""

from __future__ import annotations

import contextlib
import warnings

from nco import peers, solvers
from nco.budget import Budget
from nco.errors import InputError
from nco.instance import Instance
from nco.solution import Solution

#: Seconds of a solve when neither a time limit nor iterations are given.
DEFAULT_TIME_LIMIT = 5.0

#: The method used when none is named, per kind of instance
#: (:attr:`Instance.kind`); chosen by measurement (docs/benchmarks.md,
#: docs/earli.md).  ATSP: the GA is at or below PyVRP's ILS on all ten TSPLIB
#: instances at 5 CPU seconds (1.24 % against 2.06 % mean gap).  Symmetric
#: CVRP and VRPTW: the two are even at 10 s below 300 clients, so PyVRP stays
#: the default there (but see :data:`GA_FROM` for HGS-CVRP, and
#: :data:`DECOMPOSE_FROM`).  Asymmetric (road-matrix) ACVRP
#: and ACVRPTW: the GA is ahead of PyVRP at every budget from 1 to 10 CPU
#: seconds on the unseen-city test sets at N = 100 and 500.
DEFAULT_METHOD = {"ATSP": "ga", "TSP": "ga", "CVRP": "pyvrp", "VRPTW": "pyvrp", "ACVRP": "ga", "ACVRPTW": "ga"}

#: From this many clients a CVRP with coordinates is decomposed
#: (:mod:`nco.decompose`) by default.  On CVRP-X with 500-1000 clients
#: (docs/benchmarks.md, "Decomposition from 500 clients") it is ahead of
#: PyVRP at 1, 2 and 10 CPU seconds on the held-out half (three seeds:
#: 3.76 / 3.37 / 2.00 % from the best-known cost against 4.25 / 3.88 /
#: 2.59 %) and at 10 s on the development half where the threshold was
#: chosen; on the generated suite `cvrp-large` (docs/large.md) it is ahead
#: on 1,000, 5,000 and more clients at 10 and 60 s, and 0.25 points behind
#: PyVRP on the one 2,000-client instance at 10 s.  Instances whose
#: distances are computed on demand (above 5,001 nodes) are always decomposed.
DECOMPOSE_FROM = 500

#: Below :data:`DECOMPOSE_FROM` clients, a symmetric CVRP with a time limit
#: and no fleet limit is solved by HGS-CVRP (``"hgs"``, :mod:`nco.peers`;
#: Vidal's C++ hybrid genetic search, MIT licence) by default
#: (docs/benchmarks.md, "HGS-CVRP as the default below 500 clients"; CPU-second
#: limits).  On all 22 CVRP-X instances with 100-299 clients it is ahead of
#: PyVRP on every instance at 1, 2 and 10 s (1.40 / 0.98 / 0.26 % from the
#: best-known cost against 2.69 / 1.97 / 0.79 %, one seed).  On CVRP-X with
#: 300-499 clients it is ahead of the GA from 2 s and level with it at 1 s
#: on both halves (development half, three seeds: 3.52 / 2.71 / 1.43 % at
#: 1 / 2 / 10 s against 3.48 / 2.78 / 1.65 %; held-out half: 2.55 / 1.72 /
#: 0.86 % against 2.67 / 2.24 / 1.28 %), and level with PyVRP at 30 s (one
#: seed: 0.76 and 0.59 % against 0.74 and 0.63 %).  With a fleet limit HGS
#: can find nothing (X-n524-k153 with 153 vehicles), so the rules below
#: apply.  Its other limits (no progress, Ctrl-C at the end of its run, CPU
#: seconds) are in :mod:`nco.peers`.
#:
#: Without ``hygese``, or with a fleet limit: from :data:`GA_FROM` clients
#: the GA up to :data:`GA_UNTIL_SECONDS` (ahead of PyVRP at 1, 2 and 10 CPU s
#: on both halves of CVRP-X 300-499, one seed on the development half: 3.23 /
#: 2.43 / 1.28 % against 3.91 / 3.32 / 1.48 %), PyVRP above it (ahead at
#: 30 s: 0.74 against 0.84 %) and below :data:`GA_FROM` clients.
GA_FROM = 300
#: The longest time limit for which :data:`GA_FROM` applies.
GA_UNTIL_SECONDS = 10.0


def solve(instance: Instance, method: str | None = None, time_limit: float | None = None, seed: int = 0,
          initial=None, progress=None, iterations: int | None = None, clock: str = "wall",
          interruptible: bool = False, **options) -> Solution:
    """Solve ``instance`` with ``method`` within a time or iteration budget.

    Parameters
    ----------
    instance
        An :class:`nco.Instance` (see :func:`nco.read`).
    method
        A solver name (``pyvrp``, ``ortools``, ``ga``, ``earli``,
        ``earli-ils``, ``neural``, ``nearest``); ``None`` picks the best
        measured one for the problem.
    time_limit
        Seconds for everything from this call on (imports, conversion and
        policy loading included).  Default: 5 without ``iterations``, no
        time limit with them.
    seed
        Random seed.
    initial
        Optional routes (client ids ``1..n``) to start from.
    progress
        Optional callback ``progress(elapsed_s, best_cost)``.
    iterations
        Optional iteration limit (see :class:`nco.budget.Budget`).  Without
        a time limit a seeded run gives the same routes on every run.
    clock
        ``"wall"`` (default) or ``"process"``: CPU seconds of this process.
    interruptible
        Catch Ctrl-C (SIGINT, main thread only) during the solve: the first
        stops the search, which returns the best solution found so far
        with ``info["interrupted"] = True``; a second raises
        :class:`KeyboardInterrupt`.  Off by default, so that Ctrl-C stops a
        loop over solves as usual; ``nco solve`` turns it on.
    **options
        Passed to the solver.

    Returns
    -------
    Solution
        Routes with cost and feasibility from the independent checker;
        ``info["interrupted"]`` is ``True`` when Ctrl-C stopped the run
        early (with ``interruptible``; the best solution found by then is
        returned).
    """
    budget = Budget(DEFAULT_TIME_LIMIT if time_limit is None and iterations is None else time_limit,
                    clock=clock, iterations=iterations)
    if not isinstance(instance, Instance):
        raise InputError(f"solve() needs an nco.Instance, got {type(instance).__name__}")
    name = method or default_method(instance, time_limit=budget.time_limit)
    solvers.refuse_unsupported(name, instance)
    sigint = budget.catch_sigint() if interruptible else contextlib.nullcontext()
    with sigint, warnings.catch_warnings(record=True) as caught:
        fn = solvers.get(name)
        routes = fn(instance, budget, seed=int(seed), initial=initial, progress=progress, **options)
    extra = {"interrupted": True} if budget.interrupted else {}
    sol = Solution.from_routes(instance, routes, name, budget.wall_elapsed(), vehicle_types=_types(instance, routes),
                               **extra)
    _reissue(caught, sol.feasible)
    return sol


def default_method(instance: Instance, decompose: bool = True, time_limit: float | None = None) -> str:
    """The method used when none is named: the measured best per kind
    (:data:`DEFAULT_METHOD`) and size (:data:`DECOMPOSE_FROM`; HGS-CVRP or
    :data:`GA_FROM` with a ``time_limit``), or for an
    instance with rich fields (depots, vehicle types, pickups, ...) the first
    method that handles them all (PyVRP, which takes every one).
    ``decompose=False`` asks for the method of a sub-problem, which is never
    decomposed again."""
    if instance.fields_used():
        return solvers.capable(instance)[0]
    if instance.implicit or (decompose and instance.kind == "CVRP" and instance.coords is not None
                             and instance.n_clients >= DECOMPOSE_FROM):
        return "decompose"
    if decompose and instance.kind == "CVRP" and time_limit is not None:
        if instance.num_vehicles is None and peers.available("hgs"):
            return "hgs"
        if instance.n_clients >= GA_FROM and instance.num_vehicles != 1 and time_limit <= GA_UNTIL_SECONDS:
            return "ga"
    return DEFAULT_METHOD[instance.kind]


def _types(instance: Instance, routes) -> list[int] | None:
    """The vehicle types a solver returned with its routes, on an instance
    with vehicle types (a classic instance has its one implicit type)."""
    if instance.vehicle_types is None:
        return None
    return getattr(routes, "vehicle_types", None)


def _reissue(caught, feasible: bool) -> None:
    """Issue again the warnings recorded during a solve, except PyVRP's
    ``PenaltyBoundWarning`` (penalties at their maximum while it searched)
    when the answer is feasible: there it is noise."""
    for w in caught:
        if feasible and w.category.__name__ == "PenaltyBoundWarning":
            continue
        warnings.warn_explicit(w.message, w.category, w.filename, w.lineno, source=w.source)
