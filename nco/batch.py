"""``nco.solve_many``: solve many instances at once, on local processes or on Ray.

Every worker solves with :func:`nco.solve`; the routes come back to the
calling process, where :func:`nco.check` computes their cost and feasibility
again, so a result never rests on a worker's word.  Results are returned in
input order whatever order the workers finish in.

For results that do not depend on how busy a worker is, give ``iterations``
(and no ``time_limit``): a seeded run then gives the same routes on every
backend and every machine.  With a time limit, ``clock="process"`` counts
each worker's CPU seconds rather than wall-clock seconds, which keeps runs
closer when workers share cores (see :mod:`nco.budget`).

The local backend starts its workers with ``forkserver`` (or ``spawn``), so a
script that calls :func:`solve_many` must do so under
``if __name__ == "__main__":``.

>>> import nco
>>> insts = [nco.read(p) for p in paths]
>>> sols = nco.solve_many(insts, iterations=200, backend="local", workers=2)
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
from pathlib import Path

from tqdm.auto import tqdm

from nco.errors import InputError
from nco.instance import Instance
from nco.io import read
from nco.solution import Solution
from nco.solve import solve

#: Backends :func:`solve_many` knows.
BACKENDS = ("local", "ray", "serial")


def solve_many(instances, method: str | None = None, time_limit: float | None = None,
               iterations: int | None = None, seed: int = 0, backend: str = "local",
               address: str | None = None, workers: int | None = None, progress: bool = True,
               clock: str = "wall", **options) -> list[Solution]:
    """Solve ``instances``, in parallel, and return checked solutions in input order.

    Parameters
    ----------
    instances
        A sequence of :class:`nco.Instance` objects or instance file paths.
    method, time_limit, seed
        As in :func:`nco.solve`, for every instance.
    iterations
        Iteration limit per instance; without ``time_limit`` the results
        are the same on every backend.
    backend
        ``"local"`` (a process pool on this machine), ``"ray"`` (Ray tasks;
        needs ``pip install 'nco[ray]'``) or ``"serial"`` (this process, one
        after another).
    address
        Ray cluster address (``"auto"``, ``"ray://host:10001"``); ``None``
        starts a local Ray instance.  Only with ``backend="ray"``.
    workers
        Processes for the local backend, or CPUs of a new local Ray
        instance; default: the number of CPUs.
    progress
        Show a tqdm progress bar.
    clock
        ``"wall"`` or ``"process"`` (CPU seconds of each worker).
    **options
        Passed to the solver.

    Returns
    -------
    list of Solution
        One per instance, in input order; costs and feasibility come from
        :func:`nco.check` run in this process.

    Raises
    ------
    InputError
        On a bad argument, an unreadable instance, a missing Ray, or a
        failed solve (naming the instance).
    """
    insts = _instances(instances)
    workers = _check_backend(backend, address, workers)
    job = dict(method=method, time_limit=time_limit, iterations=iterations, seed=int(seed), clock=clock,
               **options)
    if not insts:
        return []
    with tqdm(total=len(insts), desc=f"solve_many[{backend}]", unit="inst", disable=not progress) as bar:
        if backend == "serial":
            raw = _run_serial(insts, job, bar)
        elif backend == "local":
            raw = _run_local(insts, job, bar, workers)
        else:
            raw = _run_ray(insts, job, bar, workers, address)
    return [_checked(inst, r) for inst, r in zip(insts, raw)]


def _check_backend(backend: str, address, workers) -> int:
    """Refuse an unknown backend or a misplaced address; the number of workers."""
    if backend not in BACKENDS:
        raise InputError(f"backend must be one of {', '.join(BACKENDS)}, got {backend!r}")
    if address is not None and backend != "ray":
        raise InputError("address is only used with backend='ray'")
    return _workers(workers)


def solve_routes(instance: Instance, job: dict) -> dict:
    """Solve one instance in a worker and return what the caller needs.

    Parameters
    ----------
    instance
        The instance.
    job
        Keyword arguments of :func:`nco.solve`.

    Returns
    -------
    dict
        ``routes``, ``method``, ``runtime_s`` and ``info`` (JSON-friendly).
    """
    sol = solve(instance, **job)
    return {"routes": sol.routes, "method": sol.method, "runtime_s": sol.runtime_s, "info": dict(sol.info)}


def _checked(instance: Instance, raw: dict) -> Solution:
    """A :class:`Solution` whose cost and feasibility come from :func:`nco.check` here."""
    return Solution.from_routes(instance, raw["routes"], method=raw["method"], runtime_s=raw["runtime_s"],
                                **raw["info"])


def _instances(items) -> list[Instance]:
    if isinstance(items, (str, bytes, Path, Instance)):
        raise InputError("instances must be a list of instances or paths, not a single one")
    try:
        seq = list(items)
    except TypeError:
        raise InputError(f"instances must be a list of instances or paths, got {type(items).__name__}") from None
    out = []
    for i, x in enumerate(seq):
        if isinstance(x, Instance):
            out.append(x)
        elif isinstance(x, (str, Path)):
            out.append(read(x))
        else:
            raise InputError(f"instances[{i}]: expected an nco.Instance or a path, got {type(x).__name__}")
    return out


def _workers(workers) -> int:
    if workers is None:
        return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise InputError(f"workers must be a positive integer, got {workers!r}")
    return workers


def _fail(i: int, inst: Instance, exc: BaseException) -> InputError:
    msg = " ".join(str(exc).split())[:300] or type(exc).__name__
    return InputError(f"instance {i} ({inst.name}): solve failed: {msg}")


def _run_serial(insts: list[Instance], job: dict, bar) -> list[dict]:
    out = []
    for i, inst in enumerate(insts):
        try:
            out.append(solve_routes(inst, job))
        except Exception as exc:  # reported with the instance
            raise _fail(i, inst, exc) from exc
        bar.update(1)
    return out


def pool_context():
    """The multiprocessing context of worker pools: ``forkserver`` where the
    platform has it (fast starts, no fork of a threaded parent), else
    ``spawn``."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _run_local(insts: list[Instance], job: dict, bar, workers: int) -> list[dict]:
    out: list[dict | None] = [None] * len(insts)
    n = min(workers, len(insts))
    with cf.ProcessPoolExecutor(max_workers=n, mp_context=pool_context()) as pool:
        futs = {pool.submit(solve_routes, inst, job): i for i, inst in enumerate(insts)}
        try:
            for fut in cf.as_completed(futs):
                i = futs[fut]
                try:
                    out[i] = fut.result()
                except Exception as exc:  # reported with the instance
                    raise _fail(i, insts[i], exc) from exc
                bar.update(1)
        except BaseException:
            for f in futs:
                f.cancel()
            raise
    return out


def import_ray():
    """Import Ray, or raise a one-line :class:`InputError` saying how to install it."""
    try:
        import ray  # optional extra: imported only for the Ray backend
    except ImportError:
        raise InputError("backend 'ray' needs Ray: pip install 'nco[ray]'") from None
    return ray


def ray_init(ray, address: str | None, workers: int | None) -> None:
    """Connect to the Ray cluster at ``address``, or start a local one with
    ``workers`` CPUs; nothing when Ray is already initialised."""
    if ray.is_initialized():
        return
    kw = {"address": address} if address else {"num_cpus": workers}
    ray.init(ignore_reinit_error=True, include_dashboard=False, log_to_driver=False,
             configure_logging=False, **kw)


def _run_ray(insts: list[Instance], job: dict, bar, workers: int, address: str | None) -> list[dict]:
    ray = import_ray()
    ray_init(ray, address, workers)
    task = ray.remote(num_cpus=1, max_retries=0)(solve_routes)
    job_ref = ray.put(job)
    refs = [task.remote(inst, job_ref) for inst in insts]
    index = {r: i for i, r in enumerate(refs)}
    out: list[dict | None] = [None] * len(insts)
    pending = list(refs)
    try:
        while pending:
            ready, pending = ray.wait(pending, num_returns=1)
            for r in ready:
                i = index[r]
                try:
                    out[i] = ray.get(r)
                except Exception as exc:  # reported with the instance
                    raise _fail(i, insts[i], exc) from exc
                bar.update(1)
    except BaseException:
        for r in pending:
            ray.cancel(r, force=True)
        raise
    return out
