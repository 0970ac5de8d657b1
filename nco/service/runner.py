"""Where the service's solves run: a fresh worker process per solve, or a Ray task.

Each local solve runs in its own process started by a ``forkserver`` that
has already imported nco and the solvers, so a start costs milliseconds and
the server's event loop never waits on a solve.  The worker solves with
:func:`nco.solve` (``interruptible=True``): a cancel sends it SIGINT and it
returns the best routes found so far.  Routes come back over a pipe and the
server checks them with :func:`nco.check` (:func:`nco.batch.solve_many`
does the same).
"""

from __future__ import annotations

import os
import signal
import threading
import time

from nco.batch import import_ray, pool_context, ray_init, solve_routes
from nco.errors import InputError
from nco.instance import Instance

#: Seconds a worker may run past its time limit (imports, conversion, the
#: answer) before it is killed.
GRACE_S = 30.0
#: Seconds between two progress messages of a worker.
PROGRESS_EVERY_S = 0.25
#: Modules the forkserver imports once, so that each worker starts warm.
PRELOAD = ["nco", "nco.batch", "nco.solvers", "nco.solvers.pyvrp_solver", "nco.solvers.ga",
           "nco.solvers.construct"]


class SolveFailed(RuntimeError):
    """A solve that ended without routes (the message says why, in one line)."""


class Cancelled(SolveFailed):
    """A solve cancelled before it had any routes."""


class Handle:
    """Lets another thread cancel one running solve."""

    def __init__(self):
        self._lock = threading.Lock()
        self.cancelled = False
        self._stop = None

    def attach(self, stop) -> None:
        """Set how to stop the solve; runs it at once if already cancelled."""
        with self._lock:
            self._stop = stop
            run = self.cancelled
        if run:
            stop()

    def cancel(self) -> None:
        """Ask the solve to stop and return its best routes."""
        with self._lock:
            self.cancelled = True
            stop = self._stop
        if stop is not None:
            stop()


def _one_line(exc: BaseException) -> str:
    return (" ".join(str(exc).split())[:300]) or type(exc).__name__


def _worker(instance: Instance, job: dict, conn) -> None:
    """Body of a worker process: solve, send progress and then the routes."""
    os.setsid()  # a Ctrl-C at the server's terminal is the server's, not the solve's
    last = [0.0]

    def send(msg) -> None:
        try:
            conn.send(msg)
        except OSError:  # the server is gone (killed): nobody wants the answer
            os._exit(0)

    def progress(elapsed, best):
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY_S:
            last[0] = now
            send(("progress", float(elapsed), float(best)))

    try:
        send(("ready",))  # from here on a SIGINT stops the search and keeps its best
        out = solve_routes(instance, dict(job, progress=progress, interruptible=True))
        send(("done", out))
    except KeyboardInterrupt:
        send(("cancelled", "cancelled before the search started"))
    except Exception as exc:  # any failure goes back as one line  # noqa: BLE001
        send(("invalid", _one_line(exc)) if isinstance(exc, InputError)
             else ("error", f"{type(exc).__name__}: {_one_line(exc)}"))
    finally:
        conn.close()


class LocalRunner:
    """Runs each solve in a fresh worker process on this machine."""

    name = "local"

    def __init__(self):
        self.ctx = pool_context()
        if self.ctx.get_start_method() == "forkserver":
            self.ctx.set_forkserver_preload(PRELOAD)

    def warm(self) -> None:
        """Start the forkserver now (it imports nco and the solvers once), so
        that the first request does not wait for it."""
        proc = self.ctx.Process(target=_noop, daemon=True)
        proc.start()
        proc.join(60)

    def run(self, instance: Instance, job: dict, on_progress=None, handle: Handle | None = None) -> dict:
        """Solve in a worker; block until it answers.

        Parameters
        ----------
        instance
            The instance.
        job
            Keyword arguments of :func:`nco.solve` (with a ``time_limit``).
        on_progress
            Optional ``on_progress(elapsed_s, best_cost)``.
        handle
            Optional :class:`Handle` to cancel the solve from another thread.

        Returns
        -------
        dict
            What :func:`nco.batch.solve_routes` returns.

        Raises
        ------
        Cancelled, SolveFailed
        """
        recv, send = self.ctx.Pipe(duplex=False)
        proc = self.ctx.Process(target=_worker, args=(instance, job, send), daemon=True)
        proc.start()
        send.close()
        gate = _Gate(proc)
        if handle is not None:
            handle.attach(gate.stop)
        try:
            msg = _wait(proc, recv, time.monotonic() + (job.get("time_limit") or 0) + GRACE_S, on_progress, gate)
        finally:
            recv.close()
            if proc.is_alive():
                proc.kill()
            proc.join(5)
        return _outcome(msg, proc.exitcode)


def _noop() -> None:
    """A worker that does nothing (see :meth:`LocalRunner.warm`)."""


def _signal(proc, sig) -> None:
    try:
        if proc.pid is not None and proc.is_alive():
            os.kill(proc.pid, sig)
    except (ProcessLookupError, ValueError):
        pass


class _Gate:
    """Sends a worker SIGINT on cancel, but only once it said it is ready:
    a SIGINT during its start would kill it without an answer."""

    def __init__(self, proc):
        self.proc, self.lock = proc, threading.Lock()
        self.ready = self.wanted = False

    def stop(self) -> None:
        with self.lock:
            self.wanted = True
            if self.ready:
                _signal(self.proc, signal.SIGINT)

    def open(self) -> None:
        with self.lock:
            self.ready = True
            if self.wanted:
                _signal(self.proc, signal.SIGINT)


def _wait(proc, recv, deadline: float, on_progress, gate: _Gate):
    """The worker's last message, forwarding progress; ``None`` if it died silently."""
    while True:
        if recv.poll(0.1):
            try:
                msg = recv.recv()
            except EOFError:
                return None
            if msg[0] == "ready":
                gate.open()
            elif msg[0] != "progress":
                return msg
            elif on_progress is not None:
                on_progress(msg[1], msg[2])
        elif not proc.is_alive() and not recv.poll(0):
            return None
        elif time.monotonic() > deadline:
            return ("error", "the worker ran past its time limit and was stopped")


def _outcome(msg, exitcode) -> dict:
    if msg is None:
        raise SolveFailed(f"the worker process exited without an answer (exit code {exitcode})")
    kind, payload = msg
    if kind == "done":
        return payload
    if kind == "cancelled":
        raise Cancelled(payload)
    if kind == "invalid":  # the solver refused the request: the client's to fix (422)
        raise InputError(payload)
    raise SolveFailed(payload)


class RayRunner:
    """Runs each solve as a Ray task (no progress; a cancel keeps no routes).

    Parameters
    ----------
    address
        Ray cluster address; ``None`` starts a local Ray instance.
    """

    name = "ray"

    def __init__(self, address: str | None = None):
        self.ray = import_ray()
        ray_init(self.ray, address, None)
        self.task = self.ray.remote(num_cpus=1, max_retries=0)(solve_routes)

    def warm(self) -> None:
        """Nothing to start: Ray is running."""

    def run(self, instance: Instance, job: dict, on_progress=None, handle: Handle | None = None) -> dict:
        """Solve in a Ray task; same contract as :meth:`LocalRunner.run`."""
        ref = self.task.remote(instance, job)
        if handle is not None:
            handle.attach(lambda: self.ray.cancel(ref, force=True))
        try:
            return self.ray.get(ref, timeout=(job.get("time_limit") or 0) + GRACE_S)
        except self.ray.exceptions.TaskCancelledError:
            raise Cancelled("cancelled (a Ray task keeps no routes when cancelled)") from None
        except self.ray.exceptions.GetTimeoutError:
            self.ray.cancel(ref, force=True)
            raise SolveFailed("the Ray task ran past its time limit and was stopped") from None
        except self.ray.exceptions.RayError as exc:
            if handle is not None and handle.cancelled:
                raise Cancelled("cancelled (a Ray task keeps no routes when cancelled)") from None
            raise SolveFailed(f"Ray task failed: {_one_line(exc)}") from None


def make_runner(backend: str, address: str | None = None):
    """The runner for ``backend`` (``"local"`` or ``"ray"``)."""
    if backend == "local":
        return LocalRunner()
    if backend == "ray":
        return RayRunner(address)
    raise InputError(f"backend must be local or ray, got {backend!r}")


__all__ = ["Cancelled", "Handle", "LocalRunner", "RayRunner", "SolveFailed", "make_runner"]
