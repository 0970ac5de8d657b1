"""Drawing a :class:`~nco.planner.plan.Plan`: a static PNG map (matplotlib),
an interactive map (folium) and its HTML page.

Every string that comes from OpenStreetMap or from a prompt passes through
:func:`html_text` (HTML and JavaScript), :func:`plain_text` (terminals) or
:func:`mpl_text` (matplotlib labels) before it reaches an output.
"""

from __future__ import annotations

import html
import math
import re
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


def save_html(plan, path: str | Path, alternatives: bool = True) -> Path:
    """Write :func:`to_folium` of ``plan`` as an HTML page at ``path``, atomically."""
    return write_text(path, to_folium(plan, alternatives).get_root().render())


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
