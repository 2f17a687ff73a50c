"""The ``lawrep`` command: a thin typer layer over the library.

Exit codes: 0 ok; 1 an input could not be read or (validate) a report has errors; 2 usage;
130 interrupted. Errors are one line on stderr naming the input and the problem, never a
traceback. Each command lives in a module of its own; rich and the pipeline are imported only by
the commands that need them, so ``lawrep --version`` and a pipe start fast.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from .. import __version__
from ..errors import InputError
from ..readers.limits import DEFAULT_MAX_BYTES
from . import compare as compare_command
from . import extract as extract_command
from . import panel as panel_command
from . import review as review_command
from . import validate as validate_command
from .terminal import fail, quiet_broken_pipe

app = typer.Typer(
    name="lawrep",
    help="Turn Chinese annual rule-of-law reports (法治政府建设年度报告) into validated, source-grounded JSON.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app.command(name="extract", short_help="Reports → JSON, JSONL, CSV, SQLite or a table.")(extract_command.extract)


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


@app.command(short_help="Draw a report's heading tree.")
def outline(
    files: Annotated[
        list[str], typer.Argument(help="Report files (any kind lawrep reads), directories of them; '-' reads stdin.")
    ],
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse inputs larger than this.")] = DEFAULT_MAX_BYTES,
) -> None:
    """Draw reports' heading trees: markers, titles, canonical parts, line numbers.

    Example: lawrep outline fixtures/reports/foshan-2020.txt
    """
    from ..corpus.paths import expand
    from ..export.console import outline_tree
    from ..pipeline import extract as run_extract
    from ..readers.dispatch import open_input

    failed = False
    for folder in [f for f in files if f != "-" and os.path.isdir(f)]:
        if next(expand([folder]), None) is None:
            typer.echo(f"lawrep: {folder}: no report files in this directory", err=True)
            failed = True
    for file in expand(files):
        try:
            text, source = open_input(file, max_bytes=max_bytes)
        except InputError as exc:
            typer.echo(f"lawrep: {exc}", err=True)
            failed = True
            continue
        outline_tree(run_extract(text, source=source), sys.stdout)
    if failed:
        raise typer.Exit(1)


@app.command(short_help="Print the text offsets point into (pages, Word, PDF too).")
def text(
    file: Annotated[str, typer.Argument(help="A report: text, web page, Word file or PDF; '-' reads stdin.")],
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse inputs larger than this.")] = DEFAULT_MAX_BYTES,
) -> None:
    """Print the text a reader produced from FILE: what every start/end offset counts in.

    Example: lawrep text page.html | sed -n '1,5p'
    """
    from ..readers.dispatch import open_input

    try:
        produced, _ = open_input(file, max_bytes=max_bytes)
    except InputError as exc:
        raise fail(str(exc)) from None
    sys.stdout.buffer.write(produced.encode("utf-8", "surrogatepass"))
    sys.stdout.buffer.flush()


@app.command(short_help="Print the JSON Schema of a report.")
def schema() -> None:
    """Print the JSON Schema of a report (the same as schemas/report.schema.json).

    Example: lawrep schema > report.schema.json
    """
    from ..export.schema import schema_json

    typer.echo(schema_json(), nl=False)


app.command(name="compare", short_help="Each bureau against its previous year; stated changes checked.")(
    compare_command.compare
)
app.command(name="panel", short_help="Reports → one row each, one column per metric key.")(panel_command.panel)
app.command(name="review", short_help="A page to check, correct and export a report's figures.")(review_command.review)
app.command(name="validate", short_help="Check report JSON (or texts) for schema, spans, arithmetic.")(
    validate_command.validate
)


def main() -> None:
    """Entry point of the console script."""
    try:
        app()
    except BrokenPipeError:
        quiet_broken_pipe()
        sys.exit(0)
    except KeyboardInterrupt:
        typer.echo("lawrep: interrupted", err=True)
        sys.exit(130)
