"""The training notebook runs end to end at a tiny size."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "train_real_city.ipynb"


@pytest.mark.slow
def test_train_real_city_notebook_runs(tmp_path, monkeypatch, warnings_printed):
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("NCO_NOTEBOOK_TINY", "1")
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend renders the figures
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # the notebook writes its run under outputs/ relative to the working directory
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    text = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "mean cost" in text and "nearest neighbour" in text
    assert (tmp_path / "outputs" / "notebook_acvrp" / "policy.pt").exists()
    assert any("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))
    assert not warnings_printed(nb)
    stderr = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                     if o.get("name") == "stderr")
    for notice in ("val_file not set", "test_file not set", "Tip:", "Seed set"):
        assert notice not in stderr
