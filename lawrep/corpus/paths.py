"""Which files a list of inputs names: files as given, directories walked recursively.

A directory gives the files of the kinds lawrep reads (``READABLE``, any letter case), or those
matching the ``--glob`` patterns given; the others are counted by extension, so a summary can
say what was skipped instead of dropping it silently.
"""

from __future__ import annotations

import fnmatch
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..readers.limits import STDIN

READABLE: tuple[str, ...] = ("*.txt", "*.text", "*.htm", "*.html", "*.xhtml", "*.shtml", "*.docx", "*.pdf")
"""The files a directory walk takes by default: every kind a reader exists for."""


class Walk:
    """The files named by inputs, in order; ``skipped`` counts the files of directories that
    no pattern took, by extension (``""`` for none)."""

    def __init__(self, patterns: Iterable[str] = READABLE) -> None:
        self.patterns = tuple(p.lower() for p in patterns)
        self.skipped: Counter[str] = Counter()

    def expand(self, inputs: Iterable[str]) -> Iterator[str]:
        """Files named directly, and files under directories (recursively, sorted, no loops)."""
        for item in inputs:
            p = Path(item)
            if item != STDIN and p.is_dir():
                yield from self._walk(p, set())
            else:
                yield item

    def _takes(self, name: str) -> bool:
        lowered = name.lower()
        return any(fnmatch.fnmatchcase(lowered, pattern) for pattern in self.patterns)

    def _walk(self, root: Path, seen: set[tuple[int, int]]) -> Iterator[str]:
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
                yield from self._walk(entry, seen)
            elif self._takes(entry.name):
                yield str(entry)
            else:
                self.skipped[entry.suffix.lower()] += 1


def expand(inputs: Iterable[str], patterns: Iterable[str] = READABLE) -> Iterator[str]:
    """The files inputs name (see :class:`Walk`), when what was skipped does not matter."""
    return Walk(patterns).expand(inputs)
