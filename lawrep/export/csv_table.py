"""The CSV long table: one row per metric (``--all-quantities``: per quantity) with the report's
metadata repeated, the shape pandas, DuckDB and spreadsheets read directly."""

from __future__ import annotations

import csv
import io

from ..models import Report
from ..text.clauses import sentence_around

CSV_COLUMNS = (
    "path", "agency", "province", "city", "county", "level", "year", "key", "label", "value", "high",
    "unit", "qualifier", "text", "start", "end", "section", "sentence", "region_code", "agency_kind",
)  # fmt: skip


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
    by_span = {(m.start, m.end): m for m in report.metrics}
    items = report.quantities if all_quantities else [q for q in report.quantities if (q.start, q.end) in by_span]
    for q in items:
        m = by_span.get((q.start, q.end))
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
                (meta.agency.kind or "") if meta.agency else "",
            ]
        )
    return rows


def _num(v: float | int) -> str:
    return repr(v) if isinstance(v, float) else str(v)


def csv_text(rows: list[list[str]], *, header: bool) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if header:
        writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    return buf.getvalue()
