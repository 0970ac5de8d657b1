"""A hybrid genetic search (HGS-style) over PyVRP's C++ local search: ``"ga"``.

The algorithm keeps a population split in a feasible and an infeasible
sub-population.  Each generation step picks two parents by binary tournament
on a *biased fitness* (rank by penalised cost plus rank by diversity, the
broken-pairs distance to the closest members), recombines them with the
selective route exchange crossover (SREX; an ordered crossover when the fleet
is a single vehicle, as in the ATSP), and educates the offspring with a full
run of :class:`pyvrp.search.LocalSearch` followed by a few of its
perturb-and-search steps (as in PyVRP's iterated local search).  Capacity and
time-window violations are priced by a :class:`pyvrp.PenaltyManager` whose
penalties adapt to the share of feasible offspring; infeasible offspring are
repaired with boosted penalties.  A sub-population that grows past ``min_pop_size +
generation_size`` is culled to ``min_pop_size`` by fitness, clones first.
After ``num_iters_no_improvement`` steps without a new best solution the
population restarts (the best solution is kept apart).

:class:`GeneticAlgorithm` holds the state of one search (in the manner of
PyVRP's ``GeneticAlgorithm`` and ``IteratedLocalSearch``) and has the steps
as methods:

- :meth:`~GeneticAlgorithm.initialise` builds the initial population from
  the seeds (:meth:`~GeneticAlgorithm.seed_solutions`) and random solutions
  (:meth:`~GeneticAlgorithm.fill`);
- :meth:`~GeneticAlgorithm.educate` runs the local search,
  :meth:`~GeneticAlgorithm.intensify` (perturb-and-search steps) and
  :meth:`~GeneticAlgorithm.repair` (boosted penalties);
- :meth:`~GeneticAlgorithm.select` picks the parents,
  :meth:`~GeneticAlgorithm.crossover` recombines them,
  :meth:`~GeneticAlgorithm.step` is one generation step and
  :meth:`~GeneticAlgorithm.restart` replaces the population;
- :meth:`~GeneticAlgorithm.run` runs it all within the budget and
  :meth:`~GeneticAlgorithm.finish` returns the :class:`GAResult`.

:func:`genetic_algorithm` builds and runs one, also for :mod:`nco.earli`,
which refines solutions sampled from a neural policy; :func:`solve` is the
solver registered as ``"ga"``.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field

import numpy as np
import pyvrp
from pyvrp import CostEvaluator, PenaltyManager, PenaltyParams, RandomNumberGenerator
from pyvrp import Solution as PyVRPSolution
from pyvrp.search import (
    OPERATORS,
    LocalSearch,
    PerturbationManager,
)

from nco import solvers
from nco.budget import Budget
from nco.errors import InputError
from nco.instance import Instance
from nco.solution import layout
from nco.solvers.atsp import patched_assignment
from nco.solvers.construct import route_angles
from nco.solvers.pyvrp_solver import problem_data as pyvrp_problem_data
from nco.solvers.pyvrp_solver import rich_problem_data, scaled_penalties, typed_routes_of

__all__ = ["LARGE_CVRP", "GAParams", "GAResult", "GeneticAlgorithm", "PyVRPProblem", "atsp_seed", "genetic_algorithm",
           "ils_steps", "initial_penalties", "local_search", "neighbours", "problem_data", "scaled_params", "solve"]


# ---------------------------------------------------------------------------
# Parameters
# ---------------------------------------------------------------------------
@dataclass
class GAParams:
    """Parameters of the genetic algorithm.

    Parameters
    ----------
    min_pop_size
        Size of each sub-population after survivor selection.
    generation_size
        How far a sub-population may grow past ``min_pop_size`` before
        survivor selection culls it back.
    num_elite
        Number of elite individuals whose fitness is dominated by cost.
    num_close
        Number of closest individuals averaged for the diversity term.
    lb_diversity, ub_diversity
        Bounds in ``[0, 1]`` on the broken-pairs distance between two parents
        (a second parent outside them is redrawn, a few times at most).
    repair_probability
        Probability of repairing an infeasible offspring with boosted
        penalties.
    repair_booster
        Factor on the penalties used for the repair.
    num_iters_no_improvement
        Generation steps without a new best solution before a restart.
    num_neighbours
        Size of the granular neighbourhood of each client in the local
        search; ``None``: :func:`scaled_params` chooses (40, or 20 on a
        symmetric CVRP of :data:`LARGE_CVRP` clients or more).
    init_pop_size
        Number of individuals the initial population aims for (seeds
        first, then random educated solutions); ``None``: 10, or 2 with a
        single vehicle (ATSP), where random tours are poor and slow to
        educate (measured on ftv70 and ftv170, see ``docs/earli.md``).
    init_time_share
        Share of the time budget that the construction of the initial
        population may take; the search starts with what was built by then
        (at least two individuals when time allows).
    ils_steps
        Perturb-and-search steps of the local search (as in PyVRP's iterated
        local search) after each education, keeping no-worse candidates;
        ``None``: :func:`scaled_params` chooses (:func:`ils_steps`: 20 up
        to 100 clients, more on larger instances).
    penalty
        Parameters of PyVRP's penalty manager; ``None`` uses GA-tuned values
        (penalties updated every 50 registrations).
    """

    min_pop_size: int = 10
    generation_size: int = 20
    num_elite: int = 4
    num_close: int = 5
    lb_diversity: float = 0.1
    ub_diversity: float = 0.5
    repair_probability: float = 0.8
    repair_booster: float = 10.0
    num_iters_no_improvement: int = 20_000
    num_neighbours: int | None = None
    init_pop_size: int | None = None
    init_time_share: float = 0.1
    ils_steps: int | None = None
    penalty: PenaltyParams | None = None

    def __post_init__(self):
        if self.min_pop_size < 2:
            raise ValueError("min_pop_size must be at least 2.")
        if self.generation_size < 1:
            raise ValueError("generation_size must be at least 1.")
        if not 0 <= self.num_elite <= self.min_pop_size:
            raise ValueError("num_elite must be in [0, min_pop_size].")
        if self.num_close < 1:
            raise ValueError("num_close must be at least 1.")
        if not 0.0 <= self.lb_diversity <= self.ub_diversity <= 1.0:
            raise ValueError("need 0 <= lb_diversity <= ub_diversity <= 1.")
        if not 0.0 <= self.repair_probability <= 1.0:
            raise ValueError("repair_probability must be in [0, 1].")
        if self.repair_booster < 1.0:
            raise ValueError("repair_booster must be at least 1.")
        if self.num_iters_no_improvement < 1:
            raise ValueError("num_iters_no_improvement must be at least 1.")
        if self.num_neighbours is not None and self.num_neighbours < 1:
            raise ValueError("num_neighbours must be at least 1.")
        if self.init_pop_size is not None and self.init_pop_size < 1:
            raise ValueError("init_pop_size must be at least 1.")
        if self.ils_steps is not None and self.ils_steps < 0:
            raise ValueError("ils_steps must be non-negative.")
        if not 0.0 < self.init_time_share <= 1.0:
            raise ValueError("init_time_share must be in (0, 1].")
        if self.penalty is None:
            self.penalty = PenaltyParams(solutions_between_updates=50, penalty_increase=1.25,
                                         penalty_decrease=0.85, target_feasible=0.43)


#: Clients from which a symmetric CVRP counts as large for :func:`scaled_params`.
LARGE_CVRP = 300


def scaled_params(params: GAParams, instance: Instance) -> GAParams:
    """``params`` with the sizes left at ``None`` chosen for ``instance``.

    On a symmetric CVRP of :data:`LARGE_CVRP` clients or more the granular
    neighbourhood is 20 (as in HGS-CVRP) instead of 40.  There a full local
    search of every offspring over 40 neighbours took most of the time
    (about 120 offspring in 10 CPU s at 716 clients), and the population
    barely evolved: on the dev half of the X instances with 300-1000
    clients (``configs/bench/cvrp-x-dev.yaml``, 10 CPU s, one seed) the
    mean gap to the best-known cost was 2.78 % with 40 neighbours and 20
    perturb-and-search steps, 2.17 % with 20 and 40 and 2.45 % for PyVRP's
    ILS (``docs/benchmarks.md``); on the held-out half the gain was smaller
    (2.13 -> 2.08 % at 10 s, 3.19 -> 3.08 % at 2 s, one seed).  Elsewhere
    (VRPTW, asymmetric matrices, one vehicle, fewer clients) the
    neighbourhood stays 40.  The perturb-and-search steps after each
    education grow with the instance on every problem (:func:`ils_steps`).
    """
    large = instance.kind == "CVRP" and instance.n_clients >= LARGE_CVRP and instance.num_vehicles != 1
    size = {}
    if params.num_neighbours is None:
        size["num_neighbours"] = 20 if large else 40
    if params.ils_steps is None:
        size["ils_steps"] = ils_steps(instance.n_clients)
    return dataclasses.replace(params, **size) if size else params


def ils_steps(n_clients: int) -> int:
    """Perturb-and-search steps after each education: 20 up to 100 clients,
    then ``20 (n / 100) ** 1.5`` (108 at 307 clients, 224 at 500, 632 at
    1000).

    A step searches around the clients a perturbation moved; a full local
    search of an offspring goes over all of them.  At 500 clients one full
    search costs about as much as 20 steps, and 2 CPU s left the GA about
    35 offspring with 20 steps: the population hardly evolves, and more
    steps per offspring do more for the best solution.  Paired against 20
    steps on development sets drawn from the training cities (8 instances,
    seed 0, CPU seconds, ``benchmarks/earli/tune_ga.py``, commands in
    ``docs/results/earli/ils-steps.md``), at 500 clients and 2 s:

    ===========  =====  =====  =====  ===============
    steps        100    200    400    this rule (224)
    ===========  =====  =====  =====  ===============
    ACVRPTW      -2.5   -3.1   -3.7   -2.9 %
    ACVRP        -2.7   -3.2   -3.2   -3.1 %
    ===========  =====  =====  =====  ===============

    The rule: ATSP -2.8 % at 500 nodes; ACVRPTW -1.3 % (SE 0.6) at 10 s;
    at 200 clients level (ACVRPTW -0.7, ACVRP +0.4, ATSP -0.3 %, standard
    errors 0.3-0.5).  On the X instances with 300-856 clients of
    ``configs/bench/cvrp-x-dev.yaml`` (every other one, 7), against the 40
    steps used there before: -0.5 % (SE 0.2) at 2 s, +0.1 % (SE 0.2) at
    10 s; on XL-n2000 and XL-n5000 -0.7 % at 10 s.  The exponent 1.5 puts
    500 clients near the best of the counts scanned there; the rule is not
    fitted further.
    """
    return round(20 * max(1.0, n_clients / 100) ** 1.5)


# ---------------------------------------------------------------------------
# Instance -> pyvrp.ProblemData
# ---------------------------------------------------------------------------
@dataclass
class PyVRPProblem:
    """An :class:`nco.Instance` as PyVRP data (the conversion of
    :func:`solvers.pyvrp_solver.problem_data`), with the distance scale
    that maps PyVRP costs back to the instance's units."""

    data: pyvrp.ProblemData
    dist_scale: float
    n_clients: int
    coords: np.ndarray | None = None
    num_depots: int = 1
    rich: bool = False


def problem_data(instance: Instance) -> PyVRPProblem:
    """Convert an instance to PyVRP data; client ``k`` of PyVRP is node
    ``k + num_depots``.  An instance with rich fields (depots, vehicle
    types, pickups, ...) takes :func:`solvers.pyvrp_solver.rich_problem_data`,
    and ``dist_scale`` is then its cost scale."""
    if instance.fields_used():
        data, rd = rich_problem_data(instance)
        return PyVRPProblem(data, float(rd.cost_scale), instance.n_clients, instance.coords,
                            num_depots=instance.num_depots, rich=True)
    data, idata = pyvrp_problem_data(instance)
    return PyVRPProblem(data, float(idata.dist_scale), instance.n_clients, instance.coords)


def objective(sol: PyVRPSolution) -> float:
    """PyVRP's cost of ``sol`` without penalties: distance and duration
    costs, fixed vehicle costs and the prizes of the clients left out."""
    return sol.distance_cost() + sol.duration_cost() + sol.fixed_vehicle_cost() + sol.uncollected_prizes()


def neighbours(instance: Instance, p: PyVRPProblem, k: int) -> dict:
    """Granular neighbourhood: the ``k`` nearest clients of each client.

    Proximity as in hybrid genetic search (Vidal, 2022): travel cost plus
    0.2 times the wait and 1.0 times the time warp that visiting ``j`` right
    after ``i`` implies, taken symmetric (the smaller of both directions).
    Computed with numpy, inside the time limit, instead of
    :func:`pyvrp.search.compute_neighbours`, which took a large part of a
    one-second budget at 1000 clients.
    """
    n = p.n_clients
    data = p.data
    cl_ = slice(p.num_depots, p.num_depots + n)
    dist = np.asarray(data.distance_matrix(0), dtype=np.float64)[cl_, cl_]
    prox = dist.copy()
    if instance.time_windows is not None:
        dur = np.asarray(data.duration_matrix(0), dtype=np.float64)[cl_, cl_]
        cl = data.clients()
        early = np.array([c.tw_early for c in cl], dtype=np.float64)
        late = np.array([c.tw_late for c in cl], dtype=np.float64)
        serv = np.array([c.service_duration for c in cl], dtype=np.float64)
        wait = np.maximum(early[None, :] - dur - serv[:, None] - late[:, None], 0.0)
        warp = np.maximum(early[:, None] + serv[:, None] + dur - late[None, :], 0.0)
        prox = prox + 0.2 * wait + 1.0 * warp
    prox = np.minimum(prox, prox.T)
    np.fill_diagonal(prox, np.inf)
    k = max(1, min(k, n - 1))
    if n == 1:
        nearest = np.zeros((1, 0), dtype=np.int64)
    else:
        part = np.argpartition(prox, k - 1, axis=1)[:, :k]
        order = np.argsort(np.take_along_axis(prox, part, axis=1), axis=1, kind="stable")
        nearest = np.take_along_axis(part, order, axis=1)
    kind = pyvrp.ActivityType.CLIENT
    acts = [pyvrp.Activity(kind, i) for i in range(n)]
    return {acts[i]: [acts[j] for j in row] for i, row in enumerate(nearest.tolist())}


# ---------------------------------------------------------------------------
# Individuals and population
# ---------------------------------------------------------------------------
def _routes_of(sol: PyVRPSolution) -> list[list[int]]:
    """PyVRP client indices (0..n-1) per non-empty route."""
    return [[a.idx for a in r if a.is_client()] for r in sol.routes()]


class _Individual:
    __slots__ = ("sol", "routes", "types", "succ", "pred", "feasible", "distance", "excess_load", "excess_loads",
                 "time_warp", "excess_distance")

    def __init__(self, sol: PyVRPSolution, n: int, cost=PyVRPSolution.distance):
        self.sol = sol
        self.routes = _routes_of(sol)
        self.types = [r.vehicle_type() for r in sol.routes()]
        # succ/pred over nodes 0..n (0 = depot) for the broken-pairs distance
        succ = np.zeros(n + 1, dtype=np.int32)
        pred = np.zeros(n + 1, dtype=np.int32)
        for r in self.routes:
            nodes = np.asarray(r, dtype=np.int32) + 1
            succ[nodes[:-1]] = nodes[1:]
            pred[nodes[1:]] = nodes[:-1]
        self.succ = succ
        self.pred = pred
        self.feasible = sol.is_feasible()
        self.distance = cost(sol)  # the objective (the distance on a classic instance)
        self.excess_loads = np.asarray(sol.excess_load(), dtype=np.float64)  # per dimension
        self.excess_load = sum(sol.excess_load())
        self.time_warp = sol.time_warp()
        self.excess_distance = sol.excess_distance()


def broken_pairs_distance(a: _Individual, b: _Individual) -> float:
    """Share of clients whose neighbours differ between ``a`` and ``b``
    (Prins' broken-pairs distance, in ``[0, 1]``)."""
    return float(_bpd(a.succ, a.pred, b.succ[None], b.pred[None])[0])


def _bpd(sa, pa, sb, pb) -> np.ndarray:
    """Broken-pairs distances of one solution (``sa``, ``pa``) to each row of
    ``sb``, ``pb``."""
    sa, pa, sb, pb = sa[1:], pa[1:], sb[:, 1:], pb[:, 1:]
    broken = (sa != sb) & (sa != pb)
    broken_depot = (pa == 0) & (pb != 0) & (sb != 0)
    return (broken.sum(axis=1) + broken_depot.sum(axis=1)) / max(1, sa.size)


class _SubPopulation:
    """Individuals with their pairwise broken-pairs distances and fitness."""

    def __init__(self, params: GAParams, n: int):
        self.params = params
        cap = params.min_pop_size + params.generation_size + 2
        self.items: list[_Individual] = []
        self.succ = np.zeros((cap, n + 1), dtype=np.int32)
        self.pred = np.zeros((cap, n + 1), dtype=np.int32)
        self.dist = np.full((cap, cap), np.inf)
        self.fitness = np.zeros(0)

    def __len__(self):
        return len(self.items)

    def add(self, ind: _Individual, penalties):
        k = len(self.items)
        if k:
            d = _bpd(ind.succ, ind.pred, self.succ[:k], self.pred[:k])
            self.dist[k, :k] = d
            self.dist[:k, k] = d
        self.succ[k] = ind.succ
        self.pred[k] = ind.pred
        self.items.append(ind)
        if len(self.items) > self.params.min_pop_size + self.params.generation_size:
            self.survivors(penalties)

    def remove(self, k: int):
        last = len(self.items) - 1
        if k != last:  # move the last one into slot k
            self.items[k] = self.items[last]
            self.succ[k] = self.succ[last]
            self.pred[k] = self.pred[last]
            self.dist[k, :] = self.dist[last, :]
            self.dist[:, k] = self.dist[:, last]
            self.dist[k, k] = np.inf
        self.items.pop()
        self.dist[last, :] = np.inf
        self.dist[:, last] = np.inf

    def update_fitness(self, penalties):
        size = len(self.items)
        if size == 0:
            self.fitness = np.zeros(0)
            return
        loads, tw_pen, dist_pen = penalties
        costs = np.array([i.distance + float(np.dot(loads, i.excess_loads)) + tw_pen * i.time_warp
                          + dist_pen * i.excess_distance for i in self.items])
        cost_rank = np.empty(size)
        cost_rank[np.argsort(costs, kind="stable")] = np.arange(size)
        if size > 1:
            m = min(self.params.num_close, size - 1)
            d = self.dist[:size, :size]
            closest = np.partition(d, m - 1, axis=1)[:, :m] if m < size else d
            div = -closest.mean(axis=1)
        else:
            div = np.zeros(1)
        div_rank = np.empty(size)
        div_rank[np.argsort(div, kind="stable")] = np.arange(size)
        weight = 1.0 - min(self.params.num_elite, size) / size
        self.fitness = (cost_rank + weight * div_rank) / (2 * size)

    def survivors(self, penalties):
        while len(self.items) > self.params.min_pop_size:
            self.update_fitness(penalties)
            size = len(self.items)
            clones = np.flatnonzero((self.dist[:size, :size] == 0.0).any(axis=1))
            pool = clones if clones.size else np.arange(size)
            self.remove(int(pool[np.argmax(self.fitness[pool])]))


class _Population:
    def __init__(self, params: GAParams, rng: np.random.Generator, n: int):
        self.params = params
        self.rng = rng
        self.n = n
        self.clear()

    def __len__(self):
        return len(self.feas) + len(self.infeas)

    def add(self, ind: _Individual, penalties):
        (self.feas if ind.feasible else self.infeas).add(ind, penalties)

    def clear(self):
        self.feas = _SubPopulation(self.params, self.n)
        self.infeas = _SubPopulation(self.params, self.n)

    def _pick(self) -> tuple[_Individual, float]:
        """A uniformly random individual of either sub-population, with its fitness."""
        n_f = len(self.feas)
        k = int(self.rng.integers(len(self)))
        if k < n_f:
            return self.feas.items[k], self.feas.fitness[k]
        k -= n_f
        return self.infeas.items[k], self.infeas.fitness[k]

    def _tournament(self) -> _Individual:
        """The fitter of two random individuals (binary tournament)."""
        a, fa = self._pick()
        b, fb = self._pick()
        return a if fa < fb else b

    def select(self, penalties) -> tuple[_Individual, _Individual]:
        self.feas.update_fitness(penalties)
        self.infeas.update_fitness(penalties)
        first = self._tournament()
        second = self._tournament()
        for _ in range(10):
            d = broken_pairs_distance(first, second)
            if self.params.lb_diversity <= d <= self.params.ub_diversity:
                break
            second = self._tournament()
        return first, second


# ---------------------------------------------------------------------------
# Crossover
# ---------------------------------------------------------------------------
def _window_clients(routes: list[list[int]], start: int, k: int) -> set[int]:
    """Clients of the ``k`` consecutive routes from ``start`` (cyclically)."""
    out = set()
    for r in range(k):
        out.update(routes[(start + r) % len(routes)])
    return out


def _window_difference(a: list[list[int]], b: list[list[int]], start_a: int, start_b: int, k: int) -> int:
    """Number of clients in exactly one of the windows of ``k`` routes of
    ``a`` from ``start_a`` and of ``b`` from ``start_b``."""
    return len(_window_clients(a, start_a, k) ^ _window_clients(b, start_b, k))


def srex(a: list[list[int]], b: list[list[int]], rng: np.random.Generator,
         xy: np.ndarray | None, offset: int = 1, types=None) -> tuple:
    """Selective route exchange crossover (Nagata and Kobayashi, 2010).

    Routes of both parents are ordered by the polar angle of their centroid;
    a window of consecutive routes of ``b`` replaces a window of the same
    size in ``a``, the windows moved so that they share as many clients as
    possible.  Returns two offspring: in the first the moved routes are kept
    whole and their clients are removed from the rest of ``a``; in the
    second the rest of ``a`` is kept whole and the moved routes lose the
    clients it already serves.  Clients of ``a``'s window that are in neither
    are left out (the local search inserts them).

    With ``types`` (the vehicle type of each route of ``a`` and of ``b``)
    each offspring is a pair: its routes and the type of each (the type of
    the parent route it comes from).
    """
    ta, tb = types if types is not None else ([0] * len(a), [0] * len(b))
    a, ta = _by_angle(a, ta, xy, offset)
    b, tb = _by_angle(b, tb, xy, offset)
    na, nb = len(a), len(b)
    k = int(rng.integers(1, min(na, nb) + 1))
    start_a = int(rng.integers(na))
    start_b = int(rng.integers(nb))
    best = _window_difference(a, b, start_a, start_b, k)
    for _ in range(max(na, nb)):
        moves = [((start_a + da) % na, (start_b + db) % nb) for da, db in ((1, 0), (-1, 0), (0, 1), (0, -1))]
        scores = [_window_difference(a, b, sa, sb, k) for sa, sb in moves]
        j = int(np.argmin(scores))
        if scores[j] >= best:
            break
        best = scores[j]
        start_a, start_b = moves[j]

    sel_a = {(start_a + r) % na for r in range(k)}
    sel_b = [b[(start_b + r) % nb] for r in range(k)]
    t_sel_b = [tb[(start_b + r) % nb] for r in range(k)]
    in_b = set().union(*map(set, sel_b))
    rest_a = [a[r] for r in range(na) if r not in sel_a]
    t_rest_a = [ta[r] for r in range(na) if r not in sel_a]
    in_rest = set().union(*map(set, rest_a)) if rest_a else set()

    child1 = [[c for c in r if c not in in_b] for r in rest_a] + [list(r) for r in sel_b]
    child2 = [list(r) for r in rest_a] + [[c for c in r if c not in in_rest] for r in sel_b]
    kids = [_nonempty(child, t_rest_a + t_sel_b) for child in (child1, child2)]
    return tuple(kids) if types is not None else tuple(routes for routes, _ in kids)


def _by_angle(routes: list[list[int]], types: list[int], xy: np.ndarray | None, offset: int):
    """The non-empty routes and their types, ordered by :func:`~nco.solvers.construct.route_angles`."""
    keep = [k for k, r in enumerate(routes) if r]
    routes = [routes[k] for k in keep]
    types = [types[k] for k in keep]
    order = np.argsort(route_angles(routes, xy, offset), kind="stable")
    return [routes[k] for k in order], [types[k] for k in order]


def _nonempty(routes: list[list[int]], types: list[int]) -> tuple[list[list[int]], list[int]]:
    """The non-empty routes and their types."""
    keep = [k for k, r in enumerate(routes) if r]
    return [routes[k] for k in keep], [types[k] for k in keep]


def fit_types(types: list[int], available: list[int]) -> list[int]:
    """``types`` with the routes beyond a type's ``available`` vehicles
    moved to the first types with vehicles left (routes that fit keep
    their type)."""
    left = list(available)
    out = []
    for t in types:
        out.append(t if left[t] > 0 else -1)
        left[t] -= 1
    for k, t in enumerate(out):
        if t < 0:
            free = next(j for j, m in enumerate(left) if m > 0)
            out[k] = free
            left[free] -= 1
    return out


def _common_tours(a: list[list[int]], b: list[list[int]]) -> tuple[list[int], list[int]]:
    """The giant tours of ``a`` and ``b`` over the clients both visit (all
    clients but optional ones left out by either)."""
    ta = [c for r in a for c in r]
    tb = [c for r in b for c in r]
    if len(ta) == len(tb) and set(ta) == set(tb):
        return ta, tb
    common = set(ta) & set(tb)
    return [c for c in ta if c in common], [c for c in tb if c in common]


def ordered_crossover(a: list[int], b: list[int], rng: np.random.Generator) -> list[int]:
    """Ordered crossover (OX) of two giant tours: a slice of ``a`` kept in
    place, the other clients in the order of ``b``."""
    n = len(a)
    if n < 3:
        return list(a)
    i, j = sorted(int(x) for x in rng.choice(n, size=2, replace=False))
    keep = a[i : j + 1]
    kept = set(keep)
    rest = [c for c in b[j + 1 :] + b[: j + 1] if c not in kept]
    child = [None] * n
    child[i : j + 1] = keep
    pos = (j + 1) % n
    for c in rest:
        child[pos] = c
        pos = (pos + 1) % n
    return child


# ---------------------------------------------------------------------------
# The engine
# ---------------------------------------------------------------------------
@dataclass
class GAResult:
    """Routes (client ids ``1..n``) of the best solution and search statistics."""

    routes: list[list[int]]
    feasible: bool
    cost: float
    iterations: int = 0
    restarts: int = 0
    seeds_used: int = 0
    init_time_s: float = 0.0
    trace: list[tuple[float, float]] = field(default_factory=list)


def initial_penalties(p: PyVRPProblem, instance: Instance):
    """Starting penalties in PyVRP units: a unit of excess load (time warp)
    costs ten average edges per average demand (travel time).  Lower
    starting values left the first educated seeds infeasible for the first
    seconds on X instances; the penalty manager adapts them from there."""
    d = p.data.distance_matrix(0)
    avg_cost = float(d.mean()) if d.size else 1.0
    loads = []
    for dim in range(p.data.num_load_dimensions):
        dem = np.array([max(c.delivery[dim], c.pickup[dim]) for c in p.data.clients()], dtype=np.float64)
        loads.append(max(0.1, 10.0 * avg_cost / max(1.0, float(dem.mean()))))
    t = p.data.duration_matrix(0)
    timed = instance.time_windows is not None or p.rich
    tw = max(0.1, 10.0 * avg_cost / max(1.0, float(t.mean()))) if timed else 1.0
    return loads, tw, 1.0


def penalty_bounds(params: PenaltyParams, p: PyVRPProblem) -> PenaltyParams:
    """``params`` with the penalty bounds scaled with the costs on a rich
    instance (as :func:`solvers.pyvrp_solver.solve` does there: its costs
    are scaled to entries near 10^6, where PyVRP's bounds suit 10^4)."""
    if not p.rich:
        return params
    return scaled_penalties(params, max(float(np.max(p.data.distance_matrix(k))) for k in range(p.data.num_profiles)))


def local_search(instance: Instance, p: PyVRPProblem, rng: RandomNumberGenerator,
                 num_neighbours: int = 40) -> LocalSearch:
    """PyVRP's local search with every operator that applies to the data,
    over the granular neighbourhood of :func:`neighbours`."""
    ls = LocalSearch(p.data, rng, neighbours(instance, p, num_neighbours), PerturbationManager())
    for op in OPERATORS:
        if op.supports(p.data):
            ls.add_operator(op(p.data))
    return ls


def to_client_routes(routes) -> list[list[int]]:
    """Node ids ``1..n`` to PyVRP client indices ``0..n-1`` (and back with
    :func:`to_node_routes`)."""
    return [[int(v) - 1 for v in r] for r in routes if len(r)]


def to_node_routes(routes) -> list[list[int]]:
    return [[int(v) + 1 for v in r] for r in routes if len(r)]


def _valid_routes(routes, n: int, fleet: int, offset: int = 1) -> list[list[int]] | None:
    """Routes (node ids ``1..n``) as PyVRP client indices that form a PyVRP
    solution: unknown ids and repeated visits are dropped, and while there
    are more routes than vehicles the two shortest are joined (the local
    search then repairs what that breaks).  ``None`` when nothing is left."""
    seen: set[int] = set()
    rr = []
    try:
        for r in routes:
            kept = []
            for v in r:
                c = int(v) - offset
                if 0 <= c < n and c not in seen:
                    seen.add(c)
                    kept.append(c)
            if kept:
                rr.append(kept)
    except (TypeError, ValueError):
        return None
    while len(rr) > fleet:
        rr.sort(key=len)
        rr = [rr[0] + rr[1]] + rr[2:]
    return rr or None


def _crossover_layout(instance: Instance, p: PyVRPProblem, single: bool) -> np.ndarray | None:
    """Node positions that order routes for :func:`srex`: the coordinates,
    else a layout from the distances (none with a single vehicle, where the
    ordered crossover needs none)."""
    if p.coords is not None:
        return p.coords
    if not single and p.n_clients > 1:
        return layout(instance)
    return None


def _random_data(data: pyvrp.ProblemData, fleet: int) -> pyvrp.ProblemData:
    """The data with a fleet of about as many vehicles as the load needs.

    PyVRP's ``make_random`` spreads clients over the whole fleet (one route
    per client when the fleet is unlimited), which makes their education
    slow; random solutions are drawn on this data instead (on the data
    itself with several vehicle types).
    """
    if data.num_vehicle_types > 1:
        return data
    vt = data.vehicle_type(0)
    k_routes = fleet
    if data.num_load_dimensions and vt.capacity and vt.capacity[0] > 0:
        total = sum(c.delivery[0] for c in data.clients())
        k_routes = int(min(fleet, max(1, math.ceil(1.1 * total / vt.capacity[0]))))
    return data.replace(vehicle_types=[vt.replace(num_available=k_routes)]) if k_routes < fleet else data


class GeneticAlgorithm:
    """The hybrid genetic search on one instance, one step per method.

    Built once per search and run once (:meth:`run`), in the manner of
    PyVRP's own ``GeneticAlgorithm`` and ``IteratedLocalSearch``: the
    search state (population, penalty manager, best solutions, statistics)
    lives on the instance, and each step of the algorithm is a method.

    Parameters
    ----------
    instance
        The instance.
    budget
        The :class:`nco.budget.Budget` to stop by (or seconds on
        ``clock``); its time counts from its creation.  An iteration limit
        counts generation steps (one offspring each).
    seed
        Random seed.
    params
        :class:`GAParams`; defaults when ``None``.
    progress
        Optional callback ``progress(elapsed_s, best_cost)``, called on each
        new best feasible solution (cost in the instance's units).
    problem
        A precomputed :func:`problem_data` conversion.
    clock
        The clock of ``budget`` when it is a number of seconds: ``"wall"``
        or ``"process"``.

    Attributes
    ----------
    population
        The feasible and infeasible sub-populations.
    penalty_manager
        PyVRP's :class:`~pyvrp.PenaltyManager`; its penalties adapt to the
        share of feasible educated solutions.
    big
        The cost evaluator with PyVRP's maximal penalties (to rank seeds and
        complete solutions, and to insist on feasibility in :meth:`repair`).
    best_feasible, best_any
        The best feasible solution (by distance) and the best complete one
        (by penalised cost under the maximal penalties) seen so far.
    result
        The :class:`GAResult` being built: statistics so far, routes and
        cost once :meth:`run` ends.
    """

    def __init__(self, instance: Instance, budget: Budget | float, seed: int = 0,
                 params: GAParams | None = None, progress=None, problem: PyVRPProblem | None = None,
                 clock: str = "wall"):
        self.params = scaled_params(params or GAParams(), instance)
        self.budget = Budget.coerce(budget, clock)
        self.left = self.budget.remaining()  # at the start; inf without a time limit
        self.problem = problem or problem_data(instance)
        self.data = self.problem.data
        self.n = self.problem.n_clients
        self.available = [vt.num_available for vt in self.data.vehicle_types()]
        self.fleet = sum(self.available)
        self.cost = objective if self.problem.rich else PyVRPSolution.distance
        self.single = self.fleet == 1
        self.progress = progress
        self.rng = np.random.default_rng(seed)
        self.prng = RandomNumberGenerator(seed=int(seed) % (2**32))
        self.search = local_search(instance, self.problem, self.prng, self.params.num_neighbours)
        self.penalty_manager = PenaltyManager(initial_penalties(self.problem, instance),
                                              penalty_bounds(self.params.penalty, self.problem))
        self.big = self.penalty_manager.max_cost_evaluator()
        self.xy = _crossover_layout(instance, self.problem, self.single)
        self.small = _random_data(self.data, self.fleet)
        self.population = _Population(self.params, self.rng, self.n)
        self.init_size = self.params.init_pop_size or (2 if self.single else 10)
        self.result = GAResult(routes=[], feasible=False, cost=math.inf)
        self.best_feasible: PyVRPSolution | None = None
        self.best_any: PyVRPSolution | None = None
        self.last_ls = 0.0  # duration of the latest full local search
        self.no_improve = 0  # generation steps since the last new best

    # -- bookkeeping --------------------------------------------------------
    def penalties(self) -> tuple[list[float], float, float]:
        """The current load (per dimension), time-warp and distance
        penalties (for the fitness)."""
        loads, tw, dist = self.penalty_manager.penalties()
        return [float(x) for x in loads], float(tw), float(dist)

    def add(self, individuals: list[_Individual]) -> None:
        """Add educated individuals to their sub-populations."""
        for ind in individuals:
            self.population.add(ind, self.penalties())

    def consider(self, sol: PyVRPSolution) -> bool:
        """Record ``sol`` if it is a new best; whether it is a new best
        feasible solution (reported to ``progress``)."""
        if not sol.is_complete():
            return False
        improved = False
        if sol.is_feasible() and (self.best_feasible is None or self.cost(sol) < self.cost(self.best_feasible)):
            self.best_feasible = sol
            improved = True
            cost = self.cost(sol) / self.problem.dist_scale
            self.result.trace.append((self.budget.elapsed(), cost))
            if self.progress is not None:
                self.progress(self.budget.elapsed(), cost)
        if self.best_any is None or self.big.penalised_cost(sol) < self.big.penalised_cost(self.best_any):
            self.best_any = sol
        return improved

    def random_solution(self) -> PyVRPSolution:
        """A random solution over about as many routes as the load needs."""
        if self.small is self.data:
            return PyVRPSolution.make_random(self.data, self.prng)
        return PyVRPSolution(self.data, _routes_of(PyVRPSolution.make_random(self.small, self.prng)))

    # -- education ----------------------------------------------------------
    def educate(self, sol: PyVRPSolution, intensify: bool = True) -> list[_Individual]:
        """Educate ``sol``: a full local search, then (with ``intensify``)
        :meth:`intensify`, then :meth:`repair` of an infeasible result, with
        probability ``repair_probability`` (always while nothing feasible is
        known or time is up).

        Returns
        -------
        list[_Individual]
            The educated individual, and its repaired copy when the repair
            made it feasible.
        """
        ce = self.penalty_manager.cost_evaluator()
        start = self.budget.elapsed()
        out = self.search(sol, ce, exhaustive=True)
        self.last_ls = self.budget.elapsed() - start
        self.penalty_manager.register(out)
        self.consider(out)
        if intensify and self.params.ils_steps:
            out = self.intensify(out, ce)
        inds = [_Individual(out, self.n, self.cost)]
        late = self.budget.done()
        if not out.is_feasible() and (self.best_feasible is None or late
                                      or self.rng.random() < self.params.repair_probability):
            fixed = self.repair(out)
            if fixed is not None:
                inds.append(_Individual(fixed, self.n, self.cost))
        return inds

    def intensify(self, sol: PyVRPSolution, ce: CostEvaluator) -> PyVRPSolution:
        """Perturb-and-search steps (as in PyVRP's iterated local search),
        ``ils_steps`` at most, each keeping a candidate that is no worse
        under ``ce``; the last kept solution."""
        cost = ce.penalised_cost(sol)
        for _ in range(self.params.ils_steps):
            if self.budget.done():
                break
            cand = self.search(sol, ce, exhaustive=False)
            self.penalty_manager.register(cand)
            c = ce.penalised_cost(cand)
            if c <= cost:
                sol, cost = cand, c
                self.consider(cand)
        return sol

    def repair(self, sol: PyVRPSolution) -> PyVRPSolution | None:
        """A local search of ``sol`` under penalties boosted by
        ``repair_booster`` (the maximal penalties while nothing feasible is
        known, or when the boost was not enough); the feasible result, or
        ``None``."""
        if self.best_feasible is None:  # nothing feasible yet: insist on feasibility
            boosted = self.big
        else:
            loads, tw, dist = self.penalty_manager.penalties()
            b = self.params.repair_booster
            boosted = CostEvaluator([x * b for x in loads], tw * b, dist * b)
        fixed = self.search(sol, boosted, exhaustive=True)
        if not fixed.is_feasible() and boosted is not self.big:
            # the boosted penalties were not enough (tight time windows
            # before the penalty manager has adapted): insist
            fixed = self.search(fixed, self.big, exhaustive=True)
        if not fixed.is_feasible():
            return None
        self.consider(fixed)
        return fixed

    # -- initial population -------------------------------------------------
    def seed_solutions(self, seeds) -> list[PyVRPSolution]:
        """The seeds (lists of routes of client ids ``1..n``) that form a
        PyVRP solution, after :func:`_valid_routes`; complete ones first,
        then by penalised cost under the maximal penalties."""
        cand = []
        for s in seeds or ():
            try:
                sol = self.seed_solution(s)
            except (RuntimeError, ValueError, IndexError, TypeError):
                continue
            if sol is not None:
                cand.append(sol)
        cand.sort(key=lambda s: (s.num_missing_clients(), self.big.penalised_cost(s)))
        return cand

    def seed_solution(self, seed) -> PyVRPSolution | None:
        """One seed as a PyVRP solution (``None`` when nothing is left of
        it); on a rich instance with the vehicle types it carries."""
        routes = getattr(seed, "routes", seed)  # an nco.Solution, or routes
        if not self.problem.rich:
            rr = _valid_routes(routes, self.n, self.fleet)
            return None if rr is None else PyVRPSolution(self.data, rr)
        types = getattr(seed, "vehicle_types", None) or [0] * len(routes)
        routes, types = _nonempty([[int(v) - self.problem.num_depots for v in r] for r in routes], list(types))
        return self.solution(routes, types) if routes else None

    def solution(self, routes: list[list[int]], types: list[int]) -> PyVRPSolution:
        """A PyVRP solution of routes (client indices) of the given vehicle
        types, moved to other types where too many routes have one."""
        routes, types = _nonempty(routes, types)
        types = fit_types(types, self.available)
        return PyVRPSolution(self.data, [pyvrp.Route(self.data, r, t) for r, t in zip(routes, types)])

    def initialise(self, seeds=(), fill_random: int | None = None) -> None:
        """Build the initial population: every seed is considered as given,
        then the best ``min_pop_size`` are educated (the first always, the
        others while ``init_time_share`` of the time lasts), then
        :meth:`fill` adds random educated solutions (``fill_random`` of
        them, or up to ``init_pop_size``; two individuals at least)."""
        cand = self.seed_solutions(seeds)
        for s in cand:
            self.consider(s)
        until = self.budget.elapsed() + self.params.init_time_share * self.left
        for s in cand[: max(self.params.min_pop_size, 1)]:
            if self.result.seeds_used >= 1 and (self.budget.done() or self.budget.elapsed() > until):
                break
            self.add(self.educate(s))
            self.result.seeds_used += 1
        if len(self.population) == 0 and self.budget.done():
            # out of time before anything was educated: one random solution,
            # educated, rather than an answer no search has touched
            self.add(self.educate(self.random_solution(), intensify=False))
        target = self.init_size - len(self.population) if fill_random is None else fill_random
        if len(self.population) < 2:
            target = max(target, 2 - len(self.population))
        self.fill(max(0, target), until)
        self.result.init_time_s = self.budget.elapsed()

    def fill(self, count: int, until: float) -> None:
        """Add up to ``count`` random educated solutions, stopping (once the
        population is not empty) at ``until`` seconds on the budget's clock
        or when the next one would likely end past the time limit."""
        made = 0
        took = 0.0
        while made < count and not self.budget.done():
            now = self.budget.elapsed()
            if len(self.population) >= 1 and (now > until or self.budget.expired(reserve=took)):
                break
            self.add(self.educate(self.random_solution(), intensify=False))
            took = self.budget.elapsed() - now
            made += 1

    # -- generation steps ---------------------------------------------------
    def select(self) -> tuple[_Individual, _Individual]:
        """Two parents by binary tournament on the biased fitness (the only
        individual twice when the population holds one)."""
        if len(self.population) >= 2:
            return self.population.select(self.penalties())
        only = (self.population.feas.items or self.population.infeas.items)[0]
        return only, only

    def crossover(self, first: _Individual, second: _Individual) -> PyVRPSolution | None:
        """The offspring of two parents: the better (by penalised cost) of
        the two SREX offspring, or the ordered crossover of their giant
        tours with a single vehicle; ``None`` when no offspring has a
        client."""
        ce = self.penalty_manager.cost_evaluator()
        if self.single:
            ta, tb = _common_tours(first.routes, second.routes)
            children = [([ordered_crossover(ta, tb, self.rng)], first.types[:1] or [0])]
        else:
            children = list(srex(first.routes, second.routes, self.rng, self.xy, self.problem.num_depots,
                                 (first.types, second.types)))
        offspring = [self.offspring(*ch) for ch in children if ch[0]]
        if not offspring:
            return None
        return min(offspring, key=ce.penalised_cost)

    def offspring(self, routes: list[list[int]], types: list[int]) -> PyVRPSolution:
        """The PyVRP solution of a crossover's routes (of the given vehicle
        types on a rich instance)."""
        if self.problem.rich:
            return self.solution(routes, types)
        return PyVRPSolution(self.data, routes)

    def step(self) -> None:
        """One generation step: select, recombine, educate and add the
        offspring; :meth:`restart` after ``num_iters_no_improvement`` steps
        without a new best feasible solution."""
        self.result.iterations += 1
        child = self.crossover(*self.select())
        if child is None:
            return
        before = None if self.best_feasible is None else self.cost(self.best_feasible)
        self.add(self.educate(child))
        best = self.best_feasible
        if best is not None and (before is None or self.cost(best) < before):
            self.no_improve = 0
        else:
            self.no_improve += 1
        if self.no_improve >= self.params.num_iters_no_improvement and not self.budget.done():
            self.restart()

    def restart(self) -> None:
        """Replace the population by ``init_size`` random educated solutions
        (within ``init_time_share`` of the time left); the best solutions
        are kept apart and survive."""
        self.result.restarts += 1
        self.population.clear()
        self.no_improve = 0
        self.fill(self.init_size, self.budget.elapsed() + self.params.init_time_share * self.budget.remaining())

    def run(self, seeds=(), fill_random: int | None = None) -> GAResult:
        """Initialise the population, then run generation steps until the
        budget is done.

        A full local search cannot be interrupted: a step that would most
        likely end past the time limit (half the latest full search before
        it) is not started.

        Parameters
        ----------
        seeds
            Solutions (lists of routes of client ids ``1..n``) for the
            initial population, see :meth:`initialise`.
        fill_random
            Number of random educated solutions added to the seeds;
            ``None`` fills up to ``init_pop_size``.

        Returns
        -------
        GAResult
        """
        self.initialise(seeds, fill_random)
        while (not self.budget.done(self.result.iterations, reserve=0.5 * self.last_ls)
               and len(self.population) >= 1):
            self.step()
        return self.finish()

    def finish(self) -> GAResult:
        """Fill :attr:`result` with the best solution: the best feasible
        one, else the best complete one, else (no time even for one
        education) a random one."""
        best = self.best_feasible if self.best_feasible is not None else self.best_any
        if best is None:
            best = self.random_solution()
        if self.problem.rich:
            self.result.routes = typed_routes_of(best, self.problem.num_depots)
        else:
            self.result.routes = to_node_routes(_routes_of(best))
        self.result.feasible = self.best_feasible is not None
        self.result.cost = self.cost(best) / self.problem.dist_scale
        return self.result


def genetic_algorithm(
    instance: Instance,
    budget: Budget | float,
    seed: int = 0,
    seeds=(),
    params: GAParams | None = None,
    progress=None,
    fill_random: int | None = None,
    problem: PyVRPProblem | None = None,
    clock: str = "wall",
) -> GAResult:
    """Run the genetic algorithm on ``instance``: a :class:`GeneticAlgorithm`
    built and run once.

    Parameters
    ----------
    instance
        The instance.
    budget
        The :class:`nco.budget.Budget` to stop by (or seconds on
        ``clock``); its time counts from its creation, so time spent before
        the call (a policy's sampling) is charged.  An iteration limit
        counts generation steps (one offspring each).  Without a time limit
        no decision depends on timing: a seed gives the same result on
        every run.
    seed
        Random seed.
    seeds
        Solutions (lists of routes of client ids ``1..n``) that enter the
        initial population after education; the best ones first when more
        are given than the population holds.  Routes need not be feasible.
    params
        :class:`GAParams`; defaults when ``None``.
    progress
        Optional callback ``progress(elapsed_s, best_cost)``, called on each
        new best feasible solution (cost in the instance's units), with the
        budget's elapsed time.
    fill_random
        Number of random educated solutions added to the seeds in the initial
        population; ``None`` fills up to ``init_pop_size``.
    problem
        A precomputed :func:`problem_data` conversion.
    clock
        The clock of ``budget`` when it is a number of seconds: ``"wall"``
        (the default) or ``"process"`` (CPU seconds of this process).

    Returns
    -------
    GAResult
    """
    algo = GeneticAlgorithm(instance, budget, seed=seed, params=params, progress=progress, problem=problem,
                            clock=clock)
    return algo.run(seeds, fill_random)


def atsp_seed(instance: Instance) -> list[list[int]]:
    """The tour of :func:`solvers.atsp.patched_assignment` over the
    instance's distances, as one route of client ids ``1..n`` from the
    depot.

    The assignment relaxation joined by Karp's patching keeps the direction
    of every arc.  On TSPLIB's rbg358 and rbg443 (many zero arcs) it is
    already optimal, where the GA seeded only by the nearest neighbour
    stayed 5.25 % and 0.66 % above the optimum after 10 CPU s
    (``docs/benchmarks.md``, "ATSP: the GA against LKH-3").
    """
    tour = patched_assignment(np.asarray(instance.distance, dtype=np.float64), start=0)
    return [[int(v) for v in tour[1:]]]


def _atsp_seed_fits(n_nodes: int, budget: Budget) -> bool:
    """Whether :func:`atsp_seed` fits in a fifth of what is left: it took
    0.01 / 0.1 / 0.6 / 1.3 CPU s at 500 / 1000 / 2000 / 3000 nodes (dense
    random matrices), so its cost is taken as ``0.1 * (n / 1000) ** 2.5`` s."""
    return 0.1 * (n_nodes / 1000) ** 2.5 <= 0.2 * budget.remaining()


@solvers.register("ga")
def solve(instance: Instance, budget: Budget, seed: int = 0, initial=None, progress=None,
          construct: bool = True, **options) -> list[list[int]]:
    """Solve ``instance`` with the genetic algorithm.

    Parameters
    ----------
    instance
        A CVRP, ACVRP, VRPTW, ACVRPTW or ATSP instance, or one with the
        rich fields of :data:`nco.solvers.CAPABILITIES` ``["ga"]`` (depots,
        vehicle types, pickups, ...), solved on the PyVRP data of
        :func:`solvers.pyvrp_solver.rich_problem_data`.
    budget
        The :class:`nco.budget.Budget` (or seconds of wall clock),
        conversion included; an iteration limit counts generation steps.
    seed
        Random seed.
    initial
        Optional routes (client ids) that enter the initial population; on
        a rich instance they may carry their ``vehicle_types``.
    progress
        Optional callback ``progress(elapsed_s, best_cost)``.
    construct
        Also seed the population with the nearest-neighbour construction
        (``"nearest"``): a feasible answer within milliseconds, and a much
        cheaper first education than a random solution on large instances
        (classic instances only); on the (A)TSP also with the patched
        assignment tour of :func:`atsp_seed`.
    **options
        Fields of :class:`GAParams` (e.g. ``min_pop_size=10``).

    Returns
    -------
    list[list[int]]
        Routes of client ids ``1..n``; on a rich instance a
        :class:`nco.fleet.TypedRoutes` with the vehicle type of each.
    """
    if not isinstance(instance, Instance):
        raise InputError(f"the GA needs an nco.Instance, got {type(instance).__name__}")
    budget = Budget.coerce(budget)
    try:
        params = GAParams(**options)
    except (TypeError, ValueError) as exc:
        raise InputError(f"ga: {exc}") from None
    seeds = [initial] if initial is not None else []
    if construct and not instance.fields_used():
        seeds.append(solvers.get("nearest")(instance))
        if instance.problem == "atsp" and _atsp_seed_fits(instance.n_nodes, budget):
            seeds.append(atsp_seed(instance))
    res = genetic_algorithm(instance, budget, seed=seed, seeds=seeds, params=params, progress=progress)
    return res.routes
