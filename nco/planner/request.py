"""The structured trip request that every parser produces.

A :class:`TripRequest` is what a language model (or the offline parser) reads
out of a prompt: tasks as POI categories with durations and optional hints, a
start place and time, a deadline or a time limit, dependencies between tasks
and preference weights.  The planner consumes nothing else, so a request can
be inspected, edited and planned again.

:func:`llm_schema` gives the JSON Schema sent to language models; it is the
pydantic schema of :class:`TripRequest` rewritten for strict structured
outputs (every property required, ``additionalProperties: false``, no
defaults).
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from nco.errors import InputError


@dataclass(frozen=True)
class Category:
    """A POI category the planner knows.

    Parameters
    ----------
    key : str
        Name used in requests (``"museum"``).
    description : str
        Words that describe it; the offline matcher embeds them.
    tags : tuple of (str, tuple of str)
        OSM ``key=value`` pairs that make a POI of this category.
    duration_min : int
        Usual visit length in minutes when the prompt does not say.
    outdoor : bool
        Public open space (parks, monuments): a POI without an
        ``opening_hours`` tag is taken as always open.
    """

    key: str
    description: str
    tags: tuple[tuple[str, tuple[str, ...]], ...]
    duration_min: int
    outdoor: bool = False


CATEGORIES: dict[str, Category] = {c.key: c for c in [
    Category("museum", "museum exhibition history science collection", (("tourism", ("museum",)),), 90),
    Category("gallery", "art gallery paintings art exhibition", (("tourism", ("gallery",)), ("amenity", ("arts_centre",))), 60),
    Category("sight", "sightseeing landmark monument attraction castle historic site", (
        ("tourism", ("attraction",)), ("historic", ("castle", "monument", "city_gate", "building", "ruins", "memorial", "fort", "palace"))), 30, True),
    Category("viewpoint", "viewpoint scenic view panorama lookout", (("tourism", ("viewpoint",)),), 20, True),
    Category("church", "church cathedral chapel place of worship", (("amenity", ("place_of_worship",)),), 25),
    Category("park", "park garden green space stroll nature", (("leisure", ("park", "garden")),), 45, True),
    Category("playground", "playground for children kids", (("leisure", ("playground",)),), 30, True),
    Category("restaurant", "restaurant lunch dinner meal eat food", (("amenity", ("restaurant",)),), 60),
    Category("fast_food", "fast food quick bite snack burger kebab", (("amenity", ("fast_food",)),), 20),
    Category("cafe", "cafe coffee espresso tea cake breakfast", (("amenity", ("cafe",)),), 30),
    Category("ice_cream", "ice cream gelato dessert", (("amenity", ("ice_cream",)), ("shop", ("ice_cream",))), 15),
    Category("bakery", "bakery bread pastry croissant", (("shop", ("bakery", "pastry")),), 10),
    Category("bar", "bar pub beer drinks cocktail wine beer garden", (("amenity", ("bar", "pub", "biergarten")),), 60),
    Category("shop", "shopping clothes fashion souvenirs gifts boutique store", (
        ("shop", ("clothes", "gift", "department_store", "mall", "shoes", "jewelry", "boutique", "fashion", "souvenir")),), 40),
    Category("bookshop", "bookshop bookstore books", (("shop", ("books",)),), 30),
    Category("supermarket", "supermarket groceries convenience store", (("shop", ("supermarket", "convenience")),), 15),
    Category("pharmacy", "pharmacy chemist medicine drugstore", (("amenity", ("pharmacy",)),), 10),
    Category("bank", "bank cash machine atm money", (("amenity", ("bank", "atm")),), 10),
    Category("theatre", "theatre opera concert show", (("amenity", ("theatre",)),), 120),
    Category("cinema", "cinema movie film", (("amenity", ("cinema",)),), 120),
    Category("library", "library reading", (("amenity", ("library",)),), 45),
    Category("market", "market marketplace farmers market", (("amenity", ("marketplace",)),), 30, True),
    # any other kind of place: the task's ``tag`` (OSM key=value) selects the POIs
    Category("other", "other kind of place given by its OSM tag", (), 30),
]}

CategoryName = Literal[tuple(CATEGORIES)]  # type: ignore[valid-type]

#: trip dates outside these years are refused (date arithmetic must not overflow)
MIN_YEAR, MAX_YEAR = 1900, 2999

_TIME = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"
_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


#: the longest place name, cuisine or POI name a request may carry
MAX_TEXT_CHARS = 200


def _short_text(v: str | None) -> str | None:
    if v is not None and len(v) > MAX_TEXT_CHARS:
        raise ValueError(f"longer than {MAX_TEXT_CHARS} characters")
    return v


def minutes(hhmm: str) -> int:
    """Minutes after midnight of an ``"HH:MM"`` string."""
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def hhmm(mins: float) -> str:
    """``"HH:MM"`` of minutes after midnight (rounded down; may pass 24:00)."""
    m = int(mins)
    return f"{m // 60:02d}:{m % 60:02d}"


class Task(BaseModel):
    """One thing to do: a visit to a POI of a category."""

    model_config = ConfigDict(extra="forbid")

    category: CategoryName = Field(description="POI category of the visit")
    duration_min: int = Field(ge=1, le=720, description="minutes to spend there")
    cuisine: str | None = Field(None, description="cuisine for food places, lower case OSM value (italian, sushi, ...), else null")
    name: str | None = Field(None, description="name of a specific place if the prompt names one, else null")
    tag: str | None = Field(None, pattern=r"^[a-z_:]{1,40}=[A-Za-z0-9_;:-]{1,60}$",
                            description="for category 'other': the OSM tag key=value of the kind of place "
                                        "(leisure=sauna, shop=hardware), else null")
    maximize: bool = Field(False, description="true for 'as many as possible' of this kind")
    earliest: str | None = Field(None, pattern=_TIME, description="the visit begins at or after HH:MM "
                                 "(a meal time, a show), else null")
    latest: str | None = Field(None, pattern=_TIME, description="the visit begins at or before HH:MM, else null")

    @field_validator("cuisine", "name")
    @classmethod
    def _short(cls, v: str | None) -> str | None:
        return _short_text(v)


class Dependency(BaseModel):
    """Task ``before`` must be done before task ``after`` (0-based indices)."""

    model_config = ConfigDict(extra="forbid")

    before: int = Field(ge=0, description="index of the task that comes first")
    after: int = Field(ge=0, description="index of the task that comes later")


class Preferences(BaseModel):
    """Weights of the three objectives (normalised to sum to 1 on use)."""

    model_config = ConfigDict(extra="forbid")

    quality: float = Field(0.3, ge=0, le=1, description="weight of POI quality")
    distance: float = Field(0.3, ge=0, le=1, description="weight of short travel")
    completion: float = Field(0.4, ge=0, le=1, description="weight of doing every task")

    def normalised(self) -> tuple[float, float, float]:
        """``(quality, distance, completion)`` scaled to sum to one."""
        s = self.quality + self.distance + self.completion
        if s <= 0:
            return (1 / 3, 1 / 3, 1 / 3)
        return (self.quality / s, self.distance / s, self.completion / s)


class TripRequest(BaseModel):
    """A trip request: what to do, from where, when, and what matters.

    Times are local ``"HH:MM"`` strings on the trip day ``date``
    (``"YYYY-MM-DD"``).  ``deadline`` is when the trip must end (at
    ``end_place``); ``time_limit_min`` bounds its length.  When both are
    given the earlier end applies.
    """

    model_config = ConfigDict(extra="forbid")

    tasks: list[Task] = Field(description="visits in the order the prompt mentions them")
    start_place: str | None = Field(None, description="where the trip starts, as written in the prompt, else null")
    end_place: str | None = Field(None, description="where the trip must end if the prompt says so, else null")
    date: str | None = Field(None, pattern=_DATE, description="trip day YYYY-MM-DD, null if not said")
    start_time: str | None = Field(None, pattern=_TIME, description="start time HH:MM (24 h), null if not said")
    deadline: str | None = Field(None, pattern=_TIME, description="latest end time HH:MM (24 h), null if not said")
    time_limit_min: int | None = Field(None, ge=1, le=1440, description="maximum trip length in minutes, null if not said")
    dependencies: list[Dependency] = Field(default_factory=list, description="ordering constraints between tasks")
    preferences: Preferences = Field(default_factory=Preferences, description="objective weights")
    mode: Literal["walk", "drive"] = Field("walk", description="walk or drive between places")

    @field_validator("start_place", "end_place")
    @classmethod
    def _short(cls, v: str | None) -> str | None:
        return _short_text(v)

    @field_validator("date")
    @classmethod
    def _real_date(cls, v: str | None) -> str | None:
        if v is not None and not MIN_YEAR <= dt.date.fromisoformat(v).year <= MAX_YEAR:
            raise ValueError(f"the year must lie in {MIN_YEAR} to {MAX_YEAR}")
        return v

    @model_validator(mode="after")
    def _consistent(self) -> "TripRequest":
        n = len(self.tasks)
        for d in self.dependencies:
            if d.before >= n or d.after >= n:
                raise ValueError(f"dependency {d.before}->{d.after} names a task that does not exist ({n} tasks)")
            if d.before == d.after:
                raise ValueError(f"dependency {d.before}->{d.after} ties a task to itself")
        cycle = find_cycle([(d.before, d.after) for d in self.dependencies], n)
        if cycle:
            names = " -> ".join(self.describe_task(i) for i in cycle)
            raise ValueError(f"the task order is circular (each must come before the next): {names}")
        return self

    # ------------------------------------------------------------------ helpers
    def start_minutes(self, default: int = 9 * 60) -> int:
        """Start time in minutes after midnight (``default`` when unset)."""
        return minutes(self.start_time) if self.start_time else default

    def end_minutes(self, default_length: int = 10 * 60) -> int:
        """Latest end in minutes: the earlier of deadline and start + limit."""
        start = self.start_minutes()
        ends = []
        if self.deadline:
            ends.append(minutes(self.deadline))
        if self.time_limit_min:
            ends.append(start + self.time_limit_min)
        if not ends:
            ends.append(min(start + default_length, 24 * 60 - 1))
        return min(ends)

    def trip_date(self, today: dt.date | None = None) -> dt.date:
        """The trip day (``today`` when unset)."""
        day = dt.date.fromisoformat(self.date) if self.date else (today or dt.date.today())
        if not MIN_YEAR <= day.year <= MAX_YEAR:
            raise InputError(f"the trip day {day} is out of range (years {MIN_YEAR} to {MAX_YEAR})")
        return day

    def check_times(self) -> None:
        """Raise :class:`InputError` when the times contradict each other."""
        start = self.start_minutes()
        if self.deadline and minutes(self.deadline) <= start and minutes(self.deadline) < 6 * 60 <= start:
            raise InputError(f"the trip would run past midnight (start {hhmm(start)}, end {self.deadline}); "
                             "plan the part after midnight as a second trip")
        if self.deadline and minutes(self.deadline) <= start:
            raise InputError(
                f"contradictory times: the trip must end by {self.deadline} but starts at {hhmm(start)}")
        end = self.end_minutes()
        if end > 24 * 60:  # "from 22:00, I have three hours"
            raise InputError(f"the trip would run past midnight (start {hhmm(start)}, {self.time_limit_min} minutes); "
                             "plan the part after midnight as a second trip")
        if self.tasks and min(t.duration_min for t in self.tasks) > end - start:
            raise InputError(
                f"contradictory times: {end - start} minutes between {hhmm(start)} and {hhmm(end)} "
                f"cannot hold even the shortest visit ({min(t.duration_min for t in self.tasks)} min)")

    def predecessors(self) -> list[set[int]]:
        """For each task, the tasks that must come before it (transitively)."""
        n = len(self.tasks)
        pred = [set() for _ in range(n)]
        for d in self.dependencies:
            pred[d.after].add(d.before)
        changed = True
        while changed:
            changed = False
            for i in range(n):
                extra = set().union(*(pred[j] for j in pred[i])) if pred[i] else set()
                if not extra <= pred[i]:
                    pred[i] |= extra
                    changed = True
        return pred

    def task_window(self, i: int) -> tuple[int, int] | None:
        """When task ``i`` may begin, in minutes, or ``None``.

        A window that cannot hold the visit inside the trip (lunch on a trip
        that ends at 11:00) is not kept: ``None``, and the planner says so.
        """
        t = self.tasks[i]
        if t.earliest is None and t.latest is None:
            return None
        a = minutes(t.earliest) if t.earliest else 0
        b = minutes(t.latest) if t.latest else 24 * 60
        if max(a, self.start_minutes()) > min(b, self.end_minutes() - t.duration_min):
            return None
        return a, b

    def describe_task(self, i: int) -> str:
        """Short human label of task ``i`` ("restaurant (italian)")."""
        t = self.tasks[i]
        kind = t.tag if t.category == "other" and t.tag else t.category
        extra = t.name or t.cuisine
        return f"{kind} ({extra})" if extra else kind


@dataclass
class ParseResult:
    """A parsed request and how it was obtained.

    Attributes
    ----------
    request : TripRequest
    backend : str
        ``"offline"``, ``"openai"`` or ``"ollama"``.
    notes : list of str
        Assumptions and fallbacks worth telling the user.
    named : list of (str, int, str)
        Places the prompt names without their kind ("then the Louvre"):
        the name, the index in ``request.tasks`` the visit would take and
        the note that reports it; a map can resolve them
        (:func:`nco.planner.plan.plan_trip`).
    """

    request: TripRequest
    backend: str
    notes: list[str] = field(default_factory=list)
    named: list[tuple[str, int, str]] = field(default_factory=list)


def find_cycle(edges, n: int) -> list[int] | None:
    """A cycle of the directed graph ``edges`` on nodes ``0..n-1``, if any.

    Parameters
    ----------
    edges : iterable of (int, int)
        ``(a, b)``: ``a`` must come before ``b``.
    n : int
        Number of nodes.

    Returns
    -------
    list of int or None
        The nodes of one cycle with the first repeated at the end
        (``[0, 2, 1, 0]``), or ``None`` when there is none.
    """
    succ: dict[int, list[int]] = {i: [] for i in range(n)}
    for a, b in sorted(set(edges)):
        succ[a].append(b)
    state = [0] * n  # 0 new, 1 on the current path, 2 done
    for root in range(n):
        if state[root]:
            continue
        path, stack = [root], [iter(succ[root])]
        state[root] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
            elif state[nxt] == 1:
                return path[path.index(nxt):] + [nxt]
            elif state[nxt] == 0:
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(succ[nxt]))
    return None


def validate_request(data: dict | str) -> TripRequest:
    """Build a :class:`TripRequest` from a dict or JSON text.

    Raises
    ------
    InputError
        Names the first field that is wrong.
    """
    try:
        if isinstance(data, str):
            return TripRequest.model_validate_json(data)
        return TripRequest.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err.get("loc", ())) or "request"
        msg = str(err.get("msg", "")).removeprefix("Value error, ")
        raise InputError(f"invalid trip request: {where}: {msg}") from None


def llm_schema() -> dict:
    """JSON Schema of :class:`TripRequest` for strict structured outputs.

    Every object lists all its properties in ``required`` and forbids
    others; defaults are removed (strict mode rejects them); optional fields
    stay nullable.
    """
    schema = copy.deepcopy(TripRequest.model_json_schema())

    def fix(node):
        if isinstance(node, dict):
            node.pop("default", None)
            node.pop("title", None)
            if node.get("type") == "object" and "properties" in node:
                node["required"] = list(node["properties"])
                node["additionalProperties"] = False
            for v in node.values():
                fix(v)
        elif isinstance(node, list):
            for v in node:
                fix(v)

    fix(schema)
    return schema
