"""OR-Tools routing with guided local search behind the common solver interface.

Registered as solver ``"ortools"``.  Capacity and time windows are routing
dimensions; the arc cost is the (integer-scaled) distance.  A warm start is
read with ``ReadAssignmentFromRoutes`` and improved with
``SolveFromAssignmentWithParameters``.

On rich instances it takes several depots, vehicle types (capacity
vectors, fixed and unit costs, shifts, longest duration and distance,
different end depots) and optional clients with prizes (disjunctions);
pickups, release times and open routes it refuses (see
:data:`nco.solvers.CAPABILITIES`).
"""

from __future__ import annotations

import math

import numpy as np
from nco.solvers.construct import check_initial, integer_data, nearest
from nco.solvers.rich import BIG, rich_data
from ortools.constraint_solver import pywrapcp, routing_enums_pb2
from ortools.util import optional_boolean_pb2

from nco import solvers
from nco.budget import Budget
from nco.errors import InputError
from nco.fleet import TypedRoutes, effective_types
from nco.instance import Instance

#: Seconds kept back from the time limit for reading the answer.
_RESERVE_S = 0.05
#: With ``clock="process"``, the wall-clock cap as a multiple of the limit.
PROCESS_WALL_CAP = 20.0
#: Without a time limit, OR-Tools' per-neighbour LNS time limit (seconds):
#: large enough never to cut a completion search short.
LNS_TIME_LIMIT_S = 3600
#: Large-neighbourhood operators whose insertion heuristics OR-Tools cuts by
#: time; turned off when the run must be deterministic.
TIMED_OPERATORS = (
    "use_global_cheapest_insertion_path_lns",
    "use_local_cheapest_insertion_path_lns",
    "use_relocate_path_global_cheapest_insertion_insert_unperformed",
    "use_global_cheapest_insertion_visit_types_lns",
    "use_local_cheapest_insertion_visit_types_lns",
)


def fleet_bound(instance: Instance, initial: list[list[int]] | None = None) -> int:
    """Number of vehicles to give OR-Tools.

    The instance's fleet when it is limited (one for an ATSP).  Otherwise a
    safe upper bound: the routes of the nearest-neighbour construction (a
    feasible solution) or of ``initial``, whichever is more, plus 10 % (at
    least two) spare vehicles so that the search may use more routes; never
    more than one per client.
    """
    if instance.problem == "atsp":
        return 1
    if instance.num_vehicles is not None:
        return max(instance.num_vehicles, len(initial or []))
    k = max(len(nearest(instance)), len(initial or []))
    return min(instance.n_clients, k + max(2, math.ceil(0.1 * k)))


def _routes(routing, manager, assignment, fleet: int) -> list[list[int]]:
    routes = (_vehicle_route(routing, manager, assignment, v) for v in range(fleet))
    return [r for r in routes if r]


def _vehicle_route(routing, manager, assignment, v: int) -> list[int]:
    """The nodes vehicle ``v`` visits in ``assignment``, depots left out."""
    idx = assignment.Value(routing.NextVar(routing.Start(v)))
    r = []
    while not routing.IsEnd(idx):
        r.append(manager.IndexToNode(idx))
        idx = assignment.Value(routing.NextVar(idx))
    return r


@solvers.register("ortools")
def solve(instance: Instance, budget: Budget, seed: int = 0, initial=None, progress=None,
          first_solution: str | None = None, metaheuristic: str = "GUIDED_LOCAL_SEARCH",
          **options) -> list[list[int]]:
    """Solve ``instance`` with OR-Tools routing and guided local search.

    Parameters
    ----------
    instance
        The instance.
    budget
        The :class:`nco.budget.Budget` (or seconds of wall clock).  A time
        limit covers model building; an iteration limit is OR-Tools'
        ``solution_limit`` (solutions found by the search).  Without a time
        limit nothing in the search depends on the clock, so a run is
        reproducible: OR-Tools' per-neighbour LNS time limit (0.1 s by
        default) is raised to :data:`LNS_TIME_LIMIT_S` and the insertion
        operators it cuts (:data:`TIMED_OPERATORS`) are turned off.  Ctrl-C
        stops the search through a custom search limit.
    seed
        Accepted for the common interface; OR-Tools routing search is
        deterministic apart from its time limits.
    initial
        Optional routes (client ids ``1..n``) or a :class:`nco.Solution`;
        read with ``ReadAssignmentFromRoutes`` as the first solution.
    progress
        Optional callback ``progress(elapsed_s, best_cost)`` called at each
        improving solution, cost in the instance's units.
    first_solution
        Name of an OR-Tools ``FirstSolutionStrategy`` (used without
        ``initial``).  Default: ``PATH_CHEAPEST_ARC`` without time windows;
        with time windows, the time-oriented nearest-neighbour routes as a
        warm start when they fit the fleet, else
        ``PARALLEL_CHEAPEST_INSERTION`` (``PATH_CHEAPEST_ARC`` finds no
        solution in the fleet on Solomon R102, for one).
    metaheuristic
        Name of an OR-Tools ``LocalSearchMetaheuristic``.

    Returns
    -------
    list[list[int]]
        The best routes found; the nearest-neighbour routes when OR-Tools
        finds none in time.
    """
    if options:
        raise InputError(f"ortools: unknown option(s) {', '.join(sorted(options))}")
    budget = Budget.coerce(budget)
    if instance.fields_used():
        return _solve_rich(instance, budget, progress, first_solution, metaheuristic)
    init_routes = check_initial(instance, initial)
    idata = integer_data(instance)
    fleet = fleet_bound(instance, init_routes)
    manager = pywrapcp.RoutingIndexManager(instance.n_nodes, fleet, 0)
    routing = pywrapcp.RoutingModel(manager)
    _add_dimensions(instance, idata, manager, routing, fleet)
    params = _search_parameters(budget, idata, first_solution, metaheuristic)
    routing.AddSearchMonitor(routing.solver().CustomLimit(_stop_check(budget)))
    if progress is not None:
        _report_progress(routing, budget, progress, idata.dist_scale)

    assignment = None
    start_routes = init_routes
    if not start_routes and idata.tw is not None and first_solution is None:
        # OR-Tools' own first solution under time windows can take longer than
        # the whole limit (1000 clients, 250 vehicles); the time-oriented
        # nearest neighbour is a feasible start when it fits the fleet.
        nn = nearest(instance)
        if len(nn) <= fleet:
            start_routes = nn
    if start_routes:
        routing.CloseModelWithParameters(params)
        start = routing.ReadAssignmentFromRoutes(
            [[manager.NodeToIndex(v) for v in r] for r in start_routes], True)
        if start is not None:
            _set_time_limit(params, budget)
            assignment = routing.SolveFromAssignmentWithParameters(start, params)
    if assignment is None and not budget.interrupted:
        _set_time_limit(params, budget)
        assignment = routing.SolveWithParameters(params)
    if assignment is None:
        return start_routes or nearest(instance)
    return _routes(routing, manager, assignment, fleet)


def _add_dimensions(instance: Instance, idata, manager, routing, fleet: int) -> None:
    """Arc costs, and the load and time dimensions the instance needs."""
    arc = routing.RegisterTransitMatrix(idata.distance.tolist())
    routing.SetArcCostEvaluatorOfAllVehicles(arc)
    if idata.capacity is not None:
        dem = routing.RegisterUnaryTransitVector(idata.demand.tolist())
        routing.AddDimensionWithVehicleCapacity(dem, 0, [int(idata.capacity)] * fleet, True, "load")
    if idata.tw is not None:
        travel = idata.duration + idata.service[:, None]
        tcb = routing.RegisterTransitMatrix(travel.tolist())
        horizon = int(idata.tw[0, 1])
        routing.AddDimension(tcb, horizon, horizon, False, "time")
        tdim = routing.GetDimensionOrDie("time")
        for k in range(1, instance.n_nodes):
            tdim.CumulVar(manager.NodeToIndex(k)).SetRange(int(idata.tw[k, 0]), int(idata.tw[k, 1]))
        for v in range(fleet):
            tdim.CumulVar(routing.Start(v)).SetRange(int(idata.tw[0, 0]), int(idata.tw[0, 1]))
            tdim.CumulVar(routing.End(v)).SetRange(int(idata.tw[0, 0]), int(idata.tw[0, 1]))


def _search_parameters(budget: Budget, idata, first_solution: str | None, metaheuristic: str):
    """Routing search parameters: strategies, and the budget's limits."""
    params = pywrapcp.DefaultRoutingSearchParameters()
    if first_solution is None:
        first_solution = "PARALLEL_CHEAPEST_INSERTION" if idata.tw is not None else "PATH_CHEAPEST_ARC"
    try:
        params.first_solution_strategy = getattr(routing_enums_pb2.FirstSolutionStrategy, first_solution)
        params.local_search_metaheuristic = getattr(routing_enums_pb2.LocalSearchMetaheuristic, metaheuristic)
    except AttributeError as exc:
        raise InputError(f"ortools: unknown strategy ({exc})") from None
    if budget.iterations is not None:
        params.solution_limit = budget.iterations
    if budget.time_limit is None:
        params.lns_time_limit.FromMilliseconds(int(1000 * LNS_TIME_LIMIT_S))
        ops = params.local_search_operators
        for name in TIMED_OPERATORS:
            setattr(ops, name, optional_boolean_pb2.BOOL_FALSE)
    _set_time_limit(params, budget)
    return params


def _stop_check(budget: Budget):
    """The callable of the custom search limit.  OR-Tools calls it very
    often (millions of times a minute): on the wall clock, whose limit
    OR-Tools enforces itself, it only reads the Ctrl-C flag."""
    if budget.clock == "wall" or budget.time_limit is None:
        return lambda: budget.interrupted
    return lambda: budget.done(reserve=_RESERVE_S)


def _set_time_limit(params, budget: Budget) -> None:
    """OR-Tools' own time limit: what is left of the budget on the wall
    clock; with the process clock a generous cap (:data:`PROCESS_WALL_CAP`
    times what is left), the custom limit enforcing the CPU seconds."""
    if budget.time_limit is None:
        return
    remaining = budget.remaining() - _RESERVE_S
    if budget.clock != "wall":
        remaining *= PROCESS_WALL_CAP
    params.time_limit.FromMilliseconds(max(1, int(1000 * remaining)))


def _report_progress(routing, budget: Budget, progress, dist_scale: float) -> None:
    """Call ``progress(elapsed, cost)`` at each improving solution."""
    best = [math.inf]

    def report():
        cost = routing.CostVar().Value()
        if cost < best[0]:
            best[0] = cost
            progress(budget.elapsed(), cost / dist_scale)

    routing.AddAtSolutionCallback(report)


def _vehicles(instance: Instance) -> list[int]:
    """The vehicle type of each OR-Tools vehicle."""
    return [t for t, vt in enumerate(effective_types(instance)) for _ in range(vt.num_available)]


def _solve_rich(instance: Instance, budget: Budget, progress, first_solution, metaheuristic) -> TypedRoutes:
    """:func:`solve` on an instance with rich fields (see
    :data:`nco.solvers.CAPABILITIES` for those OR-Tools takes)."""
    rd = rich_data(instance)
    types = effective_types(instance)
    vtype = _vehicles(instance)
    starts = [types[t].start_depot for t in vtype]
    ends = [types[t].end for t in vtype]
    manager = pywrapcp.RoutingIndexManager(instance.n_nodes, len(vtype), starts, ends)
    routing = pywrapcp.RoutingModel(manager)
    _rich_costs(instance, rd, manager, routing, vtype)
    _rich_loads(rd, routing, vtype)
    _rich_time(instance, rd, manager, routing, vtype)
    for d in set(range(instance.num_depots)) - set(starts) - set(ends):
        routing.solver().Add(routing.ActiveVar(manager.NodeToIndex(d)) == 0)
    for k in instance.clients:
        if not rd.required[k]:
            routing.AddDisjunction([manager.NodeToIndex(int(k))], int(rd.prize[k]))
    params = _search_parameters(budget, rd, first_solution, metaheuristic)
    routing.AddSearchMonitor(routing.solver().CustomLimit(_stop_check(budget)))
    if progress is not None:
        _report_progress(routing, budget, progress, rd.cost_scale)
    assignment = None if budget.interrupted else routing.SolveWithParameters(params)
    if assignment is None:
        return TypedRoutes()
    routes, out_types = [], []
    for v, t in enumerate(vtype):
        r = _vehicle_route(routing, manager, assignment, v)
        if r:
            routes.append(r)
            out_types.append(t)
    return TypedRoutes(routes, out_types)


def _rich_costs(instance: Instance, rd, manager, routing, vtype: list[int]) -> None:
    """Arc costs per vehicle type, fixed costs, and the distance limits."""
    cost_cb, dist_cb = {}, {}
    for t in sorted(set(vtype)):
        ud, ut = rd.unit_costs[t]
        m = ud * rd.profiles[rd.type_profile[t]] + ut * rd.durations[rd.type_profile[t]]
        cost_cb[t] = routing.RegisterTransitMatrix(m.tolist())
        if rd.max_distance[t] < BIG:
            dist_cb[t] = routing.RegisterTransitMatrix(rd.profiles[rd.type_profile[t]].tolist())
    for v, t in enumerate(vtype):
        routing.SetArcCostEvaluatorOfVehicle(cost_cb[t], v)
        routing.SetFixedCostOfVehicle(int(rd.fixed[t]), v)
    if dist_cb:
        zero = routing.RegisterTransitMatrix(np.zeros_like(rd.profiles[0]).tolist())
        cbs = [dist_cb.get(t, zero) for t in vtype]
        caps = [int(rd.max_distance[t]) if t in dist_cb else 0 for t in vtype]
        routing.AddDimensionWithVehicleTransitAndCapacity(cbs, 0, caps, True, "distance")


def _rich_loads(rd, routing, vtype: list[int]) -> None:
    """One capacity dimension per load dimension (deliveries only)."""
    for k in range(rd.delivery.shape[1]):
        cb = routing.RegisterUnaryTransitVector(rd.delivery[:, k].tolist())
        caps = [int(min(rd.capacity[t][k], BIG)) for t in vtype]
        routing.AddDimensionWithVehicleCapacity(cb, 0, caps, True, f"load{k}")


def _rich_time(instance: Instance, rd, manager, routing, vtype: list[int]) -> None:
    """The time dimension: travel plus service, client windows, shifts and
    the longest route duration."""
    service = rd.service.copy()
    service[:instance.num_depots] = 0
    travel = [d + service[:, None] for d in rd.durations]
    finite = [x for sh in rd.shift for x in sh if x < BIG] + ([int(rd.tw[:, 1].max())] if rd.tw is not None else [])
    horizon = int(max(finite + [max(int(m.max()) for m in travel) * instance.n_nodes]))
    cbs = [routing.RegisterTransitMatrix(m.tolist()) for m in travel]
    routing.AddDimensionWithVehicleTransits([cbs[rd.type_profile[t]] for t in vtype], horizon, horizon, False, "time")
    tdim = routing.GetDimensionOrDie("time")
    if rd.tw is not None:
        for k in instance.clients:
            tdim.CumulVar(manager.NodeToIndex(int(k))).SetRange(int(rd.tw[k, 0]), int(min(rd.tw[k, 1], horizon)))
    for v, t in enumerate(vtype):
        early, depart_late, late = rd.shift[t]
        tdim.CumulVar(routing.Start(v)).SetRange(early, max(early, min(depart_late, horizon)))
        tdim.CumulVar(routing.End(v)).SetMax(min(late, horizon))
        if rd.max_duration[t] < BIG:
            tdim.SetSpanUpperBoundForVehicle(int(rd.max_duration[t]), v)
