"""Sorted, non-overlapping character ranges with logarithmic look-ups.

Stages ask "is this offset inside a 《…》 title?" or "does this numeral overlap a set phrase?"
for every match; a scan of all ranges each time would make a long text quadratic.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class SpanIndex:
    """Ranges ``[start, end)`` given in document order and not overlapping each other."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        self._ranges = list(ranges)
        self._starts = [a for a, _ in self._ranges]

    def __len__(self) -> int:
        return len(self._ranges)

    def contains(self, pos: int) -> bool:
        """Whether ``pos`` lies inside one of the ranges."""
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ranges[i][1]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with one of the ranges."""
        i = bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ranges[i][1] > start and end > start
