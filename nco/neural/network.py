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
import torch.nn.functional as F

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
    """Divide each instance's matrix, diagonal set to 0, by its largest off-diagonal entry."""
    off = m.clone()
    off.diagonal(dim1=-2, dim2=-1).zero_()
    return off / off.flatten(1).amax(1).clamp_min(1e-9)[:, None, None]


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
    computed from all sources mixes them.  Each small network is a
    piecewise-linear function of its input with at most ``H`` breakpoints:
    at inference it is evaluated as such (:meth:`pieces`), one slope and
    intercept per edge instead of ``H`` hidden units.
    """

    def __init__(self, num_sources: int, hidden: int):
        super().__init__()
        self.w1 = nn.Parameter(torch.randn(num_sources, hidden) * 0.5)
        self.b1 = nn.Parameter(torch.zeros(num_sources, hidden))
        self.w2 = nn.Parameter(torch.randn(num_sources, hidden) / math.sqrt(hidden))
        self.b2 = nn.Parameter(torch.zeros(num_sources))
        self.gate = nn.Linear(num_sources, num_sources)

    def forward(self, sources: list[torch.Tensor]) -> torch.Tensor:  # S x (B x N x N) -> B x N x N
        if torch.is_grad_enabled():
            return self._bias(torch.stack(sources, dim=-1))
        return self._bias_pieces(sources)

    def _bias(self, feats: torch.Tensor) -> torch.Tensor:
        h = torch.relu(feats[..., None] * self.w1 + self.b1)
        b = (h * self.w2).sum(-1) + self.b2
        g = torch.softmax(self.gate(feats), dim=-1)
        return (g * b).sum(-1)

    def pieces(self, s: int, lo: float, hi: float) -> tuple[list[float], torch.Tensor, torch.Tensor]:
        """The network of source ``s`` on ``[lo, hi]``: its breakpoints in
        ``(lo, hi]`` (ascending) and the slope and intercept of each piece
        between them (one more than breakpoints)."""
        w1, b1, w2 = self.w1[s], self.b1[s], self.w2[s]
        cuts = (-b1[w1 != 0] / w1[w1 != 0]).tolist()
        cuts = sorted(c for c in cuts if lo < c <= hi)
        edges = torch.tensor([lo, *cuts, hi], dtype=w1.dtype, device=w1.device)
        on = ((edges[:-1, None] + edges[1:, None]) / 2 * w1 + b1) > 0  # units active on each piece
        return cuts, (on * w1 * w2).sum(-1), (on * b1 * w2).sum(-1) + self.b2[s]

    def _source(self, s: int, x: torch.Tensor) -> torch.Tensor:
        """Network ``s`` on every entry of ``x`` (no autograd)."""
        cuts, slope, icpt = self.pieces(s, float(x.min()), float(x.max()))
        k = torch.zeros(x.shape, dtype=torch.uint8 if len(cuts) < 256 else torch.int64, device=x.device)
        for c in cuts:
            k += x >= c  # the piece of each entry
        k = k.long()
        return torch.take(slope, k).mul_(x).add_(torch.take(icpt, k))

    def _bias_pieces(self, sources: list[torch.Tensor]) -> torch.Tensor:
        """:meth:`_bias` without autograd, one source at a time."""
        flat = torch.stack(sources).view(len(sources), -1)
        g = torch.softmax(torch.addmm(self.gate.bias[:, None], self.gate.weight, flat), dim=0)
        for s in range(len(sources)):
            g[s].mul_(self._source(s, flat[s]))
        return g.sum(0).view_as(sources[0])


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
    def aft(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, ew: torch.Tensor) -> torch.Tensor:
        """AFT-full: ``sigmoid(q_i) * sum_j exp(k_j + w_ij) v_j / sum_j exp(k_j + w_ij)``, O(N^2 E),
        with ``ew = exp(w - c)`` for any constant ``c`` of each instance."""
        ek = torch.exp(k - k.amax(1, keepdim=True))
        num, den = torch.bmm(ew, torch.cat([ek * v, ek], dim=-1)).chunk(2, dim=-1)
        return torch.sigmoid(q) * num / den.clamp_min(1e-30)

    def forward(self, row, col, bias):
        qr, kr, vr = self.qkv_row(row).chunk(3, dim=-1)
        qc, kc, vc = self.qkv_col(col).chunk(3, dim=-1)
        w = self.scale * bias
        ew = torch.exp(w - w.amax((1, 2), keepdim=True))  # one exponential for rows and columns
        row2 = self.norm_row[0](row + self.out_row(self.aft(qr, kc, vc, ew)))
        col2 = self.norm_col[0](col + self.out_col(self.aft(qc, kr, vr, ew.transpose(1, 2))))
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

    def _gumbel(self, d: torch.Tensor) -> torch.Tensor:
        """Gumbel noise of ``d``'s shape; at inference always the same (seed 0)."""
        gen = None if self.training else torch.Generator(device=d.device).manual_seed(0)
        u = torch.rand(d.shape, generator=gen, device=d.device, dtype=d.dtype)
        return u.clamp_(1e-9, 1 - 1e-9).log_().neg_().log_().neg_()

    def _neighbour_dists(self, d: torch.Tensor, gumbel: torch.Tensor | None = None) -> torch.Tensor:
        """Sorted distances from each node (row of ``d``) to ``K`` neighbours
        sampled with probability proportional to ``1/d`` (Gumbel top-k with
        ``gumbel``, or fresh noise), with validity flags; ``B x N x 2K``.
        Fewer than ``K`` other nodes: all of them, the rest padded and
        flagged invalid."""
        b, n, _ = d.shape
        k = self.cfg.num_neighbours
        m = min(k, n - 1)
        out = torch.zeros(b, n, k, device=d.device, dtype=d.dtype)
        valid = torch.zeros(b, n, k, device=d.device, dtype=d.dtype)
        if m > 0:
            if n - 1 <= k:
                eye = torch.eye(n, dtype=torch.bool, device=d.device)
                chosen = d.masked_fill(eye, float("inf")).sort(-1).values[..., :m]
            else:
                gumbel = self._gumbel(d) if gumbel is None else gumbel
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
            x, y = xy[..., 0], xy[..., 1]
            angle = torch.atan2(y[:, None, :] - y[:, :, None], x[:, None, :] - x[:, :, None]) / math.pi
        coord_in = xy
        if self.cfg.has_depot:
            rel = xy - xy[:, :1]
            polar = torch.atan2(rel[..., 1], rel[..., 0]) / math.pi
            coord_in = torch.cat([xy, polar[..., None]], dim=-1)
        e_coord = self.coord_embed(coord_in)
        noise = None if self.training or n - 1 <= self.cfg.num_neighbours else self._gumbel(dist)
        e_row = self.row_dist_embed(self._neighbour_dists(dist, noise))
        e_col = self.col_dist_embed(self._neighbour_dists(dist.transpose(1, 2).contiguous(), noise))
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
        bias = self.bias([dist, angle] + ([dur] if dur is not None else []))
        for layer in self.layers:
            row, col = layer(row, col, bias)
        return (row, col, dist, dur), row


# -- decoder weights and the whole network ----------------------------------------


class DecoderNet(nn.Module):
    """The pointer decoder's weights and its step.

    The query ``q = W [h_cur, h_anchor, state]`` of a trajectory is split
    into per-node products computed once per encoded batch
    (:meth:`precompute`): the glimpse scores ``(W_cur h_i) . k_j / sqrt(dh)``
    of every node ``i`` as current node, the same for the anchor (the first
    node for ATSP, the depot for the VRPs) and one row per state feature;
    the glimpse output projection is folded into the logit keys.  A step
    (:meth:`logits`) then gathers and adds scores instead of multiplying the
    query by the keys.  The loop around it is
    :class:`nco.neural.model.RRNCODecoder` (rl4co's) or
    :class:`nco.neural.decode.LeanDecoder`; both call the same two methods.
    """

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

    def precompute(self, row, col, dist, dur, tanh_clipping: float | None = None) -> dict:
        """What every step reads, from the encoder's output (``B x N x E``
        embeddings, ``B x N x N`` matrices): per-head glimpse scores
        ``cur`` (``H x BN x N``) and ``anchor`` (``H x BM x N``, ``M`` = 1
        with a depot), ``state`` (``H x B x 1 x N`` per feature), glimpse
        ``values`` (``H x B x N x dh``), logit ``keys`` (``B x E x N``) and
        ``neg_prior`` (``BN x N``, minus the clipped prior); the clipping
        ``C tanh(x)`` is computed as ``2C sigmoid(2x) - C``."""
        b, n, e = row.shape
        h = self.cfg.num_heads
        clip = self.cfg.tanh_clipping if tanh_clipping is None else tanh_clipping
        w = self.query.weight

        def heads(x):  # B x M x E -> H x B x M x dh
            return x.reshape(b, x.shape[1], h, e // h).permute(2, 0, 1, 3)

        gk, gv, lk = self.keys(col).chunk(3, dim=-1)
        kt = heads(gk).transpose(-1, -2) / math.sqrt(e // h)  # H x B x dh x N
        cur = torch.matmul(heads(F.linear(row, w[:, :e])), kt)
        anchor_rows = row[:, :1] if self.cfg.has_depot else row
        anchor = torch.matmul(heads(F.linear(anchor_rows, w[:, e:2 * e])), kt)
        if self.cfg.has_depot:  # the anchor is always the depot: its scores join every node's
            cur = cur.add_(anchor)  # in place: the product is not needed otherwise
        prior = F.softplus(self.prior_dist) * dist
        if self.prior_dur is not None:
            prior = prior + F.softplus(self.prior_dur) * dur
        return {
            "cur": cur.reshape(h, b * n, n),
            "anchor": anchor.reshape(h, -1, n),
            "state": [torch.matmul(w[:, f].reshape(h, 1, 1, e // h), kt) for f in range(2 * e, w.shape[1])],
            "values": heads(gv).contiguous(),
            # C tanh(x) = 2C sigmoid(2x) - C
            "keys": (torch.matmul(lk, self.glimpse_out.weight) * (2 / math.sqrt(e))).transpose(1, 2).contiguous(),
            "neg_prior": (-clip * prior - clip).reshape(b * n, n),
            "offset": torch.arange(b, device=row.device)[:, None] * n,
            "clip": clip,
        }

    def anchor_scores(self, pre: dict, anchor: torch.Tensor) -> torch.Tensor | None:
        """Glimpse scores of the anchor part of the query, ``H x B x S x N``
        (ATSP: nodes ``anchor``, ``B x S``); ``None`` with a depot (they are
        in ``pre["cur"]``)."""
        if self.cfg.has_depot:
            return None
        h, _, n = pre["anchor"].shape
        b = pre["offset"].shape[0]
        return pre["anchor"].index_select(1, (anchor + pre["offset"]).reshape(-1)).view(h, b, -1, n)

    @staticmethod
    def workspace(pre: dict, s: int) -> dict:
        """Buffers for :meth:`logits` at ``s`` trajectories per batch row
        (no autograd): a decoding loop then allocates nothing per step."""
        h, _, n = pre["cur"].shape
        b, dh = pre["offset"].shape[0], pre["values"].shape[-1]
        dev = pre["cur"].device
        att, probs = torch.empty(h, b, s, n, device=dev), torch.empty(h, b, s, n, device=dev)
        heads, glimpse = torch.empty(h, b, s, dh, device=dev), torch.empty(b, s, h, dh, device=dev)
        return {"att": att, "att_rows": att.view(h, b * s, n), "probs": probs,
                "probs_rows": probs.view(h * b, s, n), "values_rows": pre["values"].view(h * b, n, dh),
                "heads": heads.view(h * b, s, dh), "heads_in_order": heads.permute(1, 2, 0, 3),
                "glimpse_heads": glimpse, "glimpse": glimpse.view(b, s, h * dh),
                "pointer": torch.empty(b, s, n, device=dev)}

    def logits(self, pre: dict, cur: torch.Tensor, anchor, state: list, penalty: torch.Tensor,
               flat: torch.Tensor | None = None, out: torch.Tensor | None = None,
               work: dict | None = None) -> torch.Tensor:
        """``C tanh(q . k_j / sqrt(E)) - prior_ij``, ``B x S x N``, of the
        trajectories at nodes ``cur`` (``B x S``) with anchor scores
        ``anchor`` (:meth:`anchor_scores`), state features ``state``
        (``B x S x 1`` each) and ``penalty`` (``B x S x N``: 0, or -inf or
        -1e9 where a node is not allowed: it gets no glimpse weight).
        ``flat`` (``cur + offset``, flattened), ``out`` (``B x S x N``,
        written and returned) and ``work`` (:meth:`workspace`; no autograd)
        spare a decoding loop's allocations: the same operations on the
        same shapes, the same numbers."""
        h, _, n = pre["cur"].shape
        b, s = cur.shape
        if flat is None:
            flat = cur.reshape(-1) if b == 1 else (cur + pre["offset"]).reshape(-1)
        if work is None:
            att = pre["cur"].index_select(1, flat).view(h, b, s, n)
        else:
            torch.index_select(pre["cur"], 1, flat, out=work["att_rows"])
            att = work["att"]
        if anchor is not None:
            att.add_(anchor)
        for x, scores in zip(state, pre["state"]):
            att.addcmul_(x, scores)
        att.add_(penalty)
        if work is None:
            att = torch.softmax(att, dim=-1)
            glimpse = torch.matmul(att, pre["values"]).permute(1, 2, 0, 3).reshape(b, s, -1)
            pointer = torch.bmm(glimpse, pre["keys"])
        else:  # matmul's own batched product, on views
            torch.softmax(att, -1, out=work["probs"])
            torch.bmm(work["probs_rows"], work["values_rows"], out=work["heads"])
            work["glimpse_heads"].copy_(work["heads_in_order"])
            pointer = torch.bmm(work["glimpse"], pre["keys"], out=work["pointer"])
        if out is None:
            out = pre["neg_prior"].index_select(0, flat).view(b, s, n)
        else:
            torch.index_select(pre["neg_prior"], 0, flat, out=out.view(b * s, n))
        return out.add_(pointer.sigmoid_(), alpha=2 * pre["clip"])


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
