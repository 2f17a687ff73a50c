"""``lawrep validate``: schema, invariants, arithmetic and completeness of report JSON.

Inputs may be JSON reports, JSONL streams, report texts (extracted first), directories or
stdin. Every schema failure is reported with its JSON path (all of them, not only the first);
corrupt JSON (truncated, duplicated keys, NaN, deeply nested junk, a wrong top-level type) is
one clear error per input — or per line of a stream, so one bad line hides nothing.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from . import checks as C
from .errors import InputError
from .models import Check, Report


@dataclass
class Result:
    """The checks of one report (or one unreadable input)."""

    label: str
    checks: list[Check] = field(default_factory=list)

    def errors(self, strict: bool = False) -> list[Check]:
        return [c for c in self.checks if c.severity == "error" or strict]


class _Duplicate(ValueError):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    dup = next((k for k in keys if keys.count(k) > 1), None)
    if dup is not None:
        raise _Duplicate(f"duplicated key {dup!r}")
    return dict(pairs)


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_json(raw: str) -> Any:
    """json.loads that refuses duplicated keys and NaN/Infinity."""
    return json.loads(raw, object_pairs_hook=_pairs, parse_constant=_reject_constant)


def _problem(label: str, id_: str, message: str) -> Result:
    return Result(label, [Check(id=id_, severity="error", message=message, path="$")])


def _schema_checks(exc: ValidationError) -> list[Check]:
    out = []
    for err in exc.errors(include_url=False):
        path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"])
        out.append(Check(id=f"schema.{err['type']}", severity="error", message=err["msg"], path=path))
    return out


def check_document(data: Any, label: str, text: str | None) -> Result:
    """Validate one decoded JSON document."""
    if not isinstance(data, dict):
        return _problem(label, "schema.top_level", f"a report is a JSON object, not {type(data).__name__}")
    if "error" in data and len(data) == 1:
        err = data["error"] if isinstance(data["error"], dict) else {}
        return _problem(label, "input.error_record", f"extraction failed: {err.get('message', data['error'])}")
    try:
        report = Report.model_validate(data)
    except ValidationError as exc:
        return Result(label, _schema_checks(exc))
    except RecursionError:
        return _problem(label, "schema.too_deep", "nested too deeply to be a report")
    return Result(label, C.invariants(report, text) + C.arithmetic(report) + C.completeness(report))


def _documents(raw: str, label: str, text: str | None) -> list[Result]:
    stripped = raw.strip()
    if not stripped:
        return [_problem(label, "input.empty", "is empty")]
    try:
        return [check_document(parse_json(stripped), label, text)]
    except RecursionError:
        return [_problem(label, "input.invalid_json", "nested too deeply to parse")]
    except (ValueError, _Duplicate) as whole_error:
        lines = [ln for ln in stripped.split("\n") if ln.strip()]
        if len(lines) < 2:
            return [_problem(label, "input.invalid_json", f"not valid JSON: {whole_error}")]
    results = []
    for n, line in enumerate(stripped.split("\n"), 1):
        if not line.strip():
            continue
        here = f"{label}:{n}"
        try:
            results.append(check_document(parse_json(line), here, text))
        except RecursionError:
            results.append(_problem(here, "input.invalid_json", "nested too deeply to parse"))
        except ValueError as exc:
            results.append(_problem(here, "input.invalid_json", f"not valid JSON: {exc}"))
    return results


def _from_text_file(path: str) -> Result:
    from .loading import load
    from .pipeline import extract

    try:
        text, source = load(path)
    except InputError as exc:
        return _problem(path, f"input.{exc.code}", exc.message)
    report = extract(text, source=source)
    return check_document(report.model_dump(mode="json"), path, text)


def _read_text(path: str | None) -> str | None:
    if path is None:
        return None
    from .loading import load

    return load(path)[0]


def validate_inputs(inputs: list[str], *, text_path: str | None = None) -> list[Result]:
    from .batch import expand

    try:
        text = _read_text(text_path)
    except InputError as exc:
        return [_problem(text_path or "--text", f"input.{exc.code}", exc.message)]
    results: list[Result] = []
    for item in expand(inputs, "*"):
        if item != "-" and not item.endswith((".json", ".jsonl", ".ndjson")):
            try:
                head = Path(item).read_bytes()[:1].strip()
            except OSError:
                head = b""
            if head not in (b"{", b"["):
                results.append(_from_text_file(item))
                continue
        results.extend(_json_input(item, text))
    return results


def _json_input(item: str, text: str | None) -> list[Result]:
    try:
        raw_bytes = sys.stdin.buffer.read() if item == "-" else Path(item).read_bytes()
    except FileNotFoundError:
        return [_problem(item, "input.missing", "no such file")]
    except OSError as exc:
        return [_problem(item, "input.unreadable", exc.strerror or str(exc))]
    try:
        raw = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [_problem(item, "input.undecodable", "JSON must be UTF-8")]
    return _documents(raw, "<stdin>" if item == "-" else item, text)


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
        for group in ("schema", "input", "invariant", "arithmetic", "completeness", "outline"):
            found = [c for c in r.checks if c.id.split(".")[0] == group]
            if found and not quiet:
                console.print(
                    f"  {group}: "
                    + ("[red]✗[/red]" if any(c.severity == "error" for c in found) else "[yellow]![/yellow]")
                )
            for c in found:
                colour = "red" if c.severity == "error" else "yellow"
                console.print(f"    [{colour}]{c.severity}[/{colour}] {c.id} at {c.path}: {c.message}")
    return failed
