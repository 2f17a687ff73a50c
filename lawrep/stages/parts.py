"""Stage 5 — parts: which metrics break down which total (``part_of``).

After ``其中`` the figures of the same kind are parts of the total before it
(``受理…19宗,其中开庭13宗``), and a repeated total opens a sub-breakdown. The stage returns the
links; the pipeline joins them to the metrics.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from ..models import Metric
from ..rules import metrics as R
from ..rules.quantities import MONEY_UNITS, NOT_ADDITIVE_UNITS
from ..text.clauses import SENTENCE_BREAK
from ..text.document import Doc

_CUE = regex.compile(R.BREAKDOWN_CUE)


def link(doc: Doc, metrics: list[Metric]) -> list[int | None]:
    """The ``part_of`` of each metric: the index of the total it is a part of, or None.

    The total is the nearest earlier figure (within a paragraph's reach) with the first part's
    key, else its domain, else its kind (money or count). A later figure with the total's key
    is a sub-total (``其中,调解组织受理案件62件…仲裁机构受理案件1528件``) and opens its own
    breakdown for the figures of its domain that follow it.
    """
    folded = doc.folded
    part_of: list[int | None] = [None] * len(metrics)
    starts = [x.start for x in metrics]
    for m in _CUE.finditer(folded):
        pos = m.start()
        reach = min(len(folded), m.end() + R.BREAKDOWN_REACH)
        stop = SENTENCE_BREAK.search(folded, m.end(), reach)
        end = stop.start() if stop else reach
        lo = bisect_left(starts, pos - R.BREAKDOWN_TOTAL_WINDOW)
        mid, hi = bisect_left(starts, pos), bisect_left(starts, end)
        parts = [i for i in range(mid, hi) if pos < metrics[i].start and _countable(metrics[i])]
        before = [i for i in range(lo, mid) if metrics[i].end <= pos and pos - metrics[i].end < R.BREAKDOWN_TOTAL_GAP]
        before = [i for i in before if _countable(metrics[i])]
        if not parts or not before:
            continue
        total = _total_for(metrics, before, metrics[parts[0]])
        if total is not None:
            _assign(metrics, parts, total, part_of)
    return part_of


def _assign(metrics: list[Metric], parts: list[int], total: int, part_of: list[int | None]) -> None:
    """Link the parts after one 其中 to their total, or to a sub-total that repeats its key."""
    sub: int | None = None
    for i in parts:
        x = metrics[i]
        if part_of[i] is not None:
            continue
        if x.key == metrics[total].key:
            part_of[i], sub = total, i
        elif sub is not None and _domain_of(x) == _domain_of(metrics[sub]):
            part_of[i] = sub
        elif _same_kind(x, metrics[total]):
            part_of[i] = total


def _same_kind(a: Metric, b: Metric) -> bool:
    """Both money or both counts: a breakdown never mixes the two."""
    return (a.unit in MONEY_UNITS) == (b.unit in MONEY_UNITS)


def _countable(m: Metric) -> bool:
    return m.unit not in NOT_ADDITIVE_UNITS


def _domain_of(m: Metric) -> str:
    return m.key.split(".")[0]


def _total_for(metrics: list[Metric], before: list[int], first: Metric) -> int | None:
    for same in (
        lambda x: x.key == first.key,
        lambda x: _domain_of(x) == _domain_of(first) and _same_kind(x, first),
        lambda x: _same_kind(x, first),
    ):
        hits = [i for i in before if same(metrics[i])]
        if hits:
            return hits[-1]
    return None
