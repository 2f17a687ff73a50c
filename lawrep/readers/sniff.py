"""What a file is, from its bytes: which reader takes it, or why none can.

Formats are told by content (magic bytes, markup), never by the file name alone, so a saved
page called ``report.txt`` is read as a page. What no reader takes is refused with one line
that names it, instead of being decoded into a "report".
"""

from __future__ import annotations

import re

from ..errors import InputError
from ..models import SourceFormat

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an OLE document (.doc/.xls)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"\x7fELF", "an executable"),
)


def refuse_binary(raw: bytes, source: str) -> None:
    """Raise :class:`InputError` (``binary``) when ``raw`` starts like a non-text format."""
    for magic, what in MAGIC:
        if raw.startswith(magic):
            raise InputError(source, "binary", f"this is {what}, not a text report")


def looks_like_json(raw: bytes) -> bool:
    """Whether the first non-blank byte (after any BOM) opens a JSON object or array."""
    head = raw[:4096].removeprefix(b"\xef\xbb\xbf").lstrip()
    return head[:1] in (b"{", b"[")


# Markup a web page opens with (after a BOM, blanks and comments): a doctype, <html>, an XML
# declaration, or one of the elements a saved fragment starts with.
_MARKUP = re.compile(rb"<(?:!doctype\s+html|html|\?xml|head|body|meta|title|div|p|table|span|br|section|article)[\s>/]")
_UTF16_MARKUP = re.compile(rb"<\x00(?:!\x00|h\x00|H\x00|\?\x00)|\x00<\x00(?:!|h|H|\?)")
_ZIP_DOCX = b"word/document.xml"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")  # an OLE stream name: an encrypted OOXML file
_ZIP_SHEET = b"xl/workbook.xml"
_ZIP_SLIDES = b"ppt/presentation.xml"


def looks_like_html(raw: bytes) -> bool:
    """Whether the bytes open like a web page (any ASCII-compatible encoding, or UTF-16)."""
    head = raw[:4096].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    while head.startswith(b"<!--"):
        end = head.find(b"-->")
        if end < 0:
            return False
        head = head[end + 3 :].lstrip()
    return bool(_MARKUP.match(head)) or bool(_UTF16_MARKUP.match(raw[:8].lower()))


def kind(raw: bytes, name: str, readable: frozenset[SourceFormat]) -> SourceFormat:
    """Which of the ``readable`` formats ``raw`` is; raise :class:`InputError` for a kind no
    reader takes (an image, a spreadsheet, an old Word file, an archive…)."""
    if raw.startswith(b"%PDF") and "pdf" in readable:
        return "pdf"
    if raw.startswith(b"PK\x03\x04"):
        if _ZIP_DOCX in raw and "docx" in readable:
            return "docx"
        if _ZIP_SHEET in raw:
            raise InputError(name, "unsupported", "this is a spreadsheet (.xlsx), not a report")
        if _ZIP_SLIDES in raw:
            raise InputError(name, "unsupported", "this is a presentation (.pptx), not a report")
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        if _ENCRYPTED_PACKAGE in raw and "docx" in readable:
            return "docx"  # a password-protected .docx: its reader says so
        raise InputError(
            name,
            "unsupported",
            "this is an old binary Word/WPS/Excel file (.doc/.wps/.xls); save it as .docx or PDF and try again",
        )
    refuse_binary(raw, name)
    if "html" in readable and looks_like_html(raw):
        return "html"
    return "text"
