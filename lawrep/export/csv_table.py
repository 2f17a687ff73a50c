"""The CSV long table: one row per metric (``--all-quantities``: per quantity) with the report's
metadata repeated, the shape pandas, DuckDB and spreadsheets read directly."""

from __future__ import annotations

import csv
import io

from ..models import Metric, Report
from ..text.clauses import sentence_around

CSV_COLUMNS = (
    "path", "agency", "province", "city", "county", "level", "year", "key", "label", "value", "high",
    "unit", "qualifier", "text", "start", "end", "section", "sentence", "region_code", "agency_kind",
    "metric", "part_of", "period", "period_from", "subject", "rule",
)  # fmt: skip
"""``metric`` is the metric's position in the report's ``metrics`` (from 0) and ``part_of`` the
position of the total it breaks down: a row with ``part_of`` set is already inside its total,
and one with ``period`` or ``period_from`` set is about other years than the report's, so
neither belongs in a sum or a panel cell for the report's year."""


def csv_rows(report: Report, text: str, *, all_quantities: bool = False) -> list[list[str]]:
    """Rows of the long table for one report (without the header)."""
    meta = report.meta
    head = [
        report.source.path or "",
        meta.agency.name if meta.agency else "",
        meta.region.province or "",
        meta.region.city or "",
        meta.region.county or "",
        meta.level or "",
        str(meta.year) if meta.year is not None else "",
    ]
    rows = []
    by_span = {(m.start, m.end): (n, m) for n, m in enumerate(report.metrics)}
    items = report.quantities if all_quantities else [q for q in report.quantities if (q.start, q.end) in by_span]
    for q in items:
        n, m = by_span.get((q.start, q.end), (None, None))
        rows.append(
            [
                *head,
                m.key if m else "",
                m.label if m else "",
                _num(q.value),
                _num(q.high) if q.high is not None else "",
                q.unit,
                q.qualifier,
                q.text,
                str(q.start),
                str(q.end),
                "/".join(m.section) if m else "",
                sentence_around(text, q.start, q.end),
                meta.region.code or "",
                meta.department_kind or "",
                *(_metric_tail(n, m) if m is not None and n is not None else [""] * 6),
            ]
        )
    return rows


def _metric_tail(n: int, m: Metric) -> list[str]:
    """The columns only a named figure has: its position, its total's, its years, subject, rule."""
    return [str(n), _opt(m.part_of), _opt(m.period), _opt(m.period_from), m.subject, m.rule]


def _opt(v: int | None) -> str:
    return "" if v is None else str(v)


def _num(v: float | int) -> str:
    return repr(v) if isinstance(v, float) else str(v)


def csv_text(rows: list[list[str]], *, header: bool) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if header:
        writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    return buf.getvalue()
