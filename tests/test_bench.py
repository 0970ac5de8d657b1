"""The benchmark runner: suites, size buckets, CSV + markdown + PNG, resume."""

import csv

import pytest

from nco import InputError
from nco.bench import (
    COLUMNS,
    Suite,
    apply_fleet,
    instance_files,
    load_suite,
    plot_gap_vs_time,
    read_runs,
    run_suite,
    suites,
    summary_markdown,
)

REQUIRED = ["cvrp-x", "cvrp-x-small", "cvrp-classic", "cvrp-d", "solomon", "gh200", "gh400", "atsp"]


def test_required_suites_exist():
    assert set(REQUIRED) <= set(suites())


@pytest.mark.parametrize("name", suites())
def test_every_suite_lists_bundled_instances_with_a_bks(name):
    import nco
    from nco import bks

    suite = load_suite(name)
    files = instance_files(suite)
    assert files and all(p.exists() for p in files)
    # one instance of each suite: it reads, it has a BKS, it falls in a bucket
    from nco.bench import suite_instances

    inst, ref = next(suite_instances(files[:1], suite))
    if suite.reference == "none":  # generated instances: no best-known cost exists
        assert ref is None and bks.for_instance(nco.read(files[0])) is None
    elif files[0].suffix != ".npz":
        assert ref == bks.for_instance(nco.read(files[0])).cost
    if suite.reference != "none":
        assert ref is not None and ref > 0
    assert suite.bucket(inst.n_clients) in suite.bucket_labels


def test_batch_suites_take_count_instances_with_their_references():
    import numpy as np

    from nco.bench import _count, suite_instances

    suite = load_suite("city-acvrptw-n50")
    files = instance_files(suite)
    pairs = list(suite_instances(files, suite))
    assert len(pairs) == _count(files, suite) == suite.count == 8
    with np.load(files[0]) as f:
        assert [r for _, r in pairs] == [float(x) for x in f["reference_cost"][:8]]
    assert all(i.problem == "vrptw" and i.n_clients == 50 for i, _ in pairs)


def test_suite_sizes():
    assert len(instance_files(load_suite("cvrp-x"))) == 50
    assert len(instance_files(load_suite("atsp"))) == 10
    assert len(instance_files(load_suite("solomon"))) == 28
    assert [p.stem for p in instance_files(load_suite("cvrp-x-small"))] == [
        "X-n101-k25", "X-n148-k46", "X-n251-k28", "X-n401-k29", "X-n502-k39", "X-n749-k98"]


def test_buckets_of_the_x_suite():
    s = load_suite("cvrp-x")
    assert s.bucket(100) == "100-200"
    assert s.bucket(199) == "100-200"
    assert s.bucket(200) == "200-500"
    assert s.bucket(501) == "500-1000"
    assert s.bucket(1000) == "500-1000"
    assert s.bucket(1500) == "other"
    assert load_suite("gh200").bucket(200) == "200"


def test_limit_and_filter_are_deterministic():
    s = load_suite("cvrp-x")
    five = [p.stem for p in instance_files(s, limit=5)]
    assert five == [p.stem for p in instance_files(s, limit=5)]
    assert five[0] == "X-n101-k25" and five[-1] == "X-n979-k58" and len(five) == 5
    assert [p.stem for p in instance_files(s, filter=r"n10\d-")] == ["X-n101-k25"]
    with pytest.raises(InputError, match="no instance files"):
        instance_files(s, filter="nothing-matches")
    with pytest.raises(InputError, match="regular expression"):
        instance_files(s, filter="(")


def test_bad_suite_definitions(tmp_path):
    with pytest.raises(InputError, match="unknown suite"):
        load_suite("no-such-suite")
    bad = tmp_path / "bad.yaml"
    bad.write_text("files: [cvrp/X/*.vrp]\nbuckets: [[500, 100]]\n")
    with pytest.raises(InputError, match="lo <= hi"):
        load_suite(str(bad))
    bad.write_text("files: [cvrp/X/*.vrp]\nsizes: 3\n")
    with pytest.raises(InputError, match="unknown key"):
        load_suite(str(bad))


def test_classic_suites_take_the_fleet_from_the_name(bench_dir):
    import nco

    inst = nco.read(bench_dir / "cvrp/P/P-n16-k8.vrp")
    assert inst.num_vehicles is None
    assert apply_fleet(inst, load_suite("cvrp-classic")).num_vehicles == 8
    assert apply_fleet(inst, load_suite("cvrp-x")).num_vehicles is None


def test_run_suite_writes_every_run_and_resumes(tmp_path):
    suite = load_suite("cvrp-x-small")
    rows = run_suite(suite, ["nearest", "pyvrp"], [0.2], [0, 1], tmp_path, limit=2, filter=r"n1\d\d-", progress=False)
    assert len(rows) == 2 * 2 * 2
    on_disk = read_runs(tmp_path / "cvrp-x-small.csv")
    with open(tmp_path / "cvrp-x-small.csv", newline="") as fh:
        assert next(csv.reader(fh)) == COLUMNS
    assert len(on_disk) == 8
    for r in on_disk:
        assert r["feasible"] and r["bks"] is not None
        assert r["gap_pct"] == pytest.approx(100 * (r["cost"] - r["bks"]) / r["bks"], abs=1e-3)
        assert r["gap_pct"] > 0
    near = {r["instance"]: r["cost"] for r in on_disk if r["method"] == "nearest"}
    assert all(r["cost"] < near[r["instance"]] for r in on_disk if r["method"] == "pyvrp")
    # resume: nothing is run again, a new time limit adds only its runs
    again = run_suite(suite, ["nearest", "pyvrp"], [0.2, 0.4], [0, 1], tmp_path, limit=2, filter=r"n1\d\d-", resume=True,
                      progress=False)
    assert len(again) == 16
    assert len(read_runs(tmp_path / "cvrp-x-small.csv")) == 16

    def key(r):
        return r["instance"], r["method"], r["time_limit"], r["seed"]

    kept = {key(r): r for r in again}
    assert all(kept[key(r)]["runtime_s"] == r["runtime_s"] for r in rows)


def test_run_suite_spreads_runs_over_worker_processes(tmp_path):
    suite = load_suite("cvrp-x-small")
    kw = dict(limit=2, filter=r"n1\d\d-", progress=False, clock="process")
    serial = run_suite(suite, ["nearest"], [0.2], [0], tmp_path / "serial", **kw)
    local = run_suite(suite, ["nearest", "pyvrp"], [0.2], [0], tmp_path / "local", backend="local", workers=2, **kw)
    assert len(serial) == 2 and len(local) == 4
    assert [r["instance"] for r in local] == [r["instance"] for r in serial for _ in range(2)]
    assert [r["method"] for r in local] == ["nearest", "pyvrp"] * 2
    near = [r for r in local if r["method"] == "nearest"]
    assert [r["cost"] for r in near] == [r["cost"] for r in serial]  # a deterministic method, the same answers
    assert all(r["feasible"] and r["gap_pct"] > 0 and r["cpu_s"] is None for r in local)
    assert len(read_runs(tmp_path / "local" / "cvrp-x-small.csv")) == 4


def _row(instance, n, method, tl, cost, bks, feasible=True):
    gap = 100 * (cost - bks) / bks if feasible else None
    return {"instance": instance, "n_clients": n, "method": method, "time_limit": tl, "seed": 0, "cost": cost,
            "feasible": feasible, "runtime_s": tl, "bks": bks, "gap_pct": gap}


def test_summary_means_per_bucket_and_flags_runs_below_the_bks(tmp_path):
    suite = Suite(name="t", files=["x"], buckets=[(100, 200), (200, 500)])
    rows = [_row("a", 100, "m", 2.0, 102, 100), _row("b", 150, "m", 2.0, 104, 100),
            _row("c", 300, "m", 2.0, 110, 100), _row("c", 300, "m", 10.0, 99, 100),
            _row("a", 100, "m", 10.0, 0, 100, feasible=False)]
    md = summary_markdown(rows, suite)
    assert "| 100-200 | 2 | 3.00 | n/a (1 infeasible) |" in md
    assert "| 200-500 | 1 | 10.00 | -1.00 |" in md
    assert "- c m 10 s seed 0: 99 < 100" in md
    png = plot_gap_vs_time(rows, suite, tmp_path / "t.png")
    assert png.stat().st_size > 5000
