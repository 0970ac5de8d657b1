"""Durable jobs: one SQLite table in WAL mode.

A job is ``queued`` until a worker slot takes it (``running``), then
``done``, ``failed`` (with a reason) or ``cancelled`` (with the best
solution found before the cancel, when there was one).  Every change is
committed before the service answers, so a killed server loses nothing:
:meth:`JobStore.recover` re-queues the jobs that were running, or marks them
failed with the reason once they have been tried ``max_attempts`` times.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid

#: Job states; the last three are final.
STATES = ("queued", "running", "done", "failed", "cancelled")
FINAL = ("done", "failed", "cancelled")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    request TEXT NOT NULL,
    created REAL NOT NULL,
    started REAL,
    finished REAL,
    attempts INTEGER NOT NULL DEFAULT 0,
    best_cost REAL,
    elapsed REAL,
    result TEXT,
    error TEXT,
    note TEXT
);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs (status, created);
"""


class JobStore:
    """Jobs in an SQLite database, safe to use from several threads.

    Parameters
    ----------
    path
        Database file (created when missing), or ``":memory:"``.
    """

    def __init__(self, path: str):
        self.path = str(path)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    def _exec(self, sql: str, args=()) -> sqlite3.Cursor:
        with self._lock:
            return self._db.execute(sql, args)

    def add(self, request: dict) -> str:
        """Store a new queued job for ``request`` (JSON-friendly) and return its id."""
        job_id = uuid.uuid4().hex
        self._exec("INSERT INTO jobs (id, status, request, created) VALUES (?, 'queued', ?, ?)",
                   (job_id, json.dumps(request), time.time()))
        return job_id

    def get(self, job_id: str) -> dict | None:
        """The job as a dict (``request`` and ``result`` decoded), or ``None``."""
        row = self._exec("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        if row is None:
            return None
        job = dict(row)
        job["request"] = json.loads(job["request"])
        job["result"] = None if job["result"] is None else json.loads(job["result"])
        return job

    def claim_next(self) -> dict | None:
        """Mark the oldest queued job running (one more attempt) and return it."""
        with self._lock:
            row = self._db.execute("SELECT id FROM jobs WHERE status = 'queued' ORDER BY created LIMIT 1").fetchone()
            if row is None:
                return None
            self._db.execute("UPDATE jobs SET status = 'running', started = ?, attempts = attempts + 1, "
                             "best_cost = NULL, elapsed = NULL WHERE id = ?", (time.time(), row["id"]))
        return self.get(row["id"])

    def progress(self, job_id: str, elapsed: float, best_cost: float) -> None:
        """Record the best cost so far of a running job."""
        self._exec("UPDATE jobs SET elapsed = ?, best_cost = ? WHERE id = ? AND status = 'running'",
                   (float(elapsed), float(best_cost), job_id))

    def finish(self, job_id: str, status: str, result: dict | None = None, error: str | None = None) -> None:
        """Set a final state, with the solution JSON or the reason."""
        if status not in FINAL:
            raise ValueError(f"not a final state: {status}")
        cost = None if result is None else result.get("cost")
        self._exec("UPDATE jobs SET status = ?, finished = ?, result = ?, error = ?, "
                   "best_cost = COALESCE(?, best_cost) WHERE id = ?",
                   (status, time.time(), None if result is None else json.dumps(result), error, cost, job_id))

    def cancel_queued(self, job_id: str) -> bool:
        """Cancel a job that has not started; whether it was still queued."""
        cur = self._exec("UPDATE jobs SET status = 'cancelled', finished = ?, error = 'cancelled before it started' "
                         "WHERE id = ? AND status = 'queued'", (time.time(), job_id))
        return cur.rowcount == 1

    def count(self, status: str) -> int:
        """How many jobs are in ``status``."""
        return int(self._exec("SELECT COUNT(*) FROM jobs WHERE status = ?", (status,)).fetchone()[0])

    def recover(self, max_attempts: int) -> dict:
        """After a restart: re-queue the jobs that were running, or fail them
        with the reason once they have had ``max_attempts`` attempts.

        Returns
        -------
        dict
            ``{"requeued": [...ids], "failed": [...ids]}``.
        """
        out = {"requeued": [], "failed": []}
        with self._lock:
            rows = self._db.execute("SELECT id, attempts FROM jobs WHERE status = 'running'").fetchall()
            for row in rows:
                n = row["attempts"]
                if n < max_attempts:
                    self._db.execute("UPDATE jobs SET status = 'queued', note = ? WHERE id = ?",
                                     (f"re-queued: the server stopped during attempt {n}", row["id"]))
                    out["requeued"].append(row["id"])
                else:
                    self._db.execute("UPDATE jobs SET status = 'failed', finished = ?, error = ? WHERE id = ?",
                                     (time.time(), (f"the server stopped during each of {n} attempts; "
                                      "not retried"), row["id"]))
                    out["failed"].append(row["id"])
        return out
