"""The independent checker: cost and feasibility of routes from the instance alone.

It is the only source of :attr:`nco.Solution.cost` and
:attr:`nco.Solution.feasible`.  It trusts nothing a solver says.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nco.instance import Instance

#: Slack for float comparisons of loads and times.
EPS = 1e-6


@dataclass
class CheckResult:
    """What :func:`check` found.

    ``cost`` is the total distance of the routes (depot to depot), in the
    instance's cost convention.  ``violations`` is a list of human-readable
    strings; the solution is feasible when it is empty.
    """

    cost: float
    feasible: bool
    violations: list[str] = field(default_factory=list)
    route_costs: list[float] = field(default_factory=list)
    route_loads: list[float] = field(default_factory=list)
    duration: float = 0.0  # total travel + waiting + service time over all routes

    def __iter__(self):  # allows ``cost, feasible, violations = check(...)``
        return iter((self.cost, self.feasible, self.violations))


def check(instance: Instance, routes) -> CheckResult:
    """Cost and feasibility of ``routes`` on ``instance``.

    Parameters
    ----------
    instance
        The instance.
    routes
        A list of routes; each route is a sequence of client node ids in
        ``1..n`` (the depot, node 0, is implicit at both ends).  Empty routes
        are ignored.

    Checks: every client exactly once, ids in range, capacity per route,
    fleet size, time windows (waiting allowed when early, lateness never),
    and the return to the depot before its closing time.
    """
    n = instance.n_clients
    dist = instance.distance
    dur = instance.duration
    violations: list[str] = []
    seen = np.zeros(n + 1, dtype=np.int64)
    route_costs: list[float] = []
    route_loads: list[float] = []
    total_time = 0.0
    used = 0
    for r_idx, route in enumerate(routes):
        try:
            nodes = [int(v) for v in route]
        except (TypeError, ValueError):
            violations.append(f"route {r_idx + 1}: entries are not integers")
            continue
        if any(int(v) != v for v in route):
            violations.append(f"route {r_idx + 1}: entries are not integers")
            continue
        if not nodes:
            continue
        bad = [v for v in nodes if v < 1 or v > n]
        if bad:
            violations.append(f"route {r_idx + 1}: node {bad[0]} is not a client (clients are 1..{n})")
            continue
        used += 1
        path = np.array([0, *nodes, 0])
        cost = float(dist[path[:-1], path[1:]].sum())
        route_costs.append(cost)
        load = float(instance.demand[nodes].sum())
        route_loads.append(load)
        seen[nodes] += 1
        if instance.capacity is not None and load > instance.capacity + EPS:
            violations.append(
                f"route {r_idx + 1}: load {load:g} exceeds capacity {instance.capacity:g}"
            )
        if instance.time_windows is not None:
            tw = instance.time_windows
            st = instance.service_time
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
                violations.append(
                    f"route {r_idx + 1}: returns to the depot at {t:g}, after it closes at {tw[0, 1]:g}"
                )
            total_time += t - tw[0, 0]
        else:
            total_time += float(dur[path[:-1], path[1:]].sum() + instance.service_time[nodes].sum())
    missing = np.flatnonzero(seen[1:] == 0) + 1
    if missing.size:
        shown = ", ".join(str(int(v)) for v in missing[:10])
        more = f" and {missing.size - 10} more" if missing.size > 10 else ""
        violations.append(f"{missing.size} client(s) not visited: {shown}{more}")
    dup = np.flatnonzero(seen[1:] > 1) + 1
    if dup.size:
        shown = ", ".join(str(int(v)) for v in dup[:10])
        violations.append(f"{dup.size} client(s) visited more than once: {shown}")
    if instance.num_vehicles is not None and used > instance.num_vehicles:
        violations.append(f"{used} routes used, the fleet has {instance.num_vehicles} vehicles")
    total = float(sum(route_costs))
    if instance.convention == "trunc1":
        total = round(total, 1)
    elif instance.convention == "round":
        total = float(round(total))
    return CheckResult(
        cost=total,
        feasible=not violations,
        violations=violations,
        route_costs=route_costs,
        route_loads=route_loads,
        duration=total_time,
    )
