"""Serve nco over HTTP: nco serve --host 127.0.0.1 --port 8000 --db jobs.db

``POST /solve`` answers with a checked solution; ``POST /jobs`` queues a
long solve in an SQLite database (WAL mode) that survives restarts;
``GET``/``DELETE /jobs/{id}`` follow or cancel it; ``POST /plan`` plans a
trip.  OpenAPI docs at ``/docs``.  Logs are JSON lines on stderr.  Needs
the ``serve`` extra (``pip install 'nco[serve]'``).
"""

from __future__ import annotations

import argparse
import ipaddress
import os

from nco.errors import InputError
from nco.fsio import check_output
from nco.service.core import Settings
from nco.service.logs import log, setup


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``nco serve``."""
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--db", default="jobs.db", help="SQLite database of the jobs (default jobs.db)")
    parser.add_argument("--api-key", help="require this key in the X-API-Key header of every request "
                                          "(default $NCO_API_KEY; none when unset)")
    parser.add_argument("--max-concurrency", type=int, default=2, metavar="K",
                        help="solves and plans running at once; more get 429 (default 2)")
    parser.add_argument("--max-body", type=int, default=10 * 1024**2, metavar="BYTES",
                        help="largest request body; more gets 413 (default 10 MiB)")
    parser.add_argument("--max-clients", type=int, default=1000, metavar="N",
                        help="most clients in an instance (default 1000)")
    parser.add_argument("--max-time-limit", type=float, default=60.0, metavar="S",
                        help="longest time limit of a solve (default 60 s)")
    parser.add_argument("--max-queue", type=int, default=1000, metavar="N",
                        help="most jobs waiting; more get 429 (default 1000)")
    parser.add_argument("--backend", choices=["local", "ray"], default="local",
                        help="where solves run: worker processes here, or Ray tasks (default local)")
    parser.add_argument("--address", help="Ray cluster address with --backend ray (default: a local Ray)")
    parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])


def settings_from(args: argparse.Namespace):
    """The service :class:`~nco.service.core.Settings` of the arguments."""
    if not 0 < args.port < 65536:
        raise InputError(f"--port must be 1 to 65535, got {args.port}")
    if args.address and args.backend != "ray":
        raise InputError("--address needs --backend ray")
    if args.db != ":memory:":
        check_output(args.db, "--db", force=True)
    return Settings(db=args.db, api_key=args.api_key or os.environ.get("NCO_API_KEY") or None,
                    max_concurrency=args.max_concurrency, max_body=args.max_body, max_clients=args.max_clients,
                    max_time_limit=args.max_time_limit, max_queue=args.max_queue, backend=args.backend,
                    address=args.address).validate()


def run(args: argparse.Namespace) -> int:
    """Run ``nco serve`` until Ctrl-C."""
    settings = settings_from(args)
    try:
        # FastAPI and uvicorn are the optional ``serve`` extra
        import uvicorn

        from nco.service.app import create_app
    except ImportError as exc:
        missing = f"{exc.name} is missing"
        raise InputError(f"nco serve needs FastAPI and uvicorn: pip install 'nco[serve]' ({missing})") from None
    setup(args.log_level)
    if settings.api_key is None and not ipaddress.ip_address(_ip(args.host)).is_loopback:
        log("warning: listening beyond this machine without an API key", 30, host=args.host)
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_config=None, access_log=False,
                log_level=args.log_level)
    return 0


def _ip(host: str) -> str:
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        return "127.0.0.1" if host == "localhost" else "0.0.0.0"
