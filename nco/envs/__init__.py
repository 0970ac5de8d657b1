"""rl4co environments on real-city matrices: ATSP, ACVRP, ACVRPTW.

>>> from nco.envs import ACVRPEnv, CityGenerator, random_rollout
>>> env = ACVRPEnv(CityGenerator("acvrp", num_loc=50, cities=["munich"], seed=0))
>>> td = env.reset(batch_size=[64])
>>> actions, reward = random_rollout(env, td)
>>> routes = env.actions_to_routes(actions)       # our routes, for nco.check

Each module's docstring lists its TensorDict keys.  Rewards are minus the
total distance in km and equal minus :func:`nco.check`'s cost of the routes
from ``actions_to_routes``.  Distances derive from OpenStreetMap data,
(c) OpenStreetMap contributors.

Importing this package is light: the environments (torch, tensordict,
rl4co) load on first use of a name below, so :mod:`nco.envs.actions` serves
the torch-only inference path without them.
"""

from __future__ import annotations

import importlib

from nco.envs.actions import actions_to_routes

__all__ = ["ENVS", "ACVRPEnv", "ACVRPTWEnv", "ATSPEnv", "CityGenerator", "actions_to_routes", "make_env",
           "random_rollout", "resolve_cities"]

#: name -> module that defines it, imported on first use
_LAZY = {"ENVS": "nco.envs.registry", "_ENVS": "nco.envs.registry", "make_env": "nco.envs.registry",
         "random_rollout": "nco.envs.registry", "ACVRPEnv": "nco.envs.acvrp", "ACVRPTWEnv": "nco.envs.acvrptw",
         "ATSPEnv": "nco.envs.atsp", "CityGenerator": "nco.envs.generator", "resolve_cities": "nco.envs.generator"}


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'nco.envs' has no attribute {name!r}")
