"""Safe file handling: bounded reads of regular files, checked outputs, atomic writes.

Every reader and writer in nco goes through these helpers, so that the
guarantees in the README hold everywhere:

- an input must be a regular, readable file no larger than a documented
  maximum (:data:`MAX_INPUT_BYTES`); FIFOs, devices and folders are refused
  before anything is read, so nothing blocks or reads without bound;
- an output never replaces one of the command's inputs, and never an
  existing file unless the caller passes ``force=True`` (``--force``);
- every output and cache is written to a temporary file in the same folder
  and renamed into place, so a killed process leaves either the old file or
  the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import tempfile
from pathlib import Path

from nco.errors import InputError

#: The largest input file nco reads (instances, solutions, test sets, caches).
MAX_INPUT_BYTES = 256 * 1024**2


def check_input(path, what: str = "input", max_bytes: int = MAX_INPUT_BYTES) -> Path:
    """``path`` as a :class:`Path` after checking it is a readable regular
    file of at most ``max_bytes`` bytes; otherwise :class:`InputError`."""
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        raise InputError(f"{what}: no such file", path=_show(p)) from None
    except OSError as exc:
        raise InputError(f"{what}: cannot be read ({_reason(exc)})", path=_show(p)) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{what}: is a directory, not a file", path=_show(p))
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{what}: not a regular file (a pipe, device or socket)", path=_show(p))
    if st.st_size > max_bytes:
        raise InputError(f"{what}: {st.st_size} bytes, above the maximum of {max_bytes} bytes", path=_show(p))
    if not os.access(p, os.R_OK):
        raise InputError(f"{what}: permission denied", path=_show(p))
    return p


def read_bytes(path, what: str = "input", max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a checked input file (see :func:`check_input`), read
    with a bound even if the file grows while it is read."""
    p = check_input(path, what, max_bytes)
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{what}: cannot be read ({_reason(exc)})", path=_show(p)) from None
    if len(data) > max_bytes:
        raise InputError(f"{what}: above the maximum of {max_bytes} bytes", path=_show(p))
    return data


def read_json_object(path, what: str = "JSON file", max_bytes: int = 1 << 20, hint: str = "") -> dict:
    """The JSON object in a checked input file (see :func:`read_bytes`).

    Anything that is not valid JSON, or not an object, is one
    :class:`InputError` naming ``what`` and the file; ``hint`` (for example
    "; rebuild it with ...") is added to that message.
    """
    p = Path(path)
    raw = read_bytes(p, what, max_bytes)  # its own errors (too large, unreadable) are not JSON errors
    try:
        data = json.loads(raw)
    except ValueError as exc:
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise InputError(f"{what}: not valid JSON ({reason}){hint}", path=_show(p)) from None
    if not isinstance(data, dict):
        raise InputError(f"{what}: not a JSON object{hint}", path=_show(p))
    return data


def check_output(path, what: str = "--out", *, force: bool = False, inputs=()) -> Path | None:
    """``path`` as a :class:`Path` after checking that it can be written.

    Refuses a folder, a missing or read-only parent folder, any of ``inputs``
    (always, even with ``force``) and an existing file unless ``force``.
    ``None`` passes through.
    """
    if path is None:
        return None
    p = Path(path)
    try:
        exists = p.exists()
        is_dir = p.is_dir()
        parent = p.parent if str(p.parent) else Path(".")
        parent_ok = parent.is_dir()
    except OSError as exc:
        raise InputError(f"{what}: unusable path ({_reason(exc)})", path=_show(p)) from None
    if is_dir:
        raise InputError(f"{what}: is a directory, expected a file name", path=_show(p))
    if not parent_ok:
        raise InputError(f"{what}: the folder {_show(parent)} does not exist", path=_show(p))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputError(f"{what}: the folder {_show(parent)} is not writable", path=_show(p))
    for src in inputs:
        if src is not None and same_file(p, src):
            raise InputError(f"{what}: would overwrite the input file", path=_show(p))
    if exists and not force:
        raise InputError(f"{what}: the file exists; pass --force to replace it", path=_show(p))
    return p


def same_file(a, b) -> bool:
    """Whether two paths name the same file (resolving links)."""
    try:
        if Path(a).exists() and Path(b).exists():
            return os.path.samefile(a, b)
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


@contextlib.contextmanager
def atomic_path(path):
    """A temporary path beside ``path``; renamed onto ``path`` when the block
    ends without an exception, removed otherwise.

    For writers that want a file name (``np.savez``, ``torch.save``,
    ``savefig``).  The temporary name keeps ``path``'s suffix so that
    writers choosing a format by suffix still work.
    """
    p = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.stem}.", suffix=f".tmp{p.suffix}", dir=p.parent if str(p.parent) else ".")
    os.close(fd)
    try:
        yield Path(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(p))
        os.replace(tmp, p)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mode_for(p: Path) -> int:
    """The mode a new file gets (``0o666`` less the umask), or the mode of
    the file being replaced (temporary files are created ``0o600``)."""
    try:
        return stat.S_IMODE(os.stat(p).st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_bytes(path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)


def write_text(path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    return write_bytes(path, text.encode("utf-8"))


@contextlib.contextmanager
def atomic_open(path, mode: str = "w", **kwargs):
    """``open`` for writing, atomically: the file appears complete or not at all."""
    with atomic_path(path) as tmp, open(tmp, mode, **kwargs) as fh:
        yield fh


def sha256_file(path, chunk: int = 1 << 20) -> str:
    """Hex SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            h.update(block)
    return h.hexdigest()


def _show(p: Path) -> str:
    s = str(p)
    return s if len(s) <= 200 else s[:90] + "..." + s[-90:]


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


# -- checksummed JSON caches --------------------------------------------------------
def records_sha256(records: list) -> str:
    """SHA-256 of ``records`` as canonical JSON (sorted keys, no spaces, ASCII)."""
    return hashlib.sha256(json.dumps(records, sort_keys=True, separators=(",", ":")).encode("ascii")).hexdigest()


def read_records(path, what: str, fmt: str, version: int, source: dict, key: str, convert):
    """The records of a cache written by :func:`write_records`, each passed
    through ``convert``; ``None`` when the file is someone else's, of another
    format, version or ``source``, fails its checksum or holds a bad record
    (``convert`` raising ``ValueError``, ``KeyError`` or ``TypeError``)."""
    try:
        path = Path(path)
        if hasattr(os, "getuid") and path.stat().st_uid != os.getuid():
            return None  # someone else's file at our cache path
        data = json.loads(read_bytes(path, what))
        records = data[key]
        if (data.get("format") != fmt or data.get("version") != version or data.get("source") != source
                or not isinstance(records, list) or data.get("sha256") != records_sha256(records)):
            return None
        return [convert(r) for r in records]
    except (OSError, InputError, ValueError, KeyError, TypeError):
        return None


def write_records(path, fmt: str, version: int, source: dict, key: str, records: list) -> None:
    """Write a checksummed JSON cache atomically (private folder); a cache
    that cannot be written is skipped: the next run builds it again."""
    body = {"format": fmt, "version": version, "source": source, "sha256": records_sha256(records), key: records}
    try:
        Path(path).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_text(path, json.dumps(body, separators=(",", ":")))
    except OSError:
        pass
