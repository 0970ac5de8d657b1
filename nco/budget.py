"""The budget of one solve: a time limit, an iteration limit and Ctrl-C.

:func:`nco.solve` builds one :class:`Budget` when it is called, so that
imports, conversions and policy loading are charged to the time limit, and
hands it to the solver.  Solvers ask the budget whether to go on
(:meth:`Budget.done`) instead of keeping deadlines of their own.

With an iteration limit and no time limit a run stops only after its
iterations (or on Ctrl-C), so that with a seed it gives the same answer on
every run whatever the machine's load.  With both, whichever comes first
stops the run.

While a solve runs, the first Ctrl-C (SIGINT) only sets
:attr:`Budget.interrupted`: the solver stops at its next check and returns
the best solution found so far.  A second Ctrl-C raises
:class:`KeyboardInterrupt` as usual.
"""

from __future__ import annotations

import contextlib
import math
import signal
import threading
import time

from nco.errors import InputError

#: Clocks a time limit can be measured on.
CLOCKS = {"wall": time.perf_counter, "process": time.process_time}


def clock_timer(name: str):
    """The timer of a time limit: ``"wall"`` (wall-clock seconds, the
    default everywhere) or ``"process"`` (CPU seconds of this process, for
    benchmarks on a shared machine where a wall-clock limit buys a varying
    share of a core)."""
    try:
        return CLOCKS[name]
    except (KeyError, TypeError):
        raise InputError(f"clock must be one of {', '.join(CLOCKS)}, got {name!r}") from None


class Budget:
    """A time limit, an optional iteration limit and an interruption flag.

    Parameters
    ----------
    time_limit
        Seconds on ``clock`` from the budget's creation; ``None`` for no
        time limit (then ``iterations`` must be given).
    clock
        ``"wall"`` (wall-clock seconds) or ``"process"`` (CPU seconds of
        this process, see :func:`clock_timer`).
    iterations
        Optional limit on the solver's iterations (what an iteration is
        depends on the solver: an ILS iteration, a GA offspring, an OR-Tools
        solution, a decoded rollout).

    Raises
    ------
    InputError
        When a limit is not a positive number or the clock is unknown.
    """

    def __init__(self, time_limit: float | None = None, clock: str = "wall", iterations: int | None = None):
        self.timer = clock_timer(clock)
        self.clock = clock
        self.time_limit = _check_time_limit(time_limit)
        self.iterations = _check_iterations(iterations)
        if self.time_limit is None and self.iterations is None:
            raise InputError("give a time limit, an iteration limit or both")
        self.interrupted = False
        self.start = self.timer()
        self.wall_start = time.perf_counter()
        self.cpu_start = time.process_time()

    @classmethod
    def coerce(cls, budget, clock: str = "wall") -> "Budget":
        """``budget`` itself, or a new :class:`Budget` of ``budget`` seconds
        on ``clock`` when it is a number."""
        if isinstance(budget, Budget):
            return budget
        return cls(time_limit=budget, clock=clock)

    def __repr__(self) -> str:
        return (f"Budget(time_limit={self.time_limit}, clock={self.clock!r}, iterations={self.iterations}, "
                f"elapsed={self.elapsed():.2f}, interrupted={self.interrupted})")

    @property
    def deterministic(self) -> bool:
        """Whether nothing but iterations (and Ctrl-C) can stop the run, so
        that a seeded solver must not let timing steer its search."""
        return self.time_limit is None

    def elapsed(self) -> float:
        """Seconds on the budget's clock since it was created."""
        return self.timer() - self.start

    def wall_elapsed(self) -> float:
        """Wall-clock seconds since the budget was created."""
        return time.perf_counter() - self.wall_start

    def cpu_elapsed(self) -> float:
        """CPU seconds of this process since the budget was created."""
        return time.process_time() - self.cpu_start

    def remaining(self) -> float:
        """Seconds left on the clock (``inf`` without a time limit, never
        negative)."""
        if self.time_limit is None:
            return math.inf
        return max(0.0, self.time_limit - self.elapsed())

    def expired(self, reserve: float = 0.0) -> bool:
        """Whether the time limit (less ``reserve`` seconds) is used up."""
        return self.time_limit is not None and self.elapsed() >= self.time_limit - reserve

    def done(self, iteration: int | None = None, reserve: float = 0.0) -> bool:
        """Whether to stop: interrupted, out of time (less ``reserve``
        seconds), or ``iteration`` iterations done out of :attr:`iterations`."""
        if self.interrupted or self.expired(reserve):
            return True
        return self.iterations is not None and iteration is not None and iteration >= self.iterations

    def interrupt(self) -> None:
        """Ask the solver to stop at its next check and return its best."""
        self.interrupted = True

    @contextlib.contextmanager
    def catch_sigint(self):
        """Within the block the first SIGINT calls :meth:`interrupt` and a
        second one raises :class:`KeyboardInterrupt`; the previous handler
        is restored at the end.  Off the main thread (where Python cannot
        install handlers) the block changes nothing."""
        if threading.current_thread() is not threading.main_thread():
            yield self
            return
        previous = signal.getsignal(signal.SIGINT)

        def handler(signum, frame):
            if self.interrupted:
                raise KeyboardInterrupt
            self.interrupt()

        signal.signal(signal.SIGINT, handler)
        try:
            yield self
        finally:
            signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)


def cpu_share(budget: Budget, probe: float) -> float:
    """The share of a core this process got since ``budget`` started (CPU
    seconds / wall-clock seconds, within [0.05, 1]), measured over at least
    ``probe`` wall-clock seconds: when less has passed, the rest is spent
    computing (charged to the budget).  For a solver whose own clock is not
    the budget's: one that counts wall time under a CPU-second budget, or
    CPU time under a wall-clock one."""
    while budget.wall_elapsed() < probe:
        pass
    wall = budget.wall_elapsed()
    return min(1.0, max(0.05, budget.cpu_elapsed() / wall)) if wall > 0 else 1.0


def _check_time_limit(value) -> float | None:
    if value is None:
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise InputError(f"time_limit must be a positive number of seconds, got {value!r}") from None
    if not (math.isfinite(v) and v > 0):
        raise InputError(f"time_limit must be a positive number of seconds, got {value!r}")
    return v


def _check_iterations(value) -> int | None:
    if value is None:
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        v = math.nan
    if isinstance(value, bool) or not math.isfinite(v) or v != int(v) or v < 1:
        raise InputError(f"iterations must be a positive integer, got {value!r}")
    return int(v)
