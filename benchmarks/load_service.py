"""A bounded load test of ``nco serve`` on loopback.

Starts a server on a free loopback port with a fresh job database (or uses
``--url``, which must be a loopback address), then sends ``--requests``
mixed requests from ``--clients`` concurrent clients: inline solves of
random CVRPs, jobs (submitted, then polled until they end) and trip plans.
Every solution is checked with :func:`nco.check` on the client's own copy
of the instance; every plan must be feasible.  A 429 (all slots busy) is
retried after its ``Retry-After``; any other non-2xx answer, an infeasible
answer or a transport error counts as an error.  Latency is end to end per
request (429 retries and job polling included); "last try" is the time of
the final attempt alone (for a job: its submission).

    python benchmarks/load_service.py --requests 60 --clients 8

Prints a markdown table (p50/p95/p99 latency, throughput, 429s, errors) and,
with ``--out``, writes the numbers as JSON.  Exit code 1 when any request
ended in an error.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import httpx
import numpy as np

import nco
from nco.fsio import write_text
from nco.instance import euclidean

PROMPTS = ["visit a museum and a bakery tomorrow morning", "a museum, then lunch at a restaurant",
           "go to a park and a cafe in the afternoon"]
KINDS = ("solve", "job", "plan")


def parse_args(argv=None) -> argparse.Namespace:
    """Command-line options."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", help="a running server on loopback (default: start one)")
    p.add_argument("--requests", type=int, default=60, help="requests in all (default 60)")
    p.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    p.add_argument("--mix", default="0.6,0.25,0.15", help="shares of solve,job,plan (default 0.6,0.25,0.15)")
    p.add_argument("--time-limit", type=float, default=0.3, help="seconds per solve and job (default 0.3)")
    p.add_argument("--n-clients", type=int, default=30, help="clients per random CVRP (default 30)")
    p.add_argument("--max-concurrency", type=int, default=2, help="slots of the started server (default 2)")
    p.add_argument("--max-seconds", type=float, default=600, help="stop everything after this (default 600)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", help="write the numbers as JSON here")
    args = p.parse_args(argv)
    if not (1 <= args.requests <= 5000 and 1 <= args.clients <= 64 and 2 <= args.n_clients <= 200):
        p.error("--requests must be 1..5000, --clients 1..64, --n-clients 2..200")
    mix = [float(x) for x in args.mix.split(",")]
    if len(mix) != 3 or min(mix) < 0 or sum(mix) <= 0:
        p.error("--mix needs three non-negative shares")
    args.mix = [m / sum(mix) for m in mix]
    if args.url and not _loopback(args.url):
        p.error("--url must be a loopback address (127.0.0.1, ::1 or localhost)")
    return args


def _loopback(url: str) -> bool:
    host = urlparse(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def random_cvrp(rng: random.Random, n: int) -> dict:
    """A random CVRP as the JSON the service reads."""
    coords = [[rng.randint(0, 1000), rng.randint(0, 1000)] for _ in range(n + 1)]
    demand = [0] + [rng.randint(1, 10) for _ in range(n)]
    return {"coords": coords, "demand": demand, "capacity": 50, "name": f"rand{n}"}


def checked(body: dict, sol: dict) -> bool:
    """Whether ``sol`` is feasible with the cost :func:`nco.check` gives here."""
    c = np.asarray(body["coords"], dtype=float)
    inst = nco.Instance(distance=euclidean(c), demand=body["demand"], capacity=body["capacity"])
    res = nco.check(inst, sol["routes"])
    return bool(res.feasible and sol["feasible"] and abs(res.cost - sol["cost"]) <= 1e-6 * max(1.0, res.cost))


class Load:
    """The shared state of one run: the plan of requests and what came back."""

    def __init__(self, args, base: str):
        self.args, self.base = args, base
        rng = random.Random(args.seed)
        self.kinds = rng.choices(KINDS, weights=args.mix, k=args.requests)
        self.next = 0
        self.lock = threading.Lock()
        self.records: list[dict] = []
        self.deadline = time.monotonic() + args.max_seconds

    def take(self) -> int | None:
        with self.lock:
            if self.next >= len(self.kinds) or time.monotonic() > self.deadline:
                return None
            self.next += 1
            return self.next - 1

    def client(self) -> None:
        """One client: take requests until none are left."""
        with httpx.Client(base_url=self.base, timeout=120) as http:
            while (i := self.take()) is not None:
                rec = {"i": i, "kind": self.kinds[i], "n429": 0, "ok": False, "error": None}
                t0 = time.perf_counter()
                try:
                    rec["ok"] = getattr(self, f"_{rec['kind']}")(http, random.Random(self.args.seed * 100_003 + i),
                                                                  rec)
                except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
                    rec["error"] = f"{type(exc).__name__}: {exc}"[:200]
                rec["s"] = time.perf_counter() - t0
                with self.lock:
                    self.records.append(rec)

    def _post(self, http, rec, path, **kw):
        """POST, retrying 429s after Retry-After until the run's deadline."""
        while True:
            t0 = time.perf_counter()
            r = http.post(path, **kw)
            rec["last_s"] = time.perf_counter() - t0
            if r.status_code != 429 or time.monotonic() > self.deadline:
                return r
            rec["n429"] += 1
            time.sleep(float(r.headers.get("retry-after", "1")) * (0.5 + random.random()))

    def _fail(self, rec, r) -> bool:
        rec["error"] = f"HTTP {r.status_code}: {r.text[:160]}"
        return False

    def _solve(self, http, rng, rec) -> bool:
        body = random_cvrp(rng, self.args.n_clients)
        r = self._post(http, rec, "/solve", json={"instance": body, "time_limit": self.args.time_limit,
                                                  "seed": rec["i"]})
        if r.status_code != 200:
            return self._fail(rec, r)
        return checked(body, r.json()) or self._fail(rec, r)

    def _job(self, http, rng, rec) -> bool:
        body = random_cvrp(rng, self.args.n_clients)
        r = self._post(http, rec, "/jobs", json={"instance": body, "time_limit": self.args.time_limit})
        if r.status_code != 202:
            return self._fail(rec, r)
        url = f"/jobs/{r.json()['id']}"
        while time.monotonic() < self.deadline:
            r = http.get(url)
            if r.status_code != 200:
                return self._fail(rec, r)
            job = r.json()
            if job["status"] in ("done", "failed", "cancelled"):
                return (job["status"] == "done" and checked(body, job["result"])) or self._fail(rec, r)
            time.sleep(0.1)
        rec["error"] = "job still running at the deadline"
        return False

    def _plan(self, http, rng, rec) -> bool:
        body = {"prompt": rng.choice(PROMPTS), "city": "munich", "date": "2026-12-01"}
        r = self._post(http, rec, "/plan", json=body)
        if r.status_code != 200:
            return self._fail(rec, r)
        return bool(r.json().get("feasible")) or self._fail(rec, r)


def summary(records: list[dict], wall: float, args) -> dict:
    """Latency percentiles and counts, per kind and in all."""
    out = {"requests": len(records), "clients": args.clients, "wall_s": round(wall, 2),
           "throughput_rps": round(len(records) / wall, 2) if wall > 0 else None, "kinds": {}}
    for kind in (*KINDS, "all"):
        rs = [r for r in records if kind in ("all", r["kind"])]
        if not rs:
            continue
        ms = np.array([1000 * r["s"] for r in rs])
        last = np.array([1000 * r.get("last_s", r["s"]) for r in rs])
        out["kinds"][kind] = {
            "n": len(rs), "ok": sum(r["ok"] for r in rs), "errors": sum(not r["ok"] for r in rs),
            "retried_429": sum(r["n429"] for r in rs),
            **{f"p{q}_ms": round(float(np.percentile(ms, q)), 1) for q in (50, 95, 99)},
            "last_try_p50_ms": round(float(np.percentile(last, 50)), 1),
            "last_try_p95_ms": round(float(np.percentile(last, 95)), 1),
        }
    out["first_errors"] = [r["error"] for r in records if not r["ok"]][:5]
    return out


def markdown(s: dict) -> str:
    """The summary as a markdown table."""
    lines = [(f"{s['requests']} requests from {s['clients']} clients in {s['wall_s']} s: "
             f"{s['throughput_rps']} requests/s"), "",
             "| kind | n | ok | errors | 429s retried | p50 ms | p95 ms | p99 ms | last try p50 / p95 ms |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for kind, k in s["kinds"].items():
        lines.append(f"| {kind} | {k['n']} | {k['ok']} | {k['errors']} | {k['retried_429']} | {k['p50_ms']} | "
                     f"{k['p95_ms']} | {k['p99_ms']} | {k['last_try_p50_ms']} / {k['last_try_p95_ms']} |")
    return "\n".join(lines)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(tmp: Path, args) -> tuple[subprocess.Popen, str]:
    """``nco serve`` on a free loopback port with a fresh database; its URL."""
    port = _free_port()
    cmd = [sys.executable, "-m", "nco.cli", "serve", "--port", str(port), "--db", str(tmp / "jobs.db"),
           "--max-concurrency", str(args.max_concurrency), "--log-level", "warning"]
    log = open(tmp / "server.log", "wb")  # noqa: SIM115 - the server writes it until stopped
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log)
    url = f"http://127.0.0.1:{port}"
    end = time.monotonic() + 120
    while time.monotonic() < end:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.25)
    proc.kill()
    raise SystemExit("the server did not start:\n" + (tmp / "server.log").read_text()[-2000:])


def run(args) -> dict:
    """Run the load against ``args.url`` or a server started here."""
    with tempfile.TemporaryDirectory(prefix="nco-load-") as tmp:
        proc, base = (None, args.url) if args.url else start_server(Path(tmp), args)
        try:
            load = Load(args, base)
            httpx.post(f"{base}/plan", json={"prompt": PROMPTS[0], "city": "munich"}, timeout=120)  # warm-up
            t0 = time.perf_counter()
            threads = [threading.Thread(target=load.client) for _ in range(args.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            return summary(sorted(load.records, key=lambda r: r["i"]), time.perf_counter() - t0, args)
        finally:
            if proc is not None:
                proc.send_signal(signal.SIGINT)
                try:
                    proc.wait(30)
                except subprocess.TimeoutExpired:
                    proc.kill()


def main(argv=None) -> int:
    args = parse_args(argv)
    s = run(args)
    s["command"] = "python benchmarks/load_service.py " + " ".join(sys.argv[1:] if argv is None else argv)
    s["cpus"] = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(markdown(s))
    if s["first_errors"]:
        print("errors:", *s["first_errors"], sep="\n  ")
    if args.out:
        write_text(args.out, json.dumps(s, indent=2) + "\n")
    return 1 if any(k["errors"] for k in s["kinds"].values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
