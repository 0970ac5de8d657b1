"""Starting tours for the asymmetric TSP: the assignment relaxation, patched.

:func:`patched_assignment` solves the assignment problem over the distance
matrix (each node gets one successor and one predecessor, no self-loops;
:func:`scipy.optimize.linear_sum_assignment`) and joins its cycles into one
tour by Karp's patching: the smallest cycle is joined to another one by
replacing two arcs ``(a, a')`` (in it) and ``(b, b')`` (outside it) by
``(a, b')`` and ``(b, a')``, the pair of least extra cost, until one cycle
is left (about 20 ms at 500 nodes).
Every arc keeps its direction, which is why it suits asymmetric matrices:
the assignment bound is tight on many of them, most of all where many arcs
cost (nearly) nothing.

The genetic algorithm (:mod:`solvers.ga`) seeds its population with this
tour on the (A)TSP.  Measured at equal CPU time against LKH-3
(``docs/benchmarks.md``, "ATSP: the GA against LKH-3"): with it the GA
reaches the optimum of all ten TSPLIB ATSP instances at 2 and 10 CPU s
(rbg358 was 5.25 % above at 10 s, rbg443 0.66 %), and the held-out
stacker-crane matrices at once (they were 7-31 % above); on 250-node road
matrices the patched tour is 1.4-3.2 % above LKH-3's and the GA closes
most of the rest.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import linear_sum_assignment

__all__ = ["assignment_cycles", "patched_assignment", "tour_cost"]


def tour_cost(dist: np.ndarray, tour) -> float:
    """Length of the closed tour ``tour`` (node order) under ``dist``."""
    t = np.asarray(tour, dtype=np.int64)
    return float(dist[t, np.roll(t, -1)].sum())


def assignment_cycles(dist: np.ndarray) -> np.ndarray:
    """The successor of each node in an optimal assignment of ``dist``
    without self-loops (a set of disjoint cycles covering all nodes)."""
    d = np.asarray(dist, dtype=np.float64).copy()
    n = d.shape[0]
    big = (np.abs(d[np.isfinite(d)]).max() if n else 0.0) * n + 1.0
    d[~np.isfinite(d)] = big
    np.fill_diagonal(d, big)
    rows, cols = linear_sum_assignment(d)
    succ = np.empty(n, dtype=np.int64)
    succ[rows] = cols
    return succ


def _labels(succ: np.ndarray) -> np.ndarray:
    """The cycle of each node (labels ``0..k-1``)."""
    n = succ.size
    lab = np.full(n, -1, dtype=np.int64)
    k = 0
    for s in range(n):
        if lab[s] >= 0:
            continue
        v = s
        while lab[v] < 0:
            lab[v] = k
            v = succ[v]
        k += 1
    return lab


def patched_assignment(dist: np.ndarray, start: int = 0) -> list[int]:
    """A tour over all nodes of ``dist`` (node order from ``start``): the
    cycles of :func:`assignment_cycles` joined one at a time, the smallest
    cycle first, each by the least-cost patch with any other cycle."""
    d = np.asarray(dist, dtype=np.float64)
    n = d.shape[0]
    if n <= 2:
        return [start] + [v for v in range(n) if v != start]
    succ = assignment_cycles(d)
    lab = _labels(succ)
    size = np.bincount(lab).astype(np.int64)
    for _ in range(size.size - 1):  # one patch per cycle beyond the first
        c = int(np.argmin(np.where(size > 0, size, n + 1)))
        inside = lab == c
        a_ = np.flatnonzero(inside)
        b_ = np.flatnonzero(~inside)
        sa, sb = succ[a_], succ[b_]
        # replace (a, succ a), (b, succ b) by (a, succ b), (b, succ a)
        cost = (d[np.ix_(a_, sb)] + d[np.ix_(b_, sa)].T
                - d[a_, sa][:, None] - d[b_, sb][None, :])
        i, j = np.unravel_index(int(np.argmin(cost)), cost.shape)
        a, b = a_[i], b_[j]
        succ[a], succ[b] = succ[b], succ[a]
        other = lab[b]
        lab[inside] = other
        size[other] += size[c]
        size[c] = 0
    tour = [int(start)]
    v = succ[start]
    while v != start:
        tour.append(int(v))
        v = succ[v]
    return tour
