"""The one instance model shared by every reader, solver and checker.

Node 0 is the depot (for a TSP/ATSP: the start of the tour); clients are
nodes ``1..n``.  Matrices are indexed by node: ``distance[i, j]`` is the cost
of going from ``i`` to ``j`` and may differ from ``distance[j, i]``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np

from nco.errors import InputError, short_repr
from nco.fleet import validate_type
from nco.matrix import (  # noqa: F401
    CONVENTIONS,
    DENSE_LIMIT,
    MAX_COORD_NODES,
    CoordinateMatrix,
    apply_convention,
    euclidean,
)

#: Matrix entries at or above this value mean "no road between these nodes"
#: (RRNCO stores 1e9 before scaling to km; TSPLIB uses large dummy values on
#: the diagonal only).
UNREACHABLE = 1e8

#: The most nodes (depot included) an instance with a dense matrix may
#: have; readers check it before allocating.  Dense matrices at this size
#: take 200 MB each, and a PyVRP solve of a random 5,000-client CVRP peaks at
#: about 1.9 GB: larger instances would break the guarantee that an input
#: under 10 MB never takes more than 2 GB.  Coordinate instances above it
#: hold a :class:`~nco.matrix.CoordinateMatrix` (up to
#: :data:`~nco.matrix.MAX_COORD_NODES` nodes).
MAX_NODES = DENSE_LIMIT

#: The largest magnitude of a demand, capacity, service time, time-window
#: bound or coordinate.  Solvers scale values to 64-bit integers; larger
#: values would overflow there, so they are refused here with the field.
MAX_VALUE = 1e9


@dataclass
class Instance:
    """A routing instance: ATSP/TSP, (A)CVRP or (A)VRPTW.

    Parameters
    ----------
    distance
        ``(n+1, n+1)`` cost matrix, already in the instance's cost convention
        (readers apply it; see :func:`apply_convention`).  The diagonal is
        ignored.
    duration
        ``(n+1, n+1)`` travel-time matrix; defaults to ``distance``.
    demand
        ``(n+1,)`` client demands, ``demand[0]`` (the depot) is 0.  Defaults
        to zeros.
    capacity
        Vehicle capacity; ``None`` means uncapacitated.
    num_vehicles
        Fleet size; ``None`` means unlimited.
    time_windows
        ``(n+1, 2)`` earliest/latest start of service; row 0 is the depot's
        opening horizon.  ``None`` means no time windows.
    service_time
        ``(n+1,)`` service durations; defaults to zeros.
    coords
        Optional ``(n+1, 2)`` coordinates, for plotting and neural features.
    convention
        How costs are stated: ``raw``, ``round`` (CVRPLIB) or ``trunc1``
        (DIMACS).  Recorded so that writers and reports can say it.
    name
        Instance name (used to look up best-known solutions).
    problem
        ``"atsp"``, ``"cvrp"`` or ``"vrptw"``; inferred when omitted.
    """

    distance: np.ndarray
    duration: np.ndarray | None = None
    demand: np.ndarray | None = None
    capacity: float | None = None
    num_vehicles: int | None = None
    time_windows: np.ndarray | None = None
    service_time: np.ndarray | None = None
    coords: np.ndarray | None = None
    convention: str = "raw"
    name: str = "instance"
    problem: str | None = None
    meta: dict = field(default_factory=dict)

    num_depots: int = 1
    pickup: np.ndarray | None = None
    release_time: np.ndarray | None = None
    prize: np.ndarray | None = None
    required: np.ndarray | None = None
    vehicle_types: list | None = None
    profiles: list | None = None

    def __post_init__(self) -> None:
        self._validate_matrices()
        n1 = self.n_nodes
        self.num_depots = _depots(self.num_depots, n1)
        self.demand = _loads("demand", self.demand, n1, self.num_depots)
        self.service_time = _vector("service_time", self.service_time, n1, default=0.0)
        if self.coords is not None:
            self.coords = _numeric("coords", self.coords)
            if self.coords.shape != (n1, 2):
                raise InputError(f"coords has shape {self.coords.shape}, expected ({n1}, 2)")
            if not np.isfinite(self.coords).all():
                i = int(np.argwhere(~np.isfinite(self.coords))[0, 0])
                raise InputError(f"coords: node {i} has a non-finite coordinate")
            _bounded("coords", np.abs(self.coords).max(axis=1))
        if self.convention not in CONVENTIONS:
            raise InputError(f"convention must be one of {CONVENTIONS}, got {self.convention!r}")
        self._validate_clients()
        self._validate_capacity()
        if self.num_vehicles is not None:
            if self.vehicle_types is not None:
                raise InputError("num_vehicles: give the fleet per vehicle type (vehicle_types[k].num_available)")
            self.num_vehicles = _fleet(self.num_vehicles, n1 - 1)
        self._validate_profiles()
        self._validate_fleet()
        if self.time_windows is not None:
            self._validate_time_windows()
        self._infer_problem()
        self._check_reachable()
        if self.capacity is not None and self.num_vehicles is not None and self.demand.ndim == 1:
            total = float(self.demand.sum())
            if total > self.capacity * self.num_vehicles + 1e-9:
                raise InputError(
                    f"total demand {total:g} exceeds the fleet's capacity "
                    f"{self.num_vehicles} x {self.capacity:g}"
                )

    def _validate_matrices(self) -> None:
        if isinstance(self.distance, CoordinateMatrix):
            self._validate_coordinate_matrix()
            return
        self.distance = _matrix("distance", self.distance)
        n1 = self.distance.shape[0]
        if n1 < 2:
            raise InputError("an instance needs a depot and at least one client (distance is 1 x 1)")
        if n1 > MAX_NODES:
            raise InputError(f"distance: {n1} nodes, the maximum is {MAX_NODES}")
        if self.duration is None:
            self.duration = self.distance
        else:
            self.duration = _matrix("duration", self.duration)
            if self.duration.shape != self.distance.shape:
                raise InputError(
                    f"duration has shape {self.duration.shape}, distance has {self.distance.shape}"
                )

    def _validate_coordinate_matrix(self) -> None:
        """Distances (and durations) computed from the coordinates on demand."""
        m = self.distance
        if not 2 <= len(m) <= MAX_COORD_NODES:
            raise InputError(f"distance: {len(m)} nodes, must be between 2 and {MAX_COORD_NODES}")
        if self.duration is not None and self.duration is not m:
            raise InputError("duration: an instance with a coordinate matrix travels at its distances "
                             "(give no duration matrix)")
        if self.profiles:
            raise InputError("profiles: not available with a coordinate matrix")
        self.duration = m
        if self.coords is None:
            self.coords = np.array(m.coords)
        elif not np.array_equal(np.asarray(self.coords, dtype=np.float64), m.coords):
            raise InputError("coords differ from the coordinates of the distance matrix")

    @property
    def implicit(self) -> bool:
        """Whether the distances are computed from coordinates on demand
        (:class:`~nco.matrix.CoordinateMatrix`) instead of held as a matrix."""
        return isinstance(self.distance, CoordinateMatrix)

    def _validate_clients(self) -> None:
        """Pickups, release times, prizes and the required flags."""
        n1, nd = self.n_nodes, self.num_depots
        if self.pickup is not None:
            self.pickup = _loads("pickup", self.pickup, n1, nd)
            if self.pickup.shape != self.demand.shape:
                if self.demand.ndim == 1 and not self.demand.any():
                    self.demand = np.zeros(self.pickup.shape)
                else:
                    raise InputError(f"pickup has shape {self.pickup.shape}, demand has {self.demand.shape}")
        if self.release_time is not None:
            self.release_time = _vector("release_time", self.release_time, n1, default=0.0)
        if self.prize is not None:
            self.prize = _vector("prize", self.prize, n1, default=0.0)
        if self.required is not None:
            self.required = _flags("required", self.required, n1)
            if not self.required[:nd].all():
                raise InputError(f"required: depot {int(np.flatnonzero(~self.required[:nd])[0])} is not required")

    def _validate_capacity(self) -> None:
        """The instance-wide capacity (one number, or one per load dimension)."""
        loads = self.demand if self.pickup is None else np.maximum(self.demand, self.pickup)
        if self.capacity is None:
            if np.any(loads > 0) and self.vehicle_types is None:
                raise InputError("demand is given but capacity is not")
            return
        if self.vehicle_types is not None:
            raise InputError("capacity: give it per vehicle type (vehicle_types[k].capacity)")
        if np.ndim(self.capacity) == 0 and self.demand.ndim == 1:
            self.capacity = _scalar("capacity", self.capacity)
            if not np.isfinite(self.capacity) or not 0 < self.capacity <= MAX_VALUE:
                raise InputError(f"capacity must be a positive number up to {MAX_VALUE:g}, got {self.capacity:g}")
            over = np.flatnonzero(loads > self.capacity)
            if over.size:
                i = int(over[0])
                what = "demand" if self.demand[i] > self.capacity else "pickup"
                amount = self.demand[i] if what == "demand" else self.pickup[i]
                raise InputError(
                    f"{what}: client {i} has {what} {amount:g} above the vehicle capacity {self.capacity:g}"
                )
            return
        self.capacity = _capacity_vector("capacity", self.capacity, _dims(self.demand))
        _fits("the vehicle capacity", loads, self.capacity, self.demand, self.pickup)

    def _validate_profiles(self) -> None:
        """Extra ``(distance, duration)`` matrix pairs for vehicle types
        with ``profile`` 1, 2, ..."""
        if self.profiles is None:
            return
        if self.vehicle_types is None:
            raise InputError("profiles: give vehicle_types that use them (vehicle_types[k].profile)")
        if isinstance(self.profiles, (str, bytes, dict)) or not hasattr(self.profiles, "__iter__"):
            raise InputError(f"profiles: expected a list of (distance, duration) pairs, got "
                             f"{type(self.profiles).__name__}")
        out = []
        for k, pair in enumerate(self.profiles):
            if not isinstance(pair, (tuple, list)) or len(pair) != 2:
                raise InputError(f"profiles[{k}]: expected a (distance, duration) pair")
            dist = _matrix(f"profiles[{k}].distance", pair[0])
            dur = dist if pair[1] is None else _matrix(f"profiles[{k}].duration", pair[1])
            for label, m in (("distance", dist), ("duration", dur)):
                if m.shape != self.distance.shape:
                    raise InputError(f"profiles[{k}].{label} has shape {m.shape}, distance has {self.distance.shape}")
            out.append((dist, dur))
        self.profiles = out

    def matrices(self, profile: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """``(distance, duration)`` of matrix profile ``profile`` (0: the
        instance's own)."""
        if profile == 0:
            return self.distance, self.duration
        return self.profiles[profile - 1]

    def _validate_fleet(self) -> None:
        """The vehicle types, when given."""
        if self.vehicle_types is None:
            return
        if isinstance(self.vehicle_types, (str, bytes, dict)) or not hasattr(self.vehicle_types, "__iter__"):
            raise InputError(f"vehicle_types: expected a list of nco.VehicleType, got "
                             f"{type(self.vehicle_types).__name__}")
        self.vehicle_types = list(self.vehicle_types)
        if not self.vehicle_types:
            raise InputError("vehicle_types: the list is empty")
        dims = _dims(self.demand)
        n_profiles = 1 + len(self.profiles or ())
        self.vehicle_types = [validate_type(vt, k, self.num_depots, dims, self.n_clients, n_profiles)
                              for k, vt in enumerate(self.vehicle_types)]
        caps = [np.full(dims, np.inf) if vt.capacity is None else vt.capacity for vt in self.vehicle_types]
        loads = self.demand if self.pickup is None else np.maximum(self.demand, self.pickup)
        _fits("every vehicle type's capacity", loads, np.max(caps, axis=0), self.demand, self.pickup)

    def _infer_problem(self) -> None:
        rich = bool(self.fields_used())
        if self.problem is None:
            if self.time_windows is not None:
                self.problem = "vrptw"
            elif self.capacity is not None or rich:
                self.problem = "cvrp"
            else:
                self.problem = "atsp"
        if self.problem not in ("atsp", "cvrp", "vrptw"):
            raise InputError(f"problem must be atsp, cvrp or vrptw, got {self.problem!r}")
        if self.problem == "atsp" and self.num_vehicles is None and self.vehicle_types is None:
            self.num_vehicles = 1
        if self.problem == "cvrp" and self.capacity is None and not rich:
            raise InputError("a CVRP instance needs a capacity")
        if self.problem == "vrptw" and self.time_windows is None:
            raise InputError("a VRPTW instance needs time windows")

    def fields_used(self) -> list[str]:
        """Names of the fields beyond a classic ATSP/CVRP/VRPTW that this
        instance uses (a solver that cannot handle one of them refuses)."""
        out = []
        if self.num_depots > 1:
            out.append("num_depots")
        if self.vehicle_types is not None:
            out.append("vehicle_types")
        if self.demand.ndim == 2 or np.ndim(self.capacity) == 1:
            out.append("capacity dimensions")
        for f in ("pickup", "release_time", "prize"):
            v = getattr(self, f)
            if v is not None and np.any(v > 0):
                out.append(f)
        if self.required is not None and not self.required.all():
            out.append("required")
        for vt in self.vehicle_types or ():
            out.extend(f for f in _type_fields(vt) if f not in out)
        return out

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the data that defines the instance (problem, fleet,
        capacity and every matrix and vector, after the cost convention is
        applied), not its name: two instances with the same fingerprint have
        the same solutions at the same costs.  Best-known costs are matched
        by it."""
        h = hashlib.sha256()
        head = f"{self.problem}|{self.n_nodes}|{self.num_vehicles}|{self.capacity!r}"
        h.update(head.encode())
        mats = (self.distance, self.duration)
        if self.implicit:
            h.update(f"|{self.distance.edge_type}|{self.distance.convention}".encode())
            mats = (self.distance.coords,)
        for a in (*mats, self.demand, self.service_time, self.time_windows):
            h.update(b"-" if a is None else np.ascontiguousarray(a, dtype="<f8").tobytes())
        if self.fields_used():
            h.update(f"|{self.num_depots}|{self.vehicle_types!r}".encode())
            for pair in self.profiles or ():
                for a in pair:
                    h.update(np.ascontiguousarray(a, dtype="<f8").tobytes())
            for a in (self.pickup, self.release_time, self.prize, self.required):
                h.update(b"-" if a is None else np.ascontiguousarray(a, dtype="<f8").tobytes())
        return h.hexdigest()

    # -- validation helpers -------------------------------------------------
    def _check_reachable(self) -> None:
        if self.implicit:
            return  # finite coordinates: every node reaches every other
        pairs = [("distance", self.distance), ("duration", self.duration)]
        for k, (dist, dur) in enumerate(self.profiles or ()):
            pairs += [(f"profiles[{k}].distance", dist), (f"profiles[{k}].duration", dur)]
        seen: set[int] = set()
        for label, m in pairs:
            if id(m) in seen:  # a duration that is the distance matrix is checked once
                continue
            seen.add(id(m))
            far = m >= UNREACHABLE
            np.fill_diagonal(far, False)
            if far.any():
                bad = np.argwhere(far)
                i, j = (int(x) for x in bad[0])
                raise InputError(
                    f"{label}: node {j} is unreachable from node {i} (entry {m[i, j]:g}); "
                    f"{len(bad)} unreachable pair(s) in all"
                )

    def _validate_time_windows(self) -> None:
        tw = _numeric("time_windows", self.time_windows)
        n1 = self.n_nodes
        if tw.shape != (n1, 2):
            raise InputError(f"time_windows has shape {tw.shape}, expected ({n1}, 2)")
        if not np.isfinite(tw).all():
            i = int(np.argwhere(~np.isfinite(tw))[0, 0])
            raise InputError(f"time_windows: node {i} has a non-finite bound")
        _bounded("time_windows", np.abs(tw).max(axis=1))
        bad = np.flatnonzero(tw[:, 0] > tw[:, 1])
        if bad.size:
            i = int(bad[0])
            raise InputError(
                f"time_windows: client {i} opens at {tw[i, 0]:g} after it closes at {tw[i, 1]:g}"
            )
        self.time_windows = tw
        if self.num_depots > 1 or self.vehicle_types is not None:
            return  # which vehicle can reach a client is the checker's question
        start, end = tw[0]
        d = self.duration
        arrive = np.maximum(start + d[0], tw[:, 0])
        for i in range(1, n1):
            if self.required is not None and not self.required[i]:
                continue
            if start + d[0, i] > tw[i, 1] + 1e-9:
                raise InputError(
                    f"time_windows: client {i} closes at {tw[i, 1]:g} but the earliest arrival "
                    f"from the depot is {start + d[0, i]:g}"
                )
            back = arrive[i] + self.service_time[i] + d[i, 0]
            if back > end + 1e-9:
                raise InputError(
                    f"time_windows: client {i} cannot be served and return to the depot by "
                    f"{end:g} (earliest return {back:g})"
                )

    # -- properties ---------------------------------------------------------
    @property
    def n_nodes(self) -> int:
        """Number of nodes, depot included."""
        return int(self.distance.shape[0])

    @property
    def n_clients(self) -> int:
        """Number of clients (nodes ``num_depots .. n_nodes - 1``)."""
        return self.n_nodes - self.num_depots

    @property
    def clients(self) -> np.ndarray:
        """The client node ids."""
        return np.arange(self.num_depots, self.n_nodes)

    @property
    def load_dims(self) -> int:
        """Number of load dimensions (1 for a classic instance)."""
        return _dims(self.demand)

    @property
    def symmetric(self) -> bool:
        """Whether distances and durations are symmetric (computed once per pair of matrices)."""
        if self.implicit:
            return True
        key = (id(self.distance), id(self.duration))
        cached = self.__dict__.get("_symmetric_cache")
        if cached is None or cached[0] != key:
            value = _symmetric(self.distance) and (self.duration is self.distance or _symmetric(self.duration))
            self.__dict__["_symmetric_cache"] = cached = (key, value)
        return cached[1]

    @property
    def kind(self) -> str:
        """Problem name with an ``A`` prefix when the matrices are asymmetric
        (``ATSP``, ``CVRP``, ``ACVRP``, ``VRPTW``, ``ACVRPTW``)."""
        if self.problem == "atsp":
            return "ATSP" if not self.symmetric else "TSP"
        if self.symmetric:
            return self.problem.upper()
        return {"cvrp": "ACVRP", "vrptw": "ACVRPTW"}[self.problem]

    def __repr__(self) -> str:
        fleet = "unlimited" if self.num_vehicles is None else str(self.num_vehicles)
        cap = "" if self.capacity is None else f", capacity={_fmt(self.capacity)}"
        if self.vehicle_types is not None:
            fleet = f"{len(self.vehicle_types)} type(s), {sum(v.num_available for v in self.vehicle_types)} vehicles"
        if self.num_depots > 1:
            cap += f", depots={self.num_depots}"
        return f"Instance({self.name!r}, {self.kind}, n_clients={self.n_clients}{cap}, fleet={fleet}, convention={self.convention})"

    def subset(self, nodes: np.ndarray, name: str | None = None, num_vehicles="same") -> Instance:
        """A new instance on ``nodes`` (node ``nodes[0]`` becomes the depot)
        with this instance's fleet, or ``num_vehicles``; classic instances
        only (depots, vehicle types, ... are refused)."""
        used = self.fields_used()
        if used:
            raise InputError(f"subset: not for instances with the field(s) {', '.join(used)}")
        idx = np.asarray(nodes, dtype=int)
        tw = None if self.time_windows is None else self.time_windows[idx]
        dist = self.distance[np.ix_(idx, idx)]
        return Instance(
            distance=dist,
            duration=dist if self.duration is self.distance else self.duration[np.ix_(idx, idx)],
            demand=self.demand[idx],
            capacity=self.capacity,
            num_vehicles=self.num_vehicles if isinstance(num_vehicles, str) and num_vehicles == "same" else num_vehicles,
            time_windows=tw,
            service_time=self.service_time[idx],
            coords=None if self.coords is None else self.coords[idx],
            convention=self.convention,
            name=name or f"{self.name}-sub{len(idx) - 1}",
            problem=self.problem,
        )


def _symmetric(m: np.ndarray, block: int = 512) -> bool:
    """``np.allclose(m, m.T)``, a block of rows at a time (no full-size temporaries)."""
    for i in range(0, m.shape[0], block):
        if not np.allclose(m[i:i + block], m[:, i:i + block].T):
            return False
    return True


def _numeric(label: str, v) -> np.ndarray:
    """``v`` as a float64 array; booleans, complex numbers, strings and
    objects are refused rather than converted."""
    try:
        a = np.asarray(v)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{label} is not numeric ({exc})") from None
    if a.dtype.kind not in "iuf":
        raise InputError(f"{label}: expected real numbers, got {_kind_name(a.dtype)} values")
    return a.astype(np.float64, copy=False)


def _kind_name(dtype) -> str:
    return {"b": "boolean", "c": "complex", "U": "text", "S": "bytes", "O": "object", "M": "datetime",
            "m": "timedelta", "V": "structured"}.get(dtype.kind, str(dtype))


def _scalar(label: str, v) -> float:
    a = _numeric(label, v)
    if a.size != 1:
        raise InputError(f"{label}: expected one number, got {a.size}")
    return float(a.reshape(-1)[0])


def _bounded(label: str, a: np.ndarray) -> None:
    big = np.flatnonzero(a > MAX_VALUE)
    if big.size:
        i = int(big[0])
        raise InputError(f"{label}: node {i} has a value above the maximum of {MAX_VALUE:g} ({a[i]:g})")


def _fleet(v, n_clients: int) -> int:
    """A positive whole fleet size; sizes above the number of clients mean
    "unlimited" and are capped there (no solution uses more routes)."""
    if isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, np.integer, float, np.floating)):
        raise InputError(f"num_vehicles must be a positive integer, got {v!r}")
    if not np.isfinite(v) or int(v) != v or v < 1:
        raise InputError(f"num_vehicles must be a positive integer, got {v!r}")
    return int(min(v, max(n_clients, 1)))


def _matrix(label: str, m) -> np.ndarray:
    a = _numeric(label, m)
    if a.ndim != 2 or a.shape[0] != a.shape[1]:
        raise InputError(f"{label} must be a square matrix, got shape {a.shape}")
    if a.size and a.min() >= 0 and np.isfinite(a.max()):
        return a  # two passes: no NaN (it would make min() NaN), nothing negative, nothing infinite
    nan = np.isnan(a)
    if nan.any():
        i, j = (int(x) for x in np.argwhere(nan)[0])
        raise InputError(f"{label}: entry ({i}, {j}) is NaN")
    neg = a < 0
    np.fill_diagonal(neg, False)
    if neg.any():
        i, j = (int(x) for x in np.argwhere(neg)[0])
        raise InputError(f"{label}: entry ({i}, {j}) is negative ({a[i, j]:g})")
    inf = np.isinf(a)
    np.fill_diagonal(inf, False)
    if inf.any():  # +inf off the diagonal means unreachable; reported by _check_reachable
        a = np.where(inf, UNREACHABLE * 10, a)
    return a


def _vector(label: str, v, n: int, default: float) -> np.ndarray:
    if v is None:
        return np.full(n, default, dtype=np.float64)
    a = _numeric(label, v).reshape(-1)
    if a.shape != (n,):
        raise InputError(f"{label} has {a.size} entries, expected {n} (one per node, depot first)")
    bad = np.flatnonzero(~np.isfinite(a))
    if bad.size:
        raise InputError(f"{label}: client {int(bad[0])} has a non-finite value")
    neg = np.flatnonzero(a < 0)
    if neg.size:
        i = int(neg[0])
        raise InputError(f"{label}: client {i} has a negative value ({a[i]:g})")
    _bounded(label, a)
    return a


def _fmt(cap) -> str:
    return f"{cap:g}" if np.ndim(cap) == 0 else "[" + ", ".join(f"{c:g}" for c in cap) + "]"


def _depots(v, n1: int) -> int:
    if isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, np.integer)) or not 1 <= v < n1:
        raise InputError(f"num_depots must be an integer in 1..{n1 - 1} (at least one client), got {v!r}")
    return int(v)


def _dims(demand: np.ndarray) -> int:
    return 1 if demand.ndim == 1 else int(demand.shape[1])


def _loads(label: str, v, n1: int, num_depots: int) -> np.ndarray:
    """Delivery or pickup amounts: ``(n1,)`` or ``(n1, dims)``, non-negative,
    zero at the depots."""
    if v is None or np.ndim(v) <= 1:
        a = _vector(label, v, n1, default=0.0)
    else:
        a = _numeric(label, v)
        if a.ndim != 2 or a.shape[0] != n1 or not 1 <= a.shape[1] <= 16:
            raise InputError(f"{label} has shape {a.shape}, expected ({n1},) or ({n1}, dims) with 1..16 dims")
        bad = ~np.isfinite(a) | (a < 0) | (a > MAX_VALUE)
        if bad.any():
            i, k = (int(x) for x in np.argwhere(bad)[0])
            raise InputError(f"{label}: client {i} has {a[i, k]:g} in dimension {k}, expected 0..{MAX_VALUE:g}")
    depot = a[:num_depots].reshape(num_depots, -1)
    if depot.any():
        d = int(np.flatnonzero(depot.any(axis=1))[0])
        amount = depot[d].max()
        if d == 0:
            raise InputError(f"{label}: the depot (node 0) has {label} {amount:g}, expected 0")
        raise InputError(f"{label}: depot {d} has {label} {amount:g}, expected 0")
    return a


def _flags(label: str, v, n1: int) -> np.ndarray:
    a = np.asarray(v)
    if a.dtype.kind not in "biu" or a.shape != (n1,) or (a.dtype.kind != "b" and not np.isin(a, (0, 1)).all()):
        raise InputError(f"{label}: expected {n1} booleans (one per node, depots first), got {short_repr(v)}")
    return a.astype(bool)


def _capacity_vector(label: str, cap, dims: int) -> np.ndarray:
    a = _numeric(label, cap).reshape(-1)
    if a.size != dims:
        raise InputError(f"{label}: {a.size} entries, the loads have {dims} dimension(s)")
    bad = np.flatnonzero(~np.isfinite(a) | (a <= 0) | (a > MAX_VALUE))
    if bad.size:
        k = int(bad[0])
        raise InputError(f"{label}: dimension {k} is {a[k]:g}, expected a positive number up to {MAX_VALUE:g}")
    return a


def _fits(what: str, loads: np.ndarray, cap: np.ndarray, demand: np.ndarray, pickup) -> None:
    """Every client's delivery and pickup within ``cap`` in each dimension."""
    over = loads.reshape(loads.shape[0], -1) > cap.reshape(1, -1)
    if over.any():
        i, k = (int(x) for x in np.argwhere(over)[0])
        d = demand.reshape(demand.shape[0], -1)[i, k]
        label = "demand" if d > cap.reshape(-1)[k] else "pickup"
        amount = d if label == "demand" else pickup.reshape(pickup.shape[0], -1)[i, k]
        raise InputError(f"{label}: client {i} has {amount:g} in dimension {k}, above {what} "
                         f"({cap.reshape(-1)[k]:g})")


def _type_fields(vt) -> list[str]:
    """The vehicle-type fields ``vt`` sets away from their defaults."""
    out = []
    if vt.fixed_cost:
        out.append("fixed_cost")
    if vt.unit_distance_cost != 1.0:
        out.append("unit_distance_cost")
    if vt.unit_duration_cost:
        out.append("unit_duration_cost")
    if vt.tw_early is not None or vt.tw_late is not None:
        out.append("shift time window")
    for f in ("max_duration", "max_distance"):
        if getattr(vt, f) is not None:
            out.append(f)
    if vt.profile:
        out.append("profile")
    if vt.open_end:
        out.append("open_end")
    elif vt.end_depot is not None and vt.end_depot != vt.start_depot:
        out.append("end_depot")
    return out
