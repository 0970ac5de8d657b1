"""Training configuration, the training entry point and ``nco eval``."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import numpy as np
import pytest
import torch

import nco
from nco.cli import main as cli
from nco.errors import InputError
from nco.neural.model import RRNCOPolicy
from nco.neural import train as train_module
from nco.neural.train import compose, export_policy

TINY = ["model.policy.embed_dim=16", "model.policy.num_layers=1", "model.policy.num_heads=2",
        "model.policy.ff_hidden=32", "env.num_loc=8", "train.batch_size=8", "train.train_data_size=16",
        "train.val_data_size=8", "train.val_batch_size=8", "trainer.max_epochs=1", "env.cities=[monaco]"]


@pytest.mark.parametrize("exp,problem,target", [
    ("atsp_n50", "atsp", "nco.envs.atsp.ATSPEnv"),
    ("acvrp_n50", "acvrp", "nco.envs.acvrp.ACVRPEnv"),
    ("acvrptw_n100", "acvrptw", "nco.envs.acvrptw.ACVRPTWEnv"),
    ("atsp_n50_random", "atsp", "rl4co.envs.ATSPEnv"),
])
def test_experiments_compose(exp, problem, target):
    cfg = compose([f"experiment={exp}"])
    assert cfg.env.problem == problem and cfg.env.env._target_ == target
    assert cfg.model.policy.problem == problem
    assert cfg.trainer.precision == "32-true"
    gpu = compose([f"experiment={exp}", "trainer=gpu", "trainer.devices=4", "trainer.strategy=ddp"])
    assert gpu.trainer.accelerator == "gpu" and gpu.trainer.strategy == "ddp"


def test_bad_overrides_are_input_errors():
    with pytest.raises(InputError, match="bad training configuration"):
        compose(["experiment=no_such_experiment"])
    assert cli(["train", "experiment=no_such_experiment"]) == 2


@pytest.mark.slow
def test_train_exports_and_resumes(tmp_path):
    out = tmp_path / "run"
    args = ["experiment=acvrp_n50", *TINY, f"output_dir={out}"]
    assert cli(["train", *args]) == 0
    policy = nco.load_policy(out / "policy.pt")
    assert policy.problem == "acvrp" and policy.net.config.embed_dim == 16
    recipe = json.loads((out / "policy.json").read_text())
    assert recipe["command"].startswith("nco train experiment=acvrp_n50")
    assert recipe["hardware"] and recipe["wall_time_min"] >= 0 and recipe["config"]["env"]["num_loc"] == 8
    assert (out / "policy.png").exists() and (out / "checkpoints" / "last.ckpt").exists()
    assert cli(["train", *args, "trainer.max_epochs=2", "resume=last"]) == 0
    rows = (out / "logs" / "metrics.csv").read_text()
    assert "val/reward" in rows
    assert cli(["train", *args, "resume=/no/such.ckpt"]) == 2



def _interrupt_after_first_step(monkeypatch):
    """Make the next training run raise ``KeyboardInterrupt`` (Ctrl-C) in its second step."""
    real = train_module.build

    def build(cfg):
        env, module = real(cfg)
        step = module.training_step

        def training_step(*args, **kwargs):
            if module.global_step >= 1:
                raise KeyboardInterrupt
            return step(*args, **kwargs)

        monkeypatch.setattr(module, "training_step", training_step)
        return env, module

    monkeypatch.setattr(train_module, "build", build)
    return real


@pytest.mark.slow
def test_ctrl_c_leaves_the_checkpoint_resume_last_reads(tmp_path, monkeypatch):
    out = tmp_path / "run"
    args = ["experiment=acvrp_n50", *TINY, f"output_dir={out}", "checkpoint_every_min=1000"]
    real = _interrupt_after_first_step(monkeypatch)
    handler = signal.getsignal(signal.SIGINT)
    assert cli(["train", *args]) == 130
    assert signal.getsignal(signal.SIGINT) is handler  # Lightning's SIG_IGN is undone
    last = out / "checkpoints" / "last.ckpt"
    assert torch.load(last, weights_only=True)["global_step"] == 1
    assert not (out / "train_stats.json").exists()
    monkeypatch.setattr(train_module, "build", real)
    assert cli(["train", *args, "resume=last"]) == 0
    assert json.loads((out / "train_stats.json").read_text())["steps"] >= 2  # continued from step 1
    assert nco.load_policy(out / "policy.pt").problem == "acvrp"


def _tiny_testset(tmp_path):
    from nco.data import city_matrices, sample_acvrp
    from nco.io import write_npz

    insts = sample_acvrp(city_matrices("monaco"), 12, num=3, seed=4)
    ref = np.array([nco.solve(i, method="nearest", time_limit=1).cost for i in insts])
    return write_npz(tmp_path / "tiny.npz", insts, reference_cost=ref), insts, ref


def test_eval_command(tmp_path, capsys):
    torch.manual_seed(0)
    ck = export_policy(RRNCOPolicy("acvrp", embed_dim=16, num_layers=1, num_heads=2, ff_hidden=32),
                       tmp_path / "acvrp.pt", {"command": "test"})
    path, insts, ref = _tiny_testset(tmp_path)
    out = tmp_path / "table"
    rc = cli(["eval", "--checkpoint", str(ck), "--test-set", str(path), "--augment", "2",
              "--baselines", "nearest", "--out", str(out)])
    assert rc == 0
    rows = (out.with_suffix(".csv")).read_text().splitlines()
    assert len(rows) == 3 and rows[0].startswith("method,")
    nearest = rows[2].split(",")
    assert nearest[0] == "nearest" and float(nearest[2]) == 100.0
    assert abs(float(nearest[4])) < 1e-6  # the reference is the nearest-neighbour cost itself
    assert "| method |" in out.with_suffix(".md").read_text()
    assert cli(["eval", "--checkpoint", str(ck), "--test-set", "no_such_set"]) == 2
    assert cli(["eval", "--checkpoint", str(tmp_path / "none.pt"), "--test-set", str(path)]) == 2


@pytest.mark.parametrize("exp,model", [("acvrp_n50", "pomo"), ("atsp_n50", "matnet")])
def test_baseline_models_compose_and_build(exp, model):
    import hydra

    cfg = compose([f"experiment={exp}", f"model={model}"])
    policy = hydra.utils.instantiate(cfg.model.policy)
    assert not hasattr(policy, "config")  # rl4co's own policy, not RRNCO
    assert sum(p.numel() for p in policy.parameters()) > 10_000


FAST_TINY = ["experiment=atsp_gpu", "fast.batch_size=8", "fast.ref_size=10", "env.num_loc=10", "env.cities=[monaco]",
             "fast.echo=false", "init_from=null", "model.policy.embed_dim=16", "model.policy.num_layers=1",
             "model.policy.num_heads=2", "model.policy.ff_hidden=32", "fast.sizes=[6,10]"]


def _trained_steps(log) -> int:
    rows = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    return sum(r.get("event") == "train" for r in rows)


@pytest.mark.slow
def test_ctrl_c_in_the_fast_engine_leaves_last_ckpt_that_resume_last_continues(tmp_path):
    from nco.neural import fasttrain

    out = tmp_path / "run"
    args = ["train", *FAST_TINY, f"output_dir={out}"]
    proc = subprocess.Popen([sys.executable, "-m", "nco.cli", *args, "fast.max_steps=100000"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 300
    while _trained_steps(out / "log.jsonl") < 1 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)  # Ctrl-C
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode()[-2000:]
    steps = fasttrain.load_resume(out / "last.ckpt")["state"].steps
    assert steps >= 1
    assert cli([*args, "resume=last", f"fast.max_steps={steps + 2}"]) == 0
    assert fasttrain.load_resume(out / "last.ckpt")["state"].steps == steps + 2
