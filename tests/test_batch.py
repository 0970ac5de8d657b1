"""nco.solve_many: input order, checked results, the same costs on every backend."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import nco
from nco.batch import import_ray

X = sorted((Path(__file__).resolve().parents[1] / "data" / "bench" / "cvrp" / "X").glob("*.vrp"))


@pytest.fixture(scope="module")
def insts():
    """Five small X instances, in an order that is not the order of their sizes."""
    picks = [X[3], X[0], X[4], X[1], X[2]]
    return [nco.read(p) for p in picks]


def _assert_checked(insts, sols):
    assert [s.instance.name for s in sols] == [i.name for i in insts]
    for inst, sol in zip(insts, sols):
        res = nco.check(inst, sol.routes)
        assert sol.feasible and res.feasible
        assert sol.cost == pytest.approx(res.cost)


def test_local_matches_serial_in_input_order(insts):
    serial = nco.solve_many(insts, iterations=60, backend="serial", progress=False)
    local = nco.solve_many(insts, iterations=60, backend="local", workers=2, progress=False)
    _assert_checked(insts, serial)
    _assert_checked(insts, local)
    assert [s.cost for s in local] == [s.cost for s in serial]
    assert [s.routes for s in local] == [s.routes for s in serial]
    one = nco.solve(insts[0], iterations=60)
    assert local[0].cost == one.cost


def test_paths_are_read(insts):
    sols = nco.solve_many([str(X[0]), X[1]], method="nearest", backend="serial", progress=False)
    assert [s.instance.name for s in sols] == [X[0].stem, X[1].stem]
    assert all(s.feasible for s in sols)


def test_empty_list():
    assert nco.solve_many([], backend="local", progress=False) == []


@pytest.mark.parametrize("kwargs, message", [
    ({"backend": "dask"}, "backend must be one of"),
    ({"workers": 0}, "workers must be a positive integer"),
    ({"workers": True}, "workers must be a positive integer"),
    ({"address": "auto"}, "address is only used with backend='ray'"),
])
def test_bad_arguments(insts, kwargs, message):
    with pytest.raises(nco.InputError, match=message):
        nco.solve_many(insts[:1], iterations=5, progress=False, **kwargs)


def test_bad_instances(insts):
    with pytest.raises(nco.InputError, match="not a single one"):
        nco.solve_many(insts[0])
    with pytest.raises(nco.InputError, match=r"instances\[1\]: expected an nco.Instance or a path"):
        nco.solve_many([insts[0], 42])


def test_failed_solve_names_the_instance(insts):
    with pytest.raises(nco.InputError, match=r"instance 0 \(.*\): solve failed"):
        nco.solve_many(insts[:2], method="no-such-solver", iterations=5, backend="local", workers=1,
                       progress=False)


def test_missing_ray_is_one_line(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(nco.InputError, match=r"pip install 'nco\[ray\]'"):
        import_ray()


def test_ray_matches_serial(insts):
    ray = pytest.importorskip("ray")
    serial = nco.solve_many(insts, iterations=60, backend="serial", progress=False)
    try:
        ray_sols = nco.solve_many(insts, iterations=60, backend="ray", workers=2, progress=False)
    finally:
        ray.shutdown()
    _assert_checked(insts, ray_sols)
    assert [s.cost for s in ray_sols] == [s.cost for s in serial]
