"""A solution: routes plus what the checker says about them."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nco.checker import check
from nco.instance import Instance


@dataclass
class Solution:
    """Routes on an instance, with cost and feasibility from :func:`nco.check`.

    Build one with :meth:`from_routes`; ``cost`` and ``feasible`` are never
    taken from a solver.
    """

    instance: Instance
    routes: list[list[int]]
    cost: float
    feasible: bool
    violations: list[str] = field(default_factory=list)
    method: str = ""
    runtime_s: float = 0.0
    info: dict = field(default_factory=dict)
    vehicle_types: list[int] = field(default_factory=list)

    @classmethod
    def from_routes(cls, instance: Instance, routes, method: str = "", runtime_s: float = 0.0, *,
                    vehicle_types=None, **info) -> Solution:
        """Check ``routes`` on ``instance`` and keep what the checker says.

        Parameters
        ----------
        instance
            The instance.
        routes
            Lists of client ids.  Routes returned by a solver for several
            vehicle types carry them as an attribute ``vehicle_types``.
        method, runtime_s
            Recorded as given.
        vehicle_types
            The vehicle type of each route (see :func:`nco.check`); may be
            left out when the instance has one type.
        **info
            Kept in :attr:`info`.
        """
        if vehicle_types is None:
            vehicle_types = getattr(routes, "vehicle_types", None)
        if hasattr(routes, "__iter__") and not isinstance(routes, (str, bytes, np.ndarray)):
            routes = list(routes)  # a generator is read once
        res = check(instance, routes, vehicle_types)  # before any conversion: 21.7 must not become 21
        types = list(res.vehicle_types) if res.schedules or vehicle_types is not None else []
        plain = _plain(routes)
        if types and len(types) != len(plain):
            types = []  # bad routes: the checker has reported them
        sol = cls(instance, plain, res.cost, res.feasible, res.violations, method, runtime_s, dict(info), types)
        return sol

    @property
    def num_routes(self) -> int:
        return len(self.routes)

    def gap_pct(self, bks: float | None) -> float | None:
        if bks is None or not bks:
            return None
        return 100.0 * (self.cost - bks) / bks

    def __repr__(self) -> str:
        state = "feasible" if self.feasible else f"INFEASIBLE ({len(self.violations)} violations)"
        return (
            f"Solution({self.instance.name!r}, method={self.method!r}, cost={self.cost:g}, "
            f"{state}, routes={self.num_routes}, runtime_s={self.runtime_s:.2f})"
        )

    def to_dict(self) -> dict:
        return {
            "instance": self.instance.name,
            "method": self.method,
            "cost": self.cost,
            "feasible": self.feasible,
            "routes": self.routes,
            "runtime_s": round(self.runtime_s, 4),
            "violations": self.violations,
        }

    def plot(self, ax=None, title: str | None = None):
        """Draw the routes over the coordinates (or an MDS layout of the
        distance matrix when the instance has none).  Returns the axes."""
        import matplotlib.pyplot as plt

        xy = layout(self.instance)
        if ax is None:
            _, ax = plt.subplots(figsize=(6, 6))
        ax.scatter(xy[1:, 0], xy[1:, 1], s=12, c="0.35", zorder=3)
        ax.scatter(xy[0, 0], xy[0, 1], s=90, marker="s", c="crimson", zorder=4, label="depot")
        cmap = plt.get_cmap("tab20")
        for k, r in enumerate(self.routes):
            path = xy[[0, *r, 0]]
            ax.plot(path[:, 0], path[:, 1], lw=1.2, color=cmap(k % 20), zorder=2)
        ax.set_title(title or f"{self.instance.name}: {self.method} cost {self.cost:g}"
                     + ("" if self.feasible else " (infeasible)"))
        ax.set_aspect("equal", adjustable="datalim")
        ax.set_xticks([])
        ax.set_yticks([])
        return ax


def _plain(routes) -> list[list]:
    """Non-empty routes as lists of Python ints (entries that are not
    integers are kept as given; the checker has reported them)."""
    out = []
    if isinstance(routes, (str, bytes)) or not hasattr(routes, "__iter__"):
        return out
    for r in routes:
        if isinstance(r, (str, bytes)) or not hasattr(r, "__iter__"):
            out.append([r])
            continue
        seq = r.tolist() if isinstance(r, np.ndarray) else list(r)
        if seq:
            out.append([int(v) if isinstance(v, (int, np.integer)) and not isinstance(v, bool) else v for v in seq])
    return out


def layout(instance: Instance) -> np.ndarray:
    """2-D positions of the nodes: the coordinates, or classical MDS of the
    symmetrised distance matrix when there are none."""
    if instance.coords is not None:
        return instance.coords
    d = 0.5 * (instance.distance + instance.distance.T)
    np.fill_diagonal(d, 0.0)
    n = d.shape[0]
    j = np.eye(n) - np.ones((n, n)) / n
    b = -0.5 * j @ (d**2) @ j
    w, v = np.linalg.eigh(b)
    top = np.argsort(w)[::-1][:2]
    return v[:, top] * np.sqrt(np.maximum(w[top], 1e-12))
