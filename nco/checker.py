"""The independent checker: cost and feasibility of routes from the instance alone.

It is the only source of :attr:`nco.Solution.cost` and
:attr:`nco.Solution.feasible`.  It trusts nothing a solver says.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nco.instance import Instance
from nco.schedule import check_rich, coverage

#: Slack for float comparisons of loads and times.
EPS = 1e-6


@dataclass
class CheckResult:
    """What :func:`check` found.

    ``cost`` is the total distance of the routes (depot to depot), in the
    instance's cost convention.  ``violations`` is a list of human-readable
    strings; the solution is feasible when it is empty.  On instances with
    rich fields the cost is the sum over routes of the fixed cost, distance
    and travel time at the vehicle type's unit costs, plus the prizes of
    the optional clients left out (``unvisited``, ``prize_missed``), and
    ``schedules`` holds a :class:`nco.schedule.RouteSchedule` per route.
    """

    cost: float
    feasible: bool
    violations: list[str] = field(default_factory=list)
    route_costs: list[float] = field(default_factory=list)
    route_loads: list[float] = field(default_factory=list)
    duration: float = 0.0  # total travel + waiting + service time over all routes
    schedules: list = field(default_factory=list)  # RouteSchedule per non-empty route (rich instances)
    vehicle_types: list[int] = field(default_factory=list)  # per non-empty route (rich instances)
    unvisited: list[int] = field(default_factory=list)  # optional clients left out
    prize_missed: float = 0.0  # their prizes, part of ``cost``

    def __iter__(self):  # allows ``cost, feasible, violations = check(...)``
        return iter((self.cost, self.feasible, self.violations))


def check(instance: Instance, routes, vehicle_types=None) -> CheckResult:
    """Cost and feasibility of ``routes`` on ``instance``.

    Parameters
    ----------
    instance
        The instance.
    routes
        A list of routes; each route is a sequence of client node ids in
        ``1..n`` (the depot, node 0, is implicit at both ends).  Ids must be
        integers (Python or NumPy integers; never booleans or fractions).
        Empty routes are ignored.
    vehicle_types
        The vehicle type (an index into ``instance.vehicle_types``) of each
        route, one per entry of ``routes``; may be left out when the
        instance has one vehicle type.  With it, or on an instance with
        rich fields (:meth:`Instance.fields_used`), :mod:`nco.schedule`
        checks every field and the result holds per-stop ``schedules``.

    Checks: every client exactly once (a client repeated within one route
    counts twice), ids are integers in range, capacity per route, fleet
    size, time windows (waiting allowed when early, lateness never), and the
    return to the depot before its closing time.  A route with a bad id is
    reported and left out of the cost; the result is then infeasible.
    """
    if vehicle_types is not None or instance.fields_used():
        return _check_rich(instance, routes, vehicle_types)
    n = instance.n_clients
    violations: list[str] = []
    visits = np.zeros(n + 1, dtype=np.int64)
    route_costs: list[float] = []
    route_loads: list[float] = []
    total_time = 0.0
    used = 0
    for r_idx, route in enumerate(_route_list(routes, violations)):
        nodes = _route_nodes(route, n, r_idx, violations)
        if not nodes:
            continue
        used += 1
        np.add.at(visits, nodes, 1)
        path = np.array([0, *nodes, 0])
        route_costs.append(float(instance.distance[path[:-1], path[1:]].sum()))
        load = float(instance.demand[nodes].sum())
        route_loads.append(load)
        if instance.capacity is not None and load > instance.capacity + EPS:
            violations.append(f"route {r_idx + 1}: load {load:g} exceeds capacity {instance.capacity:g}")
        total_time += _route_time(instance, nodes, r_idx, violations)
    _coverage(visits, violations)
    if instance.num_vehicles is not None and used > instance.num_vehicles:
        violations.append(f"{used} routes used, the fleet has {instance.num_vehicles} vehicles")
    return CheckResult(
        cost=_stated_total(instance, route_costs),
        feasible=not violations,
        violations=violations,
        route_costs=route_costs,
        route_loads=route_loads,
        duration=total_time,
    )


def _check_rich(instance: Instance, routes, vehicle_types) -> CheckResult:
    """:func:`check` on an instance with rich fields (see :mod:`nco.schedule`)."""
    violations: list[str] = []
    routes = _route_list(routes, violations)
    visits = np.zeros(instance.n_nodes, dtype=np.int64)
    node_lists = []
    for r_idx, route in enumerate(routes):
        nodes = _route_nodes(route, instance.n_nodes - 1, r_idx, violations, lo=instance.num_depots)
        node_lists.append(nodes)
        if nodes:
            np.add.at(visits, nodes, 1)
    res = check_rich(instance, [r if hasattr(r, "__len__") else [] for r in routes], vehicle_types, node_lists)
    violations.extend(res["violations"])
    unvisited, prize = coverage(instance, visits, violations)
    return CheckResult(
        cost=_stated_total(instance, [*res["route_costs"], prize]),
        feasible=not violations,
        violations=violations,
        route_costs=res["route_costs"],
        route_loads=res["route_loads"],
        duration=res["duration"],
        schedules=res["schedules"],
        vehicle_types=res["vehicle_types"],
        unvisited=unvisited,
        prize_missed=prize,
    )


def _route_list(routes, violations: list[str]) -> list:
    """``routes`` as a list, or an empty list with a violation when it is
    not a sequence of routes."""
    if isinstance(routes, (str, bytes)) or not hasattr(routes, "__iter__"):
        violations.append(f"routes must be a list of routes, got {type(routes).__name__}")
        return []
    return list(routes)


def _is_id(v) -> bool:
    return isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_))


def _route_nodes(route, n: int, r_idx: int, violations: list[str], lo: int = 1) -> list[int] | None:
    """The client ids of one route, or ``None`` (with a violation) when an
    entry is not an integer id in ``1..n``."""
    if isinstance(route, (str, bytes)) or not hasattr(route, "__iter__"):
        violations.append(f"route {r_idx + 1}: not a sequence of client ids ({type(route).__name__})")
        return None
    entries = route.tolist() if isinstance(route, np.ndarray) else list(route)
    for v in entries:
        if not _is_id(v):
            violations.append(f"route {r_idx + 1}: {v!r} is not an integer client id")
            return None
        if not lo <= v <= n:
            violations.append(f"route {r_idx + 1}: node {v} is not a client (clients are {lo}..{n})")
            return None
    return [int(v) for v in entries]


def _route_time(instance: Instance, nodes: list[int], r_idx: int, violations: list[str]) -> float:
    """Time from leaving the depot to coming back (travel, waiting, service);
    appends time-window violations."""
    dur = instance.duration
    st = instance.service_time
    if instance.time_windows is None:
        path = [0, *nodes, 0]
        return float(dur[path[:-1], path[1:]].sum() + st[nodes].sum())
    tw = instance.time_windows
    t = tw[0, 0]
    prev = 0
    for v in nodes:
        t = max(t + dur[prev, v], tw[v, 0])
        if t > tw[v, 1] + EPS:
            violations.append(
                f"route {r_idx + 1}: client {v} served at {t:g}, after its window closes at {tw[v, 1]:g}"
            )
        t += st[v]
        prev = v
    t += dur[prev, 0]
    if t > tw[0, 1] + EPS:
        violations.append(f"route {r_idx + 1}: returns to the depot at {t:g}, after it closes at {tw[0, 1]:g}")
    return float(t - tw[0, 0])


def _coverage(visits: np.ndarray, violations: list[str]) -> None:
    missing = np.flatnonzero(visits[1:] == 0) + 1
    if missing.size:
        shown = ", ".join(str(int(v)) for v in missing[:10])
        more = f" and {missing.size - 10} more" if missing.size > 10 else ""
        violations.append(f"{missing.size} client(s) not visited: {shown}{more}")
    dup = np.flatnonzero(visits[1:] > 1) + 1
    if dup.size:
        shown = ", ".join(str(int(v)) for v in dup[:10])
        violations.append(f"{dup.size} client(s) visited more than once: {shown}")


def _stated_total(instance: Instance, route_costs: list[float]) -> float:
    total = float(sum(route_costs))
    if instance.convention == "trunc1":
        return round(total, 1)
    if instance.convention == "round":
        return float(round(total))
    return total
