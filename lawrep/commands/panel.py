"""``lawrep panel``: reports in (texts, documents, JSON, JSONL, corpus databases), a wide table
out, one row per report and one column per metric key; how a cell is chosen is in
:mod:`lawrep.corpus.panel`."""

from __future__ import annotations

import csv
import enum
import json
from pathlib import Path
from typing import Annotated, TextIO

import typer

from .reports_in import Inputs, cell, read_reports, refuse_bom
from .terminal import BOM, AtomicOutput, Bom, Output, quiet_broken_pipe


class PanelFormat(str, enum.Enum):
    csv = "csv"
    json = "json"
    table = "table"


def panel(
    inputs: Inputs,
    fmt: Annotated[PanelFormat, typer.Option("--format", "-f", help="csv, json or table.")] = PanelFormat.csv,
    output: Output = None,
    conflicts: Annotated[
        Path | None,
        typer.Option(
            "--conflicts", metavar="FILE", help="Write each cell left empty, with its figures and spans, as JSONL."
        ),
    ] = None,
    bom: Bom = False,
) -> None:
    """One row per report, one column per metric key: the report's own figure for its own year.

    A part of a breakdown, a figure about another year and a next-year target never fill a
    cell; two different figures for one key leave it empty, with the reason in the notes
    column (and in --conflicts FILE). Example: lawrep panel corpus.db -o panel.csv
    """
    from ..corpus.panel import columns, flat, panel_row

    refuse_bom(bom, fmt is PanelFormat.csv)
    reports, failures = read_reports(inputs)
    rows = [panel_row(label, report) for label, report in reports]
    cols = columns(rows)
    try:
        with AtomicOutput(output) as fh:
            if bom:
                fh.write(BOM)
            _write(fh, fmt, cols, [flat(r, cols) for r in rows])
        if conflicts is not None:
            with AtomicOutput(conflicts) as fh:
                for r in rows:
                    for c in r.conflicts:
                        record = {"source": c.source, "agency": c.agency, "year": c.year, "key": c.key,
                                  "reason": c.reason, "figures": c.figures}  # fmt: skip
                        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    except BrokenPipeError:
        quiet_broken_pipe()
        return
    if failures:
        raise typer.Exit(1)


def _write(fh: TextIO, fmt: PanelFormat, cols: list[str], table: list[list[object]]) -> None:
    if fmt is PanelFormat.csv:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(cols)
        writer.writerows([cell(v) for v in row] for row in table)
    elif fmt is PanelFormat.json:
        records = [{c: v for c, v in zip(cols, row, strict=True) if v is not None and v != ""} for row in table]
        fh.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    else:
        from ..corpus.panel import IDENTITY
        from ..export.console import grid

        keys = [c for c in cols if c not in IDENTITY and c != "notes"]
        at = {c: i for i, c in enumerate(cols)}
        header = ["key", *(f"{row[at['agency']] or row[at['source']]} {row[at['year']] or ''}" for row in table)]
        body = [[k, *(cell(row[at[k]]) for row in table)] for k in keys]
        grid(f"{len(table)} reports × {len(keys)} keys", header, body, fh)
