"""The ``neural`` method of :func:`nco.solve`: a shipped RRNCO policy,
best of multi-start greedy decoding over coordinate augmentations, with
one torch thread (see :func:`one_torch_thread`).

Loading the policy (importing torch and the network) is charged to the
time limit, like the decoding.  It runs in a background thread; when it
does not finish within the time limit, the method returns the
``nearest`` construction with a warning (the policy keeps loading for the
next call in the same process).
"""

from __future__ import annotations

import concurrent.futures.thread  # noqa: F401  (see the loading thread)
import contextlib
import sys
import threading
import warnings

from nco import solvers
from nco.budget import Budget
from nco.errors import InputError
from nco.neural.policy import POLICY_FOR, checkpoint_path, load_policy
from nco.solution import Solution

#: Share of the time left that the second, larger decode may be expected to take.
DECODE_SHARE = 0.8
#: POMO starts of the first, cheap decode (one augmentation).
FIRST_STARTS = 8
#: Wall seconds per squared node expected of that first decode (encoder
#: included), generously: 0.3 s at N = 500.  When less time is left once
#: the policy has loaded, the method returns the construction instead.
FIRST_DECODE_S = 1.2e-6
#: Largest decode: augmentations and starts.
MAX_AUGMENT = 8
MAX_STARTS = 100

_CACHE: dict = {}
_LOADING: dict = {}


@contextlib.contextmanager
def one_torch_thread():
    """Run torch with one thread inside the block.  On a loaded CPU torch's
    extra threads spin-wait, which costs several times the CPU seconds of
    one thread (17 against 2.8 CPU s for 8 EARLI samples on X-n308-k13
    beside two busy processes) and as much in wall-clock time (a greedy
    decode of X-n101-k25, one augmentation and 8 starts: 0.2-0.3 s with one
    thread, 1.0 s with two, on two cores shared with two busy processes)."""
    torch = sys.modules.get("torch")
    if torch is None:
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _policy_within(name, budget: Budget):
    """The policy ``name``, loaded in a background thread while ``budget``
    lasts; ``None`` when it is not ready by then.  A loading error is raised
    here, in the caller's thread."""
    key = str(name)
    if key in _CACHE:
        return _CACHE[key]
    if key not in _LOADING:
        box: dict = {}

        def load():
            try:
                box["policy"] = load_policy(name, lean=True)  # torch only: no rl4co to import
            except BaseException as exc:  # handed to the caller below
                box["error"] = exc

        # not a daemon: a process that ends while torch is being imported waits
        # for it (a thread stopped in the middle can abort the shutdown); torch's
        # import then registers no exit hook of concurrent.futures, imported above
        th = threading.Thread(target=load, name=f"nco-load-{key}", daemon=False)
        _LOADING[key] = (th, box)
        th.start()
    th, box = _LOADING[key]
    while th.is_alive() and not budget.done():
        th.join(timeout=0.05)
    if th.is_alive():
        return None
    del _LOADING[key]
    if "error" in box:
        raise box["error"]
    _CACHE[key] = box["policy"]
    return _CACHE[key]


def plan(avail: int, rollouts: float) -> tuple[int, int]:
    """Augmentations and starts of a decode of at most ``rollouts`` rollouts
    (``augment * starts``, at least one): from ``8 x min(avail, 100)``,
    halve the augmentations first, then the starts."""
    aug, starts = MAX_AUGMENT, min(avail, MAX_STARTS)
    while aug * starts > rollouts and (aug > 1 or starts > 1):
        if aug > 1:
            aug //= 2
        else:
            starts = max(1, starts // 2)
    return aug, max(1, starts)


def _better(a, b):
    """The better of two :class:`nco.Solution`: feasible first, then cheaper."""
    if b is None:
        return a
    if a.feasible != b.feasible:
        return a if a.feasible else b
    return a if a.cost <= b.cost else b


def _decode(policy, instance, budget: Budget, augment, num_starts):
    """The policy's best decode within ``budget``.

    With ``augment`` or ``num_starts`` given, one decode of that size.
    Without a time limit, the largest decode of at most ``budget.iterations``
    rollouts (deterministic).  With one, a cheap first decode (one
    augmentation, :data:`FIRST_STARTS` starts) measures the speed, then the
    largest decode expected to fit :data:`DECODE_SHARE` of the time left
    runs, unless the budget is done.
    """
    avail = instance.n_nodes if policy.problem == "atsp" else instance.n_clients
    if augment is not None or num_starts is not None:
        aug = MAX_AUGMENT if augment is None else augment
        starts = min(avail, MAX_STARTS) if num_starts is None else num_starts
        return policy.solve([instance], num_starts=starts, augment=aug)[0]
    if budget.time_limit is None:
        aug, starts = plan(avail, budget.iterations)
        return policy.solve([instance], num_starts=starts, augment=aug)[0]
    first = min(avail, FIRST_STARTS, budget.iterations or FIRST_STARTS)
    t0 = budget.elapsed()
    best = policy.solve([instance], num_starts=first, augment=1)[0]
    per_rollout = max(budget.elapsed() - t0, 1e-3) / first
    rollouts = min(DECODE_SHARE * budget.remaining() / per_rollout, budget.iterations or float("inf"))
    aug, starts = plan(avail, rollouts)
    if aug * starts > first and aug * starts <= rollouts and not budget.done():
        best = _better(policy.solve([instance], num_starts=starts, augment=aug)[0], best)
    return best


@solvers.register("neural")
def solve(instance, budget: Budget, seed: int = 0, initial=None, progress=None, checkpoint=None,
          augment: int | None = None, num_starts: int | None = None, **options):
    """Routes for ``instance`` from the shipped policy for its problem.

    Parameters
    ----------
    instance
        An ATSP, CVRP or VRPTW :class:`nco.Instance` (symmetric or not), 2 to
        1000+ clients.
    budget
        The :class:`nco.budget.Budget` (or seconds of wall clock), loading
        included.  The decode is sized to fit the time left (see
        :func:`_decode`); an iteration limit caps the decoded rollouts
        (augmentations x starts).  A single cheap decode can still take
        longer than a very small time limit on large instances.
    seed
        Torch seed.
    initial
        Routes to return instead if the policy's are infeasible or worse.
    progress
        Optional ``progress(elapsed_s, best_cost)`` callback, called once.
    checkpoint
        A checkpoint name or path instead of the shipped one.
    augment, num_starts
        Override the decoding budget.

    Returns
    -------
    list[list[int]]
        Routes; :func:`nco.solve` checks them.  A decode that breaks a
        constraint the decoder cannot see (the fleet size) is returned as is
        and reported infeasible by the checker, unless ``initial`` is feasible.
    """
    if options:
        raise InputError(f"unknown option(s) for method 'neural': {', '.join(sorted(options))}")
    budget = Budget.coerce(budget)
    problem = POLICY_FOR[instance.problem]
    if instance.n_clients < 2 or (problem == "atsp" and instance.n_nodes < 3):
        return [list(range(1, instance.n_nodes))] if problem == "atsp" else [[v] for v in range(1, instance.n_nodes)]
    name = checkpoint or problem
    if not checkpoint_path(name).exists():
        raise InputError(f"no policy checkpoint {str(name)!r}", path=str(checkpoint_path(name)))
    policy = _policy_within(name, budget)
    if policy is not None and budget.time_limit is not None and augment is None and num_starts is None \
            and budget.remaining() < FIRST_DECODE_S * instance.n_nodes**2:
        policy = None  # loaded too late for even the first decode to fit
    if policy is None:
        if not budget.interrupted:
            warnings.warn("neural: the policy did not load within the time limit with time left to decode "
                          "(importing torch and the network counts); returning the nearest-neighbour "
                          "construction; give a longer time limit", UserWarning, stacklevel=2)
        best = Solution.from_routes(instance, solvers.get("nearest")(instance))
    else:
        import torch

        torch.manual_seed(int(seed))
        with one_torch_thread():
            best = _decode(policy, instance, budget, augment, num_starts)
    if initial is not None:
        init = Solution.from_routes(instance, initial)
        if init.feasible and (not best.feasible or init.cost < best.cost):
            best = init
    if progress is not None:
        progress(budget.elapsed(), best.cost)
    return best.routes
