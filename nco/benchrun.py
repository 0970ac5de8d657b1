"""One runner for every benchmark: a grid of cells, one CSV, resume, markdown.

A benchmark is a grid of **cells**: methods x budgets x seeds x instances,
each cell run by one callable that returns its row(s).  :func:`run_grid`
runs the cells in grid order (instance, then method, budget, seed), appends
each cell's rows to one CSV as soon as they are known (the file is rewritten
atomically, so a killed run leaves the last complete version) and, on a
rerun with ``resume``, skips the cells whose rows are already in the CSV.
:func:`markdown_table` and :func:`write_markdown` write the table a
benchmark shows; :func:`write_png` saves a matplotlib figure atomically.

The solver suites (``nco bench``, :mod:`nco.bench`), the policy benchmarks
(:mod:`nco.neural.bench`), the candidate-route benchmark
(:mod:`nco.routes.bench`) and the trip-planner benchmark
(:mod:`nco.planner.bench`) all run through here; each keeps its own columns
and summary.

Examples
--------
>>> rows = run_grid(grid(["a", "b"], ["m"], [1.0], [0]),  # doctest: +SKIP
...                 lambda c: {"instance": c.instance, "method": c.method, "budget": c.budget,
...                            "seed": c.seed, "cost": 1.0},
...                 RunFile("out/runs.csv", KEY + ("cost",)))
"""

from __future__ import annotations

import csv
import shlex
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from tqdm.auto import tqdm

from nco import fsio
from nco.errors import InputError

#: the CSV columns that name a cell, by default (cell field -> column)
KEY = ("instance", "method", "budget", "seed")


@dataclass(frozen=True)
class Cell:
    """One cell of a benchmark grid.

    Attributes
    ----------
    instance
        The instance's name (what the CSV stores).
    method
        The method's name.
    budget
        The budget (seconds, a size, ...: what the benchmark varies).
    seed
        The random seed.
    data
        What the cell function needs besides the names (the instance
        itself); not part of the cell's identity.
    """

    instance: str
    method: str
    budget: float
    seed: int
    data: Any = field(default=None, compare=False, repr=False)


def grid(instances: Iterable, methods: Sequence[str], budgets: Sequence[float],
         seeds: Sequence[int]) -> Iterator[Cell]:
    """The cells of a grid in run order: instance, then method, budget, seed.

    Parameters
    ----------
    instances
        Names, or ``(name, data)`` pairs (read lazily: a generator of
        instances is fine).
    methods, budgets, seeds
        The other axes.

    Yields
    ------
    Cell
    """
    for item in instances:
        name, data = item if isinstance(item, tuple) else (item, None)
        for m in methods:
            for b in budgets:
                for s in seeds:
                    yield Cell(str(name), str(m), float(b), int(s), data)


def _norm(value) -> str:
    """A key value as text that a typed value and its CSV text share
    (``2`` and ``"2.0"`` are the same budget)."""
    if isinstance(value, bool):
        return str(value)
    try:
        return repr(float(value))
    except (TypeError, ValueError):
        return str(value)


def parse_value(text: str):
    """A CSV field typed back: ``True``/``False``, an int, a float, or the text."""
    if text in ("True", "False"):
        return text == "True"
    for typ in (int, float):
        try:
            return typ(text)
        except ValueError:
            pass
    return text


def read_rows(path) -> list[dict]:
    """The rows of a CSV with every field typed by :func:`parse_value`;
    empty fields are left out of their row."""
    with Path(path).open(newline="") as fh:
        return [{k: parse_value(v) for k, v in r.items() if v not in ("", None)} for r in csv.DictReader(fh)]


class RunFile:
    """The CSV of a grid: the rows kept from earlier runs and the new ones.

    Parameters
    ----------
    path
        The CSV.  An existing file is refused unless ``resume`` (its rows
        are kept and their cells not run again) or ``force`` (it is
        replaced).
    columns
        The CSV columns; ``None``: every key of the rows, in the order they
        first appear (rows may lack some).
    key
        Cell field -> CSV column for the fields that identify a cell, e.g.
        ``{"instance": "city"}``; a sequence of columns maps to
        ``instance``, ``method``, ``budget``, ``seed`` in that order.
    resume, force
        See ``path``.
    read
        Reader of the earlier rows (default :func:`read_rows`).
    """

    def __init__(self, path, columns: Sequence[str] | None = None, key: dict | Sequence[str] = KEY, *,
                 resume: bool = False, force: bool = False, read: Callable = read_rows):
        self.path = Path(path)
        self.columns = list(columns) if columns is not None else None
        self.key = dict(key) if isinstance(key, dict) else dict(zip(KEY, key))
        if self.path.exists() and not (resume or force):
            raise InputError("--out: the results exist; pass --resume to continue them or --force to replace them",
                             path=str(self.path))
        fsio.check_output(self.path, "--out", force=True)
        self.rows: list[dict] = read(self.path) if resume and self.path.exists() else []
        self.done: dict[tuple, list[dict]] = {}
        for r in self.rows:
            self.done.setdefault(self.row_key(r), []).append(r)

    def row_key(self, row: dict) -> tuple:
        """The cell a row belongs to."""
        return tuple(_norm(row.get(col, "")) for col in self.key.values())

    def cell_key(self, cell: Cell) -> tuple:
        """The key of ``cell`` as :meth:`row_key` gives it for its rows."""
        return tuple(_norm(getattr(cell, f)) for f in self.key)

    def add(self, rows: list[dict]) -> None:
        """Append ``rows`` and rewrite the CSV atomically."""
        self.rows += rows
        for r in rows:
            self.done.setdefault(self.row_key(r), []).append(r)
        self.write()

    def write(self) -> None:
        """Rewrite the CSV atomically with every row."""
        cols = self.columns if self.columns is not None else list(dict.fromkeys(k for r in self.rows for k in r))
        with fsio.atomic_open(self.path, "w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            w.writerows(self.rows)


def run_grid(cells: Iterable[Cell], run_cell: Callable[[Cell], dict | list[dict]], out: RunFile, *,
             progress: bool = True, desc: str = "", total: int | None = None) -> list[dict]:
    """Run every cell not yet in ``out`` and append its rows.

    Parameters
    ----------
    cells
        The grid (:func:`grid`), in run order.
    run_cell
        ``run_cell(cell)`` -> one row (a dict) or a list of rows; every row
        carries the key columns of ``out``.
    out
        The :class:`RunFile` the rows go to.
    progress
        Show a progress bar (stderr).
    desc, total
        The bar's label and length.

    Returns
    -------
    list of dict
        The rows of every cell of the grid, in grid order (earlier rows for
        the cells that were skipped).
    """
    rows: list[dict] = []
    bar = tqdm(total=total, desc=desc, unit="cell", disable=not progress, file=sys.stderr)
    try:
        for cell in cells:
            done = out.done.get(out.cell_key(cell))
            if done is None:
                bar.set_postfix_str(f"{cell.instance} {cell.method} {cell.budget:g}")
                new = run_cell(cell)
                done = [new] if isinstance(new, dict) else list(new)
                out.add(done)
            rows += done
            bar.update(1)
    finally:
        bar.close()
    return rows


def mean_se(d) -> tuple[float, float]:
    """Mean and standard error of paired differences ``d``, leaving out ``nan`` (standard error 0 for one)."""
    d = np.asarray(d, dtype=float)
    d = d[~np.isnan(d)]
    se = float(d.std(ddof=1) / np.sqrt(d.size)) if d.size > 1 else 0.0
    return float(d.mean()), se


def paired_difference(candidate: np.ndarray, baseline: np.ndarray) -> tuple[float, float]:
    """Mean and standard error of the per-instance differences ``candidate - baseline`` on the same
    instances, leaving out those where either is ``nan``."""
    return mean_se(np.asarray(candidate) - np.asarray(baseline))


def markdown_table(rows: list[dict], columns: Sequence[str] | None = None, title: str = "") -> str:
    """``rows`` as a markdown table (``None`` and missing values empty).

    Parameters
    ----------
    rows
        The rows.
    columns
        The columns; default every key, in the order they first appear.
    title
        A ``###`` heading above the table.
    """
    cols = list(columns) if columns is not None else list(dict.fromkeys(k for r in rows for k in r))
    lines = [f"### {title}", ""] if title else []
    lines += ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for r in rows:
        lines.append("| " + " | ".join("" if r.get(k) is None else str(r[k]) for k in cols) + " |")
    return "\n".join(lines) + "\n"


def write_markdown(path, text: str, command: str | None = None) -> Path:
    """Write ``text`` atomically, with a last line naming the ``command`` that regenerates it."""
    if command:
        text = text.rstrip("\n") + f"\n\nRegenerate: `{command}`\n"
    return fsio.write_text(path, text)


def write_png(fig, path) -> Path:
    """Save a matplotlib figure atomically as ``path`` and close it."""
    import matplotlib.pyplot as plt  # matplotlib only for the benchmarks that draw

    path = Path(path)
    with fsio.atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=110)
    plt.close(fig)
    return path


def command_line(prog: str, argv: Sequence[str], drop: Sequence[str] = ("--resume", "--force")) -> str:
    """``prog`` and its arguments as one shell line (quoted where needed),
    without the flags in ``drop`` (how to treat earlier results is not part
    of what a table measures)."""
    return " ".join([prog, *(shlex.quote(str(a)) for a in argv if a not in drop)])
