"""Size adaptation: decoding instances larger than a policy was trained on.

The shipped policies were trained on instances of about 100 nodes drawn
from whole cities.  At N = 500 from the same cities, greedy decoding with
the unchanged network is far worse than the nearest-neighbour
construction: the ACVRP policy returns to the depot after three clients on
average (155 routes where nearest neighbour needs 26), the ATSP policy
jumps to far nodes.  What changes with N at a fixed city area is the scale
of everything local: the network divides every distance by the instance's
largest one, which stays the size of the city, while the distance to the
next candidates shrinks about as ``1 / sqrt(N)``, and there are ``N``
candidates instead of 100.  The decoder's distance prior
(``C * softplus(a) * d_ij`` subtracted from the pointer logits, see
:mod:`nco.neural.decode`) then separates near and far candidates by a
fraction of what it did in training, and the attention logits, which do not
transfer as well, decide alone.

The adaptation scales that prior by ``(N / N_train) ** alpha`` for an
instance of ``N`` nodes (clients for the VRPs) above the policy's training
size ``N_train`` (:func:`training_size`); at or below it the network is
used unchanged.  ``alpha`` (:data:`PRIOR_EXPONENT`) was chosen per problem
on development sets drawn from the training cities (N = 200 and 500,
8 instances each, PyVRP references), never on the unseen cities
(``benchmarks/neural_sizes.py --scan``; docs/neural.md, "Size
generalization"):

* ATSP and ACVRP: ``alpha = 2``.  ``alpha = 0.5`` would only restore the
  local distance scale; the gap keeps falling up to ``alpha`` = 1.5 to 2,
  where the decoder is a nearest-neighbour rule whose near choices the
  network still makes.  On the development sets at N = 500 the greedy gap
  to PyVRP falls from 65 and 84 % (nearest neighbour: 18 and 27 %) to 8.6
  and 14.9 %; on the unseen cities from 62 and 124 % to 16 and 26 %
  (nearest neighbour 24 and 39 %).
* ACVRPTW: ``alpha = 0.25``.  Its decisions follow the time windows, which
  nearest neighbour ignores: the unchanged policy already beats nearest
  neighbour at N = 500, and a strong prior (``alpha`` >= 1) makes it worse.
  The development sets favour 0.5 by about a point of gap at N = 500, but
  at N = 750 and 999 (4 instances, against nearest neighbour) 0.5 lost to
  the unchanged policy on two, by 4 and 12 % of the cost, 0.25 by 0.3 % on
  one.

Tried and not kept (exploratory runs on instances from the training
cities): rescaling the encoder's distances so that local distances match
the training size (worse for ATSP, no gain elsewhere), ``log N / log
N_train`` scaling of the encoder's edge bias, of the decoder's glimpse or
pointer logits (up to 4 % of the cost either way), normalising demands to
the training sizes' mean fraction of the capacity (2 to 4 % on ACVRP in
reduced runs only; the next candidate), and restricting the candidates to
the nearest unvisited (worse).

A policy trained further may want another exponent: the first
self-improvement ACVRP policy was better unadapted at N = 200 than with
``alpha = 2``.  A checkpoint's recipe may therefore carry its own,
``"size_adaptation": {"exponent": alpha}``, chosen for it on the same
development sets (``benchmarks/neural_sizes.py --scan ... --checkpoint F
--choose``); :func:`exponent` reads it and falls back to the table.

The adaptation transforms what :class:`~nco.neural.decode.LeanDecoder`
reads of a network (:class:`SizedNet`): the weights and the network object
are never changed, so one policy may decode instances of different sizes at
the same time.  rl4co's own decoding loop (``lean=False``) is not adapted.
"""

from __future__ import annotations

import re

from nco.errors import InputError

#: ``alpha`` of the prior scale ``(N / N_train) ** alpha`` per problem
#: (chosen on development sets from the training cities; see the module text).
PRIOR_EXPONENT = {"atsp": 2.0, "acvrp": 2.0, "acvrptw": 0.25}

#: The largest exponent a recipe may ask for (``5 ** 4`` = 625 times the prior at N = 500).
MAX_EXPONENT = 4.0

#: Training size assumed when a checkpoint's recipe does not say (the shipped recipes train at 100).
DEFAULT_TRAIN_SIZE = 100

_EXPERIMENT_SIZE = re.compile(r"experiment=\w+?_n(\d+)")


def training_size(meta: dict) -> int:
    """The largest instance size (nodes for ATSP, clients for the VRPs) in a
    checkpoint's recipe: ``config.env.num_loc`` of the recipe and of every
    run of its lineage, and the ``_n<N>`` of experiment names in their
    commands; :data:`DEFAULT_TRAIN_SIZE` when none is found."""
    runs = [r for r in ((meta.get("lineage") or {}).get("runs") or []) if isinstance(r, dict)]
    sizes = []
    for cfg in [meta.get("config")] + [r.get("config") for r in runs]:
        env = cfg.get("env") if isinstance(cfg, dict) else None
        n = env.get("num_loc") if isinstance(env, dict) else None
        if isinstance(n, (int, float)) and not isinstance(n, bool) and n > 0:
            sizes.append(int(n))
    for cmd in [meta.get("command")] + [r.get("command") for r in runs]:
        sizes += [int(x) for x in _EXPERIMENT_SIZE.findall(str(cmd or ""))]
    return max(sizes) if sizes else DEFAULT_TRAIN_SIZE


def exponent(problem: str, meta: dict) -> float:
    """``alpha`` of a policy: its recipe's ``size_adaptation.exponent`` when
    it has one, else :data:`PRIOR_EXPONENT` of its problem.

    Raises
    ------
    InputError
        When the recipe's exponent is not a number from 0 to :data:`MAX_EXPONENT`.
    """
    chosen = meta.get("size_adaptation") if isinstance(meta, dict) else None
    if chosen is None:
        return PRIOR_EXPONENT.get(problem, 0.0)
    a = chosen.get("exponent") if isinstance(chosen, dict) else None
    if isinstance(a, bool) or not isinstance(a, (int, float)) or not 0.0 <= a <= MAX_EXPONENT:
        raise InputError(f"checkpoint recipe: size_adaptation.exponent must be a number from 0 to "
                         f"{MAX_EXPONENT:g}, got {a!r}")
    return float(a)


def prior_scale(problem: str, n: int, train_n: int, alpha: float | None = None) -> float:
    """The factor on the decoder's distance prior for ``n`` nodes (clients):
    1 up to ``train_n``, then ``(n / train_n) ** alpha`` (default: the
    problem's :data:`PRIOR_EXPONENT`)."""
    if n <= train_n:
        return 1.0
    a = PRIOR_EXPONENT.get(problem, 0.0) if alpha is None else alpha
    return float((n / train_n) ** a)


def policy_scale(policy, n: int) -> float:
    """The prior factor ``policy`` decodes ``n`` nodes (clients) with."""
    problem, meta = policy.net.config.problem, policy.meta
    return prior_scale(problem, n, training_size(meta), exponent(problem, meta))


def instance_size(td, has_depot: bool) -> int:
    """Nodes (ATSP) or clients (VRPs) of a decoding batch."""
    key = "distance_matrix" if "distance_matrix" in td.keys() else "cost_matrix"
    return int(td[key].shape[-1]) - (1 if has_depot else 0)


def adapt(policy, td):
    """What the lean decoder should read for the batch ``td``: ``policy.net``
    itself, or a :class:`SizedNet` when the instances are larger than the
    policy's training size and ``policy.size_adaptation`` is on."""
    net = policy.net
    if not getattr(policy, "size_adaptation", True):
        return net
    return adapt_net(net, policy_scale(policy, instance_size(td, net.config.has_depot)))


def adapt_net(net, scale: float):
    """``net`` with its decoder's distance prior multiplied by ``scale`` (``net`` itself for 1)."""
    return net if scale == 1.0 else SizedNet(net, scale)


class SizedNet:
    """A read-only view of an RRNCO network whose encoder hands the decoder
    its normalised distance matrix multiplied by ``scale``: the decoder's
    distance prior, and nothing else, is ``scale`` times stronger.  Every
    other attribute is the network's own."""

    def __init__(self, net, scale: float):
        self.net, self.scale = net, float(scale)
        self.encoder = _ScaledPrior(net.encoder, self.scale)

    def __getattr__(self, name):
        return getattr(self.net, name)


class _ScaledPrior:
    """Calls an encoder and scales the distance matrix it returns for the prior."""

    def __init__(self, encoder, scale: float):
        self.inner, self.scale = encoder, scale

    def __call__(self, td):
        (row, col, dist, dur), out = self.inner(td)
        return (row, col, dist * self.scale, dur), out

    def __getattr__(self, name):
        return getattr(self.inner, name)
