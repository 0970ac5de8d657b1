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
  ACVRPTW): the same decisions as their float32 operations, each rule one
  comparison against a per-instance float32 bound (:func:`_largest`);
* one :meth:`~nco.neural.network.DecoderNet.logits` per decoding step, in
  the buffers of :meth:`~nco.neural.network.DecoderNet.workspace`.

:class:`~nco.neural.model.RRNCODecoder` (rl4co's loop) calls the same two
methods on the same shapes, and the masking and log-softmax here are rl4co's
``process_logits`` (a node that may not come next gets ``-inf`` or ``-1e9``,
both exactly zero weight; one that may gets 0 or ``-0.0``), so greedy decoding chooses the same actions as
rl4co.  Sampling with ``exact_draws`` calls ``torch.multinomial`` on the
same probabilities in rl4co's row order (start-major) and draws the same
actions for the same torch seed; without, it draws one uniform number per
trajectory and step from the same distribution, which is much cheaper.

>>> dec = LeanDecoder(net, td)               # td: a reset (and augmented) TensorDict
>>> actions, logp = dec.decode(8, greedy=1, temperature=0.3)
"""

from __future__ import annotations

import numpy as np
import torch

from nco.envs.actions import CAP_EPS, TIME_EPS
from nco.errors import InputError

#: Minus the logit of a node that may not come next: it gets exactly zero
#: weight in every softmax, as ``-inf`` does.
MASKED = 1e9


def _largest(pred, shape: tuple) -> np.ndarray:
    """Per element, the largest float32 ``z`` with ``pred(z)`` true (``-inf``
    where it is false for every float, ``inf`` where it is true for all).

    ``pred`` maps a float32 array of ``shape`` to a boolean one and must be
    monotone: true up to some float, false above it.  A mask rule such as
    ``fl(d + u) <= L`` is (float32 rounding is monotone), so it holds exactly
    when ``u <= _largest(...)``: one comparison per step instead of its
    arithmetic.  Bisection over the order of the 2^32 float32 bit patterns."""

    def key(x):  # float32 -> int64, in the order of the floats
        bits = x.view(np.int32).astype(np.int64)
        return np.where(bits >= 0, bits, -(bits & 0x7FFFFFFF) - 1)

    def value(k):  # the inverse of key
        return np.where(k >= 0, k, -k - 1 - 2 ** 31).astype(np.int32).view(np.float32)

    inf = np.full(shape, np.inf, dtype=np.float32)
    lo, hi = key(-inf), key(inf)
    for _ in range(34):  # pred(value(lo)) true, pred(value(hi)) false
        mid = (lo + hi) // 2
        ok = pred(value(mid))
        lo, hi = np.where(ok, mid, lo), np.where(ok, hi, mid)
    out = value(lo)
    out[pred(inf)] = np.inf
    out[~pred(-inf)] = -np.inf
    return out


def _numpy(x: torch.Tensor) -> np.ndarray:
    if x.dtype != torch.float32:  # the bounds are float32 bounds
        raise InputError(f"the lean decoder reads float32 instance tensors, got {x.dtype}")
    return x.detach().cpu().numpy()


class _ATSPState:
    """Visited nodes of ATSP tours (rl4co's ``ATSPEnv``): ``penalty`` is 0 on
    the nodes that may come next, ``-inf`` on the others."""

    def __init__(self, td, b: int, s: int):
        n = td["distance_matrix"].shape[-1]
        self.n, self.max_steps, self.min_steps = n, n, n  # a tour is done after n steps
        self.penalty = torch.zeros(b, s, n, device=td.device)
        self.context: list[torch.Tensor] = []  # state features of the query, B x S x 1 each

    def step(self, a1: torch.Tensor, flat: torch.Tensor) -> None:
        """Visit ``a1`` (``B x S x 1``; ``flat``: the rows ``a + offset`` of per-node tables)."""
        self.penalty.scatter_(-1, a1, float("-inf"))

    def done(self) -> bool:
        return True


class _CVRPState:
    """Load, visits and mask of ACVRP routes (:class:`nco.envs.ACVRPEnv`).

    A client ``j`` may come next when unvisited and ``fl(d_j + used) <=
    capacity + CAP_EPS`` (the environment's float32 rule).  That rule is
    monotone in ``used``, so it is ``used <= room_j`` for the per-instance
    bound ``room_j`` of :func:`_largest`; ``room`` is ``-inf`` on visited
    clients, and one comparison per step gives both conditions.  The depot
    may not come next when the vehicle is at it and a client may.  What a
    step needs of the node it goes to is one row of ``table``."""

    def __init__(self, td, b: int, s: int, columns: tuple = ()):
        demand = td["demand"][:, None, :]  # B x 1 x n, fractions of the capacity
        n, dev = demand.shape[-1], td.device
        n1 = n + 1
        self.b, self.s, self.n = b, s, n1
        self.max_steps, self.min_steps = 2 * n1 - 1, n  # one client per step at most
        limit = td["vehicle_capacity"][:, None, :] + CAP_EPS  # B x 1 x 1
        d, lim = _numpy(demand), _numpy(limit)
        room = torch.from_numpy(_largest(lambda u: d + u <= lim, d.shape)).to(dev)
        self.room = torch.cat([torch.zeros_like(room[..., :1]), room], dim=-1).expand(b, s, n1).contiguous()
        self.room_clients = self.room[..., 1:]
        # per node: its demand, 1 for a client (0 for the depot), and what the
        # depot's penalty is made of (-MASKED and -1 at the depot, -0.0 at a client)
        node_demand = torch.cat([torch.zeros_like(demand[..., :1]), demand], dim=-1)[:, 0]  # B x n1
        client = torch.ones_like(node_demand)
        client[:, 0] = 0.0
        depot = -(1.0 - client)
        cols = [node_demand, client, depot * MASKED, depot, *columns]
        self.table = torch.stack(cols, dim=-1).reshape(b * n1, len(cols))
        self.rows = self.table[:1].repeat(b * s, 1)  # the rows of the current nodes: the depot
        self.demand_a, self.client_a, self.depot_masked_a, self.depot_a, *self.columns_a = (
            self.rows[:, i].view(b, s, 1) for i in range(len(cols)))
        self.used = torch.zeros(b, s, 1, device=dev)
        self.remaining = torch.ones(b, s, 1, device=dev)  # 1 - used, the query's capacity feature
        self.context = [self.remaining]
        self.penalty = torch.empty(b, s, n1, device=dev)
        self.depot_penalty, self.client_penalty = self.penalty[..., :1], self.penalty[..., 1:]
        self._some = torch.empty(b, s, 1, device=dev)
        self._one = torch.ones((), device=dev)
        self._minus_masked = torch.full((), -MASKED, device=dev)
        self._mask()

    def step(self, a1: torch.Tensor, flat: torch.Tensor) -> None:
        """Go to node ``a1`` (``B x S x 1``; 0 is the depot; ``flat``: ``a + offset``, the rows of ``table``)."""
        torch.index_select(self.table, 0, flat, out=self.rows)
        self._arrive(a1, flat)
        # the environment's (load + demand) * (a != 0): the same numbers
        torch.addcmul(self.demand_a, self.used, self.client_a, out=self.used)
        torch.sub(self._one, self.used, out=self.remaining)
        self.room.scatter_(-1, a1, float("-inf"))  # every client is visited once
        self._mask()

    def _arrive(self, a1: torch.Tensor, flat: torch.Tensor) -> None:
        """What else changes on arriving at ``a1``."""

    def _too_late(self, blocked: torch.Tensor) -> None:
        """Also 1 in ``blocked`` (``B x S x n``, 0 or 1, in place) where a client cannot be reached in time."""

    def _mask(self) -> None:
        # comparisons into float32 and one product: the same decisions as where(ok, 0, -MASKED),
        # without the boolean tensors (-0.0 where a client may come next: x + -0.0 = x)
        blocked = torch.gt(self.used, self.room_clients, out=self.client_penalty)
        self._too_late(blocked)
        blocked.mul_(self._minus_masked)
        some = torch.amax(self.client_penalty, -1, keepdim=True, out=self._some)  # 0 if a client may come next
        # at the depot -MASKED - some: -MASKED when a client may come next, else 0; +-0 at a client
        torch.addcmul(self.depot_masked_a, some, self.depot_a, out=self.depot_penalty)

    def done(self) -> bool:
        return not bool((self.room_clients > float("-inf")).any())


class _TWState(_CVRPState):
    """ACVRP state plus the clock and time-window masks (:class:`nco.envs.ACVRPTWEnv`).

    From node ``i`` at time ``t`` the vehicle reaches ``j`` at ``x = fl(dur_ij
    + t)``, starts service at ``max(x, open_j)`` and leaves at that plus the
    service time; ``j`` may come next when service starts by its closing
    time and the vehicle can be back at the depot by the depot's.  Both
    rules are monotone in ``x``: ``x <= latest_j`` (:func:`_largest`)."""

    def __init__(self, td, b: int, s: int):
        dur = td["duration_matrix"]
        tw = td["time_windows"]
        n1, dev = dur.shape[-1], dur.device
        lo, service = tw[..., 0][:, None, :], td["service_time"][:, None, :]  # B x 1 x n1
        late = (tw[..., 1] - TIME_EPS)[:, None, :]
        back = dur[..., :, 0][:, None, :]
        close = (tw[..., 0, 1:2] - TIME_EPS)[:, None, :]  # B x 1 x 1
        self.open = tw[..., 0, :1][:, None, :]  # B x 1 x 1
        self.horizon = tw[:, :1, 1].clamp_min(1e-9)[:, None, :]
        lo_, late_, sv_, back_, close_ = (_numpy(x) for x in (lo, late, service, back, close))

        def in_time(x):
            start = np.maximum(x, lo_)
            return (start <= late_) & ((start + sv_) + back_ <= close_)

        self.latest_clients = torch.from_numpy(_largest(in_time, lo_.shape)).to(dev)[..., 1:]  # B x 1 x n
        # a row of durations per node, -inf to the depot: leaving the depot is at its opening
        self.dur_rows = dur.clone()
        self.dur_rows[..., 0] = float("-inf")
        self.dur_rows = self.dur_rows.reshape(b * n1, n1)
        opening, service = lo[:, 0].clone(), service[:, 0].clone()  # B x n1
        opening[:, 0], service[:, 0] = self.open[:, 0, 0], 0.0
        self.time = self.open.expand(b, s, 1).clone()
        self.clock = torch.div(self.time, self.horizon)  # the query's time feature
        self.arrive = torch.empty(b, s, n1, device=dev)  # at every node, from the current one
        self._rows, self.arrive_clients = self.arrive.view(b * s, n1), self.arrive[..., 1:]
        self._late = torch.empty(b, s, n1 - 1, device=dev)
        start = torch.arange(b, device=dev).repeat_interleave(s) * n1  # every trajectory at the depot
        torch.index_select(self.dur_rows, 0, start, out=self._rows)
        self.arrive.add_(self.time)
        super().__init__(td, b, s, columns=(opening, service))
        self.opening_a, self.service_a = self.columns_a
        self.context = [self.remaining, self.clock]

    def _arrive(self, a1: torch.Tensor, flat: torch.Tensor) -> None:
        # leave a1 when served (waiting when early), or at the depot's opening
        time = torch.gather(self.arrive, -1, a1, out=self.time)
        torch.maximum(time, self.opening_a, out=time).add_(self.service_a)
        torch.div(time, self.horizon, out=self.clock)
        torch.index_select(self.dur_rows, 0, flat, out=self._rows)
        self.arrive.add_(time)

    def _too_late(self, blocked: torch.Tensor) -> None:
        torch.maximum(blocked, torch.gt(self.arrive_clients, self.latest_clients, out=self._late), out=blocked)


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
        with torch.inference_mode():
            return self._decode(num_rows, min(greedy, num_rows), temperature, starts, exact_draws)

    def _decode(self, s: int, g: int, temperature: float, starts, exact_draws: bool):
        b, dev, dec, pre = self.b, self.td.device, self.dec, self.pre
        state = STATES[self.cfg.problem](self.td, b, s)
        n, penalty, context, max_steps = state.n, state.penalty, state.context, state.max_steps
        # the chosen nodes, B x S x 1, and views of them
        cur1 = torch.zeros(b, s, 1, dtype=torch.int64, device=dev)
        cur, greedy_cur, sampled_cur = cur1.view(b, s), cur1[:, :g], cur1[:, g:]
        offset = pre["offset"]
        flat = cur1.view(-1) if b == 1 else (cur + offset).view(-1)  # the rows of per-node tables
        actions: list[torch.Tensor] = []
        logp: list[torch.Tensor] = []
        # the logits, their log-softmax and the sampled rows' distribution function
        logits = torch.empty(b, s, n, device=dev)
        lp = torch.empty(b, s, n, device=dev)
        greedy_lp, sampled_logits = lp[:, :g], logits[:, g:]
        cdf = torch.empty(b, s - g, n, device=dev)
        total, target = cdf[..., -1:], torch.empty(b, s - g, 1, device=dev)
        divide = torch.full((), float(temperature), device=dev) if temperature != 1.0 and g < s else None
        uniforms = _Uniforms((b, s - g, 1), dev)
        logits_of, anchor_of, work = dec.logits, dec.anchor_scores, dec.workspace(pre, s)
        anchored = not self.cfg.has_depot  # ATSP: the first node joins the query
        anchor = anchor_of(pre, cur)  # None with a depot
        if starts is not None:
            cur.copy_(starts)
            if b > 1:
                torch.add(cur, offset, out=flat.view(b, s))
            actions.append(cur1.clone())
            logp.append(torch.zeros(b, s, 1, device=dev))
            state.step(cur1, flat)
            if anchored:
                anchor = anchor_of(pre, cur)
        t, min_steps = len(actions), state.min_steps
        while t < min_steps or not state.done():
            if t > max_steps:
                raise InputError("decoding does not finish: a client cannot be served by any route")
            logits_of(pre, cur, anchor, context, penalty, flat=flat, out=logits, work=work).add_(penalty)
            if divide is not None:
                sampled_logits.div_(divide)  # x / 1 = x: the greedy rows as they are
            torch.log_softmax(logits, -1, out=lp)
            if exact_draws and g < s:
                _draw_exact(lp, g, sampled_cur)
            elif g < s:
                # the first node whose cumulative probability reaches a uniform number
                # in (0, 1] times the total (never a node of probability 0); the
                # probabilities come from softmax(logits), not exp(lp): torch.exp is
                # many times slower on the tiny results of very negative inputs
                torch.softmax(sampled_logits, -1, out=cdf).cumsum_(-1)
                torch.searchsorted(cdf, torch.mul(uniforms.next(), total, out=target), out=sampled_cur)
            if g > 0:
                torch.argmax(greedy_lp, -1, keepdim=True, out=greedy_cur)
            logp.append(torch.gather(lp, -1, cur1))
            actions.append(cur1.clone())
            if b > 1:
                torch.add(cur, offset, out=flat.view(b, s))
            state.step(cur1, flat)
            if anchored and t == 0:
                anchor = anchor_of(pre, cur)
            t += 1
        return torch.cat(actions, dim=-1), torch.cat(logp, dim=-1)


def _draw_exact(logp: torch.Tensor, greedy: int, out: torch.Tensor) -> None:
    """``torch.multinomial`` draws in the rows from ``greedy`` on, in rl4co's
    start-major row order, into ``out`` (``B x (S - greedy) x 1``)."""
    b, s, n = logp.shape
    probs = logp[:, greedy:].exp().transpose(0, 1).reshape(-1, n)
    out.copy_(torch.multinomial(probs, 1).reshape(s - greedy, b, 1).transpose(0, 1))


class _Uniforms:
    """Uniform numbers in (0, 1], ``shape`` per step, drawn ``steps`` steps at a time."""

    def __init__(self, shape: tuple, device, steps: int = 64):
        self.shape, self.device, self.steps = shape, device, steps
        self.buf, self.i = None, steps

    def next(self) -> torch.Tensor:
        if self.i == self.steps:
            self.buf, self.i = (1.0 - torch.rand(self.steps, *self.shape, device=self.device)).unbind(0), 0
        self.i += 1
        return self.buf[self.i - 1]


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
