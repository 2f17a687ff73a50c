"""What a file is, from its first bytes: formats people save by mistake instead of a report's text.

Each entry is a magic number and the words the error uses; the loader refuses these with a
named error instead of decoding them into a "report".
"""

from __future__ import annotations

from ..errors import InputError

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
