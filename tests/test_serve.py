"""nco serve: inline solves, the job lifecycle, restart recovery, limits and bad requests."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

import nco

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient

from nco.cli import main as cli_main
from nco.service.app import create_app
from nco.service.core import Settings

ROOT = Path(__file__).resolve().parents[1]
X101 = ROOT / "data" / "bench" / "cvrp" / "X" / "X-n101-k25.vrp"
SMALL = {"coords": [[0, 0], [1, 0], [0, 1], [1, 1], [2, 2], [3, 1]], "demand": [0, 1, 1, 1, 1, 2], "capacity": 3,
         "name": "small"}


def _app(tmp_path, **kw):
    base = {"db": str(tmp_path / "jobs.db"), "max_concurrency": 2, "max_time_limit": 20.0, "max_clients": 200,
                "max_body": 100_000}
    base.update(kw)
    return create_app(Settings(**base))


@pytest.fixture
def client(tmp_path):
    with TestClient(_app(tmp_path)) as c:
        yield c


def _instance_of(body: dict) -> nco.Instance:
    from nco.service.schemas import InstanceIn, build_instance

    return build_instance(InstanceIn.model_validate_json(json.dumps(body)), 10**6)


def _assert_checked(inst, sol: dict) -> None:
    res = nco.check(inst, sol["routes"])
    assert sol["checked"] is True
    assert sol["feasible"] is True and res.feasible
    assert sol["cost"] == pytest.approx(res.cost)


def test_solve_json_inline(client):
    r = client.post("/solve", json={"instance": SMALL, "time_limit": 0.5, "seed": 1})
    assert r.status_code == 200, r.text
    sol = r.json()
    assert sol["instance"] == "small" and sol["n_clients"] == 5
    _assert_checked(_instance_of(SMALL), sol)


def test_solve_matrix_with_time_windows(client):
    d = [[0, 2, 3, 4], [2, 0, 2, 3], [3, 2, 0, 2], [4, 3, 2, 0]]
    body = {"distance": d, "time_windows": [[0, 100], [0, 10], [5, 20], [0, 50]], "service_time": [0, 1, 1, 1],
            "demand": [0, 1, 1, 1], "capacity": 2, "num_vehicles": 2}
    r = client.post("/solve", json={"instance": body, "method": "ortools", "time_limit": 1})
    assert r.status_code == 200, r.text
    _assert_checked(_instance_of(body), r.json())


def test_solve_vrplib_text(client):
    r = client.post("/solve", params={"time_limit": 0.5, "method": "pyvrp"}, content=X101.read_bytes(),
                    headers={"content-type": "text/plain"})
    assert r.status_code == 200, r.text
    sol = r.json()
    assert sol["instance"] == "X-n101-k25" and sol["method"] == "pyvrp"
    _assert_checked(nco.read(X101), sol)


def _wait(client, job_id, until, timeout=30.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        job = client.get(f"/jobs/{job_id}").json()
        if until(job):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not get there in {timeout} s: {job}")


def test_job_lifecycle(client):
    r = client.post("/jobs", json={"instance": SMALL, "iterations": 50, "time_limit": 5})
    assert r.status_code == 202, r.text
    job_id = r.json()["id"]
    job = _wait(client, job_id, lambda j: j["status"] in ("done", "failed", "cancelled"))
    assert job["status"] == "done", job
    assert job["attempts"] == 1 and job["error"] is None
    assert job["progress"]["elapsed_s"] >= 0
    _assert_checked(_instance_of(SMALL), job["result"])
    assert client.delete(f"/jobs/{job_id}").status_code == 409


def test_cancel_running_job_keeps_best(client):
    text = X101.read_text()
    r = client.post("/jobs", params={"time_limit": 15, "method": "pyvrp"}, content=text,
                    headers={"content-type": "text/plain"})
    job_id = r.json()["id"]
    _wait(client, job_id, lambda j: j["status"] == "running" and j["progress"]["best_cost"] is not None)
    r = client.delete(f"/jobs/{job_id}")
    assert r.status_code == 200, r.text
    job = _wait(client, job_id, lambda j: j["status"] != "running", timeout=10)
    assert job["status"] == "cancelled"
    assert job["result"]["interrupted"] is True
    assert job["result"]["runtime_s"] < 14
    _assert_checked(nco.read(X101), job["result"])


def test_cancel_queued_job(client):
    # two slots: jobs take one, so the second job waits
    long = {"instance": SMALL, "method": "ga", "time_limit": 15}
    first = client.post("/jobs", json=long).json()["id"]
    _wait(client, first, lambda j: j["status"] == "running")
    second = client.post("/jobs", json=long).json()["id"]
    job = client.get(f"/jobs/{second}").json()
    assert job["status"] == "queued", job
    job = client.delete(f"/jobs/{second}").json()
    assert job["status"] == "cancelled" and job["result"] is None and "before it started" in job["error"], job
    # cancel once the first job has a solution to keep (a loaded machine starts workers slowly)
    _wait(client, first, lambda j: (j.get("progress") or {}).get("best_cost") is not None, timeout=20)
    client.delete(f"/jobs/{first}")
    job = _wait(client, first, lambda j: j["status"] != "running", timeout=20)
    assert job["status"] == "cancelled" and job["result"]["interrupted"] is True, job


def test_busy_slots_give_429(tmp_path):
    with TestClient(_app(tmp_path, max_concurrency=1)) as c:
        svc = c.app.state.service
        svc.acquire()
        try:
            r = c.post("/solve", json={"instance": SMALL, "time_limit": 0.2})
            assert r.status_code == 429 and "slots are busy" in r.json()["error"]
            assert r.headers["retry-after"] == "1"
            assert c.post("/plan", json={"prompt": "a museum"}).status_code == 429
        finally:
            svc.release()
        assert c.post("/solve", json={"instance": SMALL, "time_limit": 0.2}).status_code == 200


def test_full_queue_gives_429(tmp_path):
    with TestClient(_app(tmp_path, max_queue=1, max_concurrency=1)) as c:
        c.app.state.service.acquire()  # nothing starts: the job stays queued
        try:
            assert c.post("/jobs", json={"instance": SMALL, "time_limit": 0.2}).status_code == 202
            r = c.post("/jobs", json={"instance": SMALL, "time_limit": 0.2})
            assert r.status_code == 429 and "queue is full" in r.json()["error"]
        finally:
            c.app.state.service.release()


BIG_VRPLIB = "NAME: big\nTYPE: CVRP\nDIMENSION: 1000001\nEDGE_WEIGHT_TYPE: EUC_2D\nCAPACITY: 10\nNODE_COORD_SECTION\n1 0 0\n"

#: (what, request kwargs, status, words the error must contain)
BAD = [
    ("malformed JSON", {"content": b'{"instance": ', "headers": {"content-type": "application/json"}}, 422,
     "not valid JSON"),
    ("JSON that is not an object", {"json": [1, 2]}, 422, "body"),
    ("empty body", {"content": b"", "headers": {"content-type": "application/json"}}, 422, "empty"),
    ("wrong type", {"json": {"instance": {**SMALL, "capacity": "three"}}}, 422, "instance.capacity"),
    ("boolean demand", {"json": {"instance": {**SMALL, "demand": [0, True, 1, 1, 1, 2]}}}, 422, "demand"),
    ("unknown key", {"json": {"instance": SMALL, "timelimit": 3}}, 422, "timelimit: Extra inputs"),
    ("unknown instance key", {"json": {"instance": {**SMALL, "vehicles": 3}}}, 422, "instance.vehicles"),
    ("negative time limit", {"json": {"instance": SMALL, "time_limit": -1}}, 422, "time_limit"),
    ("time limit above the maximum", {"json": {"instance": SMALL, "time_limit": 1e6}}, 422, "maximum of 20"),
    ("zero iterations", {"json": {"instance": SMALL, "iterations": 0}}, 422, "iterations"),
    ("unknown method", {"json": {"instance": SMALL, "method": "magic"}}, 422, "method"),
    ("no matrix, no coordinates", {"json": {"instance": {"demand": [0, 1]}}}, 422, "give 'distance' or 'coords'"),
    ("ragged matrix", {"json": {"instance": {"distance": [[0, 1], [1]]}}}, 422, "square"),
    ("demand above capacity", {"json": {"instance": {**SMALL, "demand": [0, 9, 1, 1, 1, 1]}}}, 422,
     "above the vehicle capacity"),
    ("too many clients (JSON)", {"json": {"instance": {"coords": [[i, i] for i in range(300)]}}}, 422,
     "299 clients, this server accepts at most 200"),
    ("10^6 clients (VRPLIB)", {"content": BIG_VRPLIB, "headers": {"content-type": "text/plain"}}, 422,
     "1000000 clients, this server accepts at most 200"),
    ("500 clients (VRPLIB)", {"content": BIG_VRPLIB.replace("1000001", "501"), "headers": {"content-type": "text/plain"}},
     422, "500 clients, this server accepts at most 200"),
    ("10^6 clients (too large a body)", {"json": {"instance": {"coords": [[0, 0]] * 30_000}}}, 413,
     "limit of 100000 bytes"),
    ("binary VRPLIB", {"content": b"\x00\x01\x02", "headers": {"content-type": "text/plain"}}, 422, "binary"),
    ("bad VRPLIB", {"content": "NAME: x\nTYPE: CVRP\nDIMENSION: two\n", "headers": {"content-type": "text/plain"}},
     422, "VRPLIB body: line 3: DIMENSION"),
    ("query options with JSON", {"json": {"instance": SMALL}, "params": {"time_limit": 1}}, 422, "in the body"),
    ("unknown content type", {"content": b"x", "headers": {"content-type": "application/xml"}}, 415,
     "application/json or text/plain"),
]


@pytest.mark.parametrize("what, kwargs, status, words", BAD, ids=[b[0] for b in BAD])
def test_bad_solve_requests(client, what, kwargs, status, words):
    for path in ("/solve", "/jobs"):
        r = client.post(path, **kwargs)
        assert r.status_code == status, (path, r.text)
        err = r.json()["error"]
        assert words in err and "\n" not in err, err
    assert client.get("/health").json()["status"] == "ok"


def test_bad_plan_and_job_requests(client):
    r = client.post("/plan", json={"prompt": "a museum", "city": "atlantis"})
    assert r.status_code == 422 and "unknown city" in r.json()["error"]
    r = client.post("/plan", json={"prompt": "x" * 5000})
    assert r.status_code == 422 and r.json()["error"].startswith("prompt:")
    r = client.post("/plan", json={"prompt": "a museum", "date": "tomorrow"})
    assert r.status_code == 422 and "YYYY-MM-DD" in r.json()["error"]
    assert client.get("/jobs/nope").status_code == 404
    assert client.delete("/jobs/nope").status_code == 404
    assert client.get("/no-such-route").status_code == 404


def test_api_key(tmp_path):
    with TestClient(_app(tmp_path, api_key="s3cret")) as c:
        r = c.post("/solve", json={"instance": SMALL, "time_limit": 0.2})
        assert r.status_code == 401 and "X-API-Key" in r.json()["error"]
        assert c.get("/jobs/x", headers={"X-API-Key": "wrong"}).status_code == 401
        assert c.post("/plan", json={"prompt": "a museum"}).status_code == 401
        r = c.post("/solve", json={"instance": SMALL, "time_limit": 0.2}, headers={"X-API-Key": "s3cret"})
        assert r.status_code == 200
        assert c.get("/openapi.json").status_code == 200


def test_plan_matches_cli_json(client):
    body = {"prompt": "visit a museum and a bakery tomorrow morning", "city": "munich", "date": "2026-12-01"}
    r = client.post("/plan", json=body)
    assert r.status_code == 200, r.text
    import datetime as dt

    want = json.loads(nco.plan_trip(body["prompt"], city="munich", parser="offline",
                                    today=dt.date(2026, 12, 1)).to_json())
    got = r.json()
    assert set(got) == set(want)
    assert got["request"] == want["request"] and got["feasible"] == want["feasible"]


def test_routes_matches_cli_json(client):
    body = {"city": "munich", "from": [11.5660, 48.1390], "to": [11.5850, 48.1330], "k": 2}
    r = client.post("/routes", json=body)
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["context"] == {"hour": 8.0, "familiar": False, "weekday": 2}
    assert 1 <= len(got["routes"]) <= 2 and got["routes"][0]["rank"] == 1
    bad = [({**body, "city": "atlantis"}, "unknown city"), ({**body, "from": [0, 0]}, "outside the network"),
           ({**body, "to": [1, 2, 3]}, "to: List should have at most 2 items"), ({**body, "k": 0}, "k:"),
           ({**body, "hour": "8"}, "hour:"), ({**body, "via": [1, 2]}, "via: Extra inputs")]
    for req, words in bad:
        r = client.post("/routes", json=req)
        assert r.status_code == 422 and words in r.json()["error"], (req, r.text)


def test_openapi_documents_both_bodies(client):
    doc = client.get("/openapi.json").json()
    assert {"/solve", "/jobs", "/jobs/{job_id}", "/plan", "/routes"} <= set(doc["paths"])
    content = doc["paths"]["/solve"]["post"]["requestBody"]["content"]
    assert {"application/json", "text/plain"} <= set(content)
    assert {"SolveRequest", "InstanceIn", "PlanRequest"} <= set(doc["components"]["schemas"])
    assert client.get("/docs").status_code == 200


def test_cli_refuses_bad_settings(capsys):
    assert cli_main(["serve", "--port", "0"]) == 2
    assert cli_main(["serve", "--max-concurrency", "0", "--db", ":memory:"]) == 2
    err = capsys.readouterr().err
    assert "--port must be 1 to 65535" in err and "max-concurrency must be a positive integer" in err


def test_cli_without_the_serve_extra(monkeypatch, capsys, tmp_path):
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    assert cli_main(["serve", "--db", str(tmp_path / "jobs.db")]) == 2
    err = capsys.readouterr().err
    assert "pip install 'nco[serve]'" in err and len(err.strip().splitlines()) == 1


def test_store_requeues_then_fails_with_reason(tmp_path):
    from nco.service.store import JobStore

    store = JobStore(str(tmp_path / "jobs.db"))
    job_id = store.add({"kind": "json"})
    assert store.claim_next()["id"] == job_id
    assert store.recover(max_attempts=2) == {"requeued": [job_id], "failed": []}
    job = store.get(job_id)
    assert job["status"] == "queued" and job["note"] == "re-queued: the server stopped during attempt 1"
    assert store.claim_next()["attempts"] == 2
    store.close()
    store = JobStore(str(tmp_path / "jobs.db"))  # as after a restart
    assert store.recover(max_attempts=2) == {"requeued": [], "failed": [job_id]}
    job = store.get(job_id)
    assert job["status"] == "failed" and "stopped during each of 2 attempts" in job["error"]
    assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.slow  # starting Ray takes 10 to 20 s on two shared cores
def test_ray_backend_solves_and_cancels(tmp_path):
    ray = pytest.importorskip("ray")
    with TestClient(_app(tmp_path, backend="ray")) as c:
        r = c.post("/solve", json={"instance": SMALL, "time_limit": 0.5})
        assert r.status_code == 200, r.text
        _assert_checked(_instance_of(SMALL), r.json())
        job_id = c.post("/jobs", json={"instance": SMALL, "method": "ga", "time_limit": 20}).json()["id"]
        _wait(c, job_id, lambda j: j["status"] == "running")
        assert c.delete(f"/jobs/{job_id}").status_code == 200
        job = _wait(c, job_id, lambda j: j["status"] != "running")
        assert job["status"] == "cancelled" and job["result"] is None and "Ray" in job["error"], job
    ray.shutdown()


# -- a real server, killed with SIGKILL ----------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(db: Path, port: int, log: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "nco.cli", "serve", "--port", str(port), "--db", str(db), "--max-concurrency", "3"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=open(log, "ab"), cwd=ROOT)  # noqa: SIM115
    import httpx

    end = time.monotonic() + 60
    while time.monotonic() < end:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("the server did not start: " + log.read_text()[-2000:])


def test_sigkill_loses_no_job(tmp_path):
    import httpx

    db, log, port = tmp_path / "jobs.db", tmp_path / "server.log", _free_port()
    url = f"http://127.0.0.1:{port}"
    proc = _start(db, port, log)
    try:
        ids = [httpx.post(f"{url}/jobs", json={"instance": {**SMALL, "name": f"j{k}"}, "method": "ga",
                                                "time_limit": 1.0, "seed": k}).json()["id"] for k in range(10)]
        end = time.monotonic() + 30
        while sum(httpx.get(f"{url}/jobs/{i}").json()["status"] == "running" for i in ids) < 2:
            assert time.monotonic() < end, "no two jobs running"
            time.sleep(0.05)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    proc = _start(db, port, log)
    try:
        end = time.monotonic() + 90
        jobs = []
        while time.monotonic() < end:
            jobs = [httpx.get(f"{url}/jobs/{i}").json() for i in ids]
            if all(j["status"] in ("done", "failed", "cancelled") for j in jobs):
                break
            time.sleep(0.3)
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(30)
    assert [j["id"] for j in jobs] == ids
    rerun = [j for j in jobs if j["note"] and j["note"].startswith("re-queued")]
    assert len(rerun) >= 2, jobs
    for j in jobs:
        assert j["status"] in ("done", "failed"), j
        if j["status"] == "done":
            _assert_checked(_instance_of({**SMALL, "name": "x"}), j["result"])
        else:
            assert j["error"]
    for j in rerun:
        assert j["attempts"] == 2
    lines = [json.loads(s) for s in log.read_text().splitlines() if s.strip()]
    assert any(e["event"] == "start" and e["requeued"] >= 2 for e in lines)
    assert any(e["event"] == "request" and e["path"] == "/jobs" for e in lines)
