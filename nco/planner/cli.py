"""Plan a trip from a text prompt: nco plan "..." --city munich --html trip.html --json

Prints the explanation (or the plan as JSON with ``--json``); ``--html``
writes the map as one HTML page that works offline, ``--png`` a static
one (never over an existing file without ``--force``).  Exit code 0 when
every task is planned, 1 for a partial plan, 2 for bad input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from nco.errors import InputError
from nco.fsio import check_output, same_file
from nco.planner.draw import plain_text
from nco.planner.plan import plan_trip
from nco.planner.request import MAX_YEAR, MIN_YEAR
from nco.roads import CITIES

#: the most characters read from stdin for ``-`` (the parser refuses long prompts anyway)
MAX_STDIN_CHARS = 1 << 20
#: the most itineraries ``--alternatives`` asks for
MAX_ALTERNATIVES = 20


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``nco plan``."""
    parser.add_argument("prompt", help="the trip request in words (use '-' to read it from stdin)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--city", default="munich",
                       help=f"bundled extract: {', '.join(CITIES)} (default munich); for another extract use --osm")
    where.add_argument("--osm", help="an .osm.pbf extract instead of a bundled city")
    where.add_argument("--place", help="a place name looked up online, e.g. 'Lyon, France' (needs a network connection)")
    parser.add_argument("--parser", default="auto", choices=["auto", "offline", "openai", "ollama"],
                        help="who parses the prompt (default auto: offline unless NCO_LLM is set)")
    parser.add_argument("--base-url", help="LLM endpoint (OpenAI-compatible base URL or Ollama server)")
    parser.add_argument("--model", help="LLM model name")
    parser.add_argument("--llm-timeout", type=float, default=None, metavar="SECONDS",
                        help="seconds to connect to the LLM and seconds to wait for its answer; then the offline "
                             "parser is used (default $NCO_LLM_TIMEOUT or 20)")
    parser.add_argument("--date", help="today's date YYYY-MM-DD for 'tomorrow' and the default trip day")
    parser.add_argument("--alternatives", type=int, default=3, help="diverse itineraries to return (default 3)")
    parser.add_argument("--html", help="write the map here: one HTML page that works offline")
    parser.add_argument("--png", help="write a static map here")
    parser.add_argument("--force", action="store_true", help="replace existing --html / --png files")
    parser.add_argument("--json", action="store_true", help="print the plan as JSON instead of the explanation")


def _check_outputs(args: argparse.Namespace) -> None:
    """Refuse unusable output paths before any work."""
    inputs = [args.osm] if args.osm else []
    check_output(args.html, "--html", force=args.force, inputs=inputs)
    check_output(args.png, "--png", force=args.force, inputs=inputs)
    if args.html and args.png and same_file(args.html, args.png):
        raise InputError("--html and --png name the same file", path=args.html)


def _read_prompt(text: str) -> str:
    if text != "-":
        return text
    try:
        data = sys.stdin.read(MAX_STDIN_CHARS + 1)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the prompt from stdin ({type(exc).__name__})") from None
    if len(data) > MAX_STDIN_CHARS:
        raise InputError(f"prompt too long: more than {MAX_STDIN_CHARS} characters on stdin")
    return data


def _today(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--date must be YYYY-MM-DD, got {text[:40]!r}") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise InputError(f"--date must lie in the years {MIN_YEAR} to {MAX_YEAR}, got {text}")
    return day


def _write_maps(plan, args: argparse.Namespace) -> None:
    """Write ``--html`` and ``--png`` (atomically); a failed write is one line of error."""
    for path, what in ((args.html, "--html"), (args.png, "--png")):
        if not path:
            continue
        try:
            if what == "--html":
                plan.save_html(path)
            else:
                import matplotlib

                matplotlib.use("Agg")
                plan.plot(path)
        except OSError as exc:
            raise InputError(f"{what}: cannot write ({exc.strerror or type(exc).__name__})", path=str(path)) from None


def run(args: argparse.Namespace) -> int:
    """Run ``nco plan``."""

    _check_outputs(args)
    today = _today(args.date)
    if not 1 <= args.alternatives <= MAX_ALTERNATIVES:
        raise InputError(f"--alternatives must be 1 to {MAX_ALTERNATIVES}, got {args.alternatives}")
    prompt = _read_prompt(args.prompt)
    plan = plan_trip(prompt, city=None if (args.osm or args.place) else args.city, osm=args.osm, place=args.place,
                     parser=args.parser, today=today, base_url=args.base_url, model=args.model,
                     n_candidates=args.alternatives, llm_timeout=args.llm_timeout)
    _write_maps(plan, args)
    if args.json:
        print(plan.to_json())
    else:
        print(plan.explain())
        if args.html:
            print(f"map: {plain_text(args.html)}")
    return 0 if plan.feasible else 1
