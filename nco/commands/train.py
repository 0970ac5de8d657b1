"""``nco train``: training with Hydra overrides, and the two subcommands.

    nco train experiment=acvrp_n50 [key=value ...]     (nco.neural.train)
    nco train imitate --problem atsp --out P.pt ...    (nco.neural.imitation)
    nco train promote P.pt --problem atsp              (nco.neural.fasttrain)

Each imports only what it needs: torch, rl4co and Lightning load here, not
when ``nco`` starts.
"""

from __future__ import annotations

import importlib

#: subcommand -> (module, function taking the remaining arguments)
SUBCOMMANDS = {
    "imitate": ("nco.neural.imitation", "imitate_main"),
    "promote": ("nco.neural.fasttrain", "promote_main"),
}


def main(argv: list[str]) -> int:
    """Run ``nco train`` with ``argv`` (the arguments after ``train``)."""
    if argv and argv[0] in SUBCOMMANDS:
        module, fn = SUBCOMMANDS[argv[0]]
        return getattr(importlib.import_module(module), fn)(argv[1:])
    return importlib.import_module("nco.neural.train").main(argv)
