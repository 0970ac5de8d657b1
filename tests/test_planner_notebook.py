"""The trip-planning notebook runs top to bottom offline."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "plan_trip.ipynb"


def test_plan_trip_notebook_runs(tmp_path, warnings_printed):
    pytest.importorskip("ipykernel")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=240, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "Checker: every hard constraint holds" in outputs
    assert "Not planned: museum" in outputs
    assert "InputError: nothing to plan" in outputs
    assert "offline (fallback)" in outputs
    images = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if "image/png" in o.get("data", {})]
    assert images, "the static map was not drawn"
    assert not warnings_printed(nb)
