"""Readers and writers: VRPLIB / TSPLIB, Solomon / Gehring-Homberger, RRNCO ``.npz``.

Every reader returns :class:`nco.Instance` and raises :class:`nco.InputError`
naming the file and line on malformed input.  Cost conventions follow the
benchmark sets: CVRPLIB ``EUC_2D`` distances are rounded to the nearest
integer, VRPTW (Solomon, Gehring-Homberger) distances and travel times are
truncated to one decimal (DIMACS), explicit matrices are taken as given.

Solution files: :func:`write_solution` is ``vrplib.write_solution`` (the
``Route #k: ...`` lines and a ``Cost: value`` line), written atomically
and with empty routes left out; both readers read it back.
The readers stay ours, because ``vrplib`` does less than they do:

* ``vrplib.read_instance`` fails on TSPLIB ``ATSP`` matrices whose rows wrap
  over several lines (``br17.atsp``), names no line in its errors, reads a
  truncated file without complaint and leaves ``EUC_2D`` distances
  unrounded (the benchmark sets round CVRPLIB and truncate DIMACS costs);
* ``vrplib.read_solution`` takes every line holding ``Route`` for a route
  (``Routes used: 5`` becomes the route ``[5]``) and any other line for a
  ``key value`` pair; :func:`read_solution` refuses both, names the line,
  and refuses repeated route numbers and cost lines.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import vrplib

from nco import fsio
from nco.errors import InputError
from nco.instance import MAX_NODES, Instance, apply_convention, euclidean
from nco.matrix import DENSE_LIMIT, EDGE_TYPES, MAX_COORD_NODES, CoordinateMatrix
from nco.npzsafe import NUMBERS, load_npz

__all__ = ["read", "read_all", "read_solution", "write_npz", "write_solution", "write_vrplib"]

#: Problem types a VRPLIB/TSPLIB ``TYPE`` line may name; anything else
#: (PDPTW, MDVRP, ...) is refused rather than read as something it is not.
_TYPES = {"ATSP": "atsp", "TSP": "atsp", "CVRP": "cvrp", "VRPTW": "vrptw", "CVRPTW": "vrptw"}

_SECTIONS = {
    "NODE_COORD_SECTION", "DEMAND_SECTION", "DEPOT_SECTION", "EDGE_WEIGHT_SECTION",
    "TIME_WINDOW_SECTION", "SERVICE_TIME_SECTION", "DISPLAY_DATA_SECTION", "EOF",
}


def read(path, index: int = 0, convention: str | None = None) -> Instance:
    """Read one instance from a file; the format is chosen by content and suffix.

    Parameters
    ----------
    path
        A VRPLIB ``.vrp``, TSPLIB ``.atsp``/``.tsp``, Solomon/Gehring-Homberger
        ``.txt`` or RRNCO ``.npz`` file.
    index
        For an ``.npz`` holding a batch, which instance to return.
    convention
        Override the cost convention (``raw``, ``round``, ``trunc1``).
    """
    path = Path(path)
    if path.suffix == ".npz":
        return read_npz(path, index=index)
    text = _read_text(path)
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if ":" in first or first.split()[0].upper() in _SECTIONS:
        return _read_vrplib(path, text, convention)
    return _read_solomon(path, text, convention)


def read_all(path) -> list[Instance]:
    """Every instance in a file (a batch ``.npz`` holds many, other formats one)."""
    path = Path(path)
    if path.suffix == ".npz":
        data = _load_npz(path)
        return [_npz_instance(path, data, b) for b in range(_npz_batch(path, data))]
    return [read(path)]


def _read_text(path: Path) -> str:
    raw = fsio.read_bytes(path, "instance file")
    if not raw.strip():
        raise InputError("the file is empty", path=str(path))
    if b"\x00" in raw[:4096]:
        raise InputError("binary content, not a text instance file", path=str(path))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return raw.decode("latin-1")
        except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes anything
            raise InputError("not a text file", path=str(path)) from None


def _int(tok: str, path: Path, line: int | None, what: str) -> int:
    """A whole number written as one (``32``, not ``32.7``, ``32.0`` or ``1e8``)."""
    if not re.fullmatch(r"[+-]?\d{1,30}", tok):
        raise InputError(f"{what}: {tok[:40]!r} is not a whole number", path=str(path), line=line)
    return int(tok)


def _num(tok: str, path: Path, line: int, what: str) -> float:
    try:
        v = float(tok)
    except ValueError:
        raise InputError(f"{what}: {tok!r} is not a number", path=str(path), line=line) from None
    if not np.isfinite(v):
        raise InputError(f"{what}: {tok!r} is not a finite number", path=str(path), line=line)
    return v


# -- VRPLIB / TSPLIB ---------------------------------------------------------

def _read_vrplib(path: Path, text: str, convention: str | None) -> Instance:
    spec: dict[str, str] = {}
    sections: dict[str, list[tuple[int, list[str]]]] = {}
    current = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        head = line.split()[0].rstrip(":").upper()
        if head in _SECTIONS:
            current = head
            if head == "EOF":
                break
            sections[current] = []
            rest = line.split()[1:]
            if rest and rest[0] != ":":
                sections[current].append((lineno, rest))
            continue
        if current is None or (":" in line and not re.match(r"^[-+0-9.eE\s]+$", line)):
            if ":" not in line:
                raise InputError(f"expected 'KEY : value' or a section name, got {line[:40]!r}",
                                 path=str(path), line=lineno)
            key, _, val = line.partition(":")
            spec[key.strip().upper()] = val.strip().strip('"')
            current = None
            continue
        sections[current].append((lineno, line.split()))

    if "DIMENSION" not in spec:
        raise InputError("missing DIMENSION in the specification part", path=str(path))
    dim = _int(spec["DIMENSION"], path, _line_of(text, "DIMENSION"), "DIMENSION")
    ewt = spec.get("EDGE_WEIGHT_TYPE", "EUC_2D").upper()
    most = MAX_COORD_NODES if ewt in EDGE_TYPES else MAX_NODES
    if not 2 <= dim <= most:
        raise InputError(f"DIMENSION is {dim}, must be between 2 and {most} (EDGE_WEIGHT_TYPE {ewt[:20]})",
                         path=str(path), line=_line_of(text, "DIMENSION"))
    ptype = spec.get("TYPE", "CVRP").upper()
    if ptype not in _TYPES:
        raise InputError(f"TYPE {ptype[:40]!r} is not supported ({', '.join(_TYPES)} are)", path=str(path),
                         line=_line_of(text, "TYPE"))
    name = spec.get("NAME", path.stem).strip() or path.stem

    coords = None
    if "NODE_COORD_SECTION" in sections:
        coords = _node_table(path, sections["NODE_COORD_SECTION"], dim, 2, "NODE_COORD_SECTION")
    if ewt == "EXPLICIT":
        if "EDGE_WEIGHT_SECTION" not in sections:
            raise InputError("EDGE_WEIGHT_TYPE is EXPLICIT but there is no EDGE_WEIGHT_SECTION", path=str(path))
        fmt = spec.get("EDGE_WEIGHT_FORMAT", "FULL_MATRIX").upper()
        dist = _explicit_matrix(path, sections["EDGE_WEIGHT_SECTION"], dim, fmt)
        default_conv = "raw"
    elif ewt in EDGE_TYPES:
        if coords is None:
            raise InputError(f"EDGE_WEIGHT_TYPE {ewt} needs a NODE_COORD_SECTION", path=str(path))
        default_conv = coordinate_convention(ewt, "TIME_WINDOW_SECTION" in sections)
    else:
        raise InputError(f"EDGE_WEIGHT_TYPE {ewt} is not supported (EUC_2D, CEIL_2D, EXACT_2D, EXPLICIT are)",
                         path=str(path), line=_line_of(text, "EDGE_WEIGHT_TYPE"))
    conv = convention or default_conv
    if ewt == "EXPLICIT":
        dist = apply_convention(dist, conv, inplace=True)
    else:
        dist = _coordinate_distances(coords, conv, ewt)

    depot = 0
    if "DEPOT_SECTION" in sections:
        ids = [_int(t[0], path, ln, "DEPOT_SECTION") for ln, t in sections["DEPOT_SECTION"]]
        ids = [i for i in ids if i >= 0]
        if len(ids) > 1:
            raise InputError("more than one depot is not supported", path=str(path),
                             line=sections["DEPOT_SECTION"][0][0])
        if ids:
            depot = ids[0] - 1
            if not 0 <= depot < dim:
                raise InputError(f"depot {ids[0]} is outside 1..{dim}", path=str(path),
                                 line=sections["DEPOT_SECTION"][0][0])
    order = np.array([depot] + [i for i in range(dim) if i != depot])

    demand = capacity = tw = service = None
    if "DEMAND_SECTION" in sections:
        demand = _node_table(path, sections["DEMAND_SECTION"], dim, 1, "DEMAND_SECTION")[:, 0]
        if "CAPACITY" not in spec:
            raise InputError("DEMAND_SECTION given but CAPACITY is missing", path=str(path))
        capacity = _num(spec["CAPACITY"], path, _line_of(text, "CAPACITY"), "CAPACITY")
        neg = np.flatnonzero(demand < 0)
        if neg.size:
            raise InputError(f"DEMAND_SECTION: node {neg[0] + 1} has negative demand {demand[neg[0]]:g}",
                             path=str(path), line=_row_line(sections["DEMAND_SECTION"], neg[0]))
        over = np.flatnonzero(demand > capacity)
        if over.size:
            raise InputError(f"DEMAND_SECTION: node {over[0] + 1} has demand {demand[over[0]]:g} above CAPACITY {capacity:g}",
                             path=str(path), line=_row_line(sections["DEMAND_SECTION"], over[0]))
    if "TIME_WINDOW_SECTION" in sections:
        tw = _node_table(path, sections["TIME_WINDOW_SECTION"], dim, 2, "TIME_WINDOW_SECTION")
        bad = np.flatnonzero(tw[:, 0] > tw[:, 1])
        if bad.size:
            raise InputError(f"TIME_WINDOW_SECTION: node {bad[0] + 1} opens after it closes",
                             path=str(path), line=_row_line(sections["TIME_WINDOW_SECTION"], bad[0]))
    if "SERVICE_TIME_SECTION" in sections:
        service = _node_table(path, sections["SERVICE_TIME_SECTION"], dim, 1, "SERVICE_TIME_SECTION")[:, 0]
    elif "SERVICE_TIME" in spec:
        service = np.full(dim, _num(spec["SERVICE_TIME"], path, _line_of(text, "SERVICE_TIME"), "SERVICE_TIME"))
        service[depot] = 0.0
    vehicles = spec.get("VEHICLES")
    num_vehicles = _int(vehicles, path, _line_of(text, "VEHICLES"), "VEHICLES") if vehicles else None

    problem = _TYPES[ptype]
    if problem == "cvrp" and tw is not None:
        problem = "vrptw"
    if problem == "vrptw" and tw is None:
        raise InputError(f"TYPE {ptype} needs a TIME_WINDOW_SECTION", path=str(path), line=_line_of(text, "TYPE"))
    if problem == "cvrp" and demand is None:
        raise InputError("a CVRP file needs a DEMAND_SECTION", path=str(path))
    if demand is not None:
        demand = demand.copy()
        demand[depot] = 0.0
    return _build(path, name, problem, order, dist=dist, demand=demand, capacity=capacity,
                  num_vehicles=num_vehicles, tw=tw, service=service, coords=coords, convention=conv)


def coordinate_convention(edge_type: str, time_windows: bool) -> str:
    """The cost convention a coordinate file is read with: DIMACS ``trunc1``
    with time windows, CVRPLIB ``round`` for ``EUC_2D``, else ``raw``."""
    if time_windows:
        return "trunc1"
    return "round" if edge_type == "EUC_2D" else "raw"


def _coordinate_distances(coords: np.ndarray, convention: str, edge_type: str):
    """The distances of a coordinate file: a dense matrix up to
    :data:`~nco.matrix.DENSE_LIMIT` nodes, computed on demand above."""
    if len(coords) > DENSE_LIMIT:
        return CoordinateMatrix(coords, convention, edge_type)
    dist = euclidean(coords)
    if edge_type == "CEIL_2D":
        np.ceil(dist, out=dist)
    return apply_convention(dist, convention, inplace=True)


def _reordered(dist, order: np.ndarray):
    """``dist`` with rows and columns in ``order`` (the depot first)."""
    if isinstance(dist, CoordinateMatrix):
        return CoordinateMatrix(dist.coords[order], dist.convention, dist.edge_type)
    return dist[np.ix_(order, order)]


def _build(path, name, problem, order, *, dist, demand, capacity, num_vehicles, tw, service, coords, convention):
    identity = bool(np.array_equal(order, np.arange(len(order))))
    try:
        return Instance(
            distance=dist if identity else _reordered(dist, order),
            demand=None if demand is None else demand[order],
            capacity=capacity,
            num_vehicles=num_vehicles,
            time_windows=None if tw is None else tw[order],
            service_time=None if service is None else service[order],
            coords=None if coords is None else coords[order],
            convention=convention,
            name=name,
            problem=problem,
        )
    except InputError as exc:
        raise InputError(str(exc), path=str(path)) from None


def _line_of(text: str, key: str) -> int | None:
    for i, ln in enumerate(text.splitlines(), start=1):
        if ln.strip().upper().startswith(key):
            return i
    return None


def _row_line(rows, k) -> int | None:
    return rows[k][0] if k < len(rows) else None


def _node_table(path: Path, rows, dim: int, width: int, what: str) -> np.ndarray:
    if len(rows) < dim:  # checked before allocating: DIMENSION is not trusted
        last = rows[-1][0] if rows else None
        raise InputError(f"{what}: {dim - len(rows)} of {dim} nodes missing; the file may be truncated or DIMENSION wrong",
                         path=str(path), line=last)
    out = np.full((dim, width), np.nan)
    for lineno, toks in rows:
        if len(toks) != width + 1:
            raise InputError(f"{what}: expected {width + 1} fields (node id and {width} value(s)), got {len(toks)}",
                             path=str(path), line=lineno)
        node = _int(toks[0], path, lineno, f"{what} node id")
        if not 1 <= node <= dim:
            raise InputError(f"{what}: node id {node} is outside 1..{dim} (DIMENSION)", path=str(path), line=lineno)
        if not np.isnan(out[node - 1, 0]):
            raise InputError(f"{what}: node {node} appears twice", path=str(path), line=lineno)
        out[node - 1] = [_num(t, path, lineno, what) for t in toks[1:]]
    missing = np.flatnonzero(np.isnan(out[:, 0]))
    if missing.size:
        last = rows[-1][0] if rows else None
        raise InputError(f"{what}: {missing.size} of {dim} nodes missing (first: node {missing[0] + 1}); "
                         "the file may be truncated or DIMENSION wrong", path=str(path), line=last)
    return out


def _explicit_matrix(path: Path, rows, dim: int, fmt: str) -> np.ndarray:
    vals = []
    lines = []
    for lineno, toks in rows:
        for t in toks:
            vals.append(_num(t, path, lineno, "EDGE_WEIGHT_SECTION"))
            lines.append(lineno)
    counts = {
        "FULL_MATRIX": dim * dim,
        "LOWER_ROW": dim * (dim - 1) // 2, "UPPER_ROW": dim * (dim - 1) // 2,
        "LOWER_DIAG_ROW": dim * (dim + 1) // 2, "UPPER_DIAG_ROW": dim * (dim + 1) // 2,
    }
    if fmt not in counts:
        raise InputError(f"EDGE_WEIGHT_FORMAT {fmt} is not supported ({', '.join(counts)} are)", path=str(path))
    need = counts[fmt]
    if len(vals) != need:
        raise InputError(f"EDGE_WEIGHT_SECTION has {len(vals)} values, {fmt} with DIMENSION {dim} needs {need}",
                         path=str(path), line=lines[-1] if lines else None)
    v = np.array(vals)
    if fmt == "FULL_MATRIX":
        return v.reshape(dim, dim)
    m = np.zeros((dim, dim))
    if fmt == "LOWER_ROW":
        m[np.tril_indices(dim, -1)] = v
    elif fmt == "LOWER_DIAG_ROW":
        m[np.tril_indices(dim)] = v
    elif fmt == "UPPER_ROW":
        m[np.triu_indices(dim, 1)] = v
    else:
        m[np.triu_indices(dim)] = v
    return m + m.T - np.diag(np.diag(m))


# -- Solomon / Gehring-Homberger --------------------------------------------

def _read_solomon(path: Path, text: str, convention: str | None) -> Instance:
    lines = text.splitlines()
    name = lines[0].strip() or path.stem
    num_vehicles = capacity = None
    rows = []
    for lineno, raw in enumerate(lines, start=1):
        toks = raw.split()
        if not toks:
            continue
        if toks[0].upper() == "NUMBER":
            # the next non-empty line holds vehicles and capacity
            for k in range(lineno, len(lines)):
                nt = lines[k].split()
                if nt:
                    if len(nt) != 2:
                        raise InputError("expected 'vehicles capacity' below NUMBER CAPACITY", path=str(path), line=k + 1)
                    num_vehicles = _int(nt[0], path, k + 1, "vehicle number")
                    capacity = _num(nt[1], path, k + 1, "capacity")
                    break
            continue
        if re.match(r"^\d", toks[0]) and len(toks) == 7:
            _int(toks[0], path, lineno, "customer number")
            rows.append((lineno, [_num(t, path, lineno, "customer row") for t in toks]))
            if len(rows) > MAX_NODES:
                raise InputError(f"more than {MAX_NODES} nodes", path=str(path), line=lineno)
        elif re.match(r"^-?\d", toks[0]) and len(toks) != 2 and lineno > 5:
            raise InputError(f"customer row: expected 7 fields (no, x, y, demand, ready, due, service), got {len(toks)}",
                             path=str(path), line=lineno)
    if capacity is None:
        raise InputError("not a recognised instance format (no VRPLIB header, no Solomon VEHICLE section)",
                         path=str(path), line=1)
    if len(rows) < 2:
        raise InputError("no customer rows found (the file may be truncated)", path=str(path))
    ids = [int(r[1][0]) for r in rows]
    if ids != list(range(len(rows))):
        k = next(i for i, v in enumerate(ids) if v != i)
        raise InputError(f"customer numbers must run 0, 1, 2, ...; found {ids[k]} where {k} was expected",
                         path=str(path), line=rows[k][0])
    a = np.array([r[1] for r in rows])
    for col, label in ((3, "demand"), (4, "ready time"), (5, "due date"), (6, "service time")):
        neg = np.flatnonzero(a[:, col] < 0)
        if neg.size:
            raise InputError(f"customer {neg[0]}: negative {label} {a[neg[0], col]:g}", path=str(path), line=rows[neg[0]][0])
    over = np.flatnonzero(a[:, 3] > capacity)
    if over.size:
        raise InputError(f"customer {over[0]}: demand {a[over[0], 3]:g} above capacity {capacity:g}",
                         path=str(path), line=rows[over[0]][0])
    bad = np.flatnonzero(a[:, 4] > a[:, 5])
    if bad.size:
        raise InputError(f"customer {bad[0]}: ready time {a[bad[0], 4]:g} after due date {a[bad[0], 5]:g}",
                         path=str(path), line=rows[bad[0]][0])
    coords = a[:, 1:3]
    conv = convention or "trunc1"
    dist = apply_convention(euclidean(coords), conv, inplace=True)
    order = np.arange(len(rows))
    demand = a[:, 3].copy()
    demand[0] = 0
    try:
        return _build(path, name, "vrptw", order, dist=dist, demand=demand, capacity=capacity,
                      num_vehicles=num_vehicles, tw=a[:, 4:6], service=a[:, 6], coords=coords, convention=conv)
    except InputError as exc:
        m = re.search(r"client (\d+)", str(exc))
        line = rows[int(m.group(1))][0] if m and int(m.group(1)) < len(rows) else None
        raise InputError(str(exc).split(": ", 1)[-1], path=str(path), line=line) from None


# -- RRNCO .npz ---------------------------------------------------------------

#: The arrays of an RRNCO ``.npz`` that are read (name -> most dimensions);
#: any other member is ignored, and every one must hold real numbers.
NPZ_ARRAYS = {"distance_matrix": 3, "duration_matrix": 3, "locs": 3, "depot": 2, "demand": 2,
              "demand_linehaul": 2, "capacity": 2, "vehicle_capacity": 2, "time_windows": 3, "service_time": 2}

#: The most array elements read from one ``.npz`` (all arrays together).
MAX_NPZ_ELEMENTS = 64_000_000


def _load_npz(path: Path) -> dict:
    expected = {k: (NUMBERS, nd) for k, nd in NPZ_ARRAYS.items()}
    data = load_npz(path, expected, MAX_NPZ_ELEMENTS, required={"distance_matrix"}, what="instance file")
    _npz_shapes(path, data)
    return data


def _npz_shapes(path: Path, data: dict) -> None:
    """Refuse arrays whose shapes do not fit one batch of square matrices."""
    d = data["distance_matrix"]
    if d.ndim not in (2, 3) or d.shape[-1] != d.shape[-2] or d.shape[-1] < 2 or d.size == 0:
        raise InputError(f"distance_matrix has shape {d.shape}, expected (N, N) or (B, N, N)", path=str(path))
    if d.shape[-1] > MAX_NODES:
        raise InputError(f"distance_matrix: {d.shape[-1]} nodes, the maximum is {MAX_NODES}", path=str(path))
    b, n1 = (1 if d.ndim == 2 else d.shape[0]), d.shape[-1]
    tails = {"duration_matrix": [(n1, n1)], "locs": [(n1, 2), (n1 - 1, 2)], "depot": [(2,)],
             "demand": [(n1,), (n1 - 1,)], "demand_linehaul": [(n1,), (n1 - 1,)], "time_windows": [(n1, 2)],
             "service_time": [(n1,), (n1 - 1,)], "capacity": [(), (1,)], "vehicle_capacity": [(), (1,)]}
    for key, shapes in tails.items():
        if key not in data:
            continue
        shape = data[key].shape
        ok = any(shape == t or (d.ndim == 3 and shape == (b, *t)) for t in shapes)
        ok = ok or (key in ("capacity", "vehicle_capacity") and shape == (b,))
        if not ok:
            raise InputError(f"{key} has shape {shape}, which does not fit distance_matrix {d.shape}",
                             path=str(path))


def _npz_batch(path: Path, data: dict) -> int:
    d = data["distance_matrix"]
    return 1 if d.ndim == 2 else int(d.shape[0])


def read_npz(path, index: int = 0) -> Instance:
    """Read instance ``index`` of an RRNCO test-file ``.npz`` (ATSP, ACVRP or ACVRPTW schema)."""
    path = Path(path)
    data = _load_npz(path)
    b = _npz_batch(path, data)
    if not 0 <= index < b:
        raise InputError(f"index {index} is outside the batch of {b} instance(s)", path=str(path))
    return _npz_instance(path, data, index)


def _pick(data: dict, key: str, b: int, batched_ndim: int):
    if key not in data:
        return None
    v = np.asarray(data[key])
    return v[b] if v.ndim == batched_ndim else v


def _npz_instance(path: Path, data: dict, b: int) -> Instance:
    dist = _pick(data, "distance_matrix", b, 3)
    dur = _pick(data, "duration_matrix", b, 3)
    n1 = dist.shape[0]
    locs = _pick(data, "locs", b, 3)
    depot = _pick(data, "depot", b, 2)
    coords = None
    if locs is not None:
        coords = np.concatenate([depot[None], locs]) if depot is not None else locs
        if coords.shape[0] != n1:
            coords = None
    demand = _pick(data, "demand", b, 2)
    if demand is None:
        demand = _pick(data, "demand_linehaul", b, 2)
    cap = data.get("capacity", data.get("vehicle_capacity"))
    capacity = None
    if cap is not None:
        cap = np.asarray(cap)
        batch = _npz_batch(path, data)
        # (B,), (B, 1) or a scalar for the whole file
        capacity = float(cap.reshape(batch, -1)[b, 0] if cap.size == batch else cap.reshape(-1)[0])
    tw = _pick(data, "time_windows", b, 3)
    service = _pick(data, "service_time", b, 2)
    name = f"{path.stem}[{b}]" if _npz_batch(path, data) > 1 else path.stem
    if demand is not None:
        demand = np.asarray(demand, dtype=np.float64).reshape(-1)
        if demand.shape[0] == n1 - 1:
            demand = np.concatenate([[0.0], demand])
        if capacity is not None and demand.max(initial=0) <= 1.0 and capacity > 1.0 and np.any((demand > 0) & (demand < 1)):
            demand = np.round(demand * capacity, 6)  # rl4co stores demand / capacity
    if service is not None:
        service = np.asarray(service, dtype=np.float64).reshape(-1)
        if service.shape[0] == n1 - 1:
            service = np.concatenate([[0.0], service])
    problem = "vrptw" if tw is not None else ("cvrp" if capacity is not None else "atsp")
    try:
        return Instance(distance=dist, duration=dur, demand=demand if problem != "atsp" else None,
                        capacity=capacity if problem != "atsp" else None,
                        time_windows=tw, service_time=service, coords=coords, convention="raw",
                        name=name, problem=problem)
    except InputError as exc:
        raise InputError(f"instance {b}: {exc}", path=str(path)) from None


def write_npz(path, instances: list[Instance], **extra) -> Path:
    """Write instances of one problem and size in the RRNCO test-file schema.

    ATSP: ``locs``, ``distance_matrix``; ACVRP: ``depot``, ``locs``, ``demand``,
    ``capacity``, ``distance_matrix``; ACVRPTW: ``locs`` (depot first),
    ``distance_matrix``, ``duration_matrix``, ``time_windows``,
    ``service_time``, ``demand_linehaul``, ``vehicle_capacity``.  ``extra``
    arrays are stored as given (e.g. reference costs).
    """
    path = Path(path)
    if not instances:
        raise InputError("nothing to write: no instances")
    problems = {i.problem for i in instances}
    sizes = {i.n_nodes for i in instances}
    if len(problems) != 1 or len(sizes) != 1:
        raise InputError("all instances in one .npz must share problem and size")
    prob = problems.pop()
    locs = np.stack([i.coords if i.coords is not None else np.zeros((i.n_nodes, 2)) for i in instances])
    out: dict[str, np.ndarray] = {"distance_matrix": np.stack([i.distance for i in instances]).astype(np.float32)}
    if prob == "atsp":
        out["locs"] = locs.astype(np.float32)
    elif prob == "cvrp":
        out["depot"] = locs[:, 0].astype(np.float32)
        out["locs"] = locs[:, 1:].astype(np.float32)
        out["demand"] = np.stack([i.demand[1:] for i in instances]).astype(np.float32)
        out["capacity"] = np.array([i.capacity for i in instances], dtype=np.float32)
        if any(not np.allclose(i.duration, i.distance) for i in instances):
            out["duration_matrix"] = np.stack([i.duration for i in instances]).astype(np.float32)
    else:
        out["locs"] = locs.astype(np.float32)
        out["duration_matrix"] = np.stack([i.duration for i in instances]).astype(np.float32)
        out["time_windows"] = np.stack([i.time_windows for i in instances]).astype(np.float32)
        out["service_time"] = np.stack([i.service_time for i in instances]).astype(np.float32)
        out["demand_linehaul"] = np.stack([i.demand[1:] for i in instances]).astype(np.float32)
        out["vehicle_capacity"] = np.array([[i.capacity] for i in instances], dtype=np.float32)
    out.update({k: np.asarray(v) for k, v in extra.items()})
    path.parent.mkdir(parents=True, exist_ok=True)
    with fsio.atomic_path(path) as tmp:
        np.savez_compressed(tmp, **out)
    return path


# -- solutions ---------------------------------------------------------------

def read_solution(path) -> tuple[list[list[int]], float | None]:
    """Routes and stated cost of a VRPLIB ``.sol`` file (client ids ``1..n``)."""
    path = Path(path)
    text = _read_text(path)
    routes, numbers, cost = [], set(), None
    for lineno, line in enumerate(text.splitlines(), start=1):
        s = line.strip()
        if not s:
            continue
        m = _ROUTE_LINE.match(s)
        if m:
            k = int(m.group(1))
            if k in numbers:
                raise InputError(f"route #{k} appears twice", path=str(path), line=lineno)
            numbers.add(k)
            routes.append([_int(t, path, lineno, f"route #{k} client id") for t in m.group(2).split()])
        elif _COST_LINE.match(s):
            if cost is not None:
                raise InputError("a second cost line", path=str(path), line=lineno)
            cost = _num(s.split()[-1], path, lineno, "cost")
        else:
            raise InputError(f"expected 'Route #k: ids' or 'Cost value', got {s[:40]!r}", path=str(path), line=lineno)
    if not routes:
        raise InputError("no 'Route #k:' lines found", path=str(path))
    return routes, cost


_ROUTE_LINE = re.compile(r"route\s*#?\s*(\d{1,9})\s*:(.*)", re.IGNORECASE)
_COST_LINE = re.compile(r"cost\s*:?\s*\S+", re.IGNORECASE)


def write_solution(path, routes, cost: float | None = None) -> Path:
    """Write routes in the VRPLIB ``.sol`` format with ``vrplib.write_solution``.

    Parameters
    ----------
    path
        The ``.sol`` file; it appears complete or not at all.
    routes
        Client ids ``1..n`` per route; empty routes are left out.
    cost
        Written as a ``Cost: value`` line when given.

    Returns
    -------
    Path
        ``path``.
    """
    path = Path(path)
    data = None if cost is None else {"Cost": f"{cost:.10g}"}
    with fsio.atomic_path(path) as tmp:
        vrplib.write_solution(tmp, [[int(v) for v in r] for r in routes if len(r)], data)
    return path


def write_vrplib(path, instance: Instance) -> Path:
    """Write an instance as VRPLIB with an explicit full matrix (round-trips through :func:`read`);
    an instance whose distances come from coordinates
    (:attr:`Instance.implicit`) as coordinates with their ``EDGE_WEIGHT_TYPE``
    (``round`` convention, as CVRPLIB's ``EUC_2D`` is read).

    Instances with depots, vehicle types, pickups, ... (see
    :meth:`Instance.fields_used`) have no VRPLIB form and are refused.
    """
    path = Path(path)
    used = instance.fields_used()
    if used:
        raise InputError(f"{instance.name}: VRPLIB cannot state the field(s) {', '.join(used)}", path=str(path))
    n1 = instance.n_nodes
    typ = {"atsp": "ATSP", "cvrp": "CVRP", "vrptw": "VRPTW"}[instance.problem]
    out = [f"NAME : {instance.name}", f"TYPE : {typ}", f"DIMENSION : {n1}"]
    out += _edge_weights_head(path, instance)
    if instance.capacity is not None:
        out.append(f"CAPACITY : {instance.capacity:g}")
    if instance.num_vehicles is not None and instance.problem != "atsp":
        out.append(f"VEHICLES : {instance.num_vehicles}")
    if not instance.implicit:
        out.append("EDGE_WEIGHT_SECTION")
        out += [" ".join(f"{v:.10g}" for v in row) for row in instance.distance]
    if instance.coords is not None:
        out.append("NODE_COORD_SECTION")
        out += [f"{i + 1} {x:.10g} {y:.10g}" for i, (x, y) in enumerate(instance.coords)]
    if instance.problem != "atsp":
        out.append("DEMAND_SECTION")
        out += [f"{i + 1} {d:g}" for i, d in enumerate(instance.demand)]
    if instance.time_windows is not None:
        out.append("TIME_WINDOW_SECTION")
        out += [f"{i + 1} {a:.10g} {b:.10g}" for i, (a, b) in enumerate(instance.time_windows)]
        out.append("SERVICE_TIME_SECTION")
        out += [f"{i + 1} {s:.10g}" for i, s in enumerate(instance.service_time)]
    out += ["DEPOT_SECTION", "1", "-1", "EOF"]
    return fsio.write_text(path, "\n".join(out) + "\n")


def _edge_weights_head(path: Path, instance: Instance) -> list[str]:
    """The ``EDGE_WEIGHT_*`` lines: explicit, or the coordinate type of an
    implicit instance (refused where reading it back would change its costs)."""
    if not instance.implicit:
        return ["EDGE_WEIGHT_TYPE : EXPLICIT", "EDGE_WEIGHT_FORMAT : FULL_MATRIX"]
    m = instance.distance
    expected = coordinate_convention(m.edge_type, instance.time_windows is not None)
    if m.convention != expected:
        raise InputError(f"{instance.name}: a {m.edge_type} file with these fields is read with the {expected!r} "
                         f"convention, not {m.convention!r}", path=str(path))
    return [f"EDGE_WEIGHT_TYPE : {m.edge_type}"]


def solution_path(instance_path) -> Path | None:
    """The ``.sol`` file beside an instance file, if there is one."""
    p = Path(instance_path)
    s = p.with_suffix(".sol")
    return s if s.exists() else None

