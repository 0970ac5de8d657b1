"""Offline parser accuracy on trip prompts in many cities and languages.

Reads ``data/prompts/trips_dev.jsonl`` (cities used while developing the
parser), ``data/prompts/trips_heldout.jsonl`` (whole cities kept out of
development), ``data/prompts/trips_heldout2.jsonl`` (a second held-out
set of new prompts in bundled cities, written before the parser changes it
is reported against), ``data/prompts/trips_heldout3.jsonl`` (a third, in
the bundled extracts never used as development cities, scored before any
change) and ``data/prompts/trips_heldout4.jsonl`` (a fourth, in the bundled
cities with the fewest prompts, written in other styles and scored before
the changes it measures) and ``data/prompts/trips_heldout5.jsonl`` (a
fifth, over all seven bundled cities, in a chat style unlike every other
set: lower case, little punctuation, abbreviations, small typos, bullet
lists, dictated run-ons, casual times and mixed languages; scored before the
changes it is reported against, which came from the fourth set only) and
``data/prompts/trips_heldout6.jsonl`` (a sixth, over all seven bundled
cities, written by another hand in styles no other set uses: formal e-mails
to a travel desk, itineraries with arrows, questions, plans for other
people, times such as "18 Uhr", "6 in the evening" or "at noon", durations
such as "90 min", most of them in languages other than English; scored
before the changes it is reported against, which came from the fifth set
only) and ``data/prompts/trips_heldout7.jsonl`` (a seventh, written by
another hand in the seven bundled extracts that no earlier set was labelled
against -- Baltimore, Harrisburg, New York, Paris, Krems, Bayreuth north and
Campo Grande, named before only in a few text-only prompts, those of New
York and Paris in the development set -- with most prompts in the languages
spoken or visited there; scored before any parser change it is reported
against) and ``data/prompts/trips_heldout8.jsonl`` (an eighth, written by
another hand over all fourteen bundled extracts, eight prompts each, in the
styles people type or dictate into a trip planner -- voice transcripts with
spelled-out times such as "halb elf" or "quarter to ten", very short
requests, time budgets, reasons and weather, meals by name, end places other
than the start, "as many as possible" and ten impossible requests; scored
before any parser change it is reported against) and
``data/prompts/trips_heldout9.jsonl`` (a ninth, written by another hand over
all fourteen bundled extracts, eight prompts each, mostly in languages other
than English: requests passed on for someone else, notes with 12- and 24-hour
times mixed, corrections such as "no wait, make it 11", irrelevant context,
questions, negations ("no museums"), quantities such as "two cafés", times
as words such as "viertel elf" or "kvart i ett", places named in another
language, and eleven impossible requests; scored before any parser change it
is reported against) and ``data/prompts/trips_heldout10.jsonl`` (a tenth,
written by another hand over all fourteen bundled extracts, eight prompts
each, in the styles of its own choosing, described in ``docs/planner.md``;
scored before any parser change it is reported against) and
``data/prompts/trips_heldout11.jsonl`` (an eleventh, by another hand over all
fourteen bundled extracts, eight prompts each, 74 % not in English, with 46
prompts asking for kinds outside the fixed categories, 22 end places and 11
impossible requests; scored before any parser change it is reported
against) and ``data/prompts/trips_heldout12.jsonl`` (a twelfth, by another
hand over all fourteen bundled extracts, eight prompts each, 73 % not in
English, with 25 prompts asking for kinds outside the fixed categories, 28
end places and 10 impossible requests; scored before any parser change it
is reported against) and ``data/prompts/trips_heldout13.jsonl`` (a
thirteenth, by another hand over all fourteen bundled extracts, eight prompts
each, 77 % not in English, 25 prompts asking only for kinds outside the
categories, 27 end places and 10 impossible requests; scored with the parser
as it stood before it arrived) and ``data/prompts/trips_heldout14.jsonl`` (a
fourteenth, by another hand, eight prompts in each bundled extract, 76 % not
in English, 26 asking for kinds outside the categories, 26 end places and 10
impossible requests; scored with the parser before it arrived and again
after the changes made on the thirteenth, then read by class) and
``data/prompts/trips_heldout15.jsonl`` (a fifteenth, by another hand, eight
prompts in each bundled extract, 76 % not in English, 27 end places and 10
impossible requests; scored with the parser before this round and once at
its end, its failures never read) and ``data/prompts/trips_heldout16.jsonl``,
``trips_heldout17.jsonl`` and ``trips_heldout18.jsonl`` (a sixteenth,
seventeenth and eighteenth, each by another hand, eight prompts in each
bundled extract, 79-82 % not in English, 27-31 end places, 10-11 impossible
requests; all three scored first with the parser from before the round that
received them; the seventeenth's failures were then read by class, those of
the sixteenth and eighteenth never) and ``data/prompts/trips_heldout19.jsonl``
and ``trips_heldout20.jsonl`` (a nineteenth and twentieth, each by another
hand, eight prompts in each bundled extract, 77-78 % not in English, 28 end
places and 10 impossible requests each, written as everyday requests -- typed
into a phone app, or sent to a friend who plans the day -- rather than in
styles chosen to be new; both scored first with the parser from before the
round that received them; the nineteenth's failures were then read by class,
the twentieth's never) and ``data/prompts/trips_heldout21.jsonl`` and
``trips_heldout22.jsonl`` (a twenty-first and twenty-second, each by another
hand, eight prompts in each bundled extract, 77-79 % not in English, 28 end
places and 10 impossible requests each: requests typed into a chat in one go,
places said the local way or by a shop's name, and notes to a concierge, a
colleague or a relative; both scored first with the parser from before the
round that received them; the twenty-first's failures were then read by
class, the twenty-second's never) and ``data/prompts/trips_heldout23.jsonl``
(a twenty-third, by another hand, eight prompts in each bundled extract, 81 %
not in English, 28 end places and 10 impossible requests, written as people
write to a planner app or a friend in one go, with asides, things they do
not want and places named by their kind; scored first with the parser from
before the round that received it, its failures never read) and
``data/prompts/trips_heldout24.jsonl`` (a twenty-fourth, by another hand,
eight prompts in each bundled extract, 80 % not in English, 28 end places and
10 impossible requests, written as messages dictated into a phone or typed on
the move: run-on sentences, times said in words, a change of mind, errands for
someone else; scored first with the parser from before the round that
received it, its failures read the round after), ``data/prompts/trips_heldout25.jsonl``
(a twenty-fifth, by another hand, eight prompts in each bundled extract, 83 %
not in English, 28 end places and 10 impossible requests, each saying when the
trip starts and ends the ways people say it: times in words, ranges, budgets,
appointments, trains, someone else's times beside the trip's; scored first
with the parser from before the round that received it, then read), four more
by other hands, each eight prompts in each bundled extract, about 80 % not in
English, 28 end places and 10 impossible requests:
``data/prompts/trips_heldout26.jsonl`` (errands to many kinds of place beside
places said only as context), ``data/prompts/trips_heldout27.jsonl`` (long
chatty messages to a friend or a concierge), ``data/prompts/trips_heldout28.jsonl``
(terse notes: lists, arrows, abbreviations, time ranges) and
``data/prompts/trips_heldout29.jsonl`` (questions to a planning service or a
forum); each scored first with the parser from before the round that received
it, the first three then read, the twenty-ninth never; parses every prompt with
:func:`nco.planner.parse.parse_offline` and scores the request the planner
would plan: in a bundled city the parser asks the extract which start
phrases it knows (:func:`nco.planner.plan.knows`), places named without
their kind become visits when the extract knows them
(:func:`nco.planner.plan.named_visits`), and a start or end place is right
when it is written as a listed spelling or the extract finds the same place
for it; prompts in other cities are scored as text.  It reports, per split
and per language group, the share of prompts right on each field and the
share fully right::

    python benchmarks/planner_prompts.py --out docs/results/planner_prompts --force
    python benchmarks/planner_prompts.py --split dev --verbose   # every miss

Fields: ``start_place`` (text, accents, case and a leading article
ignored; any listed spelling), ``start_time``, ``end_place`` (an end equal
to the start counts as no end place), ``end`` (deadline ``HH:MM`` or time
limit ``+minutes``), ``tasks`` (the kinds in order: a category of
:data:`nco.planner.request.CATEGORIES`, or an OSM tag ``key=value`` for
kinds outside them; a tag of a category counts as that category; ``*``
marks "as many as possible") and ``order`` (the transitive closure of the
order constraints, scored only when the tasks are right).  Prompts whose
order is circular must be refused (``error: cycle``), and so must prompts
whose times contradict each other or run past midnight (``error: times``);
they count in the fully-right share only.  ``--check-labels`` loads the
bundled cities and lists every label that does not match the city data: a
start or end place the gazetteer cannot find, a kind of place with no POI
in the extract.  Writes ``prompts.csv`` and ``summary.md`` into
``--out``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

from nco import benchrun, resources
from nco.errors import InputError
from nco.planner.parse import parse_offline
from nco.planner.plan import knows, load_planner_city, named_visits
from nco.planner.request import CATEGORIES

#: the sets of trip prompts, by split: the development prompts, the first held-out set, then the held-out sets
#: numbered from the second to :data:`LAST_SET` in the order they were written
LAST_SET = 99
SPLITS = {"dev": "trips_dev.jsonl", "heldout": "trips_heldout.jsonl",
          **{f"heldout{n}": f"trips_heldout{n}.jsonl" for n in range(2, LAST_SET + 1)}}
#: what a refusal must say, per expected error
REFUSALS = {"cycle": r"circular|cycl|order", "times": r"contradictory times|past midnight"}
FIELDS = ["start_place", "start_time", "end_place", "end", "tasks", "order"]
_ARTICLES = {"the", "der", "die", "das", "den", "dem", "la", "le", "les", "l", "el", "los", "las", "o", "os", "as",
             "a"}
_TAG_TO_CATEGORY = {f"{k}={v}": c.key for c in CATEGORIES.values() for k, vs in c.tags for v in vs}


def load(split: str, folder: str | Path | None = None) -> list[dict]:
    """The prompts of one split (a key of :data:`SPLITS`)."""
    path = Path(folder) / SPLITS[split] if folder else resources.data("prompts", SPLITS[split])
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def fold_place(text: str | None) -> str | None:
    """Place text for comparison: no accents, lower case, no punctuation or leading article."""
    if text is None:
        return None
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    words = re.findall(r"[^\W_]+", t)
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def canonical_kind(kind: str) -> str:
    """A kind as scored: a category key, or an OSM tag outside every category (``*`` kept)."""
    star = kind.endswith("*")
    k = kind.rstrip("*")
    k = _TAG_TO_CATEGORY.get(k, k)
    return k + ("*" if star else "")


def task_kind(task) -> str:
    """The kind of a parsed task (:func:`canonical_kind` of its tag or category)."""
    tag = getattr(task, "tag", None)
    kind = tag if tag else task.category
    return canonical_kind(kind + ("*" if getattr(task, "maximize", False) else ""))


def _closure(pairs) -> set[tuple[int, int]]:
    out = {tuple(p) for p in pairs}
    while True:
        new = {(a, d) for a, b in out for c, d in out if b == c} - out
        if not new:
            return out
        out |= new


def _end_text(req) -> str | None:
    if req.deadline and req.time_limit_min:
        return "both"
    if req.deadline:
        return "00:00" if req.deadline == "23:59" else req.deadline
    return f"+{req.time_limit_min}" if req.time_limit_min else None


def score(req, exp: dict, city=None) -> dict[str, bool]:
    """Which fields of a parsed request match the expected ones; with the ``city``, a place
    is also right when the extract finds the same place for it as for a listed spelling."""
    starts = {fold_place(s) for s in exp["start_place"] or []}
    got_start = fold_place(req.start_place)
    got_end = fold_place(req.end_place)
    if got_end is not None and (got_end == got_start or got_end == "start"):
        got_end = None  # back at the start is no end place of its own
    ends = {fold_place(s) for s in exp["end_place"] or []}
    if city is not None:
        starts |= _same_place(city, req.start_place, exp["start_place"])
        ends |= _same_place(city, req.end_place, exp["end_place"]) if got_end is not None else set()
    kinds = [task_kind(t) for t in req.tasks]
    tasks_ok = len(kinds) == len(exp["tasks"]) and all(
        k in {canonical_kind(a) for a in alts} for k, alts in zip(kinds, exp["tasks"]))
    return {
        "start_place": got_start in starts if starts else got_start is None,
        "start_time": req.start_time == exp["start_time"],
        "end_place": got_end in ends if ends else got_end is None,
        "end": _end_text(req) == exp["end"],
        "tasks": tasks_ok,
        "order": tasks_ok and _closure((d.before, d.after) for d in req.dependencies) == _closure(exp["order"]),
    }


def evaluate(prompt: dict) -> dict:
    """One row: the prompt's fields right or wrong, and what the parser said."""
    row = {"id": prompt["id"], "city": prompt["city"], "lang": prompt["lang"]}
    exp = prompt["expected"]
    city = _city(prompt["city"]) if prompt.get("bundled") else None
    t0 = time.perf_counter()
    try:
        known = knows(city) if city else None
        pr = parse_offline(prompt["prompt"], today=dt.date.fromisoformat(prompt["today"]), known_place=known)
        req = named_visits(city, pr, known)[0] if city and pr.named else pr.request  # the request the planner plans
    except InputError as exc:
        refused = exp["error"] is not None and bool(re.search(REFUSALS[exp["error"]], str(exc)))
        return {**row, **{f: None if exp["error"] else False for f in FIELDS}, "all": refused, "got": str(exc),
                "parse_ms": _ms(t0)}
    row["parse_ms"] = _ms(t0)
    if exp["error"]:
        return {**row, **{f: None for f in FIELDS}, "all": False, "got": "planned (not refused)"}
    s = score(req, exp, city)
    got = (f"start={req.start_place!r}@{req.start_time} end={req.end_place!r} {_end_text(req)} "
           f"tasks={[task_kind(t) for t in req.tasks]} order={[(d.before, d.after) for d in req.dependencies]}")
    return {**row, **s, "all": all(s.values()), "got": got}


def _ms(t0: float) -> float:
    """Milliseconds since ``t0`` (parsing with the map, the city already loaded)."""
    return round(1000 * (time.perf_counter() - t0), 2)


def _same_place(city, got: str | None, labels: list[str] | None) -> set[str]:
    """``{fold_place(got)}`` when the extract resolves ``got`` to the place of a label, else ``{}``."""
    if not got or not labels:
        return set()
    found = city.locate(got).place
    if found is None:
        return set()
    for label in labels:
        want = city.locate(label).place
        if want is not None and (want.name, want.lon, want.lat) == (found.name, found.lon, found.lat):
            return {fold_place(got)}
    return set()


@functools.lru_cache(maxsize=2)
def _city(key: str):
    return load_planner_city(key)


def _kind_count(pois, kind: str) -> int:
    k = kind.rstrip("*")
    return len(pois.of_tag(k)) if "=" in k else len(pois.by_category.get(k, []))


def check_labels(prompts: list[dict]) -> list[str]:
    """Labels of bundled-city prompts that the city data does not bear out (one line each)."""
    out = []
    for p in (q for q in prompts if q.get("bundled")):
        city = _city(p["city"])
        exp = p["expected"]
        for role in ("start_place", "end_place"):
            names = exp[role] or []
            if names and all(city.locate(n).place is None for n in names):
                out.append(f"{p['id']}: {role} {names} not found in {p['city']}")
        for alts in exp["tasks"]:
            odd = [a for a in alts if a.rstrip("*") not in CATEGORIES and "=" not in a]
            if odd:
                out.append(f"{p['id']}: {odd} neither a category nor a key=value tag")
            elif not any(_kind_count(city.pois, canonical_kind(a)) or _kind_count(city.pois, a) for a in alts):
                out.append(f"{p['id']}: no POI of {alts} in {p['city']}")
    return out


def summarise(rows: list[dict]) -> list[dict]:
    """Per split and language group: prompts, share right per field, share fully right."""
    out = []
    for split in sorted({r["split"] for r in rows}):
        for group in ("all", "English", "other languages"):
            rs = [r for r in rows if r["split"] == split and (
                group == "all" or (r["lang"] == "en") == (group == "English"))]
            if not rs:
                continue
            line = {"split": split, "prompts": group, "n": len(rs)}
            for f in FIELDS:
                vals = [r[f] for r in rs if r[f] is not None]
                line[f] = f"{100 * sum(vals) / max(1, len(vals)):.1f} %"
            line["fully right"] = f"{100 * sum(r['all'] for r in rs) / len(rs):.1f} %"
            out.append(line)
    return out


def main(argv: list[str] | None = None) -> int:
    """Score the parser on the chosen splits; write CSV and markdown with ``--out``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=[*SPLITS, "both"], default="both", help="one split, or every split (both)")
    ap.add_argument("--data", default=None, help="folder with the prompt files (default: the bundled ones)")
    ap.add_argument("--out", default=None, help="folder for prompts.csv and summary.md")
    ap.add_argument("--force", action="store_true", help="replace result files that exist in --out")
    ap.add_argument("--verbose", action="store_true", help="print every prompt that is not fully right")
    ap.add_argument("--lower", action="store_true",
                    help="read every prompt typed in lower case, as on a phone (how much the parser leans on capitals)")
    ap.add_argument("--check-labels", action="store_true",
                    help="list labels the bundled city data does not bear out, then stop")
    args = ap.parse_args(argv)
    splits = list(SPLITS) if args.split == "both" else [args.split]
    prompts = [{**p, "split": s} for s in splits for p in load(s, args.data)]
    if args.lower:
        prompts = [{**p, "prompt": p["prompt"].lower()} for p in prompts]
    if args.check_labels:
        problems = check_labels(prompts)
        print("\n".join(problems) or "every label matches the city data")
        return 0
    cells = benchrun.grid([(p["id"], p) for p in prompts], ["offline"], [0], [0])
    run = lambda c: {"split": c.data["split"], **evaluate(c.data)}
    if args.out:
        Path(args.out).mkdir(parents=True, exist_ok=True)
        out = benchrun.RunFile(Path(args.out) / "prompts.csv", key={"instance": "id"}, force=args.force)
        rows = benchrun.run_grid(cells, run, out, progress=False)
    else:
        rows = [run(c) for c in cells]
    table = benchrun.markdown_table(summarise(rows), ["split", "prompts", "n", *FIELDS, "fully right"])
    times = sorted(r["parse_ms"] for r in rows)
    table += (f"\nParse time per prompt (the city loaded): median {times[len(times) // 2]:.1f} ms, "
              f"95th percentile {times[int(0.95 * (len(times) - 1))]:.1f} ms, max {times[-1]:.1f} ms.\n")
    print(table)
    if args.verbose:
        for r in rows:
            if not r["all"]:
                wrong = [f for f in FIELDS if r[f] is False]
                print(f"{r['id']:22s} {','.join(wrong) or 'not refused'}\n    {r['got']}")
    if args.out:
        text = ("# Offline parser on trip prompts" + (", typed in lower case" if args.lower else "") + "\n\n" +
                f"{len(rows)} prompts; {len({r['city'] for r in rows})} cities.\n\n" + table)
        benchrun.write_markdown(Path(args.out) / "summary.md", text,
                                command=benchrun.command_line("python benchmarks/planner_prompts.py", argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
