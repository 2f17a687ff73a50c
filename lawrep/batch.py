"""Running ``extract`` over many inputs: expansion of paths, worker processes, ordered results.

Results stream back in input order through a bounded window of pending jobs, so memory stays
flat however many files there are, and one bad file becomes an error record, never a stop.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .loading import load_bytes, read_file


@dataclass
class Outcome:
    """One input's result: a report with its text, or an error."""

    path: str
    report_json: dict[str, object] | None = None
    text: str | None = None
    error: InputError | None = None


def expand(inputs: Iterable[str], pattern: str = "*.txt") -> Iterator[str]:
    """Files named directly, and files under directories (recursively, sorted, no loops)."""
    for item in inputs:
        p = Path(item)
        if item != "-" and p.is_dir():
            yield from _walk(p, pattern, set())
        else:
            yield item


def _walk(root: Path, pattern: str, seen: set[tuple[int, int]]) -> Iterator[str]:
    try:
        st = root.stat()
    except OSError:
        yield str(root)
        return
    ident = (st.st_dev, st.st_ino)
    if ident in seen:
        return  # a symlink loop
    seen.add(ident)
    try:
        entries = sorted(root.iterdir(), key=lambda e: e.name)
    except OSError:
        yield str(root)
        return
    for entry in entries:
        if entry.is_dir():
            yield from _walk(entry, pattern, seen)
        elif entry.match(pattern):
            yield str(entry)


def process(path: str, max_bytes: int, stdin_bytes: bytes | None = None) -> Outcome:
    """Load and extract one input; every failure becomes an error in the outcome."""
    from .pipeline import extract

    try:
        if path == "-":
            raw = stdin_bytes or b""
            text, info = load_bytes(raw, None, source="<stdin>")
        else:
            text, info = load_bytes(read_file(path, max_bytes), path)
        report = extract(text, source=info)
        return Outcome(path, report.model_dump(mode="json"), text)
    except InputError as exc:
        return Outcome(path, error=exc)
    except Exception as exc:  # a bug must cost one record, never the rest of the corpus
        return Outcome(path, error=InputError(path, "internal", f"internal error ({type(exc).__name__}: {exc})"))


def run(paths: list[str], *, jobs: int, max_bytes: int, stdin_bytes: bytes | None = None) -> Iterator[Outcome]:
    """Outcomes in input order; with ``jobs > 1`` computed in worker processes."""
    if jobs <= 1 or len(paths) < 2:
        for p in paths:
            yield process(p, max_bytes, stdin_bytes)
        return
    window = max(4, jobs * 4)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[Outcome]] = deque()
        it = iter(paths)
        for p in it:
            pending.append(pool.submit(process, p, max_bytes, stdin_bytes))
            if len(pending) >= window:
                break
        while pending:
            yield pending.popleft().result()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(pool.submit(process, nxt, max_bytes, stdin_bytes))


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)
