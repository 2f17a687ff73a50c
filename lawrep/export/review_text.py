"""The report's own text as HTML, every figure marked in place and every heading an anchor: the
middle of the review page (:mod:`lawrep.export.review_page`).

The text element's ``textContent`` is the report text character for character, so the page's
script can turn any ``start``/``end`` of the JSON into a place in the page by counting
characters. Three kinds of character cannot pass through HTML as they are and are written so
that the count still holds: a carriage return (an HTML parser turns a raw one into a line
feed) as ``&#13;``; NUL and lone surrogates (which a parser drops or UTF-8 cannot carry) as
U+FFFD, one character for one.

Marks and heading lines must nest. Quantities never overlap (the contract keeps them in
order), and a metric shares its quantity's span; a heading line is cut short or left unwrapped
where a figure would straddle its end, never the figure.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape

from ..models import Metric, Quantity, Report, Section

_UNSAFE = {0: "\ufffd", 13: "&#13;"}
"""Characters written otherwise so that the page's text has the report's characters and count."""


def text_html(text: str) -> str:
    """``text`` as HTML character data, one character in the page for each of ``text``."""
    out = escape(text, quote=False).translate(_UNSAFE)
    if any("\ud800" <= ch <= "\udfff" for ch in out):
        out = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in out)
    return out


def _attr(value: str) -> str:
    """An attribute value: escaped, and with its line breaks kept as breaks (a tooltip's lines)."""
    return escape(value).replace("\n", "&#10;").replace("\r", "&#13;")


@dataclass
class Mark:
    """One figure's element: its span, and the attributes the script and the tests read."""

    start: int
    end: int
    classes: list[str]
    attrs: dict[str, str] = field(default_factory=dict)

    def open_tag(self) -> str:
        attrs = "".join(f' {name}="{_attr(value)}"' for name, value in self.attrs.items())
        span = f'data-start="{self.start}" data-end="{self.end}"'
        return f'<mark class="{" ".join(self.classes)}" {span}{attrs} tabindex="0">'


def figure_marks(report: Report, domain_class: dict[str, str]) -> list[Mark]:
    """A mark for every quantity and for every metric (a metric on its quantity's mark; a
    metric whose span no quantity has, on a mark of its own), in text order. Spans that would
    overlap one already marked are left out rather than broken: the contract rules them out."""
    metric_at = {(m.start, m.end): (i, m) for i, m in enumerate(report.metrics)}
    marks: dict[tuple[int, int], Mark] = {}
    for qi, q in enumerate(report.quantities):
        marks[(q.start, q.end)] = _quantity_mark(qi, q)
    for (start, end), (mi, m) in metric_at.items():
        mark = marks.setdefault((start, end), Mark(start, end, ["fig"]))
        total = report.metrics[m.part_of] if m.part_of is not None and 0 <= m.part_of < len(report.metrics) else None
        _name(mark, mi, m, total, domain_class)
    kept: list[Mark] = []
    for mark in sorted(marks.values(), key=lambda k: (k.start, k.end)):
        if mark.end > mark.start and (not kept or mark.start >= kept[-1].end):
            kept.append(mark)
    return kept


def _quantity_mark(qi: int, q: Quantity) -> Mark:
    title = f"{amount(q.value, q.high)} {q.unit} ({q.dimension}, {q.qualifier}): no rule named it"
    return Mark(q.start, q.end, ["fig", "unnamed"], {"data-q": str(qi), "title": title})


def _name(mark: Mark, mi: int, m: Metric, total: Metric | None, domain_class: dict[str, str]) -> None:
    """Make ``mark`` the mark of metric ``mi``: coloured by its domain, tied to its total, with
    what lawrep read in its tooltip."""
    domain = m.key.split(".")[0]
    mark.classes = [c for c in mark.classes if c != "unnamed"] + ["named", domain_class.get(domain, "d-other")]
    mark.attrs["data-m"] = str(mi)
    mark.attrs["data-key"] = m.key
    lines = [f"{m.key} · {m.label}", f"{amount(m.value, m.high)} {m.unit} ({m.qualifier})"]
    if m.period is not None:
        lines.append(f"period {m.period}")
    if m.period_from is not None:
        lines.append(f"since {m.period_from}")
    if m.part_of is not None:
        mark.classes.append("part")
        mark.attrs["data-part-of"] = str(m.part_of)
        lines.append(f"part of {total.label} {total.text}" if total else f"part of metric {m.part_of}")
    lines += [f"subject {m.subject}", f"rule {m.rule}"]
    mark.attrs["title"] = "\n".join(lines)


def amount(value: float | int, high: float | int | None) -> str:
    """A value (or a range) as a reviewer reads it: digits grouped, no trailing ``.0``."""

    def one(x: float | int) -> str:
        return f"{int(x):,}" if isinstance(x, float) and x.is_integer() else f"{x:,}"

    return one(value) if high is None else f"{one(value)}–{one(high)}"


def walk(sections: list[Section]) -> Iterator[Section]:
    """Every section, depth first in document order."""
    for s in sections:
        yield s
        yield from walk(s.children)


def _title_end(text: str, s: Section) -> int:
    """Where a heading's marker and title end: its line, or for a heading that leads a
    paragraph (``（一）完善制度。严格执行…``) the title and its full stop, not the paragraph."""
    line_end = text.find("\n", s.start)
    line_end = len(text) if line_end < 0 else line_end
    at = text.find(s.title, s.start, line_end) if s.title else -1
    if at < 0:
        return line_end
    end = at + len(s.title)
    return end + 1 if text[end : end + 1] in ("。", ".", "．") else end


def _heading_ends(text: str, sections: list[Section], marks: list[Mark]) -> list[tuple[Section, int]]:
    """Each heading with where its wrapper ends (its title, stretched over a figure that runs
    past it), or with -1 when a figure straddles its start and only an anchor is placed."""
    out = []
    for s in walk(sections):
        end = _title_end(text, s)
        for m in marks:
            if m.start < s.start < m.end:
                end = -1
                break
            if m.start < end < m.end:
                end = m.end
        out.append((s, end))
    return out


def marked_text(text: str, report: Report, domain_class: dict[str, str]) -> str:
    """The text with a ``<mark>`` for every figure and a ``<span class="h">`` (with an ``id``
    the outline links to) for every heading line. Opening and closing tags are sorted so that
    at one offset closings come first, a heading opens outside a mark and closes after it."""
    marks = figure_marks(report, domain_class)
    events: list[tuple[int, int, str]] = []  # (offset, order, tag); order: close mark, close heading, open…
    for n, (s, end) in enumerate(_heading_ends(text, report.outline, marks)):
        anchor = f'<span class="h h{s.level}" id="sec-{n}">'
        if end < 0:
            events.append((s.start, 2, f'<span class="anchor" id="sec-{n}"></span>'))
        elif end > s.start:
            events.append((s.start, 2, anchor))
            events.append((end, 1, "</span>"))
    for m in marks:
        events.append((m.start, 3, m.open_tag()))
        events.append((m.end, 0, "</mark>"))
    events.sort(key=lambda e: (e[0], e[1]))
    out: list[str] = []
    at = 0
    for offset, _, tag in events:
        out.append(text_html(text[at:offset]))
        out.append(tag)
        at = offset
    out.append(text_html(text[at:]))
    return "".join(out)
