"""VROOM (through ``pyvroom``) behind the common solver interface: a
benchmark peer, never a default.

Registered as solver ``"vroom"``; needs the optional extra ``vroom``
(``pip install 'nco[vroom]'``, pyvroom, BSD-2-Clause).  The instance goes to
VROOM as integer matrices (:func:`solvers.rich.rich_data`): one VROOM
profile per distinct pair of unit costs, whose cost matrix is the folded
cost, so that VROOM minimises the checker's cost.  Takes classic instances
and the rich fields in :data:`nco.solvers.CAPABILITIES`; VROOM's
``max_travel_time`` bounds driving time only (nco's ``max_duration`` the
whole route) and VROOM jobs cannot be made required, so durations,
distances, prizes and release times are left to the other solvers.

Time: VROOM builds its start solutions (32 at exploration level 5, its
default and highest) without looking at the clock, then gives each start's
local search an equal share of its timeout; without a timeout it stops when
every local search has converged ("VROOM's own time").  The timeout is the
budget's remaining time (an iteration limit is not used).  VROOM measures it
in wall-clock seconds; under a CPU-second budget (``clock="process"``) the
remaining CPU seconds are divided by the share of a core this process got
so far in the solve (:func:`cpu_share`), so that on a loaded machine VROOM
still gets about its CPU seconds.  VROOM looks at its timeout only between
local-search steps and builds its start solutions untimed, so a short limit
on a large instance is overrun (5 CPU s became 6-9 on 400 clients and 14 on
500 at exploration level 5); the benchmark's ``cpu_s`` column shows it.  One
thread by default, so that CPU seconds compare with the single-threaded
solvers.
"""

from __future__ import annotations

import datetime
import math

import numpy as np

from nco import solvers
from nco.budget import Budget
from nco.budget import cpu_share as budget_share
from nco.errors import InputError
from nco.fleet import TypedRoutes, effective_types
from nco.instance import Instance
from nco.solvers.construct import nearest
from nco.solvers.rich import BIG, rich_data

try:
    import vroom
except ModuleNotFoundError as exc:  # the method is then not available (solvers.get says why)
    raise ModuleNotFoundError("needs pyvroom, the optional extra 'vroom' (pip install 'nco[vroom]')") from exc

#: VROOM's matrices and times are unsigned 32-bit integers.
UINT32_MAX = 2**32 - 1
#: Seconds kept back from the time limit for building the input and reading the answer.
_RESERVE_S = 0.05
#: Wall-clock seconds (at most; 2 % of the time limit when less) over which
#: :func:`cpu_share` measures the share of a core under a CPU-second budget.
_PROBE_S = 0.2


def _vehicle_counts(instance: Instance) -> list[int]:
    """Vehicles per type; an unlimited classic fleet gets the routes of the
    nearest-neighbour construction plus 10 % (at least two)."""
    types = effective_types(instance)
    if instance.vehicle_types is None and instance.num_vehicles is None:
        k = len(nearest(instance))
        return [min(instance.n_clients, k + max(2, math.ceil(0.1 * k)))]
    return [vt.num_available for vt in types]


def vroom_input(instance: Instance):
    """A :class:`vroom.Input` of ``instance`` and the vehicle type of each
    VROOM vehicle (vehicle ids ``0..``; job ids are node ids)."""
    rd = rich_data(instance)
    inp = vroom.Input()
    for p, m in enumerate(rd.profiles):
        dur = np.minimum(rd.durations[p], UINT32_MAX).astype(np.uint32)
        inp.set_durations_matrix(profile=f"p{p}", matrix_input=dur)
        inp.set_costs_matrix(profile=f"p{p}", matrix_input=np.minimum(m, UINT32_MAX).astype(np.uint32))
    types = effective_types(instance)
    vtype = []
    for t, count in enumerate(_vehicle_counts(instance)):
        vt = types[t]
        early, _, late = rd.shift[t]
        kw = {"time_window": vroom.TimeWindow(max(early, 0), min(late, UINT32_MAX))} if late < BIG or early else {}
        if vt.capacity is not None:
            kw["capacity"] = [int(min(c, UINT32_MAX)) for c in rd.capacity[t]]
        for _ in range(count):
            inp.add_vehicle(vroom.Vehicle(
                id=len(vtype), start=vt.start_depot, end=vt.end, profile=f"p{rd.type_profile[t]}",
                costs=vroom.VehicleCosts(fixed=int(rd.fixed[t])), **kw))
            vtype.append(t)
    has_loads = any(vt.capacity is not None for vt in types)
    for k in instance.clients:
        kw = {}
        if has_loads:
            kw = {"delivery": vroom.Amount(rd.delivery[k].tolist()), "pickup": vroom.Amount(rd.pickup[k].tolist())}
        if rd.tw is not None:
            kw["time_windows"] = [vroom.TimeWindow(int(rd.tw[k, 0]), int(min(rd.tw[k, 1], UINT32_MAX)))]
        inp.add_job(vroom.Job(id=int(k), location=int(k), default_service=int(rd.service[k]), **kw))
    return inp, vtype


def routes_of(solution, vtype: list[int]) -> TypedRoutes:
    """Routes of a pyvroom solution as node ids, with vehicle types."""
    df = solution.routes
    routes, types = [], []
    for vid, g in df.groupby("vehicle_id", sort=False):
        r = [int(v) for v in g.loc[g["type"] == "job", "id"]]
        if r:
            routes.append(r)
            types.append(vtype[int(vid)])
    return TypedRoutes(routes, types)


def cpu_share(budget: Budget) -> float:
    """The share of a core this process got since ``budget`` started
    (:func:`nco.budget.cpu_share`), measured over at least
    ``min(_PROBE_S, 0.02 * time_limit)`` wall-clock seconds: when building
    the input took less, the rest is spent computing, as VROOM would."""
    return budget_share(budget, min(_PROBE_S, 0.02 * budget.time_limit))


def timeout(budget: Budget) -> datetime.timedelta | None:
    """VROOM's (wall-clock) timeout for what is left of ``budget``: ``None``
    without a time limit; the remaining seconds less a small reserve, and on
    the ``process`` clock those CPU seconds over :func:`cpu_share`."""
    if budget.time_limit is None:
        return None
    left = budget.remaining() - _RESERVE_S
    if budget.clock == "process":
        left /= cpu_share(budget)
    return datetime.timedelta(seconds=max(0.01, left))


@solvers.register("vroom")
def solve(instance: Instance, budget: Budget, seed: int = 0, initial=None, progress=None,
          exploration_level: int = 5, threads: int = 1, **options) -> TypedRoutes:
    """Solve ``instance`` with VROOM.

    Parameters
    ----------
    instance
        The instance.
    budget
        The :class:`nco.budget.Budget`; its remaining time is VROOM's
        timeout (none without a time limit; see :func:`timeout` for CPU
        seconds).
    seed, initial, progress
        Accepted for the common interface; VROOM has no seed, warm start
        from nco routes or progress callback here.
    exploration_level
        VROOM's ``-x`` (1..5, default 5, its highest).
    threads
        VROOM's ``-t`` (default 1).

    Returns
    -------
    TypedRoutes
        VROOM's routes (client ids) and the vehicle type of each.
    """
    if options:
        raise InputError(f"vroom: unknown option(s) {', '.join(sorted(options))}")
    budget = Budget.coerce(budget)
    inp, vtype = vroom_input(instance)
    sol = inp.solve(exploration_level=int(exploration_level), nb_threads=int(threads), timeout=timeout(budget))
    return routes_of(sol, vtype)
