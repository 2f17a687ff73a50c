"""``lawrep extract``: reports in, JSON, JSONL, CSV or a table out, one worker process per core."""

from __future__ import annotations

import enum
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from ..readers.limits import DEFAULT_MAX_BYTES, STDIN
from .terminal import BOM, AtomicOutput, Bom, Output, Progress, fail, quiet_broken_pipe

if TYPE_CHECKING:
    from .batch import Outcome


class Format(str, enum.Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    sqlite = "sqlite"
    table = "table"


def extract(
    files: Annotated[list[str], typer.Argument(help="Report files or directories; '-' reads stdin.")],
    output: Output = None,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="json (one input), jsonl (several), csv, sqlite (a corpus database; needs -o) or table.",
        ),
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
    bom: Bom = False,
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
    if bom and fmt is not Format.csv:
        raise fail("--bom needs --format csv: a byte-order mark is for spreadsheets, and JSON never has one", 2)
    if fmt is Format.sqlite and (output is None or str(output) == STDIN):
        raise fail("--format sqlite writes a database file: give it with -o FILE", 2)
    stdin_bytes = sys.stdin.buffer.read() if STDIN in paths else None
    how = out.Rendering(
        format="jsonl" if fmt is Format.table else fmt.value, compact=compact, all_quantities=all_quantities
    )
    started, tally = time.perf_counter(), Tally()
    todo = paths
    if fmt is Format.sqlite:
        assert output is not None
        todo = _not_stored(paths, output, stdin_bytes)
        tally.known = len(paths) - len(todo)
    progress = Progress(len(todo), enabled=not quiet and sys.stderr.isatty() and len(todo) > 1)
    outcomes = batch.run(todo, jobs=jobs or batch.default_jobs(), max_bytes=max_bytes, how=how, stdin_bytes=stdin_bytes)
    try:
        if fmt is Format.sqlite:
            assert output is not None
            if todo or not tally.known:  # else every input is in the database already: left as it is
                with progress:
                    tally.store(output, tally.count(outcomes, progress))
        else:
            with AtomicOutput(output) as fh, progress:
                if fmt is Format.csv:
                    fh.write(BOM * bom + csv_text([], header=True))
                for outcome in tally.count(outcomes, progress):
                    if outcome.error is None:
                        _write_one(fh, fmt, outcome)
                    elif fmt in (Format.jsonl, Format.json) and len(paths) > 1:
                        fh.write(out.error_json(outcome.path, outcome.error.code, outcome.error.message) + "\n")
    except KeyboardInterrupt:
        raise fail("interrupted", 130) from None
    except BrokenPipeError:
        quiet_broken_pipe()
        return
    if not quiet and (len(paths) > 1 or walk.skipped):
        elapsed = time.perf_counter() - started
        summary = (
            f"{len(paths)} files, {tally.reports} reports, {tally.metrics} metrics, {tally.failures} errors"
            + (
                f", {tally.added} added to {output} ({tally.reports - tally.added + tally.known} already there)"
                if fmt is Format.sqlite
                else ""
            )
            + f", {elapsed:.2f}s"
        )
        typer.echo(f"lawrep: {summary}" + (f"; {_skipped(walk.skipped)}" if walk.skipped else ""), err=True)
    if tally.failures:
        raise typer.Exit(1)


@dataclass
class Tally:
    """What a run did, for its summary line and exit code."""

    reports: int = 0
    metrics: int = 0
    failures: int = 0
    added: int = 0
    known: int = 0  # inputs whose bytes the database already holds: not read again

    def count(self, outcomes: Iterator[Outcome], progress: Progress) -> Iterator[Outcome]:
        """The outcomes as they come, counted; a failure is said on stderr at once."""
        for outcome in outcomes:
            progress.advance()
            if outcome.error is not None:
                self.failures += 1
                typer.echo(f"lawrep: {outcome.error}", err=True)
            else:
                self.reports += 1
                self.metrics += outcome.metrics
            yield outcome

    def store(self, output: Path, outcomes: Iterator[Outcome]) -> None:
        """Add each report to the corpus database at ``output``, atomically for the whole run."""
        from ..export import database
        from ..models import Report
        from .terminal import AtomicDatabase

        with AtomicDatabase(output) as db:
            try:
                database.prepare(db)
            except database.NotACorpus as problem:
                raise fail(f"{output}: {problem}") from None
            for outcome in outcomes:
                if outcome.error is None:
                    assert outcome.rendered is not None
                    report = Report.model_validate_json(outcome.rendered)
                    self.added += database.add_report(db, report, outcome.rendered.rstrip("\n"))


def _not_stored(paths: list[str], output: Path, stdin_bytes: bytes | None) -> list[str]:
    """The inputs whose bytes an existing corpus database does not hold yet: adding a directory
    again costs a hash per file, not an extraction. Anything unreadable is left to the run,
    which reports it in its place."""
    from ..export.database import stored_digests
    from .batch import sha256_of

    known = stored_digests(output) if output.is_file() else set()
    if not known:
        return paths
    todo = []
    for p in paths:
        try:
            if sha256_of(p, stdin_bytes) in known:
                continue
        except OSError:
            pass
        todo.append(p)
    return todo


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
