"""VROOM-style JSON in and out, and the round trip: pyvroom's own solution
of a VROOM input checks feasible in nco's checker at the cost VROOM reports."""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys

import numpy as np
import pytest

import nco
from nco import InputError, solvers
from nco.vroom import read_json, vroom_output

HAS_VROOM = importlib.util.find_spec("vroom") is not None

RNG = np.random.default_rng(3)
XY = RNG.uniform(0, 10_000, (14, 2))
DIST = np.rint(np.sqrt(((XY[:, None] - XY[None]) ** 2).sum(-1))).astype(int)
DUR = np.rint(DIST / 10).astype(int)


def problem() -> dict:
    """Two vehicles from different places (one open), two load dimensions,
    pickups and deliveries, service times, windows, fixed and per-km costs."""
    jobs = []
    for k in range(3, 14):
        job = {"id": 100 + k, "location_index": k, "service": 60, "delivery": [int(k % 3), 1],
               "pickup": [int(k % 2), 0]}
        if k % 4 == 0:
            job["time_windows"] = [[0, 2500]]
        jobs.append(job)
    return {
        "vehicles": [
            {"id": 1, "start_index": 0, "end_index": 1, "capacity": [12, 8], "time_window": [0, 20_000],
             "costs": {"fixed": 500}},
            {"id": 2, "start_index": 2, "end_index": 2, "capacity": [10, 8], "costs": {"per_hour": 7200,
                                                                                       "per_km": 1000}},
        ],
        "jobs": jobs,
        "matrices": {"car": {"durations": DUR.tolist(), "distances": DIST.tolist()}},
    }


def write(tmp_path, data, name="p.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def test_read_maps_every_field(tmp_path):
    inst = read_json(write(tmp_path, problem()))
    assert inst.num_depots == 3 and inst.n_clients == 11 and inst.load_dims == 2
    a, b = inst.vehicle_types
    assert (a.start_depot, a.end, a.fixed_cost, a.tw_late, a.unit_duration_cost) == (0, 1, 500, 20_000, 1.0)
    assert (b.start_depot, b.end, b.unit_duration_cost, b.unit_distance_cost) == (2, 2, 2.0, 1.0)
    assert inst.demand[3].tolist() == [0, 1] and inst.pickup[3].tolist() == [1, 0]
    assert inst.time_windows[4].tolist() == [0, 2500] and inst.service_time[5] == 60
    assert inst.duration[0, 3] == DUR[0, 3] and inst.distance[2, 13] == DIST[2, 13]


def test_output_has_vroom_fields(tmp_path):
    inst = read_json(write(tmp_path, problem()))
    out = vroom_output(nco.solve(inst, time_limit=1, seed=0))
    assert {"code", "summary", "unassigned", "routes", "feasible", "cost"} <= set(out)
    assert out["code"] == 0 and out["feasible"] and out["cost"] == out["summary"]["cost"]
    assert {"cost", "routes", "unassigned", "delivery", "pickup", "setup", "service", "duration",
            "waiting_time", "priority", "distance", "violations", "computing_times"} <= set(out["summary"])
    route = out["routes"][0]
    assert {"vehicle", "cost", "delivery", "pickup", "service", "duration", "waiting_time", "distance",
            "steps"} <= set(route)
    step_keys = {"type", "arrival", "duration", "waiting_time", "service", "load", "distance"}
    assert all(step_keys <= set(s) for r in out["routes"] for s in r["steps"])
    jobs = [s for r in out["routes"] for s in r["steps"] if s["type"] == "job"]
    assert sorted(s["id"] for s in jobs) == list(range(103, 114)) and all("location_index" in s for s in jobs)
    assert out["routes"][0]["steps"][0]["type"] == "start"
    json.dumps(out)  # plain JSON types


@pytest.mark.skipif(not HAS_VROOM, reason="pyvroom not installed")
def test_round_trip_vroom_solution_checks_at_vrooms_cost(tmp_path):
    import vroom

    path = write(tmp_path, problem())
    inst = read_json(path)
    res = vroom.Input.from_json(path).solve(exploration_level=5, nb_threads=1)
    vids = inst.meta["vroom"]["vehicles"]
    routes, types = [], []
    for vid, g in res.routes.groupby("vehicle_id", sort=False):
        ids = [int(i) for i in g.loc[g["type"] == "job", "id"]]
        routes.append([inst.num_depots + inst.meta["vroom"]["jobs"].index(i) for i in ids])
        types.append(vids.index(int(vid)))
    assert len(res.unassigned) == 0
    check = nco.check(inst, routes, types)
    assert check.feasible, check.violations
    assert check.cost == pytest.approx(res.summary.cost)
    ours = vroom_output(nco.Solution.from_routes(inst, routes, vehicle_types=types))
    theirs = res.to_dict()
    for r_ours, r_theirs in zip(ours["routes"], theirs["routes"]):
        assert r_ours["vehicle"] == r_theirs["vehicle"] and r_ours["cost"] == r_theirs["cost"]
        assert [s["arrival"] for s in r_ours["steps"]] == [s["arrival"] for s in r_theirs["steps"]]
        assert [s["load"] for s in r_ours["steps"]] == [s["load"] for s in r_theirs["steps"]]


@pytest.mark.parametrize("change, words", [
    (lambda d: d.update(options={}), "the input: unsupported key(s) options"),
    (lambda d: d["vehicles"][0].update(skills=[1], breaks=[]), "vehicles[0]: unsupported key(s) breaks, skills"),
    (lambda d: d["jobs"][2].update(priority=10), "jobs[2]: unsupported key(s) priority"),
    (lambda d: d["vehicles"][1]["costs"].update(per_task_hour=1), "vehicles[1].costs: unsupported key(s)"),
    (lambda d: d.update(shipments=[{"amount": [1]}]), "shipments: unsupported"),
    (lambda d: d["jobs"][0].update(time_windows=[[0, 5], [9, 20]]), "jobs[0].time_windows: 2 windows"),
    (lambda d: d["jobs"][1].update(service=-3), "jobs[1].service"),
    (lambda d: d["jobs"][1].update(delivery=[1]), "jobs[1].delivery: 1 entries"),
    (lambda d: d["jobs"][3].update(location_index=99), "location_index 99 is outside"),
    (lambda d: d["vehicles"][0].pop("start_index"), "vehicles[0]: a vehicle without a start"),
    (lambda d: d["vehicles"][0].update(time_window=[9, 1]), "vehicles[0].time_window: opens at 9"),
    (lambda d: d.pop("matrices"), "location_index is given but there are no matrices"),
    (lambda d: d["matrices"]["car"].pop("durations"), "matrices.car.durations: missing"),
    (lambda d: d["vehicles"][0].update(profile="bike"), "matrices: no profile 'bike'"),
    (lambda d: d["matrices"].update(truck=d["matrices"]["car"]), "matrices: profile(s) truck that no vehicle uses"),
    (lambda d: d["jobs"].clear(), "at least one vehicle and one job"),
])
def test_unsupported_or_bad_keys_are_named(tmp_path, change, words):
    data = copy.deepcopy(problem())
    change(data)
    with pytest.raises(InputError, match=None) as exc:
        read_json(write(tmp_path, data))
    msg = str(exc.value)
    assert words in msg and "p.json" in msg and "\n" not in msg


def test_lat_lon_without_matrices_needs_a_city(tmp_path):
    data = {"vehicles": [{"id": 1, "start": [11.57, 48.13]}], "jobs": [{"id": 1, "location": [11.58, 48.14]}]}
    with pytest.raises(InputError, match="--city"):
        read_json(write(tmp_path, data))


def test_prize_makes_a_job_optional(tmp_path):
    data = problem()
    data["jobs"][0]["prize"] = 0.5
    inst = read_json(write(tmp_path, data))
    sol = nco.solve(inst, time_limit=1)
    out = vroom_output(sol)
    assert sol.feasible and [u["id"] for u in out["unassigned"]] == [103]


def test_cli_prints_vroom_output_and_exits_2_on_unknown_keys(tmp_path):
    path = write(tmp_path, problem())
    run = subprocess.run([sys.executable, "-m", "nco.cli", "solve", str(path), "--json", "-t", "1"],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["feasible"] and out["code"] == 0 and out["summary"]["unassigned"] == 0
    data = problem()
    data["vehicles"][0]["speed_factor"] = 2
    bad = write(tmp_path, data, "bad.json")
    run = subprocess.run([sys.executable, "-m", "nco.cli", "solve", str(bad)], capture_output=True, text=True,
                         check=False, timeout=120)
    assert run.returncode == 2 and "speed_factor" in run.stderr and len(run.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("text, words", [
    ("[1, 2]", "not a JSON object"),
    ("{", "not valid JSON"),
    ('{"vehicles": {}, "jobs": []}', "vehicles: expected a list"),
    ('{"vehicles": [1], "jobs": []}', "vehicles[0]: expected an object"),
    (('{"vehicles": [{"start_index": true}], "jobs": [{"location_index": 0}], "matrices": {"car": '
     '{"durations": [[0]]}}}'), "vehicles[0].start_index: expected a matrix index"),
    (('{"vehicles": [{"start_index": 0}], "jobs": [{"location_index": 1}], "matrices": {"car": '
     '{"durations": [[0, "a"], [1, 0]]}}}'), "entries must be numbers"),
    (('{"vehicles": [{"start_index": 0}], "jobs": [{"location_index": 1}], "matrices": {"car": '
     '{"durations": [[0, 1], [1]]}}}'), "not a square matrix"),
    ('{"vehicles": [{"start": [200, 0]}], "jobs": []}', "vehicles[0].start: expected [lon, lat]"),
])
def test_hostile_json_is_one_line(tmp_path, text, words):
    path = tmp_path / "h.json"
    path.write_text(text)
    with pytest.raises(InputError) as exc:
        read_json(path)
    assert words in str(exc.value) and "\n" not in str(exc.value)


def test_reader_bounds_what_it_reads(tmp_path, monkeypatch):
    monkeypatch.setattr("nco.vroom.MAX_JSON_BYTES", 100)
    with pytest.raises(InputError, match="above the maximum of 100 bytes"):
        read_json(write(tmp_path, problem()))
    monkeypatch.setattr("nco.vroom.MAX_NODES", 5)
    monkeypatch.setattr("nco.vroom.MAX_JSON_BYTES", 1 << 20)
    with pytest.raises(InputError, match="jobs: 11 entries, the maximum is 5"):
        read_json(write(tmp_path, problem()))


def two_profiles() -> dict:
    """Vehicle 2 drives a slower profile (a bicycle: half the speed, shorter distances)."""
    data = problem()
    data["vehicles"][1]["profile"] = "bike"
    data["matrices"]["bike"] = {"durations": (2 * DUR).tolist(), "distances": (DIST * 9 // 10).tolist()}
    return data


def test_profiles_are_read_per_vehicle(tmp_path):
    inst = read_json(write(tmp_path, two_profiles()))
    assert [vt.profile for vt in inst.vehicle_types] == [0, 1] and "profile" in inst.fields_used()
    assert inst.matrices(1)[1][0, 3] == 2 * DUR[0, 3] and inst.matrices(1)[0][0, 3] == DIST[0, 3] * 9 // 10


@pytest.mark.skipif(not HAS_VROOM, reason="pyvroom not installed")
def test_round_trip_with_two_profiles(tmp_path):
    import vroom

    path = write(tmp_path, two_profiles())
    inst = read_json(path)
    res = vroom.Input.from_json(path).solve(exploration_level=5, nb_threads=1)
    vids, jids = inst.meta["vroom"]["vehicles"], inst.meta["vroom"]["jobs"]
    routes, types = [], []
    for vid, g in res.routes.groupby("vehicle_id", sort=False):
        routes.append([inst.num_depots + jids.index(int(i)) for i in g.loc[g["type"] == "job", "id"]])
        types.append(vids.index(int(vid)))
    check = nco.check(inst, routes, types)
    assert len(res.unassigned) == 0 and check.feasible, check.violations
    assert check.cost == pytest.approx(res.summary.cost)
    ours = vroom_output(nco.Solution.from_routes(inst, routes, vehicle_types=types))
    for r_ours, r_theirs in zip(ours["routes"], res.to_dict()["routes"]):
        assert [s["arrival"] for s in r_ours["steps"]] == [s["arrival"] for s in r_theirs["steps"]]


def test_vroom_method_without_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "vroom", None)  # as if pyvroom were not installed
    monkeypatch.delitem(sys.modules, "nco.solvers.vroom_solver", raising=False)
    monkeypatch.delitem(solvers.REGISTRY, "vroom", raising=False)
    with pytest.raises(InputError, match="method 'vroom' is not available: needs pyvroom, the optional extra"):
        solvers.get("vroom")


class _Budget:
    """A stand-in budget: ``cpu`` CPU seconds and ``wall`` wall-clock seconds gone."""

    def __init__(self, clock, time_limit, cpu, wall):
        self.clock, self.time_limit, self.cpu, self.wall = clock, time_limit, cpu, wall

    def elapsed(self):
        return self.cpu if self.clock == "process" else self.wall

    def wall_elapsed(self):
        return self.wall

    def cpu_elapsed(self):
        return self.cpu

    def remaining(self):
        return max(0.0, self.time_limit - self.elapsed()) if self.time_limit is not None else float("inf")


@pytest.mark.skipif(not HAS_VROOM, reason="pyvroom not installed")
def test_vroom_timeout_is_cpu_seconds_over_the_share_of_a_core():
    from nco.solvers.vroom_solver import _RESERVE_S, cpu_share, timeout

    # wall clock: the remaining seconds less the reserve
    assert timeout(_Budget("wall", 10.0, 0.2, 1.0)).total_seconds() == pytest.approx(9.0 - _RESERVE_S)
    # CPU seconds with half a core so far: twice the remaining CPU seconds in wall-clock time
    busy = _Budget("process", 10.0, 0.5, 1.0)
    assert cpu_share(busy) == pytest.approx(0.5)
    assert timeout(busy).total_seconds() == pytest.approx((9.5 - _RESERVE_S) / 0.5)
    # a whole core (or more, from other threads) is one; no time limit is no timeout
    assert cpu_share(_Budget("process", 10.0, 1.3, 1.0)) == 1.0
    assert timeout(_Budget("process", None, 1.0, 1.0)) is None


@pytest.mark.skipif(not HAS_VROOM, reason="pyvroom not installed")
def test_vroom_cpu_budget_is_charged_to_vroom():
    """On the process clock VROOM's own CPU seconds (its search thread) count."""
    import time

    inst = nco.read(nco.resources.data("bench", "vrptw", "solomon", "RC207.txt"))
    cpu0 = time.process_time()
    sol = nco.solve(inst, method="vroom", time_limit=1.0, clock="process")
    cpu = time.process_time() - cpu0
    assert sol.feasible and 0.7 <= cpu <= 2.0


@pytest.mark.skipif(not HAS_VROOM, reason="pyvroom not installed")
def test_vroom_cost_on_solomon_is_the_checkers():
    """Scaled integer data of a Solomon file (one-decimal truncation, service
    times, windows): VROOM's own cost is the checker's, and its routes check feasible."""
    from nco.solvers.rich import rich_data
    from nco.solvers.vroom_solver import routes_of, vroom_input

    inst = nco.read(nco.resources.data("bench", "vrptw", "solomon", "R102.txt"))
    inp, vtype = vroom_input(inst)
    res = inp.solve(exploration_level=1, nb_threads=1)
    assert len(res.unassigned) == 0
    check = nco.check(inst, list(routes_of(res, vtype)))
    assert check.feasible, check.violations
    assert check.cost == pytest.approx(res.summary.cost / rich_data(inst).cost_scale)


def _vroom_table():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "vroom_table.py"
    spec = importlib.util.spec_from_file_location("vroom_table", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_vroom_table_gives_the_others_vrooms_cpu_seconds(tmp_path):
    """The others' budget is VROOM's CPU seconds of the same instance (up to 0.1 s, at most the cap)."""
    from nco import bench, benchrun

    vt = _vroom_table()
    assert vt.own_budget(4.21, None) == 4.3 and vt.own_budget(0.02, None) == 0.1 and vt.own_budget(91.6, 30) == 30
    runs = benchrun.RunFile(tmp_path / "s.csv", bench.COLUMNS, bench.RUN_KEY, read=bench.read_runs)
    seen = []
    for cell in vt.cells([("a", None), ("b", None)], ["pyvrp", "ga"], [0], runs, 3600.0, 30.0):
        seen.append((cell.instance, cell.method, cell.budget))
        if cell.method == "vroom":
            runs.add([{"instance": cell.instance, "method": "vroom", "time_limit": cell.budget, "seed": 0,
                       "cpu_s": 2.04 if cell.instance == "a" else 45.0}])
    assert seen == [("a", "vroom", 3600.0), ("a", "pyvrp", 2.1), ("a", "ga", 2.1),
                    ("b", "vroom", 3600.0), ("b", "pyvrp", 30.0), ("b", "ga", 30.0)]
    rows = [{"instance": i, "seed": 0, "method": m} for i, m in [("a", "vroom"), ("a", "ga"), ("b", "vroom")]]
    assert [r["instance"] for r in vt.complete(rows)] == ["a", "a"]
