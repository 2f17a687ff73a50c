"""``lawrep extract``: reports in, JSON, JSONL, CSV or a table out, one worker process per core."""

from __future__ import annotations

import enum
import sys
import time
from collections import Counter
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
        Path | None, typer.Option("-o", "--output", metavar="FILE", help="Write here (atomically) instead of stdout.")
    ] = None,
    fmt: Annotated[
        Format | None, typer.Option("--format", "-f", help="json (one input), jsonl (several), csv or table.")
    ] = None,
    compact: Annotated[bool, typer.Option("--compact", help="One-line JSON.")] = False,
    all_quantities: Annotated[
        bool, typer.Option("--all-quantities", help="CSV: a row for every quantity, named or not.")
    ] = False,
    glob: Annotated[
        list[str] | None,
        typer.Option(
            "--glob",
            metavar="PATTERN",
            help="Which files to take from directories (any letter case; may be repeated). "
            "Default: every kind lawrep reads (.txt .htm .html .docx .pdf …).",
        ),
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", metavar="N", help="Worker processes. Default: the number of cores.")
    ] = None,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes", metavar="BYTES", help="Refuse inputs larger than this (default 20 MiB).", show_default=False
        ),
    ] = DEFAULT_MAX_BYTES,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")] = False,
) -> None:
    """Extract reports to JSON: metadata, heading tree, quantities, metrics and checks.

    Example: lawrep extract fixtures/reports/huilai-2020.txt | jq '.metrics[] | {key, value}'
    """
    from ..corpus.paths import READABLE, Walk
    from ..export import render as out
    from ..export.csv_table import csv_text
    from . import batch

    walk = Walk(glob or READABLE)
    paths = list(walk.expand(files))
    if not paths:
        raise fail("no input files found" + (f" ({_skipped(walk.skipped)})" if walk.skipped else ""))
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
    if not quiet and (len(paths) > 1 or walk.skipped):
        elapsed = time.perf_counter() - started
        summary = f"{len(paths)} files, {reports} reports, {n_metrics} metrics, {failures} errors, {elapsed:.2f}s"
        typer.echo(f"lawrep: {summary}" + (f"; {_skipped(walk.skipped)}" if walk.skipped else ""), err=True)
    if failures:
        raise typer.Exit(1)


def _skipped(counts: Counter[str]) -> str:
    """``skipped 3 files not of a kind lawrep reads (.xlsx 2, no extension 1)``."""
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    kinds = ", ".join(f"{ext or 'no extension'} {n}" for ext, n in ordered)
    total = sum(counts.values())
    return f"skipped {total} file{'s' if total > 1 else ''} not of a kind lawrep reads or --glob takes ({kinds})"


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
