"""Imitation of GA solutions (``nco train imitate``), at tiny sizes on real cities."""

from __future__ import annotations

import json
import random

import pytest
import torch

from nco.envs.actions import actions_to_routes
from nco.errors import InputError
from nco.neural import imitation as I
from nco.neural.policy import load_policy


def test_sequences_are_the_same_solution_in_other_orders():
    rng = random.Random(0)
    vrp = [[3, 1], [2], [5, 4]]
    rows = I.sequences([vrp], 6, rng, "acvrp")
    assert rows.shape[0] == 6 and int(rows[0, -1]) == 0  # ends back at the depot
    assert rows[0].tolist()[:6] == [3, 1, 0, 2, 0, 5]
    for r in rows.tolist():
        assert sorted(map(tuple, actions_to_routes(r, "acvrp"))) == sorted(map(tuple, vrp))
    tour = [[4, 2, 1, 3]]
    rows = I.sequences([tour], 8, rng, "atsp")
    assert rows.shape == (8, 5) and rows[0].tolist() == [0, 4, 2, 1, 3]
    for r in rows.tolist():
        assert sorted(r) == [0, 1, 2, 3, 4]
        k = r.index(0)
        assert r[k:] + r[:k] == [0, 4, 2, 1, 3]  # a rotation of the same tour
    assert len({tuple(r) for r in rows.tolist()}) > 1


@pytest.mark.parametrize("problem", ["atsp", "acvrp"])
def test_learning_raises_the_likelihood_of_the_labels(tmp_path, problem):
    torch.manual_seed(0)
    tr = I.trainer_for(problem, 10, tmp_path / "p.pt", "test", device="cpu")
    loop = I.Imitation(tr, 10, label_seconds=0.05, batch=4, orders=2, steps_per_round=1)
    loop.label()
    assert len(loop.pool) == 4 and tr.state.instances == 4
    td = torch.cat([p[1] for p in loop.pool])
    acts = I.sequences([p[2] for p in loop.pool], 1, random.Random(0), problem)

    def nll():
        with torch.no_grad():
            return float(-I.forced_logp(tr.policy, loop.envs[10], td, acts, 1).mean())

    before = nll()
    assert 0 < before < 1e3
    for _ in range(15):
        loop.learn()
    assert nll() < 0.9 * before


@pytest.mark.parametrize("problem", ["atsp", "acvrp", "acvrptw"])
def test_labels_and_steps_make_every_tensor_on_the_training_device(tmp_path, problem, monkeypatch):
    """As the trainer's test: ``meta`` as the default device stands for the CPU
    beside a GPU; only the labelling (host work by design) runs outside it."""
    tr = I.trainer_for(problem, 10, tmp_path / "p.pt", "test", device="cpu")
    loop = I.Imitation(tr, 10, label_seconds=0.05, batch=2, orders=2)
    on_host = I.solve_routes, I.sequences

    def host(fn):
        def run(*args, **kwargs):
            with torch.device("cpu"):
                return fn(*args, **kwargs)
        return run

    monkeypatch.setattr(I, "solve_routes", host(on_host[0]))
    monkeypatch.setattr(I, "sequences", host(on_host[1]))
    with torch.device("meta"):
        loop.label()
        loss = loop.learn()
    assert len(loop.pool) == 2 and all(p[1].device == torch.device("cpu") for p in loop.pool)
    assert 0 < loss < 1e3


def test_the_command_writes_a_policy_with_its_lineage(tmp_path, capsys):
    from nco.commands.train import main

    out = tmp_path / "atsp.pt"
    args = ["imitate", "--problem", "atsp", "--n", "10", "--seconds", "3", "--label-seconds", "0.05", "--batch", "2",
            "--out", str(out)]
    assert main(args) == 0
    assert "labelled instances" in capsys.readouterr().out
    policy = load_policy(out)
    assert policy.problem == "atsp"
    recipe = json.loads(out.with_suffix(".json").read_text())
    assert recipe["command"].startswith("nco train imitate") and recipe["lineage"]["runs"][-1]["instances"] >= 2
    with pytest.raises(Exception, match="--force"):
        main(args)


@pytest.mark.slow  # over 10 s on two cores; run with -m slow
def test_tiles_add_regions_of_the_training_extracts_to_the_cities(tmp_path):
    from nco.commands.train import main
    from nco.data.cities import load_split, training_tiles

    out = tmp_path / "acvrp.pt"
    assert main(["imitate", "--problem", "acvrp", "--n", "10", "--seconds", "2", "--label-seconds", "0.05",
                 "--batch", "2", "--tiles", "--out", str(out)]) == 0
    cities = json.loads(out.with_suffix(".json").read_text())["lineage"]["runs"][-1]["cities"]
    tiles = training_tiles()
    assert tiles and cities == load_split()["train"] + tiles
    assert not set(cities) & set(load_split()["test"])


@pytest.mark.slow  # over 10 s on two cores; run with -m slow
def test_a_run_leaves_a_resume_point_that_continues_it(tmp_path, capsys):
    import re

    from nco.commands.train import main

    first, second = tmp_path / "a.pt", tmp_path / "b.pt"
    base = ["imitate", "--problem", "atsp", "--n", "10", "--seconds", "2", "--label-seconds", "0.05", "--batch", "2",
            "--ema", "0.9"]
    assert main(base + ["--out", str(first)]) == 0
    point = tmp_path / "a.pt.run" / "last.ckpt"
    assert point.exists()
    capsys.readouterr()
    assert main(base + ["--set", f"resume={point}", "--set", "seed=7", "--out", str(second)]) == 0
    labelled = int(re.search(r"\((\d+) labelled instances", capsys.readouterr().out).group(1))
    recipes = [json.loads(p.with_suffix(".json").read_text()) for p in (first, second)]
    assert recipes[1]["steps"] > recipes[0]["steps"]  # the step counter (and optimizer, average) carried on
    # and the labelled instances: the resumed run's lineage counts the first run's too
    runs = [r["lineage"]["runs"][-1] for r in recipes]
    assert runs[0]["instances"] > 0 and runs[1]["instances"] == runs[0]["instances"] + labelled
    assert recipes[1]["lineage"]["instances_total"] == recipes[0]["lineage"]["instances_total"] \
        + runs[1]["instances"] - runs[0]["instances"]


def test_the_command_exports_the_average_the_last_weights_and_snapshots(tmp_path):
    from nco.commands.train import main

    out = tmp_path / "atsp.pt"
    assert main(["imitate", "--problem", "atsp", "--n", "10", "--seconds", "4", "--label-seconds", "0.05",
                 "--batch", "2", "--ema", "0.9", "--snapshot-every", "1.5", "--out", str(out)]) == 0
    average, last = (torch.load(p, weights_only=True)["state_dict"] for p in (out, tmp_path / "atsp.last.pt"))
    assert not all(torch.equal(average[k], last[k]) for k in average)
    snaps = sorted(tmp_path.glob("atsp.step*.pt"))
    assert len(snaps) >= 2 and all(load_policy(p).problem == "atsp" for p in snaps)
    steps = [json.loads(p.with_suffix(".json").read_text())["steps"] for p in snaps]
    assert len(set(steps)) == len(steps)  # each snapshot at a later point of the run
    with pytest.raises(InputError, match="--ema"):
        main(["imitate", "--problem", "atsp", "--ema", "1", "--out", str(tmp_path / "x.pt")])
    out.unlink()  # the files written beside it are the user's too: kept without --force
    with pytest.raises(InputError, match=r"atsp\.(last|step\d+)\.pt: exists"):
        main(["imitate", "--problem", "atsp", "--ema", "0.9", "--out", str(out)])


def test_workers_label_while_the_policy_learns(tmp_path):
    tr = I.trainer_for("acvrp", 10, tmp_path / "p.pt", "test", device="cpu")
    loop = I.Imitation(tr, 10, label_seconds=0.05, batch=2, orders=2, steps_per_round=2, workers=2)
    lines = []
    loop.run(lambda: tr.state.steps >= 4, log=lines.append)
    assert tr.state.steps == 4 and len(lines) == 4
    # two steps per two new labels: never more steps than labels; labels checked feasible
    assert len(loop.pool) >= 4 and tr.state.instances == len(loop.pool)
    rows = [json.loads(line) for line in lines]
    assert all(r["step"] <= r["labelled"] for r in rows)


def test_several_sizes_are_labelled_in_turn_and_learnt_one_size_a_step(tmp_path):
    tr = I.trainer_for("atsp", 14, tmp_path / "p.pt", "test", device="cpu")
    loop = I.Imitation(tr, [8, 14], label_seconds=0.05, batch=2, orders=2, steps_per_round=1)
    loop.label()
    loop.label()
    assert sorted(p[0] for p in loop.pool) == [8, 8, 14, 14]
    assert [p[1]["distance_matrix"].shape[-1] for p in loop.pool] == [8, 8, 14, 14]
    for _ in range(4):
        assert loop.learn() > 0
    with pytest.raises(Exception, match="--n"):
        I.imitate_main(["--problem", "atsp", "--n", "50,x", "--out", str(tmp_path / "q.pt")])


def test_the_self_teacher_labels_improve_the_policys_own_decode(tmp_path):
    """``--teacher self``: the policy decodes each instance, PyVRP's local search improves its best decode;
    a label is never worse than what the policy found, and the policy is left training."""
    from nco.solution import Solution

    torch.manual_seed(0)
    tr = I.trainer_for("acvrp", 12, tmp_path / "p.pt", "test", device="cpu")
    loop = I.Imitation(tr, 12, label_seconds=0.1, batch=3, orders=2, teacher="self", self_augment=1)
    n, td, instances, starts = loop._draw()
    assert tr.policy.training and len(starts) == 3 and all(s is not None for s in starts)
    for k, inst in enumerate(instances):
        raw = I.solve_routes(inst, loop._job(k, n, starts[k]))
        assert raw["method"] == "pyvrp"
        label, own = Solution.from_routes(inst, raw["routes"]), Solution.from_routes(inst, starts[k])
        assert label.feasible and label.cost <= own.cost + 1e-9
    loop.label()
    assert len(loop.pool) == 3
    with pytest.raises(InputError, match="teacher"):
        I.Imitation(tr, 12, teacher="oracle")
    with pytest.raises(InputError, match="--self-augment"):
        I.imitate_main(["--problem", "atsp", "--teacher", "self", "--self-augment", "9", "--out", str(tmp_path / "q.pt")])


def test_set_order_loss_scores_a_label_by_the_likelihood_of_all_its_forms(tmp_path):
    """``order_loss="set"``: the loss of a step is -log sum over the forms of each label (routes in other
    orders), below the mean over forms that the default learns; an unknown loss is one clear error."""
    torch.manual_seed(0)
    tr = I.trainer_for("acvrp", 12, tmp_path / "p.pt", "test", device="cpu")
    loop = I.Imitation(tr, 12, label_seconds=0.05, batch=3, orders=4, order_loss="set")
    loop.label()
    loop.rng, twin = random.Random(7), random.Random(7)
    n = twin.choice(loop.pool)[0]
    pick = twin.sample(loop.pool, 3)
    td = torch.cat([p[1] for p in pick])
    acts = I.sequences([p[2] for p in pick], 4, twin, "acvrp")
    with torch.no_grad():
        logp = I.forced_logp(tr.policy, loop.envs[n], td, acts, 4).view(4, 3)
    as_set, as_mean = float(-torch.logsumexp(logp, 0).mean() / n), float(-logp.mean() / n)
    assert loop.learn() == pytest.approx(as_set, rel=1e-4)
    assert as_set < as_mean
    with pytest.raises(InputError, match="order_loss"):
        I.Imitation(tr, 12, order_loss="max")
