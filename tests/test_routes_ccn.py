"""CCN, the driver-choice simulator, ranking with explanations, and ``nco routes``."""

import json

import numpy as np
import pytest
import torch

import nco.roads
from nco.cli import main as cli
from nco.errors import InputError
from nco.routes import alternatives, rank
from nco.routes.baselines import FastestRoute, MultinomialLogit, PointwiseMLP
from nco.routes.ccn import CCN, ranking_losses
from nco.routes.features import FIELDS, ROUTE_FIELDS, SCENE_FIELDS, feature_arrays
from nco.routes.simulator import ChoiceData, DriverPopulation, field_utilities, sample_driver, simulate_choice
from nco.routes.train import CHECKPOINT_DIR, fit, load_checkpoint, predict, ranking_metrics

MUNICH_FROM = "11.5660,48.1390"
MUNICH_TO = "11.5850,48.1330"
RN = [n for n, _ in ROUTE_FIELDS]


@pytest.fixture(scope="module")
def cands():
    return alternatives(nco.roads.load("munich"), (11.5660, 48.1390), (11.5850, 48.1330), k=5)


@pytest.fixture(scope="module")
def situations():
    """Feature arrays of real candidate sets from the Sydney extract, in two contexts."""
    G = nco.roads.load("sydney")
    nodes = list(G.nodes)
    rng = np.random.default_rng(0)
    out = []
    while len(out) < 12:
        a, b = rng.choice(len(nodes), 2, replace=False)
        c = alternatives(G, nodes[a], nodes[b], k=5)
        if len(c) >= 2:
            out.append(feature_arrays(c, {"hour": 8, "familiar": bool(len(out) % 2)}))
    return out


# -- simulator ------------------------------------------------------------------------
def test_field_utilities_add_up_and_react_to_context(situations):
    pop = DriverPopulation()
    rng = np.random.default_rng(3)
    r, s, c = situations[0]
    ch, v, fu = simulate_choice(r, s, c, pop, rng)
    assert fu.shape == (len(r), len(FIELDS))
    assert np.allclose(fu.sum(1), v)
    assert 0 <= ch < len(r)
    drv = sample_driver(pop, np.random.default_rng(0))
    familiar, unfamiliar = s.copy(), s.copy()
    familiar[SCENE_FIELDS.index("familiar")], unfamiliar[SCENE_FIELDS.index("familiar")] = 1.0, 0.0
    turns = FIELDS.index("turns")
    f = field_utilities(r, familiar, c, drv, pop)[:, turns]
    u = field_utilities(r, unfamiliar, c, drv, pop)[:, turns]
    has_turns = r[:, RN.index("turns")] > 0
    assert np.all(f[has_turns] > u[has_turns])  # familiar drivers mind turns less


def test_noise_free_driver_picks_the_highest_utility(situations):
    pop = DriverPopulation(noise=0.0)
    for r, s, c in situations:
        ch, v, _ = simulate_choice(r, s, c, pop, np.random.default_rng(1))
        assert ch == int(np.argmax(v))


def test_population_validates():
    with pytest.raises(ValueError, match="noise"):
        DriverPopulation(noise=-1)


def test_choice_data_pads_and_round_trips(situations, tmp_path):
    R, S, C = zip(*situations)
    choices = [0] * len(R)
    d = ChoiceData.from_lists(list(R), list(S), list(C), choices, groups=["sydney"] * len(R))
    assert d.mask.sum() == sum(len(r) for r in R)
    d.save(tmp_path / "d.npz")
    e = ChoiceData.load(tmp_path / "d.npz")
    assert np.array_equal(e.route, d.route) and np.array_equal(e.mask, d.mask)
    with pytest.raises(InputError, match="not one of its"):
        ChoiceData.from_lists([R[0]], [S[0]], [C[0]], [len(R[0])])
    with pytest.raises(InputError, match="do not fit"):
        ChoiceData.from_lists([R[0]], [S[0]], [C[0][:1]], [0])


# -- model -------------------------------------------------------------------------------
def _batch(situations):
    R, S, C = zip(*situations)
    d = ChoiceData.from_lists(list(R), list(S), list(C), [0] * len(R))
    return (torch.from_numpy(d.route), torch.from_numpy(d.scene), torch.from_numpy(d.comp),
            torch.from_numpy(d.mask)), d


def test_ccn_is_permutation_equivariant_and_ignores_padding(situations):
    torch.manual_seed(0)
    (R, S, C, M), _ = _batch(situations)
    model = CCN().eval()
    model.fit_scalers(R, S, C, M)
    with torch.no_grad():
        score = model(R, S, C, M)
        assert torch.isinf(score[~M]).all() and torch.isfinite(score[M]).all()
        n = int(M[0].sum())
        perm = torch.randperm(n)
        r0, c0 = R[:1, :n][:, perm], C[:1, :n, :n][:, perm][:, :, perm]
        s_perm = model(r0, S[:1], c0, torch.ones(1, n, dtype=torch.bool))
        assert torch.allclose(s_perm[0], score[0, :n][perm], atol=1e-5)
        # the score splits exactly into the blocks' term and one term per field
        full, u, fields = model(R, S, C, M, return_parts=True)
        assert torch.allclose(full[M], (u + fields.sum(-1))[M], atol=1e-5)
        pair = model.pair_scores(S, C, M)
        assert torch.all(pair[:, torch.arange(pair.shape[1]), torch.arange(pair.shape[1])] == 0)
        assert torch.allclose(fields, pair.sum(2))


def test_losses_prefer_the_chosen_route():
    score = torch.tensor([[2.0, 0.0, float("-inf")], [0.0, 2.0, 1.0]])
    mask = torch.tensor([[True, True, False], [True, True, True]])
    good = ranking_losses(score, torch.tensor([0, 1]), mask)
    bad = ranking_losses(score, torch.tensor([1, 0]), mask)
    assert good[0] < bad[0] and good[1] < bad[1]


def test_training_learns_a_simulated_taste(situations):
    # drivers who only care about signals: a learned ranker must find that out
    pop = DriverPopulation(time_median=0.0, length_median=0.0, turn_median=0.0, main_road_mean=0.0, main_road_sd=0.0,
                           regret_median=0.0, path_size_theta=0.0, signal_median=3.0, signal_sigma=0.0, noise=0.05)
    rng = np.random.default_rng(0)
    def unique_min(r):
        sig = np.sort(r[:, RN.index("signals")])
        return sig[1] > sig[0]

    keep = [x for x in situations if unique_min(x[0])]
    assert len(keep) >= 3
    R, S, C, CH = [], [], [], []
    for _ in range(20):
        for r, s, c in keep:
            R.append(r), S.append(s), C.append(c), CH.append(simulate_choice(r, s, c, pop, rng)[0])
    data = ChoiceData.from_lists(R, S, C, CH)
    model = fit(MultinomialLogit(), data, epochs=40, lr=0.05, progress=False)
    assert ranking_metrics(predict(model, data), data)["top1"] > 0.9
    w = model.linear.weight.detach()[0]
    assert w[RN.index("signals")] < 0


# -- the bundled checkpoint and rank() ------------------------------------------------
def test_checkpoint_loads_with_weights_only():
    state = torch.load(CHECKPOINT_DIR / "ccn.pt", weights_only=True)
    recipe = json.loads((CHECKPOINT_DIR / "ccn.json").read_text())
    model = CCN(**recipe["config"])
    model.load_state_dict(state)
    assert set(recipe["train_cities"]).isdisjoint(recipe["test_cities"])
    assert (CHECKPOINT_DIR / "ccn.pt").stat().st_size < 2_000_000


def test_rank_and_explain(cands):
    ranked = rank(cands, context={"hour": 8, "familiar": False})
    n = len(cands)
    assert ranked.scores.shape == (n,) and np.isfinite(ranked.scores).all()
    assert ranked.best == int(np.argmax(ranked.scores))
    assert sorted(ranked.order.tolist()) == list(range(n))
    assert ranked.frame["rank"].tolist() == list(range(1, n + 1))
    e = ranked.explain(0, 1)
    assert set(e.by_field) == set(FIELDS)
    assert e.preferred == (0 if ranked.scores[0] >= ranked.scores[1] else 1)
    assert e.features["time"] == pytest.approx((cands["travel_time"].iloc[0] - cands["travel_time"].iloc[1]) / 60, abs=1e-4)
    # the explanation adds up to the score difference, and flips with the pair
    assert e.context + sum(e.by_field.values()) == pytest.approx(ranked.scores[0] - ranked.scores[1], abs=1e-4)
    back = ranked.explain(1, 0)
    assert all(back.by_field[f] == pytest.approx(-e.by_field[f], abs=1e-5) for f in FIELDS)
    assert str(e).startswith(f"route {e.preferred} over route")


def test_rank_errors(cands):
    ranked = rank(cands)
    with pytest.raises(InputError, match="two different routes"):
        ranked.explain(0, 0)
    with pytest.raises(InputError, match="not a candidate index"):
        ranked.explain(0, len(cands))
    with pytest.raises(InputError, match="unknown context keys"):
        rank(cands, {"hour": 8, "rain": True})
    with pytest.raises(InputError, match="hour"):
        rank(cands, {"hour": 25})
    bare = cands.copy()
    bare.attrs = {}
    with pytest.raises(InputError, match="comparison features"):
        rank(bare)


def test_context_changes_the_ranking_scores(cands):
    a = rank(cands, {"hour": 8, "familiar": False}).scores
    b = rank(cands, {"hour": 3, "familiar": True}).scores
    assert not np.allclose(a, b)


@pytest.mark.slow
def test_ccn_beats_the_fastest_rule_on_a_held_out_city():
    from nco.routes.simulator import simulate_city

    data = simulate_city("helsinki", 150, seed=7, progress=False)
    model, _ = load_checkpoint()
    ccn = ranking_metrics(predict(model, data), data)
    fastest = ranking_metrics(predict(FastestRoute(), data), data)
    assert ccn["top1"] > fastest["top1"]


def test_pointwise_mlp_shapes(situations):
    (R, S, C, M), _ = _batch(situations)
    m = PointwiseMLP()
    m.fit_scalers(R, S, C, M)
    out = m(R, S, C, M)
    assert out.shape == M.shape and torch.isinf(out[~M]).all()


# -- command line ---------------------------------------------------------------------
def test_cli_prints_ranked_routes_and_draws_a_map(tmp_path, capsys):
    png = tmp_path / "routes.png"
    rc = cli(["routes", "--city", "munich", "--from", MUNICH_FROM, "--to", MUNICH_TO, "--k", "4", "--png", str(png)])
    out = capsys.readouterr().out
    assert rc == 0
    assert "1. route" in out and "OpenStreetMap contributors" in out
    assert png.stat().st_size > 20_000


def test_cli_json(capsys):
    rc = cli(["routes", "--city", "munich", "--from", MUNICH_FROM, "--to", MUNICH_TO, "--json", "--hour", "18"])
    doc = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert doc["attribution"] == "(c) OpenStreetMap contributors"
    assert [r["rank"] for r in doc["routes"]] == list(range(1, len(doc["routes"]) + 1))
    assert doc["routes"][0]["route"] == doc["best"]
    assert all(r["geometry"]["type"] == "LineString" for r in doc["routes"])


@pytest.mark.parametrize("args, message", [
    (["--from", "11.5660", "--to", MUNICH_TO], "LON,LAT"),
    (["--from", MUNICH_FROM, "--to", MUNICH_FROM], "same road node"),
    (["--from", MUNICH_FROM, "--to", "11.70,48.20"], "outside the network"),
])
def test_cli_errors(args, message, capsys):
    rc = cli(["routes", "--city", "munich", *args])
    assert rc == 2
    assert message in capsys.readouterr().err


def test_best_path_follows_the_ranking(cands):
    from nco.routes import best_path

    G = nco.roads.load("munich")
    o, t = cands["nodes"].iloc[0][0], cands["nodes"].iloc[0][-1]
    ctx = {"hour": 17, "familiar": True}
    path = best_path(G, o, t, context=ctx)
    assert path == list(cands["nodes"].iloc[rank(cands, ctx).best])
    assert all(G.has_edge(a, b) for a, b in zip(path[:-1], path[1:]))


def test_rank_runs_on_one_thread_and_restores_the_callers_setting(cands):
    before = torch.get_num_threads()
    torch.set_num_threads(2)
    try:
        scores = rank(cands, {"hour": 8}).scores
        assert torch.get_num_threads() == 2
        torch.set_num_threads(1)
        assert np.allclose(rank(cands, {"hour": 8}).scores, scores, atol=1e-5)
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)
