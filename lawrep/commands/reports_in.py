"""What the commands that read reports back (``panel``, ``compare``) share: the inputs argument,
reading every report with one error line per input that gives none, and CSV cells."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from .terminal import fail

if TYPE_CHECKING:
    from ..models import Report

Inputs = Annotated[
    list[str],
    typer.Argument(help="Report texts or documents, lawrep JSON/JSONL, corpus databases, directories; '-' is stdin."),
]


def read_reports(inputs: list[str]) -> tuple[list[tuple[str, Report]], int]:
    """Every report of the inputs with its label, and how many inputs gave none (each said on
    stderr in one line). No report and no failure is a failure: there was nothing to read."""
    from ..corpus.collect import collect, kept_in_memory

    reports: list[tuple[str, Report]] = []
    failures = 0
    with kept_in_memory():
        for loaded in collect(inputs):
            if loaded.report is None:
                failures += 1
                typer.echo(f"lawrep: {loaded.label}: {loaded.problem}", err=True)
            else:
                reports.append((loaded.label, loaded.report))
    if not reports and failures == 0:
        raise fail("no reports found in " + " ".join(inputs))
    return reports, failures


def refuse_bom(bom: bool, csv: bool) -> None:
    if bom and not csv:
        raise fail(
            "--bom needs --format csv: a byte-order mark is for spreadsheets, and JSON and tables never have one", 2
        )


def cell(v: object) -> str:
    """A CSV cell: empty for None, a float as Python writes it back."""
    if v is None:
        return ""
    return repr(v) if isinstance(v, float) else str(v)
