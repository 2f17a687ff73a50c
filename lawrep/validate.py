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
    text: str | None = None  # the report text, when at hand: problems are shown in their sentence

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


_UNION_TAGS = {"int", "float", "str", "bool", "none", "list", "dict"}


def _schema_checks(exc: ValidationError) -> list[Check]:
    """One check per failing field, at its JSON path. pydantic adds the branches of a union
    (``value.int``, ``value.float``) to the location; they are not paths, so they are dropped
    and the duplicates they make folded into one."""
    out: list[Check] = []
    seen: set[str] = set()
    for err in exc.errors(include_url=False):
        parts = [p for p in err["loc"] if not (isinstance(p, str) and (p in _UNION_TAGS or "[" in p))]
        path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)
        if path in seen:
            continue
        seen.add(path)
        message = "nested too deeply to be a report" if err["type"] == "recursion_loop" else err["msg"]
        out.append(Check(id=f"schema.{err['type']}", severity="error", message=message, path=path))
    return out


def check_document(data: Any, label: str, text: str | None) -> Result:
    """Validate one decoded JSON document."""
    if not isinstance(data, dict):
        return _problem(label, "schema.top_level", f"a report is a JSON object, not {type(data).__name__}")
    if "error" in data and len(data) == 1:
        err = data["error"] if isinstance(data["error"], dict) else {}
        return _problem(label, "input.error_record", f"extraction failed: {err.get('message', data['error'])}")
    try:
        report = Report.model_validate(data, strict=True)
    except ValidationError as exc:
        return Result(label, _schema_checks(exc))
    except RecursionError:
        return _problem(label, "schema.too_deep", "nested too deeply to be a report")
    return Result(label, C.invariants(report, text) + C.arithmetic(report) + C.completeness(report), text)


def _documents(raw: str, label: str, text: str | None) -> list[Result]:
    stripped = raw.strip()
    if not stripped:
        return [_problem(label, "input.empty", "is empty")]
    try:
        return [check_document(parse_json(stripped), label, text)]
    except RecursionError:
        return [_problem(label, "input.invalid_json", "nested too deeply to parse")]
    except (ValueError, _Duplicate) as whole_error:
        if not _is_stream(stripped):
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


def _is_stream(raw: str) -> bool:
    """JSONL: several lines, the first of which is a JSON object on its own. A pretty-printed
    report that fails to parse is one broken document, not hundreds of broken lines."""
    lines = [ln for ln in raw.split("\n") if ln.strip()]
    if len(lines) < 2:
        return False
    try:
        return isinstance(json.loads(lines[0]), dict)
    except (ValueError, RecursionError):
        return False


def _looks_like_json(path: str) -> bool:
    """Whether a file's first non-blank character (after any BOM) opens a JSON value."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return True  # let the JSON reader report why it cannot be read
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return head[:1] in (b"{", b"[")


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
        if item != "-" and not item.endswith((".json", ".jsonl", ".ndjson")) and not _looks_like_json(item):
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


def _sentence(text: str | None, c: Check) -> str | None:
    """The sentence a problem concerns, when the text is at hand and the span lies inside it."""
    if text is None or c.start is None or c.end is None or not 0 <= c.start <= c.end <= len(text):
        return None
    from .output import sentence_around

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
        for group in ("schema", "input", "invariant", "arithmetic", "completeness", "outline"):
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
