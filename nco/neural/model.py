"""The RRNCO policy: contextual gating, AAFM encoder, pointer decoder with a distance prior.

The network follows *Neural Combinatorial Optimization for Real-World
Routing* (RRNCO, 2025):

* every node has a **row** (outgoing) and a **column** (incoming) embedding,
  as in MatNet;
* each embedding mixes a *coordinate* embedding (x, y and, for the VRPs, the
  polar angle to the depot) with a *distance* embedding (the sorted distances
  to neighbours sampled with probability proportional to ``1/d``) through a
  learned sigmoid gate (**contextual gating**); demand, time windows and
  service time are added for the VRPs;
* the encoder stacks **AAFM** layers: attention-free (AFT) mixing of rows with
  columns and back, whose pairwise weights come from a **neural adaptive
  bias**, small edge-wise networks on distance, angle and (ACVRPTW)
  duration, gated into one scalar per edge and scaled by a learned factor;
* the **decoder** is a pointer network over the column embeddings with a
  learned distance (and duration) prior subtracted from its logits.

The modules themselves are plain torch (:mod:`nco.neural.network`); here
they become an rl4co :class:`~rl4co.models.common.constructive.ConstructivePolicy`,
so rl4co's decoding strategies (greedy, sampling, POMO multi-start) and its
Lightning modules (``POMO``, ``REINFORCE``) drive them unchanged.

The network reads a TensorDict.  It needs a square cost matrix under
``distance_matrix`` or ``cost_matrix`` (``B x N x N``) and takes, when
present, ``duration_matrix``, ``locs`` (``B x N x 2``, depot first),
``demand`` (``B x N`` or ``B x N-1``, divided by ``capacity`` /
``vehicle_capacity`` when not already a fraction), ``time_windows``
(``B x N x 2``) and ``service_time`` (or rl4co's ``durations``).  During
decoding it reads ``current_node`` and, for the VRPs, ``used_capacity`` and
``current_time``.
"""

from __future__ import annotations

import torch
from rl4co.models.common.constructive.base import (
    ConstructiveDecoder,
    ConstructiveEncoder,
    ConstructivePolicy,
)

from nco.neural.network import (  # noqa: F401  (names re-exported for callers)
    NUM_NEIGHBOURS,
    PROBLEMS,
    AAFMLayer,
    AdaptiveBias,
    DecoderNet,
    EncoderNet,
    RRNCOConfig,
    capacity_of,
    node_features,
)


class RRNCOEncoder(EncoderNet, ConstructiveEncoder):
    """:class:`nco.neural.network.EncoderNet` as an rl4co encoder."""


# -- decoder ----------------------------------------------------------------------


class RRNCODecoder(DecoderNet, ConstructiveDecoder):
    """Pointer decoder: a glimpse over column embeddings, then
    ``C * tanh(q . k_j / sqrt(E)) - prior(d_ij, t_ij)``.

    The query is built from the row embedding of the current node, of the
    first node (ATSP) or the depot (VRPs), and for the VRPs the remaining
    capacity and (ACVRPTW) the current time.  Multi-start copies share one
    copy of the encoder output.  The step is
    :meth:`~nco.neural.network.DecoderNet.logits` on the products of
    :meth:`~nco.neural.network.DecoderNet.precompute`, as in the lean
    decoder (:mod:`nco.neural.decode`).
    """

    def pre_decoder_hook(self, td, env, hidden=None, num_starts: int = 0):
        return td, env, self.precompute(*hidden)

    def _state(self, td, b: int, s: int) -> list[torch.Tensor]:
        """Scalar state features, ``B x S x 1`` each."""
        out = []
        if self.cfg.problem == "atsp":
            return out
        used = td.get("used_capacity", None)
        cap = capacity_of(td)
        if used is None:
            rem = torch.ones(b * s, 1, device=td.device)
        else:
            used = used.float().reshape(b * s, -1)[:, :1]
            frac = used if cap is None or (used <= 1.0 + 1e-6).all() else used / cap.clamp_min(1e-9)
            rem = 1.0 - frac
        out.append(rem)
        if self.cfg.problem == "acvrptw":
            t = td.get("current_time", None)
            tw = td["time_windows"].float()
            horizon = tw[:, :1, 1].clamp_min(1e-9)
            t = torch.zeros(b * s, 1, device=td.device) if t is None else t.float().reshape(b * s, -1)[:, :1]
            out.append(t / horizon)
        return [o.reshape(s, b, 1).transpose(0, 1) for o in out]

    def forward(self, td, hidden=None, num_starts: int = 0):
        b = hidden["offset"].shape[0]
        n = hidden["neg_prior"].shape[-1]
        s = max(1, td.batch_size[0] // b)

        def per_instance(x):  # (S*B, ...) -> (B, S, ...)
            return x.reshape(s, b, *x.shape[1:]).transpose(0, 1)

        cur = per_instance(td["current_node"].reshape(-1))  # B x S
        first = None if self.cfg.has_depot else td.get("first_node", None)
        anchor = cur if first is None else per_instance(first.reshape(-1))
        mask = per_instance(td["action_mask"])  # B x S x N
        penalty = torch.zeros(mask.shape, device=mask.device).masked_fill_(~mask, float("-inf"))
        logits = self.logits(hidden, cur, self.anchor_scores(hidden, anchor), self._state(td, b, s), penalty)
        back = lambda x: x.transpose(0, 1).reshape(s * b, n)  # noqa: E731
        return back(logits), back(mask)


class RRNCOPolicy(ConstructivePolicy):
    """The RRNCO network as an rl4co constructive policy.

    Parameters
    ----------
    problem, embed_dim, num_layers, num_heads, ff_hidden, bias_hidden, num_neighbours, tanh_clipping
        See :class:`RRNCOConfig`.
    env_name
        rl4co environment name (used by rl4co's start-node selection).
    **kwargs
        Decoding options for :class:`ConstructivePolicy` (``train_decode_type``...).
    """

    def __init__(self, problem: str = "atsp", embed_dim: int = 64, num_layers: int = 3, num_heads: int = 4,
                 ff_hidden: int = 256, bias_hidden: int = 16, num_neighbours: int = NUM_NEIGHBOURS,
                 tanh_clipping: float = 10.0, env_name: str | None = None, **kwargs):
        cfg = RRNCOConfig(problem, embed_dim, num_layers, num_heads, ff_hidden, bias_hidden, num_neighbours,
                          tanh_clipping)
        kwargs.setdefault("train_decode_type", "multistart_sampling")
        kwargs.setdefault("val_decode_type", "multistart_greedy")
        kwargs.setdefault("test_decode_type", "multistart_greedy")
        super().__init__(RRNCOEncoder(cfg), RRNCODecoder(cfg), env_name=env_name or problem,
                         tanh_clipping=0.0, **kwargs)
        self.config = cfg

    def num_parameters(self) -> int:
        return sum(p.numel() for p in self.parameters())
