"""The RRNCO network in plain torch: configuration, encoder, decoder weights.

This module needs only torch, so a trained policy loads and decodes
(:mod:`nco.neural.decode`, :mod:`nco.neural.infer`) without importing
rl4co, tensordict or Lightning, which take several seconds to import.
:mod:`nco.neural.model` wraps the same modules as an rl4co
``ConstructivePolicy`` for training; both have the same parameter names, so
one state dict loads into either.

The inputs are read from a mapping of tensors (a TensorDict, or the plain
batch of :mod:`nco.neural.infer`): a square cost matrix under
``distance_matrix`` or ``cost_matrix`` (``B x N x N``) and, when present,
``duration_matrix``, ``locs`` (``B x N x 2``, depot first), ``demand``
(``B x N`` or ``B x N-1``, divided by ``capacity`` / ``vehicle_capacity``
when not already a fraction), ``time_windows`` (``B x N x 2``) and
``service_time`` (or rl4co's ``durations``).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import torch
import torch.nn as nn

from nco.errors import InputError

PROBLEMS = ("atsp", "acvrp", "acvrptw")

#: Number of neighbours whose distances form the distance embedding (RRNCO: 25).
NUM_NEIGHBOURS = 25


@dataclass
class RRNCOConfig:
    """Sizes of an RRNCO network (:class:`RRNCONet`, :class:`nco.neural.model.RRNCOPolicy`).

    Parameters
    ----------
    problem
        ``"atsp"``, ``"acvrp"`` or ``"acvrptw"``: decides which node features
        and decoder context the network reads.
    embed_dim
        Width ``E`` of every embedding.
    num_layers
        Number of AAFM encoder layers.
    num_heads
        Heads of the decoder's glimpse attention (must divide ``embed_dim``).
    ff_hidden
        Hidden width of the encoder's feed-forward blocks.
    bias_hidden
        Hidden width of each edge-wise adaptive-bias network.
    num_neighbours
        Neighbours sampled for the distance embedding; instances with fewer
        nodes pad the missing slots and flag them.
    tanh_clipping
        Logit clipping of the pointer (Bello et al.).
    """

    problem: str = "atsp"
    embed_dim: int = 64
    num_layers: int = 3
    num_heads: int = 4
    ff_hidden: int = 256
    bias_hidden: int = 16
    num_neighbours: int = NUM_NEIGHBOURS
    tanh_clipping: float = 10.0

    def __post_init__(self) -> None:
        if self.problem not in PROBLEMS:
            raise InputError(f"problem must be one of {PROBLEMS}, got {self.problem!r}")
        for name in ("embed_dim", "num_layers", "num_heads", "ff_hidden", "bias_hidden", "num_neighbours"):
            if int(getattr(self, name)) < 1:
                raise InputError(f"{name} must be a positive integer, got {getattr(self, name)}")
        if self.embed_dim % self.num_heads:
            raise InputError(f"num_heads ({self.num_heads}) must divide embed_dim ({self.embed_dim})")

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def uses_duration(self) -> bool:
        return self.problem == "acvrptw"

    @property
    def has_depot(self) -> bool:
        return self.problem != "atsp"


# -- reading a TensorDict -------------------------------------------------------


def _distance(td) -> torch.Tensor:
    for key in ("distance_matrix", "cost_matrix"):
        if key in td.keys():
            return td[key]
    raise InputError("the state has no 'distance_matrix' or 'cost_matrix'")


def _norm_matrix(m: torch.Tensor) -> torch.Tensor:
    """Divide each instance's matrix by its largest off-diagonal entry."""
    n = m.shape[-1]
    off = ~torch.eye(n, dtype=torch.bool, device=m.device)
    scale = torch.where(off, m, torch.zeros_like(m)).flatten(1).amax(1).clamp_min(1e-9)
    return torch.where(off, m, torch.zeros_like(m)) / scale[:, None, None]


def _coords(td, n: int) -> torch.Tensor | None:
    locs = td.get("locs", None)
    if locs is None:
        return None
    if locs.shape[-2] == n - 1 and "depot" in td.keys():
        locs = torch.cat([td["depot"][..., None, :], locs], dim=-2)
    if locs.shape[-2] != n:
        return None
    lo = locs.amin(1, keepdim=True)
    hi = locs.amax(1, keepdim=True)
    return (locs - lo) / (hi - lo).amax(-1, keepdim=True).clamp_min(1e-9)


def _per_node(td, keys, n: int) -> torch.Tensor | None:
    for key in keys:
        v = td.get(key, None)
        if v is None:
            continue
        v = v.float()
        if v.dim() == 3 and v.shape[-1] == 1:
            v = v[..., 0]
        if v.shape[-1] == n - 1:
            v = torch.cat([torch.zeros_like(v[..., :1]), v], dim=-1)
        if v.shape[-1] == n:
            return v
    return None


def capacity_of(td) -> torch.Tensor | None:
    for key in ("vehicle_capacity", "capacity"):
        v = td.get(key, None)
        if v is not None:
            return v.float().reshape(v.shape[0], -1)[:, :1]
    return None


def node_features(td, problem: str, n: int) -> torch.Tensor:
    """Per-node scalar features: demand fraction, and for ACVRPTW the time
    window and service time over the depot's horizon.  ``B x N x F``."""
    dev = _distance(td).device
    b = _distance(td).shape[0]
    if problem == "atsp":
        return torch.zeros(b, n, 0, device=dev)
    demand = _per_node(td, ("demand", "demand_linehaul"), n)
    if demand is None:
        demand = torch.zeros(b, n, device=dev)
    cap = capacity_of(td)
    if cap is not None and (demand > 1.0 + 1e-6).any():
        demand = demand / cap.clamp_min(1e-9)
    feats = [demand]
    if problem == "acvrptw":
        tw = td.get("time_windows", None)
        if tw is None:
            raise InputError("an ACVRPTW state needs 'time_windows'")
        tw = tw.float()
        horizon = tw[:, :1, 1].clamp_min(1e-9)
        service = _per_node(td, ("service_time", "durations"), n)
        if service is None:
            service = torch.zeros(b, n, device=dev)
        feats += [tw[..., 0] / horizon, tw[..., 1] / horizon, service / horizon]
    return torch.stack(feats, dim=-1)


# -- encoder ----------------------------------------------------------------------


class AdaptiveBias(nn.Module):
    """Neural adaptive bias: one scalar per edge from distance, angle and duration.

    Each source goes through its own small network (1 -> H -> 1); a gate
    computed from all sources mixes them.
    """

    #: Largest hidden tensor (elements) computed at once at inference: a
    #: block of rows that stays in the processor's cache.
    block_elems = 2**19

    def __init__(self, num_sources: int, hidden: int):
        super().__init__()
        self.w1 = nn.Parameter(torch.randn(num_sources, hidden) * 0.5)
        self.b1 = nn.Parameter(torch.zeros(num_sources, hidden))
        self.w2 = nn.Parameter(torch.randn(num_sources, hidden) / math.sqrt(hidden))
        self.b2 = nn.Parameter(torch.zeros(num_sources))
        self.gate = nn.Linear(num_sources, num_sources)

    def forward(self, feats: torch.Tensor) -> torch.Tensor:  # B x N x N x S -> B x N x N
        if torch.is_grad_enabled():
            return self._bias(feats)
        hidden = self.w1.shape[-1]
        rows = max(1, int(self.block_elems // max(1, feats[:, :1].numel() * hidden)))
        if rows >= feats.shape[1]:
            return self._bias_inplace(feats)
        return torch.cat([self._bias_inplace(feats[:, i:i + rows]) for i in range(0, feats.shape[1], rows)], dim=1)

    def _bias(self, feats: torch.Tensor) -> torch.Tensor:
        h = torch.relu(feats[..., None] * self.w1 + self.b1)
        b = (h * self.w2).sum(-1) + self.b2
        g = torch.softmax(self.gate(feats), dim=-1)
        return (g * b).sum(-1)

    def _bias_inplace(self, feats: torch.Tensor) -> torch.Tensor:
        """:meth:`_bias` without autograd: the same operations, in place."""
        b = (feats[..., None] * self.w1).add_(self.b1).relu_().mul_(self.w2).sum(-1).add_(self.b2)
        return torch.softmax(self.gate(feats), dim=-1).mul_(b).sum(-1)


class AAFMLayer(nn.Module):
    """One attention-free layer: rows mix over columns with bias ``w_ij``, columns over rows with ``w_ji``."""

    def __init__(self, embed_dim: int, ff_hidden: int):
        super().__init__()
        e = embed_dim
        self.qkv_row = nn.Linear(e, 3 * e)
        self.qkv_col = nn.Linear(e, 3 * e)
        self.out_row = nn.Linear(e, e)
        self.out_col = nn.Linear(e, e)
        self.norm_row = nn.ModuleList([nn.LayerNorm(e), nn.LayerNorm(e)])
        self.norm_col = nn.ModuleList([nn.LayerNorm(e), nn.LayerNorm(e)])
        self.ff_row = nn.Sequential(nn.Linear(e, ff_hidden), nn.ReLU(), nn.Linear(ff_hidden, e))
        self.ff_col = nn.Sequential(nn.Linear(e, ff_hidden), nn.ReLU(), nn.Linear(ff_hidden, e))
        self.scale = nn.Parameter(torch.ones(()))

    @staticmethod
    def aft(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        """AFT-full: ``sigmoid(q_i) * sum_j exp(k_j + w_ij) v_j / sum_j exp(k_j + w_ij)``, O(N^2 E)."""
        ew = torch.exp(bias - bias.amax(-1, keepdim=True))
        ek = torch.exp(k - k.amax(1, keepdim=True))
        num = torch.bmm(ew, ek * v)
        den = torch.bmm(ew, ek).clamp_min(1e-30)
        return torch.sigmoid(q) * num / den

    def forward(self, row, col, bias):
        qr, kr, vr = self.qkv_row(row).chunk(3, dim=-1)
        qc, kc, vc = self.qkv_col(col).chunk(3, dim=-1)
        w = self.scale * bias
        row2 = self.norm_row[0](row + self.out_row(self.aft(qr, kc, vc, w)))
        col2 = self.norm_col[0](col + self.out_col(self.aft(qc, kr, vr, w.transpose(1, 2))))
        row2 = self.norm_row[1](row2 + self.ff_row(row2))
        col2 = self.norm_col[1](col2 + self.ff_col(col2))
        return row2, col2


class EncoderNet(nn.Module):
    """Contextual-gating node embeddings followed by AAFM layers.

    Returns ``hidden = (row, col, dist, dur)`` with the row / column
    embeddings (``B x N x E``) and the normalised matrices the decoder uses
    for its prior.
    """

    def __init__(self, cfg: RRNCOConfig):
        super().__init__()
        self.cfg = cfg
        e, k = cfg.embed_dim, cfg.num_neighbours
        coord_dim = 3 if cfg.has_depot else 2
        self.coord_embed = nn.Linear(coord_dim, e)
        self.row_dist_embed = nn.Linear(2 * k, e)
        self.col_dist_embed = nn.Linear(2 * k, e)
        self.gate_row = nn.Linear(2 * e, e)
        self.gate_col = nn.Linear(2 * e, e)
        n_feat = {"atsp": 0, "acvrp": 1, "acvrptw": 4}[cfg.problem]
        self.feat_embed = nn.Linear(n_feat, e) if n_feat else None
        self.depot_embed = nn.Parameter(torch.randn(e) * 0.1) if cfg.has_depot else None
        self.bias = AdaptiveBias(3 if cfg.uses_duration else 2, cfg.bias_hidden)
        self.layers = nn.ModuleList([AAFMLayer(e, cfg.ff_hidden) for _ in range(cfg.num_layers)])

    def _neighbour_dists(self, d: torch.Tensor) -> torch.Tensor:
        """Sorted distances from each node (row of ``d``) to ``K`` neighbours
        sampled with probability proportional to ``1/d`` (Gumbel top-k), with
        validity flags; ``B x N x 2K``.  Fewer than ``K`` other nodes: all of
        them, the rest padded and flagged invalid."""
        b, n, _ = d.shape
        k = self.cfg.num_neighbours
        m = min(k, n - 1)
        eye = torch.eye(n, dtype=torch.bool, device=d.device)
        out = torch.zeros(b, n, k, device=d.device, dtype=d.dtype)
        valid = torch.zeros(b, n, k, device=d.device, dtype=d.dtype)
        if m > 0:
            if n - 1 <= k:
                chosen = d.masked_fill(eye, float("inf")).sort(-1).values[..., :m]
            else:
                gen = None
                if not self.training:
                    gen = torch.Generator(device=d.device).manual_seed(0)
                u = torch.rand(d.shape, generator=gen, device=d.device, dtype=d.dtype)
                gumbel = u.clamp_(1e-9, 1 - 1e-9).log_().neg_().log_().neg_()
                score = d.clamp_min(1e-6).log_().neg_().add_(gumbel)  # log(1/d) + Gumbel noise
                score.diagonal(dim1=-2, dim2=-1).fill_(float("-inf"))
                idx = score.topk(m, dim=-1).indices
                chosen = d.gather(-1, idx).sort(-1).values
            out[..., :m] = chosen
            valid[..., :m] = 1.0
        return torch.cat([out, valid], dim=-1)

    def forward(self, td):
        d_raw = _distance(td).float()
        b, n, _ = d_raw.shape
        dist = _norm_matrix(d_raw)
        dur = None
        if self.cfg.uses_duration:
            t = td.get("duration_matrix", None)
            dur = _norm_matrix(t.float()) if t is not None else dist
        xy = _coords(td, n)
        if xy is None:
            xy = torch.zeros(b, n, 2, device=dist.device)
            angle = torch.zeros_like(dist)
        else:
            delta = xy[:, None, :, :] - xy[:, :, None, :]
            angle = torch.atan2(delta[..., 1], delta[..., 0]) / math.pi
        coord_in = xy
        if self.cfg.has_depot:
            rel = xy - xy[:, :1]
            polar = torch.atan2(rel[..., 1], rel[..., 0]) / math.pi
            coord_in = torch.cat([xy, polar[..., None]], dim=-1)
        e_coord = self.coord_embed(coord_in)
        e_row = self.row_dist_embed(self._neighbour_dists(dist))
        e_col = self.col_dist_embed(self._neighbour_dists(dist.transpose(1, 2)))
        g_row = torch.sigmoid(self.gate_row(torch.cat([e_coord, e_row], -1)))
        g_col = torch.sigmoid(self.gate_col(torch.cat([e_coord, e_col], -1)))
        row = g_row * e_coord + (1 - g_row) * e_row
        col = g_col * e_coord + (1 - g_col) * e_col
        if self.feat_embed is not None:
            f = self.feat_embed(node_features(td, self.cfg.problem, n))
            row = row + f
            col = col + f
        if self.depot_embed is not None:
            row = torch.cat([row[:, :1] + self.depot_embed, row[:, 1:]], dim=1)
            col = torch.cat([col[:, :1] + self.depot_embed, col[:, 1:]], dim=1)
        sources = [dist, angle] + ([dur] if dur is not None else [])
        bias = self.bias(torch.stack(sources, dim=-1))
        for layer in self.layers:
            row, col = layer(row, col, bias)
        return (row, col, dist, dur), row


# -- decoder weights and the whole network ----------------------------------------


class DecoderNet(nn.Module):
    """The pointer decoder's weights: query, glimpse keys / values and logit
    keys, glimpse output, and the distance (duration) prior factors.  The
    step itself is :class:`nco.neural.model.RRNCODecoder` (rl4co's loop) or
    :class:`nco.neural.decode.LeanDecoder`."""

    def __init__(self, cfg: RRNCOConfig):
        super().__init__()
        self.cfg = cfg
        e = cfg.embed_dim
        n_state = {"atsp": 0, "acvrp": 1, "acvrptw": 2}[cfg.problem]
        self.query = nn.Linear(2 * e + n_state, e, bias=False)
        self.keys = nn.Linear(e, 3 * e, bias=False)
        self.glimpse_out = nn.Linear(e, e, bias=False)
        self.prior_dist = nn.Parameter(torch.tensor(1.0))
        self.prior_dur = nn.Parameter(torch.tensor(0.0)) if cfg.uses_duration else None


class RRNCONet(nn.Module):
    """Encoder and decoder weights of one RRNCO network, without rl4co.

    Parameters
    ----------
    cfg
        The network's sizes.
    """

    def __init__(self, cfg: RRNCOConfig):
        super().__init__()
        self.config = cfg
        self.encoder = EncoderNet(cfg)
        self.decoder = DecoderNet(cfg)

    def num_parameters(self) -> int:
        return sum(p.numel() for p in self.parameters())
