"""The inputs of a policy's decode, in plain torch.

:meth:`nco.neural.policy.Policy.solve` and ``sample`` decode with
:class:`~nco.neural.decode.LeanDecoder`, which reads a handful of tensors.
This module builds them from :class:`nco.Instance` objects without rl4co's
environments and TensorDicts, with the same values as
``decoding_env(problem, n).reset(to_tensordict(instances))`` on every key
the network and the decoder read (a test compares them), augments
coordinates as rl4co's ``StateAugmentation`` does and picks POMO start
nodes as the environments do.  A policy loaded with
``load_policy(name, lean=True)`` then decodes with torch alone: a fresh
process is ready after importing torch, not rl4co, tensordict and Lightning
(seconds more).
"""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np
import torch

from nco.errors import InputError
from nco.instance import Instance


class Batch(dict):
    """Tensors by key, all with the batch as first dimension, on one ``device``."""

    def __init__(self, fields: dict, device):
        super().__init__(fields)
        self.device = torch.device(device)

    @property
    def batch_size(self) -> torch.Size:
        return torch.Size([next(iter(self.values())).shape[0]])


def _t(x, device) -> torch.Tensor:
    return torch.as_tensor(np.asarray(x), dtype=torch.float32, device=device)


def reset_batch(instances: Sequence[Instance], problem: str, device="cpu") -> Batch:
    """The decoding inputs of instances of one size (``B`` rows)."""
    m = {i.n_nodes for i in instances}
    if len(m) != 1:
        raise InputError("instances to batch must share their size")
    m = m.pop()
    locs = _t(np.stack([i.coords if i.coords is not None else np.zeros((m, 2)) for i in instances]), device)
    dist = _t(np.stack([i.distance for i in instances]), device)
    if problem == "atsp":
        return Batch({"locs": locs, "distance_matrix": dist, "cost_matrix": dist.clone()}, device)
    b = len(instances)
    cap = _t(np.array([i.capacity for i in instances]), device).reshape(b, 1)
    demand = _t(np.stack([i.demand for i in instances]), device)[:, 1:]
    # demands stored as fractions of the capacity (RRNCO's files) count in units
    normalised = (demand != demand.round()).any(-1, keepdim=True) & (demand.amax(-1, keepdim=True) <= 1.0)
    demand = torch.where(normalised, demand * cap, demand)
    fields = {"locs": locs, "distance_matrix": dist, "demand": demand / cap, "capacity": cap,
              "vehicle_capacity": torch.ones(b, 1, device=device)}
    if problem == "acvrptw":
        fields.update(duration_matrix=_t(np.stack([i.duration for i in instances]), device),
                      time_windows=_t(np.stack([i.time_windows for i in instances]), device),
                      service_time=_t(np.stack([i.service_time for i in instances]), device))
    return Batch(fields, device)


def augment(batch: Batch, k: int) -> Batch:
    """``k`` copies of every row, augmentation-major, with the coordinates of
    copy ``a`` transformed: the 8 symmetries of the square for ``k = 8``,
    else random rotations and reflections (rl4co's ``dihedral8`` and
    ``symmetric``; the first copy is the identity)."""
    if k == 1:
        return batch
    out = {key: v.expand(k, *v.shape).contiguous().view(k * v.shape[0], *v.shape[1:]) for key, v in batch.items()}
    xy = batch["locs"]
    out["locs"] = _dihedral8(xy) if k == 8 else _symmetric(out["locs"], k)
    return Batch(out, batch.device)


def _dihedral8(xy: torch.Tensor) -> torch.Tensor:
    x, y = xy.split(1, dim=2)
    return torch.cat([torch.cat(p, dim=2) for p in ((x, y), (1 - x, y), (x, 1 - y), (1 - x, 1 - y),
                                                       (y, x), (1 - y, x), (y, 1 - x), (1 - y, 1 - x))], dim=0)


def _symmetric(xy: torch.Tensor, k: int) -> torch.Tensor:
    phi = torch.rand(xy.shape[0], device=xy.device) * 4 * math.pi
    phi[: xy.shape[0] // k] = 0.0
    phi = phi[:, None, None]
    x, y = xy[..., [0]] - 0.5, xy[..., [1]] - 0.5
    rot = torch.cat((torch.cos(phi) * x - torch.sin(phi) * y, torch.sin(phi) * x + torch.cos(phi) * y), dim=-1)
    return torch.where(phi > 2 * math.pi, rot.flip(-1), rot) + 0.5


def reseed_as_rl4co() -> None:
    """Reseed torch's global generator as building an rl4co environment does
    (``RL4COEnvBase`` draws a seed from it and calls ``torch.manual_seed``),
    so that sampling after it draws what the environment path draws."""
    torch.manual_seed(torch.empty((), dtype=torch.int64).random_().item())


def start_nodes(batch: Batch, problem: str, s: int) -> torch.Tensor:
    """POMO start nodes, ``B x s``: nodes ``0, 1, ...`` (ATSP) or clients
    ``1, 2, ...`` (VRPs), cycling when ``s`` exceeds them."""
    b, n = batch.batch_size[0], batch["distance_matrix"].shape[-1]
    flat = torch.arange(s, device=batch.device).repeat_interleave(b)
    flat = flat % n if problem == "atsp" else flat % (n - 1) + 1
    return flat.reshape(s, b).T
