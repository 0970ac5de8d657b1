"""Train a policy with Hydra and Lightning: ``nco train experiment=acvrp_n50 [key=value ...]``.

The configuration lives in ``configs/`` (``train.yaml`` plus ``env/``,
``model/``, ``trainer/`` and ``experiment/`` groups; experiments only
override).  Training is rl4co's POMO module (REINFORCE with the shared
multi-start baseline) around the chosen policy, on fresh instances every
epoch, with CSV logs, periodic Lightning checkpoints, resume, and an export
of the best policy (by validation reward) as a package checkpoint with its
recipe JSON and learning-curve PNG.

Examples
--------
``nco train experiment=atsp_n50 trainer.max_time=00:00:20:00``
``nco train experiment=atsp_n100 trainer=gpu trainer.devices=4 trainer.strategy=ddp``
``nco train experiment=acvrp_n50 resume=last``
``nco train experiment=acvrp_gpu output_dir=runs/acvrp`` (``engine=fast``: :mod:`nco.neural.fasttrain`)
``nco train promote runs/acvrp/policy.pt --problem acvrp``
``nco train imitate --problem atsp --n 50 --seconds 600 --out runs/atsp.pt`` (imitation of GA solutions, :mod:`nco.neural.imitation`)
"""

from __future__ import annotations

import csv
import json
import logging
import os
import platform
import resource
import shlex
import signal
import sys
import threading
import time
import warnings
from datetime import timedelta
from pathlib import Path

from nco import resources
from nco.errors import InputError
from nco.neural.fasttrain import train_fast
from nco.neural.policy import CHECKPOINT_FORMAT, CHECKPOINT_VERSION, load_checkpoint

#: Where the Hydra configuration lives (the package ``nco.configs``).
CONFIG_DIR = resources.config_dir()


class _DropMessages(logging.Filter):
    """A logging filter that drops the records whose message starts with one of ``prefixes``."""

    def __init__(self, *prefixes: str):
        super().__init__()
        self.prefixes = prefixes

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(self.prefixes)


# Notices of every run that say nothing about it: rl4co warns that the
# environment draws its validation and test instances (it always does here),
# Lightning advertises its cloud logger (the loggers are passed explicitly).
logging.getLogger("rl4co.envs.common.base").addFilter(_DropMessages("val_file not set", "test_file not set"))
logging.getLogger("lightning.pytorch.utilities.rank_zero").addFilter(_DropMessages("💡 Tip"))


def compose(overrides: list[str] | None = None, config_dir: str | Path | None = None):
    """The training configuration with Hydra ``overrides`` applied.

    Parameters
    ----------
    overrides
        Hydra overrides such as ``["experiment=atsp_n50", "trainer.max_epochs=2"]``.
    config_dir
        Folder holding ``train.yaml``; defaults to :data:`CONFIG_DIR`.

    Returns
    -------
    omegaconf.DictConfig
    """
    from hydra import compose as hydra_compose
    from hydra import initialize_config_dir
    from hydra.core.global_hydra import GlobalHydra
    from hydra.errors import HydraException
    from omegaconf import OmegaConf

    config_dir = Path(config_dir or CONFIG_DIR).resolve()
    if not (config_dir / "train.yaml").exists():
        raise InputError(f"no train.yaml in the configuration folder {config_dir.name!r}")
    GlobalHydra.instance().clear()
    try:
        with initialize_config_dir(config_dir=str(config_dir), version_base=None):
            cfg = hydra_compose(config_name="train", overrides=list(overrides or []))
    except HydraException as exc:
        raise InputError(f"bad training configuration: {exc}") from None
    OmegaConf.resolve(cfg)
    return cfg


def build(cfg):
    """Instantiate the environment and the POMO Lightning module of ``cfg``.

    Returns
    -------
    (env, module)
    """
    import hydra

    env = hydra.utils.instantiate(cfg.env.env)
    policy = make_policy(cfg)
    if cfg.get("init_from"):
        state = load_checkpoint(cfg.init_from, problem=cfg.env.problem)
        policy.load_state_dict(state["state_dict"])
    t = cfg.train
    module = _module_class()(
        env,
        policy=policy,
        batch_size=t.batch_size,
        val_batch_size=t.val_batch_size,
        test_batch_size=t.val_batch_size,
        train_data_size=t.train_data_size,
        val_data_size=t.val_data_size,
        test_data_size=t.val_data_size,
        optimizer_kwargs={"lr": t.lr, "weight_decay": t.weight_decay},
        num_augment=t.num_augment,
        num_starts=t.num_starts,
    )
    return env, module


def make_policy(cfg):
    """The (untrained) policy network of ``cfg.model.policy``."""
    import hydra

    return hydra.utils.instantiate(cfg.model.policy)


def _module_class():
    """rl4co's POMO module, minus the environment and the policy in its saved
    hyper-parameters (they are modules: pickling the environment would put the
    city matrices into every Lightning checkpoint and stop ``weights_only``
    loading on resume)."""
    from rl4co.models import POMO

    class POMOModule(POMO):
        def __init__(self, env, policy, **kwargs):
            with warnings.catch_warnings():
                # rl4co's POMO saves its arguments without ignoring the two modules and
                # Lightning warns about each; they are removed just below
                warnings.filterwarnings("ignore", message=r"Attribute '(env|policy)' is an instance of `nn.Module`")
                super().__init__(env, policy=policy, **kwargs)
            for key in ("env", "policy"):
                self._hparams.pop(key, None)
                if hasattr(self, "_hparams_initial"):
                    self._hparams_initial.pop(key, None)

    return POMOModule


from nco.neural.embeddings import rl4co_vrptw_init_embedding  # noqa: E402,F401 (named by configs/model/pomo_tw.yaml)


class _ExportBest:
    """Lightning callback: after each validation, log the elapsed wall time and
    export the policy when the validation reward improved."""

    def __new__(cls, *args, **kwargs):
        import lightning.pytorch as pl

        class ExportBest(pl.Callback):
            def __init__(self, export_to: Path, recipe: dict, csv_dir: Path, problem: str):
                self.export_to = export_to
                self.recipe = recipe
                self.csv_dir = csv_dir
                self.problem = problem
                self.best = -float("inf")
                self.t0 = time.time()

            def on_validation_epoch_end(self, trainer, module):
                if trainer.sanity_checking:
                    return
                elapsed = (time.time() - self.t0) / 60.0 + self.recipe.get("resumed_minutes", 0.0)
                module.log("time/elapsed_min", elapsed, sync_dist=True)
                reward = trainer.callback_metrics.get("val/reward")
                if reward is None or trainer.global_rank != 0:
                    return
                reward = float(reward)
                if reward > self.best and hasattr(module.policy, "config"):
                    # only RRNCO policies become package checkpoints; baselines keep Lightning's best.ckpt
                    self.best = reward
                    recipe = dict(self.recipe, wall_time_min=round(elapsed, 2), epoch=int(trainer.current_epoch),
                                  val_reward=round(reward, 6))
                    export_policy(module.policy, self.export_to, recipe)

            def on_train_end(self, trainer, module):
                if trainer.global_rank == 0:
                    curve = plot_learning_curve(self.csv_dir, self.export_to.with_suffix(".png"), self.problem)
                    meta = self.export_to.with_suffix(".json")
                    if meta.exists() and curve is not None:
                        rec = json.loads(meta.read_text())
                        rec["learning_curve"] = curve
                        meta.write_text(json.dumps(rec, indent=2) + "\n")

        return ExportBest(*args, **kwargs)


def _save_on_interrupt(path: Path):
    """Lightning callback: on Ctrl-C or SIGTERM, save the resume point ``path``
    (``checkpoints/last.ckpt``, what ``resume=last`` reads)."""
    import lightning.pytorch as pl
    from lightning.pytorch.utilities.exceptions import SIGTERMException

    class SaveOnInterrupt(pl.Callback):
        def on_exception(self, trainer, module, exception):
            if isinstance(exception, (KeyboardInterrupt, SIGTERMException)):
                trainer.save_checkpoint(str(path))

    return SaveOnInterrupt()


def _fit(trainer, module, ckpt_path) -> None:
    """``trainer.fit``; Lightning ends an interrupted fit with ``sys.exit(1)``,
    which becomes ``KeyboardInterrupt`` again (``nco train`` exits with 130),
    and ignores Ctrl-C from then on, which is undone (a notebook stays interruptible)."""
    handler = signal.getsignal(signal.SIGINT)
    try:
        trainer.fit(module, ckpt_path=str(ckpt_path) if ckpt_path else None)
    except SystemExit:
        if trainer.interrupted:
            raise KeyboardInterrupt from None
        raise
    finally:
        if threading.current_thread() is threading.main_thread() and handler is not None:
            signal.signal(signal.SIGINT, handler)


def train(cfg, command: str | None = None) -> Path:
    """Train as ``cfg`` says; return the path of the exported policy."""
    import lightning.pytorch as pl
    import torch
    from lightning.pytorch.callbacks import ModelCheckpoint
    from lightning.pytorch.loggers import CSVLogger
    from omegaconf import OmegaConf
    from rl4co.utils.trainer import RL4COTrainer

    torch.set_num_threads(int(cfg.threads))
    pl.seed_everything(int(cfg.seed), workers=True, verbose=False)
    out = Path(cfg.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    export_to = Path(cfg.export_to) if cfg.get("export_to") else out / "policy.pt"
    # the run's configuration, to rebuild the policy of a Lightning checkpoint (``lightning:<output_dir>``)
    OmegaConf.save(cfg, out / "config.yaml")
    env, module = build(cfg)

    loggers = [CSVLogger(str(out), name="logs", version="")]
    try:
        from lightning.pytorch.loggers import TensorBoardLogger
        import tensorboard  # noqa: F401

        loggers.append(TensorBoardLogger(str(out), name="tb", version=""))
    except ImportError:
        pass
    ckpt_dir = out / "checkpoints"
    resume = cfg.get("resume")
    ckpt_path = None
    resumed_minutes = 0.0
    if resume:
        ckpt_path = ckpt_dir / "last.ckpt" if resume == "last" else Path(resume)
        if not ckpt_path.exists():
            raise InputError(f"cannot resume: no checkpoint {ckpt_path}")
        prev = export_to.with_suffix(".json")
        if prev.exists():
            resumed_minutes = float(json.loads(prev.read_text()).get("wall_time_min", 0.0))
    recipe = {
        "problem": cfg.env.problem,
        "command": command or "nco train " + " ".join(shlex.quote(a) for a in sys.argv[2:]),
        "config": OmegaConf.to_container(cfg),
        "hardware": hardware(cfg),
        "num_parameters": sum(p.numel() for p in module.policy.parameters()),
        "resumed_minutes": resumed_minutes,
    }
    callbacks = [
        ModelCheckpoint(dirpath=str(ckpt_dir), save_last=True, save_top_k=0,
                        train_time_interval=timedelta(minutes=float(cfg.checkpoint_every_min))),
        ModelCheckpoint(dirpath=str(ckpt_dir), filename="best", monitor="val/reward", mode="max", save_top_k=1),
        _ExportBest(export_to, recipe, out / "logs", cfg.env.problem),
        _save_on_interrupt(ckpt_dir / "last.ckpt"),
    ]
    tcfg = OmegaConf.to_container(cfg.trainer)
    trainer = RL4COTrainer(callbacks=callbacks, logger=loggers, default_root_dir=str(out), **tcfg)
    t0, cpu0 = time.time(), _cpu_seconds()
    _fit(trainer, module, ckpt_path)
    if trainer.global_rank == 0:
        stats = {"steps": int(trainer.global_step), "epochs": int(trainer.current_epoch),
                 "wall_s": round(time.time() - t0, 1), "cpu_s": round(_cpu_seconds() - cpu0, 1),
                 "num_parameters": recipe["num_parameters"]}
        (out / "train_stats.json").write_text(json.dumps(stats, indent=2) + "\n")
    return export_to


def _cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and its finished children."""

    return sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))


def hardware(cfg) -> str:
    """A short description of the machine training runs on."""
    import torch

    acc = cfg.trainer.get("accelerator", "cpu")
    if acc in ("gpu", "cuda") and torch.cuda.is_available():
        n = cfg.trainer.get("devices", 1)
        return f"{n} x {torch.cuda.get_device_name(0)}"
    cpus = os.cpu_count()
    return f"{cpus} CPU cores ({platform.processor() or platform.machine()}), torch threads {cfg.threads}"


def export_policy(policy, path: str | Path, recipe: dict) -> Path:
    """Save ``policy`` as a package checkpoint (loadable with ``weights_only=True``)
    and its recipe as JSON beside it."""
    import torch

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    cfg = getattr(policy, "config", None)
    if cfg is None:
        raise InputError("only RRNCO policies can be exported as package checkpoints")
    blob = {
        "format": CHECKPOINT_FORMAT,
        "version": CHECKPOINT_VERSION,
        "problem": cfg.problem,
        "config": cfg.to_dict(),
        "state_dict": {k: v.detach().cpu().clone() for k, v in policy.state_dict().items()},
    }
    tmp = path.with_suffix(".pt.tmp")
    torch.save(blob, tmp)
    os.replace(tmp, path)
    rec = {k: v for k, v in recipe.items() if k != "resumed_minutes"}
    path.with_suffix(".json").write_text(json.dumps(rec, indent=2, default=str) + "\n")
    return path


def plot_learning_curve(log_dir: str | Path, png: str | Path, title: str = "") -> dict | None:
    """Plot validation reward (and training reward) from a CSV log; returns the plotted points."""

    from matplotlib.figure import Figure

    f = Path(log_dir) / "metrics.csv"
    if not f.exists():
        return None
    rows = list(csv.DictReader(f.open()))
    val = [(float(r["time/elapsed_min"]), -float(r["val/reward"])) for r in rows
           if r.get("val/reward") and r.get("time/elapsed_min")]
    tr = [(int(r["step"]), -float(r["train/reward"])) for r in rows if r.get("train/reward")]
    if not val and not tr:
        return None
    fig = Figure(figsize=(10, 3.6))
    axes = fig.subplots(1, 2)
    if tr:
        axes[0].plot([s for s, _ in tr], [c for _, c in tr], lw=0.8)
    axes[0].set_xlabel("training step")
    axes[0].set_ylabel("mean tour cost (sampled starts)")
    axes[0].set_title("training")
    if val:
        axes[1].plot([t for t, _ in val], [c for _, c in val], marker="o", ms=3)
    axes[1].set_xlabel("wall time (min)")
    axes[1].set_ylabel("validation cost (best of POMO starts)")
    axes[1].set_title(f"{title} validation".strip())
    fig.tight_layout()
    fig.savefig(png, dpi=90)
    return {"val_minutes": [round(t, 2) for t, _ in val], "val_cost": [round(c, 5) for _, c in val]}


def main(argv: list[str] | None = None) -> int:
    """``nco train``: run training with the given Hydra overrides."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    cfg = compose(argv)
    command = "nco train " + " ".join(shlex.quote(a) for a in argv)
    if cfg.get("engine", "lightning") == "fast":
        path = train_fast(cfg, command=command)
        print(f"policy exported to {path}")
        return 0
    if cfg.get("engine", "lightning") != "lightning":
        raise InputError(f"engine must be lightning or fast, got {cfg.engine!r}")
    path = train(cfg, command=command)
    if path.exists():
        print(f"policy exported to {path}")
    else:
        print(f"best Lightning checkpoint: {Path(cfg.output_dir) / 'checkpoints' / 'best.ckpt'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
