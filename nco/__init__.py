"""nco: neural combinatorial optimization for real-world vehicle and route planning.

>>> import nco
>>> inst = nco.read("data/bench/cvrp/X/X-n101-k25.vrp")
>>> sol = nco.solve(inst, time_limit=5, seed=0)
>>> sol.cost, sol.feasible
"""

from __future__ import annotations

import importlib

from nco.checker import CheckResult, check
from nco.errors import InputError
from nco.fleet import VehicleType
from nco.instance import Instance
from nco.io import read, read_all, read_solution, write_solution, write_vrplib
from nco.solution import Solution
from nco.solve import solve

__version__ = "0.1.0"

# Heavier parts load on first use: ``nco.plan_trip``, ``nco.roads``, ...
_LAZY = {
    "plan_trip": ("nco.planner", "plan_trip"),
    "read_json": ("nco.vroom", "read_json"),
    "solve_many": ("nco.batch", "solve_many"),
    "load_policy": ("nco.neural", "load_policy"),
    "roads": ("nco.roads", None),
    "routes": ("nco.routes", None),
    "data": ("nco.data", None),
    "envs": ("nco.envs", None),
    "bks": ("nco.bks", None),
}

__all__ = [
    "CheckResult", "InputError", "Instance", "Solution", "VehicleType", "check", "read", "read_all",
    "read_solution", "solve", "write_solution", "write_vrplib", *_LAZY,
]


def __getattr__(name: str):
    if name in _LAZY:
        mod, attr = _LAZY[name]
        m = importlib.import_module(mod)
        return m if attr is None else getattr(m, attr)
    raise AttributeError(f"module 'nco' has no attribute {name!r}")
