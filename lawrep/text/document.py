"""The document every stage reads: the text, its folded copy, its lines, its 《…》 titles.

Built once per report by :func:`lawrep.pipeline.extract` (through :func:`document`), so no stage
folds the text again or splits it into lines again.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    return Doc(text, folded, split_lines(text, folded), SpanIndex(m.span() for m in BRACKETED.finditer(folded)))
