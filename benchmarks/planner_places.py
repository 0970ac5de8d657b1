"""Accuracy of the planner's gazetteer on held-out place phrases.

Reads ``data/prompts/places.json`` (phrases with the OSM features they
mean in the bundled extracts, split into dev and held-out cities), looks
each phrase up with :meth:`nco.planner.plan.City.locate` and reports the
share resolved to an expected feature (or, for a place that is not in the
extract, correctly left unresolved) per split::

    python benchmarks/planner_places.py            # summary
    python benchmarks/planner_places.py --verbose  # every phrase
"""

from __future__ import annotations

import argparse
import json
import time

from nco import resources
from nco.planner.plan import load_planner_city


def evaluate(phrases: list[dict]) -> list[dict]:
    """Each phrase with what the gazetteer answered and whether that is right."""
    out = []
    for ph in phrases:
        city = load_planner_city(ph["city"])
        t0 = time.perf_counter()
        m = city.locate(ph["text"])
        ms = (time.perf_counter() - t0) * 1000
        got = m.place.id if m.place is not None else None
        ok = got in ph["expect"] if ph["expect"] else got is None
        out.append({**ph, "got": got, "got_name": m.place.name if m.place else None,
                    "confidence": m.confidence, "ambiguous": m.ambiguous, "ok": ok, "ms": ms})
    return out


def main(argv=None) -> int:
    """Print the accuracy per split (and every phrase with ``--verbose``)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(resources.data("prompts", "places.json")))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    with open(args.data, encoding="utf-8") as fh:
        data = json.load(fh)
    rows = evaluate(data["phrases"])
    for split, cities in data["split"].items():
        part = [r for r in rows if r["city"] in cities]
        right = sum(r["ok"] for r in part)
        print(f"{split:8s} {right}/{len(part)} = {right / max(1, len(part)):.1%}  ({', '.join(cities)})")
        if args.verbose:
            for r in part:
                mark = "ok  " if r["ok"] else "MISS"
                print(f"  {mark} {r['city']:9s} {r['text']!r:32} -> {r['got_name']!r} ({r['confidence']:.2f}"
                      f"{', ambiguous' if r['ambiguous'] else ''})")
    ms = sorted(r["ms"] for r in rows)
    print(f"lookup time: median {ms[len(ms) // 2]:.1f} ms, max {ms[-1]:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
