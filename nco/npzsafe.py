"""Bounded, pickle-free reading of ``.npz`` files.

:func:`load_npz` reads only the arrays it is asked for.  For each one it
first reads the ``.npy`` header inside the zip member (format version, dtype,
shape), checks the dtype kind, the number of dimensions and the number of
elements against the caller's limits, and only then allocates and reads the
data.  Object, structured and complex arrays are never read unless asked
for; a truncated member, a member with trailing bytes, a zip CRC error, a
header of more than :data:`MAX_HEADER_BYTES` bytes, an unknown format
version and a zip of more than :data:`MAX_MEMBERS` members are all refused.  Every refusal is one :class:`~nco.errors.InputError`
that names the file and the array.

>>> from nco.npzsafe import load_npz
>>> arrays = load_npz("Munich_data.npz", {"distance": ("f", 2), "points": ("f", 2)},
...                   max_elements=10_000_000)
"""

from __future__ import annotations

import contextlib
import math
import zipfile

import numpy as np
from numpy.lib import format as npformat

from nco.errors import InputError
from nco.fsio import MAX_INPUT_BYTES, check_input

#: The largest ``.npy`` header read (numpy's own default limit).
MAX_HEADER_BYTES = 10_000

#: The widest item read (float64, int64), and the widest text item (256
#: characters).
MAX_ITEMSIZE = 8
MAX_TEXT_ITEMSIZE = 1024

#: The most members an ``.npz`` may have (checked before the zip directory
#: is parsed, whose size grows with the number of members).
MAX_MEMBERS = 256

#: Numeric dtype kinds: signed and unsigned integers and floats.
NUMBERS = "iuf"

_CHUNK = 1 << 20


def read_header(fh, where: str):
    """Shape, dtype and Fortran order from the start of an open ``.npy`` stream.

    Parameters
    ----------
    fh
        A binary stream positioned at the start of a ``.npy`` member.
    where
        Names the file and array in error messages.

    Raises
    ------
    InputError
        No ``.npy`` magic, an unknown format version, a header above
        :data:`MAX_HEADER_BYTES` bytes or a malformed header.
    """
    try:
        version = npformat.read_magic(fh)
        if version == (1, 0):
            shape, fortran, dtype = npformat.read_array_header_1_0(fh, max_header_size=MAX_HEADER_BYTES)
        elif version == (2, 0):
            shape, fortran, dtype = npformat.read_array_header_2_0(fh, max_header_size=MAX_HEADER_BYTES)
        else:
            raise InputError(f"{where}: .npy format version {version} is not supported")
    except InputError:
        raise
    except Exception as exc:  # numpy raises ValueError, zipfile BadZipFile, EOF gives ValueError
        raise InputError(f"{where}: unreadable .npy header ({_first_line(exc)})") from None
    return tuple(int(s) for s in shape), np.dtype(dtype), bool(fortran)


def check_header(shape, dtype, kinds: str, max_ndim: int, where: str) -> int:
    """The element count of an array header after checking its dtype and rank.

    Refuses object, structured and subarray dtypes always, dtype kinds not
    in ``kinds`` (numpy kind letters: ``"iuf"`` numbers, ``"b"`` booleans,
    ``"U"`` text) and more than ``max_ndim`` dimensions.
    """
    if dtype.hasobject or dtype.fields is not None or dtype.subdtype is not None:
        raise InputError(f"{where}: dtype {dtype} is not a plain array (objects and records are refused)")
    if dtype.kind not in kinds:
        raise InputError(f"{where}: dtype {dtype} is not allowed here (expected kind {_kinds(kinds)})")
    if dtype.itemsize == 0 or dtype.itemsize > (MAX_TEXT_ITEMSIZE if dtype.kind == "U" else MAX_ITEMSIZE):
        raise InputError(f"{where}: dtype {dtype} has an unsupported item size")
    if len(shape) > max_ndim:
        raise InputError(f"{where}: {len(shape)} dimensions {shape}, expected at most {max_ndim}")
    return math.prod(shape)


def load_npz(path, expected: dict, max_elements: int, required=None, what: str = "input",
             max_bytes: int = MAX_INPUT_BYTES) -> dict[str, np.ndarray]:
    """Read the ``expected`` arrays of an ``.npz`` file, checking headers first.

    Parameters
    ----------
    path
        The ``.npz`` file (checked with :func:`nco.fsio.check_input`).
    expected
        Array name -> ``(kinds, max_ndim)``: the allowed numpy dtype kind
        letters (``"iuf"`` for numbers, ``"b"`` booleans, ``"U"`` text) and
        the most dimensions.  Other members of the file are never read.
    max_elements
        The most elements of all read arrays together; a file declaring
        more is refused before anything is allocated.
    required
        Names that must be present (default: all of ``expected``); the
        others are read when present and left out of the result otherwise.
    what
        What the file is, for error messages (``"city file"``).
    max_bytes
        The largest file accepted.

    Returns
    -------
    dict
        Name -> array, in file order, for the names present.

    Raises
    ------
    InputError
        One line naming the file and what is wrong: not a zip file, a
        missing or refused array, too many elements, truncated data.
    """
    with _opened(path, expected, required, what, max_bytes) as (zf, members, p):
        headers = {k: _member_header(zf, m, expected[k], f"{what} array {k!r}", p) for k, m in members.items()}
        total = sum(h[3] for h in headers.values())
        if total > max_elements:
            raise InputError(f"{what}: {total:,} elements, above the maximum of {max_elements:,}", path=str(p))
        return {k: _member_data(zf, m, headers[k], f"{what} array {k!r}", p) for k, m in members.items()}


def npz_headers(path, expected: dict, required=None, what: str = "input",
                max_bytes: int = MAX_INPUT_BYTES) -> dict[str, tuple[tuple, np.dtype]]:
    """The checked headers of the ``expected`` arrays of an ``.npz`` file,
    without reading their data: name -> ``(shape, dtype)``.

    Parameters are as for :func:`load_npz`; nothing is allocated for the
    data, so no element limit applies.
    """
    with _opened(path, expected, required, what, max_bytes) as (zf, members, p):
        return {k: _member_header(zf, m, expected[k], f"{what} array {k!r}", p)[:2] for k, m in members.items()}


@contextlib.contextmanager
def _opened(path, expected: dict, required, what: str, max_bytes: int):
    """The open zip file, its members among ``expected`` (name -> member, in
    file order) and the checked path; any failure to read is one
    :class:`InputError`."""
    p = check_input(path, what, max_bytes)
    required = set(expected if required is None else required)
    try:
        _check_directory(p, what)
        with zipfile.ZipFile(p) as zf:
            members = _members(zf, required, what, p)
            yield zf, {k: m for k, m in members.items() if k in expected}, p
    except InputError:
        raise
    except Exception as exc:  # BadZipFile, zlib.error, OSError, EOFError, NotImplementedError
        raise InputError(f"{what}: not a readable .npz file ({_first_line(exc)})", path=str(p)) from None


def _check_directory(p, what: str) -> None:
    """Refuse a zip file with more than :data:`MAX_MEMBERS` members, reading
    only its end record."""
    with open(p, "rb") as fp:
        end = zipfile._EndRecData(fp)
    if end is None:
        raise InputError(f"{what}: not a readable .npz file (not a zip file)", path=str(p))
    if end[zipfile._ECD_ENTRIES_TOTAL] > MAX_MEMBERS:
        raise InputError(f"{what}: {end[zipfile._ECD_ENTRIES_TOTAL]:,} members, above the maximum of {MAX_MEMBERS}",
                         path=str(p))


def _members(zf: zipfile.ZipFile, required: set, what: str, p) -> dict[str, str]:
    members = {n[:-4]: n for n in zf.namelist() if n.endswith(".npy")}
    missing = sorted(required - set(members))
    if missing:
        raise InputError(f"{what}: missing array(s) {', '.join(missing)} "
                         f"(has {', '.join(sorted(members)) or 'none'})", path=str(p))
    return members


def _member_header(zf: zipfile.ZipFile, member: str, spec, where: str, p):
    kinds, max_ndim = spec
    with zf.open(member) as fh:
        try:
            shape, dtype, fortran = read_header(fh, where)
            count = check_header(shape, dtype, kinds, max_ndim, where)
        except InputError as exc:
            raise InputError(str(exc), path=str(p)) from None
        offset = fh.tell()
    declared = offset + count * dtype.itemsize
    if zf.getinfo(member).file_size != declared:
        raise InputError(f"{where}: {zf.getinfo(member).file_size} bytes stored, the header declares {declared}",
                         path=str(p))
    return shape, dtype, fortran, count


def _member_data(zf: zipfile.ZipFile, member: str, header, where: str, p) -> np.ndarray:
    shape, dtype, fortran, count = header
    out = np.empty(count, dtype=dtype)
    view = memoryview(out.view(np.uint8))
    with zf.open(member) as fh:
        read_header(fh, where)
        pos = 0
        while pos < len(view):
            n = fh.readinto(view[pos:pos + _CHUNK])
            if not n:
                raise InputError(f"{where}: truncated ({pos} of {len(view)} data bytes)", path=str(p))
            pos += n
        if fh.read(1):  # also makes zipfile check the member's CRC
            raise InputError(f"{where}: trailing bytes after the data", path=str(p))
    return out.reshape(shape, order="F" if fortran else "C")


def _kinds(kinds: str) -> str:
    names = {"i": "integer", "u": "unsigned", "f": "float", "b": "bool", "U": "text", "c": "complex"}
    return " or ".join(names.get(k, k) for k in kinds)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:160]}" if text else type(exc).__name__
