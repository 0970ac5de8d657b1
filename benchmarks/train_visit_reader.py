"""Train the learned second reading of visits (:mod:`nco.planner.offline.reader`).

Training data are the rules' readings of the labelled prompts
(:mod:`record_first_readings`): the readings of the read sets by the
parser as it stands, and ``data/prompts/first_readings.jsonl``, the
readings of the same sets by the parser as it stood when each set arrived,
before any rule was written from it: there the rules make the mistakes they
make on prompts they have never seen.  Each mention is labelled a visit or
not by aligning the mentions with the prompt's expected tasks (the
alignment that agrees most with the rules, among those that give exactly
the expected kinds in order; prompts with none are left out).

A logistic regression is fitted on
:func:`~nco.planner.offline.reader.features`; whether it sees the rules'
reasons, its regularisation and the override thresholds are chosen by
leave-one-set-out cross-validation, counting the prompts whose visits the
second reading mends minus twice those it breaks::

    python benchmarks/train_visit_reader.py --out data/visit_reader.json --force
    python benchmarks/train_visit_reader.py --report-only   # the cross-validation table only

The sets in ``--hold`` are never parsed here (by default those kept as never
read: ``benchmarks/planner_prompts.py`` measures them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).parent))
import planner_prompts as pp
import record_first_readings as rec

from nco import resources
from nco.fsio import check_output, read_bytes, write_text
from nco.planner.offline import reader
from nco.planner.offline import tasks as T

#: sets scored but never read while the rules were written: kept out of training
HELD = ("heldout10", "heldout15", "heldout16", "heldout18", "heldout20", "heldout22", "heldout23", "heldout29",
        "heldout30", "heldout31")
FIRST_READINGS = "first_readings.jsonl"
_GRID_C = (0.3, 1.0, 3.0)
_GRID_KEEP = (0.9, 1.01)
_GRID_DROP = (0.1, 0.2, 0.3, 0.4, 0.5)


def _kinds(x) -> set[str]:
    return {pp.canonical_kind(x.tag or x.category)} | {pp.canonical_kind(k) for k in x.kinds}


def align(items: list, expected: list[set[str]]) -> list[bool] | None:
    """Which mentions are visits: the choice that gives exactly ``expected`` in order and agrees most with
    the rules (``None`` when there is none).  A kept reference that makes a task of its own must be taken;
    a dropped reference is never taken."""
    best: dict[int, tuple[int, list[bool]]] = {0: (0, [])}
    for x in items:
        kept, step = x.why is None, {}
        for j, (agree, picks) in best.items():
            if not (x.ref and kept and x.ref_new):
                _better(step, j, agree + (not kept), picks + [False])
            if x.ref and not (kept and x.ref_new):
                continue
            if j + x.count <= len(expected) and all(_kinds(x) & expected[j + k] for k in range(x.count)):
                _better(step, j + x.count, agree + kept, picks + [True])
        best = step
    hit = best.get(len(expected))
    return hit[1] if hit else None


def _better(table: dict, key: int, agree: int, picks: list[bool]) -> None:
    if key not in table or table[key][0] < agree:
        table[key] = (agree, picks)


def current_readings(splits: list[str]) -> list[dict]:
    """The readings of ``splits`` by the rules as they stand (the learned reading switched off)."""
    saved = reader.load_model
    reader.load_model = lambda: None
    wrapped = {name: getattr(T, name) for name in ("_not_visits",)}
    for name, fn in wrapped.items():
        setattr(T, name, rec._wrap(fn))
    try:
        return [r for s in splits for p in pp.load(s) if not p["expected"].get("error")
                for r in [rec.record(p, s)] if r is not None]
    finally:
        reader.load_model = saved
        for name, fn in wrapped.items():
            setattr(T, name, fn)


def first_readings(hold) -> list[dict]:
    """The bundled readings of the read sets at their first scoring."""
    text = read_bytes(resources.data("prompts", FIRST_READINGS), "first readings", 64 << 20).decode("utf-8")
    return [r for r in map(json.loads, text.splitlines()) if r["split"] not in set(hold)]


def rows(readings: list[dict], first: bool) -> list[dict]:
    """One row per mention that is no reference, in the prompts whose alignment exists."""
    expected = {p["id"]: p["expected"] for s in {r["split"] for r in readings} for p in pp.load(s)}
    out = []
    for r in readings:
        p = SimpleNamespace(low=r["low"], lang=r["lang"], start_end=r["start_end"])
        items = [SimpleNamespace(**m) for m in r["mentions"]]
        exp = [{pp.canonical_kind(a).rstrip("*") for a in alts} for alts in expected[r["id"]]["tasks"]]
        labels = align(items, exp)
        for x, label in zip(items, labels or []):
            if x.ref is None:
                out.append({"split": r["split"], "id": r["id"], "first": first, "label": label,
                            "rule": x.why is None, "open": reader.open_to_second_reading(x, items),
                            "feats": reader.features(p, x, x.why, items)})
    return out


def _dicts(rs: list[dict], with_rule: bool) -> list[dict]:
    return [{f: 1 for f in r["feats"] if with_rule or not f.startswith("rule=")} for r in rs]


def fit(rs: list[dict], c: float, with_rule: bool) -> tuple[DictVectorizer, LogisticRegression]:
    vec = DictVectorizer()
    xs = vec.fit_transform(_dicts(rs, with_rule))
    return vec, LogisticRegression(C=c, max_iter=3000).fit(xs, [r["label"] for r in rs])


def effect(rs: list[dict], probs, keep: float, drop: float) -> tuple[int, int]:
    """Prompts whose visits the second reading mends, and those it breaks."""
    by = defaultdict(list)
    for r, pr in zip(rs, probs):
        decided = r["rule"] if not r["open"] else pr > keep if not r["rule"] else pr >= drop
        by[(r["first"], r["id"])].append((r["rule"] == r["label"], decided == r["label"]))
    mended = sum(not all(a for a, _ in v) and all(b for _, b in v) for v in by.values())
    broken = sum(all(a for a, _ in v) and not all(b for _, b in v) for v in by.values())
    return mended, broken


def cross_validate(rs: list[dict]) -> list[dict]:
    """Every choice of the grid, each set predicted by a model fitted on the others."""
    splits = sorted({r["split"] for r in rs})
    out = []
    for with_rule in (True, False):
        for c in _GRID_C:
            probs = np.zeros(len(rs))
            for s in splits:
                idx = [i for i, r in enumerate(rs) if r["split"] == s]
                vec, model = fit([r for r in rs if r["split"] != s], c, with_rule)
                probs[idx] = model.predict_proba(vec.transform(_dicts([rs[i] for i in idx], with_rule)))[:, 1]
            for keep in _GRID_KEEP:
                for drop in _GRID_DROP:
                    mended, broken = effect(rs, probs, keep, drop)
                    out.append({"with_rule": with_rule, "C": c, "keep_above": keep, "drop_below": drop,
                                "mended": mended, "broken": broken, "score": mended - 2 * broken})
    return sorted(out, key=lambda r: (-r["score"], r["broken"]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default="data/visit_reader.json")
    ap.add_argument("--force", action="store_true", help="overwrite --out")
    ap.add_argument("--hold", nargs="*", default=list(HELD), help="sets never parsed here")
    ap.add_argument("--report-only", action="store_true", help="print the cross-validation table, write nothing")
    args = ap.parse_args(argv)
    if not args.report_only:
        check_output(args.out, "--out", force=args.force)
    splits = [s for s in pp.SPLITS if s not in set(args.hold)]
    rs = rows(current_readings(splits), False) + rows(first_readings(args.hold), True)
    cv = cross_validate(rs)
    print(f"{len(rs)} mentions of {len({(r['first'], r['id']) for r in rs})} readings; best of the grid:")
    for r in cv[:8]:
        print(r)
    if args.report_only:
        return 0
    best = cv[0]
    vec, model = fit(rs, best["C"], best["with_rule"])
    weights = {f: round(float(w), 4) for f, w in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(w) >= 1e-3}
    doc = {"model": "logistic regression over nco.planner.offline.reader.features", "trained_on": splits,
           "held_out": args.hold, "mentions": len(rs), "cross_validation": best, "date": dt.date.today().isoformat(),
           "command": "python benchmarks/train_visit_reader.py --out data/visit_reader.json --force",
           "keep_above": best["keep_above"], "drop_below": best["drop_below"],
           "intercept": round(float(model.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}
    write_text(args.out, json.dumps(doc, ensure_ascii=False, indent=0) + "\n")
    print(f"wrote {args.out}: {len(weights)} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
