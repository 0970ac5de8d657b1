"""The lean trainer (``engine=fast``): end to end on the CPU at tiny size,
lineage, resume, out-of-memory back-off, the on-device sampler and promotion."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
import torch

import nco
from nco.cli import main as cli
from nco.errors import InputError
from nco.neural import fasttrain
from nco.neural.policy import CHECKPOINT_DIR, load_checkpoint
from nco.neural.train import compose

TINY = ["fast.batch_size=8", "fast.ref_size=10", "env.num_loc=10", "env.cities=[monaco]", "fast.echo=false"]


def _lines(path):
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_gpu_experiments_compose():
    for p in ("atsp", "acvrp", "acvrptw"):
        cfg = compose([f"experiment={p}_gpu"])
        assert cfg.engine == "fast" and cfg.init_from == p and cfg.env.num_loc == 100
        assert cfg.model.policy.embed_dim == 128 and cfg.model.policy.num_layers == 6
        assert cfg.fast.max_minutes == 8.5 and cfg.fast.batch_size >= 512 and cfg.checkpoint_every_min == 2


def test_train_end_to_end_lineage_and_resume(tmp_path):
    out = tmp_path / "run"
    args = ["train", "experiment=acvrp_gpu", *TINY, f"output_dir={out}"]
    assert cli([*args, "fast.max_steps=3"]) == 0
    policy = nco.load_policy(out / "policy.pt")  # the shipped loader and format
    assert policy.problem == "acvrp" and policy.net.config.embed_dim == 128
    blob = torch.load(out / "policy.pt", weights_only=True)
    assert set(blob) == {"format", "version", "problem", "config", "state_dict"}
    rec = json.loads((out / "policy.json").read_text())
    lin = rec["lineage"]
    shipped = json.loads((CHECKPOINT_DIR / "acvrp.json").read_text())
    if "lineage" in shipped:  # a checkpoint of this trainer: its runs come first, unchanged
        assert [r["instances"] for r in lin["runs"][:-1]] == [r["instances"] for r in shipped["lineage"]["runs"]]
        assert lin["runs"][0]["steps"] == 492 and lin["runs"][0]["instances"] == 492 * 128  # the GPU run
    else:  # a Lightning checkpoint: read from its metrics CSV
        assert lin["runs"][0]["instances"] == 492 * shipped["config"]["train"]["batch_size"]
        assert lin["runs"][0]["steps"] == 492 and lin["runs"][0]["gpu_minutes"] == shipped["wall_time_min"]
    assert lin["runs"][-1]["instances"] == 24 and lin["runs"][-1]["steps"] == 3
    assert lin["instances_total"] == sum(r["instances"] for r in lin["runs"])
    assert lin["runs"][-1]["gpu_minutes"] == 0.0 and lin["runs"][-1]["date"]
    assert lin["runs"][-1]["config"]["fast"]["batch_size"] == 8 and lin["runs"][-1]["cities"] == ["monaco"]
    rows = [r for r in _lines(out / "log.jsonl") if r["event"] == "train"]
    assert len(rows) == 3 and all(r["instances_per_s"] > 0 and r["steps_per_s"] > 0 for r in rows)
    # resume: the same run goes on from its counters and optimizer
    assert cli([*args, "fast.max_steps=5", "resume=last"]) == 0
    lin2 = json.loads((out / "policy.json").read_text())["lineage"]
    assert lin2["runs"][-1]["steps"] == 5 and lin2["runs"][-1]["instances"] == 40
    assert len(lin2["runs"]) == len(lin["runs"]) and lin2["instances_total"] == lin["instances_total"] + 16
    # a new run from the exported policy adds a run to its lineage
    out3 = tmp_path / "next"
    assert cli(["train", "experiment=acvrp_gpu", *TINY, f"output_dir={out3}", f"init_from={out / 'policy.pt'}",
                "fast.max_steps=1"]) == 0
    lin3 = json.loads((out3 / "policy.json").read_text())["lineage"]
    assert len(lin3["runs"]) == len(lin2["runs"]) + 1 and lin3["instances_total"] == lin2["instances_total"] + 8


def test_ctrl_c_writes_resume_point(tmp_path, monkeypatch):
    cfg = compose(["experiment=atsp_gpu", *TINY, f"output_dir={tmp_path}", "init_from=null",
                   "model.policy.embed_dim=16", "model.policy.num_layers=1", "model.policy.num_heads=2",
                   "model.policy.ff_hidden=32", "fast.sizes=[6,10]"])
    trainer = fasttrain.FastTrainer(cfg, "test")
    real = trainer.step

    def step(n, batch):
        if trainer.state.steps == 2:
            raise KeyboardInterrupt
        return real(n, batch)

    monkeypatch.setattr(trainer, "step", step)
    with pytest.raises(KeyboardInterrupt):
        trainer.run()
    blob = fasttrain.load_resume(tmp_path / "last.ckpt")
    assert blob["state"].steps == 2 and (tmp_path / "policy.pt").exists()
    assert _lines(tmp_path / "log.jsonl")[-1]["why"] == "interrupted"


def test_the_weight_average_is_exported_and_resumed(tmp_path):
    small = ["experiment=atsp_gpu", *TINY, f"output_dir={tmp_path}", "init_from=null", "model.policy.embed_dim=16",
             "model.policy.num_layers=1", "model.policy.num_heads=2", "model.policy.ff_hidden=32",
             "fast.warmup_steps=0", "fast.ema_decay=0.75"]
    trainer = fasttrain.FastTrainer(compose(small), "test")
    weights = []
    for _ in range(3):
        trainer.update(sum((p * p).sum() for p in trainer.policy.parameters()))
        weights.append({k: v.detach().clone() for k, v in trainer.policy.state_dict().items()})
    expected = {k: 0.75 * (0.75 * weights[0][k] + 0.25 * weights[1][k]) + 0.25 * weights[2][k] for k in weights[0]}
    trainer.checkpoint(0.0, "test")
    exported = torch.load(tmp_path / "policy.pt", weights_only=True)["state_dict"]
    assert all(torch.allclose(exported[k], expected[k], atol=1e-6) for k in expected)
    assert not all(torch.equal(exported[k], weights[2][k]) for k in expected)  # not the last weights
    again = fasttrain.FastTrainer(compose([*small, "resume=last"]), "test")
    assert all(torch.equal(again.policy.state_dict()[k], weights[2][k]) for k in expected)
    assert all(torch.allclose(again.exported().state_dict()[k], expected[k], atol=1e-6) for k in expected)
    with pytest.raises(InputError, match="ema_decay"):
        fasttrain.FastTrainer(compose([*small, "fast.ema_decay=1.5"]), "test")


def test_out_of_memory_shrinks_the_batch(tmp_path, monkeypatch):
    cfg = compose(["experiment=acvrptw_gpu", *TINY, f"output_dir={tmp_path}", "init_from=null",
                   "model.policy.embed_dim=16", "model.policy.num_layers=1", "model.policy.num_heads=2",
                   "model.policy.ff_hidden=32", "fast.max_steps=2", "fast.precision=bf16"])
    trainer = fasttrain.FastTrainer(cfg, "test")
    real, seen = trainer.step, []

    def step(n, batch):
        seen.append(batch)
        if len(seen) == 1:
            raise torch.OutOfMemoryError("test")
        return real(n, batch)

    monkeypatch.setattr(trainer, "step", step)
    trainer.run()
    assert seen[:2] == [8, 5] and trainer.state.instances == 10
    assert any(r.get("event") == "oom" for r in _lines(tmp_path / "log.jsonl"))


@pytest.mark.parametrize("problem", ["atsp", "acvrp", "acvrptw"])
def test_rollout_matches_rl4co_greedy(problem):
    from nco.data.samplers import DeviceSampler
    from nco.neural.model import RRNCOPolicy

    torch.manual_seed(0)
    net = RRNCOPolicy(problem, embed_dim=16, num_layers=1, num_heads=2, ff_hidden=32).eval()
    env = fasttrain.make_env(problem, 12, ["monaco"], torch.device("cpu"))
    td = env.reset(DeviceSampler(["monaco"], problem, seed=3).draw(12, 4))
    with torch.no_grad():
        ours, _ = fasttrain.rollout(net, net.decoder, env, td.clone(), 5, greedy=True)
        ref = net(td.clone(), env, phase="test", decode_type="multistart_greedy", num_starts=5)["reward"]
    assert torch.allclose(ours.reshape(-1), ref, rtol=1e-5)


@pytest.mark.parametrize("problem", ["atsp", "acvrp", "acvrptw"])
def test_device_sampler_instances_are_valid(problem):
    from nco.data.samplers import DeviceSampler
    from nco.envs import random_rollout

    env = fasttrain.make_env(problem, 15, ["monaco", "munich"], torch.device("cpu"))
    for mode in ("uniform", "cluster"):
        td = env.reset(DeviceSampler(["monaco", "munich"], problem, mode=mode, seed=1).draw(15, 16))
        actions, reward = random_rollout(env, td.clone())
        if problem == "atsp":
            from nco.envs.atsp import actions_to_routes, td_to_instances

            insts, routes = td_to_instances(td), actions_to_routes(actions)
        else:
            insts, routes = env.td_to_instances(td), env.actions_to_routes(actions)
        for inst, r, rew in zip(insts, routes, reward):
            cost, feasible, _ = nco.check(inst, r)
            assert feasible and abs(cost + float(rew)) <= 1e-4 * cost


@pytest.mark.parametrize("problem", ["atsp", "acvrp", "acvrptw"])
def test_a_step_makes_every_tensor_on_the_training_device(problem):
    """On a GPU a tensor made without a device lands on the CPU and the step
    fails; here the default device is ``meta`` during the step, so such a
    tensor would meet the CPU data and raise the same way."""
    cfg = compose([f"experiment={problem}_gpu", *TINY, "fast.device=cpu", "fast.precision=fp32", "threads=1"])
    tr = fasttrain.FastTrainer(cfg, "test")
    tr.env(10)  # the environment is built on its device beforehand
    with torch.device("meta"):
        metrics = tr.step(10, 2)
    assert torch.isfinite(metrics["reward"]) and metrics["reward"].device.type == "cpu"
    td = tr.sampler.draw(10, 2)
    assert td.device == torch.device("cpu") and tr.env(10).reset(td).device == torch.device("cpu")


def test_batch_scaling_and_bad_options():
    cfg = compose(["experiment=acvrp_gpu", "fast.sizes=[50,100,200,500]", "fast.batch_size=512"])
    sizes = fasttrain.training_sizes(cfg.fast, 100)
    assert sizes == [50, 100, 200, 500]
    b = {n: fasttrain.batch_for(cfg.fast, "acvrp", n, 1.0) for n in sizes}
    assert b[100] == 512 and b[50] == 4096 and b[200] == 128 and b[500] == 20
    assert fasttrain.training_sizes(compose(["fast.size_range=[20,22]"]).fast, 50) == [20, 21, 22]
    with pytest.raises(InputError, match="precision"):
        fasttrain.autocast_dtype("fp16", torch.device("cpu"))
    assert cli(["train", "experiment=acvrp_gpu", "fast.precision=fp16", *TINY]) == 2
    assert cli(["train", "engine=turbo"]) == 2
    for bad in ("fast.batch_size=0", "fast.oom_factor=1.5", "fast.max_steps=-1", "fast.max_minutes=abc",
                "fast.size_range=[5,2]", "fast.sizes=[5000]"):
        assert cli(["train", "experiment=acvrp_gpu", *TINY, bad]) == 2, bad
    if not torch.cuda.is_available():
        assert cli(["train", "experiment=acvrp_gpu", "fast.device=cuda", *TINY]) == 2


def test_promote_refuses_and_promotes(tmp_path):
    shipped = tmp_path / "ship"
    shipped.mkdir()
    cand = tmp_path / "cand.pt"
    shutil.copy(CHECKPOINT_DIR / "acvrp.pt", cand)
    shutil.copy(CHECKPOINT_DIR / "acvrp.pt", shipped / "acvrp.pt")
    opts = {"sizes": (50,), "limit": 2, "augment": 1, "checkpoint_dir": shipped}
    res = fasttrain.promote(cand, "acvrp", **opts)  # equal is not better
    assert not res["promoted"] and len(res["table"]) == 2
    from nco.neural.model import RRNCOPolicy
    from nco.neural.train import export_policy

    torch.manual_seed(0)
    worse = RRNCOPolicy("acvrp", embed_dim=16, num_layers=1, num_heads=2, ff_hidden=32)
    with torch.no_grad():
        worse.decoder.prior_dist.fill_(-30.0)  # untrained and without the distance prior: near random
    export_policy(worse, shipped / "acvrp.pt", {"command": "random"})
    res = fasttrain.promote(cand, "acvrp", **opts)
    assert res["promoted"], res["table"]
    installed = load_checkpoint(shipped / "acvrp.pt")
    assert installed["config"]["embed_dim"] == 128
    assert all(v.dtype == torch.float16 for v in installed["state_dict"].values() if v.is_floating_point())
    assert "promotion" in json.loads((shipped / "acvrp.json").read_text())
    assert cli(["train", "promote", str(cand), "--problem", "atsp", "--limit", "1"]) == 2


@pytest.mark.slow  # over 10 s on two cores; run with -m slow
def test_gpu_script_on_the_cpu(tmp_path):
    """The device command end to end with a tiny budget, two recipes (self-improvement
    for ATSP, the default, and REINFORCE for ACVRP): at most 8 flat files under 16 MiB
    each, policies that load, one summary line and log lines per problem."""
    import os
    import subprocess
    from pathlib import Path

    root, out = Path(__file__).resolve().parents[1], tmp_path / "out"
    # a problem's share is (budget - elapsed) / problems left - startup: 150 s leaves ATSP about 30 s
    # even when the setup takes 20 s on a loaded machine (below 10 s the script skips a problem)
    env = dict(os.environ, OUT=str(out), WORK=str(tmp_path / "work"), NCO_TRAIN_SECONDS="150",
               NCO_STARTUP_SECONDS="45", PROBLEMS="atsp acvrp", RECIPE_acvrp="reinforce", SEED="77", IMIT_N="10", WORKERS="2", EMA="0.9",
               EXTRA="env.num_loc=10 fast.batch_size=4 fast.ref_size=10 fast.max_steps=20 threads=1")
    r = subprocess.run(["bash", str(root / "scripts" / "gpu_train.sh")], env=env, capture_output=True, text=True,
                       timeout=300, check=False)
    assert r.returncode == 0, r.stderr[-2000:]
    files = sorted(p.name for p in out.iterdir())
    assert files == ["acvrp.json", "acvrp.pt", "atsp.json", "atsp.pt", "summary.txt", "train_log.jsonl"], \
        r.stdout[-3000:] + r.stderr[-1000:]
    assert all((out / f).stat().st_size < 16 << 20 for f in files)
    summary = (out / "summary.txt").read_text()
    assert "atsp: self-improvement" in summary and "acvrp:" in summary and "instances/s" in summary
    events = {(row["problem"], row["event"]) for row in _lines(out / "train_log.jsonl")}
    assert {("atsp", "imitate"), ("acvrp", "train")} <= events
    for p in ("atsp", "acvrp"):
        assert nco.load_policy(out / f"{p}.pt").problem == p
        recipe = (out / f"{p}.json").read_text()
        assert str(tmp_path) not in recipe and str(root) not in recipe  # no folder of this machine
        assert json.loads(recipe)["config"]["fast"]["ema_decay"] == 0.9  # both recipes export the average
        assert json.loads(recipe)["config"]["seed"] == 77  # the run's own instance stream


def test_promotion_joins_every_unseen_set_of_a_size():
    """Every shipped unseen-city set of one size counts (several seeds at N = 500 join), in stem order,
    each instance with its own reference; a size with no set is a clear error."""
    from nco.data.testsets import shipped_names
    from nco.errors import InputError
    from nco.neural.evaluate import load_test_set, load_unseen

    stems = [s for s in shipped_names() if s.startswith("acvrp_n100_seed") and s.endswith("_test_cities")]
    insts, refs = load_unseen("acvrp", 100, limit=3)
    first, first_refs = load_test_set(stems[0], limit=3)
    assert [i.name for i in insts] == [i.name for i in first] and list(refs) == list(first_refs)
    every = [s for s in shipped_names() if s.startswith("acvrp_n500_seed") and s.endswith("_test_cities")]
    assert len(load_unseen("acvrp", 500)[0]) == sum(len(load_test_set(s)[0]) for s in every)
    with pytest.raises(InputError, match="no shipped unseen-city test set"):
        load_unseen("acvrp", 333)


def test_promotion_verdict_is_a_paired_test():
    """Lower on average over the sizes, and significantly worse on none."""
    rng = np.random.default_rng(0)
    base = rng.uniform(10, 30, size=(2, 40))

    def sizes(shift100, noise500, shift500):
        out = []
        for k, (shift, noise) in enumerate(((shift100, 0.0), (shift500, noise500))):
            s = base[k]
            c = s + shift + noise * np.resize([1.0, -1.0], s.size)  # mean exactly shift
            out.append({"shipped": ({"test_set": f"n{k}"}, s), "candidate": ({"test_set": f"n{k}"}, c)})
        return out

    assert fasttrain.verdict(sizes(-2.0, 1.0, 0.02)) == ""  # 2 points better, level where it is noisy
    assert "significantly worse on n1" in fasttrain.verdict(sizes(-2.0, 0.1, 0.2))  # small but certain loss
    assert "not lower" in fasttrain.verdict(sizes(0.0, 0.0, 0.0))  # equal is not better
    assert "not lower" in fasttrain.verdict(sizes(-0.5, 3.0, 0.6))  # better at one size, worse on average
    bad = sizes(-2.0, 0.0, 0.0)
    bad[1]["candidate"][1][3] = np.nan  # an infeasible solution
    assert "infeasible" in fasttrain.verdict(bad)
    ok = sizes(-1.0, 0.0, 0.0)
    fasttrain.verdict(ok)
    row = ok[0]["candidate"][0]
    assert row["diff_pct"] == -1.0 and row["diff_se"] == 0.0 and row["t"] == 0.0
