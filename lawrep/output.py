"""Stage 7 — output: JSON, JSONL, the CSV long table, and error records.

JSON is UTF-8 with Chinese unescaped and keys in model order, so the same report always gives
the same bytes. The CSV has one row per metric (``--all-quantities``: per quantity) with the
report's metadata repeated, the shape pandas, DuckDB and spreadsheets read directly.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import regex

from .models import Report

CSV_COLUMNS = (
    "path", "agency", "province", "city", "county", "level", "year", "key", "label", "value", "high",
    "unit", "qualifier", "text", "start", "end", "section", "sentence",
)  # fmt: skip

_SENTENCE_END = regex.compile(r"[。!?！？\n]")


def dumps(data: dict[str, Any], *, compact: bool = False) -> str:
    """A report's JSON (from ``Report.model_dump(mode="json")``): Chinese unescaped, keys in
    model order; pretty, or one line with ``compact`` (always so in JSONL)."""
    if compact:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=2)


def error_record(path: str, code: str, message: str) -> dict[str, Any]:
    """What a batch writes in place of a report it could not read."""
    return {"error": {"path": path, "id": code, "message": message}}


def error_json(path: str, code: str, message: str) -> str:
    return json.dumps(error_record(path, code, message), ensure_ascii=False, separators=(",", ":"))


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence a span stands in (from the previous 。 or line break to the next)."""
    left = max(0, start - 400)
    begin = left
    for m in _SENTENCE_END.finditer(text, left, start):
        begin = m.end()
    m2 = _SENTENCE_END.search(text, end, min(len(text), end + 400))
    stop = m2.end() if m2 and m2.group() != "\n" else (m2.start() if m2 else min(len(text), end + 400))
    return text[begin:stop].strip()


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
