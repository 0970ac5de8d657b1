"""Vehicle types of a rich instance: fleet size, capacities, costs and shifts.

A :class:`VehicleType` describes ``num_available`` identical vehicles.  An
:class:`nco.Instance` without ``vehicle_types`` has one implicit type built
from its ``capacity``, ``num_vehicles`` and depot window (see
:func:`effective_types`), so that ATSP, CVRP and VRPTW instances stay what
they were.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from nco.errors import InputError, short_repr

#: The largest magnitude of a cost, time or distance bound of a vehicle type
#: (the same bound as :data:`nco.instance.MAX_VALUE`).
MAX_VALUE = 1e9


@dataclass
class VehicleType:
    """``num_available`` identical vehicles.

    Parameters
    ----------
    num_available
        Number of vehicles of this type (a positive integer).
    capacity
        Capacity per load dimension: one number, or one per dimension of the
        instance's ``demand``/``pickup``; ``None`` means uncapacitated.
    start_depot
        Depot node (``0 .. num_depots - 1``) where each route starts.
    end_depot
        Depot node where each route ends; ``None`` means the start depot.
    open_end
        The route ends at its last client (no return trip is driven or paid).
    fixed_cost
        Cost of using one vehicle of this type (paid once per non-empty route).
    unit_distance_cost
        Cost per unit of distance driven.
    unit_duration_cost
        Cost per unit of travel time (as VROOM's ``per_hour``: driving only,
        not waiting or service).
    tw_early, tw_late
        The shift: earliest departure from the start depot and latest
        arrival at the end (or at the last client when ``open_end``).
        ``None`` takes the start depot's time window (or no bound).
    max_duration
        Longest route duration, departure to end, waiting and service
        included; ``None`` means no bound.
    max_distance
        Longest route distance; ``None`` means no bound.
    name
        A label for reports.
    profile
        Which distance and duration matrices the vehicles drive on: 0 is
        the instance's ``distance`` and ``duration``, ``k`` its
        ``profiles[k - 1]``.
    """

    num_available: int = 1
    capacity: object = None
    start_depot: int = 0
    end_depot: int | None = None
    open_end: bool = False
    fixed_cost: float = 0.0
    unit_distance_cost: float = 1.0
    unit_duration_cost: float = 0.0
    tw_early: float | None = None
    tw_late: float | None = None
    max_duration: float | None = None
    max_distance: float | None = None
    name: str = ""
    profile: int = 0

    @property
    def end(self) -> int | None:
        """The depot node a route ends at, or ``None`` for an open route."""
        if self.open_end:
            return None
        return self.start_depot if self.end_depot is None else self.end_depot


def _number(label: str, v, *, optional: bool = False, positive: bool = False) -> float | None:
    if v is None and optional:
        return None
    if isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, float, np.integer, np.floating)):
        raise InputError(f"{label}: expected a number, got {short_repr(v)}")
    x = float(v)
    if not math.isfinite(x) or x < 0 or abs(x) > MAX_VALUE or (positive and x <= 0):
        what = "a positive" if positive else "a non-negative"
        raise InputError(f"{label}: expected {what} number up to {MAX_VALUE:g}, got {short_repr(v)}")
    return x


def _index(label: str, v, num_depots: int) -> int:
    if isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, np.integer)):
        raise InputError(f"{label}: expected a depot index, got {short_repr(v)}")
    if not 0 <= int(v) < num_depots:
        raise InputError(f"{label}: {int(v)} is not a depot (depots are 0..{num_depots - 1})")
    return int(v)


def validate_type(vt, k: int, num_depots: int, dims: int | None, n_clients: int, n_profiles: int = 1) -> VehicleType:
    """``vt`` checked and normalised; errors name ``vehicle_types[k].field``.

    ``dims`` is the number of load dimensions (``None``: no loads);
    ``n_profiles`` the number of matrix profiles of the instance.
    """
    if not isinstance(vt, VehicleType):
        raise InputError(f"vehicle_types[{k}]: expected an nco.VehicleType, got {type(vt).__name__}")
    p = f"vehicle_types[{k}]"
    n = vt.num_available
    if isinstance(n, (bool, np.bool_)) or not isinstance(n, (int, np.integer)) or n < 1:
        raise InputError(f"{p}.num_available: expected a positive integer, got {short_repr(n)}")
    vt.num_available = int(min(n, max(n_clients, 1)))
    vt.capacity = _capacity(f"{p}.capacity", vt.capacity, dims)
    vt.start_depot = _index(f"{p}.start_depot", vt.start_depot, num_depots)
    if vt.end_depot is not None:
        vt.end_depot = _index(f"{p}.end_depot", vt.end_depot, num_depots)
    vt.open_end = bool(vt.open_end)
    pr = vt.profile
    if isinstance(pr, (bool, np.bool_)) or not isinstance(pr, (int, np.integer)) or not 0 <= pr < n_profiles:
        raise InputError(f"{p}.profile: expected a profile in 0..{n_profiles - 1}, got {short_repr(pr)}")
    vt.profile = int(pr)
    for f in ("fixed_cost", "unit_distance_cost", "unit_duration_cost"):
        setattr(vt, f, _number(f"{p}.{f}", getattr(vt, f)))
    for f in ("tw_early", "tw_late", "max_duration", "max_distance"):
        setattr(vt, f, _number(f"{p}.{f}", getattr(vt, f), optional=True))
    if vt.tw_early is not None and vt.tw_late is not None and vt.tw_early > vt.tw_late:
        raise InputError(f"{p}: the shift opens at tw_early {vt.tw_early:g} after it closes at tw_late {vt.tw_late:g}")
    return vt


def _capacity(label: str, cap, dims: int | None) -> np.ndarray | None:
    if cap is None:
        return None
    a = np.atleast_1d(np.asarray(cap))
    if a.dtype.kind not in "iuf" or a.ndim != 1:
        raise InputError(f"{label}: expected a number or a list of numbers, got {short_repr(cap)}")
    a = a.astype(np.float64)
    if dims is not None and a.size not in (dims,):
        raise InputError(f"{label}: {a.size} entries, the loads have {dims} dimension(s)")
    bad = np.flatnonzero(~np.isfinite(a) | (a < 0) | (a > MAX_VALUE))
    if bad.size:
        raise InputError(f"{label}: dimension {int(bad[0])} is {a[bad[0]]:g}, expected 0..{MAX_VALUE:g}")
    return a


def effective_types(instance) -> list[VehicleType]:
    """The vehicle types of ``instance``: its own, or the one implicit type
    of a classic instance (its capacity and fleet, the depot's window)."""
    if instance.vehicle_types is not None:
        return instance.vehicle_types
    cap = None if instance.capacity is None else np.atleast_1d(np.asarray(instance.capacity, dtype=np.float64))
    num = instance.num_vehicles if instance.num_vehicles is not None else max(instance.n_clients, 1)
    return [VehicleType(num_available=int(num), capacity=cap, start_depot=0)]


def shift(instance, vt: VehicleType) -> tuple[float, float, float]:
    """``(early, depart_late, late)`` of a vehicle of type ``vt``: the
    earliest and latest departure (the shift and the start depot's time
    window) and the latest end (the shift and the end depot's window; an
    open route is bounded by the shift alone)."""
    early, depart_late, late = 0.0, math.inf, math.inf
    tw = instance.time_windows
    if tw is not None:
        early, depart_late = float(tw[vt.start_depot, 0]), float(tw[vt.start_depot, 1])
        if vt.end is not None:
            late = float(tw[vt.end, 1])
    if vt.tw_early is not None:
        early = max(early, vt.tw_early)
    if vt.tw_late is not None:
        depart_late = min(depart_late, vt.tw_late)
        late = min(late, vt.tw_late)
    return early, depart_late, late


class TypedRoutes(list):
    """Routes (lists of client ids) with the vehicle type of each route in
    :attr:`vehicle_types`; what a solver returns on an instance with
    several vehicle types.  It is a list, so code that wants plain routes
    reads it as one."""

    def __init__(self, routes=(), vehicle_types=()):
        super().__init__(routes)
        self.vehicle_types = list(vehicle_types)
