"""``lawrep compare``: each bureau against its previous year, and every change a report states
(``同比增长10.1%``) checked against last year's report (:mod:`lawrep.corpus.compare`)."""

from __future__ import annotations

import csv
import enum
import json
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from .reports_in import Inputs, cell, read_reports, refuse_bom
from .terminal import BOM, AtomicOutput, Bom, Output, quiet_broken_pipe

if TYPE_CHECKING:
    from ..corpus.compare import Comparison


class CompareFormat(str, enum.Enum):
    table = "table"
    json = "json"
    csv = "csv"


def compare(
    inputs: Inputs,
    fmt: Annotated[CompareFormat, typer.Option("--format", "-f", help="table, json or csv.")] = CompareFormat.table,
    output: Output = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when a stated change disagrees.")] = False,
    bom: Bom = False,
) -> None:
    """Pair reports of the same agency (agency kind and region code) in consecutive years.

    For every key both state: previous value, value, change. For every change the newer report
    states (同比增长10.1%, 较上年减少12件, 提高0.6个百分点): whether last year's figures agree,
    within the rounding of the figures as written. Example: lawrep compare corpus.db --strict
    """
    from ..corpus.compare import compare as pair_years

    refuse_bom(bom, fmt is CompareFormat.csv)
    reports, failures = read_reports(inputs)
    found, skipped = pair_years(reports)
    _say_skipped(skipped)
    try:
        with AtomicOutput(output) as fh:
            if bom:
                fh.write(BOM)
            _write(fh, fmt, found)
    except BrokenPipeError:
        quiet_broken_pipe()
        return
    disagree = sum(1 for c in found if c.consistent is False)
    if failures or (strict and disagree):
        raise typer.Exit(1)


SHOWN = 3
"""Reports left out that are named one by one; the rest are counted (a corpus of copies would
otherwise print a line per report)."""


def _say_skipped(skipped: list[str]) -> None:
    for line in skipped[:SHOWN]:
        typer.echo(f"lawrep: {line}", err=True)
    if len(skipped) > SHOWN:
        typer.echo(f"lawrep: … and {len(skipped) - SHOWN} more reports left out ({len(skipped)} in all)", err=True)


def record(c: Comparison) -> dict[str, Any]:
    """A comparison as JSON: the fields in a stable order, the spans of both figures."""
    stated = c.stated_change.model_dump() if c.stated_change is not None else None
    return {
        "agency": c.agency, "agency_kind": c.agency_kind, "region_code": c.region_code, "key": c.key,
        "year": c.year, "previous_year": c.previous_year, "previous": c.previous, "value": c.value,
        "change": c.change, "stated_change": stated, "implied_change": c.implied_change,
        "implied_kind": c.implied_kind,
        "consistent": c.consistent, "note": c.note,
        "figure": vars(c.figure) if c.figure else None,
        "previous_figure": vars(c.previous_figure) if c.previous_figure else None,
    }  # fmt: skip


CSV_COLUMNS = (
    "agency", "agency_kind", "region_code", "key", "year", "previous_year", "previous", "value", "change",
    "stated_change", "stated_kind", "implied_change", "implied_kind", "consistent", "note",
    "source", "text", "start", "end", "previous_source", "previous_text", "previous_start", "previous_end",
)  # fmt: skip


def _csv_row(c: Comparison) -> list[object]:
    s, f, p = c.stated_change, c.figure, c.previous_figure
    consistent = "" if c.consistent is None else str(c.consistent).lower()
    return [
        c.agency, c.agency_kind, c.region_code, c.key, c.year, c.previous_year, c.previous, c.value, c.change,
        s.text if s else None, s.kind if s else None, c.implied_change, c.implied_kind, consistent, c.note,
        *((f.source, f.text, f.start, f.end) if f else (None,) * 4),
        *((p.source, p.text, p.start, p.end) if p else (None,) * 4),
    ]  # fmt: skip


def _implied(c: Comparison) -> str:
    """The implied change with what it counts in: +20%, +0.6 pp (points of a rate), −3件."""
    if c.implied_change is None:
        return ""
    unit = {"relative": "%", "points": " pp"}.get(c.implied_kind or "", c.stated_change.unit if c.stated_change else "")
    return f"{c.implied_change:+g}{unit}"


def _write(fh: TextIO, fmt: CompareFormat, found: list[Comparison]) -> None:
    if fmt is CompareFormat.json:
        fh.write(json.dumps([record(c) for c in found], ensure_ascii=False, indent=2) + "\n")
    elif fmt is CompareFormat.csv:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows([cell(v) for v in _csv_row(c)] for c in found)
    else:
        from ..export.console import grid

        header = ["agency", "key", "years", "previous", "value", "change", "stated", "implied", "agrees"]
        body = [
            [c.agency or c.region_code, c.key, f"{c.previous_year}→{c.year}", cell(c.previous), cell(c.value),
             cell(c.change), c.stated_change.text if c.stated_change else "", _implied(c),
             {True: "yes", False: "NO", None: ""}[c.consistent]]
            for c in found
        ]  # fmt: skip
        marked = {n for n, c in enumerate(found) if c.consistent is False}
        disagree = "1 stated change disagrees" if len(marked) == 1 else f"{len(marked)} stated changes disagree"
        grid(f"{len(found)} comparisons, {disagree}", header, body, fh, marked=marked)
