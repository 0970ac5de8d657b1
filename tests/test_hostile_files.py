"""Hostile instance and solution files, paths and arguments against ``nco solve``,
``nco check`` and ``nco bench``.

Each case is one kind of bad input.  It must end either in one line on
stderr (``nco: error: ...``) with exit code 2, or in a correct answer; never
in a traceback, a blocked read, a file of the user's overwritten, or a large
allocation (the memory cases run in a child process and read its peak).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from nco.cli import main

BENCH = Path(__file__).resolve().parents[1] / "data" / "bench"
A32 = BENCH / "cvrp/A/A-n32-k5.vrp"
C101 = BENCH / "vrptw/solomon/C101.txt"

HEAD = "NAME : t\nTYPE : CVRP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EUC_2D\nCAPACITY : 10\n"
COORDS = "NODE_COORD_SECTION\n1 0 0\n2 3 4\n3 6 8\n"
DEMANDS = "DEMAND_SECTION\n1 0\n2 4\n3 5\nDEPOT_SECTION\n1\n-1\nEOF\n"
GOOD = HEAD + COORDS + DEMANDS


def vrp(head=HEAD, coords=COORDS, demands=DEMANDS) -> str:
    return head + coords + demands


SOLOMON = """T1

VEHICLE
NUMBER     CAPACITY
  {veh}         {cap}

CUSTOMER
CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

    0      40         50          0          0       1236          0
    {c1}      45         68         10        {r1}        967         90
    2      45         70         30        825        870         90
"""


def solomon(veh="25", cap="200", c1="1", r1="912") -> str:
    return SOLOMON.format(veh=veh, cap=cap, c1=c1, r1=r1)


#: id -> instance file text; each must be refused with one line and exit 2.
BAD_INSTANCES = {
    "empty": "",
    "whitespace-only": "   \n\n\t\n",
    "dimension-missing": "NAME : t\nTYPE : CVRP\nCAPACITY : 10\n" + COORDS + DEMANDS,
    "dimension-fraction": vrp(HEAD.replace("DIMENSION : 3", "DIMENSION : 32.7")),
    "dimension-float-notation": vrp(HEAD.replace("DIMENSION : 3", "DIMENSION : 1e8")),
    "dimension-above-maximum": vrp(HEAD.replace("DIMENSION : 3", "DIMENSION : 100000000")),
    "dimension-30-digits": vrp(HEAD.replace("DIMENSION : 3", "DIMENSION : " + "9" * 30)),
    "dimension-negative": vrp(HEAD.replace("DIMENSION : 3", "DIMENSION : -5")),
    "dimension-zero": vrp(HEAD.replace("DIMENSION : 3", "DIMENSION : 0")),
    "dimension-one": vrp(HEAD.replace("DIMENSION : 3", "DIMENSION : 1")),
    "dimension-text": vrp(HEAD.replace("DIMENSION : 3", "DIMENSION : three")),
    "type-pdptw": vrp(HEAD.replace("TYPE : CVRP", "TYPE : PDPTW")),
    "type-mdvrp": vrp(HEAD.replace("TYPE : CVRP", "TYPE : MDVRP")),
    "type-vrptw-without-windows": vrp(HEAD.replace("TYPE : CVRP", "TYPE : VRPTW")),
    "edge-weight-geo": vrp(HEAD.replace("EUC_2D", "GEO")),
    "explicit-without-section": vrp(HEAD.replace("EUC_2D", "EXPLICIT")),
    "explicit-wrong-count": vrp(HEAD.replace("EUC_2D", "EXPLICIT"), "EDGE_WEIGHT_SECTION\n0 1 2\n1 0 3\n"),
    "explicit-unknown-format": vrp(HEAD.replace("EUC_2D", "EXPLICIT") + "EDGE_WEIGHT_FORMAT : FUNCTION\n",
                                   "EDGE_WEIGHT_SECTION\n0 1 2 1 0 3 2 3 0\n"),
    "explicit-negative-entry": vrp(HEAD.replace("EUC_2D", "EXPLICIT"), "EDGE_WEIGHT_SECTION\n0 -1 2 1 0 3 2 3 0\n"),
    "explicit-unreachable": vrp(HEAD.replace("EUC_2D", "EXPLICIT"), "EDGE_WEIGHT_SECTION\n0 1e9 2 1 0 3 2 3 0\n"),
    "explicit-nan": vrp(HEAD.replace("EUC_2D", "EXPLICIT"), "EDGE_WEIGHT_SECTION\n0 nan 2 1 0 3 2 3 0\n"),
    "coord-node-id-fraction": vrp(coords=COORDS.replace("2 3 4", "1.5 3 4")),
    "coord-not-a-number": vrp(coords=COORDS.replace("3 4", "abc 4")),
    "coord-nan": vrp(coords=COORDS.replace("3 4", "nan 4")),
    "coord-inf": vrp(coords=COORDS.replace("3 4", "inf 4")),
    "coord-1e300": vrp(coords=COORDS.replace("3 4", "1e300 4")),
    "coord-node-twice": vrp(coords=COORDS.replace("3 6 8", "2 6 8")),
    "coord-node-out-of-range": vrp(coords=COORDS.replace("3 6 8", "9 6 8")),
    "coord-truncated": vrp(coords="NODE_COORD_SECTION\n1 0 0\n2 3 4\n"),
    "coord-extra-field": vrp(coords=COORDS.replace("3 4", "3 4 5")),
    "demand-without-capacity": vrp(HEAD.replace("CAPACITY : 10\n", "")),
    "capacity-1e300": vrp(HEAD.replace("CAPACITY : 10", "CAPACITY : 1e300")),
    "capacity-1e308": vrp(HEAD.replace("CAPACITY : 10", "CAPACITY : 1e308")),
    "capacity-zero": vrp(HEAD.replace("CAPACITY : 10", "CAPACITY : 0")),
    "capacity-negative": vrp(HEAD.replace("CAPACITY : 10", "CAPACITY : -5")),
    "capacity-nan": vrp(HEAD.replace("CAPACITY : 10", "CAPACITY : nan")),
    "demand-negative": vrp(demands=DEMANDS.replace("2 4", "2 -4")),
    "demand-above-capacity": vrp(demands=DEMANDS.replace("3 5", "3 50")),
    "demand-complex": vrp(demands=DEMANDS.replace("3 5", "3 5+2j")),
    "demand-huge": vrp(HEAD.replace("CAPACITY : 10", "CAPACITY : 1e9"), demands=DEMANDS.replace("3 5", "3 1e12")),
    "depot-fraction": vrp(demands=DEMANDS.replace("DEPOT_SECTION\n1\n", "DEPOT_SECTION\n1.5\n")),
    "depot-out-of-range": vrp(demands=DEMANDS.replace("DEPOT_SECTION\n1\n", "DEPOT_SECTION\n7\n")),
    "two-depots": vrp(demands=DEMANDS.replace("DEPOT_SECTION\n1\n", "DEPOT_SECTION\n1\n2\n")),
    "vehicles-float-notation": vrp(HEAD + "VEHICLES : 1e18\n"),
    "vehicles-zero": vrp(HEAD + "VEHICLES : 0\n"),
    "vehicles-too-few": vrp(HEAD.replace("CAPACITY : 10", "CAPACITY : 6") + "VEHICLES : 1\n"),
    "cvrp-without-demands": HEAD + COORDS + "EOF\n",
    "tw-opens-after-close": vrp(HEAD.replace("TYPE : CVRP", "TYPE : VRPTW"),
                                demands=DEMANDS + "TIME_WINDOW_SECTION\n1 0 100\n2 50 10\n3 0 100\n"),
    "garbage-before-sections": "this is not an instance\n" + GOOD,
    "latin1-garbage": "\xff\xfe\xfd garbage : x\n",
    "solomon-customer-fraction": solomon(c1="1.5"),
    "solomon-vehicles-fraction": solomon(veh="2.5"),
    "solomon-ready-after-due": solomon(r1="999"),
    "solomon-capacity-text": solomon(cap="lots"),
    "solomon-truncated": solomon().rsplit("\n", 3)[0].rsplit("\n", 2)[0] + "\n",
}


def _run(argv, capsys) -> tuple[int, str, str]:
    rc = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return rc, out, err


def assert_one_line_error(rc: int, err: str, fragment: str | None = None) -> None:
    assert rc == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("nco: error: "), err
    assert "Traceback" not in err
    if fragment is not None:
        assert fragment.lower() in err.lower(), err


@pytest.mark.parametrize("name", list(BAD_INSTANCES))
def test_bad_instance_file(name, tmp_path, capsys):
    p = tmp_path / ("bad.txt" if name.startswith("solomon") else "bad.vrp")
    p.write_bytes(BAD_INSTANCES[name].encode("latin-1"))
    rc, out, err = _run(["solve", p, "--method", "nearest", "--time-limit", "1"], capsys)
    assert_one_line_error(rc, err, str(p))
    assert out == ""


def test_the_good_file_of_the_corpus_solves(tmp_path, capsys):
    """The base the bad files are edited from is a valid instance."""
    p = tmp_path / "good.vrp"
    p.write_text(GOOD)
    rc, out, err = _run(["solve", p, "--method", "nearest", "--json"], capsys)
    assert rc == 0, err
    assert json.loads(out)["feasible"]


def test_a_fleet_of_1e18_vehicles_means_unlimited(tmp_path, capsys):
    p = tmp_path / "big-fleet.vrp"
    p.write_text(vrp(HEAD + "VEHICLES : 1000000000000000000\n"))
    rc, out, err = _run(["solve", p, "--method", "pyvrp", "--time-limit", "0.5", "--json"], capsys)
    assert rc == 0, err
    res = json.loads(out)
    assert res["feasible"] and sorted(v for r in res["routes"] for v in r) == [1, 2]


@pytest.mark.parametrize("kind", ["directory", "missing", "fifo", "dev-zero", "long-path", "long-name",
                                  "symlink-loop", "too-large", "nul-bytes"])
def test_unreadable_paths(kind, tmp_path, capsys):
    p = tmp_path / "x.vrp"
    if kind == "directory":
        p.mkdir()
    elif kind == "fifo":
        os.mkfifo(p)  # reading would block forever
    elif kind == "dev-zero":
        p = Path("/dev/zero")  # reading would never end
    elif kind == "long-path":
        p = tmp_path.joinpath(*["d" * 200] * 30, "x.vrp")
    elif kind == "long-name":
        p = tmp_path / ("n" * 300 + ".vrp")
    elif kind == "symlink-loop":
        os.symlink(tmp_path / "y.vrp", p)
        os.symlink(p, tmp_path / "y.vrp")
    elif kind == "too-large":
        with open(p, "wb") as fh:  # sparse: no disk used
            fh.truncate(300 * 1024**2)
    elif kind == "nul-bytes":
        p.write_bytes(b"NAME : x\n\x00\x00\x00" * 100)
    rc, out, err = _run(["solve", p, "--method", "nearest"], capsys)
    assert_one_line_error(rc, err)


# -- RRNCO .npz ---------------------------------------------------------------

def _npz(path: Path, **arrays) -> Path:
    np.savez(path, **arrays)
    return path


def _hostile_pickle_npz(path: Path, marker: Path) -> Path:
    """An .npz whose distance_matrix is a pickled object that, if unpickled,
    creates ``marker``."""
    class Boom:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    arr = np.empty(1, dtype=object)
    arr[0] = Boom()
    np.savez(path, distance_matrix=arr)
    return path


def _huge_header_npz(path: Path) -> Path:
    """A tiny .npz whose header declares a 200000 x 200000 float64 matrix."""
    header = {"descr": "<f8", "fortran_order": False, "shape": (200000, 200000)}
    import io

    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, header)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("distance_matrix.npy", buf.getvalue() + b"\0" * 64)
    return path


NPZ_CASES = {
    "object-array": lambda p: _npz(p, distance_matrix=np.array([[0, "a"], ["b", 0]], dtype=object)),
    "complex-matrix": lambda p: _npz(p, distance_matrix=np.ones((3, 3), dtype=complex)),
    "bool-matrix": lambda p: _npz(p, distance_matrix=np.ones((3, 3), dtype=bool)),
    "text-matrix": lambda p: _npz(p, distance_matrix=np.array([["a", "b"], ["c", "d"]])),
    "non-square": lambda p: _npz(p, distance_matrix=np.ones((3, 4))),
    "one-dimensional": lambda p: _npz(p, distance_matrix=np.ones(9)),
    "four-dimensional": lambda p: _npz(p, distance_matrix=np.ones((1, 1, 3, 3))),
    "empty-matrix": lambda p: _npz(p, distance_matrix=np.ones((0, 0))),
    "no-distance-key": lambda p: _npz(p, locs=np.ones((3, 2))),
    "demand-wrong-shape": lambda p: _npz(p, distance_matrix=np.ones((3, 3)), demand=np.ones(7), capacity=np.ones(1)),
    "locs-wrong-shape": lambda p: _npz(p, distance_matrix=np.ones((3, 3)), locs=np.ones((5, 3))),
    "tw-wrong-shape": lambda p: _npz(p, distance_matrix=np.ones((3, 3)), time_windows=np.ones((3, 3))),
    "batch-mismatch": lambda p: _npz(p, distance_matrix=np.ones((2, 3, 3)), demand=np.ones((5, 2)),
                                     capacity=np.ones(2)),
    "huge-header": _huge_header_npz,
    "not-a-zip": lambda p: (p.write_bytes(b"PK\x03\x04 but not really a zip" * 10), p)[1],
    "truncated-zip": lambda p: (_npz(p, distance_matrix=np.ones((50, 50))),
                                p.write_bytes(p.read_bytes()[:300]))[0],
    "nan-matrix": lambda p: _npz(p, distance_matrix=np.full((3, 3), np.nan)),
}


@pytest.mark.parametrize("name", list(NPZ_CASES))
def test_bad_npz(name, tmp_path, capsys):
    p = NPZ_CASES[name](tmp_path / "bad.npz")
    rc, out, err = _run(["solve", p, "--method", "nearest"], capsys)
    assert_one_line_error(rc, err, "bad.npz")


def test_a_pickle_in_an_npz_never_runs(tmp_path, capsys):
    marker = tmp_path / "ran"
    p = _hostile_pickle_npz(tmp_path / "evil.npz", marker)
    rc, out, err = _run(["solve", p, "--method", "nearest"], capsys)
    assert_one_line_error(rc, err, "evil.npz")
    assert not marker.exists()


@pytest.mark.parametrize("index", ["5", "-1"])
def test_npz_index_out_of_range(index, tmp_path, capsys):
    d = np.array([[0, 1, 2], [1, 0, 1], [2, 1, 0]], float)
    p = _npz(tmp_path / "ok.npz", distance_matrix=d[None])
    rc, out, err = _run(["solve", p, "--method", "nearest", "--index", index], capsys)
    assert_one_line_error(rc, err, "outside the batch")


# -- solution files -------------------------------------------------------------

SOL = "Route #1: 1\nRoute #2: 2\nCost {cost}\n"
BAD_SOLUTIONS = {
    "fractional-id": "Route #1: 1.7\nRoute #2: 2\n",
    "float-written-id": "Route #1: 1.0\nRoute #2: 2\n",
    "routes-used-line": "Route #1: 1 2\nRoutes used: 5\n",
    "unknown-line": "Route #1: 1 2\nVehicle 3 is red\n",
    "route-number-twice": "Route #1: 1\nRoute #1: 2\n",
    "two-cost-lines": "Route #1: 1 2\nCost 20\nCost 21\n",
    "cost-nan": "Route #1: 1 2\nCost nan\n",
    "cost-text": "Route #1: 1 2\nCost lots\n",
    "no-routes": "Cost 20\n",
    "empty": "",
    "id-text": "Route #1: one two\n",
    "id-huge": "Route #1: " + "9" * 40 + "\n",
}


@pytest.mark.parametrize("name", list(BAD_SOLUTIONS))
def test_bad_solution_file(name, tmp_path, capsys):
    inst = tmp_path / "t.vrp"
    inst.write_text(GOOD)
    sol = tmp_path / "t.sol"
    sol.write_text(BAD_SOLUTIONS[name])
    rc, out, err = _run(["check", inst, sol], capsys)
    assert_one_line_error(rc, err, "t.sol")


@pytest.mark.parametrize("routes, fragment", [
    ("Route #1: 1 2 1\n", "more than once"),
    ("Route #1: 1 0 2\n", "not a client"),
    ("Route #1: 1 2 3\n", "not a client"),
    ("Route #1: -1 1 2\n", "not a client"),
    ("Route #1: 1\n", "not visited"),
])
def test_wrong_routes_are_reported_infeasible(routes, fragment, tmp_path, capsys):
    inst = tmp_path / "t.vrp"
    inst.write_text(GOOD)
    sol = tmp_path / "t.sol"
    sol.write_text(routes)
    rc, out, err = _run(["check", inst, sol], capsys)
    assert rc == 1 and "INFEASIBLE" in out and fragment in out, out + err
    assert "Traceback" not in err


def test_repeated_client_in_a_known_solution_is_caught(tmp_path, capsys):
    text = A32.with_suffix(".sol").read_text()
    line = next(ln for ln in text.splitlines() if " 27 " in f" {ln} ")
    sol = tmp_path / "A-n32-k5.sol"
    sol.write_text(text.replace(line, line + " 27"))
    rc, out, err = _run(["check", A32, sol], capsys)
    assert rc == 1 and "visited more than once: 27" in out


@pytest.mark.parametrize("stated, tol, rc", [("20", "1e-6", 1), ("-784", "inf", 2), ("20", "nan", 2),
                                              ("20", "-1", 2)])
def test_stated_cost_and_tolerance(stated, tol, rc, tmp_path, capsys):
    inst = tmp_path / "t.vrp"
    inst.write_text(GOOD)
    sol = tmp_path / "t.sol"
    sol.write_text(SOL.format(cost=stated))
    got, out, err = _run(["check", inst, sol, "--tol", tol], capsys)
    assert got == rc, out + err
    if rc == 2:
        assert_one_line_error(got, err, "--tol")
    else:
        assert "DIFFERS" in out


def test_initial_solution_with_fractional_ids(tmp_path, capsys):
    sol = tmp_path / "init.sol"
    sol.write_text("Route #1: 1.5 2\n")
    rc, out, err = _run(["solve", A32, "--initial", sol, "--method", "pyvrp", "-t", "0.5"], capsys)
    assert_one_line_error(rc, err, "init.sol")


# -- best-known costs ---------------------------------------------------------------

def test_an_edited_instance_has_no_best_known_cost(tmp_path, capsys):
    """Matched by a hash of the data: a file with the name and size of a
    benchmark instance but one demand changed reports no gap (it once
    reported -100 %)."""
    text = A32.read_text()
    edited = tmp_path / "A-n32-k5.vrp"
    lines = text.splitlines()
    k = next(i for i, ln in enumerate(lines) if ln.strip().startswith("DEMAND_SECTION")) + 2
    node, dem = lines[k].split()
    lines[k] = f"{node} {int(dem) + 1}"
    edited.write_text("\n".join(lines) + "\n")
    rc, out, err = _run(["solve", edited, "--method", "nearest", "--json"], capsys)
    assert rc == 0, err
    assert json.loads(out)["bks"] is None and json.loads(out)["gap_pct"] is None
    rc, out, err = _run(["solve", A32, "--method", "nearest", "--json"], capsys)
    assert json.loads(out)["bks"] == 784


# -- outputs -----------------------------------------------------------------------

def _copy(src: Path, dst: Path) -> Path:
    dst.write_bytes(src.read_bytes())
    return dst


def test_out_over_the_instance_is_refused(tmp_path, capsys):
    inst = _copy(A32, tmp_path / "A.vrp")
    before = inst.read_bytes()
    rc, out, err = _run(["solve", inst, "--out", inst, "--force", "-m", "nearest"], capsys)
    assert_one_line_error(rc, err, "input")
    assert inst.read_bytes() == before


def test_out_over_an_existing_solution_needs_force(tmp_path, capsys):
    inst = _copy(A32, tmp_path / "A.vrp")
    sol = _copy(A32.with_suffix(".sol"), tmp_path / "A.sol")
    before = sol.read_bytes()
    rc, out, err = _run(["solve", inst, "--out", sol, "-m", "nearest"], capsys)
    assert_one_line_error(rc, err, "--force")
    assert sol.read_bytes() == before
    rc, out, err = _run(["solve", inst, "--out", sol, "-m", "nearest", "--force"], capsys)
    assert rc == 0, err
    assert sol.read_bytes() != before
    assert not list(tmp_path.glob(".*tmp*")), "no temporary file left behind"


@pytest.mark.parametrize("target", ["missing-folder", "a-folder", "unknown-extension", "plot-over-input"])
def test_bad_output_paths_fail_before_solving(target, tmp_path, capsys):
    inst = _copy(A32, tmp_path / "A.vrp")
    args = {"missing-folder": ["--out", tmp_path / "nope" / "x.sol"],
            "a-folder": ["--out", tmp_path],
            "unknown-extension": ["--plot", tmp_path / "x.xyz"],
            "plot-over-input": ["--plot", inst, "--force"]}[target]
    rc, out, err = _run(["solve", inst, "-m", "pyvrp", "-t", "30", *args], capsys)
    assert_one_line_error(rc, err)
    assert out == ""  # refused before the 30 s solve


def test_bench_keeps_earlier_results_without_resume_or_force(tmp_path, capsys):
    csv_path = tmp_path / "cvrp-x.csv"
    csv_path.write_text("earlier results\n")
    rc, out, err = _run(["bench", "--suite", "cvrp-x", "--methods", "nearest", "--time-limits", "0.1",
                         "--limit", "1", "--out", tmp_path, "--no-progress"], capsys)
    assert_one_line_error(rc, err, "--resume")
    assert csv_path.read_text() == "earlier results\n"


def test_check_summary_needs_force(tmp_path, capsys):
    (tmp_path / "check.md").write_text("mine\n")
    rc, out, err = _run(["check", "--all", BENCH / "cvrp/P", "--out", tmp_path], capsys)
    assert_one_line_error(rc, err, "--force")
    assert (tmp_path / "check.md").read_text() == "mine\n"


@pytest.mark.parametrize("args", [["-t", "nan"], ["-t", "inf"], ["-t", "-1"], ["-t", "0"],
                                  ["-m", "no-such-method"]])
def test_bad_arguments(args, capsys):
    rc, out, err = _run(["solve", A32, *args], capsys)
    assert_one_line_error(rc, err)


# -- memory: small files never take gigabytes --------------------------------------

def _peak_rss_mb(argv: list[str]) -> tuple[int, float, str]:
    """Exit code, peak resident memory (MB) and stderr of ``nco ARGV`` in a child."""
    code = ("import resource, sys\nfrom nco.cli import main\nrc = main(sys.argv[1:])\n"
            "sys.stderr.write('PEAK %d\\n' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
            "raise SystemExit(rc)")
    p = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=120)
    lines = p.stderr.strip().splitlines()
    peak = float(lines[-1].split()[1]) / 1024
    return p.returncode, peak, "\n".join(lines[:-1])


@pytest.mark.parametrize("name", ["dimension-10000-three-rows", "huge-npz-header", "many-coordinates"])
def test_small_hostile_files_stay_under_2_gb(name, tmp_path):
    if name == "dimension-10000-three-rows":
        p = tmp_path / "d.vrp"
        p.write_text(vrp(HEAD.replace("DIMENSION : 3", "DIMENSION : 10000")))
    elif name == "huge-npz-header":
        p = _huge_header_npz(tmp_path / "h.npz")
    else:  # 9 MB of coordinates: 400,000 nodes declared and given
        p = tmp_path / "c.vrp"
        n = 400_000
        rows = "\n".join(f"{i} {i % 997} {i % 991}" for i in range(1, n + 1))
        p.write_text(HEAD.replace("DIMENSION : 3", f"DIMENSION : {n}") + "NODE_COORD_SECTION\n" + rows + "\nEOF\n")
    assert p.stat().st_size < 10 * 1024**2
    rc, peak, err = _peak_rss_mb(["solve", str(p), "--method", "nearest"])
    assert rc == 2, err
    assert err.startswith("nco: error: ") and "Traceback" not in err
    assert peak < 2048, f"peak {peak:.0f} MB"
