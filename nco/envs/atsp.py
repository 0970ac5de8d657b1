"""ATSP on real-city distance matrices: rl4co's ``ATSPEnv`` with a city generator.

TensorDict keys after :meth:`ATSPEnv.reset` (B = batch, N = nodes):

- ``cost_matrix`` (B, N, N): road distance in km (rl4co's ATSP key);
- ``distance_matrix`` (B, N, N): the same matrix under RRNCO's name;
- ``locs`` (B, N, 2): min-max normalised (lat, lon) of the nodes;
- ``first_node``, ``current_node``, ``i`` (B, 1); ``action_mask`` (B, N).

Reward: minus the length of the closed tour (km), equal to the cost that
:func:`nco.check` reports for :func:`actions_to_routes`.
"""

from __future__ import annotations

import functools

import torch
from rl4co.envs.routing.atsp.env import ATSPEnv as _RL4COATSPEnv
from tensordict.tensordict import TensorDict

from nco.envs.actions import actions_to_routes as to_routes
from nco.envs.generator import CityGenerator
from nco.errors import InputError
from nco.instance import Instance


class ATSPEnv(_RL4COATSPEnv):
    """rl4co ATSP environment whose instances come from city matrices.

    Parameters
    ----------
    generator
        A :class:`CityGenerator` with ``problem="atsp"``; by default one
        built from ``generator_params`` (e.g. ``num_loc``, ``cities``).
    """

    name = "atsp"

    def __init__(self, generator: CityGenerator | None = None, generator_params: dict | None = None, **kwargs):
        if generator is None:
            generator = CityGenerator(problem="atsp", **(generator_params or {}))
        super().__init__(generator=generator, **kwargs)

    def _reset(self, td: TensorDict | None = None, batch_size=None) -> TensorDict:
        if "cost_matrix" not in td.keys():
            if "distance_matrix" not in td.keys():
                raise InputError("an ATSP TensorDict needs 'cost_matrix' or 'distance_matrix'")
            td.set("cost_matrix", td["distance_matrix"])
        cost = td["cost_matrix"]
        n = cost.shape[-1]
        device = cost.device  # a TensorDict need not name its device
        zero = torch.zeros((*batch_size, 1), dtype=torch.int64, device=device)
        out = {
            "cost_matrix": cost,
            "distance_matrix": td["distance_matrix"] if "distance_matrix" in td.keys() else cost,
            "first_node": zero,
            "current_node": zero.clone(),
            "i": zero.clone(),
            "action_mask": torch.ones((*batch_size, n), dtype=torch.bool, device=device),
        }
        if "locs" in td.keys():
            out["locs"] = td["locs"]
        return TensorDict(out, batch_size=batch_size, device=device)


#: Tours (any start) as our routes: one route that starts after node 0,
#: which plays the depot; :func:`nco.envs.actions.actions_to_routes` for
#: ``problem="atsp"``.
actions_to_routes = functools.partial(to_routes, problem="atsp")


def td_to_instances(td: TensorDict) -> list[Instance]:
    """The :class:`nco.Instance` objects of a (reset or generated) batch."""
    cost = td["cost_matrix"] if "cost_matrix" in td.keys() else td["distance_matrix"]
    cost = cost.detach().cpu().double().numpy()
    locs = td["locs"].detach().cpu().double().numpy() if "locs" in td.keys() else None
    return [Instance(distance=cost[b], coords=None if locs is None else locs[b], problem="atsp",
                     name=f"atsp-{b}") for b in range(cost.shape[0])]


ATSPEnv.td_to_instances = staticmethod(td_to_instances)
