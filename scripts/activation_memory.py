"""Bytes of tensors autograd keeps for one training step per instance
(N = 100, every node a POMO start, 128-d, 6 layers, fp32), to size the GPU batch.

    python scripts/activation_memory.py [--n 100] [--batch 2]
"""

import argparse

import torch

from nco.data.samplers import DeviceSampler
from nco.neural import fasttrain
from nco.neural.model import RRNCOPolicy


def saved_bytes(problem: str, n: int, batch: int) -> tuple[float, float]:
    """(saved bytes per instance, batchified input bytes per instance) of one step."""
    torch.manual_seed(0)
    net = RRNCOPolicy(problem, embed_dim=128, num_layers=6, num_heads=8, ff_hidden=512)
    env = fasttrain.make_env(problem, n, ["monaco"], torch.device("cpu"))
    td = env.reset(DeviceSampler(["monaco"], problem, seed=0).draw(n, batch))
    seen, total = set(), [0]

    def pack(t):
        key = (t.untyped_storage().data_ptr(), t.dtype)
        if key not in seen:
            seen.add(key)
            total[0] += t.untyped_storage().nbytes()
        return t

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        fasttrain.rollout(net, net.decoder, env, td, fasttrain.num_starts(_Fast(), problem, n))
    inputs = sum(v.numel() * v.element_size() for v in td.values()) * n  # batchify copies per start
    return total[0] / batch, inputs / batch


class _Fast(dict):
    """The defaults of ``fast`` that :func:`fasttrain.num_starts` reads."""

    def __init__(self):
        super().__init__(num_starts=None, max_starts=100)

    __getattr__ = dict.__getitem__


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=100)
    p.add_argument("--batch", type=int, default=2)
    args = p.parse_args()
    torch.set_num_threads(1)
    for problem in ("atsp", "acvrp", "acvrptw"):
        saved, inputs = saved_bytes(problem, args.n, args.batch)
        print(f"{problem}: N = {args.n}: {saved / 2**20:.1f} MiB saved for backward per instance (fp32), "
              f"{inputs / 2**20:.1f} MiB of batchified inputs")
