"""Stage 1 — outline: the heading tree, front matter, back matter and 一是… items.

How a line becomes a heading:

1. After its indentation the line starts with a marker of one of the four GB/T 9704-2012
   levels (``rules/outline.py``: ``MARKERS``), and a title follows — the text up to the first
   ``。`` or the end of the line — that does not start with a figure (``1、2020年…``).
2. It is *in sequence*: its ordinal is one more than that of the last heading of the same level
   under the same parent (the first is 1). A candidate out of sequence (a ``(三)`` quoted in a
   paragraph, a ``2.`` in a numbered list inside a body) stays body text. When such a candidate
   is a strong one — a whole short line of its own — it may be a heading the page lost, so the
   outline keeps a note of it (``suspect_headings``) for the checks stage to report.

Back matter is found first, reading up from the end (closing formula, signature, date, contact,
web-page leftovers), so that it never becomes part of the last section's body.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..models import Canonical, Item, Section, Span
from ..rules import outline as R
from ..text.document import Doc, Line
from ..text.fastre import alternation, branch_of
from ..text.numerals import small_cn_to_int

# Every level's marker in one pattern, tried in table order; ``branch_of`` says which matched.
# (The groups ``num`` of the branches share one number, as ``regex`` allows.)
_MARKER_RE, _MARKER_BRANCHES = alternation([rule.pattern for rule in R.MARKERS], prefix=r"(?P<indent>[ \t]*)")
_G_INDENT, _G_NUM = _MARKER_RE.groupindex["indent"], _MARKER_RE.groupindex["num"]  # by number: faster
_NOT_TITLE_START = regex.compile(R.NOT_TITLE_START)
_CLOSING = regex.compile(
    r"\s*(?:" + "|".join(f"(?:{p})" for p in (*R.CLOSING_LINE_PATTERNS, *R.WEB_LEFTOVER_LINES)) + r")\s*"
)  # one alternation: a line is tried once
# The marker is matched first and its boundary looked behind: the engine then skips at C speed
# the positions where no marker begins (ten times faster than matching from the boundary).
_ITEM_RE = regex.compile(rf"(?<={R.ITEM_BOUNDARY}){R.ITEM_MARKER}", regex.MULTILINE)


@dataclass(slots=True)
class Heading:
    """A heading candidate read from one line; offsets are relative to the line's start."""

    level: int
    marker: str
    number: str
    ordinal: int
    title: str
    marker_start: int
    title_start: int
    title_end: int
    standalone: bool


@dataclass
class Structure:
    """What the outline stage produces for later stages."""

    sections: list[Section]
    preamble: Span | None
    closing: Span | None
    suspect_headings: list[Span] = field(default_factory=list)
    folded_titles: dict[int, str] = field(default_factory=dict)
    """Each section's title in the folded text, by the section's start: what rules match
    (a title in traditional characters or full-width forms reads like its simplified one)."""


def _ordinal(number: str, numeral: str) -> int | None:
    value = int(number) if numeral == "arabic" else small_cn_to_int(number)
    if value is None or not 1 <= value <= R.MAX_ORDINAL:
        return None
    return value


def parse_heading_line(line: str, folded: str) -> Heading | None:
    """Read a heading candidate from one line and its folded copy, judged alone (no sequence
    context)."""
    m = _MARKER_RE.match(folded)
    if m is None:
        return None
    rule = R.MARKERS[branch_of(m, _MARKER_BRANCHES)]
    ordinal = _ordinal(m.group(_G_NUM), rule.numeral)
    if ordinal is None:
        return None
    marker_start, title_start = m.end(_G_INDENT), m.end()
    marker = line[marker_start:title_start]
    while title_start < len(line) and folded[title_start] in " \t":
        title_start += 1
    stop = folded.find("。", title_start)
    title_end = stop if stop >= 0 else len(folded.rstrip())
    title = line[title_start:title_end]
    if not title.strip() or _NOT_TITLE_START.match(folded, title_start):
        return None
    if stop < 0 and len(title) > R.TITLE_MAX_CHARS:
        return None
    standalone = stop < 0 or not folded[stop + 1 :].strip()
    return Heading(
        level=rule.level,
        marker=marker,
        number=line[m.start(_G_NUM) : m.end(_G_NUM)],
        ordinal=ordinal,
        title=title.rstrip(),
        marker_start=marker_start,
        title_start=title_start,
        title_end=title_start + len(title.rstrip()),
        standalone=standalone,
    )


def find_closing(lines: tuple[Line, ...]) -> int | None:
    """Index of the first line of the back matter, or None when the text has none."""
    first = None
    for i in range(len(lines) - 1, -1, -1):
        folded = lines[i].folded
        if not folded.strip():
            continue
        if len(folded) <= R.BACK_MATTER_MAX_CHARS and _CLOSING.fullmatch(folded):
            first = i
            continue
        break
    return first


@dataclass
class _Open:
    section: Section
    counts: dict[int, int] = field(default_factory=dict)  # last child ordinal per level


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _attach(root: _Open, stack: list[_Open], h: Heading, line: Line) -> bool:
    """Place ``h`` in the tree if it is in sequence; return whether it was placed."""
    while stack and stack[-1].section.level >= h.level:
        stack.pop()
    parent = stack[-1] if stack else root
    if h.ordinal != parent.counts.get(h.level, 0) + 1:
        return False
    parent.counts[h.level] = h.ordinal
    section = Section(
        level=h.level,
        marker=h.marker,
        number=h.number,
        ordinal=h.ordinal,
        title=h.title,
        start=line.start + h.marker_start,
        end=line.end,
        line=line.number,
    )
    parent.section.children.append(section)
    stack.append(_Open(section))
    return True


def _close_ends(sections: list[Section], text: str, limit: int) -> None:
    """Set each section's end: the start of the next section at its level or above."""
    for i, sec in enumerate(sections):
        nxt = sections[i + 1].start if i + 1 < len(sections) else limit
        sec.end = _trimmed_end(text, sec.start, nxt)
        _close_ends(sec.children, text, sec.end)


def _canonical(title: str) -> Canonical:
    for canonical, cues in R.CANONICAL_CUES:
        if any(cue in title for cue in cues):
            return canonical
    return R.DEFAULT_CANONICAL


def _items(text: str, folded: str, start: int, end: int) -> list[Item]:
    """In-paragraph enumerations 一是…二是… between ``start`` and ``end``."""
    found: list[tuple[int, int, str]] = []  # (marker start, ordinal, marker)
    expected = 1
    for m in _ITEM_RE.finditer(folded, start, end):
        ordinal = small_cn_to_int(m.group("num"))
        if ordinal is None:
            continue
        if ordinal == 1 or ordinal == expected:
            found.append((m.start("num"), ordinal, text[m.start("num") : m.end()]))
            expected = ordinal + 1
    items = []
    for i, (pos, ordinal, marker) in enumerate(found):
        line_end = folded.find("\n", pos, end)
        stop = end if line_end < 0 else line_end
        if i + 1 < len(found) and found[i + 1][1] == ordinal + 1:
            stop = found[i + 1][0]
        stop = _trimmed_end(text, pos, stop)
        items.append(Item(marker=marker, ordinal=ordinal, text=text[pos:stop], start=pos, end=stop))
    # keep only runs that start at 一是 and count up without a gap
    return [it for i, it in enumerate(items) if it.ordinal == 1 or (i and items[i - 1].ordinal == it.ordinal - 1)]


def _fill_items(sections: list[Section], text: str, folded: str) -> None:
    for sec in sections:
        # the body starts after the title, which may stand a few spaces after the marker
        body_start = text.find(sec.title, sec.start + len(sec.marker)) + len(sec.title)
        body_end = sec.children[0].start if sec.children else sec.end
        sec.items = _items(text, folded, body_start, body_end)
        _fill_items(sec.children, text, folded)


def _span(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    end = _trimmed_end(text, start, end)
    return Span(text=text[start:end], start=start, end=end) if end > start else None


def parse(doc: Doc) -> Structure:
    """Build the heading tree, front matter and back matter of a report."""
    text, folded, lines = doc.text, doc.folded, doc.lines
    closing_at = find_closing(lines)
    body_lines = lines if closing_at is None else lines[:closing_at]
    body_end = len(text) if closing_at is None else lines[closing_at].start

    root = _Open(Section(level=1, marker="", number="", ordinal=1, title="", start=0, end=0, line=1))
    stack: list[_Open] = []
    suspects: list[Span] = []
    folded_titles: dict[int, str] = {}
    for line in body_lines:
        h = parse_heading_line(line.text, line.folded)
        if h is None:
            continue
        if _attach(root, stack, h, line):
            folded_titles[line.start + h.marker_start] = line.folded[h.title_start : h.title_end]
        elif h.standalone:
            start = line.start + h.marker_start
            suspects.append(
                Span(
                    text=text[start : line.end].rstrip(),
                    start=start,
                    end=line.start + len(line.text.rstrip()),
                )
            )
    sections = root.section.children
    _close_ends(sections, text, body_end)
    for sec in sections:
        if sec.level == 1:
            sec.canonical = _canonical(folded_titles[sec.start])
    _fill_items(sections, text, folded)

    preamble = _span(text, 0, sections[0].start if sections else body_end)
    closing = _span(text, body_end, len(text)) if closing_at is not None else None
    return Structure(sections, preamble, closing, suspects, folded_titles)
