"""Lean full-speed training: ``nco train experiment=acvrp_gpu [key=value ...]``.

A plain PyTorch REINFORCE loop with POMO's shared multi-start baseline (as
rl4co's ``POMO`` module trains) around the project's own policy
(:class:`~nco.neural.model.RRNCOPolicy`) and environments (:mod:`nco.envs`),
without Lightning:

- instances are drawn **on the device** (:class:`nco.data.samplers.DeviceSampler`):
  the city matrices go there once, each step gathers sub-matrices by random
  node indices and draws demands and time windows with torch;
- bf16 autocast on CUDA, fp32 on CPU; ``torch.compile`` of the decoder as an
  option (``fast.compile=true``, off by default);
- the largest batch given (``fast.batch_size`` at ``fast.ref_size`` nodes,
  scaled down for larger instances), shrunk on out-of-memory;
- mixed instance sizes per step (``fast.sizes=[50,100,200,500]`` or
  ``fast.size_range=[50,200]``); the network's features do not depend on N;
- a hard wall-clock stop (``fast.max_minutes``), atomic checkpoints every
  ``checkpoint_every_min`` minutes and at the end, a resume point
  (``last.ckpt``) also written on Ctrl-C, and a JSON-lines log (instances and
  steps per second, loss, reward, GPU utilisation and memory on CUDA).

The exported policy is a package checkpoint like the shipped ones (read by
:func:`nco.load_policy`, ``torch.load(weights_only=True)``); its JSON records
the lineage: every run since the first, with instances, GPU minutes, device,
date and configuration, and the totals.  ``nco train promote`` replaces a
shipped checkpoint only when the candidate is better on the unseen-city test
sets (:func:`promote`).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import random
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from nco import fsio
from nco.benchrun import paired_difference
from nco.data.cities import city_folder_name, city_matrices, load_split
from nco.data.samplers import DeviceSampler
from nco.envs.registry import make_env as make_city_env
from nco.errors import InputError
from nco.neural.evaluate import load_unseen, run_method, summarise
from nco.neural.policy import (
    CHECKPOINT_DIR,
    CHECKPOINT_FORMAT,
    CHECKPOINT_VERSION,
    PROBLEMS,
    checkpoint_path,
    load_checkpoint,
    load_policy,
    read_recipe,
    torch_load,
)

RESUME_FORMAT = "nco.neural.fasttrain"
RESUME_VERSION = 1


# -- setup ------------------------------------------------------------------------


def resolve_device(name: str):
    """The torch device of ``fast.device`` (``auto``: CUDA when available)."""
    import torch

    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if str(name).startswith("cuda") and not torch.cuda.is_available():
        raise InputError(f"fast.device={name}: no CUDA device is available")
    try:
        return torch.device(name)
    except RuntimeError:
        raise InputError(f"fast.device must be auto, cpu or cuda[:k], got {name!r}") from None


def autocast_dtype(precision: str, device):
    """``torch.bfloat16`` for bf16 autocast, ``None`` for fp32 (``auto``: bf16 on CUDA only)."""
    import torch

    if precision not in ("auto", "bf16", "fp32"):
        raise InputError(f"fast.precision must be auto, bf16 or fp32, got {precision!r}")
    if precision == "fp32" or (precision == "auto" and device.type != "cuda"):
        return None
    return torch.bfloat16


def device_name(device) -> str:
    """A short description of the device training runs on."""
    import platform

    import torch

    if device.type == "cuda":
        return torch.cuda.get_device_name(device)
    return f"{os.cpu_count()} CPU cores ({platform.processor() or platform.machine()}), " \
           f"torch threads {torch.get_num_threads()}"


#: Numeric options of ``fast``: name -> (type, lowest, highest).
FAST_OPTIONS = {"batch_size": (int, 1, 1 << 20), "ref_size": (int, 2, 100_000), "min_batch": (int, 1, 1 << 20),
                "max_starts": (int, 2, 100_000), "max_minutes": (float, 0.0, 1e6), "grad_clip": (float, 0.0, 1e6),
                "warmup_steps": (int, 0, 1 << 30), "check_every": (int, 1, 1 << 20),
                "log_every_s": (float, 0.0, 1e6), "oom_factor": (float, 0.01, 0.99), "ema_decay": (float, 0.0, 0.9999)}


def check_fast_options(fast) -> None:
    """Refuse a ``fast`` option of the wrong type or out of range (one line)."""
    for key, (kind, lo, hi) in FAST_OPTIONS.items():
        value = fast.get(key, 0.0 if key == "ema_decay" else None)
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        ok = ok and (kind is float or float(value).is_integer()) and lo <= value <= hi
        if not ok:
            raise InputError(f"fast.{key} must be {'an integer' if kind is int else 'a number'} "
                             f"from {lo} to {hi}, got {value!r}")
    for key in ("max_steps", "num_starts"):
        value = fast.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
            raise InputError(f"fast.{key} must be null or a positive integer, got {value!r}")


def training_sizes(fast, num_loc: int) -> list[int]:
    """The instance sizes a step draws from: ``fast.size_range`` (every size
    in it), ``fast.sizes``, or the environment's ``num_loc``."""
    if fast.get("size_range"):
        lo, hi = (int(x) for x in fast.size_range)
        if not 2 <= lo <= hi:
            raise InputError(f"fast.size_range must be [lo, hi] with 2 <= lo <= hi, got {list(fast.size_range)}")
        return list(range(lo, hi + 1))
    sizes = [int(x) for x in (fast.get("sizes") or [num_loc])]
    if min(sizes) < 2:
        raise InputError(f"fast.sizes must be integers of at least 2, got {sizes}")
    return sizes


def num_starts(fast, problem: str, n: int) -> int:
    """POMO starts for instances of size ``n`` (every node or client, at most ``fast.max_starts``)."""
    starts = int(fast.num_starts) if fast.get("num_starts") else n
    return max(2, min(starts, n, int(fast.max_starts)))


def batch_for(fast, problem: str, n: int, factor: float) -> int:
    """Instances per step at size ``n``: ``fast.batch_size`` at ``fast.ref_size``,
    scaled by ``(ref / n)^2 x starts(ref) / starts(n)`` (the decoder's memory
    grows with steps x starts x nodes) and by the out-of-memory ``factor``."""
    ref = int(fast.ref_size)
    scale = (ref / n) ** 2 * num_starts(fast, problem, ref) / num_starts(fast, problem, n)
    return max(int(fast.min_batch), int(int(fast.batch_size) * factor * scale))


# -- the rollout ------------------------------------------------------------------


def make_env(problem: str, n: int, cities, device):
    """The project's environment for ``problem`` at size ``n`` (no per-episode validity check)."""
    return make_city_env(problem, num_loc=n, cities=cities, check_solution=False, device=device)


def decoder_view(td):
    """The state the decoder reads, without the capacity keys: demands and loads
    in the environment are already fractions, and without them the decoder
    does not compare them with the capacity on the host every step."""
    return td.exclude("vehicle_capacity", "capacity")


def rollout(policy, decoder, env, td, starts: int, greedy: bool = False, check_every: int = 8):
    """Multi-start decoding of a reset batch.

    Parameters
    ----------
    policy
        An :class:`~nco.neural.model.RRNCOPolicy` (its encoder runs here).
    decoder
        ``policy.decoder`` or a compiled version of it.
    env, td
        The environment and a reset TensorDict of ``B`` instances.
    starts
        POMO starts ``S`` (every start node a different node or client).
    greedy
        Greedy instead of sampled actions.
    check_every
        Look at the host for finished episodes every this many steps.

    Returns
    -------
    reward, log_likelihood
        Both ``(S, B)``: minus the cost of each rollout and the summed log
        probability of its sampled actions (the start is given).
    """
    import torch
    from rl4co.utils.ops import batchify

    b = td.batch_size[0]
    hidden, _ = policy.encoder(td)
    td, env, hidden = policy.decoder.pre_decoder_hook(td, env, hidden, starts)
    action = env.select_start_nodes(td, starts)
    td = batchify(td, starts)
    td.set("action", action)
    td = env.step(td)["next"]
    actions, logp = [action], torch.zeros(td.batch_size[0], device=td.device)
    n = td["action_mask"].shape[-1]
    atsp = env.name == "atsp"
    for t in range(n - 1 if atsp else 2 * n + 2):
        if not atsp and t % check_every == 0 and bool(td["done"].all()):
            break
        logits, mask = decoder(decoder_view(td) if not atsp else td, hidden, starts)
        lp = torch.log_softmax(logits.float().masked_fill(~mask, float("-inf")), dim=-1)
        if greedy:
            action = lp.argmax(-1)
        else:
            u = torch.rand_like(lp).clamp_(1e-9, 1 - 1e-9)
            action = (lp - torch.log(-torch.log(u))).argmax(-1)
        logp = logp + lp.gather(-1, action[:, None])[:, 0]
        td.set("action", action)
        td = env.step(td)["next"]
        actions.append(action)
    if not atsp and not bool(td["done"].all()):
        raise RuntimeError(f"decoding did not finish within {2 * n + 2} steps")
    reward = env.get_reward(td, torch.stack(actions, dim=1))
    return reward.view(starts, b), logp.view(starts, b)


def pomo_loss(reward, logp):
    """REINFORCE with the shared multi-start baseline (POMO): the advantage of a
    rollout is its reward minus the mean over the instance's starts."""
    advantage = reward - reward.mean(0, keepdim=True)
    return -(advantage.detach() * logp).mean()


# -- state, lineage and files -----------------------------------------------------


@dataclass
class RunState:
    """Counters of one training run (kept in the resume point)."""

    steps: int = 0
    instances: int = 0
    wall_s: float = 0.0
    factor: float = 1.0
    started: str = ""
    curve: list = field(default_factory=list)


def legacy_lineage(recipe: dict, steps: int | None = None) -> dict:
    """The lineage of a checkpoint exported by the Lightning path (no
    ``lineage`` key): one run whose instances are its ``steps`` up to the
    exported weights times the batch size (without ``steps``: the epochs up to
    the exported one times the epoch size), its GPU minutes its wall time
    when it ran on a GPU."""
    cfg = recipe.get("config") or {}
    train = cfg.get("train") or {}
    instances = (int(recipe.get("epoch", -1)) + 1) * int(train.get("train_data_size", 0) or 0)
    if steps is not None:
        instances = int(steps) * int(train.get("batch_size", 0) or 0)
    hw = str(recipe.get("hardware", ""))
    minutes = float(recipe.get("wall_time_min", 0.0) or 0.0)
    gpu = minutes if ("GPU" in hw or "NVIDIA" in hw or "cuda" in hw.lower()) else 0.0
    run = {"engine": "lightning", "command": recipe.get("command"), "device": hw, "date": None,
           "instances": max(0, instances), "steps": steps, "wall_minutes": minutes,
           "gpu_minutes": gpu}
    return {"runs": [run] if recipe else []}


def previous_lineage(init_from) -> dict:
    """The lineage of the checkpoint a run starts from (``{"runs": []}`` for none)."""
    if not init_from:
        return {"runs": []}

    path = checkpoint_path(init_from)
    recipe = read_recipe(path.with_suffix(".json"))
    lineage = recipe.get("lineage")
    if isinstance(lineage, dict) and isinstance(lineage.get("runs"), list):
        return {"runs": list(lineage["runs"])}
    return legacy_lineage(recipe, _exported_step(path.with_name(f"{path.stem}_metrics.csv"), recipe))


def _exported_step(metrics, recipe: dict) -> int | None:
    """The training step at which a Lightning run exported its weights: the
    step of the validation row of its CSV log with the recipe's reward."""
    import csv
    import io

    if not metrics.exists() or "val_reward" not in recipe:
        return None
    try:
        text = fsio.read_bytes(metrics, "metrics log", 16 << 20).decode("utf-8")
        for row in csv.DictReader(io.StringIO(text)):
            if row.get("val/reward") and abs(float(row["val/reward"]) - float(recipe["val_reward"])) < 1e-4:
                return int(row["step"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None
    return None


def lineage_with(previous: dict, run: dict) -> dict:
    """``previous`` runs plus ``run``, with the totals."""
    runs = list(previous["runs"]) + [run]
    return {"instances_total": int(sum(int(r.get("instances") or 0) for r in runs)),
            "gpu_minutes_total": round(sum(float(r.get("gpu_minutes") or 0.0) for r in runs), 3),
            "runs": runs}


def weight_average(policy, decay: float):
    """An exponential moving average of ``policy``'s weights (torch's
    ``AveragedModel``), or ``None`` for ``decay`` 0.  Fine-tuning trained
    weights on small batches at a fixed learning rate wanders around a
    minimum; the average of the last ``1 / (1 - decay)`` steps sits nearer
    its centre, and is what a checkpoint exports."""
    if not decay:
        return None
    from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn

    return AveragedModel(policy, multi_avg_fn=get_ema_multi_avg_fn(decay), use_buffers=True)


def save_policy(policy, path: Path, recipe: dict) -> Path:
    """Write the package checkpoint and its recipe JSON, each atomically."""
    import torch


    cfg = policy.config
    blob = {"format": CHECKPOINT_FORMAT, "version": CHECKPOINT_VERSION, "problem": cfg.problem,
            "config": cfg.to_dict(),
            "state_dict": {k: v.detach().float().cpu().clone() for k, v in policy.state_dict().items()}}
    path.parent.mkdir(parents=True, exist_ok=True)
    with fsio.atomic_path(path) as tmp:
        torch.save(blob, tmp)
    fsio.write_text(path.with_suffix(".json"), json.dumps(recipe, indent=2, default=str) + "\n")
    return path


def save_resume(path: Path, policy, optimizer, state: RunState, previous: dict, average=None) -> None:
    """The resume point: weights, optimizer, counters, the previous lineage
    and the weight average if there is one (plain tensors and numbers,
    readable with ``weights_only=True``)."""
    import torch

    blob = {"format": RESUME_FORMAT, "version": RESUME_VERSION,
            "state_dict": {k: v.detach().cpu() for k, v in policy.state_dict().items()},
            "optimizer": optimizer.state_dict(), "state": json.dumps(state.__dict__),
            "previous": json.dumps(previous)}
    if average is not None:
        blob["average"] = {k: v.detach().cpu() for k, v in average.state_dict().items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    with fsio.atomic_path(path) as tmp:
        torch.save(blob, tmp)


def load_resume(path: Path) -> dict:
    """Read a resume point written by :func:`save_resume`."""

    blob = torch_load(path, "resume point")
    if not isinstance(blob, dict) or blob.get("format") != RESUME_FORMAT or blob.get("version") != RESUME_VERSION:
        raise InputError(f"not a resume point of this trainer (format {RESUME_FORMAT!r})", path=str(path))
    try:
        blob["state"] = RunState(**json.loads(blob["state"]))
        blob["previous"] = json.loads(blob["previous"])
    except (KeyError, TypeError, ValueError):
        raise InputError("resume point: bad counters", path=str(path)) from None
    return blob


def gpu_stats(device, smi: bool = False) -> dict:
    """Memory (GB, peak since the last call) and utilisation (%) of a CUDA
    device; with ``smi`` also a line of ``nvidia-smi`` (absent is fine)."""
    import torch

    if device.type != "cuda":
        return {}
    out = {"gpu_mem_gb": round(torch.cuda.max_memory_allocated(device) / 2**30, 2),
           "gpu_reserved_gb": round(torch.cuda.memory_reserved(device) / 2**30, 2)}
    torch.cuda.reset_peak_memory_stats(device)
    with contextlib.suppress(Exception):
        out["gpu_util_pct"] = int(torch.cuda.utilization(device))
    if smi:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            q = "utilization.gpu,memory.used,memory.total,power.draw"
            r = subprocess.run(["nvidia-smi", f"--query-gpu={q}", "--format=csv,noheader,nounits"],
                               capture_output=True, text=True, timeout=10, check=False)
            if r.returncode == 0:
                out["nvidia_smi"] = r.stdout.strip().splitlines()[0] if r.stdout.strip() else ""
    return out


# -- the trainer --------------------------------------------------------------------


class FastTrainer:
    """One training run of ``cfg`` (see the module docstring and ``configs/train.yaml``)."""

    def __init__(self, cfg, command: str = ""):
        import hydra
        import torch
        from omegaconf import OmegaConf

        from nco.envs.generator import resolve_cities

        self.cfg, self.fast, self.command = cfg, cfg.fast, command
        check_fast_options(self.fast)
        self.problem = cfg.env.problem
        self.device = resolve_device(str(self.fast.device))
        self.amp = autocast_dtype(str(self.fast.precision), self.device)
        torch.set_num_threads(int(cfg.threads))
        torch.manual_seed(int(cfg.seed))
        out = Path(cfg.output_dir)
        self.export_to = Path(cfg.export_to) if cfg.get("export_to") else out / "policy.pt"
        self.log_file = Path(self.fast.log_file) if self.fast.get("log_file") else out / "log.jsonl"
        self.resume_file = Path(self.fast.resume_file) if self.fast.get("resume_file") else out / "last.ckpt"
        self.sizes = training_sizes(self.fast, int(cfg.env.num_loc))
        self.cities = [c.reachable() for c in resolve_cities(cfg.env.get("cities"), cfg.env.get("folder"))]
        self.sampler = DeviceSampler(self.cities, self.problem, self.device, mode=cfg.env.loc_distribution,
                                     seed=int(cfg.seed))
        if max(self.sizes) + (self.problem != "atsp") > self.sampler.smallest:
            raise InputError(f"instances of {max(self.sizes)} nodes need more points than the smallest "
                             f"city has ({self.sampler.smallest})")
        self.policy = hydra.utils.instantiate(cfg.model.policy).to(self.device)  # our own configs
        self.optimizer = torch.optim.Adam(self.policy.parameters(), lr=float(cfg.train.lr),
                                          weight_decay=float(cfg.train.weight_decay))
        self.state, self.previous = RunState(started=_now()), previous_lineage(cfg.get("init_from"))
        self.average = weight_average(self.policy, float(self.fast.get("ema_decay", 0.0)))
        self._init_weights()
        self.decoder = self._decoder()
        self.envs: dict[int, object] = {}
        self.config = OmegaConf.to_container(cfg)
        self.rng = random.Random(int(cfg.seed))

    def _init_weights(self) -> None:

        if self.cfg.get("resume"):
            path = self.resume_file if self.cfg.resume == "last" else Path(self.cfg.resume)
            if not path.exists():
                raise InputError(f"cannot resume: no resume point {path}")
            blob = load_resume(path)
            self.policy.load_state_dict(blob["state_dict"])
            self.optimizer.load_state_dict(blob["optimizer"])
            self.state, self.previous = blob["state"], blob["previous"]
            if self.average is not None:
                self.average.load_state_dict(blob.get("average") or self.average.state_dict())
        elif self.cfg.get("init_from"):
            blob = load_checkpoint(self.cfg.init_from, problem=self.problem)
            try:
                self.policy.load_state_dict(blob["state_dict"])
            except RuntimeError as exc:
                raise InputError(f"init_from={self.cfg.init_from}: the weights do not fit model.policy "
                                 f"({str(exc).splitlines()[0][:160]})") from None
            if self.average is not None:  # the average starts at the weights the run continues from
                self.average.module.load_state_dict(self.policy.state_dict())

    def _decoder(self):
        import torch

        if not self.fast.get("compile"):
            return self.policy.decoder
        return torch.compile(self.policy.decoder, dynamic=True)

    def env(self, n: int):
        if n not in self.envs:
            self.envs[n] = make_env(self.problem, n, self.cities, self.device)
        return self.envs[n]

    # -- one step ---------------------------------------------------------------
    def step(self, n: int, batch: int) -> dict:
        """One gradient step on ``batch`` fresh instances of size ``n``."""
        import torch

        env, starts = self.env(n), num_starts(self.fast, self.problem, n)
        td = env.reset(self.sampler.draw(n, batch))
        with torch.autocast(self.device.type, dtype=self.amp or torch.float32, enabled=self.amp is not None):
            reward, logp = rollout(self.policy, self.decoder, env, td, starts,
                                   check_every=int(self.fast.check_every))
        loss = pomo_loss(reward, logp)
        self.update(loss)
        return {"loss": loss.detach(), "reward": reward.mean().detach(), "best": reward.amax(0).mean().detach()}

    def update(self, loss) -> None:
        """One optimiser step on ``loss``: the learning rate warmed up over
        ``fast.warmup_steps`` (a fresh Adam on trained weights), gradients
        clipped to ``fast.grad_clip``, then the weight average moved."""
        import torch

        warm = max(1, int(self.fast.warmup_steps))
        for group in self.optimizer.param_groups:
            group["lr"] = float(self.cfg.train.lr) * min(1.0, (self.state.steps + 1) / warm)
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.policy.parameters(), float(self.fast.grad_clip))
        self.optimizer.step()
        if self.average is not None:
            self.average.update_parameters(self.policy)

    def exported(self):
        """The weights a checkpoint exports: the running average when
        ``fast.ema_decay`` is set, else the current weights."""
        return self.policy if self.average is None else self.average.module

    def safe_step(self, n: int) -> tuple[dict | None, int]:
        """:meth:`step` at the largest batch that fits: shrink it by ``fast.oom_factor`` on out-of-memory."""
        import torch

        while True:
            batch = batch_for(self.fast, self.problem, n, self.state.factor)
            try:
                return self.step(n, batch), batch
            except torch.OutOfMemoryError:
                pass  # handled below, once the failed step's tensors are released with the exception
            except Exception as exc:  # a decoder that does not compile runs eagerly
                if self.decoder is self.policy.decoder:
                    raise
                self.decoder = self.policy.decoder
                self.log({"event": "compile_failed", "error": f"{type(exc).__name__}: {str(exc)[:200]}"})
                continue
            self._out_of_memory(n, batch)

    def _out_of_memory(self, n: int, batch: int) -> None:
        """Shrink the batch after an out-of-memory error (or give up at ``fast.min_batch``)."""
        import torch

        self.optimizer.zero_grad(set_to_none=True)
        if batch <= int(self.fast.min_batch):
            raise InputError(f"out of memory even at batch {batch} (n = {n})")
        self.state.factor *= float(self.fast.oom_factor)
        if self.device.type == "cuda":
            torch.cuda.empty_cache()
        self.log({"event": "oom", "n": n, "batch": batch,
                  "next_batch": batch_for(self.fast, self.problem, n, self.state.factor)})

    # -- the loop -----------------------------------------------------------------
    def run(self) -> Path:
        """Train until ``fast.max_minutes`` or ``fast.max_steps``; always leave
        the exported policy and the resume point behind, Ctrl-C included."""
        self.policy.train()
        t0 = time.time() - self.state.wall_s
        self.t_start, self.last_ckpt = time.time(), time.time()
        self.window = (time.time(), self.state.steps, self.state.instances)
        self.log({"event": "start", "device": device_name(self.device), "sizes": self.sizes[:8],
                  "amp": str(self.amp), "params": sum(p.numel() for p in self.policy.parameters()),
                  **gpu_stats(self.device, smi=True)})
        try:
            with _sigterm_as_interrupt():
                self._loop(t0)
        except KeyboardInterrupt:
            self.checkpoint(t0, "interrupted")
            raise
        self.checkpoint(t0, "end")
        return self.export_to

    def _loop(self, t0: float) -> None:
        budget = 60.0 * float(self.fast.max_minutes)
        max_steps = self.fast.get("max_steps")
        step_s = 0.0
        while time.time() - self.t_start + step_s < budget and (max_steps is None or self.state.steps < int(max_steps)):
            ts = time.time()
            n = self.rng.choice(self.sizes)
            metrics, batch = self.safe_step(n)
            self.state.steps += 1
            self.state.instances += batch
            step_s = max(step_s * 0.5, time.time() - ts) if self.state.steps > 1 else 0.0
            if self._due_log():
                self._log_window(metrics, n, batch)
            if time.time() - self.last_ckpt >= 60.0 * float(self.cfg.checkpoint_every_min):
                self.checkpoint(t0, "periodic")

    def _due_log(self) -> bool:
        every = float(self.fast.log_every_s)
        return self.state.steps <= 3 or time.time() - self.window[0] >= every

    def _log_window(self, metrics: dict, n: int, batch: int) -> None:
        now, (t_prev, s_prev, i_prev) = time.time(), self.window
        dt = max(now - t_prev, 1e-9)
        row = {"event": "train", "step": self.state.steps, "instances": self.state.instances,
               "elapsed_s": round(now - self.t_start, 2), "n": n, "batch": batch,
               "steps_per_s": round((self.state.steps - s_prev) / dt, 4),
               "instances_per_s": round((self.state.instances - i_prev) / dt, 2),
               **{k: round(float(v), 5) for k, v in metrics.items()}, **gpu_stats(self.device)}
        self.state.curve.append([row["step"], row["instances"], round(-row["reward"], 4)])
        self.state.curve = self.state.curve[-400:]
        self.window = (now, self.state.steps, self.state.instances)
        self.log(row)

    def log(self, row: dict) -> None:
        """Append one JSON line to the log (and echo it on stdout)."""
        row = {"problem": self.problem, "time": _now(), **row}
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_file, "a") as fh:
            fh.write(json.dumps(row) + "\n")
        if self.fast.get("echo", True):
            print(json.dumps(row), flush=True)

    def checkpoint(self, t0: float, why: str) -> None:
        """Export the policy with its lineage and write the resume point."""
        self.state.wall_s = time.time() - t0
        save_policy(self.exported(), self.export_to, self.recipe())
        save_resume(self.resume_file, self.policy, self.optimizer, self.state, self.previous, self.average)
        self.last_ckpt = time.time()
        self.log({"event": "checkpoint", "why": why, "step": self.state.steps, "instances": self.state.instances,
                  "path": self.export_to.name, **gpu_stats(self.device, smi=True)})

    def recipe(self) -> dict:
        """The JSON beside the exported policy: recipe, this run and the lineage."""
        minutes = round(self.state.wall_s / 60.0, 3)
        run = {"engine": "fast", "command": self.command, "device": device_name(self.device),
               "date": self.state.started, "init_from": self.cfg.get("init_from"),
               "cities": [c.name for c in self.cities], "instances": self.state.instances,
               "steps": self.state.steps, "wall_minutes": minutes,
               "gpu_minutes": minutes if self.device.type == "cuda" else 0.0, "config": self.config}
        return {"problem": self.problem, "command": self.command, "config": self.config,
                "hardware": device_name(self.device), "num_parameters": self.policy.num_parameters(),
                "wall_time_min": minutes, "steps": self.state.steps, "instances": self.state.instances,
                "train_curve": {"columns": ["step", "instances", "mean_cost"], "points": self.state.curve},
                "lineage": lineage_with(self.previous, run)}


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@contextlib.contextmanager
def _sigterm_as_interrupt():
    """Treat SIGTERM (``timeout``, a scheduler) like Ctrl-C, so the resume point is written."""
    def handler(signum, frame):
        raise KeyboardInterrupt

    try:
        old = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def train_fast(cfg, command: str = "") -> Path:
    """Train as ``cfg`` says with :class:`FastTrainer`; return the exported policy's path."""
    trainer = FastTrainer(cfg, command)
    return trainer.run()


# -- a compact copy of the training cities for a machine that cannot build them ----------


def pack_cities(out, names=None, points: int = 700, dtype: str = "float16", seed: int = 0) -> list[Path]:
    """Write a random subset of each training city's points in the RRNCO layout
    (``{City}/{City}_data.npz``), with matrices stored as ``dtype``.

    For a machine that cannot build cities from OpenStreetMap: train there
    with ``env.folder=<out>``.  float16 keeps distances to 0.05 %.

    Parameters
    ----------
    out
        Folder to write.
    names
        Cities (default: the training cities of the bundled split).
    points
        Points kept per city (all of them when the city has fewer).
    dtype
        ``float16`` or ``float32``.
    seed
        Seed of the subset.
    """


    if dtype not in ("float16", "float32"):
        raise InputError(f"dtype must be float16 or float32, got {dtype!r}")
    rng = np.random.default_rng(seed)
    written = []
    for name in names or load_split()["train"]:
        city = city_matrices(name).reachable()
        keep = np.sort(rng.permutation(city.n_points)[: min(int(points), city.n_points)])
        folder = Path(out) / city_folder_name(name)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{folder.name}_data.npz"
        with fsio.atomic_path(path) as tmp:
            np.savez_compressed(tmp, distance=city.distance[np.ix_(keep, keep)].astype(dtype),
                                duration=city.duration[np.ix_(keep, keep)].astype(dtype),
                                points=city.points[keep])
        written.append(path)
    return written


# -- promotion ------------------------------------------------------------------------


def promote(candidate, problem: str, sizes=(50, 100), limit: int = 128, augment: int = 8,
            checkpoint_dir=None, progress: bool = False) -> dict:
    """Replace a shipped checkpoint by ``candidate`` only when it is better.

    The candidate is stored as the shipped checkpoints are, in half
    precision, and that copy is what is evaluated and installed.  Both are evaluated (multi-start greedy x ``augment``, every solution
    checked) on the first ``limit`` instances of the unseen-city test sets
    of each size ``N`` in ``sizes`` (every shipped set of that size, joined:
    :func:`nco.neural.evaluate.load_unseen`).  The candidate is promoted
    when (:func:`verdict`) all its solutions are feasible, its mean gap
    averaged over the sizes is lower than the shipped one's, and on no size
    is it significantly worse: the per-instance gap differences of a size
    (candidate minus shipped, the same instances) have a one-sided paired
    t statistic of at most :data:`WORSE_T` (5 %).

    Returns
    -------
    dict
        ``promoted`` (bool), ``table`` (one row per test set and checkpoint,
        the candidate's row with the paired difference ``diff_pct``, its
        standard error ``diff_se`` and ``t``) and ``reason``.
    """

    if problem not in PROBLEMS:
        raise InputError(f"problem must be one of {PROBLEMS}, got {problem!r}")
    cand = load_policy(candidate)
    if cand.problem != problem:
        raise InputError(f"candidate is a {cand.problem} policy, not {problem}")
    target = Path(checkpoint_dir or CHECKPOINT_DIR) / f"{problem}.pt"
    with tempfile.TemporaryDirectory() as tmp:
        half = half_precision(Path(candidate), Path(tmp) / target.name)
        recipe = Path(candidate).with_suffix(".json")
        if recipe.exists():  # the candidate decodes with its own recipe (size adaptation, training size)
            fsio.write_bytes(half.with_suffix(".json"), fsio.read_bytes(recipe, "candidate recipe"))
        table, why = _compare(target, half, problem, sizes, limit, augment, progress)
        if why:
            return {"promoted": False, "table": table, "reason": why}
        _install(half, Path(candidate).with_suffix(".json"), target, table)
    return {"promoted": True, "table": table, "reason": f"replaced {target.name}"}


def half_precision(src: Path, dst: Path) -> Path:
    """A copy of a policy checkpoint with its floating-point weights in float16."""
    import torch


    blob = load_checkpoint(src)
    blob["state_dict"] = {k: v.half() if v.is_floating_point() else v for k, v in blob["state_dict"].items()}
    blob = {k: blob[k] for k in ("format", "version", "problem", "config", "state_dict")}
    with fsio.atomic_path(dst) as tmp:
        torch.save(blob, tmp)
    return dst


#: One-sided 5 % point of the normal distribution: a candidate whose paired
#: gap difference on a size has a larger t statistic is significantly worse there.
WORSE_T = 1.645


def _compare(target: Path, candidate: Path, problem: str, sizes, limit: int, augment: int, progress: bool):
    """Rows of both checkpoints on each test set, and why the candidate is refused ("" if it is not)."""

    table, gaps = [], []
    for n in sizes:
        instances, ref = load_unseen(problem, int(n), limit=limit)
        if ref is None:
            raise InputError(f"the unseen-city test sets of {problem} at N = {int(n)} have no reference costs")
        pair = {}
        for name, ck in (("shipped", target), ("candidate", candidate)):
            sols, wall = run_method("neural", instances, checkpoint=str(ck), augment=augment, progress=progress)
            row = dict(summarise(name, sols, wall, ref), test_set=f"{problem}_n{int(n)}_unseen")
            table.append(row)
            pair[name] = (row, instance_gaps(sols, ref))
        gaps.append(pair)
    return table, verdict(gaps)


def instance_gaps(sols, ref) -> np.ndarray:
    """Gap (%) of each solution to its reference; ``nan`` where it is infeasible."""
    cost = np.array([s.cost if s.feasible else np.nan for s in sols], dtype=float)
    return 100.0 * (cost - ref) / ref


def verdict(sizes: list[dict]) -> str:
    """Why a candidate is refused, or "" to promote it (the rule of :func:`promote`).

    ``sizes`` holds one dict per test-set size, ``{"shipped": (row, gaps),
    "candidate": (row, gaps)}`` with per-instance gaps on the same instances;
    the candidate's row gets ``diff_pct``, ``diff_se`` and ``t``.
    """
    means, worse = [], []
    for pair in sizes:
        (_, s), (row, c) = pair["shipped"], pair["candidate"]
        if np.isnan(c).any():
            return f"the candidate has infeasible solutions on {row['test_set']}"
        mean, se = paired_difference(c, s)
        t = mean / se if se > 0 else (np.inf if mean > 0 else 0.0)
        row.update(diff_pct=round(mean, 3), diff_se=round(se, 3), t=round(float(t), 2))
        means.append((float(np.nanmean(s)), float(c.mean())))
        if t > WORSE_T:
            worse.append(f"{row['test_set']} (+{mean:.2f} points, t = {t:.2f})")
    if worse:
        return "the candidate is significantly worse on " + ", ".join(worse)
    shipped, cand = (float(np.mean(v)) for v in zip(*means))
    if not cand < shipped:
        return f"the candidate's gap averaged over the sizes is not lower ({cand:.3f} against {shipped:.3f} %)"
    return ""


def _install(checkpoint: Path, recipe_file: Path, target: Path, table: list) -> None:
    """Copy a checkpoint and its recipe over the shipped ones, atomically,
    recording the comparison in the recipe."""
    recipe = fsio.read_json_object(recipe_file, "candidate recipe", 16 << 20) if recipe_file.exists() else {}
    recipe["promotion"] = {"date": _now(), "stored": "float16", "table": table}
    fsio.write_bytes(target, fsio.read_bytes(checkpoint, "candidate checkpoint"))
    fsio.write_text(target.with_suffix(".json"), json.dumps(recipe, indent=2, default=str) + "\n")


def promote_main(argv: list[str]) -> int:
    """``nco train promote CANDIDATE.pt --problem acvrp [--sizes 50,100] [--limit 128]``."""
    import argparse

    p = argparse.ArgumentParser(prog="nco train promote", description=promote.__doc__.splitlines()[0])
    p.add_argument("candidate", help="the exported policy (.pt) to promote")
    p.add_argument("--problem", required=True, choices=("atsp", "acvrp", "acvrptw"))
    p.add_argument("--sizes", default="50,100", help="test-set sizes, comma separated (default 50,100)")
    p.add_argument("--limit", type=int, default=128,
                   help="first instances of each test set (default 128, all; 16 proved too few to rank close policies)")
    p.add_argument("--augment", type=int, default=8)
    p.add_argument("--checkpoint-dir", default=None, help="where the shipped checkpoints are (default: the package's)")
    args = p.parse_args(argv)
    try:
        sizes = tuple(int(s) for s in args.sizes.split(","))
    except ValueError:
        raise InputError(f"--sizes must be integers separated by commas, got {args.sizes!r}") from None
    if args.limit < 1:
        raise InputError(f"--limit must be a positive integer, got {args.limit}")
    res = promote(args.candidate, args.problem, sizes, args.limit, args.augment, args.checkpoint_dir)
    for r in res["table"]:
        paired = f"  paired {r['diff_pct']:+} +- {r['diff_se']} (t = {r['t']})" if "t" in r else ""
        print(f"{r['test_set']:>22}  {r['method']:>9}  gap {r['gap_pct']} %  feasible {r['feasible_pct']} %{paired}")
    print(("promoted: " if res["promoted"] else "not promoted: ") + res["reason"])
    return 0 if res["promoted"] else 1


def main(argv: list[str] | None = None) -> int:
    """``python -m nco.neural.fasttrain pack --out DIR [--points 700] [--dtype float16]``."""
    import argparse
    import sys

    p = argparse.ArgumentParser(prog="python -m nco.neural.fasttrain")
    sub = p.add_subparsers(dest="cmd", required=True)
    pk = sub.add_parser("pack", help="a compact copy of the training cities (see pack_cities)")
    pk.add_argument("--out", required=True)
    pk.add_argument("--points", type=int, default=700)
    pk.add_argument("--dtype", default="float16", choices=("float16", "float32"))
    args = p.parse_args(sys.argv[1:] if argv is None else argv)
    for path in pack_cities(args.out, points=args.points, dtype=args.dtype):
        print(f"{path} {path.stat().st_size / 2**20:.2f} MiB")
    return 0


if __name__ == "__main__":
    from nco.cli import guard

    raise SystemExit(guard(main))
