"""The panel: one row per report, one column per metric key, one honest value per cell.

How a cell is chosen, in order:

1. Only the report's own figures for its own year are candidates: a metric that is part of a
   breakdown (``part_of`` set) is already inside its total; one about another year
   (``period``) or counted since a year (``period_from``) is not this year's. Targets of the
   next-year plan are never named metrics in the first place.
2. The candidates of a key that all say the same (value, range end and unit) give that value:
   a figure repeated in the summary and in the body counts once, never twice.
3. Candidates that differ (two different 100% rates, requests counted in two sections), or a
   range (``3至5``), leave the cell empty, and a :class:`Conflict` lists every figure with its
   span, so a person can decide. Nothing is summed and nothing is guessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..models import Metric, Number, Report

IDENTITY = ("source", "path", "agency", "agency_kind", "province", "city", "county", "region_code", "level", "year")
"""The columns that say whose row it is, before the metric keys: ``source`` where the report
was read (a file, ``corpus.db#12``, ``reports.jsonl:3``), ``path`` the file it was made from."""


@dataclass(frozen=True)
class Conflict:
    """A cell left empty, and why: the figures it could have held, each with its span."""

    source: str
    agency: str | None
    year: int | None
    key: str
    reason: str
    figures: list[dict[str, object]]

    def note(self) -> str:
        """``key: 3 件 ≠ 5 件`` for the notes column."""
        said = " ≠ ".join(f"{f['text']}" for f in self.figures)
        return f"{self.key}: {self.reason} ({said})"


@dataclass
class Row:
    """One report's row: who and when, then a value (or None) for each key it states."""

    identity: dict[str, str | int | None]
    cells: dict[str, Number | None] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)


def own_figures(report: Report) -> list[Metric]:
    """The metrics a cell may come from (rule 1)."""
    return [
        m for m in report.metrics if m.part_of is None and m.period is None and m.period_from is None and not m.rejected
    ]


def panel_row(source: str, report: Report) -> Row:
    """A report's row: its identity, and a cell for every key its own figures state."""
    meta = report.meta
    agency = meta.agency.name if meta.agency else None
    row = Row(
        {
            "source": source,
            "path": report.source.path,
            "agency": agency,
            "agency_kind": meta.department_kind,
            "province": meta.region.province,
            "city": meta.region.city,
            "county": meta.region.county,
            "region_code": meta.region.code,
            "level": meta.level,
            "year": meta.year,
        }
    )
    by_key: dict[str, list[Metric]] = {}
    for m in own_figures(report):
        by_key.setdefault(m.key, []).append(m)
    for key, figures in by_key.items():
        reason = _why_empty(figures)
        if reason is None:
            row.cells[key] = figures[0].value
        else:
            row.cells[key] = None
            row.conflicts.append(Conflict(source, agency, meta.year, key, reason, [_figure(m) for m in figures]))
    return row


def _why_empty(figures: list[Metric]) -> str | None:
    """None when the figures agree on one value (rule 2), else why the cell stays empty (rule 3)."""
    if any(m.high is not None for m in figures):
        return "a range, not one value"
    if len({(m.value, m.unit) for m in figures}) > 1:
        return "different figures for one key"
    return None


def _figure(m: Metric) -> dict[str, object]:
    return {"value": m.value, "high": m.high, "unit": m.unit, "text": m.text, "start": m.start, "end": m.end}


def columns(rows: Iterable[Row]) -> list[str]:
    """The identity columns, then every key any row states (sorted), then ``notes``."""
    keys = sorted({k for r in rows for k in r.cells})
    return [*IDENTITY, *keys, "notes"]


def flat(row: Row, cols: list[str]) -> list[object]:
    """A row's values in column order; ``notes`` joins the reasons of its empty cells."""
    values: dict[str, object] = {**row.identity, **row.cells, "notes": "; ".join(c.note() for c in row.conflicts)}
    return [values.get(c) for c in cols]
