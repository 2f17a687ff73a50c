"""The document every stage reads: the text, its folded copy, its lines, its 《…》 titles.

Built once per report by :func:`lawrep.pipeline.extract` (through :func:`document`), so no stage
folds the text again or splits it into lines again.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from .clauses import BRACKETED
from .fold import fold
from .spans import SpanIndex


@dataclass(slots=True)  # not frozen: a frozen dataclass is built twice as slowly, once a line
class Line:
    """A line of the text: ``text`` excludes the newline; ``folded`` is its folded copy."""

    number: int
    start: int
    end: int
    text: str
    folded: str


@dataclass(frozen=True, slots=True)
class Doc:
    """One report's text as the stages read it. ``text`` is what offsets point into; ``folded``
    has the same length, character for character (see :mod:`lawrep.text.fold`)."""

    text: str
    folded: str
    lines: tuple[Line, ...]
    titles: SpanIndex
    """The 《…》 titles of other documents, for "is this offset inside a title?"."""
    line_starts: list[int] = field(default_factory=list)
    """Where each line starts, for finding the line of an offset by bisection."""


def split_lines(text: str, folded: str) -> tuple[Line, ...]:
    """Split into lines with their offsets (the text uses LF only)."""
    lines, start = [], 0
    for number, raw in enumerate(text.split("\n"), 1):
        end = start + len(raw)
        lines.append(Line(number, start, end, raw, folded[start:end]))
        start = end + 1
    return tuple(lines)


def document(text: str) -> Doc:
    """The :class:`Doc` of a newline-normalised text."""
    folded = fold(text)
    lines = split_lines(text, folded)
    titles = SpanIndex(m.span() for m in BRACKETED.finditer(folded))
    return Doc(text, folded, lines, titles, [line.start for line in lines])


def lines_within(doc: Doc, start: int, end: int) -> Iterator[tuple[int, str]]:
    """The folded lines of ``[start, end)`` as ``(offset, line)``, cut at the range's ends: what
    splitting ``doc.folded[start:end]`` at newlines gives, without splitting again."""
    first = max(0, bisect_right(doc.line_starts, start) - 1)
    for line in doc.lines[first:]:
        if line.start >= end:
            break
        a, b = max(line.start, start), min(line.end, end)
        yield a, doc.folded[a:b]
