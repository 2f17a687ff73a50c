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
        errors = [c for c in r.checks if c.severity == "error"]
        warnings = [c for c in r.checks if c.severity == "warning"]
        if quiet and not r.checks:
            continue
        mark = "[red]✗[/red]" if r.errors(strict) else "[green]✓[/green]"
        console.print(f"{mark} {r.label}: {len(errors)} errors, {len(warnings)} warnings")
        for group in ("schema", "input", "invariant", "arithmetic", "completeness", "outline", "internal"):
            found = [c for c in r.checks if c.id.split(".")[0] == group]
            if found and not quiet:
                console.print(
                    f"  {group}: "
                    + ("[red]✗[/red]" if any(c.severity == "error" for c in found) else "[yellow]![/yellow]")
                )
            for c in found:
                colour = "red" if c.severity == "error" else "yellow"
                console.print(f"    [{colour}]{c.severity}[/{colour}] {c.id} at {c.path}: {c.message}", markup=True)
                sentence = _sentence(r.text, c)
                if sentence:
                    console.print(f"      「{sentence}」", markup=False)
    return failed
