"""The one way to open an input: a path or ``-`` in, ``(text, SourceInfo)`` out.

Every command and the library go through :func:`open_input` (or :func:`load` for the API), so
a file is opened, sized, decoded and described the same way everywhere, and every failure is
an :class:`~lawrep.errors.InputError` that names the input.
"""

from __future__ import annotations

import hashlib
import os
import sys

from ..errors import InputError
from ..models import Newlines, SourceInfo
from ..text.fold import normalise_newlines
from .files import read_file
from .limits import DEFAULT_MAX_BYTES, STDIN, STDIN_LABEL
from .plain import decode, newline_style


def read_input(name: str, *, max_bytes: int | None = DEFAULT_MAX_BYTES, stdin: bytes | None = None) -> bytes:
    """The bytes of a path, or of standard input for ``-`` (``stdin``: already read by a caller
    that hands the same input to worker processes)."""
    if name == STDIN:
        return sys.stdin.buffer.read() if stdin is None else stdin
    return read_file(name, max_bytes)


def open_input(
    name: str, *, max_bytes: int | None = DEFAULT_MAX_BYTES, stdin: bytes | None = None
) -> tuple[str, SourceInfo]:
    """Read and decode one input: a path, or ``-`` for standard input."""
    raw = read_input(name, max_bytes=max_bytes, stdin=stdin)
    if name == STDIN:
        return load_bytes(raw, None, source=STDIN_LABEL)
    return load_bytes(raw, name)


def describe(raw: bytes, text: str, codec: str, path: str | None, newlines: Newlines = "none") -> SourceInfo:
    """The :class:`SourceInfo` of decoded bytes; ``text`` is already newline-normalised."""
    return SourceInfo(
        path=path,
        encoding=codec,
        sha256=hashlib.sha256(raw).hexdigest(),
        bytes=len(raw),
        chars=len(text),
        newlines=newlines,
    )


def load_bytes(raw: bytes, path: str | None = None, *, source: str | None = None) -> tuple[str, SourceInfo]:
    """Decode ``raw`` and normalise its newlines: the text all offsets refer to."""
    name = source or path or "<bytes>"
    if not raw.strip():
        raise InputError(name, "empty", "is empty")
    decoded, codec = decode(raw, name)
    text = normalise_newlines(decoded)
    if not text.strip():
        raise InputError(name, "empty", "contains only whitespace")
    return text, describe(raw, text, codec, path, newline_style(decoded))


def load(
    path_or_bytes: str | os.PathLike[str] | bytes, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[str, SourceInfo]:
    """Load a report from a path or from bytes: ``(text, SourceInfo)``.

    Raises :class:`~lawrep.errors.InputError` for anything that is not a readable report.
    """
    if isinstance(path_or_bytes, bytes | bytearray):
        return load_bytes(bytes(path_or_bytes))
    return open_input(os.fspath(path_or_bytes), max_bytes=max_bytes)
