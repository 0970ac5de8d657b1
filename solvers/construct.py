"""Construction heuristics and the integer data that search solvers share.

:func:`nearest` is registered as solver ``"nearest"``: a nearest-neighbour
construction that honours capacity and time windows.  It is a baseline and a
seed (``initial``) for the search solvers.

:func:`integer_data` turns an :class:`nco.Instance` into the integer
matrices and time windows that PyVRP and OR-Tools need, scaled by the
instance's cost convention, and rounded so that a solution feasible on the
integers is feasible on the original numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nco import solvers
from nco.budget import CLOCKS as budget_clocks
from nco.budget import Budget, clock_timer
from nco.checker import check
from nco.errors import InputError
from nco.instance import Instance

#: Raw float matrices are scaled so that their largest entry is about this.
TARGET_MAX = 1_000_000
#: Non-integer demands are scaled so that the capacity is about this.
LOAD_TARGET = 10_000
#: Values within this of an integer (after scaling) count as that integer.
_INT_TOL = 1e-6
#: Relative float error tolerated when rounding up or down (``12.3 * 10``
#: is ``123.00000000000001``).
_REL_EPS = 1e-9


@dataclass
class IntegerData:
    """An instance's data as integers, for solvers that need them.

    Attributes
    ----------
    distance
        ``(n+1, n+1)`` int64 distance matrix (``distance * dist_scale``,
        rounded to the nearest integer), diagonal zero.
    duration
        ``(n+1, n+1)`` int64 travel times (``duration * time_scale``, rounded
        up where not integral), diagonal zero.
    service
        ``(n+1,)`` service times, rounded up.
    tw
        ``(n+1, 2)`` time windows (earliest rounded up, latest rounded down),
        or ``None``.
    demand
        ``(n+1,)`` int64 demands (scaled by ``load_scale``), or ``None``.
    capacity
        Integer capacity (scaled by ``load_scale``), or ``None``.
    dist_scale, time_scale, load_scale
        The factors applied.
    """

    distance: np.ndarray
    duration: np.ndarray
    service: np.ndarray
    tw: np.ndarray | None
    demand: np.ndarray | None
    capacity: int | None
    dist_scale: float
    time_scale: float
    load_scale: float


def convention_scale(instance: Instance, values: np.ndarray) -> float:
    """The factor that makes ``values`` integers without losing precision.

    ``round`` (CVRPLIB) costs are integers already (factor 1); ``trunc1``
    (DIMACS) costs have one decimal (factor 10).  Raw values that are all
    integral keep factor 1; other raw values are scaled so that the largest
    finite entry is about :data:`TARGET_MAX`.
    """
    if instance.convention == "round":
        return 1.0
    if instance.convention == "trunc1":
        return 10.0
    v = np.asarray(values, dtype=np.float64)
    v = v[np.isfinite(v)]
    if v.size == 0 or np.all(np.abs(v - np.round(v)) < _INT_TOL):
        return 1.0
    top = float(np.abs(v).max())
    return TARGET_MAX / top if top > 0 else 1.0


def round_up(x: np.ndarray, scale: float) -> np.ndarray:
    """``x * scale`` as integers, rounded up unless already (nearly) integral."""
    y = np.asarray(x, dtype=np.float64) * scale
    r = np.round(y)
    return np.where(np.abs(y - r) <= _REL_EPS * np.maximum(1.0, np.abs(y)), r, np.ceil(y)).astype(np.int64)


def round_down(x: np.ndarray, scale: float) -> np.ndarray:
    """``x * scale`` as integers, rounded down unless already (nearly) integral."""
    y = np.asarray(x, dtype=np.float64) * scale
    r = np.round(y)
    return np.where(np.abs(y - r) <= _REL_EPS * np.maximum(1.0, np.abs(y)), r, np.floor(y)).astype(np.int64)


def integer_data(instance: Instance) -> IntegerData:
    """Scale and round ``instance`` to integers (see :class:`IntegerData`).

    Distances are rounded to the nearest integer at their scale (an exact
    operation for the ``round`` and ``trunc1`` conventions).  Travel times,
    service times and window openings are rounded up and window closings
    down, so that integer-feasible schedules are feasible on the originals.
    """
    dist = np.array(instance.distance, dtype=np.float64)
    np.fill_diagonal(dist, 0.0)
    dur = np.array(instance.duration, dtype=np.float64)
    np.fill_diagonal(dur, 0.0)
    ds = convention_scale(instance, dist)
    times = [dur, instance.service_time]
    if instance.time_windows is not None:
        times.append(instance.time_windows)
    ts = convention_scale(instance, np.concatenate([np.ravel(t) for t in times]))
    idist = np.round(dist * ds).astype(np.int64)
    idur = round_up(dur, ts)
    service = round_up(instance.service_time, ts)
    tw = None
    if instance.time_windows is not None:
        tw = np.stack([round_up(instance.time_windows[:, 0], ts), round_down(instance.time_windows[:, 1], ts)], axis=1)
    demand = capacity = None
    ls = 1.0
    if instance.capacity is not None:
        vals = np.concatenate([instance.demand, [instance.capacity]])
        if not np.all(np.abs(vals - np.round(vals)) < _INT_TOL):
            ls = LOAD_TARGET / float(instance.capacity)
        # demands rounded up, capacity down: integer-feasible loads stay feasible
        demand = round_up(instance.demand, ls)
        capacity = int(round_down(np.array([instance.capacity]), ls)[0])
    return IntegerData(idist, idur, service, tw, demand, capacity, ds, ts, ls)


#: Clocks a time limit can be measured on (see :func:`nco.budget.clock_timer`).
CLOCKS = budget_clocks


def clock(name: str):
    """The timer of a time limit named ``name`` (``"wall"`` or
    ``"process"``); see :func:`nco.budget.clock_timer`."""
    return clock_timer(name)


def check_initial(instance: Instance, initial) -> list[list[int]] | None:
    """Validate warm-start routes (client ids ``1..n``); ``None`` passes through.

    Raises
    ------
    InputError
        When a route holds something other than client ids in ``1..n``.
    """
    if initial is None:
        return None
    if hasattr(initial, "routes"):  # a Solution
        initial = initial.routes
    n = instance.n_clients
    out = []
    for k, route in enumerate(initial, start=1):
        try:
            r = [int(v) for v in route]
        except (TypeError, ValueError):
            raise InputError(f"initial route {k} holds non-integer entries") from None
        bad = [v for v in r if not 1 <= v <= n]
        if bad:
            raise InputError(f"initial route {k}: client id {bad[0]} is outside 1..{n}")
        if r:
            out.append(r)
    return out


@solvers.register("nearest")
def nearest(instance: Instance, budget=None, seed: int = 0, initial=None, progress=None,
            **options) -> list[list[int]]:
    """Nearest-neighbour construction honouring capacity and time windows.

    Each route starts at the depot and repeatedly moves to the nearest
    unvisited client that still fits the vehicle's remaining capacity, can be
    reached before its window closes, and leaves time to return to the depot
    before it closes.  When none fits, the route returns and a new one starts.
    With time windows, "nearest" is Solomon's (1987) time-oriented measure
    ``0.4 distance + 0.4 time until service starts + 0.2 urgency`` (option
    ``weights``), which needs far fewer vehicles than distance alone.
    An ATSP gets one tour.  Runs in ``O(n^2)`` and ignores ``budget``,
    ``seed`` and ``initial``: it is deterministic and takes milliseconds.

    Parameters
    ----------
    instance
        The instance.
    budget, seed, initial
        Accepted for the common solver interface; not used.
    progress
        Optional callback ``progress(elapsed_s, cost)`` called once at the end.

    Returns
    -------
    list[list[int]]
        Routes of client ids ``1..n``.  When the fleet is limited the routes
        may outnumber it; the checker reports that.
    """
    n = instance.n_clients
    dist = instance.distance
    dur = instance.duration
    tw = instance.time_windows
    st = instance.service_time
    dem = instance.demand
    cap = np.inf if instance.capacity is None else instance.capacity
    weights = options.get("weights", (0.4, 0.4, 0.2))
    unvisited = np.ones(n + 1, dtype=bool)
    unvisited[0] = False
    routes: list[list[int]] = []
    if instance.problem == "atsp":
        cur, tour = 0, []
        while unvisited.any():
            cand = np.flatnonzero(unvisited)
            nxt = int(cand[np.argmin(dist[cur, cand])])
            tour.append(nxt)
            unvisited[nxt] = False
            cur = nxt
        routes = [tour]
    else:
        while unvisited.any():
            route: list[int] = []
            cur, load = 0, 0.0
            t = 0.0 if tw is None else tw[0, 0]
            while True:
                cand = np.flatnonzero(unvisited)
                cand = cand[dem[cand] + load <= cap + 1e-9]
                if tw is not None and cand.size:
                    start = np.maximum(t + dur[cur, cand], tw[cand, 0])
                    ok = (start <= tw[cand, 1] + 1e-9) & (start + st[cand] + dur[cand, 0] <= tw[0, 1] + 1e-9)
                    cand = cand[ok]
                if cand.size == 0:
                    break
                if tw is None:
                    nxt = int(cand[np.argmin(dist[cur, cand])])
                else:
                    # Solomon's (1987) time-oriented nearest neighbour: distance,
                    # time until service can start, and urgency
                    start = np.maximum(t + dur[cur, cand], tw[cand, 0])
                    score = (weights[0] * dist[cur, cand] + weights[1] * (start - t)
                             + weights[2] * (tw[cand, 1] - (t + dur[cur, cand])))
                    nxt = int(cand[np.argmin(score)])
                if tw is not None:
                    t = max(t + dur[cur, nxt], tw[nxt, 0]) + st[nxt]
                load += dem[nxt]
                route.append(nxt)
                unvisited[nxt] = False
                cur = nxt
            if not route:
                # cannot happen on a validated instance (each client alone is
                # reachable); guard against an endless loop all the same
                rest = [int(v) for v in np.flatnonzero(unvisited)]
                routes.extend([v] for v in rest)
                break
            routes.append(route)
    if progress is not None:
        progress(budget.elapsed() if isinstance(budget, Budget) else 0.0, check(instance, routes).cost)
    return routes


def polar_angles(instance: Instance, points: np.ndarray) -> np.ndarray:
    """Polar angle (radians) of ``points`` (``k x 2`` coordinates) around the depot."""
    rel = np.asarray(points, dtype=np.float64) - instance.coords[0]
    return np.arctan2(rel[..., 1], rel[..., 0])


def sweep(instance: Instance) -> list[list[int]]:
    """Gillett and Miller's sweep: clients in order of their polar angle
    around the depot, cut into routes when the next one would overload the
    vehicle.  Needs coordinates; ``O(n log n)``, capacity-feasible, time
    windows ignored."""
    if instance.coords is None:
        raise InputError("the sweep construction needs coordinates")
    clients = instance.clients
    order = clients[np.argsort(polar_angles(instance, instance.coords[clients]), kind="stable")]
    cap = np.inf if instance.capacity is None else instance.capacity
    routes, route, load = [], [], 0.0
    for c in order.tolist():
        if route and load + instance.demand[c] > cap + 1e-9:
            routes.append(route)
            route, load = [], 0.0
        route.append(c)
        load += instance.demand[c]
    return routes + ([route] if route else [])


def route_angles(routes: list[list[int]], xy: np.ndarray | None, offset: int = 1) -> np.ndarray:
    """Polar angle of each route's centroid around node 0 of the points ``xy``
    (client ``c`` is node ``c + offset``); the route order when there are no
    points."""
    if xy is None or not routes:
        return np.arange(len(routes), dtype=np.float64)
    lens = np.fromiter((len(r) for r in routes), dtype=np.int64, count=len(routes))
    flat = np.fromiter((c for r in routes for c in r), dtype=np.int64, count=int(lens.sum())) + offset
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    c = np.add.reduceat(xy[flat], starts, axis=0) / lens[:, None] - xy[0]
    return np.arctan2(c[:, 1], c[:, 0])
