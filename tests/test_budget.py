"""The budget of a solve: time and iteration limits, Ctrl-C that keeps the
best solution (in the library and through ``nco solve``), and the outputs of
``nco solve`` checked before solving and written after the result."""

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import nco
from nco import InputError
from nco.budget import Budget
from nco.cli import main

ROOT = Path(__file__).resolve().parents[1]
X101 = ROOT / "data/bench/cvrp/X/X-n101-k25.vrp"
X502 = ROOT / "data/bench/cvrp/X/X-n502-k39.vrp"
E13 = ROOT / "data/bench/cvrp/E/E-n13-k4.vrp"


# -- the Budget itself ---------------------------------------------------------
def test_a_budget_needs_a_limit_and_checks_it():
    with pytest.raises(InputError, match="time limit, an iteration limit"):
        Budget()
    for bad in (0, -1, float("nan"), float("inf"), "abc"):
        with pytest.raises(InputError, match="time_limit"):
            Budget(bad)
    for bad in (0, -3, 2.5, True, "many"):
        with pytest.raises(InputError, match="iterations"):
            Budget(iterations=bad)
    with pytest.raises(InputError, match="clock must be one of"):
        Budget(1.0, clock="sundial")


def test_time_limit_elapsed_and_remaining():
    b = Budget(0.2)
    assert not b.deterministic and not b.done() and 0 < b.remaining() <= 0.2
    assert b.expired(reserve=0.2)
    time.sleep(0.25)
    assert b.expired() and b.done() and b.remaining() == 0.0
    assert b.elapsed() >= 0.2 and b.wall_elapsed() >= 0.2


def test_iterations_alone_never_run_out_of_time():
    b = Budget(iterations=3)
    assert b.deterministic and b.remaining() == float("inf") and not b.expired()
    assert [b.done(i) for i in range(5)] == [False, False, False, True, True]
    assert not b.done()  # without an iteration count only time and Ctrl-C stop


def test_whichever_limit_comes_first_stops():
    b = Budget(0.05, iterations=10)
    assert b.done(10) and not b.done(9)
    time.sleep(0.06)
    assert b.done(0)


def test_process_clock_counts_cpu_seconds():
    b = Budget(0.05, clock="process")
    time.sleep(0.1)  # sleeping costs no CPU
    assert not b.expired()


def test_coerce_takes_seconds_or_a_budget():
    b = Budget(iterations=5)
    assert Budget.coerce(b) is b
    c = Budget.coerce(2.0, "process")
    assert c.time_limit == 2.0 and c.clock == "process" and c.iterations is None


def test_first_sigint_sets_the_flag_the_second_raises_and_the_handler_is_restored():
    before = signal.getsignal(signal.SIGINT)
    b = Budget(60)
    with b.catch_sigint():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)  # the handler runs between bytecodes
        assert b.interrupted and b.done()
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)
    assert signal.getsignal(signal.SIGINT) is before


def test_off_the_main_thread_no_handler_is_installed():
    before = signal.getsignal(signal.SIGINT)
    seen = []

    def worker():
        with Budget(1).catch_sigint():
            seen.append(signal.getsignal(signal.SIGINT))

    th = threading.Thread(target=worker)
    th.start()
    th.join()
    assert seen == [before]


# -- nco.solve -------------------------------------------------------------------
def test_solve_defaults_to_five_seconds_and_iterations_alone_have_no_time_limit(monkeypatch):
    from nco import solvers

    seen = []
    monkeypatch.setitem(solvers.REGISTRY, "spy", lambda inst, budget, **kw: seen.append(budget) or [[1]])
    inst = nco.Instance([[0, 1], [1, 0]])
    nco.solve(inst, method="spy")
    nco.solve(inst, method="spy", iterations=7)
    nco.solve(inst, method="spy", iterations=7, time_limit=2, clock="process")
    assert [(b.time_limit, b.iterations, b.clock) for b in seen] == [
        (5.0, None, "wall"), (None, 7, "wall"), (2.0, 7, "process")]
    with pytest.raises(InputError, match="iterations"):
        nco.solve(inst, method="spy", iterations=0)


def test_policy_loading_and_imports_are_charged(monkeypatch):
    """The budget starts when nco.solve is called: time spent before the
    solver runs (here a slow solver lookup) is part of the limit."""
    from nco import solvers

    real_get = solvers.get

    def slow_get(name):
        time.sleep(0.3)
        return real_get(name)

    monkeypatch.setattr(solvers, "get", slow_get)
    sol = nco.solve(nco.read(X101), method="pyvrp", time_limit=0.5)
    assert sol.feasible and 0.45 <= sol.runtime_s < 0.9


@pytest.mark.parametrize("method", ["pyvrp", "ga", "ortools", "earli"])
def test_ctrl_c_in_a_solve_returns_the_best_so_far(method, monkeypatch):
    """SIGINT at the first improving solution: the solve returns at once with
    a complete, checked solution marked interrupted, far inside its limit."""
    from nco import earli

    monkeypatch.setattr(earli, "_POLICIES", {"acvrp": None})  # no policy loading here
    monkeypatch.setattr(earli, "_WARNED", {"acvrp"})
    inst = nco.read(X101)
    sent = []

    def progress(elapsed, cost):
        if not sent:
            sent.append(cost)
            os.kill(os.getpid(), signal.SIGINT)

    before = signal.getsignal(signal.SIGINT)
    t0 = time.perf_counter()
    sol = nco.solve(inst, method=method, time_limit=60, seed=0, progress=progress, interruptible=True)
    assert time.perf_counter() - t0 < 15
    assert sent and sol.info == {"interrupted": True}
    assert sol.feasible
    assert sorted(v for r in sol.routes for v in r) == list(range(1, inst.n_clients + 1))
    assert signal.getsignal(signal.SIGINT) is before
    assert "interrupted" not in nco.solve(inst, method="nearest").info


def test_without_interruptible_ctrl_c_raises_as_usual():
    """A loop over solves (a benchmark) stops on Ctrl-C instead of recording
    a cut-short run as a normal one."""
    inst = nco.read(X101)

    def progress(elapsed, cost):
        os.kill(os.getpid(), signal.SIGINT)

    # a shell that starts a job in the background ignores SIGINT for it; the
    # test needs Python's usual handler whatever started it
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            nco.solve(inst, method="pyvrp", time_limit=30, progress=progress)
    finally:
        signal.signal(signal.SIGINT, before)


# -- nco solve: Ctrl-C in a real process -----------------------------------------
def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("method", ["pyvrp", "ga", "ortools"])
def test_sigint_to_nco_solve_prints_the_best_solution(method):
    proc = subprocess.Popen([sys.executable, "-m", "nco.cli", "solve", str(X502), "-m", method, "-t", "300",
                             "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        # about 3 s, and long enough for the imports to be done and the search to run
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < 60 and (time.perf_counter() - t0 < 3 or _cpu_seconds(proc.pid) < 2.5):
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.1)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    lines = out.strip().splitlines()
    assert len(lines) == 1
    res = json.loads(lines[0])
    assert res["interrupted"] is True and res["feasible"] is True
    inst = nco.read(X502)
    assert sorted(v for r in res["routes"] for v in r) == list(range(1, inst.n_clients + 1))
    check = nco.check(inst, res["routes"])
    assert check.feasible and check.cost == res["cost"]
    assert res["runtime_s"] < 60


def test_interrupted_text_output_and_exit_code(monkeypatch, capsys):
    from nco import solvers

    def interrupted(inst, budget, **kw):
        budget.interrupt()
        return solvers.get("nearest")(inst)

    monkeypatch.setitem(solvers.REGISTRY, "stopped", interrupted)
    monkeypatch.setitem(solvers.PROVIDERS, "stopped", "nco.solvers.construct")
    assert main(["solve", str(E13), "-m", "stopped"]) == 130
    assert "interrupted (Ctrl-C)" in capsys.readouterr().out


# -- nco solve: outputs ------------------------------------------------------------
def _solve(args, capsys, file=E13):
    rc = main(["solve", str(file), "-m", "nearest", *args])
    return rc, capsys.readouterr()


def _refused(args, capsys, match: str, file=E13):
    rc, cap = _solve(args, capsys, file)
    assert rc == 2 and cap.out == ""
    assert cap.err.startswith("nco: error: ") and cap.err.count("\n") == 1 and match in cap.err, cap.err


def test_existing_out_is_refused_before_solving_unless_forced(tmp_path, capsys, monkeypatch):
    from nco import solvers

    out = tmp_path / "a.sol"
    out.write_text("keep me\n")
    calls = []
    real = solvers.get("nearest")
    monkeypatch.setitem(solvers.REGISTRY, "nearest", lambda *a, **k: calls.append(1) or real(*a, **k))
    _refused(["--out", str(out)], capsys, "exists; pass --force")
    assert not calls and out.read_text() == "keep me\n"
    rc, cap = _solve(["--out", str(out), "--force"], capsys)
    assert rc == 0 and calls and out.read_text().startswith("Route #1:")
    assert f"routes written to {out}" in cap.out


def test_an_input_is_never_overwritten(tmp_path, capsys):
    inst = tmp_path / "E-n13-k4.vrp"
    inst.write_bytes(E13.read_bytes())
    for flag in ("--out", "--plot"):
        _refused([flag, str(inst), "--force"], capsys, "would overwrite the input", file=inst)
    assert inst.read_bytes() == E13.read_bytes()


def test_plot_format_and_folder_checked_before_solving(tmp_path, capsys):
    _refused(["--plot", str(tmp_path / "a.xyz")], capsys, "unknown image format '.xyz'")
    _refused(["--plot", str(tmp_path / "no" / "a.png")], capsys, "does not exist")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        if os.access(ro, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        _refused(["--out", str(ro / "a.sol")], capsys, "not writable")
    finally:
        ro.chmod(0o755)


def test_plot_written_whole(tmp_path, capsys):
    png = tmp_path / "a.png"
    rc, cap = _solve(["--plot", str(png), "--json"], capsys)
    assert rc == 0 and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.png"]  # no temporary file left
    assert json.loads(cap.out)["feasible"] is True


def test_a_write_failure_after_the_solve_keeps_the_result(tmp_path, capsys, monkeypatch):
    def broken(path, routes, cost=None):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(nco, "write_solution", broken)
    rc, cap = _solve(["--out", str(tmp_path / "a.sol"), "--json"], capsys)
    assert rc == 2
    res = json.loads(cap.out)  # the result went out first
    assert res["feasible"] and res["interrupted"] is False
    assert cap.err.count("\n") == 1 and "nco: error: --out" in cap.err and "No space left" in cap.err
    assert "Traceback" not in cap.err


def test_bad_iterations_and_time_limit(capsys):
    for args, msg in ((["--iterations", "0"], "--iterations must be a positive integer"),
                      (["-t", "nan"], "--time-limit must be a positive number")):
        _refused(args, capsys, msg)


def test_the_progress_bar_moves_with_time_and_shows_the_best_cost():
    import io

    from nco.commands.solve import ProgressBar

    buf = io.StringIO()
    with ProgressBar("X", 2.0, interval=0.05, file=buf, disable=False) as bar:
        bar.update(0.0, 1234.0)
        time.sleep(0.5)  # no new best meanwhile
    text = buf.getvalue()
    shown = [float(m) for m in re.findall(r"(\d+\.\d)/2\.0 s", text)]
    assert len(set(shown)) >= 3 and shown == sorted(shown) and shown[-1] >= 0.4
    assert "best 1234" in text
    buf = io.StringIO()
    with ProgressBar("X", None, interval=0.05, file=buf, disable=False):
        time.sleep(0.2)
    assert re.search(r"X: 0\.[1-9] s", buf.getvalue())


def _stderr_on_a_terminal(argv: list[str]) -> str:
    """What ``nco`` writes to stderr when stderr is a terminal (120 columns)."""
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "nco.cli", *argv], stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal is closed when the process ends
            break
        if not chunk:
            break
        out += chunk
    os.close(leader)
    assert proc.wait(timeout=60) == 0
    return out.decode("utf-8", errors="replace")


def test_nco_solve_shows_a_bar_that_moves_with_time_and_the_best_cost():
    text = _stderr_on_a_terminal(["solve", str(X101), "--method", "pyvrp", "-t", "3"])
    shown = [float(m) for m in re.findall(r"(\d+\.\d)/3\.0 s", text)]
    assert len(set(shown)) >= 5 and shown == sorted(shown) and shown[-1] >= 2.5, text[-500:]
    costs = [float(c) for c in re.findall(r"best (\d+(?:\.\d+)?)", text)]
    assert costs and costs == sorted(costs, reverse=True), text[-500:]
