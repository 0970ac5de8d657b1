"""The plan's HTML map works offline: one self-contained page with Leaflet
inlined, the streets around the trip as a vector layer, the legs along the
roads and the stops labelled with number and arrival time.

The last test renders the page in headless Chromium with every network
request sent to a closed port, and checks that the screenshot shows streets
and the route.  It needs a Chromium binary on the PATH (or in
``$NCO_CHROMIUM``) and is skipped without one; on Debian or Ubuntu::

    apt-get install -y chromium-headless-shell    # or: chromium

(playwright's own browser download is not needed.)
"""

from __future__ import annotations

import datetime as dt
import html.parser
import itertools
import json
import os
import re
import shutil
import subprocess

import numpy as np
import pytest

from nco import roads
from nco.planner import draw, load_city
from nco.planner.plan import plan_trip

CITY = "monaco"
TODAY = dt.date(2025, 6, 12)
PROMPT = "From Place du Casino at 10am: a museum, then a cafe. Back at Place du Casino by 4pm."
#: Chromium binaries tried, in order (``$NCO_CHROMIUM`` first)
CHROMIUM = ("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome", "headless_shell")


@pytest.fixture(scope="module")
def plan():
    load_city(CITY)
    return plan_trip(PROMPT, city=CITY, today=TODAY, n_candidates=3)


@pytest.fixture(scope="module")
def page(plan):
    return plan.to_html()


def page_data(page: str) -> dict:
    """The JSON block the page draws."""
    m = re.search(r'<script type="application/json" id="nco-plan-data">(.*?)</script>', page, re.DOTALL)
    assert m, "no data block"
    return json.loads(m.group(1))


class _Loads(html.parser.HTMLParser):
    """Every tag of a page with the attributes that would make a browser fetch something."""

    def __init__(self, page: str):
        super().__init__()
        self.tags: list[str] = []
        self.fetches: list[tuple[str, str, str]] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for key, value in attrs:
            if key in ("src", "href", "srcset", "data", "poster") and tag != "a":
                self.fetches.append((tag, key, value))


def test_the_page_loads_nothing_from_the_network(page):
    loads = _Loads(page)
    assert loads.fetches == []  # no <script src>, <link href>, <img src>
    assert loads.tags.count("script") == 3 and "link" not in loads.tags and "img" not in loads.tags
    assert "Leaflet 1.9.4" in page and "L.map(" in page  # Leaflet is inlined
    assert not re.search(r"https?://(unpkg|cdn|code\.jquery|netdna|maxcdn|cdnjs)", page)
    assert all(u.startswith(("data:", "#")) for u in re.findall(r"url\(([^)]*)\)", page))
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_the_streets_are_bounded_and_near_the_trip(plan, page):
    streets = page_data(page)["streets"]
    classes = {f["properties"]["class"]: f["geometry"]["coordinates"] for f in streets["features"]}
    assert set(classes) <= {"major", "minor", "path"} and classes
    points = [p for lines in classes.values() for line in lines for p in line]
    assert 200 < len(points) <= draw.MAX_STREET_POINTS
    x0, x1, y0, y1 = page_data(page)["street_box"]  # the box of the trip and its alternatives, widened
    (v0, u0), (v1, u1) = page_data(page)["bounds"]  # the plan's own box, shown at first
    assert x0 < u0 < u1 < x1 and y0 < v0 < v1 < y1
    lon = np.array([p[0] for p in points])
    lat = np.array([p[1] for p in points])
    # an edge is drawn when one of its ends is inside: the other is at most one edge away
    assert (lon > x0 - 0.01).all() and (lon < x1 + 0.01).all() and (lat > y0 - 0.01).all() and (lat < y1 + 0.01).all()
    assert len(page.encode()) < 1_500_000


def test_the_stops_are_labelled_with_number_and_arrival(plan, page):
    data = page_data(page)
    main = data["layers"][0]
    assert main["main"] and len(data["layers"]) == len(plan.candidates)
    for i, (s, drawn) in enumerate(zip(plan.itinerary, main["stops"])):
        assert drawn["number"] == str(i + 1)
        assert drawn["label"].startswith(f"<b>{i + 1}</b> {s.arrive:%H:%M} ")
        assert drawn["at"] == [round(s.lat, 6), round(s.lon, 6)]
        assert f"<li>{s.arrive:%H:%M} {draw.html_text(s.name)}" in page  # the legend
    assert len(main["legs"]) == len(plan.itinerary) + 1  # start -> stops -> end, along the roads
    assert all(len(leg) >= 2 for leg in main["legs"])
    assert [e["mark"] for e in data["ends"]] == ["S"]  # back where it started: one marker
    assert data["ends"][0]["label"].startswith(f"start 10:00, end {plan.candidates[0].end:%H:%M} ")


def test_the_attribution_is_visible(page):
    assert f"Map data {roads.ATTRIBUTION}" in page  # the legend box, as text
    assert page_data(page)["attribution"] == f"Map data {roads.ATTRIBUTION}"  # Leaflet's attribution control


def test_an_end_place_of_its_own_gets_its_marker(plan):
    end = plan.end
    plan.end = ("Harbour & <b>quay</b>", end[1] + 0.002, end[2] + 0.001)
    try:
        ends = page_data(plan.to_html(alternatives=False))["ends"]
    finally:
        plan.end = end
    assert [e["mark"] for e in ends] == ["S", "E"]
    assert ends[1]["label"] == f"end {plan.candidates[0].end:%H:%M} Harbour &amp; &lt;b&gt;quay&lt;/b&gt;"


def test_no_tiles_when_asked(plan):
    assert page_data(plan.to_html(tiles=False))["tiles"] is None
    assert "tile.openstreetmap.org" in page_data(plan.to_html())["tiles"]


def test_street_geojson_leaves_out_paths_first(plan, page):
    box = page_data(page)["street_box"]
    full = draw.street_geojson(plan.city.G, box)
    n_full = {f["properties"]["class"]: sum(map(len, f["geometry"]["coordinates"])) for f in full["features"]}
    cut = draw.street_geojson(plan.city.G, box, max_points=sum(n_full.values()) - 1)
    assert "path" not in {f["properties"]["class"] for f in cut["features"]}
    assert "path" in n_full


def test_edge_chains_use_every_edge_once():
    edges = {(1, 2), (2, 3), (3, 4), (3, 5), (6, 7), (7, 8), (6, 8)}  # a fork and a ring
    chains = draw.edge_chains(edges)
    walked = sorted(tuple(sorted(p)) for c in chains for p in itertools.pairwise(c))
    assert walked == sorted(edges)
    assert [1, 2, 3] in chains or [3, 2, 1] in chains  # joined through the node of degree 2


def test_simplify_keeps_the_ends_and_the_corners():
    line = [(0.0, 0.0), (1.0, 0.000001), (2.0, 0.0), (2.0, 1.0), (2.0, 2.0)]
    assert draw.simplify(line, 1e-3) == [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0)]
    assert draw.simplify(line[:2], 1e-3) == line[:2]


def test_script_json_cannot_end_its_block():
    text = draw.script_json({"a": "</script><!-- \u2028"})
    assert "<" not in text and ">" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- \u2028"}


def test_the_page_shows_itself_in_a_notebook(page):
    frame = page._repr_html_()
    assert frame.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts' in frame
    assert "<script" not in frame  # the page is an attribute value, escaped


def test_save_html_writes_the_offline_page(plan, tmp_path):
    out = plan.save_html(tmp_path / "trip.html", alternatives=False)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and len(page_data(text)["layers"]) == 1


# ============================================================== headless Chromium
def chromium() -> str | None:
    """A Chromium binary: ``$NCO_CHROMIUM``, else the first of :data:`CHROMIUM` on the PATH."""
    env = os.environ.get("NCO_CHROMIUM")
    if env:
        return env if shutil.which(env) else None
    return next((shutil.which(b) for b in CHROMIUM if shutil.which(b)), None)


def screenshot(page_path, png_path, profile, size=(1000, 760)) -> None:
    """Render ``page_path`` headless with every request sent to a closed proxy port (no network)."""
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
           f"--user-data-dir={profile}", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
           f"--window-size={size[0]},{size[1]}", "--virtual-time-budget=5000", f"--screenshot={png_path}",
           page_path.as_uri()]
    res = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0 and png_path.is_file(), res.stderr[-2000:]


def near(img: np.ndarray, colour: str, tol: int = 40) -> int:
    """How many pixels of ``img`` (H x W x 3, 0-255) lie within ``tol`` of ``colour`` ("#rrggbb")."""
    rgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(img.astype(int) - rgb).max(axis=2) <= tol).sum())


@pytest.mark.skipif(chromium() is None, reason="no Chromium on the PATH: apt-get install -y chromium-headless-shell "
                    "(or chromium), or set NCO_CHROMIUM")
def test_the_page_renders_offline_in_headless_chromium(plan, tmp_path):
    from PIL import Image  # Pillow comes with matplotlib

    path = plan.save_html(tmp_path / "trip.html")
    screenshot(path, tmp_path / "shot.png", tmp_path / "profile")
    img = np.asarray(Image.open(tmp_path / "shot.png").convert("RGB"))
    assert img.shape[:2] == (760, 1000)
    white = (img >= 250).all(axis=2).mean()
    assert white < 0.5, f"{white:.0%} of the screenshot is white: the map did not draw"
    streets = sum(near(img, s["color"], 12) for s in draw.STREET_STYLES.values())
    route = near(img, draw.COLOURS[0], 40)
    assert streets > 5_000, f"only {streets} street pixels"
    assert route > 1_000, f"only {route} pixels of the route"
    assert near(img, "#f2efe9", 3) > 100_000  # the page's own background, not a blank page
