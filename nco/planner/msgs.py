"""Multi-step graph search (MSGS) over POI candidates, plus exact and greedy references.

A :class:`Problem` holds everything the search needs in minutes after the
trip day's midnight: candidate POIs per task with their open intervals that
day, the road travel-time matrix between start, end and candidates, the time
window and the objective weights.

MSGS (as in LLMAP) grows itineraries layer by layer, one task per step.  An
extension is kept only when it respects every hard constraint exactly: the
visit fits in one open interval of the POI (waiting for opening is allowed),
every task it depends on is already done, and the traveller can still reach
the end place by the deadline.  Survivors are scored by the weighted
objective (:func:`objective`) and the best ``beam`` per layer go on; the
search repeats with a wider beam while tasks remain unplanned.  It returns
several diverse itineraries, partial ones included, best first.

:func:`exact` is a branch-and-bound over the same transitions (optimal for
the objective) and :func:`greedy` the nearest-feasible baseline: both serve
the benchmark.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

ALWAYS_OPEN = ((0, 48 * 60),)


@dataclass
class Problem:
    """A trip request reduced to numbers.

    Attributes
    ----------
    n_tasks : int
    durations : list of int
        Minutes per task.
    preds : list of set of int
        Tasks that must precede each task.
    candidates : list of list of int
        Per task, indices into :attr:`pois` (the POI table rows used).
    intervals : dict
        POI row -> open intervals that day in minutes.
    quality : dict
        POI row -> quality in [0, 1].
    loc : dict
        POI row -> row/column of :attr:`T`.
    T : numpy.ndarray
        Travel minutes; row/column 0 is the start, 1 the end.
    start, end : float
        Earliest start and latest end (minutes).
    has_end : bool
        The trip must finish at the end place (else it ends at the last visit).
    weights : tuple of float
        ``(quality, distance, completion)``, summing to one.
    """

    n_tasks: int
    durations: list[int]
    preds: list[set[int]]
    candidates: list[list[int]]
    intervals: dict[int, tuple[tuple[int, int], ...]]
    quality: dict[int, float]
    loc: dict[int, int]
    T: np.ndarray
    start: float
    end: float
    has_end: bool
    weights: tuple[float, float, float]
    max_quality: list[float] = field(default_factory=list)
    #: per task, ``(earliest, latest)`` begin in minutes or ``None`` (meal times, a show)
    windows: list = field(default_factory=list)

    def __post_init__(self):
        self.max_quality = [max((self.quality[p] for p in c), default=0.0) for c in self.candidates]


@dataclass
class Itinerary:
    """One candidate: an ordered list of ``(task, poi, arrive, begin, depart)``.

    ``score`` is :func:`objective`; ``travel`` the travel minutes including the
    leg to the end place; ``finish`` when the trip ends.
    """

    visits: list[tuple[int, int, float, float, float]]
    score: float
    travel: float
    finish: float

    @property
    def tasks(self) -> set[int]:
        """Tasks done."""
        return {v[0] for v in self.visits}

    @property
    def pois(self) -> list[int]:
        """POI rows in visiting order."""
        return [v[1] for v in self.visits]


def objective(pb: Problem, n_done: int, qual_sum: float, travel: float) -> float:
    """Weighted objective to maximise, in [0, 1].

    ``w_c * done/n + w_q * sum(quality)/n + w_d * (1 - travel/window)``, with
    travel in minutes (legs between places, the last leg to the end place
    included) and window the minutes between start and end.
    """
    wq, wd, wc = pb.weights
    n = max(pb.n_tasks, 1)
    window = max(pb.end - pb.start, 1.0)
    return wc * n_done / n + wq * qual_sum / n + wd * (1.0 - min(travel, window) / window)


def fits(intervals, arrive: float, duration: float) -> float | None:
    """Earliest begin >= ``arrive`` of a visit of ``duration`` inside one open interval."""
    for a, b in intervals:
        s = arrive if arrive > a else a
        if s + duration <= b + 1e-9:
            return s
    return None


def clip(intervals, window: tuple[float, float] | None, duration: float) -> tuple:
    """Open ``intervals`` cut to visits that begin inside ``window`` (unchanged when ``None``)."""
    if window is None:
        return intervals
    a, b = window
    out = []
    for o, c in intervals:
        o2, c2 = max(o, a), min(c, b + duration)
        if c2 - o2 >= duration - 1e-9:
            out.append((o2, c2))
    return tuple(out)


def task_intervals(pb: Problem, task: int, poi: int) -> tuple:
    """When ``poi`` can hold ``task``: its open intervals cut to the task's window."""
    window = pb.windows[task] if pb.windows else None
    return clip(pb.intervals[poi], window, pb.durations[task])


def _extend(pb: Problem, pos: int, now: float, task: int, poi: int):
    """``(arrive, begin, depart)`` or None if a hard constraint fails."""
    j = pb.loc[poi]
    arrive = now + pb.T[pos, j]
    if arrive > pb.end:
        return None
    begin = fits(task_intervals(pb, task, poi), arrive, pb.durations[task])
    if begin is None:
        return None
    depart = begin + pb.durations[task]
    back = depart + (pb.T[j, 1] if pb.has_end else 0.0)
    if back > pb.end + 1e-9:
        return None
    return arrive, begin, depart


@dataclass
class _State:
    visits: tuple
    done: int          # bitmask of tasks
    used: frozenset    # POI rows
    pos: int           # matrix row of the current place
    now: float
    travel: float      # without the leg to the end
    qual: float
    score: float


def _close(pb: Problem, s: _State) -> Itinerary:
    back = pb.T[s.pos, 1] if pb.has_end else 0.0
    return Itinerary(list(s.visits), s.score, s.travel + back, s.now + back)


def _score(pb: Problem, n_done: int, qual: float, travel: float, pos: int) -> float:
    back = pb.T[pos, 1] if pb.has_end else 0.0
    return objective(pb, n_done, qual, travel + back)


def _children(pb: Problem, s: _State):
    """Every state one visit beyond ``s`` that keeps the hard constraints
    (task order, unused POI, opening hours, time budget), in task then POI order."""
    for t in range(pb.n_tasks):
        if s.done >> t & 1 or any(not (s.done >> p & 1) for p in pb.preds[t]):
            continue
        for poi in pb.candidates[t]:
            if poi in s.used:
                continue
            ext = _extend(pb, s.pos, s.now, t, poi)
            if ext is None:
                continue
            j = pb.loc[poi]
            travel = s.travel + pb.T[s.pos, j]
            qual = s.qual + pb.quality[poi]
            done = s.done | (1 << t)
            yield _State(s.visits + ((t, poi) + ext,), done, s.used | {poi}, j, ext[2], travel, qual,
                         _score(pb, bin(done).count("1"), qual, travel, j))


def msgs(pb: Problem, beam: int = 40, n_results: int = 3, rounds: int = 2, time_budget: float = 0.6) -> list[Itinerary]:
    """Multi-step graph search.

    Parameters
    ----------
    pb : Problem
    beam : int
        Partial itineraries kept per layer in the first round (doubled each
        further round).
    n_results : int
        Diverse itineraries to return.
    rounds : int
        Search rounds; a round after the first runs only while some task is
        still left out of the best itinerary.
    time_budget : float
        Seconds after which no new round starts.

    Returns
    -------
    list of Itinerary
        Best first; the first one is the plan.  May be partial (fewer tasks
        than requested) or empty when nothing fits.
    """
    t0 = time.perf_counter()
    pool: dict[tuple, Itinerary] = {}
    width = beam
    for _round in range(rounds):
        _search(pb, width, pool)
        best = max(pool.values(), key=lambda it: it.score)
        if len(best.visits) == pb.n_tasks or time.perf_counter() - t0 > time_budget:
            break
        width *= 2
    return diverse(list(pool.values()), n_results)


def _search(pb: Problem, width: int, pool: dict) -> None:
    root = _State((), 0, frozenset(), 0, pb.start, 0.0, 0.0, _score(pb, 0, 0.0, 0.0, 0))
    pool.setdefault((), _close(pb, root))
    layer = [root]
    for _step in range(pb.n_tasks):
        nxt: dict[tuple, _State] = {}
        for s in layer:
            for ns in _children(pb, s):
                # one state per (tasks done, POIs used, place): the better score, then the earlier time
                key = (ns.done, ns.used, ns.pos)
                old = nxt.get(key)
                if old is None or (ns.score, -ns.now) > (old.score, -old.now):
                    nxt[key] = ns
        if not nxt:
            break
        ranked = sorted(nxt.values(), key=lambda s: (-s.score, s.now))
        layer = _diverse_beam(ranked, width)
        for s in layer:
            it = _close(pb, s)
            key = tuple((v[0], v[1]) for v in it.visits)
            if key not in pool or pool[key].score < it.score:
                pool[key] = it


def _diverse_beam(ranked: list[_State], width: int) -> list[_State]:
    """Top states, at most half of the beam sharing the same first POI."""
    out, per_first = [], {}
    cap = max(2, width // 2)
    rest = []
    for s in ranked:
        f = s.visits[0][1]
        if per_first.get(f, 0) < cap:
            per_first[f] = per_first.get(f, 0) + 1
            out.append(s)
        else:
            rest.append(s)
        if len(out) >= width:
            return out
    return out + rest[: width - len(out)]


def diverse(items: list[Itinerary], k: int) -> list[Itinerary]:
    """The best itinerary, then the best ones that share at most half their POIs with those taken."""
    items = sorted(items, key=lambda it: (-it.score, it.finish))
    out: list[Itinerary] = []
    for it in items:
        ps = set(it.pois)
        if all(len(ps & set(o.pois)) <= len(ps) / 2 for o in out) or not out:
            out.append(it)
        if len(out) >= k:
            break
    return out


def exact(pb: Problem, time_limit: float = 60.0) -> tuple[Itinerary, bool]:
    """Best itinerary by exhaustive branch and bound.

    The bound adds, for every task still open, its completion weight and the
    best quality among its candidates; travel only grows along a sequence
    (shortest-path times obey the triangle inequality), so the bound is
    valid and the result optimal when the search finishes.

    Returns
    -------
    (Itinerary, proven)
        ``proven`` is False when ``time_limit`` stopped the search.
    """
    wq, wd, wc = pb.weights
    n = max(pb.n_tasks, 1)
    gain = [(wc + wq * pb.max_quality[t]) / n for t in range(pb.n_tasks)]
    root = _State((), 0, frozenset(), 0, pb.start, 0.0, 0.0, _score(pb, 0, 0.0, 0.0, 0))
    best = [root]
    t0 = time.perf_counter()
    proven = [True]
    counter = [0]

    def dfs(s: _State) -> None:
        counter[0] += 1
        if counter[0] % 4096 == 0 and time.perf_counter() - t0 > time_limit:
            proven[0] = False
            raise TimeoutError
        if s.score > best[0].score + 1e-12:
            best[0] = s
        open_tasks = [t for t in range(pb.n_tasks) if not s.done >> t & 1]
        if s.score + sum(gain[t] for t in open_tasks) + 1e-12 <= best[0].score:
            return
        children = sorted(_children(pb, s), key=lambda c: -c.score)
        for c in children:
            dfs(c)

    try:
        dfs(root)
    except TimeoutError:
        pass
    return _close(pb, best[0]), proven[0]


def greedy(pb: Problem) -> Itinerary:
    """Nearest-feasible baseline: always go to the feasible (task, POI) reached first."""
    s = _State((), 0, frozenset(), 0, pb.start, 0.0, 0.0, _score(pb, 0, 0.0, 0.0, 0))
    while True:
        # the visit that can begin first (visits are (task, poi, arrive, begin, depart))
        best = min(_children(pb, s), key=lambda c: c.visits[-1][3], default=None)
        if best is None:
            return _close(pb, s)
        s = best


def infinite_to_big(T: np.ndarray) -> np.ndarray:
    """Replace unreachable entries by a value no trip can afford."""
    T = np.array(T, dtype=float)
    T[~np.isfinite(T)] = 1e9
    return T


__all__ = ["Problem", "Itinerary", "objective", "msgs", "exact", "greedy", "diverse", "fits", "ALWAYS_OPEN",
           "infinite_to_big"]
