"""Record how the rules read the mentions of prompt sets, at any version of the parser.

The learned second readings (:mod:`nco.planner.offline.reader`) learn where
the rules go wrong on prompts they were not written from.  Each prompt set
was scored first with the parser as it stood when the set arrived; this
script replays that: run from a checkout of that version, it parses the
sets and writes, per prompt, every mention of a kind of place with the
rules' verdict (kept, or the reason it is no visit), every clock time said
with the start time, deadline and time limit the rules read, the start
and end places read, and the order the rules read (its ``(before, after)``
pairs of tasks and the span and task of each visit said; ``None`` in
versions without ``read_order``), as one JSON line::

    git worktree add --detach ../at-4bb39cc 4bb39cc
    cd ../at-4bb39cc && python <this repo>/benchmarks/record_first_readings.py \\
        --prompts <this repo>/data/prompts --splits heldout26 heldout27 heldout28 --commit 4bb39cc >> readings.jsonl

It only wraps the stage functions that drop mentions (``_end_reasons``,
``_not_visits``; in versions that kept every mention they found,
``find_mentions``) and ``read_times``, and switches the learned second
readings off where a version has them (:func:`rules_only`), so it runs
unchanged on every checkout of the staged parser and records the rules'
own readings.  ``data/prompts/first_readings.jsonl``
holds the readings of the read sets at their first scoring;
``benchmarks/train_readers.py`` trains on them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd() / "benchmarks"))
sys.path.insert(0, str(Path.cwd()))
import planner_prompts as pp

from nco.planner import offline
from nco.planner.offline import tasks as T
from nco.planner.offline import times as clock

_CURRENT: dict = {}


def _wrap(fn):
    def dropping(p, mentions, *args, **kw):
        _CURRENT.setdefault("p", p)
        _CURRENT.setdefault("mentions", list(mentions))
        n0 = len(p.notes)
        out = fn(p, mentions, *args, **kw)
        kept = {id(x) for x in out}
        for x in mentions:
            if id(x) not in kept:
                head = f"'{p.text[x.start:x.end]}' "
                note = next((n for n in p.notes[n0:] if n.startswith(head)), head + "dropped")
                _CURRENT.setdefault("why", {})[id(x)] = note[len(head):].replace(": no visit of its own", "")
        return out
    return dropping


def _found(fn):
    def found(p):
        out = fn(p)
        _CURRENT.setdefault("p", p)
        _CURRENT.setdefault("mentions", list(out))
        return out
    return found


def _timed(fn):
    def timed(p, out, *args, **kw):
        fn(p, out, *args, **kw)
        said = getattr(p, "clock_times", None) or clock.find_times(p.low)
        _CURRENT.setdefault("p", p)
        _CURRENT.setdefault("times", {"said": [list(c) for c in said], "start": out.start, "deadline": out.deadline,
                                      "limit": out.limit, "events": [e[0] for e in getattr(p, "event_times", ())]})
    return timed


def _ordered(fn):
    def ordered(mlow, mentions, n_tasks, *args, **kw):
        out = fn(mlow, mentions, n_tasks, *args, **kw)
        _CURRENT.setdefault("order", {"pairs": sorted([a, b] for a, b in out),
                                      "visits": [[x.start, x.end, x.task] for x in mentions
                                                 if getattr(x, "task", None) is not None]})
        return out
    return ordered


def mention_record(x, why) -> dict:
    """The fields of a mention that the training reads."""
    return {"start": x.start, "end": x.end, "word": getattr(x, "word", ""), "category": x.category,
            "tag": getattr(x, "tag", None), "name": getattr(x, "name", None), "count": getattr(x, "count", 1),
            "ref": x.ref, "ref_new": bool(getattr(x, "ref_new", False)), "kinds": list(getattr(x, "kinds", ()) or ()),
            "why": why}


def record(prompt: dict, split: str) -> dict | None:
    """The rules' reading of one prompt (``None`` when it is refused before its mentions are read)."""
    _CURRENT.clear()
    pp.evaluate(prompt)
    if "p" not in _CURRENT:
        return None
    p, why = _CURRENT["p"], _CURRENT.get("why", {})
    found = sorted(_CURRENT.get("mentions", ()), key=lambda x: x.start)
    return {"split": split, "id": prompt["id"], "low": p.low, "lang": p.lang,
            "start_end": getattr(p, "start_end", -1), "times": _CURRENT.get("times"), "places": list(p.places),
            "order": _CURRENT.get("order"),
            "mentions": [mention_record(x, why.get(id(x))) for x in found] if "mentions" in _CURRENT else None}


@contextlib.contextmanager
def rules_only():
    """Within it, :func:`record` records the rules' own readings: the stage functions are wrapped and, in
    versions that have them, the learned second readings switched off; all is restored on leaving."""
    reader = getattr(offline, "reader", None)
    saved = [(mod, name, getattr(mod, name)) for mod, name in
             [(T, "_end_reasons"), (T, "_not_visits"), (T, "find_mentions"), (offline, "find_mentions"),
              (offline, "read_times"), (offline, "read_order"), (reader, "load_model")] if hasattr(mod, name)]
    for name in ("_end_reasons", "_not_visits"):
        if hasattr(T, name):
            setattr(T, name, _wrap(getattr(T, name)))
    if not hasattr(T, "_not_visits"):  # versions before it kept every mention they found
        offline.find_mentions = T.find_mentions = _found(T.find_mentions)
    offline.read_times = _timed(offline.read_times)
    if hasattr(offline, "read_order"):
        offline.read_order = _ordered(offline.read_order)
    if hasattr(reader, "load_model"):
        reader.load_model = lambda *_: None
    try:
        yield
    finally:
        for mod, name, value in saved:
            setattr(mod, name, value)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--prompts", required=True, help="folder of the trips_*.jsonl sets")
    ap.add_argument("--splits", nargs="+", required=True)
    ap.add_argument("--commit", required=True, help="the version being replayed (recorded in each line)")
    args = ap.parse_args(argv)
    with rules_only():
        for split in args.splits:
            with open(Path(args.prompts) / f"trips_{split}.jsonl", encoding="utf-8") as fh:
                prompts = [json.loads(line) for line in fh if line.strip()]
            for prompt in prompts:
                if prompt["expected"].get("error"):
                    continue
                reading = record(prompt, split)
                if reading is not None:
                    print(json.dumps({**reading, "commit": args.commit}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
