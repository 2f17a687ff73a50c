"""Which files a list of inputs names: files as given, directories walked recursively."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..readers.limits import STDIN


def expand(inputs: Iterable[str], pattern: str = "*.txt") -> Iterator[str]:
    """Files named directly, and files under directories (recursively, sorted, no loops)."""
    for item in inputs:
        p = Path(item)
        if item != STDIN and p.is_dir():
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
