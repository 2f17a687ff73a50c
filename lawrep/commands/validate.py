"""``lawrep validate``: the command and the printing of its results (the checking itself is
``lawrep.corpus.validate``, which prints nothing)."""

from __future__ import annotations

import enum
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from ..corpus.validate import Result
    from ..models import Check


class CheckFormat(str, enum.Enum):
    text = "text"
    json = "json"


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
    from ..corpus.validate import validate_inputs

    results = validate_inputs(inputs, text_path=str(text) if text else None)
    failed = render(results, fmt=fmt.value, strict=strict, quiet=quiet)
    raise typer.Exit(1 if failed else 0)


def _sentence(text: str | None, c: Check) -> str | None:
    """The sentence a problem concerns, when the text is at hand and the span lies inside it."""
    if text is None or c.start is None or c.end is None or not 0 <= c.start <= c.end <= len(text):
        return None
    from ..text.clauses import sentence_around

    return sentence_around(text, c.start, c.end) or None


def _in_words(found: list[Check]) -> str:
    """What a group holds, in words and colour: ``errors``, ``warnings`` or both."""
    kinds = {c.severity for c in found}
    if kinds == {"error", "warning"}:
        return "[red]errors[/red] and [yellow]warnings[/yellow]"
    return "[red]errors[/red]" if "error" in kinds else "[yellow]warnings[/yellow]"


def render(results: list[Result], *, fmt: str, strict: bool, quiet: bool) -> bool:
    """Print the results; return True when any report failed."""
    failed = any(r.errors(strict) for r in results)
    if fmt == "json":
        payload = [
            {
                "input": r.label,
                "ok": not r.errors(strict),
                "checks": [c.model_dump(mode="json") for c in r.checks],
            }
            for r in results
        ]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return failed
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=True)
    for r in results:
        if quiet and not r.checks:
            continue
        _print_result(console, r, strict=strict, quiet=quiet)
    return failed


def _count(n: int, what: str) -> str:
    return f"{n} {what}" if n == 1 else f"{n} {what}s"


def _print_result(console: Console, r: Result, *, strict: bool, quiet: bool) -> None:
    """One report: a summary line, then its checks by group (``schema: errors``), one line each."""
    from ..corpus.validate import GROUPS, group

    errors = [c for c in r.checks if c.severity == "error"]
    mark = "[red]✗[/red]" if r.errors(strict) else "[green]✓[/green]"
    warnings = len(r.checks) - len(errors)
    console.print(f"{mark} {r.label}: {_count(len(errors), 'error')}, {_count(warnings, 'warning')}")
    groups = list(GROUPS) + sorted({group(c) for c in r.checks} - set(GROUPS))
    for name in groups:
        found = [c for c in r.checks if group(c) == name]
        if found and not quiet:
            console.print(f"  {name}: {_in_words(found)}")
        for c in found:
            colour = "red" if c.severity == "error" else "yellow"
            console.print(f"    [{colour}]{c.severity}[/{colour}] {c.id} at {c.path}: {c.message}", markup=True)
            sentence = _sentence(r.text, c)
            if sentence:
                console.print(f"      「{sentence}」", markup=False)
