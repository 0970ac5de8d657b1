"""The multi-depot, two-vehicle-type, shift-limited pickup-and-delivery
example in Munich (data/examples/dispatch_munich.json) solves from Python
and from ``nco solve``, with a per-stop schedule and road geometry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import nco
from nco.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "examples" / "dispatch_munich.json"


@pytest.fixture(scope="module")
def inst():
    return nco.read_json(EXAMPLE, city="munich")


def test_example_uses_the_dispatch_fields(inst):
    used = set(inst.fields_used())
    assert {"num_depots", "vehicle_types", "capacity dimensions", "pickup", "shift time window",
            "max_duration", "fixed_cost"} <= used
    assert inst.num_depots == 2 and inst.n_clients == 30
    assert len({(tuple(vt.capacity), vt.fixed_cost) for vt in inst.vehicle_types}) == 2  # two kinds of vehicle


def test_example_solves_from_python(inst):
    sol = nco.solve(inst, time_limit=3, seed=0)
    assert sol.method == "pyvrp" and sol.feasible, sol.violations
    df = sol.schedule()
    assert len(df) == 30 + 2 * sol.num_routes and df.node.nunique() >= 30
    assert (df.arrival.diff().fillna(0)[df.stop > 0] >= 0).all()
    lines = [f for f in sol.to_geojson()["features"] if f["geometry"]["type"] == "LineString"]
    assert all(len(f["geometry"]["coordinates"]) > len(s.nodes)
               for f, s in zip(lines, sol.schedules()))  # along the roads
    gdf = sol.to_geodataframe()
    assert str(gdf.crs) == "EPSG:4326" and (gdf.geom_type == "LineString").sum() == sol.num_routes
    assert (gdf.geom_type == "Point").sum() == len(df)


def test_example_solves_from_the_cli(capsys):
    assert main(["solve", str(EXAMPLE), "--city", "munich", "--json", "-t", "2"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["feasible"] and out["code"] == 0 and out["summary"]["unassigned"] == 0
    assert all(s["type"] in ("start", "job", "end") for r in out["routes"] for s in r["steps"])
