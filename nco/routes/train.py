"""Train CCN and the learned baselines on simulated choices; write the checkpoint.

Cities: CCN learns on :data:`TRAIN_CITIES` and is tested on
:data:`TEST_CITIES`, which it never sees.

Run ``python -m nco.routes.train`` (about ten minutes on two cores) to
rebuild ``nco/routes/checkpoints/ccn.pt`` and its recipe ``ccn.json``; the
choice data sets are cached under ``.cache/routes/``.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np

from nco import fsio, resources
from nco.errors import InputError
from nco.routes.features import FIELDS
from nco.routes.simulator import ChoiceData, DriverPopulation, population_utility, resimulate, simulate_city

#: Cities whose simulated choices train the models.
TRAIN_CITIES = ("munich", "porto", "andorra")
#: Held-out cities for the ranking results.
TEST_CITIES = ("helsinki", "monaco", "stockholm", "sydney")

CHECKPOINT_DIR = Path(__file__).resolve().parent / "checkpoints"
CACHE_DIR = resources.cache_dir("routes")


def choice_data(city: str, n_sets: int, seed: int, cache_dir=CACHE_DIR, pop: DriverPopulation | None = None,
                progress: bool = True) -> ChoiceData:
    """Simulated choices of one city.

    The candidate sets and contexts (the slow part) are cached as ``.npz``
    keyed by city, size and seed (written atomically; a damaged file is
    simulated again); the drivers' choices are then drawn from
    ``pop`` (seeded by ``seed``) on every call.
    """
    path = Path(cache_dir) / f"{city}_{n_sets}_{seed}.npz"
    data = None
    if path.is_file():
        try:
            data = ChoiceData.load(path)
        except InputError:  # a damaged cache is simulated again
            data = None
    if data is None:
        data = simulate_city(city, n_sets, seed=seed, progress=progress)
        data.save(path)
    return resimulate(data, pop or DriverPopulation(), seed=seed + 7)


def build_sets(n_train: int = 1200, n_test: int = 500, seed: int = 0, cache_dir=CACHE_DIR,
               pop: DriverPopulation | None = None, draws: int = 1):
    """Training data (train cities) and test data (held-out cities).

    ``draws`` > 1 lets that many independent drivers choose in every training
    situation (more choices from the same candidate sets)."""
    parts = [choice_data(c, n_train, seed + i, cache_dir, pop) for i, c in enumerate(TRAIN_CITIES)]
    pop = pop or DriverPopulation()
    parts += [resimulate(p, pop, seed=1000 * d + i) for d in range(1, draws) for i, p in enumerate(parts[:len(TRAIN_CITIES)])]
    train = ChoiceData.concat(parts)
    test = ChoiceData.concat([choice_data(c, n_test, seed + 100 + i, cache_dir, pop)
                              for i, c in enumerate(TEST_CITIES)])
    return train, test


# -- fitting and scoring -----------------------------------------------------------
def tensors(data: ChoiceData):
    """Torch tensors (route, scene, comp, mask, choice) of a data set."""
    import torch

    return (torch.from_numpy(data.route).float(), torch.from_numpy(data.scene).float(),
            torch.from_numpy(data.comp).float(), torch.from_numpy(data.mask).bool(),
            torch.from_numpy(data.choice).long())


def fit(model, train: ChoiceData, val: ChoiceData | None = None, epochs: int = 30, batch_size: int = 128,
        lr: float = 2e-3, seed: int = 0, progress: bool = True):
    """Fit a scorer with :class:`nco.routes.ccn.RankingModule` (Lightning, CPU)."""
    import lightning as L
    from torch.utils.data import DataLoader, TensorDataset

    from nco.routes.ccn import RankingModule

    L.seed_everything(seed, verbose=False)
    tr = tensors(train)
    model.fit_scalers(*tr[:4])
    if not any(p.requires_grad for p in model.parameters()):
        return model
    module = RankingModule(model, lr=lr, epochs=epochs)
    loader = DataLoader(TensorDataset(*tr), batch_size=batch_size, shuffle=True)
    val_loader = DataLoader(TensorDataset(*tensors(val)), batch_size=512) if val is not None else None
    trainer = L.Trainer(max_epochs=epochs, accelerator="cpu", devices=1, logger=False, enable_checkpointing=False,
                        enable_progress_bar=progress, enable_model_summary=False, precision="32-true")
    trainer.fit(module, loader, val_loader)
    model.eval()
    return model


def predict(model, data: ChoiceData, batch_size: int = 512) -> np.ndarray:
    """Scores (M, N) of every candidate; ``-inf`` on padding."""
    import torch

    model.eval()
    out = []
    with torch.no_grad():
        R, S, C, M, _ = tensors(data)
        for i in range(0, len(data), batch_size):
            out.append(model(R[i:i + batch_size], S[i:i + batch_size], C[i:i + batch_size], M[i:i + batch_size]).numpy())
    return np.concatenate(out)


def ranking_metrics(scores: np.ndarray, data: ChoiceData) -> dict:
    """Top-1 accuracy and NDCG@3 (one relevant item: the chosen route) of scores (M, N)."""
    s = np.where(data.mask, scores, -np.inf)
    # rank of the chosen route; ties count against the ranker
    chosen = s[np.arange(len(s)), data.choice]
    rank = (s > chosen[:, None]).sum(1) + ((s == chosen[:, None]) & data.mask).sum(1) - 1
    ndcg = np.where(rank < 3, 1.0 / np.log2(rank + 2.0), 0.0)
    return {"top1": float((rank == 0).mean()), "ndcg3": float(ndcg.mean()), "n": int(len(s))}


def explain_agreement(model, data: ChoiceData, min_gap: float = 0.5) -> dict:
    """Do CCN's per-field scores name the field that decided the simulated choice?

    For every candidate pair of every situation whose simulated systematic
    utilities differ by more than ``min_gap``, the simulator's *deciding
    field* is the field whose utility difference most favours the better
    route; CCN's is the field whose term in the score difference (see
    :meth:`nco.routes.Ranking.explain`) most favours that route.
    Reports how often the two agree, against always naming the most common
    deciding field, and how often the sign of each field's term matches
    the sign of that field's utility difference where it exceeds ``min_gap``.
    """
    import torch

    R, S, C, M, _ = tensors(data)
    with torch.no_grad():
        fs = model.field_scores(S, C, M).numpy()
    fu = data.field_utility
    hits, sim_fields, sign_hits, sign_n = 0, [], 0, 0
    for m in range(len(data)):
        n = int(data.mask[m].sum())
        for i in range(n):
            for j in range(n):
                if i == j:
                    continue
                d = fu[m, i] - fu[m, j]
                if d.sum() <= min_gap:
                    continue
                f_sim = int(np.argmax(d))
                e = fs[m, i] - fs[m, j]
                f_ccn = int(np.argmax(e))
                sim_fields.append(f_sim)
                hits += f_sim == f_ccn
                big = np.abs(d) > min_gap
                sign_hits += int((np.sign(e[big]) == np.sign(d[big])).sum())
                sign_n += int(big.sum())
    counts = np.bincount(sim_fields, minlength=len(FIELDS))
    total = max(len(sim_fields), 1)
    return {
        "pairs": len(sim_fields),
        "agreement": hits / total,
        "majority_baseline": float(counts.max() / total),
        "majority_field": FIELDS[int(counts.argmax())],
        "deciding_field_shares": {f: float(c / total) for f, c in zip(FIELDS, counts)},
        "sign_agreement": sign_hits / max(sign_n, 1),
        "sign_checks": sign_n,
    }


def make_model(name: str, **kw):
    """A fresh scorer by name: ``ccn``, ``mlp``, ``mnl``, ``fastest``, ``shortest``."""
    from nco.routes.baselines import FastestRoute, MultinomialLogit, PointwiseMLP, ShortestRoute
    from nco.routes.ccn import CCN

    makers = {"ccn": CCN, "mlp": PointwiseMLP, "mnl": MultinomialLogit, "fastest": FastestRoute,
              "shortest": ShortestRoute}
    if name not in makers:
        raise ValueError(f"unknown model {name!r}; known: {sorted(makers)}")
    return makers[name](**kw)


def save_checkpoint(model, recipe: dict, directory=CHECKPOINT_DIR, name: str = "ccn") -> Path:
    """Write ``<name>.pt`` (a plain state dict) and ``<name>.json`` (the recipe)
    side by side, each atomically."""
    import torch

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.pt"
    with fsio.atomic_path(path) as tmp:
        torch.save({k: v.detach().clone() for k, v in model.state_dict().items()}, tmp)
    fsio.write_text(directory / f"{name}.json", json.dumps({**recipe, "config": model.config}, indent=2) + "\n")
    return path


def load_checkpoint(path=CHECKPOINT_DIR / "ccn.pt"):
    """The CCN stored at ``path`` (its recipe ``.json`` beside it), in eval mode.

    The recipe's configuration is checked (:func:`nco.routes.ccn.check_config`)
    before the network is built, and the weights are read with
    ``torch.load(..., weights_only=True)``.

    Raises
    ------
    InputError
        One line naming the file and what is wrong: missing, empty, text,
        truncated, not plain tensors, a bad configuration, weights that do not
        fit.
    """
    from nco.routes.ccn import CCN, check_config

    path = Path(path)
    recipe_path = path.with_suffix(".json")
    if not path.is_file() or not recipe_path.is_file():
        raise InputError(f"no CCN checkpoint at {path.name} (with its recipe {recipe_path.name}); "
                         "train one with python -m nco.routes.train", path=str(path))
    recipe = _read_recipe(recipe_path)
    try:
        model = CCN(**check_config(recipe.get("config")))
    except InputError as exc:
        raise InputError(f"CCN recipe: {exc}", path=str(recipe_path)) from None
    state = _load_state(path)
    try:
        model.load_state_dict(state)
    except RuntimeError as exc:
        raise InputError(f"CCN weights do not fit the recipe's network: {str(exc).strip().splitlines()[0][:160]}",
                         path=str(path)) from None
    model.eval()
    return model, recipe


def _read_recipe(path: Path) -> dict:
    return fsio.read_json_object(path, "CCN recipe")


def _load_state(path: Path) -> dict:
    """A plain state dict (names to tensors) read without running code."""
    import torch

    p = fsio.check_input(path, "CCN weights", max_bytes=64 << 20)
    try:
        state = torch.load(p, map_location="cpu", weights_only=True)
    except Exception as exc:  # empty, text, truncated, pickled objects
        text = str(exc).strip().splitlines()
        reason = f"{type(exc).__name__}: {text[0][:120]}" if text else type(exc).__name__
        raise InputError(f"CCN weights: not a readable weights file ({reason})", path=str(p)) from None
    if not isinstance(state, dict) or not all(isinstance(k, str) and isinstance(v, torch.Tensor)
                                              for k, v in state.items()):
        raise InputError("CCN weights: not a dictionary of named tensors", path=str(p))
    return state


def paired_difference(a: np.ndarray, b: np.ndarray, data: ChoiceData, n_boot: int = 2000, seed: int = 0) -> dict:
    """Top-1 of scores ``a`` minus scores ``b`` on the same choices, with a bootstrap 95 % interval."""
    def hits(s):
        s = np.where(data.mask, s, -np.inf)
        return s.argmax(1) == data.choice

    ha, hb = hits(a), hits(b)
    d = ha.astype(float) - hb
    rng = np.random.default_rng(seed)
    boot = np.array([d[rng.integers(0, len(d), len(d))].mean() for _ in range(n_boot)])
    return {"difference": float(d.mean()), "ci95": [float(np.percentile(boot, 2.5)), float(np.percentile(boot, 97.5))],
            "a_only": int((ha & ~hb).sum()), "b_only": int((hb & ~ha).sum()), "n": int(len(d))}


def evaluate_all(models: dict, test: ChoiceData, pop: DriverPopulation | None = None) -> list[dict]:
    """Top-1 and NDCG@3 per model and held-out city (and overall), plus the simulator ceiling."""
    rows = []
    groups = [("all", np.ones(len(test), bool))] + [(g, test.group == g) for g in dict.fromkeys(test.group.tolist())]
    preds = {name: predict(m, test) for name, m in models.items()}
    if test.utility is not None:
        preds["simulator, median tastes"] = population_utility(test, pop)
        preds["simulator utility (ceiling)"] = np.where(test.mask, test.utility, -np.inf)
    for name, s in preds.items():
        for g, keep in groups:
            sub = test.subset(keep)
            rows.append({"method": name, "city": g, **ranking_metrics(s[keep], sub)})
    return rows


def main(argv=None) -> int:
    """Simulate data, train CCN and the baselines, write the checkpoint and the ranking table."""
    import torch

    p = argparse.ArgumentParser(prog="python -m nco.routes.train", description=__doc__.splitlines()[0])
    p.add_argument("--sets", type=int, default=1200, help="origin-destination sets per training city")
    p.add_argument("--test-sets", type=int, default=500, help="sets per held-out city")
    p.add_argument("--epochs", type=int, default=20)
    p.add_argument("--draws", type=int, default=3, help="drivers choosing in each training situation")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", default=str(CHECKPOINT_DIR), help="checkpoint folder")
    p.add_argument("--results", default="results/routes", help="folder for ranking.csv / ranking.md")
    args = p.parse_args(argv)
    torch.set_num_threads(1)
    t0 = time.time()
    train, test = build_sets(args.sets, args.test_sets, args.seed, draws=args.draws)
    rng = np.random.default_rng(args.seed)
    # validation: 10 % of the candidate sets of the training cities, with all their draws
    n_first = len(train) // args.draws
    is_val = np.tile(rng.uniform(size=n_first) < 0.1, args.draws)
    tr, va = train.subset(~is_val), train.subset(is_val)
    print(f"train {len(tr)} choices ({', '.join(TRAIN_CITIES)}), val {len(va)}, "
          f"test {len(test)} ({', '.join(TEST_CITIES)})", flush=True)
    models = {}
    for name in ("fastest", "shortest", "mnl", "mlp", "ccn"):
        t1 = time.time()
        models[name] = fit(make_model(name), tr, va, epochs=args.epochs, seed=args.seed, progress=False)
        print(f"{name}: fitted in {time.time() - t1:.0f} s", flush=True)
    rows = evaluate_all(models, test)
    expl = explain_agreement(models["ccn"], test)
    paired = paired_difference(predict(models["ccn"], test), predict(models["mlp"], test), test)
    recipe = {
        "model": "CCN", "train_cities": list(TRAIN_CITIES), "test_cities": list(TEST_CITIES),
        "sets_per_train_city": args.sets, "sets_per_test_city": args.test_sets, "contexts_per_set": 2,
        "drivers_per_training_situation": args.draws,
        "epochs": args.epochs, "seed": args.seed, "batch_size": 128, "lr": 2e-3, "loss": "listwise CE + 0.5 pairwise",
        "population": asdict(DriverPopulation()),
        "test": {r["method"]: {"top1": r["top1"], "ndcg3": r["ndcg3"]} for r in rows if r["city"] == "all"},
        "explain": expl, "ccn_minus_mlp_top1": paired, "train_seconds": round(time.time() - t0),
        "command": "python -m nco.routes.train" + (" " + " ".join(argv) if argv else ""),
    }
    save_checkpoint(models["ccn"], recipe, args.out)
    write_ranking_tables(rows, expl, Path(args.results), paired)
    for r in rows:
        if r["city"] == "all":
            print(f"{r['method']:>28}: top-1 {r['top1']:.3f}  NDCG@3 {r['ndcg3']:.3f}")
    print("explain:", json.dumps(expl))
    print("CCN - MLP top-1:", json.dumps(paired))
    return 0


_NAMES = {"fastest": "fastest route", "shortest": "shortest route", "mnl": "multinomial logit",
          "mlp": "pointwise MLP", "ccn": "CCN"}


def write_ranking_tables(rows: list[dict], expl: dict, folder: Path, paired: dict | None = None) -> None:
    """``ranking.csv`` and ``ranking.md`` (one row per method, one column pair per city)."""

    folder.mkdir(parents=True, exist_ok=True)
    with fsio.atomic_open(folder / "ranking.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["method", "city", "n", "top1", "ndcg3"])
        w.writeheader()
        for r in rows:
            w.writerow({k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()})
    cities = list(dict.fromkeys(r["city"] for r in rows))
    n_of = {r["city"]: r["n"] for r in rows}
    lines = ["| method | " + " | ".join(f"{c} (n={n_of[c]}) top-1 / NDCG@3" for c in cities) + " |",
             "|---|" + "---|" * len(cities)]
    for m in dict.fromkeys(r["method"] for r in rows):
        cells = {r["city"]: f"{r['top1']:.3f} / {r['ndcg3']:.3f}" for r in rows if r["method"] == m}
        lines.append(f"| {_NAMES.get(m, m)} | " + " | ".join(cells[c] for c in cities) + " |")
    lines += ["", f"Explanation check on {expl['pairs']} pairs: CCN's top field = simulator's deciding field in "
              f"{expl['agreement']:.1%} (always '{expl['majority_field']}': {expl['majority_baseline']:.1%}); "
              f"per-field sign agreement {expl['sign_agreement']:.1%} of {expl['sign_checks']} checks."]
    if paired:
        lines += ["", f"CCN minus pointwise MLP, top-1 on the same {paired['n']} held-out choices: "
                  f"{100 * paired['difference']:+.1f} points (bootstrap 95 % interval {100 * paired['ci95'][0]:+.1f} to "
                  f"{100 * paired['ci95'][1]:+.1f}); CCN alone right {paired['a_only']} times, MLP alone right "
                  f"{paired['b_only']} times."]
    fsio.write_text(folder / "ranking.md", "\n".join(lines) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
