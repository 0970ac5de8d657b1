"""Decomposition: a large CVRP or VRPTW solved as sub-problems by any method.

Thousands of clients are too many for one search within seconds (and above
:data:`nco.matrix.DENSE_LIMIT` nodes for a dense matrix at all).  As in the
decomposition phase of HGS-CVRP and PyVRP's large-instance practice (and the
"divide" step of neural methods such as GLOP and UDC), the routes of the
current solution are grouped by the polar angle of their barycentre around
the depot into groups of about ``size`` clients; each group is a
sub-problem (:meth:`nco.Instance.subset`) solved by another method
(``sub``: the GA, PyVRP, OR-Tools, the neural policy, ...) from the group's
routes as its initial solution, and its routes are replaced when the
sub-solve finds a cheaper feasible set.  Every round starts the grouping at
a random route, so the borders move.  The start is the sweep construction
(CVRP) or one route per client (VRPTW), so the first round solves angular
sectors.

Memory is that of one sub-problem, and time is spread over the groups still
to be solved in a round, so the method ends within its limit at any size.
Registered as method ``"decompose"`` (``nco.solve(inst, method="decompose",
sub="ga", size=400)``), and with a fixed sub-method as ``"decompose-ga"`` and
``"decompose-neural"`` (the shipped policy on sub-problems of 100 clients,
the size it was trained at: what makes it usable at any size).
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import math
import warnings
from dataclasses import dataclass

import numpy as np

from nco import solvers
from nco.batch import pool_context
from nco.budget import Budget
from nco.checker import check
from nco.errors import InputError
from nco.instance import Instance
from nco.solve import default_method
from nco.solve import solve as solve_instance
from nco.solvers.construct import check_initial, route_angles, sweep

#: Clients per sub-problem (option ``size``).
SIZE = 400

#: Most seconds one sub-solve gets per client of its sub-problem (a group of
#: 400 clients: at most 2 s), so that a round visits every group before one
#: group gets more time.
SECONDS_PER_CLIENT = 0.005

#: A sub-solve that would get less than this many seconds is not started.
MIN_SECONDS = 0.15

#: Iterations of a sub-solve when the budget is iterations only.
SUB_ITERATIONS = 200

#: Without ``sub``, a CVRP sub-problem given less than this many seconds is
#: solved by the GA, otherwise by its default method (PyVRP).  The GA is
#: ahead of PyVRP at short budgets (CVRP-X held-out, 2 s: 3.09 against 3.37 %
#: from the best-known cost) and level at 10 s (docs/benchmarks.md); a round
#: of sub-solves within a 10 s limit gives each under a second.
SHORT_SUB_SECONDS = 1.0


@solvers.register("decompose")
def solve(instance: Instance, budget: Budget, seed: int = 0, initial=None, progress=None, sub: str | None = None,
          size: int = SIZE, workers: int = 1, **options) -> list[list[int]]:
    """Improve routes group by group with method ``sub`` until the budget ends.

    Parameters
    ----------
    instance
        A CVRP or VRPTW with coordinates (no depots, vehicle types, ...).
    budget
        The call's budget; with iterations only, an iteration is one
        sub-solve (each of :data:`SUB_ITERATIONS` iterations of ``sub``).
    seed
        Random seed of the grouping and of every sub-solve.
    initial
        Optional routes to start from (client ids ``1..n``).
    progress
        Optional callback ``progress(elapsed_s, cost)`` after every improvement.
    sub
        Method for the sub-problems; default: the GA for a CVRP sub-problem
        given under :data:`SHORT_SUB_SECONDS`, else the default method of
        their kind.
    size
        Clients per sub-problem.
    workers
        Sub-problems solved at once, each in its own process (wall-clock
        time limits only); the groups of a round are disjoint, so with an
        iteration budget the routes are those of one worker.
    **options
        Passed to every sub-solve.
    """
    _refuse(instance, sub, size, workers)
    budget = Budget.coerce(budget)
    if workers > 1 and budget.clock != "wall":
        raise InputError("decompose: workers > 1 needs a wall-clock time limit (a process clock does not "
                         "count the workers' CPU seconds)")
    rng = np.random.default_rng(seed)
    state = _Routes(instance, check_initial(instance, initial) or _start(instance))
    if progress is not None:
        progress(budget.elapsed(), state.total)
    solves = 0
    with _pool(workers) as pool:
        while not budget.done(iteration=solves):
            groups = _groups(instance, state.by_key, size, int(rng.integers(len(state.by_key))))
            for k in range(0, len(groups), workers):
                batches_left = math.ceil((len(groups) - k) / workers)
                jobs = _jobs(instance, state, groups[k:k + workers], budget, batches_left, solves)
                if not jobs:
                    return state.routes
                for job, found in zip(jobs, _run(pool, jobs, sub, seed, budget, options)):
                    solves += 1
                    if found is not None and state.replace(job.group, found) and progress is not None:
                        progress(budget.elapsed(), state.total)
    return state.routes


def _variant(name: str, sub: str, size: int, doc: str):
    """Register ``name``: :func:`solve` with its own sub-method and size."""

    def run(instance: Instance, budget: Budget, seed: int = 0, initial=None, progress=None, **options):
        options = {"sub": sub, "size": size, **options}
        return solve(instance, budget, seed=seed, initial=initial, progress=progress, **options)

    run.__doc__ = doc
    return solvers.register(name)(run)


#: the GA on every sub-problem
solve_ga = _variant("decompose-ga", "ga", SIZE, "Decomposition with the GA on sub-problems of 400 clients.")

#: the shipped neural policy (trained at 50-100 nodes) on sub-problems of its size, from the group's routes
solve_neural = _variant("decompose-neural", "neural", 100,
                        "Decomposition with the neural policy on sub-problems of 100 clients (its training "
                        "size); a group keeps its routes where the policy's are not cheaper.")


def _refuse(instance: Instance, sub: str | None, size: int, workers: int) -> None:
    if instance.problem == "atsp":
        raise InputError("decompose: an ATSP/TSP is one tour, there are no routes to group")
    if instance.coords is None:
        raise InputError("decompose: the instance has no coordinates to group routes by")
    if sub == "decompose":
        raise InputError("decompose: sub must be another method")
    if isinstance(size, bool) or not isinstance(size, int) or size < 2:
        raise InputError(f"decompose: size must be an integer of at least 2, got {size!r}")
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise InputError(f"decompose: workers must be a positive integer, got {workers!r}")


def _start(instance: Instance) -> list[list[int]]:
    """Sweep routes (capacity-feasible) for a CVRP, one route per client for a VRPTW."""
    if instance.time_windows is None:
        return sweep(instance)
    return [[int(c)] for c in instance.clients]


def _groups(instance: Instance, routes: dict[int, list[int]], size: int, start: int) -> list[list[int]]:
    """Route keys in order of their barycentre's polar angle, from the
    ``start``-th on, cut into groups of at least ``size`` clients (the last
    group takes what is left)."""
    keys = list(routes)
    order = np.argsort(route_angles([routes[k] for k in keys], instance.coords, offset=0), kind="stable")
    order = [keys[i] for i in np.roll(order, -start)]
    groups, group, count = [], [], 0
    for i in order:
        group.append(i)
        count += len(routes[i])
        if count >= size:
            groups.append(group)
            group, count = [], 0
    if group:
        groups.append(group)
    return groups


def _seconds(budget: Budget, groups_left: int, clients: int) -> float | None:
    """Seconds for the next sub-solve: an equal share of what is left for the
    round, at most :data:`SECONDS_PER_CLIENT` per client; ``None`` when
    too little is left (or ``inf``: iterations only)."""
    if budget.time_limit is None:
        return math.inf
    left = budget.remaining()
    share = min(left / groups_left, SECONDS_PER_CLIENT * clients)
    share = max(share, min(MIN_SECONDS, left))
    return share if share >= MIN_SECONDS else None


@dataclass
class _Job:
    """One sub-problem: the route keys it replaces, the sub-instance, its
    node ids in the instance, its start routes (local ids) and its seconds."""

    group: list[int]
    part: Instance
    nodes: np.ndarray
    start: list[list[int]]
    seconds: float
    seed: int


def _jobs(instance: Instance, state: _Routes, groups: list[list[int]], budget: Budget, batches_left: int,
          solves: int) -> list[_Job]:
    """The sub-problems of ``groups`` that the budget still has time for."""
    jobs = []
    for group in groups:
        routes = [state.by_key[key] for key in group]
        seconds = _seconds(budget, batches_left, sum(map(len, routes)))
        if seconds is None or budget.done(iteration=solves + len(jobs)):
            break
        nodes = np.array([0] + [c for r in routes for c in r])
        fleet = None if instance.num_vehicles is None else len(routes)
        part = instance.subset(nodes, name=f"{instance.name}-part", num_vehicles=fleet)
        local = {int(c): k for k, c in enumerate(nodes)}
        jobs.append(_Job(group, part, nodes, [[local[c] for c in r] for r in routes], seconds, solves + len(jobs)))
    return jobs


def _run(pool, jobs: list[_Job], sub: str | None, seed: int, budget: Budget, options: dict):
    """Each job's routes in the instance's ids when feasible, else ``None``;
    what a worker returns is checked here."""
    calls = []
    for job in jobs:
        limits = {"time_limit": job.seconds, "clock": budget.clock} if budget.time_limit is not None else \
            {"iterations": SUB_ITERATIONS}
        args = (job.part, job.start, sub or _sub_method(job), seed + job.seed, limits, options)
        calls.append(pool.submit(solve_part, *args) if pool is not None else args)
    for job, call in zip(jobs, calls):
        routes = call.result() if pool is not None else solve_part(*call)  # here: already checked
        if routes is None or (pool is not None and not check(job.part, routes).feasible):
            yield None
        else:
            yield [[int(job.nodes[c]) for c in r] for r in routes if len(r)]


def _sub_method(job: _Job) -> str:
    """The method of a sub-problem when none is named (see :data:`SHORT_SUB_SECONDS`)."""
    if job.part.kind == "CVRP" and job.seconds < SHORT_SUB_SECONDS:
        return "ga"
    return default_method(job.part, decompose=False)  # a group of 500 clients or more is solved whole


def solve_part(part: Instance, start: list[list[int]], method: str, seed: int, limits: dict,
               options: dict) -> list[list[int]] | None:
    """Solve one sub-problem from ``start`` (in a worker or here); its routes, ``None`` when infeasible."""
    with warnings.catch_warnings():  # a sub-solve's answer is used only when feasible and cheaper
        warnings.simplefilter("ignore")
        sol = solve_instance(part, method=method, seed=seed, initial=start, **limits, **options)
    return sol.routes if sol.feasible else None


@contextlib.contextmanager
def _pool(workers: int):
    """A process pool of ``workers`` (``None`` for one: solve here)."""
    if workers == 1:
        yield None
        return
    with cf.ProcessPoolExecutor(max_workers=workers, mp_context=pool_context()) as pool:
        yield pool


class _Routes:
    """The current routes by key, with their costs (distance, from the instance's matrix)."""

    def __init__(self, instance: Instance, routes: list[list[int]]):
        self.instance = instance
        self.by_key: dict[int, list[int]] = {}
        self.costs: dict[int, float] = {}
        self.next_key = 0
        self._add([list(map(int, r)) for r in routes if len(r)])

    @property
    def routes(self) -> list[list[int]]:
        return list(self.by_key.values())

    @property
    def total(self) -> float:
        return float(sum(self.costs.values()))

    def _cost(self, route: list[int]) -> float:
        path = np.array([0, *route, 0])
        return float(self.instance.distance[path[:-1], path[1:]].sum())

    def _add(self, routes: list[list[int]], costs: list[float] | None = None) -> None:
        for r, c in zip(routes, costs or [self._cost(r) for r in routes]):
            self.by_key[self.next_key] = r
            self.costs[self.next_key] = c
            self.next_key += 1

    def replace(self, group: list[int], routes: list[list[int]]) -> bool:
        """Put ``routes`` in place of the routes keyed ``group`` when cheaper; whether they were."""
        costs = [self._cost(r) for r in routes]
        if sum(costs) >= sum(self.costs[k] for k in group) - 1e-9:
            return False
        for k in group:
            del self.by_key[k], self.costs[k]
        self._add(routes, costs)
        return True
