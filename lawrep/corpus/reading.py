"""Reading reports back from JSON: one document, or a JSONL stream of them.

``parse_json`` refuses what ``json.loads`` lets through but a report never contains (duplicated
keys, NaN and Infinity). A stream is told from a broken pretty-printed document by its first line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any


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


class JsonProblem(ValueError):
    """A document or line that is not valid JSON; ``line`` is its 1-based line in a stream."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def documents(raw: str) -> Iterator[tuple[int | None, Any | JsonProblem]]:
    """The JSON documents of ``raw``: ``(None, doc)`` for a whole document, ``(n, doc)`` for the
    lines of a JSONL stream; a document that cannot be parsed comes as a :class:`JsonProblem`."""
    stripped = raw.strip()
    try:
        yield None, parse_json(stripped)
        return
    except RecursionError:
        yield None, JsonProblem("nested too deeply to parse")
        return
    except ValueError as whole_error:
        if not is_stream(stripped):
            yield None, JsonProblem(f"not valid JSON: {whole_error}")
            return
    for n, line in enumerate(stripped.split("\n"), 1):
        if not line.strip():
            continue
        try:
            yield n, parse_json(line)
        except RecursionError:
            yield n, JsonProblem("nested too deeply to parse", n)
        except ValueError as exc:
            yield n, JsonProblem(f"not valid JSON: {exc}", n)


def is_stream(raw: str) -> bool:
    """JSONL: several lines, the first of which is a JSON object on its own. A pretty-printed
    report that fails to parse is one broken document, not hundreds of broken lines."""
    lines = [ln for ln in raw.split("\n") if ln.strip()]
    if len(lines) < 2:
        return False
    try:
        return isinstance(json.loads(lines[0]), dict)
    except (ValueError, RecursionError):
        return False
