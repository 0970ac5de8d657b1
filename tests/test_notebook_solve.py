"""notebooks/solve_vrp.ipynb runs end to end on a small real instance."""

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "solve_vrp.ipynb"


def test_solve_notebook_runs(bench_dir, monkeypatch, warnings_printed):
    monkeypatch.setenv("NCO_INSTANCE", str(bench_dir / "cvrp/E/E-n13-k4.vrp"))
    monkeypatch.setenv("NCO_TIME_LIMIT", "0.3")
    # the search methods (the neural one needs a checkpoint for this problem)
    monkeypatch.setenv("NCO_METHODS", "nearest,pyvrp,ortools,ga,earli")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    text = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "E-n13-k4" in text
    # the table lists the genetic algorithm and EARLI, both feasible
    rows = {line.split()[0]: line.split() for line in text.splitlines() if line.split()}
    for method in ("ga", "earli", "pyvrp"):
        assert method in rows, text
        assert rows[method][3] == "True"
    images = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if "image/png" in o.get("data", {})]
    assert len(images) == 3  # the routes, the time-to-quality curves and the dispatch map
    assert "dispatch_munich" in text and "pyvrp: cost" in text and "feasible True" in text
    assert any("arrival" in o.get("data", {}).get("text/plain", "") for c in nb.cells if c.cell_type == "code"
               for o in c.get("outputs", []))  # the per-stop schedule
    assert not warnings_printed(nb)
