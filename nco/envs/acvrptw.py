"""ACVRPTW on real-city matrices: travel times from the duration matrix.

Input TensorDict (from :class:`~nco.envs.generator.CityGenerator`,
:func:`nco.data.samplers.sample_tensordict` or an RRNCO-schema ``.npz``):
``locs`` (B, N+1, 2) depot first, ``distance_matrix`` (B, N+1, N+1) km,
``duration_matrix`` (B, N+1, N+1) (normalised travel times),
``time_windows`` (B, N+1, 2), ``service_time`` (B, N+1),
``demand_linehaul`` (B, N) and ``vehicle_capacity`` (B, 1) in demand units.

TensorDict keys after :meth:`ACVRPTWEnv.reset` (node 0 is the depot): those
of :class:`~nco.envs.acvrp.ACVRPEnv` (``locs``, ``distance_matrix``,
``demand`` as fractions of ``capacity``, ``vehicle_capacity`` = 1,
``used_capacity``, ``current_node``, ``i``, ``visited``, ``action_mask``)
plus ``duration_matrix``, ``time_windows``, ``service_time`` and
``current_time`` (B, 1): when the vehicle is free to leave its current node.

A client is allowed when it is unvisited, fits the remaining capacity, the
vehicle can start serving it before its window closes (waiting when early),
and can still return to the depot before the depot closes.  Reward: minus
the total distance (km), equal to :func:`nco.check`'s cost.
"""

from __future__ import annotations

import numpy as np
import torch
from tensordict.tensordict import TensorDict
from torchrl.data import Bounded, Unbounded

from nco.envs.actions import CAP_EPS, TIME_EPS
from nco.envs.acvrp import ACVRPEnv, actions_to_routes
from nco.envs.generator import CityGenerator
from nco.instance import Instance


class ACVRPTWEnv(ACVRPEnv):
    """Asymmetric CVRP with time windows on distance and duration matrices.

    Parameters
    ----------
    generator
        A :class:`CityGenerator` with ``problem="acvrptw"``; by default one
        built from ``generator_params``.
    """

    name = "acvrptw"

    def _initial_state(self, td: TensorDict, batch_size) -> TensorDict:
        """The ACVRP state plus durations, windows, service times and the clock."""
        out = super()._initial_state(td, batch_size)
        tw = td["time_windows"].to(torch.float32)
        out.update({
            "duration_matrix": td["duration_matrix"],
            "time_windows": tw,
            "service_time": td["service_time"].to(torch.float32),
            "current_time": tw[..., 0, :1].clone(),
        })
        return out

    def _step(self, td: TensorDict) -> TensorDict:
        prev = td["current_node"]
        action = td["action"][:, None]
        travel = td["duration_matrix"].gather(1, prev[:, :, None].expand(-1, 1, td["duration_matrix"].shape[-1]))[:, 0]
        travel = travel.gather(-1, action)
        start = torch.maximum(td["current_time"] + travel, td["time_windows"][..., 0].gather(-1, action))
        t_next = start + td["service_time"].gather(-1, action)
        depot_open = td["time_windows"][..., 0, :1]
        td.set("current_time", torch.where(action == 0, depot_open, t_next))
        return super()._step(td)

    @staticmethod
    def get_action_mask(td: TensorDict) -> torch.Tensor:
        dur = td["duration_matrix"]
        cur = td["current_node"]
        n1 = dur.shape[-1]
        from_cur = dur.gather(1, cur[:, :, None].expand(-1, 1, n1))[:, 0]  # (B, N+1)
        tw = td["time_windows"]
        start = torch.maximum(td["current_time"] + from_cur, tw[..., 0])
        in_time = start <= tw[..., 1] - TIME_EPS
        back = start + td["service_time"] + dur[..., :, 0]
        can_return = back <= tw[..., 0, 1:2] - TIME_EPS
        fits = td["demand"] + td["used_capacity"] <= td["vehicle_capacity"] + CAP_EPS
        client_ok = ~td["visited"][..., 1:] & fits & in_time[..., 1:] & can_return[..., 1:]
        at_depot = cur == 0
        depot_ok = ~(at_depot & client_ok.any(-1, keepdim=True))
        return torch.cat([depot_ok, client_ok], dim=-1)

    def check_solution_validity(self, td: TensorDict, actions: torch.Tensor) -> None:
        super().check_solution_validity(td, actions)
        b = actions.shape[0]
        idx = torch.arange(b, device=actions.device)
        tw, st, dur = td["time_windows"], td["service_time"], td["duration_matrix"]
        t = tw[:, 0, 0].clone()
        prev = torch.zeros(b, dtype=torch.int64, device=actions.device)
        for k in range(actions.shape[1] + 1):
            a = actions[:, k] if k < actions.shape[1] else torch.zeros_like(prev)
            arrive = torch.maximum(t + dur[idx, prev, a], tw[idx, a, 0])
            late = (a != 0) & (arrive > tw[idx, a, 1] + 1e-4)
            back_late = (a == 0) & (t + dur[idx, prev, 0] > tw[:, 0, 1] + 1e-4)
            if late.any() or back_late.any():
                raise AssertionError("a time window is violated")
            t = torch.where(a == 0, tw[:, 0, 0], arrive + st[idx, a])
            prev = a

    def _make_spec(self, generator: CityGenerator) -> None:
        super()._make_spec(generator)
        n, device = generator.num_loc, self.observation_spec.device  # the environment's
        self.observation_spec["current_time"] = Unbounded(shape=(1,), dtype=torch.float32, device=device)
        self.observation_spec["time_windows"] = Bounded(low=0.0, high=float("inf"), shape=(n + 1, 2),
                                                        dtype=torch.float32, device=device)

    actions_to_routes = staticmethod(actions_to_routes)

    @staticmethod
    def td_to_instances(td: TensorDict) -> list[Instance]:
        """The :class:`nco.Instance` objects of a reset batch."""
        g = lambda k: td[k].detach().cpu().double().numpy()  # noqa: E731
        dist, dur, tw, st, locs = g("distance_matrix"), g("duration_matrix"), g("time_windows"), g("service_time"), g("locs")
        cap = g("capacity").reshape(-1)
        dem = g("demand") * cap[:, None]
        out = []
        for b in range(dist.shape[0]):
            demand = np.concatenate([[0.0], np.round(dem[b], 6)])
            out.append(Instance(distance=dist[b], duration=dur[b], demand=demand, capacity=float(cap[b]),
                                time_windows=tw[b], service_time=st[b], coords=locs[b], problem="vrptw",
                                name=f"acvrptw-{b}"))
        return out
