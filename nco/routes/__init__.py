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

from nco.routes.alternatives import alternatives
from nco.routes.features import comparison_table, feature_arrays

__all__ = ["alternatives", "comparison_table", "feature_arrays", "rank", "Ranking"]


def __getattr__(name):
    if name in ("rank", "Ranking"):
        from nco.routes import rank as _rank

        return getattr(_rank, name)
    raise AttributeError(f"module 'nco.routes' has no attribute {name!r}")
