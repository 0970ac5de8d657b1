"""The trip-planning notebook runs top to bottom offline; its maps are offline pages (and render in
headless Chromium, when one is installed: see tests/test_planner_map.py)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import nbformat
import numpy as np
import pytest
from nbclient import NotebookClient
from test_planner_map import chromium, near, screenshot

from nco.planner import draw

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
    # a German prompt, an end place of its own, an open-vocabulary kind of place
    assert "read as German" in outputs and "shop=chocolate" in outputs
    assert "from Viktualienmarkt to Karlsplatz" in outputs
    pages = [html.unescape(m.group(1)) for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
             for m in [re.match(r'<iframe srcdoc="([^"]*)"', o.get("data", {}).get("text/html", ""))] if m]
    assert len(pages) == 2, "the offline maps were not shown"
    for page in pages:
        assert "<script src" not in page and 'id="nco-plan-data"' in page and "OpenStreetMap contributors" in page
    if chromium() is not None:  # the German trip's map, rendered with no network
        (tmp_path / "trip.html").write_text(pages[1], encoding="utf-8")
        screenshot(tmp_path / "trip.html", tmp_path / "trip.png", tmp_path / "profile")
        from PIL import Image  # Pillow comes with matplotlib

        img = np.asarray(Image.open(tmp_path / "trip.png").convert("RGB"))
        assert sum(near(img, st["color"], 12) for st in draw.STREET_STYLES.values()) > 5_000
        assert near(img, draw.COLOURS[0], 40) > 1_000
