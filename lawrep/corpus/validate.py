"""``lawrep validate``: schema, invariants, arithmetic and completeness of report JSON.

Inputs may be JSON reports, JSONL streams, report texts (extracted first), directories or
stdin. Every schema failure is reported with its JSON path (all of them, not only the first);
corrupt JSON (truncated, duplicated keys, NaN, deeply nested junk, a wrong top-level type) is
one clear error per input — or per line of a stream, so one bad line hides nothing.

A JSON report is checked against its text whenever the text can be had: ``--text``, else the
file its ``source.path`` names when that file still has the bytes the report was made from.
Without it the spans can only be bounds-checked, and a warning says so. Every figure is read
again (:mod:`lawrep.corpus.reread`), so an edited value its text does not say is an error.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ..errors import InputError, InternalError
from ..models import Check, Report, SourceInfo
from ..readers.dispatch import load, load_bytes, read_input
from ..readers.files import read_head, too_large
from ..readers.limits import DEFAULT_MAX_BYTES, STDIN, STDIN_LABEL
from ..readers.sniff import looks_like_json
from ..stages import checks
from .paths import expand
from .reading import JsonProblem, documents
from .reread import value_checks

JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
GROUPS = ("schema", "input", "invariant", "arithmetic", "completeness", "outline", "limits", "internal")
"""The check groups (an id's first part) in the order results list them."""
REQUIRED_META = ("year",)
"""Fields of ``meta`` a report always writes: a deleted ``year`` is no unknown year."""


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


def _missing(data: dict[str, Any]) -> list[Check]:
    """A field a report always has but the model would fill in when it is absent (``metrics``
    would become ``[]``, ``meta.year`` null): one ``schema.missing`` each."""
    paths = [f"$.{name}" for name in Report.model_fields if name not in data]
    meta = data.get("meta")
    if isinstance(meta, dict):
        paths += [f"$.meta.{name}" for name in REQUIRED_META if name not in meta]
    message = "field required (a report always has it: null or [] when there is nothing)"
    return [Check(id="schema.missing", severity="error", message=message, path=p) for p in paths]


def group(c: Check) -> str:
    """The group of a check: the first part of its id (``invariant.value_text`` → ``invariant``)."""
    return c.id.split(".")[0]


def in_groups(found: list[Check]) -> list[Check]:
    """The checks in the order of :data:`GROUPS` (others last), each group's as they were found."""
    return sorted(found, key=lambda c: GROUPS.index(group(c)) if group(c) in GROUPS else len(GROUPS))


def _same_text(path: str, source: SourceInfo) -> tuple[str | None, str]:
    """The text of ``path`` when it is the file the report was made from, else why not."""
    size = os.path.getsize(path)
    if size != source.bytes:
        return None, f"{path} has changed since the report was made ({size} bytes, not {source.bytes})"
    try:
        text, info = load(path)  # not open_input: a file called "-" is not stdin
    except InputError as exc:
        return None, f"{path} cannot be read: {exc.message}"
    if info.sha256 != source.sha256:
        return None, f"{path} has changed since the report was made (its sha256 differs)"
    if len(text) != source.chars:
        return None, f"{path} now reads as {len(text)} characters, not the report's {source.chars}"
    return text, ""


def find_text(source: SourceInfo, near: str | None = None) -> tuple[str | None, str]:
    """The text a report was extracted from, found by itself: the file ``source.path`` names
    (as given, else beside the JSON, ``near``), read by the reader of its kind, when its bytes
    are those the report was made from (size and sha256) and it still reads as ``source.chars``
    characters. Otherwise ``(None, why)``."""
    if source.path is None:
        return None, "source.path is null: the report was read from stdin or given to the API"
    where = [source.path]
    if near and not os.path.isabs(source.path):
        where.append(os.path.join(near, source.path))
    why = f"{source.path} does not exist"
    for path in where:
        if os.path.isfile(path):
            text, why = _same_text(path, source)
            if text is not None:
                return text, ""
        elif os.path.exists(path):
            why = f"{path} is not a file"
    return None, why


def _unavailable(source: SourceInfo, why: str) -> Check:
    message = (
        f"the report text is not at hand ({why}): spans were only bounds-checked (within {source.chars} "
        "characters); give --text FILE to check them exactly"
    )
    return Check(id="input.text_unavailable", severity="warning", message=message, path="source.path")


def _checked(report: Report, label: str, text: str | None, near: str | None) -> Result:
    """Every check of a report that fits the schema, against its text when it can be had."""
    found: list[Check] = []
    if text is None:
        text, why = find_text(report.source, near)
        if text is None:
            found.append(_unavailable(report.source, why))
    found += checks.of_document(report, text) + value_checks(report, text)
    return Result(label, in_groups(found), text)


def check_document(data: Any, label: str, text: str | None, *, near: str | None = None) -> Result:
    """Validate one decoded JSON document (``text``: the report text, when given; ``near``: the
    folder of the JSON, where a relative ``source.path`` is also looked for)."""
    if not isinstance(data, dict):
        return _problem(label, "schema.top_level", f"a report is a JSON object, not {type(data).__name__}")
    if "error" in data and len(data) == 1:
        err = data["error"] if isinstance(data["error"], dict) else {}
        return _problem(label, "input.error_record", f"extraction failed: {err.get('message', data['error'])}")
    missing = _missing(data)
    try:
        report = Report.model_validate(data, strict=True)
    except ValidationError as exc:
        found = _schema_checks(exc)
        paths = {c.path for c in found}
        return Result(label, found + [c for c in missing if c.path not in paths])
    except RecursionError:
        return _problem(label, "schema.too_deep", "nested too deeply to be a report")
    if missing:
        return Result(label, missing)
    return _checked(report, label, text, near)


def _json_results(raw_bytes: bytes, label: str, text: str | None, near: str | None) -> Iterator[Result]:
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
            yield check_document(doc, here, text, near=near)


def _text_result(name: str, raw: bytes) -> Result:
    """A report text among the inputs (a file, or stdin that is not JSON): extracted first,
    then checked like its JSON."""
    from ..pipeline import extract

    path = None if name == STDIN_LABEL else name
    try:
        if len(raw) > DEFAULT_MAX_BYTES:
            raise too_large(name, len(raw), DEFAULT_MAX_BYTES)
        text, source = load_bytes(raw, path, source=name)
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
        label = STDIN_LABEL if item == STDIN else item
        if not item.endswith(JSON_SUFFIXES) and not looks_like_json(raw):
            results.append(_text_result(label, raw))  # stdin too: `cat report.txt | lawrep validate -`
        else:
            near = None if item == STDIN else os.path.dirname(item)
            results.extend(_json_results(raw, label, text, near))
    return results
