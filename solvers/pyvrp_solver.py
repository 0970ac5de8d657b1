"""PyVRP's iterated local search behind the common solver interface.

Registered as solver ``"pyvrp"``.  Works for ATSP (one vehicle), CVRP/ACVRP
and VRPTW/ACVRPTW, with limited or unlimited fleets, and for every rich
field of :class:`nco.Instance` (several depots, vehicle types, shifts,
pickups, release times, optional clients; see :mod:`solvers.rich`).  Matrices are scaled to
integers by the instance's cost convention (see
:func:`solvers.construct.integer_data`).
"""

from __future__ import annotations

import dataclasses

import numpy as np
from nco.solvers.construct import check_initial, integer_data
from nco.solvers.rich import BIG, rich_data
from pyvrp import (
    Client,
    Depot,
    IteratedLocalSearchParams,
    Location,
    ProblemData,
    Solution,
    SolveParams,
    VehicleType,
)
from pyvrp import Route as PyvrpRoute
from pyvrp import solve as pyvrp_solve
from pyvrp.IteratedLocalSearch import IteratedLocalSearchCallbacks
from pyvrp.PenaltyManager import PenaltyParams

from nco import solvers
from nco.budget import Budget
from nco.errors import InputError
from nco.fleet import TypedRoutes, effective_types
from nco.instance import Instance

#: Part of the time limit kept back: the search stops only between
#: iterations, and an exhaustive search of a new best (about 0.1 s at 500
#: clients) can run past the deadline.
_RESERVE_FRACTION = 0.02
_RESERVE_S = 0.01


def reserve(budget: Budget) -> float:
    """Seconds of ``budget``'s time limit kept back (none without one)."""
    if budget.time_limit is None:
        return 0.0
    return budget.time_limit * _RESERVE_FRACTION + _RESERVE_S


class BudgetStop:
    """PyVRP stopping criterion over a :class:`nco.budget.Budget`.

    PyVRP calls it once per iteration, so it counts the iterations; it stops
    when the budget is done (time limit less :func:`reserve`, iteration
    limit, or Ctrl-C).  Unlike PyVRP's ``MaxRuntime``, whose clock starts on
    the first call, the budget's time limit covers everything.
    """

    def __init__(self, budget: Budget):
        self.budget = budget
        self.reserve = reserve(budget)
        self.iterations = -1  # the first call comes before the first iteration

    def __call__(self, best_cost) -> bool:
        self.iterations += 1
        return self.budget.done(self.iterations, reserve=self.reserve)


def problem_data(instance: Instance, fleet: int | None = None):
    """The :class:`pyvrp.ProblemData` of ``instance`` and its integer data.

    Parameters
    ----------
    instance
        The instance.  Node 0 is the depot; node ``k`` becomes PyVRP client
        ``k - 1`` at location ``k``.
    fleet
        Number of vehicles; defaults to ``instance.num_vehicles``, or one per
        client when the fleet is unlimited (one for an ATSP).
    """
    idata = integer_data(instance)
    n = instance.n_clients
    xy = instance.coords if instance.coords is not None else np.zeros((instance.n_nodes, 2))
    locations = [Location(float(x), float(y)) for x, y in xy]
    if fleet is None:
        fleet = instance.num_vehicles if instance.num_vehicles is not None else n
    if instance.problem == "atsp":
        fleet = 1
    tw = idata.tw
    depot_kw = {} if tw is None else {"tw_early": int(tw[0, 0]), "tw_late": int(tw[0, 1])}
    clients = []
    for k in range(1, n + 1):
        kw = {"service_duration": int(idata.service[k])}
        if idata.demand is not None:
            kw["delivery"] = [int(idata.demand[k])]
        if tw is not None:
            kw["tw_early"] = int(tw[k, 0])
            kw["tw_late"] = int(tw[k, 1])
        clients.append(Client(location=k, **kw))
    vt_kw = dict(depot_kw)
    if idata.capacity is not None:
        vt_kw["capacity"] = [int(idata.capacity)]
    data = ProblemData(
        locations=locations,
        clients=clients,
        depots=[Depot(location=0, **depot_kw)],
        vehicle_types=[VehicleType(num_available=int(fleet), **vt_kw)],
        distance_matrices=[idata.distance],
        duration_matrices=[idata.duration],
    )
    return data, idata


def rich_problem_data(instance: Instance):
    """The :class:`pyvrp.ProblemData` of a rich instance and its
    :class:`solvers.rich.RichData`.

    Depot ``d`` is PyVRP depot ``d`` at location ``d``; client node ``k``
    is PyVRP client ``k - num_depots`` at location ``k``.  Open routes end
    at an extra depot that every location reaches at no cost.
    """
    rd = rich_data(instance)
    types = effective_types(instance)
    nd, n1 = instance.num_depots, instance.n_nodes
    is_open = any(vt.end is None for vt in types)
    xy = instance.coords if instance.coords is not None else np.zeros((n1, 2))
    locations = [Location(float(x), float(y)) for x, y in xy]
    depots = [Depot(location=d) for d in range(nd)]
    if is_open:
        locations.append(Location(0.0, 0.0))
        depots.append(Depot(location=n1))
    clients = []
    for k in range(nd, n1):
        kw = {}
        if rd.tw is not None:
            kw = {"tw_early": int(rd.tw[k, 0]), "tw_late": int(rd.tw[k, 1])}
        clients.append(Client(location=k, delivery=rd.delivery[k].tolist(), pickup=rd.pickup[k].tolist(),
                              service_duration=int(rd.service[k]), release_time=int(rd.release[k]),
                              prize=int(rd.prize[k]), required=bool(rd.required[k]), **kw))
    vehicle_types = [_vehicle_type(vt, t, rd, nd) for t, vt in enumerate(types)]
    pad = (lambda m: np.pad(m, ((0, 1), (0, 1)))) if is_open else (lambda m: m)
    data = ProblemData(locations=locations, clients=clients, depots=depots, vehicle_types=vehicle_types,
                       distance_matrices=[pad(m) for m in rd.profiles],
                       duration_matrices=[pad(d) for d in rd.durations])
    return data, rd


def _vehicle_type(vt, t: int, rd, nd: int) -> VehicleType:
    early, depart_late, late = rd.shift[t]
    kw = {"tw_early": early, "tw_late": max(late, early), "start_late": max(early, min(depart_late, late))}
    if rd.max_duration[t] < BIG:
        kw["shift_duration"] = rd.max_duration[t]
    if rd.max_distance[t] < BIG:
        kw["max_distance"] = rd.max_distance[t]
    return VehicleType(num_available=vt.num_available, capacity=rd.capacity[t].tolist(),
                       start_depot=vt.start_depot, end_depot=nd if vt.end is None else vt.end,
                       fixed_cost=rd.fixed[t], unit_distance_cost=rd.unit_costs[t][0],
                       unit_duration_cost=rd.unit_costs[t][1], profile=rd.type_profile[t],
                       name=vt.name or f"type{t}", **kw)


def typed_routes_of(solution, num_depots: int) -> TypedRoutes:
    """Routes of a :class:`pyvrp.Solution` on a rich instance, as node ids
    with the vehicle type of each."""
    routes, types = [], []
    for route in solution.routes():
        r = [int(a.idx) + num_depots for a in route if a.is_client()]
        if r:
            routes.append(r)
            types.append(int(route.vehicle_type()))
    return TypedRoutes(routes, types)


def _rich_initial(instance: Instance, data, initial):
    """A PyVRP solution from warm-start routes on a rich instance (``None`` without)."""
    if initial is None:
        return None
    types = getattr(initial, "vehicle_types", None) or [0] * len(getattr(initial, "routes", initial))
    routes = getattr(initial, "routes", initial)
    nd = instance.num_depots
    try:
        return Solution(data, [PyvrpRoute(data, [int(v) - nd for v in r], int(t)) for r, t in zip(routes, types)])
    except (ValueError, RuntimeError, IndexError, TypeError) as exc:
        raise InputError(f"initial routes are not a valid PyVRP solution: {exc}") from None


def penalty_params(idata) -> PenaltyParams:
    """PyVRP's penalty bounds, scaled with the distances.

    PyVRP's defaults (penalties in ``[0.1, 100000]`` per unit of excess load
    or time warp) suit CVRPLIB-sized integers (entries up to about 10^4).
    Raw float matrices scaled to entries near 10^6 need proportionally larger
    penalties, or an overloaded route can stay cheaper than a feasible one.
    """
    return scaled_penalties(PenaltyParams(), float(idata.distance.max()))


def scaled_penalties(params: PenaltyParams, top: float) -> PenaltyParams:
    """``params`` with its penalty bounds scaled for matrices whose largest
    entry is ``top`` (PyVRP's bounds suit entries up to about 10^4)."""
    f = max(1.0, top / 1e4)
    return dataclasses.replace(params, min_penalty=params.min_penalty * f, max_penalty=params.max_penalty * f)


def routes_of(solution) -> list[list[int]]:
    """Routes of a :class:`pyvrp.Solution` as node ids ``1..n``."""
    out = []
    for route in solution.routes():
        r = [int(a.idx) + 1 for a in route if a.is_client()]
        if r:
            out.append(r)
    return out


@solvers.register("pyvrp")
def solve(instance: Instance, budget: Budget, seed: int = 0, initial=None, progress=None,
          fleet: int | None = None, **options) -> list[list[int]]:
    """Solve ``instance`` with PyVRP's iterated local search.

    Parameters
    ----------
    instance
        The instance.
    budget
        The :class:`nco.budget.Budget` (or seconds of wall clock).  About 2 %
        of a time limit is kept back because the search stops only between
        iterations; an iteration limit counts ILS iterations.
    seed
        Random seed of the search.
    initial
        Optional routes (client ids ``1..n``) or a :class:`nco.Solution` to
        start from; used as PyVRP's initial solution.
    progress
        Optional callback ``progress(elapsed_s, best_cost)``, called with each
        new best feasible solution, cost in the instance's units.
    fleet
        Override the number of vehicles.
    **options
        Passed to :class:`pyvrp.IteratedLocalSearchParams` (for example
        ``num_iters_no_improvement``, ``history_length``).

    Returns
    -------
    list[list[int]]
        The best routes found (client ids ``1..n``).
    """
    budget = Budget.coerce(budget)
    init_routes = None if instance.fields_used() else check_initial(instance, initial)
    ils_kw = {k: v for k, v in options.items() if k in IteratedLocalSearchParams.__dataclass_fields__}
    unknown = set(options) - set(ils_kw)
    if unknown:
        raise InputError(f"pyvrp: unknown option(s) {', '.join(sorted(unknown))}")
    if instance.fields_used():
        if fleet is not None:
            raise InputError("pyvrp: the fleet option is for instances without vehicle types")
        return _solve_rich(instance, budget, seed, initial, progress, ils_kw)
    data, idata = problem_data(instance, fleet)
    init = None
    if init_routes:
        try:
            init = Solution(data, [[v - 1 for v in r] for r in init_routes])
        except (ValueError, RuntimeError, IndexError) as exc:
            raise InputError(f"initial routes are not a valid PyVRP solution: {exc}") from None
    if progress is not None:
        ils_kw["callbacks"] = _Progress(budget, progress, idata.dist_scale)
    params = SolveParams(ils=IteratedLocalSearchParams(**ils_kw), penalty=penalty_params(idata),
                         display_interval=1e9)
    res = pyvrp_solve(data, stop=BudgetStop(budget), seed=int(seed), collect_stats=False,
                      display=False, params=params, initial_solution=init)
    best = res.best
    if init is not None and not best.is_feasible() and init.is_feasible():
        best = init
    return routes_of(best)


def _solve_rich(instance: Instance, budget: Budget, seed: int, initial, progress, ils_kw: dict) -> TypedRoutes:
    """:func:`solve` on an instance with rich fields."""
    data, rd = rich_problem_data(instance)
    init = _rich_initial(instance, data, initial)
    if progress is not None:
        ils_kw["callbacks"] = _Progress(budget, progress, rd.cost_scale, rich=True)
    top = max(float(m.max()) for m in rd.profiles)
    f = max(1.0, top / 1e4)
    base = PenaltyParams()
    params = SolveParams(ils=IteratedLocalSearchParams(**ils_kw), display_interval=1e9,
                         penalty=PenaltyParams(min_penalty=base.min_penalty * f, max_penalty=base.max_penalty * f))
    res = pyvrp_solve(data, stop=BudgetStop(budget), seed=int(seed), collect_stats=False,
                      display=False, params=params, initial_solution=init)
    best = res.best
    if init is not None and not best.is_feasible() and init.is_feasible():
        best = init
    return typed_routes_of(best, instance.num_depots)


class _Progress(IteratedLocalSearchCallbacks):
    """Reports each new best feasible solution as ``progress(elapsed, cost)``."""

    def __init__(self, budget: Budget, progress, dist_scale: float, rich: bool = False):
        self.budget = budget
        self.progress = progress
        self.dist_scale = dist_scale
        self.rich = rich

    def on_best(self, best):
        if not best.is_feasible():
            return
        if self.rich:
            cost = (best.distance_cost() + best.duration_cost() + best.fixed_vehicle_cost()
                    + best.uncollected_prizes())
        else:
            cost = best.distance()
        self.progress(self.budget.elapsed(), cost / self.dist_scale)
