"""Baseline rankers, scored on the same inputs as CCN: ``model(route, scene, comp, mask) -> (B, N)``.

* :class:`FastestRoute`, :class:`ShortestRoute`: rules (the least travel
  time, the least length);
* :class:`MultinomialLogit`: utility linear in the route-level features, fit
  by maximum likelihood (the listwise loss);
* :class:`PointwiseMLP`: a network over the route- and scene-level features
  of each candidate alone: the same features as CCN without the comparison
  features and without comparing candidates.
"""

from __future__ import annotations

import torch
from torch import nn

from nco.routes.ccn import Standardizer, mlp
from nco.routes.features import ROUTE_FIELDS, SCENE_FIELDS

_TIME = [n for n, _ in ROUTE_FIELDS].index("travel_time_min")
_LENGTH = [n for n, _ in ROUTE_FIELDS].index("length_km")


class _Rule(nn.Module):
    column = 0

    def fit_scalers(self, *args) -> None:
        """Nothing to fit."""

    def forward(self, route, scene, comp, mask):
        return (-route[..., self.column]).masked_fill(~mask.bool(), float("-inf"))


class FastestRoute(_Rule):
    """Ranks by travel time, fastest first."""

    column = _TIME


class ShortestRoute(_Rule):
    """Ranks by length, shortest first."""

    column = _LENGTH


class MultinomialLogit(nn.Module):
    """Conditional logit: ``V_i = w . x_i`` over standardised route features."""

    def __init__(self, route_dim: int = len(ROUTE_FIELDS)):
        super().__init__()
        self.config = dict(route_dim=route_dim)
        self.norm_route = Standardizer(route_dim)
        self.linear = nn.Linear(route_dim, 1, bias=False)

    def fit_scalers(self, route, scene, comp, mask) -> None:
        """Learn the feature scaling from training arrays."""
        self.norm_route.fit(route[mask.bool()])

    def forward(self, route, scene, comp, mask):
        return self.linear(self.norm_route(route)).squeeze(-1).masked_fill(~mask.bool(), float("-inf"))


class PointwiseMLP(nn.Module):
    """Scores each candidate from its route features and the scene, without comparison."""

    def __init__(self, route_dim: int = len(ROUTE_FIELDS), scene_dim: int = len(SCENE_FIELDS), d: int = 64,
                 depth: int = 3):
        super().__init__()
        self.config = dict(route_dim=route_dim, scene_dim=scene_dim, d=d, depth=depth)
        self.norm_route = Standardizer(route_dim)
        self.norm_scene = Standardizer(scene_dim)
        self.net = mlp(route_dim + scene_dim, d, 1, depth=depth)

    def fit_scalers(self, route, scene, comp, mask) -> None:
        """Learn the feature scalings from training arrays."""
        self.norm_route.fit(route[mask.bool()])
        self.norm_scene.fit(scene)

    def forward(self, route, scene, comp, mask):
        s = self.norm_scene(scene).unsqueeze(1).expand(-1, route.shape[1], -1)
        x = torch.cat([self.norm_route(route), s], -1)
        return self.net(x).squeeze(-1).masked_fill(~mask.bool(), float("-inf"))
