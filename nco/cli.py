"""The ``nco`` command line.

Each subcommand lives in its own module, which provides
``add_arguments(parser)`` and ``run(args) -> int``; this file only dispatches.
Bad input (:class:`nco.InputError`), and a file that cannot be read or
written, print one line and exit with code 2; an unexpected error prints one
line and exits with code 1 (``NCO_DEBUG=1`` shows its traceback); Ctrl-C
exits with code 130.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys

from nco.errors import InputError

#: subcommand -> (module, one-line help)
COMMANDS = {
    "solve": ("nco.commands.solve", "solve an instance file"),
    "check": ("nco.commands.check", "check a solution file against an instance"),
    "bench": ("nco.bench", "benchmark methods x time limits over a suite, write CSV + markdown"),
    "data": ("nco.data.cli", "build real-city matrices and test sets from OpenStreetMap"),
    "train": ("nco.commands.train", "train a policy (Hydra overrides, e.g. experiment=acvrp_n50)"),
    "eval": ("nco.neural.evaluate", "evaluate a policy checkpoint on a test set"),
    "plan": ("nco.planner.cli", "plan a trip from a text prompt"),
    "routes": ("nco.routes.cli", "alternative routes between two points, ranked"),
    "serve": ("nco.commands.serve", "HTTP service: inline solves, durable jobs, trip plans"),
}


def main(argv: list[str] | None = None) -> int:
    argv = _attach_negative_values(list(sys.argv[1:] if argv is None else argv))
    parser = argparse.ArgumentParser(prog="nco", description="Neural combinatorial optimization for vehicle and route planning.")
    parser.add_argument("--version", action="version", version=f"nco {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = argv[0] if argv and argv[0] in COMMANDS else None
    module = None
    if chosen is not None:
        # Only the chosen subcommand's module is imported: `nco solve` stays fast.
        try:
            module = importlib.import_module(COMMANDS[chosen][0])
        except ModuleNotFoundError as exc:
            print(f"nco: error: '{chosen}' is not available in this installation ({exc})", file=sys.stderr)
            return 2
        if chosen == "train":
            return guard(lambda: module.main(argv[1:]))  # Hydra parses its own overrides
    for name, (mod, help_) in COMMANDS.items():
        if name == chosen:
            doc = (module.__doc__ or help_).strip().splitlines()[0]
            p = sub.add_parser(name, help=help_, description=doc)
            module.add_arguments(p)
        else:
            sub.add_parser(name, help=help_)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    return guard(lambda: module.run(args))


def _attach_negative_values(argv: list[str]) -> list[str]:
    """``--from -8.61,41.14`` as ``--from=-8.61,41.14``: argparse would read a
    value that starts with a minus sign and is not a plain number (a western
    longitude pair) as an unknown option."""
    out: list[str] = []
    for tok in argv:
        prev = out[-1] if out else ""
        if prev.startswith("--") and "=" not in prev and len(prev) > 2 and re.match(r"-\.?\d", tok):
            out[-1] = f"{prev}={tok}"
        else:
            out.append(tok)
    return out


def guard(fn) -> int:
    """Run ``fn`` and turn every failure into one line and an exit code.

    Parameters
    ----------
    fn
        A callable without arguments; its return value (``None`` is 0) is
        the exit code.

    Returns
    -------
    int
        ``fn``'s code; 2 for bad input or a system error, 1 for an internal
        error, 130 for Ctrl-C.
    """
    try:
        rc = fn()
        return 0 if rc is None else int(rc)
    except InputError as exc:
        print(f"nco: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `nco bench ... | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("nco: interrupted", file=sys.stderr)
        return 130
    except MemoryError:
        print("nco: error: out of memory", file=sys.stderr)
        return 2
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"nco: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        if os.environ.get("NCO_DEBUG"):
            raise
        msg = " ".join(str(exc).split())[:300]
        print(f"nco: internal error: {type(exc).__name__}: {msg} (NCO_DEBUG=1 shows the traceback)",
              file=sys.stderr)
        return 1


_guard = guard  # former name, kept for callers not yet switched to ``guard``


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nco")
    except PackageNotFoundError:
        return "unknown"


if __name__ == "__main__":
    raise SystemExit(main())
