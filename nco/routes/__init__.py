"""Candidate routes and their ranking by learned preference (CCN).

>>> import nco
>>> G = nco.roads.load("munich")
>>> cands = nco.routes.alternatives(G, (11.5660, 48.1390), (11.5850, 48.1330), k=5)
>>> ranked = nco.routes.rank(cands, context={"hour": 8, "familiar": False})
>>> ranked.best, ranked.scores, ranked.explain(0, 1)

Candidates come from iterative penalised shortest paths with link memory and
plateau (via-node) routes, filtered for overlap (:func:`alternatives`); the
Comprehensive Comparison Network (:mod:`nco.routes.ccn`) ranks them from
route-, scene- and comparison-level features (:mod:`nco.routes.features`).
Map data (c) OpenStreetMap contributors.
"""

from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass

import numpy as np

from nco.errors import InputError
from nco.routes.alternatives import alternatives
from nco.routes.features import COMPARISON_FIELDS, FIELDS, check_context, comparison_table, feature_arrays
from nco.routes.train import CHECKPOINT_DIR, load_checkpoint

__all__ = ["alternatives", "best_path", "comparison_table", "feature_arrays", "rank", "Ranking", "Explanation"]

#: Comparison features shown next to each field in an explanation.
_SHOWN = {"time": "dtime_min", "length": "dlength_km", "turns": "dturns", "signals": "dsignals",
          "road_class": "dshare_secondary", "overlap": "shared_fraction"}


@functools.lru_cache(maxsize=4)
def _default_model(path: str | None = None):
    return load_checkpoint(path or CHECKPOINT_DIR / "ccn.pt")[0]


@dataclass
class Explanation:
    """Why route ``i`` ranks above or below route ``j``.

    The score difference of ``i`` and ``j`` splits exactly into ``context``
    plus one term per field.  ``by_field`` maps each feature field to its term
    (positive favours ``i``), largest magnitude first; ``deciding`` lists the fields that favour
    the preferred route, most decisive first; ``features`` gives, per field,
    the comparison feature of ``i`` against ``j`` on the segments where they
    differ (e.g. ``dtime_min``: minutes of ``i``'s differing part minus
    ``j``'s).  ``context`` is the part of the score difference that comes from
    the comparison blocks rather than the per-field pair head.
    """

    i: int
    j: int
    preferred: int
    score_difference: float
    by_field: dict
    deciding: list
    features: dict
    context: float

    def __str__(self) -> str:
        other = self.j if self.preferred == self.i else self.i
        sign = 1 if self.preferred == self.i else -1
        parts = [f"{f} {sign * self.by_field[f]:+.2f} ({_SHOWN[f]} {self.features[f]:+.2f})" for f in self.deciding]
        return f"route {self.preferred} over route {other}: " + (", ".join(parts) or "no single field decides")


class Ranking:
    """Candidate routes ranked by CCN (see :func:`rank`)."""

    def __init__(self, cands, scores, route_part, field_scores, comp, context):
        self.cands = cands
        self.scores = np.asarray(scores, dtype=float)
        self._u = np.asarray(route_part, dtype=float)
        self._fields = np.asarray(field_scores, dtype=float)
        self._comp = np.asarray(comp, dtype=float)
        self.context = context
        self.order = np.argsort(-self.scores, kind="stable")

    @property
    def best(self) -> int:
        """Index (row position in the candidate frame) of the top-ranked route."""
        return int(self.order[0])

    @property
    def frame(self):
        """The candidates with ``score`` and ``rank`` (1 = best) columns, best first."""
        df = self.cands.copy()
        df["score"] = self.scores
        rank_of = np.empty(len(df), dtype=int)
        rank_of[self.order] = np.arange(1, len(df) + 1)
        df["rank"] = rank_of
        return df.sort_values("rank")

    def explain(self, i: int, j: int) -> Explanation:
        """The feature fields that decide between routes ``i`` and ``j``.

        Parameters
        ----------
        i, j : int
            Row positions of two different candidates.
        """
        n = len(self.scores)
        for name, v in (("i", i), ("j", j)):
            if not isinstance(v, (int, np.integer)) or not 0 <= v < n:
                raise InputError(f"explain: {name} = {v!r} is not a candidate index (0..{n - 1})")
        if i == j:
            raise InputError(f"explain needs two different routes, got i = j = {i}")
        s = self._fields[i] - self._fields[j]
        by_field = {FIELDS[k]: float(s[k]) for k in np.argsort(-np.abs(s), kind="stable")}
        preferred = i if self.scores[i] >= self.scores[j] else j
        sign = 1.0 if preferred == i else -1.0
        deciding = [f for f, v in by_field.items() if sign * v > 0.01]
        names = [name for name, _ in COMPARISON_FIELDS]
        feats = {f: float(self._comp[i, j, names.index(_SHOWN[f])]) for f in FIELDS}
        return Explanation(int(i), int(j), int(preferred), float(self.scores[i] - self.scores[j]), by_field,
                           deciding, feats, float(self._u[i] - self._u[j]))

    def __repr__(self) -> str:
        return f"Ranking(best={self.best}, order={self.order.tolist()}, scores={np.round(self.scores, 3).tolist()})"


def rank(cands, context=None, model=None) -> Ranking:
    """Rank candidate routes with CCN.

    Parameters
    ----------
    cands : geopandas.GeoDataFrame
        Candidates from :func:`alternatives` (with their comparison features).
    context : dict, optional
        ``hour`` (0-24, default 8), ``familiar`` with the area (default
        False), ``weekday`` (0 = Monday .. 6, default 2).
    model : CCN or path, optional
        A trained :class:`nco.routes.ccn.CCN` or a checkpoint path; by default
        the bundled ``checkpoints/ccn.pt``.

    Returns
    -------
    Ranking
        ``.best`` (index of the top route), ``.scores`` (one per route, in
        row order), ``.order``, ``.frame`` and ``.explain(i, j)``.
    """
    import torch

    route, scene, comp = feature_arrays(cands, context)
    if model is None or isinstance(model, (str, bytes)) or hasattr(model, "__fspath__"):
        model = _default_model(None if model is None else str(model))
    with torch.no_grad(), _one_thread(torch):
        t = lambda a: torch.from_numpy(np.asarray(a, np.float32))[None]  # noqa: E731
        mask = torch.ones(1, len(route), dtype=torch.bool)
        score, u, fields = model(t(route), t(scene), t(comp), mask, return_parts=True)
    return Ranking(cands, score[0].numpy(), u[0].numpy(), fields[0].numpy(), comp, check_context(context))


@contextlib.contextmanager
def _one_thread(torch):
    """Run torch on one thread inside the block: the ranking network's tensors
    are tiny (a few routes, width 32), and on a busy machine the threads of a
    pool spend far longer waiting for each other than computing."""
    threads = torch.get_num_threads()
    if threads == 1:
        yield
        return
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


def best_path(G, origin, destination, context=None, k: int = 5, model=None) -> list:
    """Node ids of the route CCN ranks first among ``k`` candidates.

    A drop-in for :func:`nco.roads.shortest_path` where a leg should follow
    the route a driver would prefer (the trip planner's legs, for instance).
    Raises :class:`nco.InputError` as :func:`alternatives` does.
    """
    cands = alternatives(G, origin, destination, k=k)
    if len(cands) == 1:
        return list(cands["nodes"].iloc[0])
    return list(cands["nodes"].iloc[rank(cands, context, model).best])
