"""Rendering a report as the text a command writes: JSON, a JSONL line, CSV rows, error records.

JSON is UTF-8 with Chinese unescaped and keys in model order, so the same report always gives
the same bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..models import Report
from .csv_table import csv_rows, csv_text


@dataclass(frozen=True)
class Rendering:
    """How each report is written: ``json`` (pretty unless ``compact``), ``jsonl`` or
    ``sqlite`` (one line; the parent stores it) or ``csv`` (rows of the long table, no header).
    Sent to the batch workers, which render."""

    format: str = "json"
    compact: bool = False
    all_quantities: bool = False


def render(report: Report, text: str, how: Rendering) -> str:
    """One report as the text a batch writes for it, newline-terminated."""
    if how.format == "csv":
        return csv_text(csv_rows(report, text, all_quantities=how.all_quantities), header=False)
    return report_json(report, compact=how.compact or how.format in ("jsonl", "sqlite")) + "\n"


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
