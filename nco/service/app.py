"""The HTTP layer of ``nco serve``: FastAPI routes, limits, API key, access log.

Every error is JSON ``{"error": "<one line>"}`` (422 answers add
``detail``, pydantic's list of problems): 400 unreadable body, 401 missing
or wrong API key, 404 unknown job or route, 409 a job already finished,
413 body too large, 415 unknown content type, 422 invalid request, 429 all
slots busy (with ``Retry-After``), 500 a solve that failed.
"""

from __future__ import annotations

import hmac
import time
import uuid
from contextlib import asynccontextmanager

# FastAPI and pydantic-json-schema are part of the optional ``serve`` extra:
# this module is imported only by ``nco serve`` and its tests.
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from pydantic.json_schema import models_json_schema

from nco.errors import InputError
from nco.service.core import Busy, Service, Settings
from nco.service.logs import log
from nco.service.runner import SolveFailed
from nco.service.schemas import (
    PlanRequest,
    RoutesRequest,
    SolveOptions,
    SolveRequest,
    build_instance,
    parse_vrplib,
    solution_json,
    solve_kwargs,
)

#: Paths open without an API key (the docs cannot send a header from a browser).
OPEN_PATHS = ("/docs", "/openapi.json", "/health")
#: Content types read as VRPLIB text.
TEXT_TYPES = ("text/plain", "text/x-vrplib", "application/x-vrplib")


class ApiError(Exception):
    """An answer other than 2xx with a one-line reason."""

    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers


def _error(status: int, message: str, headers=None, **extra) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status, headers=headers)


def summarize(errors: list[dict]) -> str:
    """One line for a list of pydantic errors: the first, and how many more."""
    if not errors:
        return "invalid request"
    e = errors[0]
    loc = ".".join(str(p) for p in e.get("loc", ()) if p != "body")
    msg = e.get("msg", "invalid")
    if e.get("type") == "json_invalid":
        return f"body is not valid JSON ({e.get('ctx', {}).get('error', msg)})"
    more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
    return f"{loc or 'body'}: {msg}{more}"


# -- pure ASGI middleware -----------------------------------------------------
class BodyLimit:
    """413 for a body above ``max_body`` bytes, with or without Content-Length."""

    def __init__(self, app, max_body: int):
        self.app, self.max_body = app, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length")
        too_big = _error(413, f"request body above this server's limit of {self.max_body} bytes")
        if length is not None:
            if not length.isdigit():
                return await _error(400, "Content-Length is not a number")(scope, receive, send)
            if int(length) > self.max_body:
                return await too_big(scope, receive, send)
            return await self.app(scope, receive, send)
        chunks, size, more = [], 0, True
        while more:
            msg = await receive()
            if msg["type"] != "http.request":
                return
            chunks.append(msg.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_body:
                return await too_big(scope, receive, send)
            more = msg.get("more_body", False)
        body, sent = b"".join(chunks), False

        async def replay():
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        return await self.app(scope, replay, send)


class ApiKey:
    """401 unless the ``X-API-Key`` header holds the key (when one is set)."""

    def __init__(self, app, key: str | None):
        self.app, self.key = app, key

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or self.key is None or scope["path"] in OPEN_PATHS:
            return await self.app(scope, receive, send)
        given = dict(scope["headers"]).get(b"x-api-key", b"")
        if not hmac.compare_digest(given, self.key.encode()):
            what = "missing" if not given else "wrong"
            return await _error(401, f"API key {what}: send it in the X-API-Key header",
                                {"WWW-Authenticate": "X-API-Key"})(scope, receive, send)
        return await self.app(scope, receive, send)


class AccessLog:
    """One JSON log line per request: method, path, status, milliseconds."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        t0, status = time.perf_counter(), [500]
        rid = uuid.uuid4().hex[:12]

        async def send_status(msg):
            if msg["type"] == "http.response.start":
                status[0] = msg["status"]
                msg.setdefault("headers", []).append((b"x-request-id", rid.encode()))
            await send(msg)

        try:
            await self.app(scope, receive, send_status)
        finally:
            client = scope.get("client") or ("", 0)
            log("request", method=scope["method"], path=scope["path"], status=status[0], id=rid,
                ms=round(1000 * (time.perf_counter() - t0), 1), client=client[0])


# -- request bodies -----------------------------------------------------------
def _options_from_query(method, time_limit, iterations, seed) -> dict:
    return {k: v for k, v in (("method", method), ("time_limit", time_limit), ("iterations", iterations),
                              ("seed", seed)) if v is not None}


def _validate(model, data, json_text: bool = False):
    try:
        return model.model_validate_json(data) if json_text else model.model_validate(data)
    except ValidationError as exc:
        errs = exc.errors(include_url=False)
        raise ApiError(422, summarize(errs)) from None


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("latin-1")


async def read_solve(request: Request, settings: Settings, query: dict):
    """Instance, :func:`nco.solve` options and the storable request of a
    ``/solve`` or ``/jobs`` body (JSON, or VRPLIB text with options in the query)."""
    body = await request.body()
    ctype = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if ctype in TEXT_TYPES:
        opts = _validate(SolveOptions, query)
        text = _text(body)
        if "\x00" in text[:4096]:
            raise ApiError(422, "VRPLIB body: binary content, not text")
        inst = await run_in_threadpool(parse_vrplib, text, settings.max_clients)
        stored = {"kind": "vrplib", "text": text}
    elif ctype == "application/json" or ctype.endswith("+json"):
        if query:
            raise ApiError(422, f"with a JSON body, put {', '.join(sorted(query))} in the body, not the query")
        if not body.strip():
            raise ApiError(422, "body is empty: send an instance as JSON or VRPLIB text")
        req = _validate(SolveRequest, body, json_text=True)
        opts = req
        inst = await run_in_threadpool(build_instance, req.instance, settings.max_clients)
        stored = {"kind": "json", "instance": req.instance.model_dump(mode="json")}
    else:
        raise ApiError(415, f"content type {ctype[:60]!r}: send application/json or text/plain (VRPLIB)")
    kw = solve_kwargs(opts, settings.max_time_limit, settings.default_time_limit)
    stored["options"] = kw
    return inst, kw, stored


def _job_view(job: dict) -> dict:
    """The public form of a stored job."""
    now = time.time()
    end = job["finished"] or (now if job["status"] == "running" else None)
    elapsed = None if job["started"] is None or end is None else round(end - job["started"], 3)
    return {
        "id": job["id"], "status": job["status"], "attempts": job["attempts"],
        "created": job["created"], "started": job["started"], "finished": job["finished"],
        "progress": {"best_cost": job["best_cost"], "elapsed_s": elapsed,
                     "solver_elapsed_s": job["elapsed"]},
        "result": job["result"], "error": job["error"], "note": job["note"],
    }


_BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/SolveRequest"}},
            "text/plain": {"schema": {"type": "string", "description": "a VRPLIB, TSPLIB or Solomon file; "
                                      "options in the query"}},
        },
    },
}


def create_app(settings: Settings, service: Service | None = None) -> FastAPI:
    """The FastAPI application of one server.

    Parameters
    ----------
    settings
        Limits, database and backend (:class:`Settings`).
    service
        An existing :class:`Service` (tests); default: a new one.

    Returns
    -------
    FastAPI
    """
    svc = service or Service(settings)

    @asynccontextmanager
    async def lifespan(app):
        svc.start()
        yield
        svc.stop()

    app = FastAPI(title="nco", summary="Vehicle routing and trip planning as a service",
                  description=__doc__, version="0.1.0", lifespan=lifespan)
    app.state.service = svc
    app.add_middleware(BodyLimit, max_body=settings.max_body)
    app.add_middleware(ApiKey, key=settings.api_key)
    app.add_middleware(AccessLog)
    _add_error_handlers(app)
    _add_routes(app, svc)
    _add_openapi(app)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request, exc: ApiError):
        return _error(exc.status, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request, exc: RequestValidationError):
        errs = [{k: e[k] for k in ("loc", "msg", "type") if k in e} for e in exc.errors()]
        return _error(422, summarize(errs), detail=errs)

    @app.exception_handler(InputError)
    async def bad_input(request, exc: InputError):
        return _error(422, str(exc))

    @app.exception_handler(Busy)
    async def busy(request, exc: Busy):
        return _error(429, str(exc), {"Retry-After": "1"})

    @app.exception_handler(SolveFailed)
    async def failed(request, exc: SolveFailed):
        return _error(500, f"solve failed: {exc}")

    @app.exception_handler(HTTPException)
    async def http_error(request, exc: HTTPException):
        return _error(exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def internal(request, exc: Exception):
        log("internal-error", 40, path=request.url.path, error=f"{type(exc).__name__}: {exc}"[:300])
        return _error(500, f"internal error: {type(exc).__name__}")


def _add_routes(app: FastAPI, svc: Service) -> None:
    settings = svc.settings
    q_method = Query(None, description="solver (VRPLIB bodies only)")
    q_tl = Query(None, description="seconds (VRPLIB bodies only)")
    q_it = Query(None, description="iteration limit (VRPLIB bodies only)")
    q_seed = Query(None, description="random seed (VRPLIB bodies only)")

    @app.get("/health", summary="liveness, slots and queue")
    async def health():
        return {"status": "ok", "backend": svc.runner.name, "max_concurrency": settings.max_concurrency,
                "running_jobs": svc.running_jobs, "queued_jobs": svc.store.count("queued")}

    @app.post("/solve", summary="solve now; the checked solution", openapi_extra=_BODY_DOC)
    async def solve(request: Request, method: str | None = q_method, time_limit: float | None = q_tl,
                    iterations: int | None = q_it, seed: int | None = q_seed):
        svc.acquire()
        try:
            inst, kw, _ = await read_solve(request, settings, _options_from_query(method, time_limit,
                                                                                  iterations, seed))
            sol = await run_in_threadpool(svc.solve, inst, kw)
        finally:
            svc.release()
        return solution_json(sol)

    @app.post("/jobs", status_code=202, summary="queue a solve; its id at once", openapi_extra=_BODY_DOC)
    async def submit(request: Request, method: str | None = q_method, time_limit: float | None = q_tl,
                     iterations: int | None = q_it, seed: int | None = q_seed):
        _, _, stored = await read_solve(request, settings, _options_from_query(method, time_limit,
                                                                               iterations, seed))
        job_id = await run_in_threadpool(svc.submit, stored)
        return {"id": job_id, "status": "queued", "url": f"/jobs/{job_id}"}

    @app.get("/jobs/{job_id}", summary="status, progress and result of a job")
    async def get_job(job_id: str):
        job = await run_in_threadpool(svc.store.get, job_id)
        if job is None:
            raise ApiError(404, f"no job {job_id[:64]!r}")
        return _job_view(job)

    @app.delete("/jobs/{job_id}", summary="cancel a job; a running one keeps its best solution so far")
    async def cancel_job(job_id: str):
        before = await run_in_threadpool(svc.store.get, job_id)
        if before is None:
            raise ApiError(404, f"no job {job_id[:64]!r}")
        if before["status"] in ("done", "failed", "cancelled"):
            raise ApiError(409, f"job {job_id} is already {before['status']}")
        job = await run_in_threadpool(svc.cancel, job_id)
        return _job_view(job)

    _add_city_routes(app, svc)


def _add_city_routes(app: FastAPI, svc: Service) -> None:
    """``/plan`` and ``/routes``: the planner and the route ranker on a bundled city."""

    @app.post("/plan", summary="plan a trip from a prompt (the JSON of `nco plan --json`)")
    async def plan(req: PlanRequest):
        return await _in_slot(svc, svc.plan, req)

    @app.post("/routes", summary="alternative routes between two points, ranked (`nco routes --json`)")
    async def routes(req: RoutesRequest):
        return await _in_slot(svc, svc.routes, req)


async def _in_slot(svc: Service, fn, req):
    """``fn(req)`` in a worker thread while holding one of the service's slots."""
    svc.acquire()
    try:
        return await run_in_threadpool(fn, req)
    finally:
        svc.release()


def _add_openapi(app: FastAPI) -> None:
    """Add the JSON body schemas of ``/solve`` and ``/jobs`` (read by hand,
    to accept VRPLIB text too) to the generated OpenAPI document."""
    base = app.openapi

    def openapi():
        if app.openapi_schema is None:
            doc = base()
            _, top = models_json_schema([(SolveRequest, "validation")],
                                        ref_template="#/components/schemas/{model}")
            doc.setdefault("components", {}).setdefault("schemas", {}).update(top.get("$defs", {}))
            app.openapi_schema = doc
        return app.openapi_schema

    app.openapi = openapi
