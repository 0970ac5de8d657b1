import numpy as np
import pytest

import nco
from nco import InputError, Instance
from nco.instance import apply_convention


def small_cvrp(**kw):
    rng = np.random.default_rng(0)
    xy = rng.uniform(0, 100, size=(6, 2))
    d = np.sqrt(((xy[:, None] - xy[None]) ** 2).sum(-1))
    args = dict(distance=d, demand=[0, 3, 4, 5, 2, 6], capacity=10, coords=xy, name="toy")
    args.update(kw)
    return Instance(**args)


def test_problem_inferred():
    assert small_cvrp().problem == "cvrp"
    assert small_cvrp().kind == "CVRP"
    d = np.array([[0, 1, 2], [3, 0, 1], [1, 5, 0]], float)
    atsp = Instance(distance=d)
    assert atsp.problem == "atsp" and atsp.kind == "ATSP" and atsp.num_vehicles == 1


@pytest.mark.parametrize(
    "kw, field",
    [
        (dict(distance=np.zeros((3, 4))), "square"),
        (dict(distance=np.full((6, 6), np.nan)), "NaN"),
        (dict(demand=[0, 3, 4, 5, 2, 11]), "client 5"),
        (dict(demand=[0, 3, -4, 5, 2, 1]), "client 2"),
        (dict(demand=[0, 3, 4]), "demand has 3 entries"),
        (dict(capacity=-1), "capacity"),
        (dict(coords=np.zeros((5, 2))), "coords"),
        (dict(num_vehicles=1), "exceeds the fleet"),
        (dict(convention="ceil"), "convention"),
    ],
)
def test_validation_names_the_field(kw, field):
    with pytest.raises(InputError, match=field):
        small_cvrp(**kw)


def test_unreachable_pair_is_named():
    inst = small_cvrp()
    d = inst.distance.copy()
    d[2, 4] = np.inf
    with pytest.raises(InputError, match="node 4 is unreachable from node 2"):
        small_cvrp(distance=d)


def test_negative_entry_is_named():
    inst = small_cvrp()
    d = inst.distance.copy()
    d[1, 3] = -2
    with pytest.raises(InputError, match=r"\(1, 3\) is negative"):
        small_cvrp(distance=d)


def test_time_window_no_vehicle_can_reach():
    inst = small_cvrp()
    tw = np.array([[0, 1000]] + [[0, 1000]] * 5, float)
    tw[3] = [0, inst.distance[0, 3] / 2]  # closes before the earliest arrival
    with pytest.raises(InputError, match="client 3 closes"):
        small_cvrp(time_windows=tw)
    tw[3] = [10, 5]
    with pytest.raises(InputError, match="client 3 opens"):
        small_cvrp(time_windows=tw)


def test_conventions():
    m = np.array([[0.0, 2.5, 2.49], [0.35, 0.0, 1.99], [7.77, 1.0, 0.0]])
    assert apply_convention(m, "round")[0, 1] == 3 and apply_convention(m, "round")[0, 2] == 2
    t = apply_convention(m, "trunc1")
    assert t[1, 0] == pytest.approx(0.3) and t[2, 0] == pytest.approx(7.7) and t[1, 2] == pytest.approx(1.9)


def test_subset_keeps_data():
    inst = small_cvrp()
    sub = inst.subset([0, 2, 4])
    assert sub.n_clients == 2
    assert sub.distance[1, 2] == inst.distance[2, 4]
    assert list(sub.demand) == [0, 4, 2]


def test_asymmetric_kind():
    d = np.array([[0, 1, 2], [3, 0, 1], [1, 5, 0]], float)
    inst = Instance(distance=d, demand=[0, 1, 1], capacity=2)
    assert inst.kind == "ACVRP" and not inst.symmetric
    assert "ACVRP" in repr(inst)
