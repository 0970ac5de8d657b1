import datetime as dt
import functools
import importlib.util
import os
from pathlib import Path

import pytest

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MPLBACKEND", "Agg")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
BENCH = DATA / "bench"


@pytest.fixture(scope="session", autouse=True)
def shipped_test_sets() -> None:
    """The real-city test sets, drawn into the cache from their bundled
    recipes when missing (the package ships only the recipes)."""
    from nco.data.testsets import shipped_dir

    shipped_dir()


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    return BENCH


def read_bench(bench_dir: Path, rel: str, fleet_from_name: bool = False):
    """A bundled instance; with ``fleet_from_name`` limited to the ``-k<k>`` vehicles of its name."""
    import nco
    from nco.bench import fleet_from_name as limit_fleet

    inst = nco.read(bench_dir / rel)
    return limit_fleet(inst) if fleet_from_name else inst


def notebook_warnings(nb) -> list[str]:
    """The stderr outputs of an executed notebook's cells that mention a warning."""
    return [o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
            if o.get("name") == "stderr" and "warn" in o.get("text", "").lower()]


@pytest.fixture
def warnings_printed():
    """:func:`notebook_warnings`, for the notebook tests."""
    return notebook_warnings


#: the day the planner's prompt tests are read on
PROMPT_DAY = dt.date(2025, 6, 12)


def planner_parse(text: str, city: str | None = None):
    """The offline parser's reading of ``text`` (a ``ParseResult``), with the map of ``city`` when given."""
    from nco.planner.parse import parse_offline
    from nco.planner.plan import knows, load_planner_city

    return parse_offline(text, today=PROMPT_DAY, known_place=knows(load_planner_city(city)) if city else None)


def planner_request(text: str, city: str | None = None):
    """The request the offline parser reads from ``text`` (with the map of ``city`` when given)."""
    return planner_parse(text, city).request


def planner_task_kinds(text: str, city: str | None = None) -> list[str]:
    """The kinds of the parsed request's visits, a star on those to do as often as possible (``"museum*"``)."""
    return [(t.tag or t.category) + ("*" if t.maximize else "") for t in planner_request(text, city).tasks]


def planner_kinds(text: str, city: str | None = None) -> list[str]:
    """The kinds of the visits the offline parser reads from ``text`` (with the map of ``city`` when given)."""
    from nco.planner.plan import load_planner_city, named_visits

    pr = planner_parse(text, city)
    req = named_visits(load_planner_city(city), pr)[0] if city and pr.named else pr.request
    return [t.tag or t.category for t in req.tasks]


def planned_kind(kind: str, city: str) -> str:
    """The kind a visit of ``kind`` is planned at in ``city``: the kind itself, or the first of its stand-ins
    (:data:`nco.planner.offline.tasks.STAND_INS`) the map has when it has no place of that kind."""
    from nco.planner.offline.tasks import TAG_CATEGORY, stand_in
    from nco.planner.plan import knows, load_planner_city

    other = stand_in(knows(load_planner_city(city)).has_kind, kind)
    return kind if other is None else TAG_CATEGORY.get(other, other)


@functools.cache
def planner_benchmark():
    """``benchmarks/planner_prompts.py`` as a module (how the prompt benchmark scores kinds and orders)."""
    spec = importlib.util.spec_from_file_location("planner_prompts", ROOT / "benchmarks" / "planner_prompts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
