"""Reports from whatever a user has: report texts and documents (extracted), lawrep JSON and
JSONL, corpus databases, and directories of any of them. What ``panel`` and ``compare`` read.

Each input gives its reports in order, or one problem naming it; a bad input never stops the
others.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from pydantic import ValidationError

from ..errors import InputError, InternalError
from ..models import Report
from ..readers.files import read_head
from ..readers.limits import DEFAULT_MAX_BYTES, STDIN, STDIN_LABEL
from ..readers.sniff import looks_like_json
from .paths import READABLE, expand
from .reading import JsonProblem, documents

SQLITE_MAGIC = b"SQLite format 3\x00"
REPORT_FILES: tuple[str, ...] = (*READABLE, "*.json", "*.jsonl", "*.ndjson", "*.db", "*.sqlite", "*.sqlite3")
"""What a directory walk takes: the kinds ``extract`` reads, its JSON, and corpus databases."""


@dataclass(frozen=True)
class Loaded:
    """One report (``report``) or one input that gave none (``problem``), with where it came
    from: a path, ``path:line`` in a JSONL stream, ``path#id`` in a database."""

    label: str
    report: Report | None = None
    problem: str | None = None
    text: str | None = None  # the text the report was extracted from, when it was extracted here


@contextmanager
def kept_in_memory() -> Iterator[None]:
    """Read many reports to keep without the cyclic garbage collector's pauses. A report is a
    tree of some hundreds of objects with no cycles, so the collector finds nothing, yet each
    pass walks every object still held: reading 10,000 reports took 10.7 s with it and 1.7 s
    without, and the panel's work after reading them twice as long. So collection is off while
    reading, and what was read is then frozen (``gc.freeze``: left out of later passes; freed
    by reference counting as ever) before collection resumes as it was."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_on:
            gc.enable()


def collect(inputs: Iterable[str]) -> Iterator[Loaded]:
    """Every report of every input, in input order (a directory's files sorted)."""
    from ..readers.dispatch import read_input

    for item in expand(inputs, REPORT_FILES):
        label = STDIN_LABEL if item == STDIN else item
        if item != STDIN and read_head(item, len(SQLITE_MAGIC)) == SQLITE_MAGIC:
            yield from _from_database(item)  # read by SQLite, never whole into memory
            continue
        try:
            raw = read_input(item, max_bytes=None)
        except InputError as exc:
            yield Loaded(label, problem=exc.message)
            continue
        if raw.startswith(SQLITE_MAGIC):
            yield Loaded(label, problem="a corpus database is read from its file, not from stdin: give its path")
        elif looks_like_json(raw):
            yield from _from_json(raw, label)
        else:
            yield _from_text(raw, item, label)


def _from_database(path: str) -> Iterator[Loaded]:
    import sqlite3

    try:
        con = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as error:
        yield Loaded(path, problem=f"cannot open the database: {error}")
        return
    try:
        stored = con.execute("SELECT id, report FROM reports ORDER BY id").fetchall()
    except sqlite3.Error as error:
        yield Loaded(path, problem=f"not a lawrep corpus database ({error})")
        return
    finally:
        con.close()
    for report_id, report_json in stored:
        yield _validated(f"{path}#{report_id}", partial(Report.model_validate_json, report_json))


def _from_json(raw: bytes, label: str) -> Iterator[Loaded]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        yield Loaded(label, problem="JSON must be UTF-8")
        return
    for line, doc in documents(text):
        here = label if line is None else f"{label}:{line}"
        if isinstance(doc, JsonProblem):
            yield Loaded(here, problem=str(doc))
        elif isinstance(doc, dict) and "error" in doc and len(doc) == 1:
            yield Loaded(here, problem=f"an error record of extract: {doc['error']}")
        else:
            yield _validated(here, partial(Report.model_validate, doc))


def _validated(label: str, make: Callable[[], Report]) -> Loaded:
    """A report the model accepts, or one line saying why it is not one."""
    try:
        report = make()
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or "$"
        return Loaded(label, problem=f"not a lawrep report ({where}: {first['msg']}); `lawrep validate` says more")
    return Loaded(label, report)


def _from_text(raw: bytes, item: str, label: str) -> Loaded:
    from ..pipeline import extract
    from ..readers.dispatch import load_bytes
    from ..readers.files import too_large

    try:
        if len(raw) > DEFAULT_MAX_BYTES:
            raise too_large(label, len(raw), DEFAULT_MAX_BYTES)
        text, source = load_bytes(raw, None if item == STDIN else item, source=label)
        return Loaded(label, extract(text, source=source), text=text)
    except InputError as exc:
        return Loaded(label, problem=exc.message)
    except Exception as exc:  # a bug costs this input, never the others
        return Loaded(label, problem=InternalError(label, exc).message)
