"""The service without HTTP: settings, solve slots, the job dispatcher, plans.

At most ``max_concurrency`` solves and plans run at once (the slots); a
request that finds every slot busy is refused (HTTP 429) rather than
queued, except jobs, which wait in the database until a slot is free.  Jobs
take at most ``max_concurrency - 1`` slots (when there are two or more), so
that inline solves always have one.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import time
from dataclasses import dataclass

from nco import roads
from nco.errors import InputError
from nco.instance import Instance
from nco.planner.plan import plan_trip
from nco.service.logs import log
from nco.service.runner import Cancelled, Handle, SolveFailed, make_runner
from nco.service.schemas import (
    InstanceIn,
    PlanRequest,
    RoutesRequest,
    build_instance,
    parse_vrplib,
    solution_json,
)
from nco.service.store import FINAL, JobStore
from nco.solution import Solution

#: A limit no stored request is checked against again (it was checked when submitted).
_NO_LIMIT = 10**9


@dataclass
class Settings:
    """Limits and wiring of one server (the options of ``nco serve``)."""

    db: str = "jobs.db"
    api_key: str | None = None
    max_concurrency: int = 2
    max_body: int = 10 * 1024**2
    max_clients: int = 1000
    max_time_limit: float = 60.0
    default_time_limit: float = 5.0
    max_queue: int = 1000
    max_attempts: int = 2
    backend: str = "local"
    address: str | None = None

    def validate(self) -> Settings:
        """Check every limit; :class:`InputError` names the bad one."""
        for name in ("max_concurrency", "max_body", "max_clients", "max_queue", "max_attempts"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int) or v < 1:
                raise InputError(f"{name.replace('_', '-')} must be a positive integer, got {v!r}")
        for name in ("max_time_limit", "default_time_limit"):
            v = getattr(self, name)
            if not isinstance(v, (int, float)) or not 0 < v < float("inf"):
                raise InputError(f"{name.replace('_', '-')} must be a positive number of seconds, got {v!r}")
        if self.backend not in ("local", "ray"):
            raise InputError(f"backend must be local or ray, got {self.backend!r}")
        if self.api_key is not None and not self.api_key.strip():
            raise InputError("api-key must not be empty")
        return self


class Busy(Exception):
    """Every slot (or the job queue) is full."""


class Service:
    """Solves, jobs and plans behind the HTTP layer.

    Parameters
    ----------
    settings
        The server's :class:`Settings`.
    """

    def __init__(self, settings: Settings):
        self.settings = settings.validate()
        self.store = JobStore(settings.db)
        self.runner = make_runner(settings.backend, settings.address)
        self.slots = threading.BoundedSemaphore(settings.max_concurrency)
        self.job_slots = max(1, settings.max_concurrency - 1)
        self._lock = threading.Lock()
        self._plan_lock = threading.Lock()
        self.running_jobs = 0
        self.handles: dict[str, Handle] = {}
        self.wake = threading.Event()
        self.stopping = threading.Event()
        self._dispatcher: threading.Thread | None = None

    # -- lifecycle -----------------------------------------------------------
    def start(self) -> dict:
        """Recover jobs a previous run left running and start the dispatcher."""
        rec = self.store.recover(self.settings.max_attempts)
        log("start", backend=self.runner.name, db=self.settings.db, requeued=len(rec["requeued"]),
            failed=len(rec["failed"]), queued=self.store.count("queued"))
        threading.Thread(target=self.runner.warm, name="nco-warm", daemon=True).start()
        self._dispatcher = threading.Thread(target=self._dispatch, name="nco-jobs", daemon=True)
        self._dispatcher.start()
        return rec

    def stop(self) -> None:
        """Stop taking jobs.  Jobs still running stay ``running`` in the
        database and are re-queued by the next start."""
        self.stopping.set()
        self.wake.set()
        if self._dispatcher is not None:
            self._dispatcher.join(5)
        log("stop", running=self.running_jobs)

    # -- slots ---------------------------------------------------------------
    def acquire(self) -> None:
        """Take a slot or raise :class:`Busy`."""
        if not self.slots.acquire(blocking=False):
            raise Busy(f"all {self.settings.max_concurrency} solve slots are busy; retry shortly")

    def release(self) -> None:
        """Give a slot back and let the dispatcher look for work."""
        self.slots.release()
        self.wake.set()

    # -- inline work ---------------------------------------------------------
    def solve(self, instance: Instance, job: dict) -> Solution:
        """Solve now in a worker (the caller holds a slot); checked here."""
        raw = self.runner.run(instance, job)
        return checked(instance, raw)

    def plan(self, req: PlanRequest) -> dict:
        """The JSON of ``nco plan --json`` for ``req`` (the caller holds a slot)."""
        today = _date(req.date)
        with self._plan_lock:  # the planner caches road graphs; one plan at a time
            plan = plan_trip(req.prompt, city=req.city, parser=req.parser, today=today,
                             n_candidates=req.alternatives)
        return json.loads(plan.to_json())

    def routes(self, req: RoutesRequest) -> dict:
        """The JSON of ``nco routes --json`` for ``req`` (the caller holds a slot)."""
        # nco.routes needs scipy and torch (the CCN ranker): loaded on the
        # first /routes request, so the server starts fast
        from nco.routes import alternatives, rank
        from nco.routes.cli import to_json

        with self._plan_lock:  # road graphs are cached and shared with the planner
            graph = roads.load(roads.city_extract(req.city))
            cands = alternatives(graph, tuple(req.origin), tuple(req.destination), k=req.k)
            ranking = rank(cands, {"hour": req.hour, "familiar": req.familiar, "weekday": req.weekday})
            return to_json(cands, ranking)

    # -- jobs ----------------------------------------------------------------
    def submit(self, request: dict) -> str:
        """Store a job (``request`` as :func:`load_request` reads it); its id."""
        if self.store.count("queued") >= self.settings.max_queue:
            raise Busy(f"the job queue is full ({self.settings.max_queue} jobs waiting); retry later")
        job_id = self.store.add(request)
        log("job.submit", job=job_id)
        self.wake.set()
        return job_id

    def handle(self, job_id: str) -> Handle:
        """The cancel handle of a job (made on first use)."""
        with self._lock:
            return self.handles.setdefault(job_id, Handle())

    def cancel(self, job_id: str, wait_s: float = 10.0) -> dict | None:
        """Cancel a job; a running one keeps its best solution so far.

        Returns
        -------
        dict or None
            The job after the cancel settled (or after ``wait_s``), ``None``
            when there is no such job.
        """
        job = self.store.get(job_id)
        if job is None or job["status"] in FINAL:
            return job
        if job["status"] == "queued" and self.store.cancel_queued(job_id):
            log("job.cancel", job=job_id, was="queued")
            return self.store.get(job_id)
        self.handle(job_id).cancel()
        log("job.cancel", job=job_id, was="running")
        end = time.monotonic() + wait_s
        while time.monotonic() < end:
            job = self.store.get(job_id)
            if job["status"] in FINAL:
                break
            time.sleep(0.05)
        return job

    def _dispatch(self) -> None:
        while not self.stopping.is_set():
            self.wake.wait(0.5)
            self.wake.clear()
            while not self.stopping.is_set() and self.store.count("queued") and self._take_slot_for_job():
                job = self.store.claim_next()
                if job is None:
                    self._job_done()
                    break
                threading.Thread(target=self._run_job, args=(job,), name=f"job-{job['id'][:8]}",
                                 daemon=True).start()

    def _take_slot_for_job(self) -> bool:
        with self._lock:
            if self.running_jobs >= self.job_slots or not self.slots.acquire(blocking=False):
                return False
            self.running_jobs += 1
            return True

    def _job_done(self) -> None:
        with self._lock:
            self.running_jobs -= 1
        self.release()

    def _run_job(self, job: dict) -> None:
        job_id = job["id"]
        t0 = time.monotonic()
        log("job.start", job=job_id, attempt=job["attempts"])
        status, result, error = "failed", None, None
        try:
            inst, kw = load_request(job["request"])
            handle = self.handle(job_id)
            raw = self.runner.run(inst, kw, on_progress=lambda e, c: self.store.progress(job_id, e, c),
                                  handle=handle)
            result = solution_json(checked(inst, raw))
            status = "cancelled" if handle.cancelled else "done"
            if handle.cancelled:
                error = "cancelled; the result is the best solution found before the cancel"
        except Cancelled as exc:
            status, error = "cancelled", str(exc)
        except (SolveFailed, InputError) as exc:
            error = str(exc)
        except Exception as exc:  # a job must end in a final state whatever happens  # noqa: BLE001
            error = f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
            log("job.error", logging.ERROR, job=job_id, error=error)
        finally:
            if not self.stopping.is_set():
                self.store.finish(job_id, status, result, error)
                log("job.end", job=job_id, status=status, s=round(time.monotonic() - t0, 3),
                    cost=None if result is None else result["cost"])
            with self._lock:
                self.handles.pop(job_id, None)
            self._job_done()


def checked(instance: Instance, raw: dict) -> Solution:
    """A solution whose cost and feasibility :func:`nco.check` computed here."""
    return Solution.from_routes(instance, raw["routes"], method=raw["method"], runtime_s=raw["runtime_s"],
                                **raw["info"])


def load_request(request: dict) -> tuple[Instance, dict]:
    """The instance and solve options of a stored job request.

    ``request`` is ``{"kind": "json", "instance": {...}, "options": {...}}``
    or ``{"kind": "vrplib", "text": "...", "options": {...}}``; the options
    are keyword arguments of :func:`nco.solve`.
    """
    if request.get("kind") == "vrplib":
        inst = parse_vrplib(request["text"], _NO_LIMIT)
    else:
        inst = build_instance(InstanceIn.model_validate_json(json.dumps(request["instance"])), _NO_LIMIT)
    return inst, dict(request["options"])


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"date must be YYYY-MM-DD, got {text[:20]!r}") from None
