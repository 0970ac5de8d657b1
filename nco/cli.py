"""The ``nco`` command line.

Each subcommand lives in its own module, which provides
``add_arguments(parser)`` and ``run(args) -> int``; this file only dispatches.
Bad input (:class:`nco.InputError`) prints one line and exits with code 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from nco.errors import InputError

#: subcommand -> (module, one-line help)
COMMANDS = {
    "solve": ("nco.commands.solve", "solve an instance file"),
    "check": ("nco.commands.check", "check a solution file against an instance"),
    "bench": ("nco.bench", "benchmark methods x time limits over a suite, write CSV + markdown"),
    "data": ("nco.data.cli", "build real-city matrices and test sets from OpenStreetMap"),
    "train": ("nco.neural.train", "train a policy (Hydra overrides, e.g. experiment=acvrp_n50)"),
    "eval": ("nco.neural.evaluate", "evaluate a policy checkpoint on a test set"),
    "plan": ("nco.planner.cli", "plan a trip from a text prompt"),
    "routes": ("nco.routes.cli", "alternative routes between two points, ranked"),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="nco", description="Neural combinatorial optimization for vehicle and route planning.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = {}
    for name, (mod, help_) in COMMANDS.items():
        if name == "train" and argv[:1] == ["train"]:
            continue  # Hydra parses its own arguments
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name and (exc.name == mod or mod.startswith(exc.name + ".")):
                continue  # not part of this installation
            raise
        p = sub.add_parser(name, help=help_, description=(m.__doc__ or help_).strip().splitlines()[0])
        m.add_arguments(p)
        modules[name] = m
    if argv[:1] == ["train"]:
        try:
            m = importlib.import_module(COMMANDS["train"][0])
        except ModuleNotFoundError:
            print("nco: error: training is not available in this installation", file=sys.stderr)
            return 2
        return _guard(lambda: m.main(argv[1:]))
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    return _guard(lambda: modules[args.command].run(args))


def _guard(fn) -> int:
    try:
        rc = fn()
        return 0 if rc is None else int(rc)
    except InputError as exc:
        print(f"nco: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("nco: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
