"""OR-Tools routing with guided local search behind the common solver interface.

Registered as solver ``"ortools"``.  Capacity and time windows are routing
dimensions; the arc cost is the (integer-scaled) distance.  A warm start is
read with ``ReadAssignmentFromRoutes`` and improved with
``SolveFromAssignmentWithParameters``.
"""

from __future__ import annotations

import math
import time

from ortools.constraint_solver import pywrapcp, routing_enums_pb2

import solvers
from nco.errors import InputError
from nco.instance import Instance
from solvers.construct import check_initial, integer_data, nearest
from solvers.construct import clock as clock_of

#: Seconds kept back from the time limit for reading the answer.
_RESERVE_S = 0.05
#: With ``clock="process"``, the wall-clock cap as a multiple of the limit.
PROCESS_WALL_CAP = 20.0


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
    out = []
    for v in range(fleet):
        idx = assignment.Value(routing.NextVar(routing.Start(v)))
        r = []
        while not routing.IsEnd(idx):
            r.append(manager.IndexToNode(idx))
            idx = assignment.Value(routing.NextVar(idx))
        if r:
            out.append(r)
    return out


@solvers.register("ortools")
def solve(instance: Instance, time_limit: float, seed: int = 0, initial=None, progress=None,
          first_solution: str | None = None, metaheuristic: str = "GUIDED_LOCAL_SEARCH",
          clock: str = "wall", **options) -> list[list[int]]:
    """Solve ``instance`` with OR-Tools routing and guided local search.

    Parameters
    ----------
    instance
        The instance.
    time_limit
        Wall-clock seconds for everything (model building included).
    seed
        Accepted for the common interface; OR-Tools routing search is
        deterministic for a given time budget apart from wall-clock stopping.
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
    clock
        ``"wall"`` (default): ``time_limit`` is wall-clock seconds.
        ``"process"``: CPU seconds of this process, enforced by a custom
        search limit; the wall-clock limit is then a generous safety cap
        (:data:`PROCESS_WALL_CAP` times the limit).

    Returns
    -------
    list[list[int]]
        The best routes found; the nearest-neighbour routes when OR-Tools
        finds none in time.
    """
    if options:
        raise InputError(f"ortools: unknown option(s) {', '.join(sorted(options))}")
    timer = clock_of(clock)
    t0 = time.perf_counter()
    c0 = timer()
    init_routes = check_initial(instance, initial)
    idata = integer_data(instance)
    fleet = fleet_bound(instance, init_routes)
    manager = pywrapcp.RoutingIndexManager(instance.n_nodes, fleet, 0)
    routing = pywrapcp.RoutingModel(manager)

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

    params = pywrapcp.DefaultRoutingSearchParameters()
    first_solution_default = first_solution is None
    if first_solution is None:
        first_solution = "PARALLEL_CHEAPEST_INSERTION" if idata.tw is not None else "PATH_CHEAPEST_ARC"
    try:
        params.first_solution_strategy = getattr(routing_enums_pb2.FirstSolutionStrategy, first_solution)
        params.local_search_metaheuristic = getattr(routing_enums_pb2.LocalSearchMetaheuristic, metaheuristic)
    except AttributeError as exc:
        raise InputError(f"ortools: unknown strategy ({exc})") from None
    def set_limit():
        remaining = float(time_limit) - (timer() - c0) - _RESERVE_S
        if clock != "wall":
            remaining *= PROCESS_WALL_CAP
        params.time_limit.FromMilliseconds(max(1, int(1000 * remaining)))

    set_limit()
    if clock != "wall":
        cpu_deadline = c0 + float(time_limit) - _RESERVE_S
        routing.AddSearchMonitor(routing.solver().CustomLimit(lambda: timer() >= cpu_deadline))

    if progress is not None:
        best = [math.inf]

        def _report():
            cost = routing.CostVar().Value()
            if cost < best[0]:
                best[0] = cost
                progress(time.perf_counter() - t0, cost / idata.dist_scale)

        routing.AddAtSolutionCallback(_report)

    assignment = None
    start_routes = init_routes
    if not start_routes and idata.tw is not None and first_solution_default:
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
            set_limit()
            assignment = routing.SolveFromAssignmentWithParameters(start, params)
    if assignment is None:
        assignment = routing.SolveWithParameters(params)
    if assignment is None:
        return start_routes or nearest(instance)
    return _routes(routing, manager, assignment, fleet)
