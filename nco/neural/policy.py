"""Trained policies: loading package checkpoints and solving instances with them.

>>> import nco
>>> policy = nco.load_policy("acvrp")
>>> sols = policy.solve(instances, augment=8)          # best of multi-start greedy x augmentations
>>> pools = policy.sample(instances, num_samples=16)   # 1 greedy + 15 sampled solutions each

Checkpoints are plain dictionaries of tensors and numbers (loaded with
``torch.load(..., weights_only=True)``): ``format``, ``version``,
``problem``, ``config`` (the :class:`~nco.neural.model.RRNCOConfig`) and
``state_dict``.  The shipped ones live in ``nco/checkpoints/<problem>.pt``
with a recipe JSON (configuration, command, hardware, wall time) and the
learning curve beside them.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Sequence

import numpy as np

from nco import fsio
from nco.envs.actions import actions_to_routes
from nco.errors import InputError, short_repr
from nco.instance import Instance
from nco.neural import sizing
from nco.progress import tqdm
from nco.solution import Solution

CHECKPOINT_FORMAT = "nco.neural.rrnco"
CHECKPOINT_VERSION = 1

#: Where the shipped checkpoints live.
CHECKPOINT_DIR = Path(__file__).resolve().parents[1] / "checkpoints"

#: Instance problem -> policy problem (symmetric instances are a special case).
POLICY_FOR = {"atsp": "atsp", "cvrp": "acvrp", "vrptw": "acvrptw"}
PROBLEMS = ("atsp", "acvrp", "acvrptw")

#: Largest number of POMO starts used when ``num_starts`` is not given.
DEFAULT_MAX_STARTS = 100

#: The largest network a checkpoint may ask for, checked before it is built:
#: each width and depth, and an estimate of the encoder's parameters
#: (``layers x (4 E^2 + 2 E F)``, twice that for MatNet's two encoders).
MAX_EMBED_DIM = 1024
MAX_LAYERS = 24
MAX_HEADS = 64
MAX_FF_HIDDEN = 8192
MAX_BIAS_HIDDEN = 256
MAX_NEIGHBOURS = 1000
MAX_PARAMETERS = 20_000_000

#: The options of an RRNCO network: name -> allowed values, or (type, lowest, highest).
RRNCO_OPTIONS = {
    "problem": PROBLEMS, "embed_dim": (int, 1, MAX_EMBED_DIM), "num_layers": (int, 1, MAX_LAYERS),
    "num_heads": (int, 1, MAX_HEADS), "ff_hidden": (int, 1, MAX_FF_HIDDEN),
    "bias_hidden": (int, 1, MAX_BIAS_HIDDEN), "num_neighbours": (int, 1, MAX_NEIGHBOURS),
    "tanh_clipping": (float, 0.0, 100.0),
}


def checkpoint_path(name: str | Path) -> Path:
    """The file of a checkpoint: a shipped problem name or a path."""
    if isinstance(name, str) and name in PROBLEMS:
        return CHECKPOINT_DIR / f"{name}.pt"
    return Path(name)


def load_checkpoint(name: str | Path, problem: str | None = None) -> dict:
    """Read and validate a checkpoint.

    Parameters
    ----------
    name
        ``"atsp"``, ``"acvrp"``, ``"acvrptw"`` (shipped) or a path to a ``.pt``.
    problem
        When given, the checkpoint must be for this problem.

    Raises
    ------
    InputError
        Missing, truncated or foreign file, wrong format version or problem.
    """
    path = checkpoint_path(name)
    if not path.exists():
        hint = f" (shipped checkpoints: {', '.join(PROBLEMS)})" if not path.suffix else ""
        raise InputError(f"no policy checkpoint {str(name)!r}{hint}", path=str(path))
    blob = torch_load(path, "policy checkpoint")
    if not isinstance(blob, dict) or blob.get("format") != CHECKPOINT_FORMAT:
        raise InputError(f"not an nco policy checkpoint (expected format {CHECKPOINT_FORMAT!r})", path=str(path))
    if blob.get("version") != CHECKPOINT_VERSION:
        raise InputError(f"checkpoint version {blob.get('version')!r} is not supported "
                         f"(this nco reads version {CHECKPOINT_VERSION})", path=str(path))
    for key in ("problem", "config", "state_dict"):
        if key not in blob:
            raise InputError(f"checkpoint has no {key!r}", path=str(path))
    if problem is not None and blob["problem"] != problem:
        raise InputError(f"checkpoint is for {blob['problem']!r}, not {problem!r}", path=str(path))
    if not isinstance(blob["config"], dict):
        raise InputError("checkpoint 'config' is not a dictionary", path=str(path))
    check_state_dict(blob["state_dict"], path)
    return blob


def torch_load(path, what: str):
    """``torch.load(..., weights_only=True)`` of a checked input file: plain
    tensors, numbers, strings and containers only, never code.

    Raises
    ------
    InputError
        One line for a missing, empty, text, truncated, oversized or
        pickled-object file.
    """
    import torch

    p = fsio.check_input(path, what)
    if p.stat().st_size == 0:
        raise InputError(f"{what}: empty file", path=str(p))
    try:
        return torch.load(p, map_location="cpu", weights_only=True)
    except Exception as exc:  # UnpicklingError, BadZipFile, RuntimeError, EOFError, ...
        text = str(exc).strip().splitlines()
        reason = f"{type(exc).__name__}: {text[0][:120]}" if text else type(exc).__name__
        raise InputError(f"not a readable {what}: truncated or corrupt, or not plain tensors ({reason})",
                         path=str(p)) from None


def check_state_dict(state, path) -> None:
    """Refuse a state dict that is not a dictionary of names to tensors."""
    import torch

    if not isinstance(state, dict) or not state:
        raise InputError("checkpoint 'state_dict' is not a non-empty dictionary", path=str(path))
    for k, v in state.items():
        if not isinstance(k, str) or not isinstance(v, torch.Tensor):
            raise InputError(f"checkpoint 'state_dict' entry {str(k)[:60]!r} is not a named tensor", path=str(path))


def check_options(options, allowed: dict, path, what: str = "config") -> dict:
    """The network options in ``options`` after checking each against ``allowed``.

    Parameters
    ----------
    options
        A mapping of option names to plain values.
    allowed
        Option name -> a tuple of allowed values, or ``(type, lowest, highest)``
        for numbers (``int`` or ``float``).
    path, what
        The file and section named in error messages.

    Raises
    ------
    InputError
        An unknown option, a value of the wrong type or out of range, or a
        network above :data:`MAX_PARAMETERS` (estimated).
    """
    if not isinstance(options, dict):
        raise InputError(f"{what} is not a mapping", path=str(path))
    out = {}
    for key, value in options.items():
        if key not in allowed:
            raise InputError(f"{what}: option {str(key)[:60]!r} is not allowed "
                             f"(known: {', '.join(sorted(allowed))})", path=str(path))
        out[key] = _check_value(value, allowed[key], path, f"{what}.{key}")
    return out


def _check_value(value, rule, path, where: str):
    if len(rule) == 3 and rule[0] in (int, float):
        kind, lo, hi = rule
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if ok and kind is int and isinstance(value, float):
            ok = value.is_integer()
        if not ok or not lo <= value <= hi:
            raise InputError(f"{where} must be {'an integer' if kind is int else 'a number'} from {lo} to {hi}, "
                             f"got {short_repr(value)}", path=str(path))
        return kind(value)
    if not any(value == v and type(value) is type(v) for v in rule):
        raise InputError(f"{where} must be one of {', '.join(map(repr, rule))}, got {short_repr(value)}",
                         path=str(path))
    return value


def check_size(layers: int, embed_dim: int, ff_hidden: int, path, factor: int = 1) -> None:
    """Refuse a network whose encoder would have more than :data:`MAX_PARAMETERS`
    parameters (estimated as ``factor x layers x (4 E^2 + 2 E F)``)."""
    estimate = factor * layers * (4 * embed_dim * embed_dim + 2 * embed_dim * ff_hidden)
    if estimate > MAX_PARAMETERS:
        raise InputError(f"the network would have about {estimate:,} parameters, above the maximum of "
                         f"{MAX_PARAMETERS:,}", path=str(path))


def load_policy(name: str | Path = "atsp", device: str = "cpu", lean: bool = False) -> "Policy":
    """Load a trained policy.

    Parameters
    ----------
    name
        ``"atsp"``, ``"acvrp"`` or ``"acvrptw"`` for a checkpoint shipped in
        the package, or the path of an exported ``.pt``.
    device
        Torch device to run on (``"cpu"``, ``"cuda"``).
    lean
        Build the torch-only network (:class:`nco.neural.network.RRNCONet`)
        and decode with :mod:`nco.neural.infer`: the same solutions without
        importing rl4co, tensordict or Lightning (``lean=False`` in
        :meth:`Policy.solve` then needs the rl4co network).

    Returns
    -------
    Policy

    Raises
    ------
    InputError
        When the checkpoint is missing, truncated, of another format version,
        or does not fit the network it describes.
    """
    from nco.neural.network import RRNCOConfig, RRNCONet  # lazy: torch

    path = checkpoint_path(name)
    blob = load_checkpoint(name, problem=name if isinstance(name, str) and name in PROBLEMS else None)
    options = check_options(blob["config"], RRNCO_OPTIONS, path, "checkpoint config")
    try:
        cfg = RRNCOConfig(**options)
    except InputError as exc:
        raise InputError(f"checkpoint config: {exc}", path=str(path)) from None
    check_size(cfg.num_layers, cfg.embed_dim, cfg.ff_hidden, path)
    if lean:
        net = RRNCONet(cfg)
    else:
        from nco.neural.model import RRNCOPolicy  # lazy: rl4co

        net = RRNCOPolicy(**cfg.to_dict())
    try:
        net.load_state_dict(blob["state_dict"])
    except RuntimeError as exc:
        raise InputError(f"checkpoint weights do not fit the network: {str(exc).splitlines()[0]}",
                         path=str(path)) from None
    return Policy(net, meta=checked_recipe(path.with_suffix(".json"), cfg.problem)).to(device)


def checked_recipe(path: Path, problem: str) -> dict:
    """The recipe beside a checkpoint, its size adaptation checked (:func:`nco.neural.sizing.exponent`)."""
    meta = read_recipe(path)
    try:
        sizing.exponent(problem, meta)
    except InputError as exc:
        raise InputError(str(exc), path=str(path)) from None
    return meta


def read_recipe(path: Path) -> dict:
    """The recipe JSON beside a checkpoint ({} when there is none)."""
    if not path.exists():
        return {}
    return fsio.read_json_object(path, "checkpoint recipe", max_bytes=16 << 20)


_recipe = read_recipe  # the earlier private name


def _group(instances: Sequence[Instance]) -> dict[int, list[int]]:
    groups: dict[int, list[int]] = {}
    for k, inst in enumerate(instances):
        groups.setdefault(inst.n_nodes, []).append(k)
    return groups


class Policy:
    """A trained RRNCO network bound to one problem.

    Parameters
    ----------
    net
        An :class:`~nco.neural.model.RRNCOPolicy`.
    meta
        The checkpoint's recipe (shown by :meth:`describe`).
    """

    def __init__(self, net, meta: dict | None = None, problem: str | None = None):
        self.net = net.eval()
        self.problem = problem or net.config.problem
        self.meta = dict(meta or {})
        self.device = "cpu"
        #: Adapt the network to instances larger than its training size (:mod:`nco.neural.sizing`).
        self.size_adaptation = True

    def to(self, device: str) -> "Policy":
        self.net.to(device)
        self.device = str(device)
        return self

    def __repr__(self) -> str:
        c = self.net.config
        return (f"Policy({self.problem!r}, embed_dim={c.embed_dim}, num_layers={c.num_layers}, "
                f"parameters={self.net.num_parameters():,})")

    # -- inputs -----------------------------------------------------------------
    def _check(self, instances) -> list[Instance]:
        if isinstance(instances, Instance):
            instances = [instances]
        instances = list(instances)
        if not instances:
            raise InputError("no instances to solve")
        for inst in instances:
            if not isinstance(inst, Instance):
                raise InputError(f"expected nco.Instance objects, got {type(inst).__name__}")
            if POLICY_FOR[inst.problem] != self.problem:
                raise InputError(f"instance {inst.name!r} is a {inst.problem} instance; "
                                 f"this policy solves {self.problem}")
            if inst.n_clients < 1 or (self.problem == "atsp" and inst.n_nodes < 3):
                raise InputError(f"instance {inst.name!r} is too small for the neural policy")
        return instances

    def _reset(self, instances: list[Instance]):
        from nco.neural.envs import decoding_env, to_tensordict

        td = to_tensordict(instances, self.problem)
        env = decoding_env(self.problem, instances[0].n_nodes, device=self.device)
        return env, env.reset(td.to(self.device))

    def _chunk(self, n_nodes: int, augment: int, starts: int) -> int:
        """Instances per forward pass so that the encoder's edge tensors
        (``augment * N^2 * 32`` floats each) and the decoder's step tensors
        (``augment * starts * N * 16``) stay under about 1 GB."""
        per = augment * n_nodes * n_nodes * 32 + augment * starts * n_nodes * 16
        return max(1, int(2.5e8 // per))

    # -- decoding ---------------------------------------------------------------
    def _lean_ok(self) -> bool:
        """Whether this network runs on :mod:`nco.neural.decode` (RRNCO networks)."""
        from nco.neural.network import EncoderNet, RRNCONet  # lazy: torch

        return isinstance(self.net, RRNCONet) or isinstance(getattr(self.net, "encoder", None), EncoderNet)

    def _torch_only(self) -> bool:
        """Whether the network is the torch-only one (``load_policy(..., lean=True)``)."""
        from nco.neural.network import RRNCONet  # lazy: torch

        return isinstance(self.net, RRNCONet)

    def augmented(self, instances, augment: int):
        """The reset environment (``None`` for a torch-only network) and
        TensorDict (or :class:`nco.neural.infer.Batch`), with ``augment``
        coordinate augmentations (rows ordered augmentation-major)."""
        if self._torch_only():
            from nco.neural import infer  # lazy: torch

            infer.reseed_as_rl4co()  # the same random draws as the environment path
            return None, infer.augment(infer.reset_batch(instances, self.problem, self.device), augment), augment
        from rl4co.data.transforms import StateAugmentation

        env, td = self._reset(instances)
        aug = augment if augment > 1 and "locs" in td.keys() else 1
        if aug > 1:
            # the 8 symmetries of the square; fewer: random rotations/reflections, identity first
            fn = "dihedral8" if aug == 8 else "symmetric"
            td = StateAugmentation(num_augment=aug, augment_fn=fn, first_aug_identity=True)(td)
        return env, td, aug

    def _rollout(self, instances, decode_type: str, num_starts: int, augment: int, temperature: float = 1.0,
                 lean: bool = True):
        """Run the network; per instance, the rewards (``b x aug * s``) and
        action sequences (``b x aug * s x T``), augmentation-major.

        ``decode_type`` is an rl4co decoding strategy; ``lean`` decodes
        RRNCO networks with :class:`~nco.neural.decode.LeanDecoder` (the same
        actions; sampling draws as rl4co does), otherwise with rl4co's loop.
        """
        env, td, aug = self.augmented(instances, augment)
        b, s = len(instances), max(1, num_starts)
        if lean and self._lean_ok():
            reward, actions = self._decode_lean(env, td, decode_type, s, temperature)
        else:
            reward, actions = self._decode_rl4co(env, td, decode_type, num_starts, temperature)
        # rows are ordered (start, augmentation, instance), as rl4co orders them
        reward = reward.reshape(s, aug, b).permute(2, 1, 0).reshape(b, aug * s)
        actions = actions.reshape(s, aug, b, -1).permute(2, 1, 0, 3).reshape(b, aug * s, -1)
        return reward.cpu().numpy(), actions.cpu().numpy()

    def _decode_lean(self, env, td, decode_type: str, s: int, temperature: float):
        """Rewards and actions of :class:`~nco.neural.decode.LeanDecoder`, rows in rl4co's order."""
        from nco.neural.decode import LeanDecoder, rewards  # lazy: torch
        from nco.neural.infer import start_nodes

        starts = start_nodes(td, self.problem, s) if decode_type.startswith("multistart") else None
        greedy = s if "greedy" in decode_type else 0
        net = self._sized(td)
        actions = LeanDecoder(net, td).decode(s, greedy=greedy, temperature=temperature, starts=starts)[0]
        reward = rewards(td, actions, self.problem)
        return reward.T.reshape(-1), actions.transpose(0, 1).reshape(-1, actions.shape[-1])

    def _sized(self, td):
        """The network as the lean decoder reads it for the batch ``td`` (:func:`nco.neural.sizing.adapt`)."""
        return sizing.adapt(self, td)

    def _decode_rl4co(self, env, td, decode_type: str, num_starts: int, temperature: float):
        """Rewards and actions of rl4co's decoding loop."""
        if self._torch_only():
            raise InputError("rl4co's decoding loop (lean=False) needs the rl4co network: "
                             "load the policy with lean=False")
        import torch

        kw = {"num_starts": num_starts} if decode_type.startswith("multistart") else {"num_samples": num_starts}
        with torch.inference_mode():
            out = self.net(td, env, phase="test", decode_type=decode_type, temperature=temperature,
                           return_actions=True, **kw)
        return out["reward"], out["actions"]

    def _starts(self, inst: Instance, num_starts: int | None) -> int:
        avail = inst.n_nodes if self.problem == "atsp" else inst.n_clients
        if num_starts is None:
            return min(avail, DEFAULT_MAX_STARTS)
        if int(num_starts) != num_starts or num_starts < 1:
            raise InputError(f"num_starts must be a positive integer, got {num_starts}")
        return int(num_starts)

    def _batches(self, instances, augment: int, starts) -> list[tuple[list[int], int]]:
        """Indices of equal-size instances decoded together, with their start count."""
        batches = []
        for n, idx in _group(instances).items():
            s = starts(instances[idx[0]])
            step = self._chunk(n, int(augment), s)
            batches += [(idx[i:i + step], s) for i in range(0, len(idx), step)]
        return batches

    def solve(self, instances, num_starts: int | None = None, augment: int = 8, progress: bool = False,
              method: str = "neural", lean: bool = True) -> list[Solution]:
        """Best of multi-start greedy decoding over coordinate augmentations.

        Parameters
        ----------
        instances
            One :class:`nco.Instance` or a sequence (any sizes; equal sizes are batched).
        num_starts
            POMO start nodes per instance (default: every node, at most 100).
        augment
            Coordinate augmentations: 8 is the dihedral group of the square,
            2..7 random rotations and reflections; 1 for none.
            Instances without coordinates are not augmented.
        progress
            Show a progress bar over batches.
        method
            The method name recorded in the solutions.
        lean
            Decode with :mod:`nco.neural.decode` (default; the same actions
            as rl4co's decoding loop, several times faster); ``False``:
            rl4co's loop.

        Returns
        -------
        list[Solution]
            One per instance, in order; cost and feasibility from the checker
            (a decode that breaks a constraint the decoder does not model, such
            as a fleet limit, comes back with ``feasible=False``).
        """
        if int(augment) != augment or not 1 <= augment <= 8:
            raise InputError(f"augment must be an integer from 1 to 8, got {augment}")
        instances = self._check(instances)
        out: list[Solution | None] = [None] * len(instances)
        batches = self._batches(instances, augment, lambda inst: self._starts(inst, num_starts))
        for idx, s in tqdm(batches, desc=f"neural {self.problem}", disable=not progress, unit="batch"):
            group = [instances[k] for k in idx]
            t0 = time.perf_counter()
            reward, actions = self._rollout(group, "multistart_greedy", s, int(augment), lean=lean)
            per = (time.perf_counter() - t0) / len(group)
            for j, k in enumerate(idx):
                best = int(np.argmax(reward[j]))
                routes = actions_to_routes(actions[j, best], self.problem)
                out[k] = Solution.from_routes(instances[k], routes, method=method, runtime_s=per)
        return out  # type: ignore[return-value]

    def sample(self, instances, num_samples: int = 16, temperature: float = 0.3, greedy_first: bool = True,
               seed: int | None = 0, multistart_greedy: bool = False, lean: bool = True,
               exact_draws: bool = False) -> list[list[list[list[int]]]]:
        """Several solutions per instance, for seeding a search.

        ``num_samples`` solutions are ``num_samples`` decoded trajectories:
        with ``greedy_first`` one greedy and ``num_samples - 1`` sampled ones,
        decoded together after one encoder pass; the network chooses every
        node, the first one included.

        Parameters
        ----------
        instances
            One :class:`nco.Instance` or a sequence.
        num_samples
            Solutions per instance (``K``).
        temperature
            Softmax temperature of the sampled ones.
        greedy_first
            Make the first solution a greedy one.
        seed
            Torch seed for the sampling (``None``: do not reseed).
        multistart_greedy
            Make the first solution the best of multi-start greedy decoding
            (every node a start, at most 100; no augmentation) instead of one
            greedy trajectory: better, and as many times slower as there are
            starts.  The sampled ones then start from POMO starts, as rl4co's
            ``multistart_sampling``.
        lean
            Decode with :mod:`nco.neural.decode` (default); ``False``: rl4co's
            loop (then ``multistart_greedy`` is implied, as this method always
            did before).
        exact_draws
            Lean sampling with ``torch.multinomial`` in rl4co's order: the
            solutions of rl4co's greedy decoding followed by its sampling
            (``num_samples - 1`` samples) for the same seed, slower; by
            default one uniform number per trajectory and step, from the same
            distribution.

        Returns
        -------
        list
            Per instance, ``K`` solutions, each a list of routes of client ids
            ``1..n``.  Solutions are checked: infeasible ones are dropped and
            replaced by feasible duplicates when possible, never returned as
            feasible silently.
        """
        import torch

        if int(num_samples) != num_samples or num_samples < 1:
            raise InputError(f"num_samples must be a positive integer, got {num_samples}")
        if not temperature > 0:
            raise InputError(f"temperature must be positive, got {temperature}")
        instances = self._check(instances)
        if seed is not None:
            torch.manual_seed(int(seed))
        if lean and self._lean_ok() and not multistart_greedy:
            pools = self._sample_lean(instances, int(num_samples), float(temperature), greedy_first, exact_draws)
        else:
            pools = self._sample_multistart(instances, int(num_samples), float(temperature), greedy_first, lean)
        return [_feasible_first(inst, pool) for inst, pool in zip(instances, pools)]

    def _sample_lean(self, instances, k: int, temperature: float, greedy_first: bool,
                     exact_draws: bool) -> list[list]:
        """``k`` trajectories per instance in one lean decode per batch of equal sizes."""
        from nco.neural.decode import LeanDecoder

        pools: list[list] = [[] for _ in instances]
        for idx, _ in self._batches(instances, 1, lambda inst: k):
            _, td, _ = self.augmented([instances[i] for i in idx], 1)
            actions = LeanDecoder(self._sized(td), td).decode(k, greedy=1 if greedy_first else 0,
                                                              temperature=temperature,
                                                              exact_draws=exact_draws)[0].cpu().numpy()
            for j, i in enumerate(idx):
                pools[i] = [actions_to_routes(a, self.problem) for a in actions[j]]
        return pools

    def _sample_multistart(self, instances, k: int, temperature: float, greedy_first: bool,
                           lean: bool) -> list[list]:
        """Best of multi-start greedy first, then ``k - 1`` multi-start samples."""
        k_sampled = k - (1 if greedy_first else 0)
        greedy = self.solve(instances, augment=1, lean=lean) if greedy_first else [None] * len(instances)
        pools = []
        for g, inst in zip(greedy, instances):
            pool = [] if g is None else [g.routes]
            if k_sampled > 0:
                _, actions = self._rollout([inst], "multistart_sampling", k_sampled, 1, temperature=temperature,
                                           lean=lean)
                pool += [actions_to_routes(a, self.problem) for a in actions[0]]
            pools.append(pool)
        return pools

    def describe(self) -> str:
        """One paragraph on what the checkpoint is and how it was trained."""
        m = self.meta
        parts = [repr(self)]
        if m:
            parts.append(f"trained {m.get('wall_time_min', '?')} min on {m.get('hardware', '?')} "
                         f"with `{m.get('command', '?')}`")
        return "; ".join(parts)


def _feasible_first(inst: Instance, pool: list) -> list:
    """``pool`` with infeasible solutions replaced by feasible ones (when there are any)."""
    feasible = [r for r in pool if Solution.from_routes(inst, r).feasible]
    if feasible and len(feasible) < len(pool):
        return feasible + [feasible[i % len(feasible)] for i in range(len(pool) - len(feasible))]
    return pool
