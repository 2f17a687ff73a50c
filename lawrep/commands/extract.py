"""``lawrep extract``: reports in, JSON, JSONL, CSV or a table out, one worker process per core."""

from __future__ import annotations

import enum
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from ..readers.limits import DEFAULT_MAX_BYTES, STDIN
from .terminal import AtomicOutput, Progress, fail, quiet_broken_pipe

if TYPE_CHECKING:
    from .batch import Outcome


class Format(str, enum.Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


def extract(
    files: Annotated[list[str], typer.Argument(help="Report files or directories; '-' reads stdin.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here (atomically) instead of stdout.")
    ] = None,
    fmt: Annotated[
        Format | None, typer.Option("--format", "-f", help="json (one input), jsonl (several), csv or table.")
    ] = None,
    compact: Annotated[bool, typer.Option("--compact", help="One-line JSON.")] = False,
    all_quantities: Annotated[
        bool, typer.Option("--all-quantities", help="CSV: a row for every quantity, named or not.")
    ] = False,
    glob: Annotated[str, typer.Option("--glob", help="Which files to take from directories.")] = "*.txt",
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (default: number of cores).")] = 0,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse inputs larger than this.")] = DEFAULT_MAX_BYTES,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")] = False,
) -> None:
    """Extract reports to JSON: metadata, heading tree, quantities, metrics and checks.

    Example: lawrep extract fixtures/reports/huilai-2020.txt | jq '.metrics[] | {key, value}'
    """
    from ..corpus.paths import expand
    from ..export import render as out
    from ..export.csv_table import csv_text
    from . import batch

    paths = list(expand(files, glob))
    if not paths:
        raise fail("no input files found")
    fmt = fmt or (Format.json if len(paths) == 1 and not Path(files[0]).is_dir() else Format.jsonl)
    if fmt is Format.json and len(paths) > 1:
        fmt = Format.jsonl
    stdin_bytes = sys.stdin.buffer.read() if STDIN in paths else None
    how = out.Rendering(
        format="jsonl" if fmt is Format.table else fmt.value, compact=compact, all_quantities=all_quantities
    )
    started, failures, reports, n_metrics = time.perf_counter(), 0, 0, 0
    progress = Progress(len(paths), enabled=not quiet and sys.stderr.isatty() and len(paths) > 1)
    try:
        with AtomicOutput(output) as fh, progress:
            if fmt is Format.csv:
                fh.write(csv_text([], header=True))
            jobs = jobs or batch.default_jobs()
            for outcome in batch.run(paths, jobs=jobs, max_bytes=max_bytes, how=how, stdin_bytes=stdin_bytes):
                progress.advance()
                if outcome.error is not None:
                    failures += 1
                    typer.echo(f"lawrep: {outcome.error}", err=True)
                    if fmt in (Format.jsonl, Format.json) and len(paths) > 1:
                        fh.write(out.error_json(outcome.path, outcome.error.code, outcome.error.message) + "\n")
                    continue
                reports += 1
                n_metrics += outcome.metrics
                _write_one(fh, fmt, outcome)
    except KeyboardInterrupt:
        raise fail("interrupted", 130) from None
    except BrokenPipeError:
        quiet_broken_pipe()
        return
    if not quiet and len(paths) > 1:
        elapsed = time.perf_counter() - started
        typer.echo(
            f"lawrep: {len(paths)} files, {reports} reports, {n_metrics} metrics, {failures} errors, {elapsed:.2f}s",
            err=True,
        )
    if failures:
        raise typer.Exit(1)


def _write_one(fh: TextIO, fmt: Format, outcome: Outcome) -> None:
    """Write what the worker rendered; only the table for people is drawn here."""
    assert outcome.rendered is not None
    if fmt is Format.table:
        from ..export.console import metrics_table
        from ..models import Report

        metrics_table(Report.model_validate_json(outcome.rendered), fh)
    else:
        fh.write(outcome.rendered)
    fh.flush()
