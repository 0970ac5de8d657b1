"""Independent itinerary checker.

Recomputes everything from the request, the road graph and the raw OSM
``opening_hours`` text, sharing no code with the search: travel times come
from networkx's bidirectional Dijkstra on the graph (the search uses scipy matrices), and
opening hours are asked of ``opening-hours-py`` afresh for each visit.

Hard constraints checked:

* every stop is a POI of its task's category, each task at most once;
* task order: a task is done only after every task it depends on;
* times: leave the start no earlier than the start time, travel takes at
  least the road travel time, every visit lasts its duration;
* opening hours: the POI is open from the start to the end of the visit;
* the end place is reached by the deadline and the trip fits the time limit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import networkx as nx
import opening_hours as ohlib

from nco import roads
from nco.planner.pois import categories_of, has_tag
from nco.planner.request import CATEGORIES, TripRequest, hhmm

#: seconds of slack for float rounding
TOLERANCE_S = 1.0


@dataclass
class ItineraryCheck:
    """Result of :func:`check_itinerary`.

    Attributes
    ----------
    feasible : bool
        No hard constraint is broken.
    violations : list of str
        Each broken hard constraint, in words.
    warnings : list of str
        Things to know that break nothing (e.g. opening hours not in OSM).
    travel_min : float
        Travel minutes recomputed on the road graph.
    end : datetime.datetime or None
        When the trip ends (at the end place, or at the last visit).
    """

    feasible: bool
    violations: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    travel_min: float = 0.0
    end: dt.datetime | None = None


def _travel_s(G, a, b, cache) -> float:
    if a == b:
        return 0.0
    key = (a, b)
    if key not in cache:
        try:
            cache[key] = nx.bidirectional_dijkstra(G, a, b, weight="travel_time")[0]
        except nx.NetworkXNoPath:
            cache[key] = float("inf")
    return cache[key]


def _nearest(G, lon, lat):
    return roads.nearest_nodes(G, lon, lat)


def check_itinerary(request: TripRequest, stops, G, start: tuple[float, float], end: tuple[float, float] | None,
                    day: dt.date) -> ItineraryCheck:
    """Check an itinerary against every hard constraint.

    Parameters
    ----------
    request : TripRequest
    stops : sequence
        Objects with ``task``, ``tags``, ``lon``, ``lat``, ``arrive``,
        ``begin``, ``depart`` (datetimes), e.g. :class:`nco.planner.plan.Stop`.
    G : networkx.MultiDiGraph
        The road graph the trip uses.
    start : (lon, lat)
        Start place.
    end : (lon, lat) or None
        End place; ``None`` when the trip ends at the last visit.
    day : datetime.date
        Trip day.

    Returns
    -------
    ItineraryCheck
    """

    out = ItineraryCheck(True)
    midnight = dt.datetime.combine(day, dt.time())
    t_start = midnight + dt.timedelta(minutes=request.start_minutes())
    t_end = midnight + dt.timedelta(minutes=request.end_minutes())
    tol = dt.timedelta(seconds=TOLERANCE_S)
    cache: dict = {}
    pos = _nearest(G, *start)
    now = t_start
    travel = 0.0
    seen: set[int] = set()
    preds = request.predecessors()
    for k, s in enumerate(stops):
        label = f"stop {k + 1} ({s.tags.get('name', '?')})"
        if not 0 <= s.task < len(request.tasks):
            out.violations.append(f"{label}: task {s.task} is not in the request")
            continue
        task = request.tasks[s.task]
        if not (has_tag(s.tags, task.tag) if task.tag else task.category in categories_of(s.tags)):
            out.violations.append(f"{label}: not a {task.tag or task.category}")
        if s.task in seen:
            out.violations.append(f"{label}: task {s.task} done twice")
        missing = [p for p in preds[s.task] if p not in seen]
        if missing:
            out.violations.append(f"{label}: {request.describe_task(s.task)} comes before "
                                  f"{', '.join(request.describe_task(p) for p in missing)}, which must come first")
        seen.add(s.task)
        node = _nearest(G, s.lon, s.lat)
        leg = _travel_s(G, pos, node, cache)
        travel += leg
        if s.arrive + tol < now + dt.timedelta(seconds=leg):
            out.violations.append(f"{label}: arrives {s.arrive:%H:%M} but the walk from the previous place "
                                  f"ends {now + dt.timedelta(seconds=leg):%H:%M}")
        if s.begin + tol < s.arrive:
            out.violations.append(f"{label}: visit begins before arrival")
        window = request.task_window(s.task)
        midnight = dt.datetime.combine(s.begin.date(), dt.time())
        if window and not (midnight + dt.timedelta(minutes=window[0]) - tol <= s.begin
                           <= midnight + dt.timedelta(minutes=window[1]) + tol):
            out.violations.append(f"{label}: begins {s.begin:%H:%M}, outside its time "
                                  f"{hhmm(window[0])}-{hhmm(window[1])}")
        if s.depart - s.begin + tol < dt.timedelta(minutes=task.duration_min):
            out.violations.append(f"{label}: visit lasts {(s.depart - s.begin).total_seconds() / 60:.0f} min, "
                                  f"needs {task.duration_min}")
        oh_text = s.tags.get("opening_hours")
        if oh_text:
            try:
                oh = ohlib.OpeningHours(oh_text)
                ok = oh.is_open(s.begin + tol)
                nc = oh.next_change(s.begin + tol)
                if not ok or (nc is not None and nc + tol < s.depart):
                    out.violations.append(f"{label}: not open from {s.begin:%H:%M} to {s.depart:%H:%M} "
                                          f"({oh_text})")
            except Exception:
                out.warnings.append(f"{label}: opening hours {oh_text!r} cannot be evaluated")
        elif not CATEGORIES[task.category].outdoor:
            out.warnings.append(f"{label}: opening hours not recorded in OpenStreetMap; check before going")
        now = s.depart
        pos = node
    if end is not None:
        node = _nearest(G, *end)
        leg = _travel_s(G, pos, node, cache)
        travel += leg
        now = now + dt.timedelta(seconds=leg)
    if now > t_end + tol:
        out.violations.append(f"the trip ends {now:%H:%M}, after the latest end {t_end:%H:%M}")
    out.travel_min = travel / 60.0
    out.end = now
    out.feasible = not out.violations
    return out
