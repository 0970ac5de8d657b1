"""Per-stop schedules as a DataFrame, GeoJSON, and the schedule in ``nco solve --json``."""

from __future__ import annotations

import json

import numpy as np
import pytest

import nco
from nco import VehicleType
from nco.cli import main

X = np.array([0.0, 100.0, 10.0, 20.0, 80.0, 90.0])
D = np.abs(X[:, None] - X[None, :])


def rich() -> nco.Instance:
    tw = np.array([[0, 1000], [0, 1000], [50, 60], [0, 1000], [0, 1000], [0, 1000]], dtype=float)
    return nco.Instance(distance=D, coords=np.column_stack([X, np.zeros(6)]), num_depots=2, time_windows=tw,
                        service_time=[0, 0, 5, 5, 5, 5], demand=[0, 0, 1, 2, 0, 0], pickup=[0, 0, 0, 0, 3, 1],
                        vehicle_types=[VehicleType(1, capacity=5), VehicleType(1, capacity=5, start_depot=1,
                                                                               open_end=True)])


def test_schedule_dataframe():
    sol = nco.Solution.from_routes(rich(), [[2, 3], [5, 4]], vehicle_types=[0, 1])
    assert sol.feasible, sol.violations
    df = sol.schedule()
    assert list(df.columns) == ["route", "vehicle_type", "stop", "node", "kind", "arrival", "wait", "start",
                                "departure", "load"]
    r0 = df[df.route == 0]
    assert r0.node.tolist() == [0, 2, 3, 0] and r0.kind.tolist() == ["start", "client", "client", "end"]
    # leaves at 40 (not 0) so that it waits nowhere for client 2's window at 50
    assert r0.departure.iloc[0] == 40 and r0.wait.sum() == 0 and r0.start.iloc[1] == 50
    assert r0.departure.iloc[1] == 55 and r0.load.tolist() == [3, 2, 0, 0]
    r1 = df[df.route == 1]
    assert r1.node.tolist() == [1, 5, 4] and r1.load.tolist() == [0, 1, 4]  # open: ends at client 4


def test_schedule_of_a_classic_instance():
    inst = nco.Instance(distance=D[1:, 1:], demand=[0, 1, 1, 1, 1], capacity=4)
    df = nco.Solution.from_routes(inst, [[1, 2, 3, 4]]).schedule()
    assert df.node.tolist() == [0, 1, 2, 3, 4, 0] and df.arrival.iloc[-1] == pytest.approx(180)


def test_geojson():
    sol = nco.Solution.from_routes(rich(), [[2, 3], [5, 4]], vehicle_types=[0, 1])
    g = sol.to_geojson()
    lines = [f for f in g["features"] if f["geometry"]["type"] == "LineString"]
    points = [f for f in g["features"] if f["geometry"]["type"] == "Point"]
    assert len(lines) == 2 and len(points) == 7
    assert lines[0]["geometry"]["coordinates"] == [[0, 0], [10, 0], [20, 0], [0, 0]]
    assert points[1]["properties"]["arrival"] == 50
    json.dumps(g)
    with pytest.raises(nco.InputError, match="no coordinates"):
        nco.Solution.from_routes(nco.Instance(distance=D), [[1, 2, 3, 4, 5]]).to_geojson()


def test_cli_json_schedule_flag(capsys, tmp_path):
    path = tmp_path / "line.vrp"
    nco.write_vrplib(path, nco.Instance(distance=np.round(D[1:, 1:]), demand=[0, 1, 1, 1, 1], capacity=4,
                                        convention="round", name="line"))
    assert main(["solve", str(path), "-m", "nearest", "--json", "--schedule"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert [s["node"] for s in res["schedule"][0]] == [0, *res["routes"][0], 0]
    assert {"arrival", "wait", "start", "departure", "load", "kind"} <= set(res["schedule"][0][1])
