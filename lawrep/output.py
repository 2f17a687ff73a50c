"""Stage 7 — output: JSON, JSONL, the CSV long table, and error records.

JSON is UTF-8 with Chinese unescaped and keys in model order, so the same report always gives
the same bytes. The CSV has one row per metric (``--all-quantities``: per quantity) with the
report's metadata repeated, the shape pandas, DuckDB and spreadsheets read directly.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

import regex

from .models import Report

CSV_COLUMNS = (
    "path", "agency", "province", "city", "county", "level", "year", "key", "label", "value", "high",
    "unit", "qualifier", "text", "start", "end", "section", "sentence",
)  # fmt: skip

_SENTENCE_END = regex.compile(r"[。!?！？\n]")


@dataclass(frozen=True)
class Rendering:
    """How each report is written: ``json`` (pretty unless ``compact``), ``jsonl`` (one line)
    or ``csv`` (rows of the long table, no header). Sent to the batch workers, which render."""

    format: str = "json"
    compact: bool = False
    all_quantities: bool = False


def render(report: Report, text: str, how: Rendering) -> str:
    """One report as the text a batch writes for it, newline-terminated."""
    if how.format == "csv":
        return csv_text(csv_rows(report, text, all_quantities=how.all_quantities), header=False)
    return report_json(report, compact=how.compact or how.format == "jsonl") + "\n"


def report_json(report: Report, *, compact: bool = False) -> str:
    """A report's JSON: Chinese unescaped, keys in model order, pretty or (``compact``, always in
    JSONL) one line. pydantic-core writes it directly, 2.5x faster than ``json.dumps`` of
    ``model_dump()``, and the same text but for small floats (``0.00001`` where Python writes ``1e-05``)."""
    return report.model_dump_json(indent=None if compact else 2)


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
