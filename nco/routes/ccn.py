"""The Comprehensive Comparison Network (CCN) and its Lightning training module.

CCN (AMAP, 2025) ranks candidate routes from three feature levels:

* a **route encoder** embeds each candidate's route-level features;
* a **scene encoder** embeds the trip context and is added to every candidate;
* a **comparison encoder** embeds the features of every ordered pair ``(i, j)``
  computed on the segments where ``i`` and ``j`` differ;
* **comparison blocks** (stacked) update each candidate by comparing it with
  all others: a message ``m_ij = MLP([h_i, h_j, e_ij])`` gated by the pair's
  comparison embedding, pooled over ``j`` by a masked mean and max, then a
  feed-forward step; the pair embeddings are updated from the new candidate
  states.  The message depends on the pair's comparison features, which plain
  self-attention over candidates does not see;
* a **pair scoring head** gives, for every pair and every feature field
  (time, length, turns, signals, road class, overlap), a score
  ``s^f_ij = g_f(c^f_ij, z)`` from that field's comparison features and the
  scene ``z`` only (:meth:`CCN.pair_scores`).

A candidate's score is ``u(h_i) + sum_f sum_j s^f_ij``, so the score
difference of two routes splits exactly into one term per field,
``sum_j s^f_ij - sum_j s^f_kj``, plus the comparison blocks' term
``u(h_i) - u(h_k)``: that split is the explanation.  Training
(:class:`RankingModule`) minimises a listwise loss (softmax cross-entropy of
the chosen route) plus a pairwise loss (the chosen route against each other
candidate, on the total score and on the pair head).
"""

from __future__ import annotations

import lightning as L
import torch
import torch.nn.functional as F
from torch import nn

from nco.errors import InputError, short_repr
from nco.routes.features import COMPARISON_FIELDS, FIELDS, ROUTE_FIELDS, SCENE_FIELDS


def mlp(i: int, h: int, o: int, depth: int = 2) -> nn.Sequential:
    """``depth`` linear layers ``i -> h -> ... -> o`` with GELU between them."""
    layers: list[nn.Module] = []
    d = i
    for _ in range(depth - 1):
        layers += [nn.Linear(d, h), nn.GELU()]
        d = h
    layers.append(nn.Linear(d, o))
    return nn.Sequential(*layers)


class Standardizer(nn.Module):
    """Fixed per-feature scaling learnt from training data (stored in the state dict)."""

    def __init__(self, dim: int, center: bool = True):
        super().__init__()
        self.center = center
        self.register_buffer("mean", torch.zeros(dim))
        self.register_buffer("std", torch.ones(dim))

    def fit(self, x: torch.Tensor) -> "Standardizer":
        """Set mean and std from rows of ``x`` (..., dim)."""
        x = x.reshape(-1, x.shape[-1]).double()
        self.mean.copy_(x.mean(0).float() if self.center else torch.zeros_like(self.mean))
        scale = x.std(0) if self.center else x.pow(2).mean(0).sqrt()
        self.std.copy_(scale.clamp_min(1e-3).float())
        return self

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return ((x - self.mean) / self.std).clamp(-10, 10)


class ComparisonBlock(nn.Module):
    """Update every candidate by comparing it with all others."""

    def __init__(self, d: int, dropout: float = 0.0):
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.message = mlp(3 * d, d, d)
        self.gate = nn.Linear(d, d)
        self.pool = nn.Linear(2 * d, d)
        self.norm1 = nn.LayerNorm(d)
        self.ffn = mlp(d, 2 * d, d)
        self.norm2 = nn.LayerNorm(d)
        self.edge = nn.Linear(2 * d, d)
        self.norm_e = nn.LayerNorm(d)

    def forward(self, h: torch.Tensor, e: torch.Tensor, pair_mask: torch.Tensor):
        """``h`` (B, N, d) candidates, ``e`` (B, N, N, d) pairs, ``pair_mask`` (B, N, N)."""
        n = h.shape[1]
        hi = h.unsqueeze(2).expand(-1, -1, n, -1)
        hj = h.unsqueeze(1).expand(-1, n, -1, -1)
        m = self.message(torch.cat([hi, hj, e], -1)) * torch.sigmoid(self.gate(e))
        w = pair_mask.unsqueeze(-1).float()
        cnt = w.sum(2).clamp_min(1.0)
        mean = (m * w).sum(2) / cnt
        mx = m.masked_fill(~pair_mask.unsqueeze(-1), -1e4).amax(2)
        mx = torch.where(pair_mask.any(2, keepdim=True), mx, torch.zeros_like(mx))
        h = self.norm1(h + self.drop(self.pool(torch.cat([mean, mx], -1))))
        h = self.norm2(h + self.drop(self.ffn(h)))
        hi = h.unsqueeze(2).expand(-1, -1, n, -1)
        hj = h.unsqueeze(1).expand(-1, n, -1, -1)
        e = self.norm_e(e + self.edge(torch.cat([hi, hj], -1)))
        return h, e


class CCN(nn.Module):
    """Comprehensive Comparison Network.

    Parameters
    ----------
    route_dim, scene_dim, comp_dim : int
        Feature counts F_r, F_s, F_c of the three levels.
    comp_fields : list of int
        Field index (into ``fields``) of each comparison feature.
    fields : sequence of str
        Field names, one per pair-head score.
    d : int
        Width of the embeddings.
    blocks : int
        Number of stacked comparison blocks.
    field_hidden : int
        Width of each field's scoring network.
    dropout : float
        Dropout in the comparison blocks (training only).
    """

    def __init__(self, route_dim: int = len(ROUTE_FIELDS), scene_dim: int = len(SCENE_FIELDS),
                 comp_dim: int = len(COMPARISON_FIELDS), comp_fields=None, fields=FIELDS, d: int = 32,
                 blocks: int = 1, field_hidden: int = 16, dropout: float = 0.1):
        super().__init__()
        if comp_fields is None:
            comp_fields = [list(fields).index(f) for _, f in COMPARISON_FIELDS]
        if len(comp_fields) != comp_dim:
            raise ValueError(f"comp_fields has {len(comp_fields)} entries for {comp_dim} comparison features")
        self.fields = tuple(fields)
        self.config = dict(route_dim=route_dim, scene_dim=scene_dim, comp_dim=comp_dim,
                           comp_fields=list(map(int, comp_fields)), fields=list(fields), d=d, blocks=blocks,
                           field_hidden=field_hidden, dropout=dropout)
        self.norm_route = Standardizer(route_dim)
        self.norm_scene = Standardizer(scene_dim)
        self.norm_comp = Standardizer(comp_dim, center=False)
        self.route_enc = mlp(route_dim, d, d)
        self.scene_enc = mlp(scene_dim, d, d)
        self.comp_enc = mlp(comp_dim, d, d)
        self.blocks = nn.ModuleList(ComparisonBlock(d, dropout) for _ in range(blocks))
        self.route_score = mlp(d, d, 1)
        self.scene_ctx = nn.Linear(d, 8)
        groups = [[i for i, f in enumerate(comp_fields) if f == k] for k in range(len(fields))]
        for k, g in enumerate(groups):
            if not g:
                raise ValueError(f"field {fields[k]!r} has no comparison feature")
        self._groups = groups
        for k, g in enumerate(groups):
            self.register_buffer(f"group_{k}", torch.tensor(g, dtype=torch.long), persistent=False)
        self.field_heads = nn.ModuleList(mlp(len(g) + 8, field_hidden, 1) for g in groups)

    def fit_scalers(self, route, scene, comp, mask) -> None:
        """Learn the feature scalings from (padded) training arrays."""
        m = mask.bool()
        self.norm_route.fit(route[m])
        self.norm_scene.fit(scene)
        pm = m.unsqueeze(2) & m.unsqueeze(1)
        eye = torch.eye(pm.shape[1], dtype=torch.bool).unsqueeze(0)
        self.norm_comp.fit(comp[pm & ~eye])

    def pair_scores(self, scene, comp, mask) -> torch.Tensor:
        """Per-field pair scores ``s^f_ij`` (B, N, N, n_fields): what comparing ``i`` with ``j``
        on field ``f`` adds to ``i``'s score; zero on the diagonal and off the mask."""
        z = self.scene_ctx(self.scene_enc(self.norm_scene(scene)))  # (B, 8)
        c = self.norm_comp(comp)
        n = c.shape[1]
        zz = z[:, None, None, :].expand(-1, n, n, -1)
        s = torch.cat([head(torch.cat([c.index_select(-1, getattr(self, f"group_{k}")), zz], -1))
                       for k, head in enumerate(self.field_heads)], -1)
        pm = mask.unsqueeze(2) & mask.unsqueeze(1)
        eye = torch.eye(n, dtype=torch.bool, device=s.device).unsqueeze(0)
        return s * (pm & ~eye).unsqueeze(-1).float()

    def field_scores(self, scene, comp, mask) -> torch.Tensor:
        """Each candidate's score from the pair head, by field (B, N, n_fields): ``sum_j s^f_ij``."""
        return self.pair_scores(scene, comp, mask).sum(2)

    def forward(self, route, scene, comp, mask, return_parts: bool = False):
        """Scores (B, N) of the candidates; ``-inf`` where ``mask`` is False."""
        mask = mask.bool()
        n = route.shape[1]
        eye = torch.eye(n, dtype=torch.bool, device=route.device).unsqueeze(0)
        pair_mask = mask.unsqueeze(2) & mask.unsqueeze(1) & ~eye
        h = self.route_enc(self.norm_route(route)) + self.scene_enc(self.norm_scene(scene)).unsqueeze(1)
        e = self.comp_enc(self.norm_comp(comp))
        for blk in self.blocks:
            h, e = blk(h, e, pair_mask)
        u = self.route_score(h).squeeze(-1)
        fs = self.field_scores(scene, comp, mask)
        score = (u + fs.sum(-1)).masked_fill(~mask, float("-inf"))
        if return_parts:
            return score, u, fs
        return score


#: Bounds on a stored CCN's configuration, checked before it is built.
MAX_WIDTH = 512
MAX_BLOCKS = 16
MAX_FIELDS = 32


def check_config(config) -> dict:
    """A stored CCN configuration (``config`` of its recipe) after checking
    every value: the feature counts of this nco, widths up to
    :data:`MAX_WIDTH`, up to :data:`MAX_BLOCKS` blocks and :data:`MAX_FIELDS`
    fields.

    Raises
    ------
    InputError
        An unknown or missing option or a value of the wrong type or range.
    """
    where = "config"
    if not isinstance(config, dict):
        raise InputError(f"{where} is not a JSON object")
    want = {"route_dim": len(ROUTE_FIELDS), "scene_dim": len(SCENE_FIELDS), "comp_dim": len(COMPARISON_FIELDS)}
    known = {*want, "comp_fields", "fields", "d", "blocks", "field_hidden", "dropout"}
    if set(config) != known:
        raise InputError(f"{where} must have exactly the options {', '.join(sorted(known))}")
    for key, value in want.items():
        if config[key] != value or not _is_int(config[key]):
            raise InputError(f"{where}.{key} must be {value} (this nco's features), got {_show(config[key])}")
    for key, lo, hi in (("d", 1, MAX_WIDTH), ("blocks", 0, MAX_BLOCKS), ("field_hidden", 1, MAX_WIDTH)):
        if not _is_int(config[key]) or not lo <= config[key] <= hi:
            raise InputError(f"{where}.{key} must be an integer from {lo} to {hi}, got {_show(config[key])}")
    dropout = config["dropout"]
    if not isinstance(dropout, (int, float)) or isinstance(dropout, bool) or not 0 <= dropout < 1:
        raise InputError(f"{where}.dropout must be a number from 0 to below 1, got {_show(dropout)}")
    fields = config["fields"]
    if not isinstance(fields, list) or not 1 <= len(fields) <= MAX_FIELDS or \
            not all(isinstance(f, str) and 0 < len(f) <= 40 for f in fields):
        raise InputError(f"{where}.fields must be a list of 1 to {MAX_FIELDS} names")
    comp = config["comp_fields"]
    if not isinstance(comp, list) or len(comp) != want["comp_dim"] or \
            not all(_is_int(i) and 0 <= i < len(fields) for i in comp) or set(comp) != set(range(len(fields))):
        raise InputError(f"{where}.comp_fields must give each of the {want['comp_dim']} comparison features "
                         f"a field index, every field at least once")
    return dict(config)


def _show(value) -> str:
    return short_repr(value, 40)


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def ranking_losses(score: torch.Tensor, choice: torch.Tensor, mask: torch.Tensor, pair: torch.Tensor | None = None):
    """Listwise and pairwise losses of scores (B, N) against the chosen index (B,).

    ``pair`` (B, N, n_fields), the pair head's per-field scores of each
    candidate, adds a pairwise loss on the pair head alone."""
    mask = mask.bool()
    listwise = F.cross_entropy(score, choice)
    sc = score.gather(1, choice[:, None])
    others = mask.clone()
    others[torch.arange(len(choice)), choice] = False
    diff = (sc - score).masked_fill(~others, 0.0)
    pairwise = (F.softplus(-diff) * others).sum() / others.sum().clamp_min(1)
    if pair is not None:  # the pair head alone should rank the chosen route above each other one
        p = pair.sum(-1)
        d = (p.gather(1, choice[:, None]) - p).masked_fill(~others, 0.0)
        pairwise = pairwise + (F.softplus(-d) * others).sum() / others.sum().clamp_min(1)
    return listwise, pairwise


class RankingModule(L.LightningModule):
    """Lightning module training any scorer ``model(route, scene, comp, mask) -> (B, N)``.

    Parameters
    ----------
    model : torch.nn.Module
        :class:`CCN` or a baseline from :mod:`nco.routes.baselines`.
    lr : float
        AdamW learning rate.
    pairwise_weight : float
        Weight of the pairwise loss next to the listwise loss.
    weight_decay : float
        AdamW weight decay.
    """

    def __init__(self, model: nn.Module, lr: float = 2e-3, pairwise_weight: float = 0.5, weight_decay: float = 1e-4,
                 epochs: int = 30):
        super().__init__()
        self.model = model
        self.lr, self.pairwise_weight, self.weight_decay, self.epochs = lr, pairwise_weight, weight_decay, epochs

    def _step(self, batch, stage: str):
        route, scene, comp, mask, choice = batch
        if isinstance(self.model, CCN):
            score, _, pair = self.model(route, scene, comp, mask, return_parts=True)
        else:
            score, pair = self.model(route, scene, comp, mask), None
        lw, pw = ranking_losses(score, choice, mask, pair)
        loss = lw + self.pairwise_weight * pw
        top1 = (score.argmax(1) == choice).float().mean()
        self.log_dict({f"{stage}_loss": loss, f"{stage}_top1": top1}, prog_bar=stage == "val",
                      batch_size=len(choice), on_epoch=True, on_step=False)
        return loss

    def training_step(self, batch, batch_idx):
        return self._step(batch, "train")

    def validation_step(self, batch, batch_idx):
        self._step(batch, "val")

    def configure_optimizers(self):
        opt = torch.optim.AdamW(self.parameters(), lr=self.lr, weight_decay=self.weight_decay)
        sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=max(1, self.epochs))
        return [opt], [sched]
