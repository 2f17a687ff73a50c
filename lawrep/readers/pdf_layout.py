"""From a PDF's placed characters to paragraphs: visual lines, page furniture, line rejoining.

A PDF has no paragraphs, only glyphs placed on pages, and every line break in it is a visual
one. Reports are set in a few regular ways (GB/T 9704: a body column, paragraphs indented by two
characters, headings and signatures set apart, a page number at the foot), so the paragraphs
can be read back from the geometry alone:

* the glyphs of a page become visual lines (pdfium marks line changes); a wide gap that the PDF
  fills with nothing splits a line into table cells, and cells on one baseline make one row;
* page numbers (a table of patterns) and running headers and footers (a line repeated at the
  same height on most pages) are dropped;
* a line continues the paragraph before it unless it is a table row, changes the type size,
  follows a clearly larger vertical gap, is indented from the body's left margin by about a
  character (which also catches centred and right-aligned lines), is a short heading (一、…)
  after a finished sentence, or the line before it ended short of the right margin although
  the new line's first word would have fitted there.

Joined lines get no separator (Chinese has no spaces between lines); only a break between two
Latin letters, where the line broke at a space, gets one. Every other character is kept.
This module works on plain numbers, so its rules are tested on made-up boxes; ``pdf`` feeds it
what pdfium reads.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from math import ceil
from statistics import median
from typing import NamedTuple

CELL_GAP = 1.0
"""A gap this many characters wide, with no character of the PDF in it, separates table cells."""
STRETCH = 0.15
"""A generated space between ideographs is kept only where their gap exceeds the line's usual
gap by this many characters (a space typed there); the usual gap is justification."""
INDENT = 0.8
"""A line starting this many characters right of the body's left margin starts a paragraph."""
SLACK = 0.5
"""Characters of tolerance on the short-line rule (punctuation squeezed by justification)."""
EXTRA_GAP = 0.6
"""A vertical step this many characters larger than the body's line pitch starts a paragraph."""
SIZE_RATIO = 1.12
"""Lines whose character sizes differ by this ratio are never one paragraph (title and body)."""
ROW_TOLERANCE = 0.3
"""Two pieces of text whose baselines differ by less than this (in characters) are one row."""
EDGE_LINES = 2
"""How many lines at the top and at the bottom of a page may be page furniture."""
MIN_PAGE_LINES = 6
"""A page with fewer body lines borrows the document's margins instead of measuring its own."""

# Page numbers and page counts as reports print them, matched against the whole line with its
# whitespace removed (``— 3 —`` becomes ``—3—``). Only lines at the top or bottom of a page are
# tested.
PAGE_NUMBERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("dashed", re.compile(r"[-－—–―~～·•]+\d{1,4}[-－—–―~～·•]+")),  # — 3 —, - 3 -, ·3·
    ("bare", re.compile(r"\d{1,4}")),  # 3
    ("第N页", re.compile(r"第\d{1,4}页(?:[,，/、]?共\d{1,4}页)?")),  # 第3页, 第3页 共8页, 第3页，共8页
    ("共M页第N页", re.compile(r"共\d{1,4}页[,，/、]?第\d{1,4}页")),  # 共8页 第3页
    ("N/M", re.compile(r"\d{1,4}/\d{1,4}")),  # 3/8
    ("page", re.compile(r"(?i)page\d{1,4}(?:of\d{1,4})?")),  # Page 3 of 8
)

# Punctuation that may not start a line (it pulls the character before it onto the next line)
# and that may not end one (it is pushed onto the next line with the character after it).
_NO_START = frozenset("，。、；：？！”’）》〉」』】〕〗…‥·,.;:?!)]}%％")
_NO_END = frozenset("“‘（《〈「『【〔〖([{")
# Outline markers of GB/T 9704 headings (一、 （一） 1. （1） 第一条) and what ends a sentence: a
# short line that starts with one after a line that ended a sentence is a heading of its own.
_HEADING = re.compile(
    r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[（(]\d{1,2}[）)]|\d{1,2}[.．、](?!\d)"
    r"|第[一二三四五六七八九十百零]{1,4}[章节条部分]"
)
_SENTENCE_END = frozenset("。！？；：!?;:")
_WORD = re.compile(r"[A-Za-z0-9０-９.@_/\\#&+\-]")
_LATIN = re.compile(r"[A-Za-z]")
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


class Glyph(NamedTuple):
    """One character of a text page with its loose box and baseline origin, in PDF units (y
    grows upwards). ``generated``: put in by the text extractor (a space for a gap, CR/LF for
    a line change), not a character of the PDF."""

    char: str
    left: float
    bottom: float
    right: float
    top: float
    x: float
    y: float
    generated: bool = False


@dataclass(frozen=True)
class Line:
    """A visual line: the text of its cells (one cell unless it is a table row) and what the
    paragraph rules measure. ``em`` is the character size (the median width of its full-width
    characters; None when it has none), ``height`` the median height of its characters,
    ``lead`` the width of its first unbreakable piece (a character with the punctuation that
    sticks to it, or a Latin word or number)."""

    cells: tuple[str, ...]
    x0: float
    x1: float
    baseline: float
    em: float | None = None
    height: float = 10.0
    lead: float = 0.0
    page: int = 0

    @property
    def text(self) -> str:
        """The line as it goes into the text: cells joined by a tab."""
        return "\t".join(self.cells)

    @property
    def size(self) -> float:
        """The character size, or the character height when no full-width character tells it."""
        return self.em if self.em is not None else self.height

    @property
    def is_row(self) -> bool:
        """A table row: more than one cell."""
        return len(self.cells) > 1


@dataclass(frozen=True)
class Page:
    """The visual lines of one page (``number`` counts from 0), in the PDF's reading order."""

    number: int
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Geometry:
    """The body text block the paragraph rules compare lines with: its left and right
    margins, its character size and its line pitch (None when no two lines show it)."""

    left: float
    right: float
    em: float
    pitch: float | None


# ---------------------------------------------------------------- glyphs to lines


def page_lines(glyphs: Sequence[Glyph], page: int = 0) -> list[Line]:
    """The visual lines of a page's glyphs, pieces on one baseline merged into table rows."""
    lines = [line for run in _runs(glyphs) if (line := _line(run, page)) is not None]
    return _merge_rows(lines)


def _runs(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Split at line breaks, and where the baseline jumps without one."""
    runs: list[list[Glyph]] = [[]]
    anchor: Glyph | None = None  # the run's first character, whose baseline the others share
    for glyph in glyphs:
        if glyph.char in "\r\n":
            runs.append([])
            anchor = None
            continue
        if not glyph.char.isspace():
            if anchor is not None and abs(glyph.y - anchor.y) > 0.5 * max(anchor.top - anchor.bottom, 1.0):
                runs.append([])
                anchor = None
            if anchor is None:
                anchor = glyph
        runs[-1].append(glyph)
    return [run for run in runs if run]


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def _line(run: list[Glyph], page: int) -> Line | None:
    """One visual line of a run of glyphs; None when it holds only spaces."""
    seen = [i for i, g in enumerate(run) if not g.char.isspace()]
    if not seen:
        return None
    first, last = seen[0], seen[-1]
    shown = [run[i] for i in seen]
    wide = [g.right - g.left for g in shown if _wide(g.char) and g.right > g.left]
    em = median(wide) if wide else None
    height = median(max(g.top - g.bottom, 0.0) for g in shown) or 1.0
    cell = CELL_GAP * em if em is not None else 2.5 * (median(g.right - g.left for g in shown) or height)
    usual = max(median(b.left - a.right for a, b in pairwise(shown)), 0.0) if len(shown) > 1 else 0.0
    stretch = usual + STRETCH * em if em is not None else None
    cells = _cells(run[first : last + 1], cell, usual, stretch)
    return Line(
        cells=tuple("".join(g.char for g in cell) for cell in cells),
        x0=shown[0].left, x1=shown[-1].right, baseline=median(g.y for g in shown),
        em=em, height=height, lead=_lead([g for g in cells[0] if not g.char.isspace()]), page=page,
    )  # fmt: skip


def _cells(run: list[Glyph], cell: float, usual: float, stretch: float | None) -> list[list[Glyph]]:
    """Split a line into cells where two characters are ``cell`` further apart than the line's
    ``usual`` gap with nothing but generated characters between them (those become the cell
    boundary; a line spread evenly, like a distributed title, is no table). Generated spaces
    between two full-width characters no wider apart than ``stretch`` are dropped: such a gap
    is the line's justification, and Chinese puts no space between ideographs."""
    cells: list[list[Glyph]] = [[]]
    between: list[Glyph] = []
    previous: Glyph | None = None
    for glyph in run:
        if glyph.char.isspace():
            between.append(glyph)
            continue
        if previous is not None and all(g.generated for g in between):
            gap = glyph.left - previous.right
            if gap >= cell + usual:
                cells.append([])
                between = []
            elif between and stretch is not None and gap <= stretch and _wide(previous.char) and _wide(glyph.char):
                between = []
        cells[-1].extend(between)
        between = []
        cells[-1].append(glyph)
        previous = glyph
    return cells


def _lead(shown: list[Glyph]) -> float:
    """Width of the first unbreakable piece of a line: opening punctuation with the character
    after it, a Latin word or number, or one character, with the punctuation that follows."""
    if not shown:
        return 0.0
    i = 0
    while i + 1 < len(shown) and shown[i].char in _NO_END:
        i += 1
    if _WORD.match(shown[i].char):
        while i + 1 < len(shown) and _WORD.match(shown[i + 1].char):
            i += 1
    while i + 1 < len(shown) and shown[i + 1].char in _NO_START:
        i += 1
    return shown[i].right - shown[0].left


def _merge_rows(lines: list[Line]) -> list[Line]:
    """Consecutive pieces on one baseline, each right of the one before, make one row."""
    merged: list[Line] = []
    for line in lines:
        if merged and _same_row(merged[-1], line):
            row = merged[-1]
            em = row.em if row.em is not None else line.em
            merged[-1] = replace(row, cells=row.cells + line.cells, x1=line.x1, em=em)
        else:
            merged.append(line)
    return merged


def _same_row(a: Line, b: Line) -> bool:
    size = max(a.size, b.size)
    return abs(a.baseline - b.baseline) <= ROW_TOLERANCE * size and b.x0 >= a.x1 - 0.1 * size


# ---------------------------------------------------------------- page furniture


def is_page_number(text: str) -> bool:
    """Whether a line reads as a page number or page count (``— 3 —``, ``第3页 共8页``, ``3/8``)."""
    bare = _SPACES.sub("", text)
    return any(pattern.fullmatch(bare) for _, pattern in PAGE_NUMBERS)


def _edges(page: Page) -> list[Line]:
    """The lines at the top and the bottom of a page, where running heads and feet are."""
    order = sorted(page.lines, key=lambda line: -line.baseline)
    if len(order) <= 2 * EDGE_LINES:
        return order
    return order[:EDGE_LINES] + order[-EDGE_LINES:]


def _furniture_key(line: Line) -> str:
    """A running line's text with its numbers blanked: ``第3页`` and ``第4页`` are the same line."""
    return _DIGITS.sub("#", _SPACES.sub("", line.text))


def furniture(pages: Sequence[Page]) -> set[tuple[int, int]]:
    """``(page, index)`` of each page-number line and each line repeated at the same height on
    most pages (at least two), among the lines at the top and bottom of the pages."""
    found: set[tuple[int, int]] = set()
    where: dict[str, list[tuple[int, int, Line]]] = defaultdict(list)
    for page in pages:
        index = {id(line): i for i, line in enumerate(page.lines)}
        for line in _edges(page):
            if is_page_number(line.text):
                found.add((page.number, index[id(line)]))
            else:
                where[_furniture_key(line)].append((page.number, index[id(line)], line))
    counted = sum(1 for page in pages if page.lines)
    for places in where.values():
        for number, i, line in places:
            tolerance = 0.5 * line.size
            repeats = {n for n, _, other in places if abs(other.baseline - line.baseline) <= tolerance}
            if len(repeats) >= 2 and 2 * len(repeats) > counted:
                found.add((number, i))
    return found


def drop_furniture(pages: Sequence[Page]) -> list[Page]:
    """The pages without their page numbers and running headers and footers."""
    gone = furniture(pages)
    kept = [Page(p.number, tuple(line for i, line in enumerate(p.lines) if (p.number, i) not in gone)) for p in pages]
    return [page for page in kept if page.lines]


# ---------------------------------------------------------------- lines to paragraphs


def _leftmost_supported(values: list[float], tolerance: float, need: int) -> float | None:
    """The smallest value that at least ``need`` values lie within ``tolerance`` of."""
    ordered = sorted(values)
    for value in ordered:
        if bisect_right(ordered, value + tolerance) - bisect_left(ordered, value - tolerance) >= need:
            return value
    return None


def geometry(lines: Sequence[Line], fallback: Geometry | None = None) -> Geometry:
    """The body block of ``lines``: the leftmost start and the rightmost end shared by a tenth
    of them (at least two); character size and pitch from ``fallback`` when given."""
    text = [line for line in lines if not line.is_row] or list(lines)
    if fallback is not None:
        em, pitch = fallback.em, fallback.pitch
    else:
        sized = [line.em for line in text if line.em is not None]
        em = median(sized) if sized else median(line.height for line in text)
        pitch = _pitch(text, em)
    need = max(2, ceil(0.1 * len(text)))
    left = _leftmost_supported([line.x0 for line in text], 0.25 * em, need)
    right = _leftmost_supported([-line.x1 for line in text], 0.5 * em, need)
    return Geometry(
        left=left if left is not None else min(line.x0 for line in text),
        right=-right if right is not None else max(line.x1 for line in text),
        em=em,
        pitch=pitch,
    )


def _pitch(lines: Sequence[Line], em: float) -> float | None:
    """The usual baseline-to-baseline step between consecutive body-size lines of a page."""
    steps = [
        a.baseline - b.baseline
        for a, b in pairwise(lines)
        if a.page == b.page and _body_size(a, em) and _body_size(b, em) and 0.5 * em < a.baseline - b.baseline < 3 * em
    ]
    return median(steps) if steps else None


def _body_size(line: Line, em: float) -> bool:
    return line.em is None or abs(line.em - em) <= 0.1 * em


def break_before(prev: Line, line: Line, before: Geometry, here: Geometry) -> str | None:
    """Why ``line`` starts a new paragraph after ``prev`` (the rule's name), or None when it
    continues it. ``before`` and ``here`` are the geometries of their pages."""
    if prev.is_row or line.is_row:
        return "row"
    if prev.em is not None and line.em is not None and max(prev.em, line.em) > SIZE_RATIO * min(prev.em, line.em):
        return "size"
    em = line.em if line.em is not None else here.em
    if prev.page == line.page:
        step = prev.baseline - line.baseline
        if step < -0.5 * em:
            return "order"
        if here.pitch is not None and step > here.pitch + EXTRA_GAP * em:
            return "gap"
    if line.x0 - here.left >= INDENT * em:
        return "indent"
    if prev.text[-1:] in _SENTENCE_END and _HEADING.match(line.text) and here.right - line.x1 > 2 * em:
        return "heading"
    if before.right - prev.x1 > line.lead + SLACK * (prev.em if prev.em is not None else before.em):
        return "short"
    return None


def joiner(prev: str, line: str) -> str:
    """What goes between two joined lines: nothing, or a space between two Latin letters."""
    return " " if prev and line and _LATIN.match(prev[-1]) and _LATIN.match(line[0]) else ""


def rejoin(body: Sequence[Page]) -> list[str]:
    """The paragraphs of the body lines of pages (furniture already dropped), carried across
    page breaks. A page with few lines borrows the document's margins."""
    lines = [line for page in body for line in page.lines]
    if not lines:
        return []
    whole = geometry(lines)
    shapes = {page.number: _page_geometry(page, whole) for page in body}
    paras: list[list[str]] = []
    prev: Line | None = None
    for line in lines:
        if prev is not None and break_before(prev, line, shapes[prev.page], shapes[line.page]) is None:
            paras[-1].append(joiner(paras[-1][-1], line.text) + line.text)
        else:
            paras.append([line.text])
        prev = line
    return ["".join(parts) for parts in paras]


def _page_geometry(page: Page, whole: Geometry) -> Geometry:
    """A page's own margins (pages may be mirrored), when it has enough lines to show them."""
    return geometry(page.lines, whole) if sum(not line.is_row for line in page.lines) >= MIN_PAGE_LINES else whole


def paragraphs(pages: Sequence[Page]) -> list[str]:
    """The paragraphs of the pages, page furniture dropped."""
    return rejoin(drop_furniture(pages))


def render(paras: Sequence[str]) -> str:
    """The text of paragraphs: one a line, ending with a newline."""
    return "\n".join(paras) + "\n" if paras else ""
