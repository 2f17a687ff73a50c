"""The one way to open an input: a path or ``-`` in, ``(text, SourceInfo)`` out.

Every command and the library go through :func:`open_input` (or :func:`load` for the API), so
a file is opened, sized, decoded and described the same way everywhere, and every failure is
an :class:`~lawrep.errors.InputError` that names the input.
"""

from __future__ import annotations

import hashlib
import os
import sys
from importlib import import_module
from typing import TYPE_CHECKING

from ..errors import InputError
from ..models import SourceFormat, SourceInfo
from .files import read_file
from .limits import DEFAULT_MAX_BYTES, STDIN, STDIN_LABEL
from .sniff import kind

if TYPE_CHECKING:
    from .produced import Produced

READERS: dict[SourceFormat, str] = {
    "text": "lawrep.readers.plain",
    "html": "lawrep.readers.html",
    "docx": "lawrep.readers.docx",
    "pdf": "lawrep.readers.pdf",
}
"""The module that reads each format, imported only when a file of that format arrives (a PDF
library costs a plain-text run nothing)."""


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


def describe(raw: bytes, produced: Produced, path: str | None) -> SourceInfo:
    """The :class:`SourceInfo` of the bytes a reader turned into ``produced``."""
    return SourceInfo(
        path=path,
        encoding=produced.encoding,
        sha256=hashlib.sha256(raw).hexdigest(),
        bytes=len(raw),
        chars=len(produced.text),
        newlines=produced.newlines,
        format=produced.format,
        page=produced.page,
        unread_pages=list(produced.unread_pages),
    )


def describe_text(text: str) -> SourceInfo:
    """The :class:`SourceInfo` of a string handed to the API (as its UTF-8 bytes)."""
    raw = text.encode("utf-8", "surrogatepass")
    digest = hashlib.sha256(raw).hexdigest()
    return SourceInfo(path=None, encoding="utf-8", sha256=digest, bytes=len(raw), chars=len(text))


def produce(raw: bytes, name: str) -> Produced:
    """The text of ``raw`` as the reader of its format produces it."""
    if not raw.strip():
        raise InputError(name, "empty", "is empty")
    fmt = kind(raw, name, frozenset(READERS))
    produced: Produced = import_module(READERS[fmt]).read(raw, name)
    if not produced.text.strip():
        raise InputError(name, "empty", "contains only whitespace" if fmt == "text" else f"has no text ({fmt})")
    return produced


def load_bytes(raw: bytes, path: str | None = None, *, source: str | None = None) -> tuple[str, SourceInfo]:
    """Read ``raw`` with the reader of its format: the text all offsets refer to, described."""
    produced = produce(raw, source or path or "<bytes>")
    return produced.text, describe(raw, produced, path)


def load(
    path_or_bytes: str | os.PathLike[str] | bytes, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[str, SourceInfo]:
    """Load a report from a path or from bytes: ``(text, SourceInfo)``.

    Raises :class:`~lawrep.errors.InputError` for anything that is not a readable report.
    """
    if isinstance(path_or_bytes, bytes | bytearray):
        return load_bytes(bytes(path_or_bytes))
    name = os.fspath(path_or_bytes)
    return load_bytes(read_file(name, max_bytes), name)  # a path, even one called "-"
