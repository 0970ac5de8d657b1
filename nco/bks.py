"""Best-known solution (BKS) costs of the bundled benchmark instances.

The table is ``data/bench/BKS.csv`` (``set, instance, n_clients, bks_cost,
objective_note, source, fingerprint``).  A record applies to an instance only
when the instance's :attr:`nco.Instance.fingerprint` (a hash of its data)
equals the record's: an edited file with the same name and size gets no
best-known cost, and so no gap.  Costs follow each set's convention: CVRPLIB
nearest-integer rounding for the CVRP sets, DIMACS one-decimal truncation and
total distance for VRPTW, integer matrices for TSPLIB ATSP (proven optima).

>>> from nco import bks
>>> bks.lookup("X-n101-k25").cost
27591.0
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from nco import resources
from nco.errors import InputError

#: The bundled benchmark folder.
BENCH_DIR = resources.data("bench")
#: The bundled BKS table.
BKS_CSV = BENCH_DIR / "BKS.csv"

#: Cost convention of each set (prefix of the ``set`` column).
SET_CONVENTION = {"CVRP-D": "raw", "CVRP": "round", "VRPTW": "trunc1", "ATSP": "raw"}


#: Suffixes of the bundled instance files.
INSTANCE_SUFFIXES = (".vrp", ".atsp", ".tsp", ".txt")


def bundled_instance(name: str) -> Path | None:
    """The bundled benchmark file whose name (without suffix) is ``name``,
    such as ``X-n101-k25``, ``C101`` or ``ft70``; ``None`` when there is none.

    >>> bundled_instance("X-n101-k25").name
    'X-n101-k25.vrp'
    """
    if not name or any(c in name for c in "/\\*?[]") or name.startswith("."):
        return None
    hits = sorted(p for p in BENCH_DIR.rglob(f"{name}.*") if p.suffix in INSTANCE_SUFFIXES and p.stem == name)
    return hits[0] if hits else None


@dataclass(frozen=True)
class BKS:
    """One row of the BKS table.

    Attributes
    ----------
    set
        Benchmark set (``CVRP-X``, ``VRPTW-Solomon``, ``ATSP-TSPLIB``, ...).
    instance
        Instance name.
    n_clients
        Number of clients as the table states it (for ATSP: cities).
    cost
        Best-known (for ATSP: proven optimal) cost.
    note
        Objective and convention note, and where the value was checked.
    source
        Where the value comes from.
    fingerprint
        :attr:`nco.Instance.fingerprint` of the instance the cost belongs to.
    """

    set: str
    instance: str
    n_clients: int
    cost: float
    note: str
    source: str
    fingerprint: str = ""

    @property
    def convention(self) -> str:
        """The cost convention of the set: ``round``, ``trunc1`` or ``raw``."""
        for prefix, conv in SET_CONVENTION.items():
            if self.set.startswith(prefix):
                return conv
        return "raw"

    @property
    def optimal(self) -> bool:
        """Whether the note marks the value as proven optimal."""
        return "optimal" in self.note.lower()

    @property
    def newer_than_sol(self) -> bool:
        """Whether the note says the bundled ``.sol`` file is older (costs more)."""
        return "is older" in self.note


@lru_cache(maxsize=4)
def load(path: str | Path | None = None) -> dict[str, BKS]:
    """The BKS table as ``{instance name: BKS}``.

    Parameters
    ----------
    path
        A CSV in the ``BKS.csv`` schema; defaults to the bundled one.
    """
    path = Path(path) if path is not None else BKS_CSV
    if not path.exists():
        raise InputError("no such BKS table", path=str(path))
    out: dict[str, BKS] = {}
    with path.open(newline="") as fh:
        reader = csv.DictReader(fh)
        need = {"set", "instance", "n_clients", "bks_cost"}
        if not need <= set(reader.fieldnames or ()):
            raise InputError(f"BKS table needs columns {sorted(need)}", path=str(path), line=1)
        for lineno, row in enumerate(reader, start=2):
            try:
                rec = BKS(row["set"], row["instance"], int(row["n_clients"]), float(row["bks_cost"]),
                          row.get("objective_note", ""), row.get("source", ""), row.get("fingerprint") or "")
            except (TypeError, ValueError) as exc:
                raise InputError(f"bad BKS row ({exc})", path=str(path), line=lineno) from None
            out[rec.instance] = rec
    return out


def lookup(name: str, path: str | Path | None = None) -> BKS | None:
    """The BKS record of instance ``name``, or ``None`` when it is not in the table."""
    return load(path).get(name)


def for_instance(instance, path: str | Path | None = None) -> BKS | None:
    """The BKS record that applies to ``instance``, or ``None``.

    The record is found by the instance's data, not its name: its
    :attr:`~nco.Instance.fingerprint` must equal the record's.  A CVRPLIB
    instance read with raw distances, or a file edited under the same name,
    has no comparable BKS.
    """
    sizes = _sizes(path)  # records count clients (nodes for an ATSP)
    if instance.n_clients not in sizes and instance.n_nodes not in sizes:
        return None  # no record of this size: no need to hash the data
    return _by_fingerprint(path).get(instance.fingerprint)


@lru_cache(maxsize=4)
def _sizes(path: str | Path | None) -> frozenset[int]:
    return frozenset(rec.n_clients for rec in load(path).values() if rec.fingerprint)


@lru_cache(maxsize=4)
def _by_fingerprint(path: str | Path | None) -> dict[str, BKS]:
    return {rec.fingerprint: rec for rec in load(path).values() if rec.fingerprint}


def gap_pct(cost: float, bks: float | None) -> float | None:
    """Percent gap of ``cost`` above ``bks`` (``None`` without a BKS)."""
    if bks is None or not bks:
        return None
    return 100.0 * (cost - bks) / bks
