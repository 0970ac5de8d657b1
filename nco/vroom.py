"""VROOM-style JSON in and out: :func:`read_json` and :func:`vroom_output`.

The documented subset of VROOM's input format (see docs/dispatch.md):

- ``vehicles``: ``id``, ``start``/``start_index``, ``end``/``end_index``
  (a vehicle without an end has an open route), ``capacity``,
  ``time_window``, ``costs`` (``fixed``, ``per_hour``, ``per_km``),
  ``max_travel_time`` (nco bounds the whole route duration, waiting and
  service included: stricter than VROOM), ``max_distance``, ``profile``
  (one matrix profile per name), ``description``;
- ``jobs``: ``id``, ``location``/``location_index``, ``service``,
  ``delivery``, ``pickup``, ``time_windows`` (one window), ``prize`` (an
  nco extension: the job becomes optional, left out at the cost of its
  prize), ``description``;
- ``matrices``: ``{profile: {"durations": ..., "distances": ...}}`` for
  each profile the vehicles use, or ``[lon, lat]`` locations with the road matrix from a bundled
  city or an OSM extract (:mod:`nco.roads`; fastest paths, rounded to whole
  metres and seconds).

Anything else (``shipments``, ``skills``, ``breaks``, ``priority``,
several time windows, ...) is refused in one line naming the keys.  Costs
follow VROOM: ``per_hour`` per hour of driving, ``per_km`` per kilometre,
durations in seconds and distances in metres; the default cost is the
driving time in seconds.  Every job is required unless it has a prize
(VROOM leaves jobs unassigned when they do not fit; nco reports that as
infeasible instead).
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

import nco
from nco import fsio
from nco.errors import InputError, short_repr
from nco.fleet import VehicleType
from nco.instance import MAX_NODES, MAX_VALUE, Instance

#: The largest VROOM JSON file read (matrices for about 1,000 locations).
MAX_JSON_BYTES = 64 * 1024**2

TOP_KEYS = {"vehicles", "jobs", "matrices", "shipments"}
VEHICLE_KEYS = {"id", "start", "start_index", "end", "end_index", "capacity", "time_window", "costs",
                "max_travel_time", "max_distance", "profile", "description"}
JOB_KEYS = {"id", "location", "location_index", "service", "delivery", "pickup", "time_windows", "prize",
            "description"}
COST_KEYS = {"fixed", "per_hour", "per_km"}
#: Unit of VROOM's costs: per hour of driving and per kilometre.
SECONDS_PER_HOUR = 3600.0
METRES_PER_KM = 1000.0


def _keys(where: str, obj, allowed: set[str], path: str) -> dict:
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected an object, got {short_repr(obj)}", path=path)
    extra = sorted(set(obj) - allowed)
    if extra:
        raise InputError(f"{where}: unsupported key(s) {', '.join(map(str, extra))[:200]}", path=path)
    return obj


def _num(where: str, v, path: str, default=None) -> float:
    if v is None and default is not None:
        return default
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or not 0 <= v <= MAX_VALUE:
        raise InputError(f"{where}: expected a number in 0..{MAX_VALUE:g}, got {short_repr(v)}", path=path)
    return float(v)


def _amounts(where: str, v, path: str) -> list[float]:
    if not isinstance(v, list) or len(v) > 16:
        raise InputError(f"{where}: expected a list of up to 16 numbers, got {short_repr(v)}", path=path)
    return [_num(f"{where}[{k}]", x, path) for k, x in enumerate(v)]


def _window(where: str, v, path: str) -> tuple[float, float]:
    if not isinstance(v, list) or len(v) != 2:
        raise InputError(f"{where}: expected [start, end], got {short_repr(v)}", path=path)
    a, b = _num(f"{where}[0]", v[0], path), _num(f"{where}[1]", v[1], path)
    if a > b:
        raise InputError(f"{where}: opens at {a:g} after it closes at {b:g}", path=path)
    return a, b


def _list(where: str, v, path: str, limit: int) -> list:
    if not isinstance(v, list):
        raise InputError(f"{where}: expected a list, got {short_repr(v)}", path=path)
    if len(v) > limit:
        raise InputError(f"{where}: {len(v)} entries, the maximum is {limit}", path=path)
    return v


class _Places:
    """Distinct places (a ``location_index`` or a ``[lon, lat]`` pair), in
    the order first seen."""

    def __init__(self):
        self.keys: list = []
        self.index: dict = {}

    def add(self, where: str, obj: dict, name: str, path: str):
        idx, loc = obj.get(f"{name}_index"), obj.get("location" if name == "location" else name)
        if idx is not None:
            if isinstance(idx, bool) or not isinstance(idx, int) or not 0 <= idx < 10 * MAX_NODES:
                raise InputError(f"{where}.{name}_index: expected a matrix index, got {short_repr(idx)}", path=path)
            key = ("index", idx)
        elif loc is not None:
            if (not isinstance(loc, list) or len(loc) != 2 or any(isinstance(x, bool) or not isinstance(x, (int, float))
                                                                 or not math.isfinite(x) for x in loc)
                    or not (-180 <= loc[0] <= 180 and -90 <= loc[1] <= 90)):
                raise InputError(f"{where}.{name}: expected [lon, lat], got {short_repr(loc)}", path=path)
            key = ("coord", float(loc[0]), float(loc[1]))
        else:
            return None
        if key not in self.index:
            self.index[key] = len(self.keys)
            self.keys.append(key)
        return key


def _vehicle(k: int, v, places: _Places, path: str) -> tuple[VehicleType, tuple, tuple | None, dict]:
    where = f"vehicles[{k}]"
    _keys(where, v, VEHICLE_KEYS, path)
    start = places.add(where, v, "start", path)
    if start is None:
        raise InputError(f"{where}: a vehicle without a start (start or start_index) is unsupported", path=path)
    end = places.add(where, v, "end", path)
    costs = _keys(f"{where}.costs", v.get("costs", {}), COST_KEYS, path)
    kw = {}
    if "time_window" in v:
        kw["tw_early"], kw["tw_late"] = _window(f"{where}.time_window", v["time_window"], path)
    if "max_travel_time" in v:
        kw["max_duration"] = _num(f"{where}.max_travel_time", v["max_travel_time"], path)
    if "max_distance" in v:
        kw["max_distance"] = _num(f"{where}.max_distance", v["max_distance"], path)
    vt = VehicleType(
        num_available=1, capacity=_amounts(f"{where}.capacity", v["capacity"], path) if "capacity" in v else None,
        open_end=end is None, fixed_cost=_num(f"{where}.costs.fixed", costs.get("fixed"), path, 0.0),
        unit_duration_cost=_num(f"{where}.costs.per_hour", costs.get("per_hour"), path, 3600.0) / SECONDS_PER_HOUR,
        unit_distance_cost=_num(f"{where}.costs.per_km", costs.get("per_km"), path, 0.0) / METRES_PER_KM,
        name=str(v.get("id", k)), **kw)
    return vt, start, end, v


def _job(k: int, j, places: _Places, path: str) -> dict:
    where = f"jobs[{k}]"
    _keys(where, j, JOB_KEYS, path)
    key = places.add(where, j, "location", path)
    if key is None:
        raise InputError(f"{where}: no location or location_index", path=path)
    tws = j.get("time_windows")
    tw = None
    if tws is not None:
        if not isinstance(tws, list) or len(tws) != 1:
            n = len(tws) if isinstance(tws, list) else short_repr(tws)
            raise InputError(f"{where}.time_windows: {n} windows, nco takes exactly one", path=path)
        tw = _window(f"{where}.time_windows[0]", tws[0], path)
    return {"key": key, "id": j.get("id", k), "service": _num(f"{where}.service", j.get("service"), path, 0.0),
            "delivery": _amounts(f"{where}.delivery", j.get("delivery", []), path),
            "pickup": _amounts(f"{where}.pickup", j.get("pickup", []), path), "tw": tw,
            "prize": None if "prize" not in j else _num(f"{where}.prize", j["prize"], path)}


def _matrices(data: dict, keys: list, profiles: list[str], path: str) -> list[tuple[np.ndarray, np.ndarray]]:
    """``(distance, duration)`` node matrices per vehicle profile from a
    ``matrices`` object (places by ``location_index``)."""
    mats = data["matrices"]
    if not isinstance(mats, dict):
        raise InputError(f"matrices: expected an object, got {short_repr(mats)}", path=path)
    extra = sorted(set(mats) - set(profiles))
    if extra:
        raise InputError(f"matrices: profile(s) {', '.join(map(str, extra))[:200]} that no vehicle uses", path=path)
    missing = [p for p in profiles if p not in mats]
    if missing:
        raise InputError(f"matrices: no profile {missing[0]!r}, which vehicles use", path=path)
    return [_profile_matrices(p, mats[p], keys, path) for p in profiles]


def _profile_matrices(name: str, m, keys: list, path: str) -> tuple[np.ndarray, np.ndarray]:
    _keys(f"matrices.{name}", m, {"durations", "distances"}, path)
    if "durations" not in m:
        raise InputError(f"matrices.{name}.durations: missing", path=path)
    bad = [k for k in keys if k[0] != "index"]
    if bad:
        raise InputError(f"matrices are given, but a location is [lon, lat] ({bad[0][1]:g}, {bad[0][2]:g}): "
                         "use location_index throughout", path=path)
    idx = np.array([k[1] for k in keys])
    out = []
    for what in ("durations", "distances"):
        if what not in m:
            out.append(None)
            continue
        rows = _list(f"matrices.{name}.{what}", m[what], path, 2 * MAX_NODES)
        if any(not isinstance(r, list) or len(r) != len(rows) for r in rows):
            raise InputError(f"matrices.{name}.{what}: not a square matrix", path=path)
        if idx.max() >= len(rows):
            raise InputError(f"matrices.{name}.{what}: location_index {int(idx.max())} is outside the "
                             f"{len(rows)} x {len(rows)} matrix", path=path)
        try:
            a = np.array(rows, dtype=np.float64)
        except (TypeError, ValueError):
            raise InputError(f"matrices.{name}.{what}: entries must be numbers", path=path) from None
        out.append(a[np.ix_(idx, idx)])
    dur, dist = out
    return (np.zeros_like(dur) if dist is None else dist), dur


def _road_matrices(keys: list, city, osm, path: str):
    """Distance and duration matrices on the road network of ``city`` or
    ``osm`` between ``[lon, lat]`` places; also the road nodes."""
    bad = [k for k in keys if k[0] != "coord"]
    if bad:
        raise InputError("location_index is given but there are no matrices", path=path)
    if city is None and osm is None:
        raise InputError("locations are [lon, lat] but no matrices are given: pass a bundled city "
                         "(--city, city=) or an OSM extract (--osm, osm=)", path=path)
    roads = nco.roads  # loads networkx and scipy on first use: only lat/lon inputs pay for them
    graph = roads.load(roads.city_extract(city) if city is not None else fsio.check_input(osm, "--osm"))
    lon = np.array([k[1] for k in keys])
    lat = np.array([k[2] for k in keys])
    nodes = np.atleast_1d(roads.nearest_nodes(graph, lon, lat))
    dist, dur = roads.travel_matrices(graph, nodes.tolist())
    # whole metres and seconds, as VROOM's own matrices
    return np.rint(dist), np.rint(dur), np.column_stack([lon, lat]), [int(v) for v in nodes], graph


def _loads(vehicles: list, jobs: list, path: str) -> int:
    """The number of load dimensions; every amount list has it (or is empty)."""
    dims = max([len(v.capacity) for v, *_ in vehicles if v.capacity is not None]
               + [len(j[f]) for j in jobs for f in ("delivery", "pickup")] + [0])
    for k, (v, *_) in enumerate(vehicles):
        if v.capacity is not None and len(v.capacity) != dims:
            raise InputError(f"vehicles[{k}].capacity: {len(v.capacity)} entries, other amounts have {dims}", path=path)
    for k, j in enumerate(jobs):
        for f in ("delivery", "pickup"):
            if j[f] and len(j[f]) != dims:
                raise InputError(f"jobs[{k}].{f}: {len(j[f])} entries, other amounts have {dims}", path=path)
    return dims


def read_json(path, city: str | None = None, osm=None, name: str | None = None) -> Instance:
    """Read a VROOM-style JSON problem (the subset in the module docstring).

    Parameters
    ----------
    path
        The JSON file (at most :data:`MAX_JSON_BYTES`).
    city, osm
        A bundled city name or an OSM extract whose road network gives the
        matrices when locations are ``[lon, lat]`` (no ``matrices``).
    name
        Instance name; default: the file name without its extension.

    Returns
    -------
    Instance
        Depots (the distinct vehicle start and end places) first, then one
        client per job in file order; one vehicle type per vehicle.
        ``meta["vroom"]`` keeps the ids and places for :func:`vroom_output`;
        ``meta["road_graph"]`` and ``meta["road_nodes"]`` the road network.
    """
    p = Path(path)
    where = str(p)
    data = _keys("the input", fsio.read_json_object(p, "VROOM JSON", MAX_JSON_BYTES), TOP_KEYS, where)
    if data.get("shipments"):
        raise InputError("shipments: unsupported (paired pickup and delivery); use jobs with pickup and "
                         "delivery amounts", path=where)
    places = _Places()
    vehicles = [_vehicle(k, v, places, where) for k, v in enumerate(_list("vehicles", data.get("vehicles"), where,
                                                                          MAX_NODES))]
    depot_keys = list(dict.fromkeys([k for _, s, e, _ in vehicles for k in (s, e) if k is not None]))
    jobs = [_job(k, j, places, where) for k, j in enumerate(_list("jobs", data.get("jobs"), where, MAX_NODES))]
    if not vehicles or not jobs:
        raise InputError("the input needs at least one vehicle and one job", path=where)
    if len(depot_keys) + len(jobs) > MAX_NODES:
        raise InputError(f"{len(depot_keys)} depots and {len(jobs)} jobs: at most {MAX_NODES} nodes", path=where)
    profiles = list(dict.fromkeys(str(v.get("profile", "car")) for *_, v in vehicles))
    for vt, *_, v in vehicles:
        vt.profile = profiles.index(str(v.get("profile", "car")))
    keys = depot_keys + [j["key"] for j in jobs]
    meta: dict = {}
    coords = None
    if "matrices" in data:
        mats = _matrices(data, keys, profiles, where)
    else:
        if len(profiles) > 1:
            raise InputError(f"vehicles: several profiles ({', '.join(profiles)}) need a matrices object", path=where)
        dist, dur, coords, meta["road_nodes"], meta["road_graph"] = _road_matrices(keys, city, osm, where)
        mats = [(dist, dur)]
    try:
        return _instance(p, name, vehicles, jobs, depot_keys, keys, mats, coords, meta)
    except InputError as exc:
        raise InputError(str(exc), path=where) from None


def _instance(p: Path, name, vehicles, jobs, depot_keys, keys, mats, coords, meta) -> Instance:
    nd, n1 = len(depot_keys), len(keys)
    dims = _loads(vehicles, jobs, str(p))
    for vt, s, e, _ in vehicles:
        vt.start_depot = depot_keys.index(s)
        vt.end_depot = None if e is None else depot_keys.index(e)
    kw: dict = {}
    if dims:
        for f, label in (("delivery", "demand"), ("pickup", "pickup")):
            a = np.zeros((n1, dims))
            for k, j in enumerate(jobs):
                if j[f]:
                    a[nd + k] = j[f]
            kw[label] = a
    if any(j["tw"] is not None for j in jobs):
        tw = np.tile([0.0, MAX_VALUE], (n1, 1))
        for k, j in enumerate(jobs):
            if j["tw"] is not None:
                tw[nd + k] = j["tw"]
        kw["time_windows"] = tw
    if any(j["prize"] is not None for j in jobs):
        kw["required"] = np.array([True] * nd + [j["prize"] is None for j in jobs])
        kw["prize"] = np.array([0.0] * nd + [j["prize"] or 0.0 for j in jobs])
    meta["vroom"] = {"vehicles": [v.get("id", k) for k, (*_, v) in enumerate(vehicles)],
                     "jobs": [j["id"] for j in jobs], "places": keys}
    (dist, dur), *others = mats
    return Instance(distance=dist, duration=dur, service_time=[0.0] * nd + [j["service"] for j in jobs],
                    profiles=others or None,
                    coords=coords, num_depots=nd, vehicle_types=[v for v, *_ in vehicles],
                    name=name or p.stem, meta=meta, **kw)


def _n(x: float):
    """``x`` as an int when it is one (VROOM writes integers)."""
    x = float(x)
    return int(x) if x.is_integer() and abs(x) < 2**53 else round(x, 6)


def _place(key) -> dict:
    return {"location_index": key[1]} if key[0] == "index" else {"location": [key[1], key[2]]}


def _steps(inst: Instance, s, ids: dict) -> list[dict]:
    """VROOM's ``steps`` of one route schedule."""
    places = ids["places"]
    dist_m, dur_m = inst.matrices(inst.vehicle_types[s.vehicle_type].profile)
    d = dist_m[s.nodes[:-1], s.nodes[1:]]
    t = dur_m[s.nodes[:-1], s.nodes[1:]]
    cum_d = np.concatenate([[0.0], np.cumsum(d)])
    cum_t = np.concatenate([[0.0], np.cumsum(t)])
    steps = []
    for i, v in enumerate(s.nodes):
        client = v >= inst.num_depots
        step = {"type": "job" if client else ("start" if i == 0 else "end"), **_place(places[v])}
        if client:
            step["id"] = ids["jobs"][v - inst.num_depots]
        step.update({"setup": 0, "service": _n(inst.service_time[v] if client else 0.0),
                     "waiting_time": _n(s.wait[i]), "load": [_n(x) for x in s.load[i]] if inst.load_dims else [],
                     "arrival": _n(s.departure[0] if i == 0 else s.arrival[i]), "duration": _n(cum_t[i]),
                     "distance": _n(cum_d[i]), "violations": []})
        steps.append(step)
    return steps


def _amount(inst: Instance, what, nodes) -> list:
    if what is None or not inst.load_dims or what.ndim == 1 and not what.any():
        return []
    a = what.reshape(inst.n_nodes, -1)[list(nodes)].sum(axis=0)
    return [_n(x) for x in a]


def vroom_output(sol, computing_ms: float | None = None) -> dict:
    """VROOM's output format for a solution of an instance read by
    :func:`read_json`, with nco's checked ``cost``, ``feasible`` and
    ``violations`` added at the top.

    ``code`` is 0, ``summary`` holds the totals, ``unassigned`` the jobs on
    no route, ``routes`` one entry per used vehicle with its ``steps``
    (``type``, ``location`` or ``location_index``, ``id``, ``service``,
    ``waiting_time``, ``load`` after the step, ``arrival``, ``duration``:
    driving time so far, ``distance`` so far).
    """
    inst = sol.instance
    ids = inst.meta.get("vroom")
    if ids is None:
        raise InputError(f"{inst.name}: VROOM output needs an instance read by nco.read_json")
    routes, visited = [], set()
    scheds = sol.schedules()
    for s in scheds:
        clients = [v for v in s.nodes if v >= inst.num_depots]
        visited.update(clients)
        routes.append({
            "vehicle": ids["vehicles"][s.vehicle_type], "cost": _n(s.cost),
            "delivery": _amount(inst, inst.demand, clients), "pickup": _amount(inst, inst.pickup, clients),
            "setup": 0, "service": _n(inst.service_time[clients].sum()), "duration": _n(s.travel_duration),
            "waiting_time": _n(s.wait.sum()), "priority": 0, "distance": _n(s.distance),
            "steps": _steps(inst, s, ids), "violations": []})
    unassigned = [{"id": ids["jobs"][v - inst.num_depots], "type": "job", **_place(ids["places"][v])}
                  for v in inst.clients if v not in visited]
    keys = ("cost", "delivery", "pickup", "setup", "service", "duration", "waiting_time", "priority", "distance")
    summary = {"cost": _n(sol.cost), "routes": len(routes), "unassigned": len(unassigned)}
    for k in keys[1:]:
        vals = [r[k] for r in routes]
        summary[k] = [_n(x) for x in np.sum(vals, axis=0)] if k in ("delivery", "pickup") and vals and vals[0] \
            else ([] if k in ("delivery", "pickup") else _n(sum(vals)))
    summary["violations"] = []
    solving = computing_ms if computing_ms is not None else 1000 * sol.runtime_s
    summary["computing_times"] = {"loading": 0, "solving": round(solving), "routing": 0}
    return {"code": 0, "summary": summary, "unassigned": unassigned, "routes": routes,
            "feasible": sol.feasible, "cost": sol.cost, "violations": sol.violations, "method": sol.method}
