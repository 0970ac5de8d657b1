"""Plan a trip from a text prompt: nco plan "..." --city munich --html trip.html --json

Prints the explanation (or the plan as JSON with ``--json``); ``--html``
writes the interactive map, ``--png`` a static one.  Exit code 0 when every
task is planned, 1 for a partial plan, 2 for bad input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from nco.errors import InputError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``nco plan``."""
    parser.add_argument("prompt", help="the trip request in words (use '-' to read it from stdin)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--city", default="munich",
                       help="bundled extract: munich, porto, helsinki, monaco, andorra, stockholm, sydney (default munich)")
    where.add_argument("--osm", help="an .osm.pbf extract instead of a bundled city")
    where.add_argument("--place", help="a place name looked up online, e.g. 'Lyon, France' (needs a network connection)")
    parser.add_argument("--parser", default="auto", choices=["auto", "offline", "openai", "ollama"],
                        help="who parses the prompt (default auto: offline unless NCO_LLM is set)")
    parser.add_argument("--base-url", help="LLM endpoint (OpenAI-compatible base URL or Ollama server)")
    parser.add_argument("--model", help="LLM model name")
    parser.add_argument("--date", help="today's date YYYY-MM-DD for 'tomorrow' and the default trip day")
    parser.add_argument("--alternatives", type=int, default=3, help="diverse itineraries to return (default 3)")
    parser.add_argument("--html", help="write the interactive map (folium) here")
    parser.add_argument("--png", help="write a static map here")
    parser.add_argument("--json", action="store_true", help="print the plan as JSON instead of the explanation")


def run(args: argparse.Namespace) -> int:
    """Run ``nco plan``."""
    from nco.planner.plan import plan_trip

    prompt = sys.stdin.read() if args.prompt == "-" else args.prompt
    today = None
    if args.date:
        try:
            today = dt.date.fromisoformat(args.date)
        except ValueError:
            raise InputError(f"--date must be YYYY-MM-DD, got {args.date!r}") from None
    if args.alternatives < 1:
        raise InputError("--alternatives must be at least 1")
    plan = plan_trip(prompt, city=None if (args.osm or args.place) else args.city, osm=args.osm, place=args.place,
                     parser=args.parser, today=today,
                     base_url=args.base_url, model=args.model, n_candidates=args.alternatives)
    if args.html:
        plan.to_folium().save(args.html)
    if args.png:
        import matplotlib

        matplotlib.use("Agg")
        plan.plot(args.png)
    if args.json:
        print(plan.to_json())
    else:
        print(plan.explain())
        if args.html:
            print(f"map: {args.html}")
    return 0 if plan.feasible else 1
