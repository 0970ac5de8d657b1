"""ACVRP on real-city matrices: reward and masks from the distance matrix.

Input TensorDict (from :class:`~nco.envs.generator.CityGenerator`,
:func:`nco.data.samplers.sample_tensordict` or an RRNCO-schema ``.npz``):
``depot`` (B, 2), ``locs`` (B, N, 2), ``demand`` (B, N) in units (or
already divided by the capacity when ``capacity`` is absent), ``capacity``
(B, 1), ``distance_matrix`` (B, N+1, N+1) in km.

TensorDict keys after :meth:`ACVRPEnv.reset` (node 0 is the depot):

- ``locs`` (B, N+1, 2): normalised (lat, lon), depot first;
- ``distance_matrix`` (B, N+1, N+1): km, asymmetric;
- ``demand`` (B, N): client demand divided by the capacity (rl4co style);
- ``capacity`` (B, 1): the capacity in demand units;
- ``vehicle_capacity`` (B, 1): 1 (demands are fractions of it);
- ``used_capacity`` (B, 1): load of the current route (fraction);
- ``current_node`` (B, 1), ``i`` (B, 1): position and step count;
- ``visited`` (B, N+1) bool; ``action_mask`` (B, N+1) bool (True = allowed).

An episode ends when every client is visited; the depot is then the only
action.  Reward: minus the total distance of the routes, depot to depot
(km), equal to :func:`nco.check`'s cost of :func:`actions_to_routes`.
"""

from __future__ import annotations

import functools

import numpy as np
import torch
from rl4co.envs.common.base import RL4COEnvBase
from tensordict.tensordict import TensorDict
from torchrl.data import Bounded, Composite, Unbounded

from nco.envs.actions import CAP_EPS
from nco.envs.actions import actions_to_routes as to_routes
from nco.envs.generator import CityGenerator
from nco.errors import InputError
from nco.instance import Instance


def tour_distance(distance: torch.Tensor, actions: torch.Tensor) -> torch.Tensor:
    """Length of depot -> actions -> depot for every row (depot visits inside
    ``actions`` split it into routes)."""
    b = distance.shape[0]
    zero = torch.zeros((b, 1), dtype=actions.dtype, device=actions.device)
    tour = torch.cat([zero, actions, zero], dim=1)
    idx = torch.arange(b, device=distance.device)[:, None]
    return distance[idx, tour[:, :-1], tour[:, 1:]].sum(-1)


#: Routes of client ids from ACVRP actions (depot visits ``0`` split them);
#: :func:`nco.envs.actions.actions_to_routes` for ``problem="acvrp"``.
actions_to_routes = functools.partial(to_routes, problem="acvrp")


class ACVRPEnv(RL4COEnvBase):
    """Asymmetric CVRP on a distance matrix (rl4co environment).

    Parameters
    ----------
    generator
        A :class:`CityGenerator` with ``problem="acvrp"``; by default one
        built from ``generator_params`` (``num_loc``, ``cities``, ...).
    """

    name = "acvrp"

    def __init__(self, generator: CityGenerator | None = None, generator_params: dict | None = None, **kwargs):
        super().__init__(**kwargs)
        if generator is None:
            generator = CityGenerator(problem=self.name, **(generator_params or {}))
        self.generator = generator
        self._make_spec(generator)

    # -- episode ---------------------------------------------------------
    def _reset(self, td: TensorDict | None = None, batch_size=None) -> TensorDict:
        out = self._initial_state(td, batch_size)
        out.set("action_mask", self.get_action_mask(out))
        return out

    def _initial_state(self, td: TensorDict, batch_size) -> TensorDict:
        """The state at the depot before the first step (no action mask yet)."""
        device = td["distance_matrix"].device  # a TensorDict need not name its device
        locs, demand, capacity = _vrp_inputs(td)
        n1 = td["distance_matrix"].shape[-1]
        zero = torch.zeros((*batch_size, 1), dtype=torch.int64, device=device)
        return TensorDict({
            "locs": locs,
            "distance_matrix": td["distance_matrix"],
            "demand": demand / capacity,
            "capacity": capacity,
            "vehicle_capacity": torch.ones((*batch_size, 1), device=device),
            "used_capacity": torch.zeros((*batch_size, 1), device=device),
            "current_node": zero,
            "i": zero.clone(),
            "visited": torch.zeros((*batch_size, n1), dtype=torch.bool, device=device),
        }, batch_size=batch_size, device=device)

    def _step(self, td: TensorDict) -> TensorDict:
        action = td["action"][:, None]
        n = td["demand"].shape[-1]
        picked = td["demand"].gather(-1, (action - 1).clamp(0, n - 1))
        used = (td["used_capacity"] + picked) * (action != 0).float()
        visited = td["visited"].scatter(-1, action, True)
        done = visited[..., 1:].all(-1)
        td.update({
            "current_node": action,
            "used_capacity": used,
            "visited": visited,
            "i": td["i"] + 1,
            "reward": torch.zeros_like(done, dtype=torch.float32),
            "done": done,
        })
        td.set("action_mask", self.get_action_mask(td))
        return td

    @staticmethod
    def get_action_mask(td: TensorDict) -> torch.Tensor:
        fits = td["demand"] + td["used_capacity"] <= td["vehicle_capacity"] + CAP_EPS
        client_ok = ~td["visited"][..., 1:] & fits
        at_depot = td["current_node"] == 0
        depot_ok = ~(at_depot & client_ok.any(-1, keepdim=True))
        return torch.cat([depot_ok, client_ok], dim=-1)

    def _get_reward(self, td: TensorDict, actions: torch.Tensor) -> torch.Tensor:
        return -tour_distance(td["distance_matrix"], actions)

    def check_solution_validity(self, td: TensorDict, actions: torch.Tensor) -> None:
        _check_visits(td, actions)
        demand = torch.cat([torch.zeros_like(td["demand"][:, :1]), td["demand"]], dim=1)
        load = torch.zeros_like(demand[:, 0])
        for k in range(actions.shape[1]):
            a = actions[:, k]
            load = torch.where(a == 0, torch.zeros_like(load), load + demand.gather(1, a[:, None])[:, 0])
            if (load > td["vehicle_capacity"][:, 0] + CAP_EPS).any():
                raise AssertionError("a route exceeds the vehicle capacity")

    def get_num_starts(self, td: TensorDict) -> int:
        return td["action_mask"].shape[-1] - 1

    def select_start_nodes(self, td: TensorDict, num_starts: int) -> torch.Tensor:
        n = td["action_mask"].shape[-1] - 1
        return torch.arange(num_starts, device=td.device).repeat_interleave(td.shape[0]) % n + 1

    def _make_spec(self, generator: CityGenerator) -> None:
        n = generator.num_loc
        self.observation_spec = Composite(
            locs=Bounded(low=0.0, high=1.0, shape=(n + 1, 2), dtype=torch.float32),
            current_node=Unbounded(shape=(1,), dtype=torch.int64),
            demand=Bounded(low=0.0, high=1.0, shape=(n,), dtype=torch.float32),
            action_mask=Unbounded(shape=(n + 1,), dtype=torch.bool),
            shape=(),
        )
        self.action_spec = Bounded(shape=(1,), dtype=torch.int64, low=0, high=n + 1)
        self.reward_spec = Unbounded(shape=(1,))
        self.done_spec = Unbounded(shape=(1,), dtype=torch.bool)

    # -- conversions -----------------------------------------------------
    actions_to_routes = staticmethod(actions_to_routes)

    @staticmethod
    def td_to_instances(td: TensorDict) -> list[Instance]:
        """The :class:`nco.Instance` objects of a reset batch (distances in km)."""
        dist = td["distance_matrix"].detach().cpu().double().numpy()
        cap = td["capacity"].detach().cpu().double().numpy().reshape(-1)
        dem = (td["demand"].detach().cpu().double() * td["capacity"].detach().cpu().double()).numpy()
        locs = td["locs"].detach().cpu().double().numpy()
        out = []
        for b in range(dist.shape[0]):
            demand = np.concatenate([[0.0], np.round(dem[b], 6)])
            out.append(Instance(distance=dist[b], demand=demand, capacity=float(cap[b]), coords=locs[b],
                                problem="cvrp", name=f"acvrp-{b}"))
        return out


def _vrp_inputs(td: TensorDict):
    """Locations with the depot first, client demand and capacity (B, 1)."""
    if "depot" in td.keys():
        locs = torch.cat([td["depot"][:, None, :], td["locs"]], dim=-2)
    else:
        locs = td["locs"]
    demand = td["demand"] if "demand" in td.keys() else td.get("demand_linehaul", None)
    if demand is None:
        raise InputError("a VRP TensorDict needs 'demand' or 'demand_linehaul'")
    n1 = td["distance_matrix"].shape[-1]
    if demand.shape[-1] == n1:
        demand = demand[..., 1:]
    cap_key = "capacity" if "capacity" in td.keys() else "vehicle_capacity"
    capacity = td[cap_key].reshape(*td.batch_size, 1).to(torch.float32) if cap_key in td.keys() else None
    if capacity is None:
        capacity = torch.ones((*td.batch_size, 1), device=td["distance_matrix"].device)
    demand = demand.to(torch.float32)
    # RRNCO's own files store demand already divided by the capacity.
    fractional = (demand != demand.round()).any(-1, keepdim=True)
    normalised = fractional & (demand.amax(-1, keepdim=True) <= 1.0)
    demand = torch.where(normalised, demand * capacity, demand)
    return locs, demand, capacity


def _check_visits(td: TensorDict, actions: torch.Tensor) -> None:
    n = td["action_mask"].shape[-1] - 1
    counts = torch.zeros((actions.shape[0], n + 1), dtype=torch.int64, device=actions.device)
    counts.scatter_add_(1, actions, torch.ones_like(actions))
    if not (counts[:, 1:] == 1).all():
        raise AssertionError("every client must be visited exactly once")
