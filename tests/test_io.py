from pathlib import Path

import numpy as np
import pytest

import nco
from nco import InputError

SETS = {
    "cvrp/X": "X-n101-k25.vrp",
    "cvrp/A": "A-n32-k5.vrp",
    "cvrp/E": "E-n13-k4.vrp",
    "cvrp/D": "ORTEC-n242-k12.vrp",
    "vrptw/solomon": "R102.txt",
    "vrptw/gh200": "RC1_2_1.txt",
    "vrptw/gh1000": "C1_10_1.vrp",
}


@pytest.mark.parametrize("folder, name", SETS.items())
def test_sol_files_check_at_their_stated_cost(bench_dir, folder, name):
    path = bench_dir / folder / name
    inst = nco.read(path)
    routes, stated = nco.read_solution(path.with_suffix(".sol"))
    res = nco.check(inst, routes)
    assert res.feasible, res.violations[:3]
    assert res.cost == pytest.approx(stated, abs=1e-6)


def test_solomon_fields(bench_dir):
    inst = nco.read(bench_dir / "vrptw/solomon/C101.txt")
    assert inst.problem == "vrptw" and inst.convention == "trunc1"
    assert inst.num_vehicles == 25 and inst.capacity == 200
    assert inst.service_time[1] == 90 and inst.time_windows[1].tolist() == [912, 967]


def test_atsp_reader(bench_dir):
    inst = nco.read(bench_dir / "atsp/tsplib/ftv35.atsp")
    assert inst.problem == "atsp" and inst.n_nodes == 36 and not inst.symmetric
    tour = list(range(1, 36))
    assert nco.check(inst, [tour]).feasible


def test_vrplib_roundtrip(tmp_path, bench_dir):
    inst = nco.read(bench_dir / "vrptw/solomon/RC101.txt")
    out = nco.write_vrplib(tmp_path / "rc101.vrp", inst)
    back = nco.read(out)
    assert back.problem == "vrptw"
    np.testing.assert_allclose(back.distance, inst.distance)
    np.testing.assert_allclose(back.time_windows, inst.time_windows)
    np.testing.assert_allclose(back.service_time, inst.service_time)
    routes, _ = nco.read_solution(bench_dir / "vrptw/solomon/RC101.sol")
    assert nco.check(back, routes).cost == pytest.approx(nco.check(inst, routes).cost)


def test_npz_roundtrip_rrnco_schema(tmp_path, bench_dir):
    from nco.io import write_npz

    inst = nco.read(bench_dir / "cvrp/A/A-n32-k5.vrp")
    path = write_npz(tmp_path / "acvrp.npz", [inst, inst])
    with np.load(path) as f:
        assert set(f.files) >= {"depot", "locs", "demand", "capacity", "distance_matrix"}
        assert f["distance_matrix"].shape == (2, 32, 32) and f["locs"].shape == (2, 31, 2)
    both = nco.read_all(path)
    assert len(both) == 2 and both[1].capacity == inst.capacity
    np.testing.assert_allclose(both[0].distance, inst.distance, rtol=1e-6)


def test_rl4co_normalised_demand_is_rescaled(tmp_path):
    rng = np.random.default_rng(1)
    d = rng.uniform(1, 10, size=(1, 6, 6)).astype(np.float32)
    np.savez(tmp_path / "t.npz", depot=np.zeros((1, 2)), locs=rng.uniform(size=(1, 5, 2)),
             demand=np.array([[0.1, 0.2, 0.3, 0.1, 0.2]]), capacity=np.array([50.0]), distance_matrix=d)
    inst = nco.read(tmp_path / "t.npz")
    assert inst.demand[1:].tolist() == pytest.approx([5, 10, 15, 5, 10])


@pytest.mark.parametrize(
    "content, message",
    [
        ("", "empty"),
        ("NAME : x\nTYPE : CVRP\nDIMENSION : 3\nCAPACITY : 5\nNODE_COORD_SECTION\n1 0 0\n2 1 1\n", "nodes missing"),
        ("NAME : x\nTYPE : CVRP\nDIMENSION : 2\nCAPACITY : 5\nNODE_COORD_SECTION\n1 0 0\n2 1 abc\nDEMAND_SECTION\n1 0\n2 1\n", "line 7"),
        ("NAME : x\nTYPE : CVRP\nDIMENSION : 2\nCAPACITY : 5\nNODE_COORD_SECTION\n1 0 0\n2 1 1\nDEMAND_SECTION\n1 0\n2 9\n", "above CAPACITY"),
    ],
)
def test_malformed_files_name_the_problem(tmp_path, content, message):
    p = tmp_path / "bad.vrp"
    p.write_text(content)
    with pytest.raises(InputError, match=message) as exc:
        nco.read(p)
    assert "bad.vrp" in str(exc.value)


def test_binary_garbage(tmp_path):
    p = tmp_path / "garbage.vrp"
    p.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(InputError, match="binary"):
        nco.read(p)


def test_npz_capacity_per_instance(tmp_path, bench_dir):
    from nco.io import write_npz

    a = nco.read(bench_dir / "cvrp/A/A-n32-k5.vrp")
    b = nco.Instance(distance=a.distance, demand=a.demand, capacity=a.capacity * 2, coords=a.coords, name="b")
    path = write_npz(tmp_path / "two.npz", [a, b])
    assert [i.capacity for i in nco.read_all(path)] == [a.capacity, 2 * a.capacity]
