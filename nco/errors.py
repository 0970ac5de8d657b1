"""Errors raised on bad input.

Every reader and constructor raises :class:`InputError` (a ``ValueError``)
with a message that names what is wrong and where: the file, the line, the
field and, where it applies, the client.  The CLI turns it into one line on
stderr and exit code 2.
"""

from __future__ import annotations


def short_repr(value, width: int = 60) -> str:
    """A repr of a value read from a file, cut to ``width`` characters, for messages."""
    try:
        text = repr(value)
    except ValueError:  # an integer beyond Python's digit limit
        return "a huge number"
    return text if len(text) <= width else text[:width - 3] + "..."


class InputError(ValueError):
    """Bad input: a malformed file, an inconsistent instance, a bad argument."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            where = f"{path}"
            if line is not None:
                where += f", line {line}"
            where += ": "
        super().__init__(where + message)
