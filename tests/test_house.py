"""One house: no private access across modules, no import cycles, one copy
of each shared helper.

Import cycles are searched over *every* import statement of ``nco``, also
those inside functions: a function-level import hides a cycle from the
interpreter, not from the reader, and the cycle breaks at import time as
soon as the import moves to the top of its module.  Imports under
``if TYPE_CHECKING:`` never run and are left out, and so is the implicit
import of a parent package (``import nco.a.b`` runs ``nco/a/__init__.py``),
which would tie every package to the submodules it re-exports.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: Cycles among modules that others are changing now; each set is allowed
#: (or any part of it), nothing else is.
KNOWN_CYCLES: list[set[str]] = []

#: (module, imported private name) pairs that others are changing now.
KNOWN_PRIVATE_IMPORTS: set[tuple[str, str]] = set()


#: package -> its folder in the repository (``solvers/`` installs as ``nco.solvers``)
PACKAGE_DIRS = {"nco": "nco", "nco.solvers": "solvers"}


def _modules() -> dict[str, Path]:
    out = {}
    for package, folder in PACKAGE_DIRS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = list(path.relative_to(ROOT / folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            out[".".join([package, *parts])] = path
    return out


def _is_type_checking(node: ast.AST) -> bool:
    test = node.test if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(node: ast.AST):
    """Every Import / ImportFrom node under ``node`` that can run (not under TYPE_CHECKING)."""
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        yield node
        return
    children = node.orelse if _is_type_checking(node) else ast.iter_child_nodes(node)
    for child in children:
        yield from _imports(child)


def _imported_names(module: str, path: Path):
    """``(target, name)`` of each import in ``module``: the dotted name the
    statement names (``name`` is ``None`` for plain ``import``)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from ((alias.name, None) for alias in node.names)
            continue
        base = node.module or ""
        if node.level:
            parts = package.split(".")[: len(package.split(".")) - node.level + 1]
            base = ".".join(parts + ([base] if base else []))
        yield from ((base, alias.name) for alias in node.names)


def _resolve(name: str, modules) -> str | None:
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def import_graph() -> dict[str, set[str]]:
    """Module -> the ``nco`` modules it imports."""
    modules = _modules()
    graph = {}
    for module, path in modules.items():
        deps = set()
        for base, name in _imported_names(module, path):
            full = f"{base}.{name}" if name else base
            deps.add(full if full in modules else _resolve(base, modules))
        graph[module] = deps - {None, module}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle (``a -> b -> ... -> a``) per strongly connected component of
    more than one module."""
    index, low, stack, on, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = set()
            while v not in comp:
                w = stack.pop()
                on.discard(w)
                comp.add(w)
            if len(comp) > 1:
                found.append(_path_in(graph, comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _path_in(graph, comp: set[str]) -> list[str]:
    """A shortest cycle through the first module of ``comp``, inside ``comp``."""
    start = min(comp)
    prev, todo = {start: None}, [start]
    while todo:
        v = todo.pop(0)
        for w in sorted(graph[v] & comp):
            if w == start:
                path = [v]
                while prev[path[-1]] is not None:
                    path.append(prev[path[-1]])
                return path[::-1] + [start]
            if w not in prev:
                prev[w] = v
                todo.append(w)
    raise AssertionError(f"no cycle in {comp}")


def test_no_private_member_access_across_modules():
    pytest.importorskip("ruff")
    res = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "SLF001", "nco", "solvers"],
                         cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_no_private_names_imported_from_other_modules():
    bad = []
    for module, path in _modules().items():
        for base, name in _imported_names(module, path):
            if base.split(".")[0] == "nco" and name and re.fullmatch(r"_[^_]\w*", name):
                if (module, name) not in KNOWN_PRIVATE_IMPORTS:
                    bad.append(f"{module}: from {base} import {name}")
    assert not bad, "\n".join(bad)


def test_no_import_cycles():
    new = [c for c in cycles(import_graph()) if not any(set(c) <= known for known in KNOWN_CYCLES)]
    assert not new, "import cycles: " + "; ".join(" -> ".join(c) for c in new)


def test_cycle_search_finds_and_names_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def _defs(pattern: str) -> list[str]:
    rx = re.compile(rf"^\s*def {pattern}\(", re.M)
    files = sorted([*(ROOT / "nco").rglob("*.py"), *(ROOT / "solvers").rglob("*.py")])
    return [str(p.relative_to(ROOT)) for p in files for _ in rx.finditer(p.read_text(encoding="utf-8"))]


def test_one_great_circle_distance():
    assert _defs(r"\w*haversine\w*") == ["nco/geo.py"]
    assert _defs(r"\w*bearing\w*") == ["nco/geo.py"]


def test_one_actions_to_routes():
    assert _defs("actions_to_routes") == ["nco/envs/actions.py"]


def test_one_make_env_and_one_load_city():
    # nco/neural/fasttrain.py keeps its own make_env until its owner renames it
    assert [p for p in _defs("make_env") if p != "nco/neural/fasttrain.py"] == ["nco/envs/registry.py"]
    assert _defs("load_city") == ["nco/data/cities.py"]


#: Project modules a function body may import (exact names): each pulls a
#: heavy library when imported, so the modules that need them only in some
#: functions (and ``nco``, the CLI and its ``--help`` with them) do not pay
#: for it.  Times: ``python -X importtime -c "import nco, <module>"``, the
#: module's own cumulative time, best of two, 2 shared CPU cores.
LAZY_MODULES = {
    "nco.envs.registry": "torch, tensordict, rl4co, lightning: 6.9 s",
    "nco.envs.acvrp": "as nco.envs.registry",
    "nco.envs.acvrptw": "as nco.envs.registry",
    "nco.envs.atsp": "as nco.envs.registry",
    "nco.envs.generator": "torch, tensordict",
    "nco.neural.model": "torch, rl4co: 8.6 s",
    "nco.neural.network": "torch: 2.4-4.4 s",
    "nco.neural.infer": "torch: 2.4-4.4 s",
    "nco.neural.envs": "torch, rl4co (through nco.envs): 10.9 s",
    "nco.neural.decode": "torch: 2.4-4.4 s",
    "nco.routes.ccn": "torch, lightning: 5.7 s",
    "nco.routes.baselines": "torch, lightning (through nco.routes.ccn): 5.7-10.7 s",
    "nco.routes": "scipy and the route features: 0.4 s on every `nco plan`, which needs it for one method",
    "nco.routes.cli": "runs nco/routes/__init__.py: as nco.routes",
    "nco.routes.alternatives": "runs nco/routes/__init__.py: as nco.routes",
    "nco.service.app": "fastapi, pydantic and the planner: 0.8 s, for `nco serve --help`",
}

def _function_imports(module: str, path: Path):
    """``(line, target)`` of each import inside a function body of ``module``
    (``target``: the dotted name it names, ``a.b`` for ``from a.b import c``)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def walk(node, in_function):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield from walk(child, True)
            elif in_function and isinstance(child, (ast.Import, ast.ImportFrom)):
                yield child
            elif not _is_type_checking(child):
                yield from walk(child, in_function)

    for node in walk(ast.parse(path.read_text(encoding="utf-8")), False):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
            continue
        base = node.module or ""
        if node.level:
            parts = package.split(".")[: len(package.split(".")) - node.level + 1]
            base = ".".join(parts + ([base] if base else []))
        yield from ((node.lineno, f"{base}.{alias.name}") for alias in node.names)


def _lazy_ok(target: str) -> bool:
    return target in LAZY_MODULES


def test_function_bodies_import_only_heavy_project_modules():
    modules = _modules()
    bad = []
    for module, path in modules.items():
        rel = path.relative_to(ROOT).as_posix()
        for line, target in _function_imports(module, path):
            name = _resolve(target, modules)  # ``from nco import roads`` names the module nco.roads
            if name is not None and not _lazy_ok(name):
                bad.append(f"{rel}:{line}: {name} (move it to the module top, or add it to LAZY_MODULES)")
    assert not bad, "\n".join(bad)


def test_function_import_check_finds_a_project_import(tmp_path):
    src = tmp_path / "m.py"
    src.write_text("def f():\n    from nco import checker\n    import torch\n    from nco.neural.model import x\n")
    found = [(line, _resolve(t, _modules())) for line, t in _function_imports("nco.m", src)]
    assert found == [(2, "nco.checker"), (3, None), (4, "nco.neural.model")]
    assert not _lazy_ok("nco.checker") and _lazy_ok("nco.neural.model") and not _lazy_ok("nco.neural")


def test_every_package_folder_is_installed():
    """A folder with an ``__init__.py`` that pyproject.toml does not list is left out of the wheel."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "nco").rglob("__init__.py")}
    assert found <= listed, f"not in pyproject.toml [tool.setuptools] packages: {sorted(found - listed)}"
