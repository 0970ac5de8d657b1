"""The ``nco solve`` / ``nco check`` / ``nco bench`` commands: output on real
instances, and one clear line with exit code 2 on every kind of bad input."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nco.cli import main

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "data" / "bench"
A32 = BENCH / "cvrp/A/A-n32-k5.vrp"
C101 = BENCH / "vrptw/solomon/C101.txt"
BR17 = BENCH / "atsp/tsplib/br17.atsp"
X101 = BENCH / "cvrp/X/X-n101-k25.vrp"


def _edit(src: Path, dst: Path, fn) -> Path:
    lines = src.read_text().splitlines()
    dst.write_text("\n".join(fn(lines)) + "\n")
    return dst


def _replace_line(lines, pattern, new):
    rx = re.compile(pattern)
    k = next(i for i, ln in enumerate(lines) if rx.search(ln))
    return lines[:k] + [new] + lines[k + 1:]


def _solomon_row(lines, cust, **fields):
    cols = ["no", "x", "y", "demand", "ready", "due", "service"]
    out = list(lines)
    for i, ln in enumerate(out):
        toks = ln.split()
        if len(toks) == 7 and toks[0] == str(cust):
            for k, v in fields.items():
                toks[cols.index(k)] = str(v)
            out[i] = "  ".join(toks)
            return out
    raise AssertionError(f"customer {cust} not found")


def _br17_entry(lines, value):
    k = next(i for i, ln in enumerate(lines) if ln.startswith("EDGE_WEIGHT_SECTION")) + 1
    toks = lines[k].split()
    toks[2] = value
    return lines[:k] + [" ".join(toks)] + lines[k + 1:]


def _bad_npz(tmp):
    p = tmp / "city.npz"
    p.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    return ["solve", str(p)]


def _npz_without_matrix(tmp):
    p = tmp / "nomatrix.npz"
    np.savez(p, locs=np.random.default_rng(0).random((1, 10, 2)))
    return ["solve", str(p)]


# Each case builds its input under tmp and returns the command line; the
# expected text is a fragment of the one-line message.
BAD_INPUTS = {
    "truncated file": (lambda t: ["solve", str(_edit(A32, t / "a.vrp", lambda ls: ls[:20]))], "missing"),
    "wrong DIMENSION": (lambda t: ["solve", str(_edit(A32, t / "a.vrp", lambda ls: _replace_line(ls, "^DIMENSION", "DIMENSION : 40")))], "nodes missing"),
    "negative demand": (lambda t: ["solve", str(_edit(A32, t / "a.vrp", lambda ls: _replace_line(ls, r"^2 19", "2 -19")))], "negative demand"),
    "NaN in a matrix": (lambda t: ["solve", str(_edit(BR17, t / "m.atsp", lambda ls: _br17_entry(ls, "nan")))], "not a finite number"),
    "demand above capacity": (lambda t: ["solve", str(_edit(A32, t / "a.vrp", lambda ls: _replace_line(ls, r"^2 19", "2 190")))], "above CAPACITY"),
    "infeasible time window": (lambda t: ["solve", str(_edit(C101, t / "c.txt", lambda ls: _solomon_row(ls, 5, ready=0, due=3)))], "earliest arrival"),
    "empty file": (lambda t: ["solve", str(_write(t / "empty.vrp", b""))], "empty"),
    "binary garbage": (lambda t: ["solve", str(_write(t / "g.vrp", bytes(range(256)) * 8))], "binary"),
    "missing file": (lambda t: ["solve", str(t / "nope.vrp")], "no such file"),
    "directory": (lambda t: ["solve", str(t)], "directory"),
    "unknown method": (lambda t: ["solve", str(A32), "--method", "simulated-annealing"], "unknown method"),
    "negative time limit": (lambda t: ["solve", str(A32), "--time-limit", "-3"], "--time-limit"),
    "non-numeric coordinate": (lambda t: ["solve", str(_edit(A32, t / "a.vrp", lambda ls: _replace_line(ls, r"^ ?3 50 5", "3 50 five")))], "not a number"),
    "duplicate node": (lambda t: ["solve", str(_edit(A32, t / "a.vrp", lambda ls: _replace_line(ls, r"^ ?3 50 5", "2 50 5")))], "appears twice"),
    "missing CAPACITY": (lambda t: ["solve", str(_edit(A32, t / "a.vrp", lambda ls: [x for x in ls if not x.startswith("CAPACITY")]))], "CAPACITY is missing"),
    "unsupported EDGE_WEIGHT_TYPE": (lambda t: ["solve", str(_edit(A32, t / "a.vrp", lambda ls: _replace_line(ls, "^EDGE_WEIGHT_TYPE", "EDGE_WEIGHT_TYPE : GEO")))], "not supported"),
    "bad .npz": (_bad_npz, "not a readable .npz"),
    "ready time after due date": (lambda t: ["solve", str(_edit(C101, t / "c.txt", lambda ls: _solomon_row(ls, 7, ready=900, due=100)))], "after due date"),
    "unreachable pair": (lambda t: ["solve", str(_edit(BR17, t / "m.atsp", lambda ls: _br17_entry(ls, "999999999")))], "unreachable"),
    "matrix with too few values": (lambda t: ["solve", str(_edit(BR17, t / "m.atsp", lambda ls: _replace_line(ls, r"^ +5$", "")))], "EDGE_WEIGHT_SECTION has"),
    "customer row with a missing field": (lambda t: ["solve", str(_edit(C101, t / "c.txt", lambda ls: _replace_line(ls, r"^ +9 ", "    9      55  60  10  0  90")))], "expected 7 fields"),
    "fleet too small for the demand": (lambda t: ["solve", str(_edit(C101, t / "c.txt", lambda ls: _replace_line(ls, r"^ +25 +200", "  2         200")))], "exceeds the fleet"),
    ".npz without a distance matrix": (_npz_without_matrix, "distance_matrix"),
    "output into a missing folder": (lambda t: ["solve", str(A32), "--out", str(t / "no" / "dir" / "a.sol")], "does not exist"),
    "solution file without routes": (lambda t: ["check", str(A32), str(_write(t / "a.sol", b"Cost 784\n"))], "no 'Route"),
    "unknown benchmark suite": (lambda t: ["bench", "--suite", "cvrp-z", "--out", str(t)], "unknown suite"),
    "check --all on a missing folder": (lambda t: ["check", "--all", str(t / "nothing")], "no such folder"),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_at_least_twenty_kinds():
    assert len(BAD_INPUTS) >= 20


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_gives_one_line_and_exit_2(case, tmp_path, capsys):
    build, fragment = BAD_INPUTS[case]
    argv = build(tmp_path)
    rc = main(argv)
    out, err = capsys.readouterr()
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert rc == 2, (case, out, err)
    assert len(lines) == 1, err
    assert lines[0].startswith("nco: error: ")
    assert "Traceback" not in err
    assert fragment in lines[0], lines[0]


def test_bad_input_in_a_subprocess(tmp_path):
    bad = _edit(A32, tmp_path / "a.vrp", lambda ls: _replace_line(ls, r"^2 19", "2 -19"))
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    proc = subprocess.run([sys.executable, "-m", "nco.cli", "solve", str(bad)], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert lines == [f"nco: error: {bad}, line 42: DEMAND_SECTION: node 2 has negative demand -19"]
    assert proc.stdout == ""


def test_solve_json_has_exactly_the_documented_keys(capsys):
    assert main(["solve", str(X101), "--method", "pyvrp", "--time-limit", "0.5", "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert list(res) == ["instance", "method", "cost", "feasible", "routes", "runtime_s", "bks", "gap_pct",
                         "interrupted"]
    assert res["interrupted"] is False
    assert res["instance"] == "X-n101-k25" and res["method"] == "pyvrp"
    assert res["feasible"] is True
    assert res["bks"] == 27591
    assert res["gap_pct"] == pytest.approx(100 * (res["cost"] - 27591) / 27591, abs=1e-3)
    assert res["gap_pct"] >= 0
    assert sorted(v for r in res["routes"] for v in r) == list(range(1, 101))


def test_solve_writes_solution_and_plot_that_check_accepts(tmp_path, capsys):
    sol, png = tmp_path / "c101.sol", tmp_path / "c101.png"
    assert main(["solve", str(C101), "-m", "ortools", "-t", "0.5", "--out", str(sol), "--plot", str(png)]) == 0
    out = capsys.readouterr().out
    assert "feasible" in out and "best known 827.3" in out
    assert png.stat().st_size > 5000
    assert main(["check", str(C101), str(sol)]) == 0
    out = capsys.readouterr().out
    assert "stated cost" in out and "matches" in out


def test_solve_with_initial_solution(capsys):
    sol = X101.with_suffix(".sol")
    assert main(["solve", str(X101), "-m", "ortools", "-t", "0.2", "--initial", str(sol), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["cost"] == 27591


def test_check_reports_a_wrong_stated_cost(tmp_path, capsys):
    sol = _edit(X101.with_suffix(".sol"), tmp_path / "x.sol",
                lambda ls: [("Cost 27000" if ln.startswith("Cost") else ln) for ln in ls])
    assert main(["check", str(X101), str(sol)]) == 1
    assert "DIFFERS" in capsys.readouterr().out


def test_check_reports_violations(tmp_path, capsys):
    routes = X101.with_suffix(".sol").read_text().splitlines()
    merged = [routes[0] + " " + routes[1].split(":")[1]] + routes[2:]
    sol = tmp_path / "x.sol"
    sol.write_text("\n".join(merged) + "\n")
    assert main(["check", str(X101), str(sol)]) == 1
    out = capsys.readouterr().out
    assert "INFEASIBLE" in out and "exceeds capacity 206" in out


def test_check_all_on_a_copy_of_some_sets(tmp_path, capsys):
    for rel in ("cvrp/D/Loggi-n401-k23", "cvrp/A/A-n32-k5", "vrptw/solomon/C101", "vrptw/gh1000/C1_10_1"):
        dst = tmp_path / "bench" / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        for suffix in (".vrp", ".txt", ".sol"):
            if (BENCH / rel).with_suffix(suffix).exists():
                shutil.copy((BENCH / rel).with_suffix(suffix), dst.with_suffix(suffix))
    assert main(["check", "--all", str(tmp_path / "bench"), "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "| **all** | 4 | 4 | 4 | 1 |" in out
    assert "Loggi-n401-k23 | 336915 | 336915 | 336903 | BKS.csv holds a lower cost" in out
    rows = (tmp_path / "out" / "check.csv").read_text().splitlines()
    assert rows[0].startswith("set,instance,n_clients,stated_cost,cost,cost_matches,feasible,bks,note")
    assert len(rows) == 5
    assert (tmp_path / "out" / "check.md").read_text().startswith("| set |")


def test_bench_command_writes_csv_markdown_png(tmp_path, capsys):
    rc = main(["bench", "--suite", "atsp", "--methods", "nearest,pyvrp", "--time-limits", "0.2",
               "--filter", "br17|ftv35", "--out", str(tmp_path), "--no-progress"])
    assert rc == 0
    assert (tmp_path / "atsp.png").stat().st_size > 5000
    csv_rows = (tmp_path / "atsp.csv").read_text().splitlines()
    assert csv_rows[0] == "instance,n_clients,method,time_limit,seed,cost,feasible,runtime_s,bks,gap_pct,cpu_s"
    assert len(csv_rows) == 1 + 2 * 2
    md = (tmp_path / "atsp.md").read_text()
    assert "| clients | instances | nearest 0.2 s | pyvrp 0.2 s |" in md
    assert "No run is below its best-known cost" in md


def test_solve_an_rrnco_npz(tmp_path, capsys):
    import nco

    # an asymmetric instance from a real TSPLIB matrix, written in the RRNCO schema
    base = nco.read(BR17)
    d = base.distance.copy()
    np.fill_diagonal(d, 0.0)
    d = d + 0.25  # float road lengths
    np.fill_diagonal(d, 0.0)
    inst = nco.Instance(distance=d, demand=np.r_[0.0, np.ones(16)], capacity=5.0, name="br17-acvrp")
    path = nco.io.write_npz(tmp_path / "acvrp.npz", [inst, inst])
    assert main(["solve", str(path), "--index", "1", "-m", "pyvrp", "-t", "0.3", "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["instance"] == "acvrp[1]" and res["feasible"] is True
    assert all(len(r) <= 5 for r in res["routes"])
    assert res["bks"] is None and res["gap_pct"] is None
    assert main(["solve", str(path), "--index", "2"]) == 2
    assert "outside the batch" in capsys.readouterr().err
