"""PDF reports: the text layer of every page, rebuilt into paragraphs.

Reports are published as PDFs printed from office software or a browser. Their text layer is a
set of placed characters whose line breaks are visual ones; :mod:`.pdf_layout` rebuilds the
paragraphs from the characters' boxes and drops page numbers and running heads. This module
reads the characters with pdfium (pypdfium2's raw bindings: small, fast, and it gives the loose
box and baseline of every character), and says in one line what it cannot read: a scanned PDF
(no text layer: lawrep does no OCR), an encrypted one it cannot open, a damaged one.

The characters are kept as pdfium gives them, spaces included (LibreOffice's extra spacing
between Han and Latin text comes out as ``2020 年``), with two exceptions: control characters,
which are not text, are dropped, and Kangxi radicals and CJK compatibility ideographs become
the unified ideographs they stand for. Fonts map one glyph to both code points, and a PDF's
character map may name the radical (pdfminer reads Chromium's PDFs so), so 人 would read as
⼈ U+2F08 and no rule would match it.
"""

from __future__ import annotations

import ctypes
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

import pypdfium2.raw as pdfium

from ..errors import InputError
from .pdf_layout import EDGE_LINES, Glyph, Page, drop_furniture, page_lines, rejoin, render
from .produced import Produced

_COMPATIBILITY_BLOCKS = (
    (0x2E80, 0x2EFF),  # CJK Radicals Supplement
    (0x2F00, 0x2FDF),  # Kangxi Radicals
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
)


def _ideograph_table() -> dict[int, str]:
    """Each code point of the radical and compatibility blocks that Unicode decomposes (NFKC)
    to one character, mapped to that character: ⼈ U+2F08 → 人 U+4EBA."""
    table: dict[int, str] = {}
    for low, high in _COMPATIBILITY_BLOCKS:
        for code in range(low, high + 1):
            folded = unicodedata.normalize("NFKC", chr(code))
            if len(folded) == 1 and folded != chr(code):
                table[code] = folded
    return table


IDEOGRAPHS = _ideograph_table()
"""``str.translate`` table from radicals and compatibility ideographs to unified ideographs."""

_LOAD_ERRORS = {
    pdfium.FPDF_ERR_FILE: "cannot be opened as a PDF",
    pdfium.FPDF_ERR_FORMAT: "is not a readable PDF (damaged, truncated or not a PDF)",
    pdfium.FPDF_ERR_PAGE: "is not a readable PDF (its pages cannot be found)",
}
_ENCRYPTED = (pdfium.FPDF_ERR_PASSWORD, pdfium.FPDF_ERR_SECURITY)
_SCANNED = "this PDF has no text layer (scanned pages); lawrep does not do OCR"
_SHAPES = "this PDF has no text layer (blank pages, or text drawn as shapes); lawrep does not do OCR"
_FORM_DEPTH = 4  # how deep image search goes into nested form XObjects
_PDFIUM = threading.Lock()  # pdfium is not thread-safe: one document at a time per process


@dataclass(frozen=True)
class PdfText:
    """What a PDF gave: the text, its page count, and the 1-based numbers of the pages that gave
    no text beyond page furniture (scanned pages in a mixed file, blank pages, pages pdfium
    cannot load): the text does not cover them."""

    text: str
    pages: int
    without_text: tuple[int, ...]


def read(raw: bytes, name: str) -> Produced:
    """A PDF report: the text of its text layer, in paragraphs (see :func:`scan`)."""
    found = scan(raw, name)
    return Produced(found.text, "pdf", "utf-8", "lf", unread_pages=found.without_text)


def scan(raw: bytes, name: str) -> PdfText:
    """Read every page's text layer and rebuild its paragraphs; raise :class:`InputError` for a
    PDF that cannot be opened (``encrypted``, ``unreadable``) or has no text (``no_text``)."""
    with _PDFIUM:
        document = _open(raw, name)
        try:
            count = pdfium.FPDF_GetPageCount(document)
            sheets = [_page(document, number) for number in range(count)]
        finally:
            pdfium.FPDF_CloseDocument(document)
    pages = [page for page, _ in sheets if page is not None]
    body = drop_furniture(pages)
    if not body:
        if not pages:
            raise InputError(name, "unreadable", f"is not a readable PDF (none of its {count} pages can be read)")
        raise InputError(name, "no_text", _SCANNED if any(image for _, image in sheets) else _SHAPES)
    kept = {page.number for page in body}
    without = tuple(number + 1 for number in range(count) if number not in kept)
    return PdfText(render(rejoin(body)).translate(IDEOGRAPHS), count, without)


def _open(raw: bytes, name: str) -> Any:
    """The pdfium document of ``raw`` (kept alive by the caller's reference to ``raw``)."""
    document = pdfium.FPDF_LoadMemDocument64(raw, len(raw), None)
    if not document:
        code = pdfium.FPDF_GetLastError()
        if code in _ENCRYPTED:
            raise InputError(name, "encrypted", "is an encrypted PDF; lawrep cannot read it without the password")
        raise InputError(name, "unreadable", _LOAD_ERRORS.get(code, "is not a readable PDF"))
    if pdfium.FPDF_GetPageCount(document) < 1:
        pdfium.FPDF_CloseDocument(document)
        raise InputError(name, "unreadable", "is not a readable PDF (it has no pages)")
    return document


def _page(document: Any, number: int) -> tuple[Page | None, bool]:
    """A page's visual lines (None when pdfium cannot load it), and whether a page with no more
    lines than page furniture has holds an image (a scanned page, perhaps with a typed number)."""
    page = pdfium.FPDF_LoadPage(document, number)
    if not page:
        return None, False
    try:
        textpage = pdfium.FPDFText_LoadPage(page)
        if not textpage:
            return None, False
        try:
            glyphs = _glyphs(textpage)
        finally:
            pdfium.FPDFText_ClosePage(textpage)
        lines = page_lines(glyphs, number)
        return Page(number, tuple(lines)), len(lines) <= 2 * EDGE_LINES and _has_image(page)
    finally:
        pdfium.FPDF_ClosePage(page)


def _glyphs(textpage: Any) -> list[Glyph]:
    """Every character of a text page with its loose box, baseline origin and whether pdfium
    generated it (the spaces and line breaks it infers from positions)."""
    box, x, y = pdfium.FS_RECTF(), ctypes.c_double(), ctypes.c_double()
    glyphs: list[Glyph] = []
    for index in range(pdfium.FPDFText_CountChars(textpage)):
        char = _char(pdfium.FPDFText_GetUnicode(textpage, index))
        if char is None or not pdfium.FPDFText_GetLooseCharBox(textpage, index, box):
            continue
        pdfium.FPDFText_GetCharOrigin(textpage, index, x, y)
        generated = char.isspace() and pdfium.FPDFText_IsGenerated(textpage, index) == 1
        glyphs.append(Glyph(char, box.left, box.bottom, box.right, box.top, x.value, y.value, generated))
    return glyphs


def _char(code: int) -> str | None:
    """The text of a code pdfium gives: None for control characters other than tab and line
    breaks (not text), U+FFFD for what is no character (a lone surrogate, beyond U+10FFFF)."""
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    if (code < 0x20 or 0x7F <= code < 0xA0) and code not in (0x09, 0x0A, 0x0D):
        return None  # the C0 and C1 controls (category Cc)
    return chr(code)


def _has_image(holder: Any, depth: int = 0) -> bool:
    """Whether a page (or, a few levels down, a form XObject on it) holds an image."""
    count, get = (
        (pdfium.FPDFPage_CountObjects, pdfium.FPDFPage_GetObject)
        if depth == 0
        else (pdfium.FPDFFormObj_CountObjects, pdfium.FPDFFormObj_GetObject)
    )
    for index in range(count(holder)):
        obj = get(holder, index)
        kind = pdfium.FPDFPageObj_GetType(obj)
        if kind == pdfium.FPDF_PAGEOBJ_IMAGE:
            return True
        if kind == pdfium.FPDF_PAGEOBJ_FORM and depth < _FORM_DEPTH and _has_image(obj, depth + 1):
            return True
    return False
