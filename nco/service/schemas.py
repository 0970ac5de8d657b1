"""What the service accepts and answers: request models, instance parsing, solution JSON.

Requests are JSON (validated by pydantic, strictly: no unknown keys, no
strings or booleans where numbers belong) or VRPLIB text.  Nothing a client
sends is ever unpickled or evaluated.
"""

from __future__ import annotations

import math
import re
import tempfile
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from nco.errors import InputError
from nco.instance import Instance, apply_convention, euclidean
from nco.io import read
from nco.solution import Solution

#: The most iterations a request may ask for.
MAX_ITERATIONS = 10_000_000
#: The most characters of a /plan prompt.
MAX_PROMPT_CHARS = 2_000
#: The DIMENSION line of a VRPLIB/TSPLIB header.
_DIMENSION = re.compile(r"^\s*DIMENSION\s*:?\s*(\d{1,12})\s*$", re.MULTILINE | re.IGNORECASE)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class InstanceIn(_Strict):
    """An instance as JSON: node 0 is the depot; give ``distance`` or ``coords``."""

    name: str = Field("instance", max_length=200)
    coords: list[tuple[float, float]] | None = Field(
        None, description="(n+1) x 2 coordinates; distances are Euclidean (after `convention`) when "
                          "`distance` is not given")
    distance: list[list[float]] | None = Field(None, description="(n+1) x (n+1) cost matrix")
    duration: list[list[float]] | None = Field(None, description="(n+1) x (n+1) travel times; default distance")
    demand: list[float] | None = Field(None, description="n+1 demands, depot first (0)")
    capacity: float | None = Field(None, description="vehicle capacity")
    num_vehicles: int | None = Field(None, ge=1, description="fleet size; default unlimited")
    time_windows: list[tuple[float, float]] | None = Field(None, description="n+1 [earliest, latest] pairs")
    service_time: list[float] | None = Field(None, description="n+1 service durations")
    convention: Literal["raw", "round", "trunc1"] = "raw"
    problem: Literal["atsp", "cvrp", "vrptw"] | None = None

    def n_nodes(self) -> int:
        """Nodes the request describes (depot included), before anything is built."""
        rows = self.distance if self.distance is not None else self.coords
        return 0 if rows is None else len(rows)


class SolveOptions(_Strict):
    """How to solve: every field is optional."""

    method: Literal["pyvrp", "ortools", "ga", "nearest", "earli", "earli-ils"] | None = Field(
        None, description="solver; default: the best measured one for the problem kind")
    time_limit: float | None = Field(None, gt=0, description="seconds (default 5; at most the server's maximum)")
    iterations: int | None = Field(None, ge=1, le=MAX_ITERATIONS,
                                   description="iteration limit; with a seed, the same routes on every run")
    seed: int = Field(0, ge=0, le=2**31 - 1)


class SolveRequest(SolveOptions):
    """``POST /solve`` and ``POST /jobs`` with a JSON body."""

    instance: InstanceIn


class PlanRequest(_Strict):
    """``POST /plan``: the arguments of ``nco plan``."""

    prompt: str = Field(min_length=1, max_length=MAX_PROMPT_CHARS)
    city: str = Field("munich", max_length=40, description="a bundled extract (munich, porto, ...)")
    date: str | None = Field(None, max_length=10, description="today's date, YYYY-MM-DD")
    alternatives: int = Field(3, ge=1, le=20)
    parser: Literal["offline", "auto"] = "offline"


class RoutesRequest(_Strict):
    """``POST /routes``: the arguments of ``nco routes --json``."""

    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=True)

    city: str = Field(max_length=40, description="a bundled extract (munich, porto, ...)")
    origin: list[float] = Field(alias="from", min_length=2, max_length=2, description="[lon, lat] of the start")
    destination: list[float] = Field(alias="to", min_length=2, max_length=2, description="[lon, lat] of the end")
    k: int = Field(5, ge=1, le=10, description="most candidate routes")
    hour: float = Field(8.0, ge=0, le=24, description="hour of departure")
    familiar: bool = Field(False, description="the driver knows the area")
    weekday: int = Field(2, ge=0, le=6, description="0 = Monday .. 6 = Sunday")


def build_instance(spec: InstanceIn, max_clients: int) -> Instance:
    """An :class:`Instance` from its JSON form, after the size check.

    Parameters
    ----------
    spec
        The validated JSON instance.
    max_clients
        The most clients this server accepts.

    Returns
    -------
    Instance

    Raises
    ------
    InputError
        Too many clients, neither matrix nor coordinates, or anything
        :class:`Instance` refuses.
    """
    n = spec.n_nodes()
    if n == 0:
        raise InputError("instance: give 'distance' or 'coords'")
    check_clients(n - 1, max_clients)
    coords = None if spec.coords is None else np.asarray(spec.coords, dtype=np.float64)
    if spec.distance is not None:
        dist = _square("distance", spec.distance)
    else:
        if not np.isfinite(coords).all():
            raise InputError("coords: every coordinate must be a finite number")
        dist = apply_convention(euclidean(coords), spec.convention)
    fields = spec.model_dump(exclude={"coords", "distance", "duration"})
    duration = None if spec.duration is None else _square("duration", spec.duration)
    return Instance(distance=dist, duration=duration, coords=coords, **fields)


def check_clients(n_clients: int, max_clients: int) -> None:
    """Refuse an instance with more than ``max_clients`` clients (one line)."""
    if n_clients > max_clients:
        raise InputError(f"instance: {n_clients} clients, this server accepts at most {max_clients}")


def _square(label: str, rows: list[list[float]]) -> np.ndarray:
    widths = {len(r) for r in rows}
    if widths != {len(rows)}:
        raise InputError(f"{label} must be a square matrix: {len(rows)} rows of lengths {sorted(widths)[:5]}")
    return np.asarray(rows, dtype=np.float64)


def parse_vrplib(text: str, max_clients: int) -> Instance:
    """An instance from VRPLIB/TSPLIB/Solomon text (read by :func:`nco.read`).

    Parameters
    ----------
    text
        The file's text.
    max_clients
        The most clients this server accepts.

    Returns
    -------
    Instance
    """
    if not text.strip():
        raise InputError("VRPLIB body: empty")
    dim = _DIMENSION.search(text[:10_000])
    if dim and int(dim.group(1)) - 1 > max_clients:  # refused before any matrix is built
        check_clients(int(dim.group(1)) - 1, max_clients)
    with tempfile.TemporaryDirectory(prefix="nco-serve-") as tmp:
        path = Path(tmp) / "body.vrp"
        path.write_text(text, encoding="utf-8")
        try:
            inst = read(path)
        except InputError as exc:
            msg = str(exc).replace(f"{path}: ", "").replace(f"{path}, ", "").replace(str(path), "body")
            raise InputError(f"VRPLIB body: {msg}") from None
    check_clients(inst.n_clients, max_clients)
    return inst


def solve_kwargs(opts: SolveOptions, max_time_limit: float, default_time_limit: float = 5.0) -> dict:
    """Keyword arguments of :func:`nco.solve` for ``opts`` on this server.

    A request always runs under a time limit: its own (at most
    ``max_time_limit``), or the default, or, with only ``iterations``,
    ``max_time_limit`` as a safety net.
    """
    tl = opts.time_limit
    if tl is not None and tl > max_time_limit:
        raise InputError(f"time_limit: {tl:g} s is above this server's maximum of {max_time_limit:g} s")
    if tl is None:
        tl = max_time_limit if opts.iterations is not None else min(default_time_limit, max_time_limit)
    return {"method": opts.method, "time_limit": float(tl), "iterations": opts.iterations, "seed": opts.seed}


def solution_json(sol: Solution) -> dict:
    """The JSON answer for a checked solution.

    Returns
    -------
    dict
        :meth:`Solution.to_dict` plus ``n_clients``, ``num_routes``,
        ``interrupted`` and ``checked`` (always true: cost and feasibility
        come from :func:`nco.check`).
    """
    out = sol.to_dict()
    out["cost"] = _finite(out["cost"])
    out.update(n_clients=sol.instance.n_clients, num_routes=sol.num_routes,
               interrupted=bool(sol.info.get("interrupted", False)), checked=True)
    return out


def _finite(x):
    return x if x is None or math.isfinite(x) else None
