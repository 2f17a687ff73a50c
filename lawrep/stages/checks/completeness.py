"""Completeness: the parts the 2019 regulation requires, the year and agency known, the
report signed in time; and notes from reading it (headings out of sequence, a partial read)."""

from __future__ import annotations

from datetime import date

from ...models import Check, Report, Span
from ...rules import checks as R
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
    out.extend(_timeliness(report))
    out.extend(_publication(report))
    if report.source.unread_pages:
        pages = ", ".join(str(n) for n in report.source.unread_pages)
        message = f"page(s) {pages} have no text layer (scanned?) and were not read; lawrep does not do OCR"
        out.append(check("completeness.unread_pages", "warning", message, "source.unread_pages"))
    return out


def _publication(report: Report) -> list[Check]:
    """A web page's publication date against the deadline for making the report public."""
    page, year = report.source.page, report.meta.year
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
    year, signed = report.meta.year, report.meta.date
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
