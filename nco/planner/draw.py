"""Drawing a :class:`~nco.planner.plan.Plan`: a static PNG map (matplotlib),
a self-contained HTML page that works offline (Leaflet, inlined) and an
interactive folium map.

The HTML page (:func:`to_html`, ``nco plan --html``) carries everything it
draws: Leaflet 1.9.4 (npm ``leaflet``, BSD-2-Clause; ``static/leaflet/``),
its own script and style (``static/plan_map.*``), the streets of the extract
around the trip as GeoJSON, the legs along the roads and the stops labelled
with number and arrival time.  It loads nothing from the network; OSM tiles
are an optional base layer for when one is online.

Every string that comes from OpenStreetMap or from a prompt passes through
:func:`html_text` (HTML and JavaScript), :func:`plain_text` (terminals) or
:func:`mpl_text` (matplotlib labels) before it reaches an output.
"""

from __future__ import annotations

import base64
import functools
import html
import json
import math
import re
from collections import defaultdict
from pathlib import Path

from nco import roads
from nco.fsio import atomic_path, write_text
from nco.planner.request import hhmm

#: colours of the plan (first) and its alternatives
COLOURS = ["#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e"]
#: control characters (C0 but tab and newline, DEL, C1) and lone surrogates, which never reach an output
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
#: characters that end or interpolate a JavaScript template literal, and line separators
_JS_UNSAFE = {ord("`"): "&#96;", ord("$"): "&#36;", ord("\\"): "&#92;", 0x2028: "&#8232;", 0x2029: "&#8233;"}


def html_text(value) -> str:
    """``value`` as HTML text, safe also inside a JavaScript template literal.

    Folium embeds tooltips and popups in back-quoted JavaScript strings
    inside a ``<script>`` block, so besides ``html.escape`` this escapes the
    back quote, ``$`` and the backslash (as HTML character references, which
    the browser turns back into text); control characters become U+FFFD.
    """
    return html.escape(_CONTROL.sub("\ufffd", str(value)), quote=True).translate(_JS_UNSAFE)


def plain_text(value) -> str:
    """``value`` without control characters (for terminals): each becomes U+FFFD."""
    return _CONTROL.sub("\ufffd", str(value))


def mpl_text(value) -> str:
    """``value`` for a matplotlib label: ``$`` escaped (no math mode), no control characters."""
    return plain_text(value).replace("$", r"\$")


# ================================================================ folium
def to_folium(plan, alternatives: bool = True):
    """Interactive map (folium) of ``plan``: the route on the roads, numbered
    stops, alternatives as layers.

    Parameters
    ----------
    plan : Plan
        The plan to draw.
    alternatives : bool
        Add the alternatives as layers (hidden at first).

    Returns
    -------
    folium.Map
    """
    import folium

    start, end = plan.start, plan.end
    m = folium.Map(location=[start[2], start[1]], zoom_start=15, tiles="OpenStreetMap", attr=roads.ATTRIBUTION)
    folium.Marker([start[2], start[1]], tooltip=f"start: {html_text(start[0])}",
                  icon=folium.Icon(color="green", icon="play")).add_to(m)
    if end is not None and (end[1], end[2]) != (start[1], start[2]):
        folium.Marker([end[2], end[1]], tooltip=f"end: {html_text(end[0])}",
                      icon=folium.Icon(color="black", icon="flag")).add_to(m)
    shown = plan.candidates if alternatives else plan.candidates[:1]
    for k, c in enumerate(shown):
        _folium_layer(plan, c, k).add_to(m)
    folium.LayerControl().add_to(m)
    pts = [(start[2], start[1])] + [(s.lat, s.lon) for c in shown for s in c.stops]
    if len(pts) > 1:
        m.fit_bounds([[min(p[0] for p in pts), min(p[1] for p in pts)],
                      [max(p[0] for p in pts), max(p[1] for p in pts)]], padding=(30, 30))
    return m


def _folium_layer(plan, candidate, k: int):
    """The layer of candidate ``k`` (0 is the plan): its legs and numbered stops."""
    import folium

    colour = COLOURS[k % len(COLOURS)]
    grp = folium.FeatureGroup(name="plan" if k == 0 else f"alternative {k}", show=(k == 0))
    for leg in plan.leg_paths(candidate.stops):
        folium.PolyLine([(y, x) for x, y in leg], color=colour, weight=5 if k == 0 else 3, opacity=0.8,
                        dash_array=None if k == 0 else "6").add_to(grp)
    for i, s in enumerate(candidate.stops):
        folium.CircleMarker([s.lat, s.lon], radius=9 if k == 0 else 6, color=colour, fill=True, fill_opacity=0.9,
                            tooltip=f"{i + 1}. {html_text(s.name)}",
                            popup=folium.Popup(popup_html(i, s), max_width=260)).add_to(grp)
    return grp


def popup_html(i: int, s) -> str:
    """Popup of stop ``s`` (number ``i + 1``): every OSM-derived string escaped (see :func:`html_text`)."""
    return (f"<b>{i + 1}. {html_text(s.name)}</b><br>{html_text(s.category)}<br>{s.begin:%H:%M}-{s.depart:%H:%M}"
            f"<br>open: {html_text(s.hours_today)}<br>"
            f"<a href='https://www.openstreetmap.org/{html_text(s.poi_id)}'>OSM</a>")


# ================================================================ offline HTML page
#: the page's static files: Leaflet (``leaflet/``, see its NOTICE.md) and the page's own script and style
STATIC = Path(__file__).resolve().parent / "static"
#: optional online base layer (off at first; the page is readable without it)
TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
#: street classes by ``highway`` value (anything else is ``minor``) and how each is drawn
MAJOR_STREETS = {"motorway", "trunk", "primary", "secondary", "tertiary",
                 "motorway_link", "trunk_link", "primary_link", "secondary_link", "tertiary_link"}
PATHS = {"footway", "path", "steps", "cycleway", "track", "bridleway", "corridor", "elevator", "platform"}
STREET_STYLES = {"major": {"color": "#a59d90", "weight": 4}, "minor": {"color": "#bbb4a8", "weight": 2.5},
                 "path": {"color": "#cdc6ba", "weight": 1.2}}
#: streets are drawn in the trip's box widened by this share of its size on every side
STREET_MARGIN = 0.25
#: at most this many street points in a page (about 20 bytes each): past it, paths and then minor streets are left out
MAX_STREET_POINTS = 40_000
#: tolerance of the street simplification, in degrees (about 1 m)
SIMPLIFY_DEG = 1e-5
#: Content-Security-Policy of the page: inline code only; images from data URIs or the tile server
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
       "img-src data: https://tile.openstreetmap.org")
#: longest stop name in a permanent label (the popup and the legend carry the whole name)
LABEL_CHARS = 28


class HtmlPage(str):
    """An HTML page (a ``str``) that shows itself in a notebook, in a sandboxed iframe."""

    height = 560

    def __repr__(self) -> str:
        """A short description (the page itself is ``str(page)``), so notebooks do not print it whole."""
        return f"<HtmlPage: {len(self)} characters; str() is the page, Plan.save_html writes it>"

    def _repr_html_(self) -> str:
        """The page inside an ``<iframe srcdoc>`` (scripts allowed, no access to the notebook)."""
        return (f'<iframe srcdoc="{html.escape(self, quote=True)}" sandbox="allow-scripts allow-popups" '
                f'style="width:100%;height:{self.height}px;border:1px solid #ccc"></iframe>')


def to_html(plan, alternatives: bool = True, tiles: bool = True) -> HtmlPage:
    """The map of ``plan`` as one self-contained HTML page that works offline.

    Leaflet and the page's script are inlined; the streets around the trip
    are drawn as a vector layer (:func:`street_geojson`), the legs along the
    roads, the stops as numbered markers labelled with their arrival time,
    the start and end; a legend lists the stops, the tasks not planned and
    the OpenStreetMap attribution.  Every OSM or prompt string passes through
    :func:`html_text`; the data travels as JSON in a non-executable block.

    Parameters
    ----------
    plan : Plan
        The plan to draw.
    alternatives : bool
        Add the alternatives as layers (hidden at first).
    tiles : bool
        Offer OpenStreetMap tiles as an optional base layer (used only when
        chosen, and only with a network).

    Returns
    -------
    HtmlPage
        The page (a ``str``; shows itself in a notebook).
    """
    shown = plan.candidates if alternatives else plan.candidates[:1]
    view = _bounds(plan, shown[:1])  # the plan fills the window; the streets cover the alternatives too
    box = _widen(_bounds(plan, shown), STREET_MARGIN)
    data = {"attribution": f"Map data {html_text(roads.ATTRIBUTION)}", "tiles": TILES if tiles else None,
            "streets": street_geojson(plan.city.G, box), "street_box": [round(v, 6) for v in box],
            "layers": [_layer_data(plan, c, k) for k, c in enumerate(shown)],
            "ends": _ends_data(plan), "bounds": [[view[2], view[0]], [view[3], view[1]]]}
    static = _static()
    return HtmlPage("".join([
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>{html_text(_title(plan))}</title>\n",
        f"<style>{static['leaflet.css']}</style>\n<style>{static['plan_map.css']}</style>\n</head><body>\n",
        '<div id="map"></div>\n', _legend_html(plan), "<noscript>This map needs JavaScript.</noscript>\n",
        f'<script type="application/json" id="nco-plan-data">{script_json(data)}</script>\n',
        f"<script>{static['leaflet.js']}</script>\n<script>{static['plan_map.js']}</script>\n</body></html>\n"]))


def save_html(plan, path: str | Path, alternatives: bool = True) -> Path:
    """Write :func:`to_html` of ``plan`` (the offline page) at ``path``, atomically."""
    return write_text(path, to_html(plan, alternatives))


def script_json(obj) -> str:
    """``obj`` as JSON that may stand inside a ``<script>`` block: ``<`` and ``>`` escaped, so no
    ``</script>`` or ``<!--`` can end it; U+2028 and U+2029 escaped too."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@functools.lru_cache(maxsize=1)
def _static() -> dict[str, str]:
    """The inlined files; Leaflet's CSS with its images as data URIs (and ``none`` for those not shipped)."""
    out = {name: (STATIC / name).read_text(encoding="utf-8") for name in ("plan_map.css", "plan_map.js")}
    for name in ("leaflet.css", "leaflet.js"):
        out[name] = (STATIC / "leaflet" / name).read_text(encoding="utf-8")

    def data_uri(m: re.Match) -> str:
        png = STATIC / "leaflet" / "images" / m.group(1)
        return f"url(data:image/png;base64,{base64.b64encode(png.read_bytes()).decode()})" if png.is_file() else "none"

    out["leaflet.css"] = re.sub(r"url\(images/([\w.-]+\.png)\)", data_uri, out["leaflet.css"])
    for name, text in out.items():  # nothing may end an inline block early
        if re.search(r"</(script|style)|<!--", text, re.IGNORECASE):
            raise RuntimeError(f"static/{name} cannot be inlined: it contains </script>, </style> or <!--")
    return out


def _widen(box, share: float) -> tuple[float, float, float, float]:
    """``box`` ``(x0, x1, y0, y1)`` widened by ``share`` of its width and height on every side."""
    x0, x1, y0, y1 = box
    dx, dy = (x1 - x0) * share, (y1 - y0) * share
    return x0 - dx, x1 + dx, y0 - dy, y1 + dy


def _title(plan) -> str:
    """City, day and time window of the request (raw text: escape before use)."""
    request = plan.request
    window = f"{hhmm(request.start_minutes())}-{hhmm(request.end_minutes())}"
    return f"{plan.city.name.title()}, {plan.day:%a %Y-%m-%d}, {window}"


def _legend_html(plan) -> str:
    """The legend box: title, the stops with times, the tasks not planned, the attribution (all escaped)."""
    items = "".join(f"<li>{s.arrive:%H:%M} {html_text(s.name)} ({html_text(s.category)}), "
                    f"{s.begin:%H:%M}-{s.depart:%H:%M}</li>" for s in plan.itinerary)
    blocked = "".join(f'<div class="note">not planned: {html_text(plan.request.describe_task(t))}</div>'
                      for t in plan.blocked)
    return (f'<div id="legend"><h1>{html_text(_title(plan))}</h1><ol>{items}</ol>{blocked}'
            f'<div class="attribution">Map data {html_text(roads.ATTRIBUTION)}, ODbL; drawn offline with '
            f"Leaflet</div></div>\n")


def _short(name: str) -> str:
    """``name`` cut to :data:`LABEL_CHARS` characters (raw text: escape before use)."""
    return name if len(name) <= LABEL_CHARS else name[:LABEL_CHARS - 1] + "\u2026"


def _layer_data(plan, candidate, k: int) -> dict:
    """Candidate ``k`` (0 is the plan) for the page: legs as (lat, lon) lines, stops with escaped labels."""
    legs = [[[round(y, 6), round(x, 6)] for x, y in leg] for leg in plan.leg_paths(candidate.stops)]
    stops = [{"at": [round(s.lat, 6), round(s.lon, 6)], "number": str(i + 1),
              "label": f"<b>{i + 1}</b> {s.arrive:%H:%M} {html_text(_short(s.name))}",
              "popup": popup_html(i, s)} for i, s in enumerate(candidate.stops)]
    name = "plan" if k == 0 else f"alternative {k} (score {candidate.score:.3f})"
    return {"name": name, "main": k == 0, "colour": COLOURS[k % len(COLOURS)], "weight": 5 if k == 0 else 3,
            "dash": None if k == 0 else "6 6", "legs": legs, "stops": stops}


def _ends_data(plan) -> list[dict]:
    """Start and end markers with their times; one marker when the trip ends where it starts."""
    start, end = plan.start, plan.end
    begins = hhmm(plan.request.start_minutes())
    ends = f"{plan.candidates[0].end:%H:%M}" if plan.candidates else ""
    same = end is None or (end[1], end[2]) == (start[1], start[2])
    first = f"start {begins}" + (f", end {ends}" if same and end is not None and ends else "")
    out = [{"at": [round(start[2], 6), round(start[1], 6)], "mark": "S", "css": "nco-start",
            "label": f"{first} {html_text(_short(start[0]))}"}]
    if not same:
        label = " ".join(t for t in ("end", ends, html_text(_short(end[0]))) if t)
        out.append({"at": [round(end[2], 6), round(end[1], 6)], "mark": "E", "css": "nco-end", "label": label})
    return out


def street_geojson(G, box, max_points: int = MAX_STREET_POINTS) -> dict:
    """The streets of ``G`` inside ``box`` as a GeoJSON FeatureCollection, bounded in size.

    One ``MultiLineString`` feature per street class (major, minor, path),
    each with its Leaflet style in ``properties.style``; edges are chained
    into polylines, simplified (:data:`SIMPLIFY_DEG`) and rounded to 5
    decimals (about 1 m).  When the lines hold more than ``max_points``
    points, paths and then minor streets are left out.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A road graph of :mod:`nco.roads` (node ``x``/``y``, edge ``highway``).
    box : tuple of float
        ``(x0, x1, y0, y1)``: an edge is drawn when one of its ends lies inside.
    max_points : int
        Bound on the points of all lines together.

    Returns
    -------
    dict
    """
    lines = street_lines(G, box)
    for dropped in ("path", "minor"):
        if sum(len(line) for ls in lines.values() for line in ls) <= max_points:
            break
        lines[dropped] = []
    features = [{"type": "Feature", "properties": {"class": cls, "style": STREET_STYLES[cls]},
                 "geometry": {"type": "MultiLineString", "coordinates": lines[cls]}}
                for cls in ("path", "minor", "major") if lines[cls]]
    return {"type": "FeatureCollection", "features": features}


def street_lines(G, box) -> dict[str, list[list[list[float]]]]:
    """Polylines ``[[lon, lat], ...]`` per street class of the edges of ``G`` with an end inside ``box``."""
    x0, x1, y0, y1 = box
    nodes = G.nodes
    inside = {n for n, d in nodes(data=True) if x0 <= d["x"] <= x1 and y0 <= d["y"] <= y1}
    pairs: dict[str, set] = {"major": set(), "minor": set(), "path": set()}
    for u, v, hw in G.edges(data="highway"):
        if u != v and (u in inside or v in inside):
            hw = hw if isinstance(hw, str) else ""
            cls = "major" if hw in MAJOR_STREETS else "path" if hw in PATHS else "minor"
            pairs[cls].add((u, v) if u < v else (v, u))
    out = {}
    for cls, edges in pairs.items():
        out[cls] = []
        for chain in edge_chains(edges):
            pts = simplify([(nodes[n]["x"], nodes[n]["y"]) for n in chain], SIMPLIFY_DEG)
            out[cls].append([[round(x, 5), round(y, 5)] for x, y in pts])
    return out


def edge_chains(edges) -> list[list]:
    """Undirected ``edges`` (pairs of nodes) joined into chains through nodes of degree 2; every edge once."""
    adj = defaultdict(list)
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    used: set = set()
    chains = []
    ends = [n for n in adj if len(adj[n]) != 2]
    for start in ends + list(adj):  # then what is left: closed rings
        for nxt in adj[start]:
            if (min(start, nxt), max(start, nxt)) in used:
                continue
            chain, prev, cur = [start], start, nxt
            while True:
                used.add((min(prev, cur), max(prev, cur)))
                chain.append(cur)
                if len(adj[cur]) != 2 or cur == start:
                    break
                a, b = adj[cur]
                prev, cur = cur, (b if a == prev else a)
                if (min(prev, cur), max(prev, cur)) in used:
                    break
            chains.append(chain)
    return chains


def simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Ramer-Douglas-Peucker simplification of a polyline (planar, in degrees; the ends are kept)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        (ax, ay), (bx, by) = points[i], points[j]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy) or 1e-12
        far, k = -1.0, -1
        for m in range(i + 1, j):
            px, py = points[m]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if (dx or dy) else math.hypot(px - ax, py - ay)
            if d > far:
                far, k = d, m
        if far > tol:
            keep[k] = True
            stack += [(i, k), (k, j)]
    return [p for p, kept in zip(points, keep) if kept]


# ================================================================ matplotlib
def plot(plan, path: str | Path | None = None, ax=None, alternatives: bool = True):
    """Static map of ``plan``: streets, the route, numbered stops with times;
    OSM attribution in the caption.

    Parameters
    ----------
    plan : Plan
        The plan to draw.
    path : str or Path, optional
        Save as PNG there (atomically).
    ax : matplotlib.axes.Axes, optional
    alternatives : bool
        Draw the alternatives as thin dashed lines.

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib.pyplot as plt

    if ax is None:
        fig, ax = plt.subplots(figsize=(9, 9))
    else:
        fig = ax.figure
    shown = plan.candidates if alternatives else plan.candidates[:1]
    box = _bounds(plan, shown)
    _draw_streets(ax, plan.city.G, box)
    handles = _draw_routes(ax, plan, shown)
    _draw_stops(ax, plan.itinerary, box)
    _decorate(ax, plan, box, handles)
    if path is not None:
        with atomic_path(path) as tmp:
            fig.savefig(tmp, dpi=110, bbox_inches="tight", format="png")
    return fig


def _bounds(plan, shown) -> tuple[float, float, float, float]:
    """``(x0, x1, y0, y1)``: the start, end, stops and legs, padded."""
    pts = [(plan.start[1], plan.start[2])] + [(s.lon, s.lat) for c in shown for s in c.stops]
    if plan.end:
        pts.append((plan.end[1], plan.end[2]))
    pts += [p for c in shown for leg in plan.leg_paths(c.stops) for p in leg]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    padx = max(0.004, (max(xs) - min(xs)) * 0.15)
    pady = max(0.003, (max(ys) - min(ys)) * 0.15)
    return min(xs) - padx, max(xs) + padx, min(ys) - pady, max(ys) + pady


def _draw_streets(ax, G, box) -> None:
    """Every street that starts inside ``box``, in light grey."""
    from matplotlib.collections import LineCollection

    x0, x1, y0, y1 = box
    segs = []
    for u, v in G.edges():
        a, b = G.nodes[u], G.nodes[v]
        if x0 <= a["x"] <= x1 and y0 <= a["y"] <= y1:
            segs.append([(a["x"], a["y"]), (b["x"], b["y"])])
    ax.add_collection(LineCollection(segs, colors="#c8c8c8", linewidths=0.6, zorder=1))


def _draw_routes(ax, plan, shown) -> list:
    """The plan and its alternatives (dashed), start and end; the legend's handles."""
    for k in range(len(shown) - 1, -1, -1):
        c = shown[k]
        col = COLOURS[k % len(COLOURS)]
        for leg in plan.leg_paths(c.stops):
            ax.plot([p[0] for p in leg], [p[1] for p in leg], color=col, lw=3.2 if k == 0 else 1.6,
                    ls="-" if k == 0 else "--", alpha=0.9 if k == 0 else 0.75, zorder=3 if k == 0 else 2)
        if k > 0:
            ax.scatter([s.lon for s in c.stops], [s.lat for s in c.stops], s=60, facecolors="white",
                       edgecolors=col, linewidths=1.5, zorder=4)
    handles = [ax.plot([], [], color=COLOURS[k % len(COLOURS)], lw=3.2 if k == 0 else 1.6,
                       ls="-" if k == 0 else "--",
                       label="plan" if k == 0 else f"alternative {k} (score {shown[k].score:.3f})")[0]
               for k in range(len(shown))]
    start, end = plan.start, plan.end
    handles.append(ax.scatter([start[1]], [start[2]], marker="*", s=360, c="#2ca02c",
                              edgecolors="black", zorder=6, label=f"start: {mpl_text(start[0])}"))
    if end and (end[1], end[2]) != (start[1], start[2]):
        handles.append(ax.scatter([end[1]], [end[2]], marker="s", s=150, c="black", zorder=6,
                                  label=f"end: {mpl_text(end[0])}"))
    return handles


def _draw_stops(ax, stops, box) -> None:
    """Numbered stops with name, category and times; labels point inwards."""
    x0, x1, y0, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    for i, s in enumerate(stops):
        ax.scatter([s.lon], [s.lat], s=400, c=COLOURS[0], edgecolors="white", linewidths=1.5, zorder=7)
        ax.text(s.lon, s.lat, str(i + 1), color="white", ha="center", va="center", fontsize=10,
                fontweight="bold", zorder=8)
        name = mpl_text(s.name if len(s.name) <= 34 else s.name[:32] + "...")
        dx, dy = (14 if s.lon <= cx else -14), (10 if s.lat <= cy else -26)
        ax.annotate(f"{i + 1}. {name}\n{s.category}, {s.begin:%H:%M}-{s.depart:%H:%M}", (s.lon, s.lat),
                    xytext=(dx, dy), textcoords="offset points", fontsize=8, zorder=9,
                    ha="left" if dx > 0 else "right",
                    bbox=dict(boxstyle="round,pad=0.25", fc="white", ec="#888888", alpha=0.92))


def _decorate(ax, plan, box, handles) -> None:
    """Legend, extent, aspect, title (city, day, time window, unplanned tasks) and attribution."""
    x0, x1, y0, y1 = box
    ax.legend(handles=handles, loc="lower left", fontsize=8, framealpha=0.92)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1 / math.cos(math.radians((y0 + y1) / 2)))
    ax.set_xticks([])
    ax.set_yticks([])
    request = plan.request
    blocked = "; not planned: " + ", ".join(request.describe_task(t) for t in plan.blocked) if plan.blocked else ""
    window = f"{hhmm(request.start_minutes())}-{hhmm(request.end_minutes())}"
    ax.set_title(mpl_text(f"{plan.city.name.title()}, {plan.day:%a %Y-%m-%d}, {window}{blocked}"), fontsize=11)
    ax.text(0.995, 0.005, f"Map data {roads.ATTRIBUTION}", transform=ax.transAxes, ha="right", va="bottom",
            fontsize=8, color="#333333", bbox=dict(fc="white", ec="none", alpha=0.8, pad=1.5), zorder=10)
