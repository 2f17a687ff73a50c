"""Completeness: the parts the 2019 regulation requires, the year and agency known, the
report signed in time; and notes from reading it (headings out of sequence, a partial read,
several reports in one text)."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

import regex

from ...models import Check, Report, Span
from ...rules import checks as R
from ...rules import outline as O
from ...text.document import Doc, Line
from ..outline import Structure, parse_heading_line
from .common import check


def completeness(report: Report) -> list[Check]:
    """The parts the 2019 regulation requires, year and agency known, signed in time."""
    out: list[Check] = []
    present = {s.canonical for s in report.outline if s.level == 1}
    for part, what in R.REQUIRED_PARTS:
        if part not in present:
            out.append(check(f"completeness.missing_{part}", "warning", f"no part on {what}", "outline"))
    if report.meta.year is None:
        out.append(
            check(
                "completeness.year_unknown",
                "warning",
                "the year the report is about could not be read",
                "meta.year",
            )
        )
    if report.meta.agency is None:
        out.append(
            check(
                "completeness.agency_unknown",
                "warning",
                "the reporting agency could not be read",
                "meta.agency",
            )
        )
    if report.meta.date is None:
        out.append(check("completeness.date_unknown", "warning", "no signing date could be read", "meta.date"))
    out.extend(_timeliness(report))
    out.extend(_publication(report))
    if report.source.unread_pages:
        pages = ", ".join(str(n) for n in report.source.unread_pages)
        message = f"page(s) {pages} have no text layer (scanned?) and were not read; lawrep does not do OCR"
        out.append(check("completeness.unread_pages", "warning", message, "source.unread_pages"))
    return out


def _publication(report: Report) -> list[Check]:
    """A web page's publication date against the deadline for making the report public."""
    page, year = report.source.page, report.meta.year_to or report.meta.year  # a range: its last year
    if page is None or page.published is None or year is None:
        return []
    try:
        published = date.fromisoformat(page.published)
    except ValueError:
        return []
    deadline = date(year + 1, *R.PUBLICATION_MONTH_DAY)
    if published <= deadline:
        return []
    message = f"published {page.published}, after the {deadline.isoformat()} deadline for making a {year} report public"
    return [check("completeness.published_late", "warning", message, "source.page.published")]


def _timeliness(report: Report) -> list[Check]:
    year, signed = report.meta.year_to or report.meta.year, report.meta.date  # a range: its last year
    if year is None or signed is None:
        return []
    try:
        d = date.fromisoformat(signed)
    except ValueError:
        return []
    ev = report.meta.date_evidence
    start, end = (ev.start, ev.end) if ev else (None, None)
    if d > date(year + 1, *R.DEADLINE_MONTH_DAY):
        return [
            check(
                "completeness.signed_late",
                "warning",
                f"signed {signed}, after the 1 March {year + 1} deadline for a {year} report",
                "meta.date",
                start,
                end,
            )
        ]
    if d < date(year, *R.EARLY_MONTH_DAY):
        return [
            check(
                "completeness.signed_early",
                "error",
                f"signed {signed}, over a month before the {year} it reports on ends: the year is probably misread",
                "meta.date",
                start,
                end,
            )
        ]
    return []


def outline_notes(suspects: list[Span]) -> list[Check]:
    """Lines that look like headings but are out of sequence (the outline kept them as body)."""
    return [
        check(
            "outline.out_of_sequence",
            "warning",
            f"{s.text[:30]!r} looks like a heading but is out of sequence; kept as body text",
            "outline",
            s.start,
            s.end,
        )
        for s in suspects
    ]


def incomplete_quantities(chars: int) -> Check:
    """The regex guard stopped the quantity reader: the report holds what was read until then."""
    return check(
        "limits.quantities_incomplete",
        "warning",
        f"reading quantities stopped at the time limit for {chars} characters; the list is partial",
        "quantities",
    )


def several_reports(doc: Doc, structure: Structure) -> list[Check]:
    """A file that holds several reports one after another (a year's reports pasted into one
    file) reads as one report with a strange outline; say where each later one seems to start,
    so that the reader splits the file rather than trusting the merged figures."""
    first = next((s.start for s in structure.sections if s.level == 1), len(doc.text))
    if not _may_hold_several(doc, first):
        return []  # most reports stop here, at a search or two
    starts = _Signs(doc, first).later_reports()
    found = []
    for n, line in enumerate(starts, 2):
        begin = line.start + len(line.text) - len(line.text.lstrip())
        end = line.start + len(line.text.rstrip())
        message = (
            f"report {n} of {len(starts) + 1} seems to start on line {line.number} ({line.text.strip()[:20]!r}): "
            "the text holds several reports one after another, read here as one; split it to read each"
        )
        found.append(check("completeness.several_reports", "warning", message, "outline", begin, end))
    return found


# A line opening with 一、 (from a newline: ^ in MULTILINE is several times slower).
_LINE_OF_ONE = regex.compile(rf"\n[ \t]*{O.CN_DIGITS[0]}\s?[、,]")
_TITLE_WORD = regex.compile(regex.escape(R.REPORT_TITLE_WORD))


def _may_hold_several(doc: Doc, first: int) -> bool:
    """Every rule needs a heading 一、 after the first one, or a title line after some body: when
    the text has neither a line starting with 一 after that heading nor such a title, skip the rest."""
    if _LINE_OF_ONE.search(doc.folded, first):
        return True
    for m in _TITLE_WORD.finditer(doc.folded, R.SEVERAL_REPORTS_MIN_BODY):  # faster than str.find here
        if _is_title(doc.lines[bisect_right(doc.line_starts, m.start()) - 1].folded):
            return True
    return False


_BACK_MATTER = regex.compile(
    r"\s*(?:" + "|".join(f"(?:{p})" for p in (*O.CLOSING_LINE_PATTERNS, *O.WEB_LEFTOVER_LINES)) + r")\s*"
)
"""A line the outline takes for back matter (one pattern: a fullmatch tries every branch)."""


class _Signs:
    """The signs of a report's start and end, line by line (non-blank lines only); see
    ``rules/checks.py`` for the rule."""

    def __init__(self, doc: Doc, first: int) -> None:
        self.lines = [line for line in doc.lines if line.folded.strip()]
        self.title = [_is_title(line.folded) for line in self.lines]
        self.opening = [any(cue in line.folded for cue in R.REPORT_OPENING_CUES) for line in self.lines]
        self.restart = [line.start > first and _is_first_part(line) for line in self.lines]
        self.back = [
            len(line.folded) <= O.BACK_MATTER_MAX_CHARS and _BACK_MATTER.fullmatch(line.folded) is not None
            for line in self.lines
        ]

    def later_reports(self) -> list[Line]:
        """The first line of each report after the first: a line after enough body, that either
        follows back matter and opens a report, or announces one (title, opening) that restarts
        the parts."""
        starts: list[Line] = []
        body = 0  # characters of body since the text or the last report began
        for i, line in enumerate(self.lines):
            if self.back[i]:
                continue
            after_back = i > 0 and self.back[i - 1]
            if body >= R.SEVERAL_REPORTS_MIN_BODY and ((after_back and self._opens_report(i)) or self._announces(i)):
                starts.append(line)
                body = 0
            body += len(line.folded.strip())
        return starts

    def _restarts(self, i: int) -> bool:
        """A heading 一、 restarting the parts within the window from line ``i``."""
        return any(self.restart[i : i + R.SEVERAL_REPORTS_WINDOW])

    def _announces(self, i: int) -> bool:
        """A title line or an opening (…报告如下), then a heading 一、 restarting the parts."""
        return (self.title[i] or self.opening[i]) and self._restarts(i + 1)

    def _opens_report(self, i: int) -> bool:
        """Right after back matter: a heading 一、 restarting the parts, or a title line followed
        by a body that ends in back matter of its own."""
        if self._restarts(i):
            return True
        window = range(i, min(i + R.SEVERAL_REPORTS_WINDOW, len(self.lines)))
        return any(self.title[t] and not self.back[t] and self._closes_again(t + 1) for t in window)

    def _closes_again(self, i: int) -> bool:
        """From line ``i``, a body long enough to be a report's, then back matter."""
        body = 0
        for line, back in zip(self.lines[i:], self.back[i:], strict=True):
            if back:
                return body >= R.SEVERAL_REPORTS_MIN_BODY
            body += len(line.folded.strip())
        return False


def _is_title(folded: str) -> bool:
    """A report's title line: short, with 报告 and no clause mark, and no heading."""
    if len(folded) > 4 * R.REPORT_TITLE_MAX_CHARS:
        return False  # a long line is no title, and stripping it for every 报告 in it would be quadratic
    line = folded.strip()
    return (
        R.REPORT_TITLE_WORD in line
        and len(line) <= R.REPORT_TITLE_MAX_CHARS
        and not any(mark in line for mark in R.REPORT_TITLE_BREAKS)
        and parse_heading_line(folded, folded) is None
    )


def _is_first_part(line: Line) -> bool:
    """The line is a heading 一、 (the first of level 1)."""
    if not line.folded.lstrip().startswith(O.CN_DIGITS[0]):
        return False
    h = parse_heading_line(line.text, line.folded)
    return h is not None and h.level == 1 and h.ordinal == 1
