"""What every reader returns: the text offsets point into, and how it was made from the bytes.

A reader is a module of ``lawrep.readers`` with one function, ``read(raw: bytes, name: str) ->
Produced``, that raises :class:`~lawrep.errors.InputError` (naming ``name``) for what it cannot
read. ``dispatch`` picks the reader by content and imports it only when such a file arrives.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Newlines, PageInfo, SourceFormat


@dataclass(frozen=True)
class Produced:
    """A reader's result. ``text`` has LF line ends and is what every offset counts in;
    ``encoding`` is how the bytes (or, for HTML, the page) were decoded; ``newlines`` how the
    source ended its lines before they became LF."""

    text: str
    format: SourceFormat
    encoding: str
    newlines: Newlines = "lf"
    page: PageInfo | None = None
    unread_pages: tuple[int, ...] = ()
    """Pages (1-based) that gave no text: a PDF's scanned pages, which are not read (no OCR)."""
