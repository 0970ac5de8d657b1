"""How often two people label the same trip prompt the same way: the ceiling a parser is scored under.

The prompt sets of ``data/prompts`` were each labelled by the hand that wrote them.  A second hand
labelled the twelfth set again from the prompts alone, with the instructions the first had
(``data/prompts/second/trips_heldout12.jsonl``).  This compares the two labellings field by field
with the rules :mod:`planner_prompts` scores the parser by: a place is the same when a spelling is
shared or, in a bundled city, the extract finds the same place for both; the tasks are the same when
there are as many and each pair of positions shares a kind; the order when the tasks agree and the
transitive closures are equal; an impossible prompt when both name the same error::

    python benchmarks/planner_agreement.py
    python benchmarks/planner_agreement.py --verbose     # every prompt the two labellings differ on
    python benchmarks/planner_prompts.py --split heldout12 --data data/prompts/second   # the parser against the second hand

Writes nothing; prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import planner_prompts as pp

from nco import resources
from nco.errors import InputError


def _places_agree(city, a: list[str] | None, b: list[str] | None) -> bool:
    """Both empty, a spelling in common, or (with the city) one place found for a spelling of each."""
    if not a or not b:
        return not a and not b
    if {pp.fold_place(x) for x in a} & {pp.fold_place(x) for x in b}:
        return True
    return city is not None and any(pp._same_place(city, x, b) for x in a)


def _tasks_agree(a: list[list[str]], b: list[list[str]]) -> bool:
    return len(a) == len(b) and all({pp.canonical_kind(k) for k in x} & {pp.canonical_kind(k) for k in y}
                                    for x, y in zip(a, b))


def agree(a: dict, b: dict, city=None) -> dict[str, bool]:
    """Which fields two labels of one prompt agree on (``all``: every field, or the same refusal)."""
    if a["error"] or b["error"]:
        same = a["error"] == b["error"]
        return {**{f: same for f in pp.FIELDS}, "all": same}
    tasks = _tasks_agree(a["tasks"], b["tasks"])
    row = {"start_place": _places_agree(city, a["start_place"], b["start_place"]),
           "start_time": a["start_time"] == b["start_time"],
           "end_place": _places_agree(city, a["end_place"], b["end_place"]),
           "end": a["end"] == b["end"], "tasks": tasks,
           "order": tasks and pp._closure(a["order"]) == pp._closure(b["order"])}
    return {**row, "all": all(row.values())}


def load_labels(path: Path) -> dict[str, dict]:
    """``id -> expected`` of a labelling; a clear error for a file that is not one."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                out[row["id"]] = row["expected"]
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{path}, line {n}: not a labelled prompt ({exc})") from None
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="heldout12", choices=list(pp.SPLITS))
    ap.add_argument("--second", type=Path, default=None,
                    help="the second labelling (default: data/prompts/second/<the split's file>)")
    ap.add_argument("--verbose", action="store_true", help="print every prompt the labellings differ on")
    args = ap.parse_args(argv)
    second = args.second or resources.data("prompts", "second", pp.SPLITS[args.split])
    try:
        other = load_labels(second)
    except (InputError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    rows = []
    for p in pp.load(args.split):
        if p["id"] not in other:
            continue
        city = pp._city(p["city"]) if p.get("bundled") else None
        row = agree(p["expected"], other[p["id"]], city)
        rows.append(row)
        if args.verbose and not row["all"]:
            wrong = [f for f in pp.FIELDS if not row[f]]
            print(f"{p['id']:24s} {','.join(wrong)}\n    first:  {p['expected']}\n    second: {other[p['id']]}")
    if not rows:
        print(f"error: {second} labels no prompt of {args.split}", file=sys.stderr)
        return 2
    head = ["prompts", *pp.FIELDS, "all fields"]
    cells = [str(len(rows)), *(f"{100 * sum(r[f] for r in rows) / len(rows):.1f} %" for f in pp.FIELDS),
             f"{100 * sum(r['all'] for r in rows) / len(rows):.1f} %"]
    print("| " + " | ".join(head) + " |\n|" + "---|" * len(head) + "\n| " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
