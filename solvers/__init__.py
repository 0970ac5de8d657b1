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
from collections.abc import Callable
from typing import Protocol

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
    "vroom": "nco.solvers.vroom_solver",
    "decompose": "nco.decompose",
    "decompose-ga": "nco.decompose",
    "decompose-neural": "nco.decompose",
    "hgs": "nco.peers",
    "lkh": "nco.peers",
}

#: The methods that work on instances whose distances are computed on demand
#: (:attr:`nco.Instance.implicit`, above :data:`nco.matrix.DENSE_LIMIT`
#: nodes): they ask for rows, routes and sub-problems, never the whole matrix.
IMPLICIT_OK = ("decompose", "decompose-ga", "decompose-neural", "nearest")


#: The fields beyond a classic ATSP/CVRP/VRPTW (see
#: :meth:`nco.Instance.fields_used`).
RICH_FIELDS = (
    "num_depots", "vehicle_types", "capacity dimensions", "pickup", "release_time", "prize", "required",
    "fixed_cost", "unit_distance_cost", "unit_duration_cost", "shift time window", "max_duration",
    "max_distance", "end_depot", "open_end", "profile",
)

#: name -> the rich fields the method handles (declared here, checked by
#: :func:`nco.solve` before a solve: a method given any other refuses).
#: The GA works on PyVRP's data and search (see :mod:`solvers.ga`) and takes
#: what PyVRP takes; the construction, the neural policy and EARLI take
#: classic instances only; VROOM (a benchmark peer) what it models the same way.
CAPABILITIES: dict[str, tuple[str, ...]] = {
    "pyvrp": RICH_FIELDS,
    "ortools": ("num_depots", "vehicle_types", "capacity dimensions", "prize", "required", "fixed_cost",
                "unit_distance_cost", "unit_duration_cost", "shift time window", "max_duration",
                "max_distance", "end_depot", "profile"),
    "ga": RICH_FIELDS,
    "nearest": (),
    "neural": (),
    "earli": (),
    "earli-ils": (),
    "decompose": (),
    "decompose-ga": (),
    "decompose-neural": (),
    "hgs": (),
    "lkh": (),
    "vroom": ("num_depots", "vehicle_types", "capacity dimensions", "pickup", "fixed_cost", "unit_distance_cost",
              "unit_duration_cost", "shift time window", "end_depot", "open_end", "profile"),
}


def unsupported(name: str, instance) -> list[str]:
    """The fields of ``instance`` that method ``name`` cannot handle."""
    can = CAPABILITIES.get(name, ())
    return [f for f in instance.fields_used() if f not in can]


def capable(instance) -> list[str]:
    """The methods that handle every field of ``instance``, in the order of
    :data:`PROVIDERS`."""
    return [name for name in PROVIDERS if not unsupported(name, instance)]


def refuse_unsupported(name: str, instance) -> None:
    """Raise :class:`InputError` naming the fields ``name`` cannot handle."""
    if getattr(instance, "implicit", False) and name in PROVIDERS and name not in IMPLICIT_OK:
        raise InputError(f"method {name!r} needs a dense matrix, and this instance has {instance.n_nodes:,} nodes "
                         f"(distances computed on demand); methods that work at this size: {', '.join(IMPLICIT_OK)}")
    bad = unsupported(name, instance) if name in PROVIDERS else []
    if bad:
        can = ", ".join(capable(instance)) or "none"
        raise InputError(f"method {name!r} cannot handle the instance's field(s) {', '.join(bad)}; "
                         f"methods that can: {can}")


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
