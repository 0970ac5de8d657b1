"""Rich instances: several depots, vehicle types, shifts, pickups, release
times and optional clients.  For each field, a solution that violates only
that field is rejected by the checker (and the same routes without the
violation pass)."""

from __future__ import annotations

import numpy as np
import pytest

import nco
from nco import InputError, VehicleType

# Nodes on a line: depots 0 (x=0) and 1 (x=100); clients 2..5 at x = 10, 20, 80, 90.
X = np.array([0.0, 100.0, 10.0, 20.0, 80.0, 90.0])
D = np.abs(X[:, None] - X[None, :])


def make(**kw) -> nco.Instance:
    kw.setdefault("num_depots", 2)
    kw.setdefault("vehicle_types", [VehicleType(2, start_depot=0), VehicleType(2, start_depot=1)])
    return nco.Instance(distance=D, **kw)


def violations(inst, routes, types=None):
    res = nco.check(inst, routes, types)
    return res.violations


def test_classic_instance_unchanged():
    inst = nco.Instance(distance=D[1:, 1:], demand=[0, 1, 1, 1, 1], capacity=4)
    assert inst.fields_used() == [] and inst.n_clients == 4 and inst.kind == "CVRP"
    res = nco.check(inst, [[1, 2, 3, 4]])
    assert res.feasible and res.cost == pytest.approx(2 * 90 - 0)  # 0 -> ... -> 90 -> 0 on the line
    assert res.schedules == []


def test_depots_and_cost():
    inst = make()
    assert inst.n_clients == 4 and list(inst.clients) == [2, 3, 4, 5]
    res = nco.check(inst, [[2, 3], [4, 5]], [0, 1])
    assert res.feasible, res.violations
    assert res.cost == pytest.approx(40 + 40)
    assert res.schedules[1].nodes == [1, 4, 5, 1]
    # the same routes with the depots swapped cost more, and are still feasible
    assert nco.check(inst, [[2, 3], [4, 5]], [1, 0]).cost == pytest.approx(180 + 180)


def test_depot_in_a_route_is_rejected():
    assert any("node 1 is not a client" in v for v in violations(make(), [[2, 3, 1], [4, 5]], [0, 1]))


@pytest.mark.parametrize("kw, field", [
    ({"num_depots": 6}, "num_depots"),
    ({"vehicle_types": [VehicleType(0)]}, "vehicle_types[0].num_available"),
    ({"vehicle_types": [VehicleType(1, start_depot=2)]}, "vehicle_types[0].start_depot"),
    ({"vehicle_types": [VehicleType(1, end_depot=5)]}, "vehicle_types[0].end_depot"),
    ({"vehicle_types": [VehicleType(1, fixed_cost=-1)]}, "vehicle_types[0].fixed_cost"),
    ({"vehicle_types": [VehicleType(1, unit_duration_cost=float("nan"))]}, "vehicle_types[0].unit_duration_cost"),
    ({"vehicle_types": [VehicleType(1, tw_early=5, tw_late=1)]}, "vehicle_types[0]: the shift"),
    ({"vehicle_types": [VehicleType(1, max_duration="x")]}, "vehicle_types[0].max_duration"),
    ({"vehicle_types": [VehicleType(1, capacity=[1, 2])], "demand": [0, 0, 1, 1, 1, 1]},
     "vehicle_types[0].capacity"),
    ({"vehicle_types": [VehicleType(1, capacity=1)], "demand": [0, 0, 2, 1, 1, 1]}, "demand: client 2"),
    ({"vehicle_types": [VehicleType(1, capacity=1)], "pickup": [0, 0, 0, 3, 0, 0]}, "pickup: client 3"),
    ({"pickup": [0, 1, 0, 0, 0, 0]}, "pickup: depot 1"),
    ({"release_time": [0, 0, -1, 0, 0, 0]}, "release_time: client 2"),
    ({"prize": [0, 0, 0, 0, 0, np.inf]}, "prize: client 5"),
    ({"required": [1, 0, 1, 1, 1, 1]}, "required: depot 1"),
    ({"vehicle_types": [VehicleType(1)], "capacity": 3}, "capacity: give it per vehicle type"),
    ({"vehicle_types": [VehicleType(1)], "num_vehicles": 3}, "num_vehicles: give the fleet per vehicle type"),
    ({"vehicle_types": "truck"}, "vehicle_types"),
    ({"vehicle_types": [VehicleType(1, profile=1)]}, "vehicle_types[0].profile"),
    ({"profiles": [(D[:3, :3], None)]}, "profiles[0].distance has shape"),
    ({"profiles": [(D, -D)]}, "profiles[0].duration: entry"),
    ({"demand": np.ones((6, 2)) * [[0], [0], [1], [1], [1], [1]], "pickup": np.ones((6, 3))}, "pickup"),
])
def test_validation_names_field_and_item(kw, field):
    with pytest.raises(InputError, match=field.replace("[", r"\[").replace("]", r"\]").replace(".", r"\.")):
        make(**kw)


def test_capacity_dimensions():
    dem = np.array([[0, 0], [0, 0], [2, 1], [2, 3], [1, 1], [1, 1]])
    inst = make(demand=dem, vehicle_types=[VehicleType(2, capacity=[4, 3]), VehicleType(2, [4, 3], start_depot=1)])
    assert "capacity dimensions" in inst.fields_used()
    assert nco.check(inst, [[2], [3], [4, 5]], [0, 0, 1]).feasible
    v = violations(inst, [[2, 3], [4, 5]], [0, 1])  # dimension 0 is 4 (fits), dimension 1 is 4 > 3
    assert len(v) == 1 and "in dimension 1" in v[0]


def test_num_available():
    inst = make(vehicle_types=[VehicleType(1, start_depot=0), VehicleType(2, start_depot=1)])
    assert nco.check(inst, [[2, 3], [4], [5]], [0, 1, 1]).feasible
    v = violations(inst, [[2], [3], [4, 5]], [0, 0, 1])
    assert v == ["2 routes of vehicle type 0, it has 1 vehicles"]


def test_route_vehicle_types_are_checked():
    inst = make()
    assert "not given" in violations(inst, [[2, 3], [4, 5]])[0]
    assert "vehicle type 7" in violations(inst, [[2, 3], [4, 5]], [0, 7])[0]
    assert "one type per route" in violations(inst, [[2, 3], [4, 5]], [0])[0]


def test_fixed_and_unit_costs():
    inst = make(duration=D / 2, vehicle_types=[
        VehicleType(2, fixed_cost=100, unit_distance_cost=2, unit_duration_cost=3),
        VehicleType(2, start_depot=1, unit_distance_cost=0.5)])
    res = nco.check(inst, [[2, 3], [4, 5]], [0, 1])
    assert res.feasible
    assert res.route_costs == pytest.approx([100 + 2 * 40 + 3 * 20, 0.5 * 40])
    assert res.cost == pytest.approx(sum(res.route_costs))


def test_shift_time_window():
    tw = np.array([[0, 1000]] * 6, dtype=float)
    ok = make(time_windows=tw, vehicle_types=[VehicleType(1, tw_early=10, tw_late=50), VehicleType(1, start_depot=1)])
    res = nco.check(ok, [[2, 3], [4, 5]], [0, 1])
    assert res.feasible and res.schedules[0].departure[0] == 10 and res.schedules[0].arrival[-1] == 50
    late = make(time_windows=tw, vehicle_types=[VehicleType(1, tw_early=10, tw_late=49),
                                                VehicleType(1, start_depot=1)])
    v = violations(late, [[2, 3], [4, 5]], [0, 1])
    assert len(v) == 1 and "returns to depot 0 at 50" in v[0]


def test_max_duration_uses_the_least_waiting():
    tw = np.array([[0, 1000], [0, 1000], [100, 200], [0, 1000], [0, 1000], [0, 1000]], dtype=float)
    vts = [VehicleType(1, max_duration=40), VehicleType(1, start_depot=1)]
    res = nco.check(make(time_windows=tw, vehicle_types=vts), [[2, 3], [4, 5]], [0, 1])
    assert res.feasible, res.violations  # leaves at 90, not at 0: no waiting
    assert res.schedules[0].departure[0] == 90 and res.schedules[0].duration == 40
    vts[0] = VehicleType(1, max_duration=39)
    v = violations(make(time_windows=tw, vehicle_types=vts), [[2, 3], [4, 5]], [0, 1])
    assert v == ["route 1: duration 40 exceeds max_duration 39"]


def test_max_distance():
    vts = [VehicleType(1, max_distance=40), VehicleType(1, start_depot=1)]
    assert nco.check(make(vehicle_types=vts), [[2, 3], [4, 5]], [0, 1]).feasible
    vts[0] = VehicleType(1, max_distance=39.5)
    assert violations(make(vehicle_types=vts), [[2, 3], [4, 5]], [0, 1]) == [
        "route 1: distance 40 exceeds max_distance 39.5"]


def test_end_depot_and_open_end():
    inst = make(vehicle_types=[VehicleType(1, end_depot=1, max_distance=100), VehicleType(1, start_depot=1)])
    res = nco.check(inst, [[2, 3, 4, 5], []], [0, 1])
    assert res.feasible and res.cost == pytest.approx(100) and res.schedules[0].nodes == [0, 2, 3, 4, 5, 1]
    back = make(vehicle_types=[VehicleType(1, max_distance=100), VehicleType(1, start_depot=1)])
    assert violations(back, [[2, 3, 4, 5], []], [0, 1]) == ["route 1: distance 180 exceeds max_distance 100"]
    opened = make(vehicle_types=[VehicleType(1, open_end=True, max_distance=90), VehicleType(1, start_depot=1)])
    res = nco.check(opened, [[2, 3, 4, 5], []], [0, 1])
    assert res.feasible and res.cost == pytest.approx(90) and res.schedules[0].nodes == [0, 2, 3, 4, 5]
    assert "end_depot" in inst.fields_used() and "open_end" in opened.fields_used()


def test_pickup_simultaneous_with_delivery():
    dem = [0, 0, 3, 0, 0, 0]
    vts = [VehicleType(1, capacity=4), VehicleType(1, capacity=4, start_depot=1)]
    ok = make(demand=dem, pickup=[0, 0, 0, 4, 0, 0], vehicle_types=vts)
    res = nco.check(ok, [[2, 3], [4, 5]], [0, 1])  # leaves with 3, drops 3, picks up 4
    assert res.feasible and res.schedules[0].load[:, 0].tolist() == [3, 0, 4, 4]
    # the other order carries 3 + 4 after the pickup
    v = violations(ok, [[3, 2], [4, 5]], [0, 1])
    assert v == ["route 1: load 7 after client 3 exceeds capacity 4"]


def test_release_time():
    tw = np.array([[0, 100], [0, 100], [0, 15], [0, 100], [0, 100], [0, 100]], dtype=float)
    inst = make(time_windows=tw, release_time=[0, 0, 0, 10, 0, 0])
    assert nco.check(inst, [[2], [3], [4, 5]], [0, 0, 1]).feasible
    v = violations(inst, [[2, 3], [4, 5]], [0, 1])  # leaves at 10 for client 3: client 2 at 20 > 15
    assert v == ["route 1: client 2 served at 20, after its window closes at 15"]
    late = make(time_windows=tw, release_time=[0, 0, 0, 150, 0, 0])
    assert "release time 150" in violations(late, [[2, 3], [4, 5]], [0, 1])[0]


def test_optional_clients_and_prizes():
    inst = make(required=[1, 1, 1, 1, 1, 0], prize=[0, 0, 0, 0, 0, 7])
    assert {"required", "prize"} <= set(inst.fields_used())
    res = nco.check(inst, [[2, 3], [4]], [0, 1])
    assert res.feasible and res.unvisited == [5] and res.cost == pytest.approx(40 + 40 + 7)
    v = violations(inst, [[2], [4, 5]], [0, 1])  # a required client left out
    assert v == ["1 client(s) not visited: 3"]
    assert "visited more than once" in violations(inst, [[2, 3], [4, 5, 5]], [0, 1])[0]


def test_solution_keeps_vehicle_types():
    inst = make()
    sol = nco.Solution.from_routes(inst, [[2, 3], [], [4, 5]], vehicle_types=[0, 1, 1])
    assert sol.feasible and sol.routes == [[2, 3], [4, 5]] and sol.vehicle_types == [0, 1]
    one = nco.Solution.from_routes(make(vehicle_types=[VehicleType(3)]), [[2, 3, 4, 5]])
    assert one.feasible and one.vehicle_types == [0]


def test_profile():
    tw = np.array([[0, 1000], [0, 1000], [0, 1000], [0, 30], [0, 1000], [0, 1000]], dtype=float)
    slow = (D, 2 * D)
    inst = make(time_windows=tw, profiles=[slow],
                vehicle_types=[VehicleType(1), VehicleType(1, start_depot=1, profile=1)])
    res = nco.check(inst, [[2, 3], [4, 5]], [0, 1])
    assert res.feasible and res.schedules[1].duration == 2 * 40 and "profile" in inst.fields_used()
    bike = make(time_windows=tw, profiles=[slow],
                vehicle_types=[VehicleType(1, profile=1), VehicleType(1, start_depot=1)])
    v = violations(bike, [[2, 3], [4, 5]], [0, 1])  # client 3 at 40 on the slow profile, window closes at 30
    assert v == ["route 1: client 3 served at 40, after its window closes at 30"]
    assert inst.matrices(1)[1][0, 2] == 20
