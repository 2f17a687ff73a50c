"""Word (.docx) reports: the text a reader sees in the document's body, numbering labels included.

The package is read with :mod:`zipfile` and :mod:`xml.etree.ElementTree` (no python-docx at run
time: it costs 80 ms to import and its paragraph text drops runs inside smart tags, tracked
insertions and content controls, which Chinese reports have). What becomes text:

* the body's paragraphs and tables in document order, content controls and custom XML opened;
  one line per paragraph, one line per table row with its cells joined by a tab (a cell's own
  paragraphs joined by a space, nested tables flattened into the cell);
* runs joined with nothing inserted; ``w:tab`` is a tab, a soft line break (``w:br``) a newline,
  a page or column break nothing (it is layout, as python-docx also reads it);
* the label Word draws for automatic numbering (``一、`` ``（一）`` ``1.`` ``（1）``), given on the
  paragraph or inherited from its style, put in front of the paragraph's text
  (:mod:`~lawrep.readers.docx_numbering`), so headings numbered by Word are headings here too.

Left out, because a reader of the report does not read them as its text: headers, footers,
footnotes, comments, text boxes and drawings, deleted text, field codes, hidden text, ruby
annotations and the table of contents Word generates (a copy of the headings).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from typing import NamedTuple
from xml.etree import ElementTree
from xml.etree.ElementTree import Element

from ..errors import InputError
from .docx_numbering import Numbering, level_index, parse_numbering
from .produced import Produced

MAX_PART_BYTES = 32 * 1024 * 1024
"""Largest XML part read (unpacked). A report's ``document.xml`` is well under 1 MB; the limit
stops a small compressed file from unpacking into gigabytes."""
MAX_RATIO = 100
"""A part above 1 MiB that unpacks to more than this many times its packed size is refused
as a ZIP bomb (Apache POI's default): real XML packs 5–30 times."""

_W_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # ISO 29500 strict
)
_MATH_T = {
    "{http://schemas.openxmlformats.org/officeDocument/2006/math}t",
    "{http://purl.oclc.org/ooxml/officeDocument/math}t",
}
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_DOCTYPES = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
_NUM_PR = tuple("numPr".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
_OFF = ("0", "false", "off")
_MAX_STYLE_DEPTH = 32


# --- the package ----------------------------------------------------------------------------


class _Parts(NamedTuple):
    """The parsed parts the text is made from."""

    document: Element
    styles: Element | None
    numbering: Element | None


def _refuse_other_containers(raw: bytes, name: str) -> None:
    """An encrypted .docx is an OLE container, not a ZIP: say so, and what else is not a .docx."""
    if raw.startswith(_OLE):
        if _ENCRYPTED in raw:
            raise InputError(name, "encrypted", "is a password-protected Word file; remove the password and save again")
        raise InputError(name, "unsupported", "is an old binary Office file (.doc/.wps), not .docx; save it as .docx")
    if not raw.startswith(b"PK"):
        raise InputError(name, "unreadable", "is not a Word document (.docx is a ZIP package)")


def _xml(data: bytes) -> Element:
    """Parse one part. Word never writes a DTD; one is refused so no entity can expand."""
    if any(doctype in data for doctype in _DOCTYPES):
        raise ValueError("a DTD in a package part")
    return ElementTree.fromstring(data)


class _Archive:
    """The ZIP package, with part names found regardless of case (as Word finds them)."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self._archive = archive
        self._name = name
        self._infos = {info.filename.lower(): info for info in archive.infolist()}

    def get(self, part: str) -> Element | None:
        """The parsed part, or ``None`` when the package has no such part."""
        data = self.data(part)
        return None if data is None else _xml(data)

    def data(self, part: str) -> bytes | None:
        """The part's bytes, or ``None`` when the package has no such part."""
        info = self._infos.get(part.lstrip("/").lower())
        if info is None:
            return None
        if info.flag_bits & 0x1:
            raise InputError(self._name, "encrypted", "is an encrypted ZIP package; remove the password and save again")
        if info.file_size > MAX_PART_BYTES:
            limit = MAX_PART_BYTES // (1024 * 1024)
            raise InputError(self._name, "too_large", f"has a part ({info.filename}) larger than {limit} MiB unpacked")
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * info.compress_size:
            raise InputError(self._name, "too_large", f"has a part ({info.filename}) that unpacks like a ZIP bomb")
        return self._archive.read(info)

    def targets(self, source: str) -> dict[str, str]:
        """Relationship type (its last path segment, so transitional and strict agree) → the
        part it points to, from the ``.rels`` part of ``source`` ('' for the package)."""
        folder, base = posixpath.split(source)
        rels = self.get(posixpath.join(folder, "_rels", f"{base}.rels"))
        found: dict[str, str] = {}
        for rel in [] if rels is None else rels.iter(_RELS):
            kind, target = rel.get("Type", ""), rel.get("Target", "")
            if rel.get("TargetMode") == "External" or not target:
                continue
            path = target if target.startswith("/") else posixpath.join(folder, target)
            found.setdefault(kind.rsplit("/", 1)[-1], posixpath.normpath(path).lstrip("/"))
        return found


def _parts(archive: _Archive, name: str) -> _Parts:
    main = archive.targets("").get("officeDocument", "word/document.xml")
    document = archive.get(main)
    if document is None:
        raise InputError(name, "unreadable", "has no document part: not a Word document")
    related = archive.targets(main)
    folder = posixpath.dirname(main)
    numbering = archive.get(related.get("numbering", posixpath.join(folder, "numbering.xml")))
    if numbering is None or not any(child.tag.endswith("}num") for child in numbering):
        return _Parts(document, None, None)  # no list to number paragraphs with: styles do not matter
    styles = archive.data(related.get("styles", posixpath.join(folder, "styles.xml")))
    if styles is None or not any(mark in styles for mark in _NUM_PR):
        return _Parts(document, None, numbering)  # no style carries numbering: skip parsing it
    return _Parts(document, _xml(styles), numbering)


def _load(raw: bytes, name: str) -> _Parts:
    """Open the package and parse the parts; every way damaged bytes fail is one InputError."""
    _refuse_other_containers(raw, name)
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return _parts(_Archive(archive, name), name)
    except InputError:
        raise
    except Exception as exc:  # zipfile, zlib and expat fail on damaged bytes in many ways
        detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise InputError(name, "unreadable", f"is not a readable Word document ({detail})") from None


# --- styles ---------------------------------------------------------------------------------


class _Style(NamedTuple):
    based_on: str | None
    num_id: str | None
    ilvl: int | None


class _Styles:
    """Paragraph styles as far as numbering needs them: ``basedOn`` and ``w:numPr``."""

    def __init__(self, root: Element | None, w: str) -> None:
        self.paragraph: dict[str, _Style] = {}
        self.numbering: dict[str, str] = {}
        self.default: str | None = None
        self._chains: dict[str | None, tuple[str, ...]] = {}
        for style in [] if root is None else root.findall(f"{w}style"):
            self._add(style, w)

    def _add(self, style: Element, w: str) -> None:
        key, kind = style.get(f"{w}styleId"), style.get(f"{w}type", "paragraph")
        if key is None:
            return
        num_pr = style.find(f"{w}pPr/{w}numPr")
        num_id = _val(num_pr, f"{w}numId", w)
        if kind == "numbering" and num_id is not None:
            self.numbering.setdefault(key, num_id)
        if kind != "paragraph" or key in self.paragraph:
            return
        based_on = _val(style, f"{w}basedOn", w)
        self.paragraph[key] = _Style(based_on, num_id, level_index(_val(num_pr, f"{w}ilvl", w)))
        if self.default is None and style.get(f"{w}default", "0").lower() in ("1", "true", "on"):
            self.default = key

    def chain(self, style_id: str | None) -> tuple[str, ...]:
        """The style and those it is based on, nearest first (a missing style is the default)."""
        if style_id not in self._chains:
            key = style_id if style_id in self.paragraph else self.default
            chain: list[str] = []
            while key is not None and key in self.paragraph and key not in chain and len(chain) < _MAX_STYLE_DEPTH:
                chain.append(key)
                key = self.paragraph[key].based_on
            self._chains[style_id] = tuple(chain)
        return self._chains[style_id]


def _val(el: Element | None, path: str, w: str) -> str | None:
    """The ``w:val`` of the child at ``path``, or ``None``."""
    child = None if el is None else el.find(path)
    return None if child is None else child.get(f"{w}val")


# --- the body -------------------------------------------------------------------------------


class _Body:
    """Turns the body into lines, numbering paragraphs as it meets them in document order."""

    def __init__(self, w: str, styles: _Styles, numbering: Numbering | None) -> None:
        self.w = w
        self.styles = styles
        self.numbering = numbering
        self.tags = {local: f"{w}{local}" for local in ("p", "tbl", "tr", "tc", "r", "t", "pPr", "rPr", "sdt")}
        self.containers = {f"{w}{local}" for local in ("sdtContent", "customXml", "ins", "moveTo", "smartTag")}
        self.skipped = {
            f"{w}{local}"
            for local in (
                "pPr", "rPr", "sdtPr", "sdtEndPr", "del", "moveFrom", "drawing", "pict", "object",
                "txbxContent", "instrText", "delText", "rt", "fldData", "tblPr", "tblGrid", "trPr", "tcPr",
            )
        }  # fmt: skip
        self.texts = {f"{w}t", *_MATH_T}
        self.nested = frozenset(f"{w}{local}" for local in ("tbl", "tr", "tc"))

    def lines(self, body: Element) -> list[str]:
        """One line per paragraph and per table row, in document order."""
        out: list[str] = []
        for block in self._blocks(body, {self.tags["p"], self.tags["tbl"]}):
            if block.tag == self.tags["p"]:
                out.append(self.paragraph(block))
            else:
                out.extend(self._table(block))
        return out

    def _blocks(self, parent: Element, wanted: set[str], through: frozenset[str] = frozenset()) -> list[Element]:
        """The ``wanted`` elements under ``parent`` in document order, looking through content
        controls, custom XML, alternate content (its fallback) and the ``through`` elements,
        but not into the wanted elements themselves."""
        found: list[Element] = []
        stack = [iter(parent)]
        while stack:
            el = next(stack[-1], None)
            if el is None:
                stack.pop()
            elif el.tag in wanted:
                found.append(el)
            elif el.tag == self.tags["sdt"]:
                if not self._is_toc(el):
                    stack.append(iter(el))
            elif el.tag in self.containers or el.tag in through or el.tag == f"{_MC}Fallback":
                stack.append(iter(el))
            elif el.tag == f"{_MC}AlternateContent":
                stack.append(iter(el.findall(f"{_MC}Fallback")))
        return found

    def _is_toc(self, sdt: Element) -> bool:
        """Word's generated table of contents (a content control of the TOC gallery)."""
        gallery = _val(sdt, f"{self.w}sdtPr/{self.w}docPartObj/{self.w}docPartGallery", self.w)
        return gallery == "Table of Contents"

    def _table(self, table: Element) -> list[str]:
        rows = self._blocks(table, {self.tags["tr"]})
        return ["\t".join(self._cell(tc) for tc in self._blocks(tr, {self.tags["tc"]})) for tr in rows]

    def _cell(self, cell: Element) -> str:
        """A cell on one line: its paragraphs (nested tables' too) joined by a space."""
        texts = (self.paragraph(p).replace("\n", " ") for p in self._blocks(cell, {self.tags["p"]}, self.nested))
        return " ".join(text for text in texts if text)

    def paragraph(self, p: Element) -> str:
        """The paragraph's numbering label and its text."""
        return self._label(p) + self._text(p)

    def _text(self, p: Element) -> str:
        parts: list[str] = []
        stack = [iter(p)]
        while stack:
            el = next(stack[-1], None)
            if el is None:
                stack.pop()
                continue
            tag = el.tag
            if tag in self.texts:
                parts.append(el.text or "")
            elif tag in self.skipped or (tag == self.tags["r"] and self._hidden(el)):
                continue
            elif tag == f"{_MC}AlternateContent":
                stack.append(iter(el.findall(f"{_MC}Fallback")))
            elif tag.startswith(self.w):
                parts.append(self._special(el, tag[len(self.w) :]))
                stack.append(iter(el))
            else:
                stack.append(iter(el))
        return "".join(parts).replace("\r\n", "\n").replace("\r", "\n")

    def _special(self, el: Element, local: str) -> str:
        """What a run's non-text element shows: tabs, breaks, hyphens, symbols."""
        if local in ("tab", "ptab"):
            return "\t"
        if local == "br":
            return "\n" if el.get(f"{self.w}type", "textWrapping") == "textWrapping" else ""
        if local == "cr":
            return "\n"
        if local == "noBreakHyphen":
            return "-"
        if local == "sym":
            return _symbol(el.get(f"{self.w}char"))
        return ""

    def _hidden(self, run: Element) -> bool:
        """Hidden text (``w:vanish`` set on the run) is not shown, so it is not read."""
        vanish = run.find(f"{self.w}rPr/{self.w}vanish")
        return vanish is not None and vanish.get(f"{self.w}val", "1").lower() not in _OFF

    def _label(self, p: Element) -> str:
        """The numbering label of ``p``: its own ``w:numPr``, else its style's (through
        ``basedOn``); the level from the paragraph, the style, or the level linked to the style."""
        if self.numbering is None:
            return ""
        w = self.w
        ppr = p.find(self.tags["pPr"])
        num_pr = None if ppr is None else ppr.find(f"{w}numPr")
        num_id = _val(num_pr, f"{w}numId", w)
        ilvl = level_index(_val(num_pr, f"{w}ilvl", w))
        chain = self.styles.chain(_val(ppr, f"{w}pStyle", w))
        for key in chain:
            style = self.styles.paragraph[key]
            num_id = style.num_id if num_id is None else num_id
            if ilvl is None and style.num_id in (None, num_id):
                ilvl = style.ilvl
        if num_id is None or num_id == "0":
            return ""
        if ilvl is None:
            ilvl = self.numbering.styled_level(num_id, chain) or 0
        return self.numbering.next_label(num_id, ilvl)


def _symbol(code: str | None) -> str:
    """A ``w:sym`` character; symbol-font code points (private use area) show nothing legible."""
    try:
        ch = chr(int(code or "", 16))
    except (ValueError, OverflowError):
        return ""
    return "" if 0xE000 <= ord(ch) <= 0xF8FF or 0xD800 <= ord(ch) <= 0xDFFF or ch.isspace() else ch


def _namespace(root: Element, local: str) -> str | None:
    """The WordprocessingML namespace (in braces) of a root element named ``local``."""
    for ns in _W_NAMESPACES:
        if root.tag == f"{{{ns}}}{local}":
            return f"{{{ns}}}"
    return None


def _numbering(parts: _Parts, w: str, styles: _Styles) -> Numbering | None:
    if parts.numbering is None or _namespace(parts.numbering, "numbering") != w:
        return None
    return parse_numbering(parts.numbering, w, styles.numbering)


def _empty_reason(body: Element | None, w: str) -> str:
    if body is not None and (body.find(f".//{w}drawing") is not None or body.find(f".//{w}pict") is not None):
        return "has no text, only images (a scanned document? OCR is not done)"
    return "has no text"


def read(raw: bytes, name: str) -> Produced:
    """A Word report: its body's text with numbering labels, one line per paragraph or table row."""
    parts = _load(raw, name)
    w = _namespace(parts.document, "document")
    if w is None:
        raise InputError(name, "unreadable", "has a document part that is not WordprocessingML")
    styles_ok = parts.styles is not None and _namespace(parts.styles, "styles") == w
    styles = _Styles(parts.styles if styles_ok else None, w)
    body = parts.document.find(f"{w}body")
    lines = [] if body is None else _Body(w, styles, _numbering(parts, w, styles)).lines(body)
    text = "\n".join(lines)
    if not text.strip():
        raise InputError(name, "empty", _empty_reason(body, w))
    return Produced(text, "docx", "utf-8", "lf")
