"""Structured logs: one JSON object per line on stderr."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys

LOGGER = logging.getLogger("nco.service")


class JsonFormatter(logging.Formatter):
    """Formats a record as one JSON line: ``ts``, ``level``, ``logger``,
    ``event`` and the record's ``fields``."""

    def format(self, record: logging.LogRecord) -> str:
        out = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        out.update(getattr(record, "fields", {}))
        if record.exc_info and record.exc_info[0] is not None:
            out["error"] = f"{record.exc_info[0].__name__}: {record.exc_info[1]}"
        return json.dumps(out, default=str)


def setup(level: str = "info", stream=None) -> logging.Logger:
    """Send the service's and uvicorn's logs to ``stream`` (stderr) as JSON lines.

    Parameters
    ----------
    level
        ``debug``, ``info``, ``warning`` or ``error``.
    stream
        Where to write; default ``sys.stderr``.

    Returns
    -------
    logging.Logger
        The service's logger.
    """
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    for name in ("nco.service", "uvicorn", "uvicorn.error"):
        lg = logging.getLogger(name)
        lg.handlers[:] = [handler]
        lg.setLevel(level.upper())
        lg.propagate = False
    return LOGGER


def log(event: str, level: int = logging.INFO, **fields) -> None:
    """Log ``event`` with ``fields`` (JSON-friendly values)."""
    LOGGER.log(level, event, extra={"fields": fields})
