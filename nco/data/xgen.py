"""CVRP instances drawn as the X set was (Uchoa et al., 2017), at any size.

The X set stops at 1,000 clients.  Larger instances are drawn here with the
same generator, as its paper describes it:

* points on the integer grid ``[0, 1000]^2``, all distinct;
* the depot in the centre (``C``), in a corner (``E``) or at random (``R``);
* clients at random (``R``), in clusters (``C``: 3 to 8 seeds, each client
  accepted with probability ``max_s exp(-d(p, s) / 40)``) or half and half
  (``RC``);
* demands: unitary (``U``), 1-10, 5-10, 1-100, 50-100, by quadrant (``Q``:
  1-50 in two opposite quadrants, 51-100 in the others) or many small and a
  few large (``SL``: 70-95 % in 1-10, the rest in 50-100);
* the capacity from the average route size ``r`` (clients per route):
  ``Q = ceil(r * sum(d) / n)``.

Distances are ``EUC_2D`` rounded to the nearest integer, as in CVRPLIB.
The instance is an :class:`nco.Instance` whose distances are computed from
the coordinates (:class:`nco.matrix.CoordinateMatrix`), so any size fits in
memory; :func:`nco.io.write_vrplib` writes it as a CVRPLIB file.
"""

from __future__ import annotations

import math

import numpy as np

from nco.errors import InputError
from nco.instance import Instance
from nco.matrix import DENSE_LIMIT, MAX_COORD_NODES, CoordinateMatrix

DEPOTS = ("C", "E", "R")
CUSTOMERS = ("R", "C", "RC")
DEMANDS = ("U", "1-10", "5-10", "1-100", "50-100", "Q", "SL")
GRID = 1000


def generate(n: int, depot: str = "R", customers: str = "RC", demand: str = "1-100", route_size: float = 12.0,
             seed: int = 0, name: str | None = None, dense: bool | None = None) -> Instance:
    """A CVRP with ``n`` clients drawn by the X set's generator.

    Parameters
    ----------
    n
        Number of clients.
    depot, customers, demand
        Depot position, client positioning and demand distribution (see the
        module docstring).
    route_size
        Average number of clients per route; sets the capacity.
    seed
        Random seed: the same arguments give the same instance.
    name
        Instance name; default ``XL-n{n}-{depot}{customers}-{demand}-r{route_size}-s{seed}``.
    dense
        Hold the distances as a matrix (every method works on it) rather
        than compute them on demand (:class:`~nco.matrix.CoordinateMatrix`,
        which :func:`nco.io.write_vrplib` writes as coordinates); default:
        dense up to :data:`~nco.matrix.DENSE_LIMIT` nodes.
    """
    _check(n, depot, customers, demand, route_size)
    rng = np.random.default_rng(seed)
    d0 = _depot(depot, rng)
    xy = _clients(n, customers, rng, taken={tuple(d0)})
    q = _demands(xy, demand, rng)
    capacity = float(math.ceil(route_size * q.sum() / n))
    capacity = max(capacity, float(q.max()))
    coords = np.vstack([d0[None, :], xy]).astype(np.float64)
    label = name or f"XL-n{n}-{depot}{customers}-{demand}-r{route_size:g}-s{seed}"
    dist = CoordinateMatrix(coords, "round")
    if dense or (dense is None and n + 1 <= DENSE_LIMIT):
        dist = np.asarray(dist)
    return Instance(distance=dist, coords=coords, demand=np.concatenate([[0.0], q]),
                    capacity=capacity, convention="round", name=label, problem="cvrp")


def _check(n, depot, customers, demand, route_size) -> None:
    if not 1 <= int(n) <= min(MAX_COORD_NODES - 1, (GRID + 1) ** 2 // 2):
        raise InputError(f"n must be between 1 and {MAX_COORD_NODES - 1}, got {n}")
    for label, v, allowed in (("depot", depot, DEPOTS), ("customers", customers, CUSTOMERS),
                              ("demand", demand, DEMANDS)):
        if v not in allowed:
            raise InputError(f"{label} must be one of {', '.join(allowed)}, got {v!r}")
    if not 1.0 <= float(route_size) <= n + 1:
        raise InputError(f"route_size must be between 1 and the number of clients, got {route_size}")


def _depot(kind: str, rng) -> np.ndarray:
    if kind == "C":
        return np.array([GRID // 2, GRID // 2])
    if kind == "E":
        return np.array([0, 0])
    return rng.integers(0, GRID + 1, size=2)


def _clients(n: int, kind: str, rng, taken: set) -> np.ndarray:
    """``n`` distinct grid points, none on the depot."""
    n_clustered = {"R": 0, "C": n, "RC": n // 2}[kind]
    seeds = rng.integers(0, GRID + 1, size=(int(rng.integers(3, 9)), 2)) if n_clustered else None
    out: list[tuple[int, int]] = []
    while len(out) < n:
        want = n_clustered if len(out) < n_clustered else n
        cand = rng.integers(0, GRID + 1, size=(4 * (want - len(out)) + 64, 2))
        if len(out) < n_clustered:
            d = np.sqrt(((cand[:, None, :] - seeds[None, :, :]) ** 2).sum(-1)).min(1)
            cand = cand[rng.random(len(cand)) < np.exp(-d / 40.0)]
        for p in map(tuple, cand.tolist()):
            if p not in taken and len(out) < want:
                taken.add(p)
                out.append(p)
    return np.array(out[:n], dtype=np.int64)


def _demands(xy: np.ndarray, kind: str, rng) -> np.ndarray:
    n = len(xy)
    if kind == "U":
        return np.ones(n)
    ranges = {"1-10": (1, 10), "5-10": (5, 10), "1-100": (1, 100), "50-100": (50, 100)}
    if kind in ranges:
        lo, hi = ranges[kind]
        return rng.integers(lo, hi + 1, size=n).astype(float)
    if kind == "Q":
        odd = (xy[:, 0] > GRID // 2) ^ (xy[:, 1] > GRID // 2)
        return np.where(odd, rng.integers(51, 101, size=n), rng.integers(1, 51, size=n)).astype(float)
    small = rng.random(n) < rng.uniform(0.70, 0.95)
    return np.where(small, rng.integers(1, 11, size=n), rng.integers(50, 101, size=n)).astype(float)
