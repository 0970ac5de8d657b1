"""The package works installed from a wheel, from any folder.

A wheel is built from this tree and installed (without dependencies) into a
fresh virtual environment that sees the dependencies of the running one;
then ``nco solve`` on a bundled instance and ``nco plan`` on a bundled city
run from an empty temporary folder.  Nothing may come from the source tree:
the source folders are not on the path there, and ``import solvers`` (the
repository folder's name) must fail.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(cmd, cwd, env, timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(python, nco script, environment, working folder) of the installed wheel."""
    tmp = tmp_path_factory.mktemp("wheel")
    res = _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", tmp / "dist",
                ROOT], cwd=tmp, env=os.environ)
    assert res.returncode == 0, res.stderr[-2000:]
    wheel = next((tmp / "dist").glob("nco-*.whl"))
    venv = tmp / "venv"
    assert _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=tmp, env=os.environ).returncode == 0
    python = venv / "bin" / "python"
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], tmp,
                     os.environ).stdout.strip())
    # The dependencies of this environment, after the new one's own packages.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    res = _run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", wheel],
               cwd=tmp, env=os.environ)
    assert res.returncode == 0, res.stderr[-2000:]
    work = tmp / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NCO_DATA")}
    env.update(NCO_CACHE=str(tmp / "cache"), OMP_NUM_THREADS="1", MPLBACKEND="Agg")
    return python, venv / "bin" / "nco", env, work


def test_the_package_comes_from_the_wheel_and_solvers_is_not_a_top_level_name(installed):
    python, _, env, work = installed
    res = _run([python, "-c", "import nco, nco.solvers; print(nco.__file__); print(nco.solvers.__file__)"], work, env)
    assert res.returncode == 0, res.stderr
    for line in res.stdout.split():
        assert str(ROOT) not in line and "site-packages" in line
    res = _run([python, "-c", "import solvers"], work, env)
    assert res.returncode != 0 and "No module named 'solvers'" in res.stderr


def test_nco_solve_a_bundled_instance_from_another_folder(installed):
    _, nco, env, work = installed
    res = _run([nco, "solve", "X-n101-k25", "--iterations", "30", "--json"], work, env)
    assert res.returncode == 0, res.stderr[-2000:]
    out = json.loads(res.stdout)
    assert out["feasible"] and out["bks"] == 27591 and out["cost"] >= 27591
    assert list(work.iterdir()) == []  # nothing written into the working folder


def test_nco_plan_on_a_bundled_city_from_another_folder(installed):
    _, nco, env, work = installed
    res = _run([nco, "plan", "From Marienplatz at 10am a museum, then lunch, back by 3pm", "--city", "munich",
                "--json"], work, env)
    assert res.returncode == 0, res.stderr[-2000:]
    plan = json.loads(res.stdout)
    assert plan["feasible"] and plan["start"]["name"] == "Marienplatz"
    assert [stop["category"] for stop in plan["itinerary"]] == ["museum", "restaurant"]
    assert "OpenStreetMap" in plan["attribution"]
    assert list(work.iterdir()) == []
