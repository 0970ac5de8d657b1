"""The ``neural`` method of :func:`nco.solve`: a shipped RRNCO policy,
best of multi-start greedy decoding over coordinate augmentations."""

from __future__ import annotations

import solvers
from nco.errors import InputError
from nco.neural.policy import POLICY_FOR, load_policy

_CACHE: dict = {}


def _policy(name: str):
    if name not in _CACHE:
        _CACHE[name] = load_policy(name)
    return _CACHE[name]


def _budget(n_nodes: int, time_limit: float, augment: int | None, num_starts: int | None):
    """Augmentations and starts that fit the time limit.  The decoder's work
    grows as ``augment * starts * N^2``; the shipped 128-d policy does about
    1e6 such units per second on one busy CPU core (N = 100, 8 augmentations
    x 100 starts took 5 to 15 s per instance in the runs of docs/neural.md).
    At least 8 starts are always decoded, so very large instances can take
    longer than ``time_limit``."""
    per_second = 1e6
    aug = 8 if augment is None else int(augment)
    starts = min(n_nodes - 1, 100) if num_starts is None else int(num_starts)
    while aug * starts * n_nodes**2 > per_second * time_limit and (aug > 1 or starts > 8):
        if aug > 1:
            aug //= 2
        else:
            starts = max(8, starts // 2)
    return aug, max(1, min(starts, n_nodes - 1))


@solvers.register("neural")
def solve(instance, time_limit: float, seed: int = 0, initial=None, progress=None, checkpoint=None,
          augment: int | None = None, num_starts: int | None = None, **options):
    """Routes for ``instance`` from the shipped policy for its problem.

    Parameters
    ----------
    instance
        An ATSP, CVRP or VRPTW :class:`nco.Instance` (symmetric or not), 2 to
        1000+ clients.
    time_limit
        Seconds; large instances use fewer augmentations / starts to fit it.
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
    import time

    import torch

    from nco.solution import Solution

    if options:
        raise InputError(f"unknown option(s) for method 'neural': {', '.join(sorted(options))}")
    t0 = time.perf_counter()
    torch.manual_seed(int(seed))
    problem = POLICY_FOR[instance.problem]
    policy = _policy(checkpoint or problem)
    if instance.n_clients < 2 or (problem == "atsp" and instance.n_nodes < 3):
        routes = [list(range(1, instance.n_nodes))] if problem == "atsp" else [[v] for v in range(1, instance.n_nodes)]
        return routes
    aug, starts = _budget(instance.n_nodes, time_limit, augment, num_starts)
    sol = policy.solve([instance], num_starts=starts, augment=aug)[0]
    best = sol
    if initial is not None:
        init = Solution.from_routes(instance, initial)
        if init.feasible and (not sol.feasible or init.cost < sol.cost):
            best = init
    if progress is not None:
        progress(time.perf_counter() - t0, best.cost)
    return best.routes
