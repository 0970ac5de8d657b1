"""Solvers behind one small interface.

A solver is a callable ``solve(instance, budget, seed=0, initial=None,
progress=None, **options) -> list[list[int]]`` returning routes (client ids
``1..n``, depot implicit).  ``budget`` is the :class:`nco.budget.Budget` of
the call (a number of seconds is taken as a wall-clock budget): the solver
stops when :meth:`~nco.budget.Budget.done` says so, with a time limit, an
iteration limit or Ctrl-C, and returns the best routes it has.  Cost and
feasibility are never taken from the solver: :func:`nco.solve` passes the
routes through the independent checker.

Solvers register themselves by name in :data:`REGISTRY` through
:func:`register`; :func:`get` imports the module that provides a name on
first use, so that optional heavy dependencies load only when needed.
"""

from __future__ import annotations

import importlib
from typing import Callable, Protocol

from nco.errors import InputError


class Solver(Protocol):
    def __call__(self, instance, budget, seed: int = 0, initial=None, progress=None,
                 **options) -> list[list[int]]: ...


REGISTRY: dict[str, Callable] = {}

#: name -> module that registers it
PROVIDERS = {
    "pyvrp": "nco.solvers.pyvrp_solver",
    "ortools": "nco.solvers.ortools_solver",
    "ga": "nco.solvers.ga",
    "nearest": "nco.solvers.construct",
    "neural": "nco.neural.solve",
    "earli": "nco.earli",
    "earli-ils": "nco.earli",
}


def register(name: str):
    """Decorator: make ``fn`` available as solver ``name``."""

    def deco(fn):
        REGISTRY[name] = fn
        return fn

    return deco


def available() -> list[str]:
    """Names of the solvers whose modules import on this installation."""
    out = []
    for name in PROVIDERS:
        try:
            get(name)
            out.append(name)
        except InputError:
            pass
    return out


def get(name: str) -> Callable:
    """The solver registered as ``name`` (imports its module on first use)."""
    if name not in REGISTRY:
        mod = PROVIDERS.get(name)
        if mod is None:
            raise InputError(f"unknown method {name!r}; choose from {', '.join(PROVIDERS)}")
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            raise InputError(f"method {name!r} is not available: {exc}") from None
        if name not in REGISTRY:
            raise InputError(f"method {name!r} is not available in this installation")
    return REGISTRY[name]
