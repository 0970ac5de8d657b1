"""Evaluating a training run's Lightning checkpoint (rl4co baselines): ``lightning:<run>``."""

from __future__ import annotations

import pytest
import torch
from omegaconf import OmegaConf

import nco
import nco.solution
from nco.cli import main as cli
from nco.errors import InputError
from nco.neural.evaluate import load_lightning_policy, load_test_set, run_method
from nco.neural.train import compose, make_policy

SMALL = ["model.policy.embed_dim=16", "model.policy.num_encoder_layers=1", "model.policy.num_heads=2"]


def _fake_run(tmp_path, exp: str, model: str, overrides=()) -> tuple:
    """A run folder as ``nco train`` leaves it: ``config.yaml`` and
    ``checkpoints/best.ckpt`` (fresh weights under Lightning's ``policy.`` prefix)."""
    small = SMALL[1:] if model == "matnet" else SMALL  # MatNet's one-hot columns need embed_dim >= nodes
    cfg = compose([f"experiment={exp}", f"model={model}", *small, *overrides])
    torch.manual_seed(0)
    net = make_policy(cfg)
    run = tmp_path / f"{exp}_{model}"
    (run / "checkpoints").mkdir(parents=True)
    OmegaConf.save(cfg, run / "config.yaml")
    state = {f"policy.{k}": v for k, v in net.state_dict().items()}
    torch.save({"state_dict": state, "epoch": 0}, run / "checkpoints" / "best.ckpt")
    return run, net


@pytest.mark.parametrize("exp,model,test_set", [
    ("acvrp_n50", "pomo", "acvrp_n50_unseen"),
    ("acvrptw_n50", "pomo_tw", "acvrptw_n50_unseen"),
    ("atsp_n50", "matnet", "atsp_n50_unseen"),
])
def test_lightning_checkpoint_solutions_are_checked(tmp_path, monkeypatch, exp, model, test_set):
    run, net = _fake_run(tmp_path, exp, model)
    policy = load_lightning_policy(run)
    assert policy.problem == exp.split("_")[0]
    for k, v in net.state_dict().items():
        assert torch.equal(policy.net.state_dict()[k], v)
    assert policy.reads_coordinates == (model != "matnet")
    calls = []
    real = nco.solution.check
    monkeypatch.setattr(nco.solution, "check", lambda inst, routes, *a, **k: calls.append(1) or real(inst, routes, *a, **k))
    instances, _ = load_test_set(test_set, limit=2)
    sols, wall = run_method(f"lightning:{run}", instances, augment=2, num_starts=4, progress=False)
    assert len(sols) == 2 and wall > 0 and len(calls) == 2
    for inst, sol in zip(instances, sols):
        res = nco.check(inst, sol.routes)
        assert sol.method == f"lightning:{run}"
        assert sol.cost == pytest.approx(res.cost, abs=0) and sol.feasible == res.feasible
        served = sorted(v for r in sol.routes for v in r)
        assert served == list(range(1, inst.n_nodes if inst.problem == "atsp" else inst.n_clients + 1)) \
            or not sol.feasible


def test_matnet_beyond_its_one_hot_size_is_an_input_error(tmp_path):
    run, _ = _fake_run(tmp_path, "atsp_n50", "matnet", ["model.policy.embed_dim=32"])
    instances, _ = load_test_set("atsp_n50_unseen", limit=1)
    with pytest.raises(InputError, match="embed_dim >= nodes"):
        run_method(f"lightning:{run}", instances, progress=False)


def test_lightning_checkpoint_file_path(tmp_path):
    run, _ = _fake_run(tmp_path, "acvrp_n50", "pomo")
    policy = load_lightning_policy(run / "checkpoints" / "best.ckpt")
    assert policy.problem == "acvrp" and "AttentionModelPolicy" in repr(policy)


def test_bad_lightning_paths_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="no training run folder"):
        load_lightning_policy(tmp_path / "nothing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no Lightning checkpoint"):
        load_lightning_policy(tmp_path / "empty")
    run, _ = _fake_run(tmp_path, "acvrp_n50", "pomo")
    (run / "config.yaml").unlink()
    with pytest.raises(InputError, match="no config.yaml"):
        load_lightning_policy(run)
    # weights of another network
    other, _ = _fake_run(tmp_path / "other", "acvrp_n50", "pomo", ["model.policy.embed_dim=32"])
    (run / "checkpoints" / "best.ckpt").replace(other / "checkpoints" / "best.ckpt")
    with pytest.raises(InputError, match="do not fit"):
        load_lightning_policy(other)
    # a truncated file
    (other / "checkpoints" / "best.ckpt").write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match="not a readable Lightning checkpoint"):
        load_lightning_policy(other)
    # the CLI: one line, exit code 2
    assert cli(["eval", "--checkpoint", "acvrp", "--test-set", "acvrp_n50_unseen", "--limit", "1",
                "--augment", "1", "--num-starts", "2", "--baselines", f"lightning:{tmp_path / 'nothing'}"]) == 2


def test_same_budget_table(tmp_path):
    import json

    from nco.neural.evaluate import same_budget

    run, _ = _fake_run(tmp_path, "acvrp_n50", "pomo")
    run = run.rename(tmp_path / "acvrp_pomo")
    (run / "train_stats.json").write_text(json.dumps({"steps": 3, "epochs": 1, "wall_s": 2.0, "cpu_s": 1.5}))
    (run / "logs").mkdir()
    (run / "logs" / "metrics.csv").write_text(
        "epoch,step,time/elapsed_min,train/loss,train/reward,val/reward\n"
        "0,1,,-1.0,-50.0,\n0,2,0.5,,,-48.0\n1,3,1.0,,,-47.0\n")
    rows, curves = same_budget(tmp_path, problems=("acvrp",), sizes=(50,), limit=2, augment=1,
                               baselines=("nearest",))
    assert [r["model"] for r in rows] == ["pomo", "nearest"]
    assert rows[0]["train_steps"] == 3 and rows[0]["train_cpu_s"] == 1.5
    assert rows[0]["val_first"] == 48.0 and rows[0]["val_best"] == 47.0
    assert rows[0]["feasible_pct"] == 100.0 and rows[0]["gap_pct"] is not None
    assert curves[("acvrp", "pomo")] == [(2, 0.5, 48.0), (3, 1.0, 47.0)]
    with pytest.raises(InputError, match="no finished training run"):
        same_budget(tmp_path, problems=("atsp",), sizes=(50,))


def test_rrnco_lightning_run_is_built_from_checked_options(tmp_path):
    small = ["model.policy.embed_dim=16", "model.policy.num_layers=1", "model.policy.num_heads=2",
             "model.policy.ff_hidden=32"]
    cfg = compose(["experiment=atsp_n50", "model=rrnco", *small])
    torch.manual_seed(0)
    net = make_policy(cfg)
    run = tmp_path / "rrnco"
    (run / "checkpoints").mkdir(parents=True)
    OmegaConf.save(cfg, run / "config.yaml")
    state = {f"policy.{k}": v for k, v in net.state_dict().items()}
    torch.save({"state_dict": state}, run / "checkpoints" / "best.ckpt")
    policy = load_lightning_policy(run)
    assert type(policy.net) is type(net) and policy.problem == "atsp"
    for k, v in net.state_dict().items():
        assert torch.equal(policy.net.state_dict()[k], v)


@pytest.mark.parametrize("model,exp", [("rrnco", "acvrptw_n50"), ("pomo", "acvrp_n50"), ("pomo_tw", "acvrptw_n50"),
                                       ("matnet", "atsp_n50")])
def test_every_shipped_model_config_is_allowed(tmp_path, model, exp):
    from nco.neural.evaluate import build_lightning_network

    path = tmp_path / "config.yaml"
    OmegaConf.save(compose([f"experiment={exp}", f"model={model}"]), path)
    problem, net = build_lightning_network(path)
    assert problem == exp.split("_")[0]
    assert type(net).__name__ == type(make_policy(compose([f"experiment={exp}", f"model={model}"]))).__name__
