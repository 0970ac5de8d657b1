"""EARLI: a neural policy's samples seed the genetic algorithm (``"earli"``).

The pipeline of *AI-initialized genetic algorithms* (EARLI, NVIDIA 2025):

1. the trained policy for the instance's problem (``atsp``, ``acvrp`` or
   ``acvrptw``, loaded by :func:`nco.load_policy`) samples ``num_samples``
   solutions, one greedy and the others at ``temperature``;
2. each sample is educated by PyVRP's local search and enters the initial
   population of the genetic algorithm of :mod:`solvers.ga`, best first;
   ``seed_share`` says which share of that initial population the samples
   make up (the rest are random educated solutions);
3. the genetic algorithm refines the population for the rest of the budget.

Everything happens inside the time limit: loading and running the policy,
the conversion to PyVRP data, the education of the samples and the search.
When no policy is available for the problem, the pipeline says so once (a
:class:`UserWarning`) and seeds the population with the ``nearest``
construction instead, when that solver is installed, and random solutions.
"""

from __future__ import annotations

import concurrent.futures.thread  # noqa: F401  (see the loading thread)
import inspect
import math
import threading
import time
import warnings
import weakref
from dataclasses import dataclass, field, fields

from nco import solvers
from nco.budget import Budget
from nco.checker import check
from nco.errors import InputError
from nco.instance import Instance
from nco.neural.policy import checkpoint_path, load_policy
from nco.neural.solve import one_torch_thread
from nco.solvers.construct import clock as clock_of
from nco.solvers.ga import GAParams, genetic_algorithm, problem_data

__all__ = ["EarliParams", "EarliResult", "policy_problem", "run", "solve"]


@dataclass
class EarliParams:
    """Parameters of the EARLI pipeline.

    Parameters
    ----------
    num_samples
        Number of solutions sampled from the policy (``K``), the first one
        greedy.
    temperature
        Softmax temperature of the other samples.
    seed_share
        Share in ``(0, 1]`` of the initial population made of policy samples;
        with ``K`` samples, ``round(K * (1 - seed_share) / seed_share)``
        random educated solutions join them.
    refiner
        ``"ga"`` (the genetic algorithm) or ``"pyvrp"`` (PyVRP's iterated
        local search, started from the best sample).
    max_policy_share
        Largest share of the budget the policy may be expected to take.  The
        pipeline remembers how fast the policy sampled before (seconds per
        sample and squared node count); when the expected time is larger,
        the policy is skipped and the search is seeded as without one.  The
        first call on a policy always samples.
    ga
        Parameters of the genetic algorithm.
    """

    num_samples: int = 8
    temperature: float = 0.3
    seed_share: float = 1.0
    refiner: str = "ga"
    max_policy_share: float = 0.5
    ga: GAParams = field(default_factory=GAParams)

    def __post_init__(self):
        if int(self.num_samples) != self.num_samples or self.num_samples < 1:
            raise ValueError("num_samples must be a positive integer.")
        if not self.temperature > 0:
            raise ValueError("temperature must be positive.")
        if not 0.0 < self.seed_share <= 1.0:
            raise ValueError("seed_share must be in (0, 1].")
        if self.refiner not in ("ga", "pyvrp"):
            raise ValueError("refiner must be 'ga' or 'pyvrp'.")
        if not 0.0 < self.max_policy_share <= 1.0:
            raise ValueError("max_policy_share must be in (0, 1].")


@dataclass
class EarliResult:
    """Routes found by the pipeline and where the time went.

    ``sample_costs`` are the checker's costs of the raw policy samples
    (``None`` for an infeasible one); ``policy_s`` is the time spent loading
    and sampling the policy; ``policy_skipped`` says the policy was not
    asked because it was expected to take more than ``max_policy_share`` of
    the budget; ``seeds_source`` is ``"policy"``, ``"nearest"`` or
    ``"random"``.
    """

    routes: list[list[int]]
    policy_s: float = 0.0
    policy_skipped: bool = False
    seeds_source: str = "random"
    sample_costs: list = field(default_factory=list)
    iterations: int = 0
    init_time_s: float = 0.0
    trace: list = field(default_factory=list)


def policy_problem(instance: Instance) -> str:
    """The policy problem for an instance: ``atsp``, ``acvrp`` or ``acvrptw``
    (the asymmetric policies also cover the symmetric cases)."""
    return {"atsp": "atsp", "cvrp": "acvrp", "vrptw": "acvrptw"}[instance.problem]


_POLICIES: dict[str, object] = {}
_WARNED: set[str] = set()
#: id(policy) -> (a weak reference to the policy, measured seconds per sample
#: and squared node count); the reference tells a live policy from a new one
#: that happens to reuse a freed object's id
_SPEED: dict[int, tuple] = {}


def _speed(policy) -> float | None:
    ref, speed = _SPEED.get(id(policy), (None, None))
    return speed if ref is not None and ref() is policy else None


def _set_speed(policy, speed: float) -> None:
    try:
        _SPEED[id(policy)] = (weakref.ref(policy), speed)
    except TypeError:  # an object that cannot be weakly referenced: not cached
        pass


def _load_policy(problem: str):
    """The policy for ``problem`` (cached), or ``None`` with a warning."""
    if problem in _POLICIES:
        return _POLICIES[problem]
    policy = None
    try:
        # look for the file first: loading imports torch and the network
        # (seconds), which is wasted when there is no checkpoint
        path = checkpoint_path(problem)
        if not path.exists():
            raise InputError(f"no checkpoint {path.name}")
        policy = load_policy(problem, lean=True)  # torch only: no rl4co to import
    except (InputError, ImportError, AttributeError, FileNotFoundError) as exc:
        if problem not in _WARNED:
            _WARNED.add(problem)
            warnings.warn(
                f"earli: no trained policy for {problem} ({exc}); seeding the genetic "
                "algorithm with constructive and random solutions instead",
                UserWarning,
                stacklevel=3,
            )
    _POLICIES[problem] = policy
    return policy


_LOADERS: dict[str, threading.Thread] = {}


def _policy_within(problem: str, wait_s: float, budget: Budget | None = None):
    """The policy for ``problem`` if it is loaded, or loads within ``wait_s`` seconds.

    Loading imports torch and the network (seconds on a CPU, more than a
    small budget), so it runs in a background thread: a call whose budget
    cannot wait for it runs as the GA from the construction, and later calls
    find the policy ready.  A Ctrl-C recorded in ``budget`` ends the wait.
    """
    if problem in _POLICIES:
        return _POLICIES[problem]
    th = _LOADERS.get(problem)
    if th is None:
        # not a daemon, as in nco.neural.solve: an exit waits for the import of torch
        th = threading.Thread(target=_load_policy, args=(problem,), name=f"nco-load-{problem}", daemon=False)
        _LOADERS[problem] = th
        th.start()
    end = time.perf_counter() + max(0.0, wait_s)
    while th.is_alive() and not (budget is not None and budget.interrupted):
        left = end - time.perf_counter()
        if left <= 0:
            break
        th.join(timeout=min(0.1, left))
    return _POLICIES.get(problem)


def warm_up(instance: Instance, num_samples: int = 8, temperature: float = 0.3, clock: str = "wall") -> float:
    """Load the policy for ``instance``'s problem and sample it once, untimed.

    A long-lived process pays for loading torch and the network once; the
    sample records the policy's speed, with which later calls decide whether
    sampling fits their budget.  Benchmarks call this before their timed
    runs.  ``clock`` is the clock of those runs (``"wall"`` or
    ``"process"``).  Returns the seconds spent (0 without a policy).
    """
    timer = clock_of(clock)
    t0 = timer()
    policy = _load_policy(policy_problem(instance))
    if policy is None:
        return 0.0
    try:
        _sample(policy, instance, timer, num_samples=int(num_samples), temperature=float(temperature),
                greedy_first=True)
    except InputError:
        pass
    return timer() - t0


def _sample(policy, instance: Instance, timer, **kw) -> list:
    """The policy's samples for ``instance`` (one torch thread); records the
    policy's speed (seconds per sample and squared node count) in ``_SPEED``."""
    ts = timer()
    with one_torch_thread():
        samples = policy.sample([instance], **kw)[0]
    _set_speed(policy, (timer() - ts) / (float(kw["num_samples"]) * instance.n_nodes**2))
    return samples


def _split_options(options: dict) -> EarliParams:
    ga_names = {f.name for f in fields(GAParams)}
    earli_names = {f.name for f in fields(EarliParams)} - {"ga"}
    unknown = set(options) - ga_names - earli_names - {"ga"}
    if unknown:
        raise InputError(f"earli: unknown option(s) {', '.join(sorted(unknown))}")
    try:
        ga = options.get("ga") or GAParams(**{k: v for k, v in options.items() if k in ga_names})
        return EarliParams(ga=ga, **{k: v for k, v in options.items() if k in earli_names})
    except (TypeError, ValueError) as exc:
        raise InputError(f"earli: {exc}") from None


def run(instance: Instance, budget: Budget | float, seed: int = 0, initial=None, progress=None,
        policy=None, params: EarliParams | None = None, clock: str = "wall") -> EarliResult:
    """Run the EARLI pipeline and report where the time went.

    Parameters
    ----------
    instance
        The instance.
    budget
        The :class:`nco.budget.Budget` (or seconds on ``clock``); loading
        and sampling the policy are charged to it.  An iteration limit
        counts the refiner's iterations (GA generation steps or ILS
        iterations).  Without a time limit the policy is always waited for
        and sampled (with ``seed``), so that a seed gives the same routes
        on every run.
    seed
        Random seed (policy sampling and search).
    initial
        Optional routes (client ids ``1..n``) added to the seeds.
    progress
        Optional callback ``progress(elapsed_s, best_cost)``.
    policy
        A policy object with ``sample(instances, num_samples, temperature,
        greedy_first)``; ``None`` loads the trained one for the problem.
    params
        :class:`EarliParams`.
    clock
        The clock of ``budget`` when it is a number of seconds: ``"wall"``
        (default) or ``"process"`` (CPU seconds of this process, the
        policy's threads included).

    Returns
    -------
    EarliResult
    """
    if not isinstance(instance, Instance):
        raise InputError(f"earli needs an nco.Instance, got {type(instance).__name__}")
    budget = Budget.coerce(budget, clock)
    params = params or EarliParams()
    start = budget.elapsed()
    out = EarliResult(routes=[])
    seeds = _policy_seeds(instance, budget, seed, policy, params, out)
    out.policy_s = budget.elapsed() - start
    # The construction takes milliseconds and is always a seed: at N = 500
    # the ATSP and ACVRP policies' samples are worse than it (docs/neural.md).
    seeds.append(solvers.get("nearest")(instance))
    if out.seeds_source != "policy":
        out.seeds_source = "nearest"
    if initial is not None:
        seeds.insert(0, initial)

    if params.refiner == "pyvrp":
        ils = solvers.get("pyvrp")
        out.routes = ils(instance, budget, seed=seed, initial=_best_seed(instance, seeds), progress=progress)
        return out

    n_seeds = min(len(seeds), params.ga.min_pop_size)
    fill = int(round(n_seeds * (1.0 - params.seed_share) / params.seed_share)) if n_seeds else None
    res = genetic_algorithm(instance, budget, seed=seed, seeds=seeds, params=params.ga, progress=progress,
                            fill_random=fill, problem=problem_data(instance))
    out.routes = res.routes
    out.iterations = res.iterations
    out.init_time_s = res.init_time_s
    out.trace = res.trace
    return out


def _policy_seeds(instance: Instance, budget: Budget, seed: int, policy, params: EarliParams,
                  out: EarliResult) -> list:
    """The policy's samples (an empty list when there is no policy, when it
    is expected to take more than its share of the time limit, or on
    Ctrl-C); records their costs and source in ``out``."""
    share = None if budget.deterministic else params.max_policy_share * budget.time_limit
    if policy is None:
        wait = math.inf if share is None else share - budget.elapsed()
        policy = _policy_within(policy_problem(instance), wait, budget)
    if policy is None or budget.interrupted:
        return []
    if share is not None and _speed(policy) is not None:
        if _speed(policy) * float(params.num_samples) * instance.n_nodes**2 > share:
            out.policy_skipped = True
            return []
    kw = dict(num_samples=int(params.num_samples), temperature=float(params.temperature), greedy_first=True)
    try:
        if "seed" in inspect.signature(policy.sample).parameters:
            kw["seed"] = int(seed)
    except (TypeError, ValueError):  # pragma: no cover - builtins without a signature
        pass
    try:
        samples = _sample(policy, instance, budget.timer, **kw)
    except InputError as exc:  # e.g. an instance the policy cannot encode
        warnings.warn(f"earli: the policy cannot sample this instance ({exc}); seeding the genetic "
                      "algorithm as without a policy", UserWarning, stacklevel=3)
        return []
    out.seeds_source = "policy"
    for s in samples:
        res = check(instance, s)
        out.sample_costs.append(res.cost if res.feasible else None)
    return list(samples)


def _best_seed(instance: Instance, seeds):
    """The cheapest feasible seed, else ``None``."""
    best, best_cost = None, float("inf")
    for s in seeds:
        res = check(instance, s)
        if res.feasible and res.cost < best_cost:
            best, best_cost = s, res.cost
    return best


@solvers.register("earli")
def solve(instance: Instance, budget: Budget, seed: int = 0, initial=None, progress=None,
          policy=None, **options) -> list[list[int]]:
    """Solve ``instance`` with EARLI (policy samples refined by the GA).

    Parameters
    ----------
    instance
        A CVRP, ACVRP, VRPTW, ACVRPTW or ATSP instance.
    budget
        The :class:`nco.budget.Budget` (or seconds of wall clock), the
        policy's loading and sampling included; see :func:`run`.
    seed
        Random seed.
    initial
        Optional routes (client ids ``1..n``) added to the seeds.
    progress
        Optional callback ``progress(elapsed_s, best_cost)``.
    policy
        Optional policy object; the trained one for the problem by default.
    **options
        Fields of :class:`EarliParams` (``num_samples``, ``temperature``,
        ``seed_share``, ``refiner``) and of :class:`solvers.ga.GAParams`.

    Returns
    -------
    list[list[int]]
        Routes of client ids ``1..n``.
    """
    params = _split_options(options)
    return run(instance, budget, seed=seed, initial=initial, progress=progress, policy=policy,
               params=params).routes


@solvers.register("earli-ils")
def solve_ils(instance: Instance, budget: Budget, seed: int = 0, initial=None, progress=None,
              policy=None, **options) -> list[list[int]]:
    """PyVRP's iterated local search started from the best policy sample:
    :func:`solve` with ``refiner="pyvrp"`` (the "ILS from the neural
    solution" line of the time-to-quality benchmarks)."""
    options.setdefault("refiner", "pyvrp")
    return solve(instance, budget, seed=seed, initial=initial, progress=progress, policy=policy, **options)
