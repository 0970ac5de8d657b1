"""Integer data of rich instances (several depots, vehicle types, shifts,
pickups, release times, optional clients) for the solvers that take them.

Costs are folded into one integer matrix per distinct pair of unit costs
(``unit_distance_cost * distance + unit_duration_cost * duration``), so
that a solver's objective is the checker's; a vehicle type with a
``max_distance`` keeps the plain distance matrix instead and its unit costs
are rounded to integers (its objective is then close to the checker's, the
constraint exact).  Times are rounded so that integer-feasible schedules are
feasible on the original numbers, as in :func:`solvers.construct.integer_data`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from nco.solvers.construct import LOAD_TARGET, convention_scale, round_down, round_up

from nco.fleet import effective_types, shift
from nco.instance import Instance

#: Stand-in for "no bound" in integer data (PyVRP's and OR-Tools' limits are far above).
BIG = 2**40


@dataclass
class RichData:
    """An instance's rich data as integers (see the module docstring).

    ``profiles`` are the integer cost matrices and ``durations`` the
    integer travel times on them; vehicle type ``t`` uses
    ``profiles[type_profile[t]]`` and ``durations[type_profile[t]]``.  Per vehicle type: ``capacity``
    (dims,), ``shift`` ``(early, depart_late, late)``, ``fixed``,
    ``max_duration``, ``max_distance`` and the integer ``unit_costs``
    ``(distance, duration)`` on the profile's matrix and the durations
    (``(1, 0)`` for a folded profile).
    """

    profiles: list[np.ndarray]
    type_profile: list[int]
    durations: list[np.ndarray]
    service: np.ndarray
    tw: np.ndarray | None
    release: np.ndarray
    delivery: np.ndarray
    pickup: np.ndarray
    prize: np.ndarray
    required: np.ndarray
    capacity: list[np.ndarray]
    shift: list[tuple[int, int, int]]
    fixed: list[int]
    max_duration: list[int]
    max_distance: list[int]
    unit_costs: list[tuple[int, int]]
    cost_scale: float
    time_scale: float


def _profile_key(vt):
    if vt.max_distance is not None:
        return ("distance", vt.unit_distance_cost or 1.0, 0.0, vt.profile)
    return ("cost", vt.unit_distance_cost, vt.unit_duration_cost, vt.profile)


def _cost_matrices(instance: Instance, types) -> tuple[list[np.ndarray], list[int], list[tuple]]:
    keys: list[tuple] = []
    type_profile = []
    for vt in types:
        k = _profile_key(vt)
        if k not in keys:
            keys.append(k)
        type_profile.append(keys.index(k))
    mats = []
    for _, ud, ut, profile in keys:
        dist, dur = instance.matrices(profile)
        m = np.array(ud * dist + ut * dur, dtype=np.float64)
        np.fill_diagonal(m, 0.0)
        mats.append(m)
    return mats, type_profile, keys


def _load_data(instance: Instance, types):
    """Integer deliveries, pickups and capacities, scaled per dimension."""
    dims = instance.load_dims
    d = instance.demand.reshape(instance.n_nodes, dims)
    p = np.zeros_like(d) if instance.pickup is None else instance.pickup.reshape(instance.n_nodes, dims)
    total = d.sum(axis=0) + p.sum(axis=0)
    caps = [np.minimum(total + 1, BIG) if vt.capacity is None else vt.capacity for vt in types]
    cap_top = np.max(caps, axis=0)
    delivery, pickup, out_caps = np.zeros_like(d, dtype=np.int64), np.zeros_like(d, dtype=np.int64), []
    scales = np.ones(dims)
    for k in range(dims):
        vals = np.concatenate([d[:, k], p[:, k], [c[k] for c in caps]])
        if not np.allclose(vals, np.round(vals), atol=1e-6) and cap_top[k] > 0:
            scales[k] = LOAD_TARGET / cap_top[k]
        delivery[:, k] = round_up(d[:, k], scales[k])
        pickup[:, k] = round_up(p[:, k], scales[k])
    for c in caps:
        out_caps.append(np.array([int(round_down(np.array([c[k]]), scales[k])[0]) for k in range(dims)]))
    return delivery, pickup, out_caps


def _bound(x: float | None, scale: float, up: bool = False) -> int:
    if x is None or not math.isfinite(x):
        return BIG
    f = round_up if up else round_down
    return int(min(f(np.array([x]), scale)[0], BIG))


def rich_data(instance: Instance) -> RichData:
    """The :class:`RichData` of ``instance``."""
    types = effective_types(instance)
    mats, type_profile, keys = _cost_matrices(instance, types)
    extra = [vt.fixed_cost for vt in types] + ([] if instance.prize is None else list(instance.prize))
    cs = convention_scale(instance, np.concatenate([*(m.ravel() for m in mats), extra]))
    durs = []
    for key in keys:
        d = np.array(instance.matrices(key[3])[1], dtype=np.float64)
        np.fill_diagonal(d, 0.0)
        durs.append(d)
    shifts = [shift(instance, vt) for vt in types]
    times = [*(d.ravel() for d in durs), instance.service_time, [x for s in shifts for x in s if math.isfinite(x)],
             [vt.max_duration for vt in types if vt.max_duration is not None]]
    if instance.time_windows is not None:
        times.append(instance.time_windows.ravel())
    if instance.release_time is not None:
        times.append(instance.release_time)
    ts = convention_scale(instance, np.concatenate([np.ravel(t) for t in times]))
    tw = None
    if instance.time_windows is not None:
        tw = np.stack([round_up(instance.time_windows[:, 0], ts), round_down(instance.time_windows[:, 1], ts)], 1)
    delivery, pickup, caps = _load_data(instance, types)
    n1 = instance.n_nodes
    unit, max_distance = [], []
    for vt, (kind, ud, _, _) in zip(types, (keys[p] for p in type_profile)):
        folded = kind == "cost"
        unit.append((1, 0) if folded else (int(vt.unit_distance_cost > 0),
                                           round(vt.unit_duration_cost * cs / ts)))
        max_distance.append(_bound(vt.max_distance, cs * ud))
    return RichData(
        profiles=[np.round(m * cs).astype(np.int64) for m in mats], type_profile=type_profile,
        durations=[round_up(d, ts) for d in durs], service=round_up(instance.service_time, ts), tw=tw,
        release=np.zeros(n1, np.int64) if instance.release_time is None else round_up(instance.release_time, ts),
        delivery=delivery, pickup=pickup,
        prize=np.zeros(n1, np.int64) if instance.prize is None else np.round(instance.prize * cs).astype(np.int64),
        required=np.ones(n1, bool) if instance.required is None else instance.required,
        capacity=caps,
        shift=[(_bound(e, ts, up=True), _bound(dl, ts), _bound(la, ts)) for e, dl, la in shifts],
        fixed=[round(vt.fixed_cost * cs) for vt in types],
        max_duration=[_bound(vt.max_duration, ts) for vt in types],
        max_distance=max_distance,
        unit_costs=unit, cost_scale=cs, time_scale=ts,
    )
