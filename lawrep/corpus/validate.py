"""``lawrep validate``: schema, invariants, arithmetic and completeness of report JSON.

Inputs may be JSON reports, JSONL streams, report texts (extracted first), directories or
stdin. Every schema failure is reported with its JSON path (all of them, not only the first);
corrupt JSON (truncated, duplicated keys, NaN, deeply nested junk, a wrong top-level type) is
one clear error per input — or per line of a stream, so one bad line hides nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ..errors import InputError, InternalError
from ..models import Check, Report
from ..readers.dispatch import load, load_bytes, read_input
from ..readers.files import read_head, too_large
from ..readers.limits import DEFAULT_MAX_BYTES, STDIN, STDIN_LABEL
from ..readers.sniff import looks_like_json
from ..stages import checks
from .paths import expand
from .reading import JsonProblem, documents

JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")


@dataclass
class Result:
    """The checks of one report (or one unreadable input)."""

    label: str
    checks: list[Check] = field(default_factory=list)
    text: str | None = None  # the report text, when at hand: problems are shown in their sentence

    def errors(self, strict: bool = False) -> list[Check]:
        return [c for c in self.checks if c.severity == "error" or strict]


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
    return Result(label, checks.of_document(report, text), text)


def _json_results(raw_bytes: bytes, label: str, text: str | None) -> Iterator[Result]:
    try:
        raw = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError:
        yield _problem(label, "input.undecodable", "JSON must be UTF-8")
        return
    if not raw.strip():
        yield _problem(label, "input.empty", "is empty")
        return
    for line, doc in documents(raw):
        here = label if line is None else f"{label}:{line}"
        if isinstance(doc, JsonProblem):
            yield _problem(here, "input.invalid_json", str(doc))
        else:
            yield check_document(doc, here, text)


def _text_result(name: str, raw: bytes) -> Result:
    """A report text among the inputs: extracted first, then checked like its JSON."""
    from ..pipeline import extract

    try:
        if len(raw) > DEFAULT_MAX_BYTES:
            raise too_large(name, len(raw), DEFAULT_MAX_BYTES)
        text, source = load_bytes(raw, name)
    except InputError as exc:
        return _problem(name, f"input.{exc.code}", exc.message)
    try:
        report = extract(text, source=source)
    except Exception as exc:  # a bug costs this input's result, never the other inputs'
        return _problem(name, "internal.error", InternalError(name, exc).message)
    return check_document(report.model_dump(mode="json"), name, text)


def _read(item: str) -> bytes:
    """An input's bytes: a JSON stream whole (a corpus may be large), anything else at most a
    report's limit, unless its first bytes show it is JSON after all."""
    if item == STDIN or item.endswith(JSON_SUFFIXES):
        return read_input(item, max_bytes=None)
    try:
        return read_input(item, max_bytes=DEFAULT_MAX_BYTES)
    except InputError as exc:
        if exc.code == "too_large" and looks_like_json(read_head(item)):
            return read_input(item, max_bytes=None)
        raise


def validate_inputs(inputs: list[str], *, text_path: str | None = None) -> list[Result]:
    """The results of every input: JSON documents, JSONL lines, report texts, under directories."""
    try:
        text = load(text_path)[0] if text_path is not None else None
    except InputError as exc:
        return [_problem(text_path or "--text", f"input.{exc.code}", exc.message)]
    results: list[Result] = []
    for item in expand(inputs, ("*",)):
        try:
            raw = _read(item)
        except InputError as exc:
            results.append(_problem(item, f"input.{exc.code}", exc.message))
            continue
        if item != STDIN and not item.endswith(JSON_SUFFIXES) and not looks_like_json(raw):
            results.append(_text_result(item, raw))
        else:
            results.extend(_json_results(raw, STDIN_LABEL if item == STDIN else item, text))
    return results
