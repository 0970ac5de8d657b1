"""Distances computed from coordinates when they are read, never stored whole.

A dense matrix of a 20,000-client instance takes 3.2 GB in float64, and
every solver that converts it (PyVRP keeps integer distance and duration
matrices) adds more.  :class:`CoordinateMatrix` is what an
:class:`nco.Instance` holds instead when a coordinate instance has more than
:data:`DENSE_LIMIT` nodes: it answers the indexing that the checker, the
schedules and :meth:`nco.Instance.subset` use (``m[i, j]`` with integers,
index arrays, ``np.ix_`` pairs and rows ``m[i]``) by computing the
Euclidean distances of the requested pairs, with the instance's cost
convention applied, exactly as the dense reader does (:func:`nco.instance.euclidean`
followed by :func:`nco.instance.apply_convention`).

Memory is that of the coordinates plus what one request returns; a request
for more than :data:`MAX_BLOCK` entries at once is refused with a clear
error, so nothing builds the whole matrix by accident.  The methods that
work on such instances (:mod:`nco.decompose`) only ask for rows, routes and
sub-problems.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from nco.errors import InputError

Convention = Literal["raw", "round", "trunc1"]
CONVENTIONS = ("raw", "round", "trunc1")

#: Instances with more nodes than this (depot included) hold a
#: :class:`CoordinateMatrix` when their distances come from coordinates;
#: every method works on them only through :mod:`nco.decompose`.  At this
#: size a dense float64 matrix takes 200 MB and a PyVRP solve of a random
#: CVRP peaks at about 1.9 GB.
DENSE_LIMIT = 5_001

#: The most nodes of an instance with a :class:`CoordinateMatrix`: what it
#: allocates grows with the number of nodes, not its square.
MAX_COORD_NODES = 100_001

#: The most entries one request may compute (400 MB of float64): a
#: sub-problem of 7,000 nodes, or a few thousand rows.
MAX_BLOCK = 50_000_000

EDGE_TYPES = ("EUC_2D", "CEIL_2D", "EXACT_2D")


def apply_convention(matrix: np.ndarray, convention: str, inplace: bool = False) -> np.ndarray:
    """Apply a cost convention to a raw matrix.

    ``round`` is CVRPLIB/TSPLIB nearest integer (``floor(d + 0.5)``);
    ``trunc1`` is the DIMACS VRPTW convention (``floor(10 d) / 10``);
    ``raw`` keeps the values.  With ``inplace`` a float64 ``matrix`` is
    overwritten instead of copied (readers use it on matrices they built).
    """
    m = np.asarray(matrix, dtype=np.float64)
    if convention == "round":
        out = m if inplace else m.copy()
        out += 0.5
        return np.floor(out, out=out)
    if convention == "trunc1":
        # The small epsilon keeps values such as 0.3 (stored as 0.29999...)
        # from being truncated one step too far.
        out = m if inplace else m.copy()
        out *= 10.0
        out += 1e-9
        np.floor(out, out=out)
        out /= 10.0
        return out
    if convention == "raw":
        return m
    raise InputError(f"cost convention must be one of {CONVENTIONS}, got {convention!r}")


def euclidean(coords: np.ndarray) -> np.ndarray:
    """Pairwise Euclidean distances between the rows of ``coords``."""
    from scipy.spatial.distance import cdist

    c = np.asarray(coords, dtype=np.float64)
    return cdist(c, c)


class CoordinateMatrix:
    """A read-only square matrix of Euclidean distances between coordinates.

    Parameters
    ----------
    coords
        ``(n, 2)`` coordinates, in node order.
    convention
        ``raw``, ``round`` or ``trunc1`` (see :func:`nco.instance.apply_convention`).
    edge_type
        ``EUC_2D`` or ``EXACT_2D`` (plain Euclidean) or ``CEIL_2D`` (rounded up
        before the convention).
    """

    ndim = 2
    dtype = np.dtype(np.float64)

    def __init__(self, coords: np.ndarray, convention: str = "raw", edge_type: str = "EUC_2D"):
        xy = np.array(coords, dtype=np.float64)
        if xy.ndim != 2 or xy.shape[1] != 2:
            raise InputError(f"coordinates must have shape (n, 2), got {xy.shape}")
        if edge_type not in EDGE_TYPES:
            raise InputError(f"edge type must be one of {EDGE_TYPES}, got {edge_type!r}")
        self.coords = xy
        self.coords.setflags(write=False)
        self.convention = convention
        self.edge_type = edge_type

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.coords), len(self.coords))

    @property
    def size(self) -> int:
        return len(self.coords) ** 2

    @property
    def T(self) -> CoordinateMatrix:
        return self

    def __len__(self) -> int:
        return len(self.coords)

    def __repr__(self) -> str:
        return f"CoordinateMatrix(n={len(self)}, {self.edge_type}, convention={self.convention})"

    def __getitem__(self, key) -> np.ndarray | float:
        rows, cols = key if isinstance(key, tuple) else (key, slice(None))
        a, b = _indices(rows, len(self)), _indices(cols, len(self))
        if isinstance(rows, slice) or isinstance(cols, slice):
            a, b = _outer(a, b, rows, cols)
        shape = np.broadcast_shapes(np.shape(a), np.shape(b))
        if int(np.prod(shape)) > MAX_BLOCK:
            raise InputError(f"a request for {int(np.prod(shape)):,} distances at once is above the limit "
                             f"{MAX_BLOCK:,} of a {len(self):,}-node coordinate matrix")
        d = self._distances(self.coords[a], self.coords[b])
        return float(d) if d.ndim == 0 else d

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        n = len(self)
        if n > DENSE_LIMIT:
            raise InputError(f"this instance has {n:,} nodes: above {DENSE_LIMIT:,} its distances are not held "
                             "as a dense matrix; solve it with method 'decompose'")
        out = self[np.arange(n)[:, None], np.arange(n)[None, :]]
        return out if dtype is None else out.astype(dtype)

    def _distances(self, p: np.ndarray, q: np.ndarray) -> np.ndarray:
        """Distances between the points ``p`` and ``q`` (``... x 2``, broadcast)."""
        dx = p[..., 0] - q[..., 0]
        dy = p[..., 1] - q[..., 1]
        d = np.sqrt(dx * dx + dy * dy)
        if self.edge_type == "CEIL_2D":
            np.ceil(d, out=d)
        return apply_convention(d, self.convention, inplace=True)


def _indices(key, n: int):
    """An integer, an index array or a slice's ``arange``, checked against ``n``."""
    if isinstance(key, slice):
        return np.arange(n)[key]
    a = np.asarray(key)
    if a.dtype == bool or not np.issubdtype(a.dtype, np.integer):
        raise InputError(f"a coordinate matrix takes integer indices, got {a.dtype}")
    if a.size and (a.min() < -n or a.max() >= n):
        raise InputError(f"index out of range for a {n}-node matrix")
    return a


def _outer(a: np.ndarray, b: np.ndarray, rows, cols) -> tuple[np.ndarray, np.ndarray]:
    """numpy's shapes for a slice beside an index: ``m[:, j]``, ``m[i, :]``, ``m[:, :]``."""
    if isinstance(rows, slice):
        return a.reshape((-1,) + (1,) * np.ndim(b)), b
    return np.expand_dims(a, -1), b
