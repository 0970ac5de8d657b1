"""Lean decoding of an :class:`~nco.neural.model.RRNCOPolicy`.

rl4co's decoding loop (:class:`~rl4co.models.common.constructive.ConstructivePolicy`)
steps a TensorDict environment: every step builds and copies TensorDicts,
re-batches the state and recomputes the feasibility mask from scratch.  At
inference that bookkeeping costs more than the network.  This module decodes
the same network with

* one encoder pass and one :meth:`~nco.neural.network.DecoderNet.precompute`
  (per-node glimpse scores of the query's parts, glimpse values, logit keys
  with the glimpse output folded in, the decoder prior);
* a state of preallocated tensors (unvisited nodes, load, clock, current
  node) updated in place, with the masks of :mod:`nco.envs` (ATSP, ACVRP,
  ACVRPTW) computed by the same float32 operations;
* one :meth:`~nco.neural.network.DecoderNet.logits` per decoding step.

:class:`~nco.neural.model.RRNCODecoder` (rl4co's loop) calls the same two
methods on the same shapes, and the masking and log-softmax here are rl4co's
``process_logits`` (a node that may not come next gets ``-inf`` or ``-1e9``:
both exactly zero weight), so greedy decoding chooses the same actions as
rl4co.  Sampling with ``exact_draws`` calls ``torch.multinomial`` on the
same probabilities in rl4co's row order (start-major) and draws the same
actions for the same torch seed; without, it draws one uniform number per
trajectory and step from the same distribution, which is much cheaper.

>>> dec = LeanDecoder(net, td)               # td: a reset (and augmented) TensorDict
>>> actions, logp = dec.decode(8, greedy=1, temperature=0.3)
"""

from __future__ import annotations

import torch

from nco.envs.actions import CAP_EPS, TIME_EPS
from nco.errors import InputError

#: Minus the logit of a node that may not come next: it gets exactly zero
#: weight in every softmax, as ``-inf`` does.
MASKED = 1e9


class _ATSPState:
    """Unvisited nodes, current and first node of ATSP tours (rl4co's ``ATSPEnv``)."""

    def __init__(self, td, b: int, s: int):
        n, dev = td["distance_matrix"].shape[-1], td.device
        self.n, self.max_steps = n, n
        self.mask = torch.ones(b, s, n, dtype=torch.bool, device=dev)
        self.penalty = torch.zeros(b, s, n, device=dev)  # 0 where allowed, -inf where not
        self.cur = torch.zeros(b, s, dtype=torch.int64, device=dev)
        self.first = self.cur
        self.anchor_scores = None  # the decoder's cache of the anchor's embedding
        self.step_i = 0

    def context(self) -> list[torch.Tensor]:
        """State features of the decoder query, ``B x S x 1`` each."""
        return []

    def anchor(self) -> torch.Tensor:
        """The node whose embedding joins the query: the first node (ATSP), the depot (VRPs)."""
        return self.first

    def step(self, a: torch.Tensor) -> None:
        """Visit ``a`` (``B x S``)."""
        if self.step_i == 0:
            self.first, self.anchor_scores = a, None
        self.cur = a
        self.mask.scatter_(-1, a[..., None], False)
        self.penalty.scatter_(-1, a[..., None], float("-inf"))
        self.step_i += 1

    def done(self) -> bool:
        return self.step_i >= self.n


class _CVRPState:
    """Load, visits and mask of ACVRP routes (:class:`nco.envs.ACVRPEnv`)."""

    def __init__(self, td, b: int, s: int):
        demand = td["demand"][:, None, :]  # B x 1 x n, fractions of the capacity
        n1, dev = demand.shape[-1] + 1, td.device
        self.n, self.max_steps = n1, 2 * n1 - 1
        self.node_demand = torch.cat([torch.zeros_like(demand[..., :1]), demand], dim=-1).expand(b, s, n1)
        self.demand = demand
        self.limit = td["vehicle_capacity"][:, None, :] + CAP_EPS  # B x 1 x 1
        self.used = torch.zeros(b, s, 1, device=dev)
        self.unvisited = torch.ones(b, s, n1, dtype=torch.bool, device=dev)
        self.cur = torch.zeros(b, s, dtype=torch.int64, device=dev)
        self.at_depot = torch.ones(b, s, 1, dtype=torch.bool, device=dev)
        self.penalty = torch.empty(b, s, n1, device=dev)
        self.depot_penalty, self.client_penalty = self.penalty[..., :1], self.penalty[..., 1:]
        self.clients = self.unvisited[..., 1:]  # unvisited clients
        self.anchor_scores = None
        self._fits = torch.empty(b, s, n1 - 1, dtype=torch.bool, device=dev)
        self._load = torch.empty(b, s, n1 - 1, device=dev)
        self.visits, self.all_visits = 0, b * s * (n1 - 1)  # client visits made, and to make
        self._update_mask()

    def context(self) -> list[torch.Tensor]:
        return [1.0 - self.used]

    def anchor(self) -> torch.Tensor:
        return torch.zeros_like(self.cur)

    def step(self, a: torch.Tensor) -> None:
        """Go to node ``a`` (``B x S``; 0 is the depot)."""
        a1 = a[..., None]
        self.at_depot = a1 == 0
        self._arrive(a1)
        # the environment's (load + demand) * (a != 0): the same numbers
        self.used = self.node_demand.gather(-1, a1).add_(self.used).masked_fill_(self.at_depot, 0.0)
        self.unvisited.scatter_(-1, a1, False)
        self.visits += int(torch.count_nonzero(a))  # every client is visited once
        self.cur = a
        self._update_mask()

    def _arrive(self, a1: torch.Tensor) -> None:
        """What else changes on arriving at ``a1`` (``B x S x 1``)."""

    def _client_ok(self) -> torch.Tensor:
        torch.le(torch.add(self.demand, self.used, out=self._load), self.limit, out=self._fits)
        return self._fits.logical_and_(self.clients)

    def _update_mask(self) -> None:
        ok = self._client_ok()
        torch.mul(ok, MASKED, out=self.client_penalty).sub_(MASKED)  # 0 where allowed, -MASKED where not
        some = ok.view(torch.uint8).sum(-1, keepdim=True, dtype=torch.int32) > 0  # much faster than any(-1)
        torch.mul(some.logical_and_(self.at_depot), -MASKED, out=self.depot_penalty)

    def done(self) -> bool:
        return self.visits == self.all_visits


class _TWState(_CVRPState):
    """ACVRP state plus the clock and time-window masks (:class:`nco.envs.ACVRPTWEnv`)."""

    def __init__(self, td, b: int, s: int):
        dur = td["duration_matrix"]
        tw = td["time_windows"]
        self.dur_rows, self.tw_lo, self.service = dur.reshape(-1, dur.shape[-1]), tw[..., 0][:, None, :], \
            td["service_time"][:, None, :]
        self.offset = torch.arange(b, device=dur.device)[:, None] * dur.shape[-1]
        self.late = (tw[..., 1] - TIME_EPS)[:, None, :]
        self.back = dur[..., :, 0][:, None, :]
        self.close = (tw[..., 0, 1:2] - TIME_EPS)[:, None, :]
        self.open = tw[..., 0, :1][:, None, :]  # B x 1 x 1
        self.horizon = tw[:, :1, 1].clamp_min(1e-9)[:, None, :]
        self.time = self.open.expand(b, s, 1).clone()
        self._ready = None
        super().__init__(td, b, s)

    def context(self) -> list[torch.Tensor]:
        return [1.0 - self.used, self.time / self.horizon]

    def _arrive(self, a1: torch.Tensor) -> None:
        """Leave ``a1`` when served (waiting when early), or at the depot's opening."""
        self.time = torch.where(self.at_depot, self.open, self._ready.gather(-1, a1))

    def _client_ok(self) -> torch.Tensor:
        ok = super()._client_ok()
        b, s = self.cur.shape
        flat = self.cur.reshape(-1) if b == 1 else (self.cur + self.offset).reshape(-1)
        start = torch.maximum(self.dur_rows.index_select(0, flat).view(b, s, self.n).add_(self.time), self.tw_lo)
        ok.logical_and_((start <= self.late)[..., 1:])  # in time
        self._ready = start.add_(self.service)  # when the vehicle could leave each node next
        return ok.logical_and_((self._ready + self.back <= self.close)[..., 1:])  # and back in time


STATES = {"atsp": _ATSPState, "acvrp": _CVRPState, "acvrptw": _TWState}


class LeanDecoder:
    """An encoded batch of instances, ready to be decoded any number of times.

    Parameters
    ----------
    net
        An :class:`~nco.neural.model.RRNCOPolicy` (in eval mode).
    td
        The reset TensorDict of a :mod:`nco.envs` environment, ``B`` rows
        (instances, or instances x augmentations), on the network's device.
    """

    def __init__(self, net, td):
        self.cfg, self.td, self.dec = net.config, td, net.decoder
        with torch.inference_mode():
            (row, col, dist, dur), _ = net.encoder(td)
            self.pre = self.dec.precompute(row, col, dist, dur, tanh_clipping=self.cfg.tanh_clipping)
        self.b = row.shape[0]
        self._divisors: dict = {}

    def logits(self, state, greedy: int = 0, temperature: float = 1.0) -> torch.Tensor:
        """Masked logits of the next node, ``B x S x N`` (one decoder step);
        rows from ``greedy`` on divided by ``temperature``."""
        if state.anchor_scores is None:
            state.anchor_scores = self.dec.anchor_scores(self.pre, state.anchor())
        logits = self.dec.logits(self.pre, state.cur, state.anchor_scores, state.context(), state.penalty)
        logits.add_(state.penalty)
        if temperature != 1.0 and greedy < state.cur.shape[1]:
            key = (state.cur.shape[1], greedy, temperature)
            if key not in self._divisors:
                self._divisors[key] = _divisor(*key, logits.device)
            logits.div_(self._divisors[key])
        return logits

    def decode(self, num_rows: int, greedy: int = 0, temperature: float = 1.0,
               starts: torch.Tensor | None = None, exact_draws: bool = True) -> tuple[torch.Tensor, torch.Tensor]:
        """Decode ``num_rows`` solutions per batch row.

        Parameters
        ----------
        num_rows
            Trajectories per batch row (``S``).
        greedy
            The first ``greedy`` trajectories take the most likely node at
            every step; the others are sampled at ``temperature``.
        temperature
            Softmax temperature of the sampled trajectories.
        starts
            Optional ``B x S`` first nodes (POMO starts); without, the network
            chooses the first node too.
        exact_draws
            Draw with ``torch.multinomial`` in rl4co's row order (the same
            actions as rl4co for the same torch seed); ``False``: one uniform
            number per row and step (inverse distribution function), the same
            distribution for much less work.

        Returns
        -------
        actions, logp
            ``B x S x T`` nodes (0 is the depot for the VRPs; finished
            trajectories are padded with depot visits, as rl4co does) and the
            log-probability of each under the decoding distribution (0 for a
            given start).
        """
        state = STATES[self.cfg.problem](self.td, self.b, num_rows)
        uniforms = _Uniforms((self.b, num_rows - greedy, 1), self.td.device)
        choose = _choose_exact if exact_draws else lambda x, lp, g: _choose_fast(x, lp, g, uniforms)
        actions, logp = [], []
        with torch.inference_mode():
            if starts is not None:
                actions.append(starts.to(self.td.device))
                logp.append(torch.zeros(*starts.shape, 1, device=self.td.device))
                state.step(actions[0])
            while not state.done():
                if len(actions) > state.max_steps:
                    raise InputError("decoding does not finish: a client cannot be served by any route")
                logits = self.logits(state, greedy, temperature)
                lp = torch.log_softmax(logits, dim=-1)
                a = choose(logits, lp, greedy)
                actions.append(a)
                logp.append(lp.gather(-1, a[..., None]))
                state.step(a)
        return torch.stack(actions, dim=-1), torch.cat(logp, dim=-1)


def _choose_exact(logits: torch.Tensor, logp: torch.Tensor, greedy: int) -> torch.Tensor:
    """Greedy choice in the first ``greedy`` rows; ``torch.multinomial`` draws
    in the others, in rl4co's start-major row order."""
    b, s, n = logp.shape
    if greedy >= s:
        return logp.argmax(-1)
    probs = logp[:, greedy:].exp().transpose(0, 1).reshape(-1, n)
    drawn = torch.multinomial(probs, 1).reshape(s - greedy, b).transpose(0, 1)
    return drawn if greedy == 0 else torch.cat([logp[:, :greedy].argmax(-1), drawn], dim=1)


def _divisor(s: int, greedy: int, temperature: float, device) -> torch.Tensor:
    """``1 x S x 1``: 1 for the first ``greedy`` rows, ``temperature`` for the others."""
    d = torch.full((1, s, 1), float(temperature), device=device)
    d[:, :greedy] = 1.0  # x / 1 = x exactly
    return d


class _Uniforms:
    """Uniform numbers in (0, 1], ``shape`` per step, drawn ``steps`` steps at a time."""

    def __init__(self, shape: tuple, device, steps: int = 64):
        self.shape, self.device, self.steps = shape, device, steps
        self.buf, self.i = None, steps

    def next(self) -> torch.Tensor:
        if self.i == self.steps:
            self.buf, self.i = 1.0 - torch.rand(self.steps, *self.shape, device=self.device), 0
        self.i += 1
        return self.buf[self.i - 1]


def _choose_fast(logits: torch.Tensor, logp: torch.Tensor, greedy: int, uniforms: _Uniforms) -> torch.Tensor:
    """Greedy choice in the first ``greedy`` rows; in the others the first
    node whose cumulative probability reaches a uniform number in (0, 1]
    times the total (never a node of probability 0).  The probabilities
    come from ``softmax(logits)``, not ``exp(logp)``: ``torch.exp`` is many
    times slower on the tiny results of very negative inputs."""
    if greedy >= logp.shape[1]:
        return logp.argmax(-1)
    cdf = torch.softmax(logits[:, greedy:], dim=-1).cumsum_(-1)
    drawn = torch.searchsorted(cdf, uniforms.next().mul(cdf[..., -1:]))[..., 0]
    return drawn if greedy == 0 else torch.cat([logp[:, :greedy].argmax(-1), drawn], dim=1)


def rewards(td, actions: torch.Tensor, problem: str) -> torch.Tensor:
    """Minus the length of each decoded solution, ``B x S`` (as the environments' ``get_reward``).

    Parameters
    ----------
    td
        The batch's TensorDict (``distance_matrix``, ``B x N x N``).
    actions
        ``B x S x T`` decoded nodes.
    problem
        ``"atsp"`` (closed tours) or a VRP (routes from and back to the depot 0).
    """
    b, s, t = actions.shape
    flat = actions.reshape(b * s, t)
    if problem == "atsp":
        src, tgt = flat, torch.roll(flat, -1, dims=1)
    else:
        zero = torch.zeros(b * s, 1, dtype=flat.dtype, device=flat.device)
        tour = torch.cat([zero, flat, zero], dim=1)
        src, tgt = tour[:, :-1], tour[:, 1:]
    idx = torch.arange(b, device=flat.device).repeat_interleave(s)[:, None]
    return -td["distance_matrix"][idx, src, tgt].sum(-1).reshape(b, s)
