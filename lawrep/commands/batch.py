"""Running ``extract`` over many inputs: worker processes, ordered results, error records.

Results stream back in input order through a bounded window of pending jobs, so memory stays
flat however many files there are, and one bad file becomes an error record, never a stop.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import InputError, InternalError
from ..export.render import Rendering

if TYPE_CHECKING:
    from concurrent.futures import Future


@dataclass
class Outcome:
    """One input's result: its rendered output (JSON or CSV rows) and metric count, or an error."""

    path: str
    rendered: str | None = None
    metrics: int = 0
    error: InputError | InternalError | None = None


def process(path: str, max_bytes: int, how: Rendering, stdin_bytes: bytes | None = None) -> Outcome:
    """Load, extract and render one input; every failure becomes an error in the outcome.

    Rendering happens here, in the worker, so the parent process only writes strings: with two
    cores, every millisecond the parent spends per report is taken from a worker."""
    from ..export.render import render
    from ..pipeline import extract
    from ..readers.dispatch import open_input

    try:
        text, info = open_input(path, max_bytes=max_bytes, stdin=stdin_bytes or b"")
        report = extract(text, source=info)
        return Outcome(path, render(report, text, how), len(report.metrics))
    except InputError as exc:
        return Outcome(path, error=exc)
    except Exception as exc:  # a bug must cost one record, never the rest of the corpus
        return Outcome(path, error=InternalError(path, exc))


def sha256_of(path: str, stdin_bytes: bytes | None) -> str:
    """What a corpus database knows a report by: the SHA-256 of the input's bytes (the
    ``source.sha256`` extraction gives), found before extracting to skip a known input."""
    import hashlib

    from ..readers.limits import STDIN

    if path == STDIN:
        return hashlib.sha256(stdin_bytes or b"").hexdigest()
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def _process_chunk(paths: list[str], max_bytes: int, how: Rendering, stdin_bytes: bytes | None) -> list[Outcome]:
    return [process(p, max_bytes, how, stdin_bytes) for p in paths]


def chunk_size(n_paths: int, jobs: int) -> int:
    """Inputs per task: enough to make the cost of a task round trip small against the work,
    few enough that every worker gets many tasks (an even load) and results stream steadily."""
    return max(1, min(32, n_paths // (jobs * 16)))


def run(
    paths: list[str], *, jobs: int, max_bytes: int, how: Rendering, stdin_bytes: bytes | None = None
) -> Iterator[Outcome]:
    """Outcomes in input order; with ``jobs > 1`` computed in worker processes, a chunk of
    inputs per task, with a bounded window of tasks in flight."""
    if jobs <= 1 or len(paths) < 2:
        for p in paths:
            yield process(p, max_bytes, how, stdin_bytes)
        return
    from concurrent.futures import ProcessPoolExecutor  # 5 ms of imports a single file never needs

    size = chunk_size(len(paths), jobs)
    chunks = (paths[i : i + size] for i in range(0, len(paths), size))
    window = jobs * 4
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[Outcome]]] = deque()

        def submit(chunk: list[str]) -> None:
            stdin = stdin_bytes if "-" in chunk else None
            pending.append(pool.submit(_process_chunk, chunk, max_bytes, how, stdin))

        for chunk in chunks:
            submit(chunk)
            if len(pending) >= window:
                break
        while pending:
            yield from pending.popleft().result()
            nxt = next(chunks, None)
            if nxt is not None:
                submit(nxt)


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)
