"""Per-stop schedules and the checks of rich instances (several depots,
vehicle types, shifts, pickups, release times, optional clients).

Plain Python and NumPy, from the instance alone: no solver is consulted.
:func:`nco.check` uses :func:`check_rich` for every instance that uses a
field beyond a classic ATSP/CVRP/VRPTW, or when vehicle types are given.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from nco.fleet import effective_types, shift
from nco.instance import Instance

#: Slack for float comparisons of loads and times (as in :mod:`nco.checker`).
EPS = 1e-6


@dataclass
class RouteSchedule:
    """The timed visits of one route, depots included at both ends.

    ``nodes[0]`` is the start depot and, unless the route is open,
    ``nodes[-1]`` the end depot.  Per stop: ``arrival``, ``wait`` (before
    service may start), ``start`` (of service), ``departure`` and ``load``
    (on board after the stop, one column per load dimension).  Departure
    from the start depot is as late as possible without ending later, so
    that waiting is the least possible.
    """

    vehicle_type: int
    nodes: list[int]
    arrival: np.ndarray
    wait: np.ndarray
    start: np.ndarray
    departure: np.ndarray
    load: np.ndarray
    distance: float
    travel_duration: float
    duration: float
    cost: float
    violations: list[str] = field(default_factory=list)


def _timing(instance: Instance, path: list[int], t0: float, dur: np.ndarray):
    """Forward pass from departure ``t0`` on travel times ``dur``: arrival,
    wait, start, departure per stop."""
    st, tw = instance.service_time, instance.time_windows
    n = len(path)
    arr, wait, start, dep = (np.zeros(n) for _ in range(4))
    arr[0] = start[0] = dep[0] = t0
    for i in range(1, n):
        v = path[i]
        arr[i] = dep[i - 1] + dur[path[i - 1], v]
        open_at = tw[v, 0] if tw is not None and v >= instance.num_depots else -math.inf
        start[i] = max(arr[i], open_at)
        wait[i] = start[i] - arr[i]
        dep[i] = start[i] + (st[v] if v >= instance.num_depots else 0.0)
    return arr, wait, start, dep


def _loads(instance: Instance, nodes: list[int]) -> np.ndarray:
    """Load on board at departure and after each client, ``(len+1, dims)``."""
    dims = instance.load_dims
    d = instance.demand.reshape(instance.n_nodes, dims)
    p = np.zeros_like(d) if instance.pickup is None else instance.pickup.reshape(instance.n_nodes, dims)
    delta = p[nodes] - d[nodes]
    first = d[nodes].sum(axis=0, keepdims=True)
    return np.concatenate([first, first + np.cumsum(delta, axis=0)], axis=0)


def route_schedule(instance: Instance, nodes: list[int], vtype: int, label: str = "route") -> RouteSchedule:
    """The schedule, cost and violations of one route of vehicle type ``vtype``.

    Parameters
    ----------
    instance
        The instance.
    nodes
        The client nodes in visiting order (valid ids; depots excluded).
    vtype
        Index of the vehicle type in :func:`nco.fleet.effective_types`.
    label
        How violations name the route (``"route 3"``).
    """
    vt = effective_types(instance)[vtype]
    viol: list[str] = []
    early, depart_late, late = shift(instance, vt)
    release = 0.0 if instance.release_time is None else float(instance.release_time[nodes].max(initial=0.0))
    t0 = max(early, release)
    if t0 > depart_late + EPS:
        why = f"release time {release:g}" if release > early else f"shift start {early:g}"
        viol.append(f"{label}: cannot leave depot {vt.start_depot} before {t0:g} ({why}), "
                    f"after the latest departure {depart_late:g}")
    path = [vt.start_depot, *nodes] + ([] if vt.end is None else [vt.end])
    dist_m, dur_m = instance.matrices(vt.profile)
    arr, wait, start, dep = _timing(instance, path, t0, dur_m)
    if not viol:
        t0 += _delay(instance, path, t0, depart_late, wait, start)
        arr, wait, start, dep = _timing(instance, path, t0, dur_m)
    _time_violations(instance, path, start, late, vt.end, label, viol)
    end = arr[-1] if vt.end is not None else dep[-1]
    duration = float(end - t0)
    distance = float(dist_m[path[:-1], path[1:]].sum())
    travel = float(dur_m[path[:-1], path[1:]].sum())
    load = _loads(instance, nodes)
    _limit_violations(vt, load, nodes, distance, duration, label, viol)
    cost = vt.fixed_cost + vt.unit_distance_cost * distance + vt.unit_duration_cost * travel
    out_load = np.concatenate([load, load[-1:]]) if vt.end is not None else load
    return RouteSchedule(vtype, path, arr, wait, start, dep, out_load, distance, travel, duration, float(cost), viol)


def _delay(instance: Instance, path: list[int], t0: float, depart_late: float, wait, start) -> float:
    """How much later than ``t0`` the vehicle can leave without ending
    later or missing a window: the waiting it saves."""
    tw = instance.time_windows
    slack = depart_late - t0
    cum = np.cumsum(wait)
    if tw is not None:
        for i, v in enumerate(path[1:], start=1):
            if v >= instance.num_depots:
                slack = min(slack, cum[i] + tw[v, 1] - start[i])
    return max(0.0, min(float(cum[-1]), slack))


def _time_violations(instance: Instance, path, start, late: float, end, label: str, viol: list[str]) -> None:
    tw = instance.time_windows
    if tw is not None:
        for i, v in enumerate(path[1:], start=1):
            if v >= instance.num_depots and start[i] > tw[v, 1] + EPS:
                viol.append(f"{label}: client {v} served at {start[i]:g}, after its window closes at {tw[v, 1]:g}")
    finish = start[-1] if end is not None else start[-1] + instance.service_time[path[-1]]
    if finish > late + EPS:
        where = f"returns to depot {end}" if end is not None else "ends"
        viol.append(f"{label}: {where} at {finish:g}, after the shift or depot closes at {late:g}")


def _limit_violations(vt, load: np.ndarray, nodes, distance: float, duration: float, label: str,
                      viol: list[str]) -> None:
    if vt.capacity is not None:
        over = load > vt.capacity.reshape(1, -1) + EPS
        if over.any():
            i, k = (int(x) for x in np.argwhere(over)[0])
            where = "leaving the depot" if i == 0 else f"after client {nodes[i - 1]}"
            dim = f" in dimension {k}" if load.shape[1] > 1 else ""
            viol.append(f"{label}: load {load[i, k]:g}{dim} {where} exceeds capacity {vt.capacity[k]:g}")
    if vt.max_distance is not None and distance > vt.max_distance + EPS:
        viol.append(f"{label}: distance {distance:g} exceeds max_distance {vt.max_distance:g}")
    if vt.max_duration is not None and duration > vt.max_duration + EPS:
        viol.append(f"{label}: duration {duration:g} exceeds max_duration {vt.max_duration:g}")


def route_types(instance: Instance, routes: list, vehicle_types, violations: list[str]) -> list[int]:
    """The vehicle type of each route: ``vehicle_types`` checked, or type 0
    for every route when the instance has one type (a violation otherwise)."""
    k = len(effective_types(instance))
    if vehicle_types is None:
        if k > 1 and any(len(r) for r in routes if hasattr(r, "__len__")):
            violations.append(f"vehicle_types: not given, and the instance has {k} vehicle types")
        return [0] * len(routes)
    vts = list(vehicle_types) if hasattr(vehicle_types, "__iter__") and not isinstance(vehicle_types, str) else None
    if vts is None or len(vts) != len(routes):
        got = "no list" if vts is None else f"{len(vts)} entries"
        violations.append(f"vehicle_types: {got} for {len(routes)} routes (one type per route)")
        return [0] * len(routes)
    out = []
    for r, t in enumerate(vts):
        ok = isinstance(t, (int, np.integer)) and not isinstance(t, (bool, np.bool_)) and 0 <= t < k
        if not ok:
            violations.append(f"route {r + 1}: vehicle type {t!r} is not one of 0..{k - 1}")
        out.append(int(t) if ok else 0)
    return out


def check_rich(instance: Instance, routes: list, vehicle_types, node_lists: list) -> dict:
    """Costs, schedules and violations of checked routes on a rich instance.

    ``node_lists[r]`` is the client list of route ``r`` (``None`` when its
    ids were bad: reported already, left out here).  Returns a dict with
    ``violations``, ``schedules``, ``route_costs``, ``route_loads``,
    ``vehicle_types``, ``duration``, ``unvisited`` (optional clients left
    out) and ``prize_missed``.
    """
    viol: list[str] = []
    types = route_types(instance, routes, vehicle_types, viol)
    fleet = effective_types(instance)
    used = np.zeros(len(fleet), dtype=np.int64)
    scheds, used_types = [], []
    for r, nodes in enumerate(node_lists):
        if not nodes:
            continue
        depots = [v for v in nodes if v < instance.num_depots]
        if depots:
            viol.append(f"route {r + 1}: node {depots[0]} is a depot, not a client")
            continue
        s = route_schedule(instance, nodes, types[r], label=f"route {r + 1}")
        viol.extend(s.violations)
        used[types[r]] += 1
        scheds.append(s)
        used_types.append(types[r])
    for t, vt in enumerate(fleet):
        if used[t] > vt.num_available:
            viol.append(f"{used[t]} routes of vehicle type {t}, it has {vt.num_available} vehicles")
    return {"violations": viol, "schedules": scheds, "vehicle_types": used_types,
            "route_costs": [s.cost for s in scheds], "route_loads": [float(s.load[0].sum()) for s in scheds],
            "duration": float(sum(s.duration for s in scheds))}


def coverage(instance: Instance, visits: np.ndarray, violations: list[str]) -> tuple[list[int], float]:
    """Required clients exactly once, optional ones at most once; returns
    the optional clients left out and the prizes they carry."""
    nd = instance.num_depots
    req = np.ones(instance.n_nodes, dtype=bool) if instance.required is None else instance.required
    missing = np.flatnonzero((visits == 0) & req)
    missing = missing[missing >= nd]
    if missing.size:
        shown = ", ".join(str(int(v)) for v in missing[:10])
        more = f" and {missing.size - 10} more" if missing.size > 10 else ""
        violations.append(f"{missing.size} client(s) not visited: {shown}{more}")
    dup = np.flatnonzero(visits > 1)
    dup = dup[dup >= nd]
    if dup.size:
        violations.append(f"{dup.size} client(s) visited more than once: "
                          + ", ".join(str(int(v)) for v in dup[:10]))
    skipped = np.flatnonzero((visits == 0) & ~req)
    skipped = [int(v) for v in skipped if v >= nd]
    prize = 0.0 if instance.prize is None else float(instance.prize[skipped].sum())
    return skipped, prize


def schedules(instance: Instance, routes: list, vehicle_types=None) -> list[RouteSchedule]:
    """The :class:`RouteSchedule` of each route (client ids, vehicle type
    0 for every route when ``vehicle_types`` is left out), on any instance;
    what :meth:`nco.Solution.schedule` tabulates."""
    types = list(vehicle_types) if vehicle_types else [0] * len(routes)
    return [route_schedule(instance, [int(v) for v in r], int(t), label=f"route {k + 1}")
            for k, (r, t) in enumerate(zip(routes, types)) if len(r)]


#: Columns of :func:`schedule_rows` before the load columns.
SCHEDULE_COLUMNS = ("route", "vehicle_type", "stop", "node", "kind", "arrival", "wait", "start", "departure")


def schedule_rows(instance: Instance, scheds: list[RouteSchedule]) -> list[dict]:
    """One dict per stop of each schedule: :data:`SCHEDULE_COLUMNS` and
    ``load`` (one load dimension) or ``load_0``, ``load_1``, ... ."""
    rows = []
    dims = instance.load_dims
    for r, s in enumerate(scheds):
        for i, v in enumerate(s.nodes):
            kind = "client" if v >= instance.num_depots else ("start" if i == 0 else "end")
            row = {"route": r, "vehicle_type": s.vehicle_type, "stop": i, "node": int(v), "kind": kind,
                   "arrival": float(s.arrival[i]), "wait": float(s.wait[i]), "start": float(s.start[i]),
                   "departure": float(s.departure[i])}
            if dims == 1:
                row["load"] = float(s.load[i, 0])
            else:
                row.update({f"load_{k}": float(s.load[i, k]) for k in range(dims)})
            rows.append(row)
    return rows
