"""The ``lawrep`` command: a thin typer layer over the library.

Exit codes: 0 ok; 1 an input could not be read or (validate) a report has errors; 2 usage.
Errors are one line on stderr naming the input and the problem, never a traceback. rich is
imported only by the commands that draw for a person, so a pipe starts fast.
"""

from __future__ import annotations

import enum
import os
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from . import __version__
from .errors import InputError
from .limits import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from .batch import Outcome

app = typer.Typer(
    name="lawrep",
    help="Turn Chinese annual rule-of-law reports (法治政府建设年度报告) into validated, source-grounded JSON.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(str, enum.Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class CheckFormat(str, enum.Enum):
    text = "text"
    json = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"lawrep {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Turn Chinese annual rule-of-law reports into validated, source-grounded JSON."""


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"lawrep: {message}", err=True)
    return typer.Exit(code)


class _AtomicOutput:
    """Write to a temporary file beside the target and rename it into place at the end, so an
    interrupted run never leaves a half-written file."""

    def __init__(self, target: Path | None) -> None:
        self.target = target
        self.tmp: str | None = None
        self.fh: TextIO = sys.stdout

    def __enter__(self) -> TextIO:
        if self.target is not None:
            fd, self.tmp = tempfile.mkstemp(
                prefix=f".{self.target.name}.", suffix=".part", dir=self.target.parent or "."
            )
            self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
            signal.signal(signal.SIGTERM, self._on_signal)  # SIGINT already raises KeyboardInterrupt
        return self.fh

    def _on_signal(self, signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self.target is None or self.tmp is None:
            return
        self.fh.close()
        if exc_type is None:
            os.replace(self.tmp, self.target)
        else:
            os.unlink(self.tmp)


def _read_stdin_if_needed(paths: list[str]) -> bytes | None:
    return sys.stdin.buffer.read() if "-" in paths else None


@app.command()
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
    from . import batch
    from . import output as out

    paths = list(batch.expand(files, glob))
    if not paths:
        raise _fail("no input files found")
    fmt = fmt or (Format.json if len(paths) == 1 and not Path(files[0]).is_dir() else Format.jsonl)
    if fmt is Format.json and len(paths) > 1:
        fmt = Format.jsonl
    stdin_bytes = _read_stdin_if_needed(paths)
    how = out.Rendering(
        format="jsonl" if fmt is Format.table else fmt.value, compact=compact, all_quantities=all_quantities
    )
    started, failures, reports, n_metrics = time.perf_counter(), 0, 0, 0
    progress = _Progress(len(paths), enabled=not quiet and sys.stderr.isatty() and len(paths) > 1)
    try:
        with _AtomicOutput(output) as fh, progress:
            if fmt is Format.csv:
                fh.write(out.csv_text([], header=True))
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
        raise _fail("interrupted", 130) from None
    except BrokenPipeError:
        _quiet_broken_pipe()
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
        from .models import Report
        from .show import metrics_table

        metrics_table(Report.model_validate_json(outcome.rendered), fh)
    else:
        fh.write(outcome.rendered)
    fh.flush()


def _quiet_broken_pipe() -> None:
    """The reader went away (``| head``): stop quietly, as command-line tools do."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


class _Progress:
    """A rich progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total, self.enabled = total, enabled
        self.bar: object | None = None
        self.task: object | None = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

            bar = Progress("extract", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True)
            bar.start()
            self.bar, self.task = bar, bar.add_task("extract", total=self.total)
        return self

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)  # type: ignore[attr-defined]

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()  # type: ignore[attr-defined]


def _load_one(file: str, max_bytes: int) -> tuple[str, object]:
    from .loading import load_bytes, read_file

    try:
        if file == "-":
            return load_bytes(sys.stdin.buffer.read(), None, source="<stdin>")
        return load_bytes(read_file(file, max_bytes), file)
    except InputError as exc:
        raise _fail(str(exc)) from None


@app.command()
def outline(
    file: Annotated[str, typer.Argument(help="A report file; '-' reads stdin.")],
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse inputs larger than this.")] = DEFAULT_MAX_BYTES,
) -> None:
    """Draw a report's heading tree: markers, titles, canonical parts, line numbers.

    Example: lawrep outline fixtures/reports/foshan-2020.txt
    """
    from .pipeline import extract as run_extract
    from .show import outline_tree

    text, source = _load_one(file, max_bytes)
    report = run_extract(text, source=source)  # type: ignore[arg-type]
    outline_tree(report, sys.stdout)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a report (the same as schemas/report.schema.json).

    Example: lawrep schema > report.schema.json
    """
    from .schema import schema_json

    typer.echo(schema_json(), nl=False)


@app.command()
def validate(
    inputs: Annotated[list[str], typer.Argument(help="JSON or JSONL reports, report texts, directories, or '-'.")],
    text: Annotated[Path | None, typer.Option("--text", help="The report text, to check every span exactly.")] = None,
    fmt: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="text for people, json for machines.")
    ] = CheckFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings as errors.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only problems.")] = False,
) -> None:
    """Check reports against the schema, arithmetic consistency and required parts.

    Example: lawrep extract report.txt > r.json && lawrep validate r.json --text report.txt
    """
    from .validate import render, validate_inputs

    results = validate_inputs(inputs, text_path=str(text) if text else None)
    failed = render(results, fmt=fmt.value, strict=strict, quiet=quiet)
    raise typer.Exit(1 if failed else 0)


def main() -> None:
    """Entry point of the console script."""
    try:
        app()
    except BrokenPipeError:
        _quiet_broken_pipe()
        sys.exit(0)
    except KeyboardInterrupt:
        typer.echo("lawrep: interrupted", err=True)
        sys.exit(130)
