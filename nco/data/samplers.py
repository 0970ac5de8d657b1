"""ATSP / ACVRP / ACVRPTW instances drawn from city matrices (RRNCO distributions).

An instance picks ``N`` points of a city (ATSP) or a depot and ``N`` clients
(ACVRP, ACVRPTW) without replacement and takes the sub-matrices.

- ``mode="uniform"``: points drawn uniformly from the city's points;
  ``mode="cluster"``: the ``N`` (or ``N + 1``) points nearest to a random
  point of the city (straight-line), in random order.
- Demands: integers U{1..9}.  Capacity: :func:`capacity_for` (50 / 70 / 100
  / 150 for N = 100 / 200 / 500 / 1000, the table of Kool et al. that
  RRNCO uses, interpolated linearly in between).
- ACVRPTW: the duration matrix is min-max normalised per instance (so times
  are fractions of the longest trip); depot window ``[0, 4.6]``; service
  times U[0.15, 0.18]; window lengths U[0.18, 0.2]; window start
  ``d_0i + (h - 1) * d_max * U[0, 1]`` with ``d_max = max(d_0i, d_i0)`` and
  ``h = (4.6 - service - length) / d_max - 1``, so that every client can be
  reached in its window and the vehicle can still return to the depot.
  Distances stay in kilometres.
- Coordinates: the points' (latitude, longitude) min-max normalised per
  instance, as in RRNCO's files (column 0 is latitude).

Everything is seeded through :class:`numpy.random.Generator`: the same seed
gives the same instances.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from nco.data.cities import CityMatrix, city_matrices, haversine_km
from nco.errors import InputError
from nco.instance import Instance

PROBLEMS = ("atsp", "acvrp", "acvrptw")
MODES = ("uniform", "cluster")

#: Vehicle capacity by number of clients (Kool et al. 2019; RRNCO's table).
CAPACITIES = {10: 20.0, 15: 25.0, 20: 30.0, 30: 33.0, 40: 37.0, 50: 40.0, 60: 43.0, 75: 45.0,
              100: 50.0, 125: 55.0, 150: 60.0, 200: 70.0, 500: 100.0, 1000: 150.0}

#: ACVRPTW: depot horizon and the ranges of service times and window lengths
#: (in units of the instance's longest travel time).
HORIZON = 4.6
SERVICE_RANGE = (0.15, 0.18)
WINDOW_RANGE = (0.18, 0.2)
DEMAND_RANGE = (1, 9)


def capacity_for(n: int) -> float:
    """Vehicle capacity for ``n`` clients: the table :data:`CAPACITIES`,
    linear in between, extended linearly beyond 1000 (0.1 per client)."""
    if n < 1:
        raise InputError(f"number of clients must be positive, got {n}")
    keys = np.array(sorted(CAPACITIES), dtype=float)
    vals = np.array([CAPACITIES[int(k)] for k in keys])
    if n > keys[-1]:
        return float(vals[-1] + 0.1 * (n - keys[-1]))
    return float(np.round(np.interp(n, keys, vals), 2))


def _rng(seed) -> np.random.Generator:
    return seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)


def _cities(cities) -> list[CityMatrix]:
    if isinstance(cities, (CityMatrix, str)):
        cities = [cities]
    elif isinstance(cities, dict):
        cities = list(cities.values())
    try:
        cities = list(cities)
    except TypeError:
        cities = [cities]
    if not cities or not all(isinstance(c, (CityMatrix, str)) for c in cities):
        raise InputError("cities must be a CityMatrix or a bundled city name, or a list or dict of them")
    return [(city_matrices(c) if isinstance(c, str) else c).reachable() for c in cities]


_STRAIGHT: dict[int, tuple] = {}


def _straight(city: CityMatrix) -> np.ndarray:
    entry = _STRAIGHT.get(id(city))
    if entry is None or entry[0] is not city:
        entry = (city, haversine_km(city.points))
        _STRAIGHT.clear()  # keep only the last city's matrix
        _STRAIGHT[id(city)] = entry
    return entry[1]


def _pick(city: CityMatrix, n_nodes: int, batch: int, mode: str, rng: np.random.Generator) -> np.ndarray:
    p = city.n_points
    if n_nodes > p:
        raise InputError(f"city {city.name} has {p} usable points; an instance needs {n_nodes}")
    if mode == "uniform":
        return np.argsort(rng.random((batch, p)), axis=1)[:, :n_nodes]
    if mode == "cluster":
        centres = rng.integers(0, p, size=batch)
        near = np.argsort(_straight(city)[centres], axis=1, kind="stable")[:, :n_nodes]
        return rng.permuted(near, axis=1)
    raise InputError(f"mode must be one of {MODES}, got {mode!r}")


def _normalise_locs(points: np.ndarray) -> np.ndarray:
    lo = points.min(axis=1, keepdims=True)
    hi = points.max(axis=1, keepdims=True)
    return (points - lo) / np.where(hi - lo > 0, hi - lo, 1.0)


def draw(cities, problem: str, n: int, batch: int, mode: str = "uniform", seed=None) -> dict:
    """Draw a batch of instances as plain numpy arrays (node 0 = depot/start).

    Parameters
    ----------
    cities
        A :class:`CityMatrix` or a bundled city name (see
        :func:`nco.data.cities.city_matrices`), or a list or dict of them;
        each instance takes a city uniformly at random.
    problem
        ``"atsp"``, ``"acvrp"`` or ``"acvrptw"``.
    n
        Number of nodes for ATSP, number of clients for the VRPs.
    batch
        Number of instances.
    mode
        ``"uniform"`` or ``"cluster"``.
    seed
        An int, ``None`` or a :class:`numpy.random.Generator`.

    Returns
    -------
    dict
        ``points`` (B, M, 2) lat/lon, ``locs`` (B, M, 2) normalised,
        ``distance`` (B, M, M) km, ``duration`` (B, M, M) minutes (ACVRPTW:
        normalised), ``city`` (B,) names, and for the VRPs ``demand`` (B, M)
        with 0 at the depot and ``capacity`` (B,); for ACVRPTW
        ``time_windows`` (B, M, 2), ``service_time`` (B, M) and
        ``duration_scale`` (B,) (minutes per normalised time unit).  M is
        ``n`` (ATSP) or ``n + 1``.
    """
    if problem not in PROBLEMS:
        raise InputError(f"problem must be one of {PROBLEMS}, got {problem!r}")
    if mode not in MODES:
        raise InputError(f"mode must be one of {MODES}, got {mode!r}")
    if int(n) != n or n < (2 if problem == "atsp" else 1):
        raise InputError(f"n must be a positive integer (at least 2 for ATSP), got {n}")
    if int(batch) != batch or batch < 1:
        raise InputError(f"batch must be a positive integer, got {batch}")
    n, batch = int(n), int(batch)
    rng = _rng(seed)
    pool = _cities(cities)
    m = n if problem == "atsp" else n + 1
    which = rng.integers(0, len(pool), size=batch)
    points = np.empty((batch, m, 2))
    dist = np.empty((batch, m, m))
    dur = np.empty((batch, m, m))
    for c_idx in np.unique(which):
        rows = np.flatnonzero(which == c_idx)
        city = pool[c_idx]
        idx = _pick(city, m, len(rows), mode, rng)
        points[rows] = city.points[idx]
        dist[rows] = city.distance[idx[:, :, None], idx[:, None, :]]
        dur[rows] = city.duration[idx[:, :, None], idx[:, None, :]]
    out = dict(points=points, locs=_normalise_locs(points), distance=dist, duration=dur,
               city=np.array([pool[i].name for i in which]))
    if problem == "atsp":
        return out
    lo, hi = DEMAND_RANGE
    demand = np.zeros((batch, m))
    demand[:, 1:] = rng.integers(lo, hi + 1, size=(batch, n))
    out["demand"] = demand
    out["capacity"] = np.full(batch, capacity_for(n))
    if problem == "acvrptw":
        dmin = dur.min(axis=(1, 2), keepdims=True)
        dmax = dur.max(axis=(1, 2), keepdims=True)
        scale = np.where(dmax - dmin > 0, dmax - dmin, 1.0)
        nd = (dur - dmin) / scale
        service = rng.uniform(*SERVICE_RANGE, size=(batch, n))
        length = rng.uniform(*WINDOW_RANGE, size=(batch, n))
        d0i, di0 = nd[:, 0, 1:], nd[:, 1:, 0]
        dmx = np.maximum(d0i, di0)
        h = (HORIZON - service - length) / (dmx + 1e-6) - 1
        start = d0i + (h - 1) * dmx * rng.random((batch, n))
        tw = np.zeros((batch, m, 2))
        tw[:, 0, 1] = HORIZON
        tw[:, 1:, 0] = start
        tw[:, 1:, 1] = start + length
        st = np.zeros((batch, m))
        st[:, 1:] = service
        out.update(duration=nd, time_windows=tw, service_time=st, duration_scale=scale.reshape(-1))
    return out


def _to_instances(data: dict, problem: str, mode: str, prefix: str) -> list[Instance]:
    out = []
    kind = {"atsp": "atsp", "acvrp": "cvrp", "acvrptw": "vrptw"}[problem]
    for b in range(data["distance"].shape[0]):
        meta = {"city": str(data["city"][b]), "mode": mode, "points": data["points"][b]}
        if "duration_scale" in data:
            meta["duration_scale_min"] = float(data["duration_scale"][b])
        out.append(Instance(
            distance=data["distance"][b],
            duration=data["duration"][b],
            demand=data["demand"][b] if "demand" in data else None,
            capacity=float(data["capacity"][b]) if "capacity" in data else None,
            time_windows=data["time_windows"][b] if "time_windows" in data else None,
            service_time=data["service_time"][b] if "service_time" in data else None,
            coords=data["locs"][b],
            convention="raw",
            name=f"{prefix}{b}",
            problem=kind,
            meta=meta,
        ))
    return out


def sample_instances(cities, problem: str, n: int, num: int = 1, mode: str = "uniform", seed=None) -> list[Instance]:
    """Draw ``num`` instances as :class:`nco.Instance` objects.

    See :func:`draw` for the parameters.  Distances are in km (the cost the
    checker reports); ``instance.meta`` records the city, the mode and the
    original (lat, lon) points.
    """
    data = draw(cities, problem, n, num, mode=mode, seed=seed)
    return _to_instances(data, problem, mode, prefix=f"{problem}{n}-{mode}-")


def sample_atsp(cities, n: int, num: int = 1, mode: str = "uniform", seed=None) -> list[Instance]:
    """ATSP instances on ``n`` points (node 0 starts the tour)."""
    return sample_instances(cities, "atsp", n, num, mode, seed)


def sample_acvrp(cities, n: int, num: int = 1, mode: str = "uniform", seed=None) -> list[Instance]:
    """ACVRP instances with a depot and ``n`` clients."""
    return sample_instances(cities, "acvrp", n, num, mode, seed)


def sample_acvrptw(cities, n: int, num: int = 1, mode: str = "uniform", seed=None) -> list[Instance]:
    """ACVRPTW instances with a depot and ``n`` clients (validated: every
    client can be served in its window and the vehicle return in time)."""
    return sample_instances(cities, "acvrptw", n, num, mode, seed)


def sample_tensordict(cities, problem: str, n: int, batch: int, mode: str = "uniform", seed=None):
    """Draw a batch as a :class:`tensordict.TensorDict` in the RRNCO test-file
    schema (the input of the environments in :mod:`nco.envs`).

    Keys (float32): ATSP ``locs`` (B, n, 2), ``distance_matrix`` and
    ``cost_matrix`` (B, n, n); ACVRP ``depot`` (B, 2), ``locs`` (B, n, 2),
    ``demand`` (B, n), ``capacity`` (B, 1), ``distance_matrix`` (B, n+1, n+1);
    ACVRPTW ``locs`` (B, n+1, 2), ``distance_matrix``, ``duration_matrix``
    (B, n+1, n+1), ``time_windows`` (B, n+1, 2), ``service_time`` (B, n+1),
    ``demand_linehaul`` (B, n), ``vehicle_capacity`` (B, 1).  Demands and
    capacities are in their original units (not divided by the capacity).
    """
    data = draw(cities, problem, n, batch, mode=mode, seed=seed)
    return arrays_to_tensordict(data, problem)


def arrays_to_tensordict(data: dict, problem: str):
    """Turn the output of :func:`draw` into the TensorDict of :func:`sample_tensordict`."""
    import torch
    from tensordict import TensorDict

    def t(x):
        return torch.as_tensor(np.asarray(x), dtype=torch.float32)

    b = data["distance"].shape[0]
    if problem == "atsp":
        d = t(data["distance"])
        fields = {"locs": t(data["locs"]), "distance_matrix": d, "cost_matrix": d.clone()}
    elif problem == "acvrp":
        fields = {"depot": t(data["locs"][:, 0]), "locs": t(data["locs"][:, 1:]),
                  "demand": t(data["demand"][:, 1:]), "capacity": t(data["capacity"]).reshape(b, 1),
                  "distance_matrix": t(data["distance"])}
    elif problem == "acvrptw":
        fields = {"locs": t(data["locs"]), "distance_matrix": t(data["distance"]),
                  "duration_matrix": t(data["duration"]), "time_windows": t(data["time_windows"]),
                  "service_time": t(data["service_time"]), "demand_linehaul": t(data["demand"][:, 1:]),
                  "vehicle_capacity": t(data["capacity"]).reshape(b, 1)}
    else:
        raise InputError(f"problem must be one of {PROBLEMS}, got {problem!r}")
    return TensorDict(fields, batch_size=[b])


def instances_to_tensordict(instances: Sequence[Instance]):
    """Batch :class:`nco.Instance` objects of one problem and size into the
    TensorDict of :func:`sample_tensordict` (e.g. a test set read with
    :func:`nco.read_all`)."""
    if not instances:
        raise InputError("no instances to batch")
    probs = {i.problem for i in instances}
    sizes = {i.n_nodes for i in instances}
    if len(probs) != 1 or len(sizes) != 1:
        raise InputError("instances to batch must share problem and size")
    prob = {"atsp": "atsp", "cvrp": "acvrp", "vrptw": "acvrptw"}[probs.pop()]
    m = sizes.pop()
    data = {
        "distance": np.stack([i.distance for i in instances]),
        "duration": np.stack([i.duration for i in instances]),
        "locs": np.stack([i.coords if i.coords is not None else np.zeros((m, 2)) for i in instances]),
    }
    if prob != "atsp":
        data["demand"] = np.stack([i.demand for i in instances])
        data["capacity"] = np.array([i.capacity for i in instances])
    if prob == "acvrptw":
        data["time_windows"] = np.stack([i.time_windows for i in instances])
        data["service_time"] = np.stack([i.service_time for i in instances])
    return arrays_to_tensordict(data, prob)


class DeviceSampler:
    """Instances drawn with torch on a device from city matrices moved there once.

    The distributions are those of :func:`draw` (``uniform`` or ``cluster``
    points, demand U{1..9}, :func:`capacity_for`, RRNCO's time windows), but
    every draw is a few tensor operations on the device: a random sub-matrix
    gather by node indices, demands and windows from torch's generator.  No
    data goes back to the host between draws.

    Parameters
    ----------
    cities
        As for :func:`draw`; each instance takes a city uniformly at random.
    problem
        ``"atsp"``, ``"acvrp"`` or ``"acvrptw"``.
    device
        Torch device (``"cpu"``, ``"cuda"``).
    mode
        ``"uniform"`` or ``"cluster"``.
    seed
        Seed of the sampler's own torch generator (``None``: random).
    """

    def __init__(self, cities, problem: str, device="cpu", mode: str = "uniform", seed: int | None = None):
        import torch

        if problem not in PROBLEMS:
            raise InputError(f"problem must be one of {PROBLEMS}, got {problem!r}")
        if mode not in MODES:
            raise InputError(f"mode must be one of {MODES}, got {mode!r}")
        pool = _cities(cities)
        self.problem, self.mode, self.device = problem, mode, torch.device(device)
        self.names = [c.name for c in pool]
        self.sizes = torch.tensor([c.n_points for c in pool], device=self.device)
        self.smallest = min(c.n_points for c in pool)
        p = max(c.n_points for c in pool)
        keys = [("distance", lambda c: c.distance), ("duration", lambda c: c.duration)]
        if mode == "cluster":
            keys.append(("straight", lambda c: haversine_km(c.points)))
        for key, get in keys:
            setattr(self, key, self._stack([get(c) for c in pool], (p, p)))
        self.points = self._stack([c.points for c in pool], (p, 2))
        # padded points of smaller cities are never drawn: their sort key is above every real one
        self.pad = (torch.arange(p, device=self.device)[None, :] >= self.sizes[:, None]).float() * 4.0
        self.gen = torch.Generator(device=self.device)
        self.gen.manual_seed(int(seed) if seed is not None else int(np.random.SeedSequence().entropy % 2**63))

    def _stack(self, arrays, shape):
        import torch

        out = torch.zeros((len(arrays), *shape), dtype=torch.float32)
        for k, a in enumerate(arrays):
            out[k, : a.shape[0], : a.shape[1]] = torch.as_tensor(a, dtype=torch.float32)
        return out.to(self.device)

    def _rand(self, *shape):
        import torch

        return torch.rand(shape, generator=self.gen, device=self.device)

    def _pick(self, which, m: int):
        """Node indices ``(B, m)`` into each instance's city."""
        if self.mode == "uniform":
            return (self._rand(which.shape[0], self.pad.shape[1]) + self.pad[which]).topk(m, largest=False).indices
        centre = (self._rand(which.shape[0]) * self.sizes[which]).long()
        near = self.straight[which, centre] + self.pad[which] * 1e9
        idx = near.topk(m, largest=False).indices
        return idx.gather(1, self._rand(*idx.shape).argsort(1))

    def draw(self, n: int, batch: int):
        """A batch as the TensorDict of :func:`sample_tensordict`, on the device.

        Parameters
        ----------
        n
            Nodes (ATSP) or clients (VRPs) per instance.
        batch
            Number of instances.
        """
        import torch
        from tensordict import TensorDict

        m = n if self.problem == "atsp" else n + 1
        if int(n) != n or n < (2 if self.problem == "atsp" else 1) or m > self.smallest:
            raise InputError(f"n must be an integer from 2 to {self.smallest - (self.problem != 'atsp')}, got {n}")
        which = (self._rand(batch) * len(self.names)).long().clamp_max(len(self.names) - 1)
        idx = self._pick(which, m)
        c, r, k = which[:, None, None], idx[:, :, None], idx[:, None, :]
        dist, dur = self.distance[c, r, k], self.duration[c, r, k]
        pts = self.points[which[:, None], idx]
        lo, hi = pts.amin(1, keepdim=True), pts.amax(1, keepdim=True)
        locs = (pts - lo) / torch.where(hi - lo > 0, hi - lo, torch.ones_like(hi))
        if self.problem == "atsp":
            return TensorDict({"locs": locs, "distance_matrix": dist, "cost_matrix": dist}, batch_size=[batch],
                              device=self.device)
        lo_d, hi_d = DEMAND_RANGE
        demand = torch.randint(lo_d, hi_d + 1, (batch, n), generator=self.gen, device=self.device).float()
        cap = torch.full((batch, 1), capacity_for(n), device=self.device)
        if self.problem == "acvrp":
            return TensorDict({"depot": locs[:, 0], "locs": locs[:, 1:], "demand": demand, "capacity": cap,
                               "distance_matrix": dist}, batch_size=[batch], device=self.device)
        fields = {"locs": locs, "distance_matrix": dist, "demand_linehaul": demand, "vehicle_capacity": cap,
                  **self._windows(dur, n)}
        return TensorDict(fields, batch_size=[batch], device=self.device)

    def _windows(self, dur, n: int) -> dict:
        """Normalised durations, time windows and service times (see :func:`draw`)."""
        import torch

        b = dur.shape[0]
        dmin = dur.amin((1, 2), keepdim=True)
        span = dur.amax((1, 2), keepdim=True) - dmin
        nd = (dur - dmin) / torch.where(span > 0, span, torch.ones_like(span))
        service = SERVICE_RANGE[0] + (SERVICE_RANGE[1] - SERVICE_RANGE[0]) * self._rand(b, n)
        length = WINDOW_RANGE[0] + (WINDOW_RANGE[1] - WINDOW_RANGE[0]) * self._rand(b, n)
        d0i, di0 = nd[:, 0, 1:], nd[:, 1:, 0]
        dmx = torch.maximum(d0i, di0)
        h = (HORIZON - service - length) / (dmx + 1e-6) - 1
        start = d0i + (h - 1) * dmx * self._rand(b, n)
        zero = torch.zeros((b, 1), device=self.device)
        tw = torch.stack([torch.cat([zero, start], 1), torch.cat([zero + HORIZON, start + length], 1)], -1)
        return {"duration_matrix": nd, "time_windows": tw, "service_time": torch.cat([zero, service], 1)}
