"""Stage 6 — stated changes: the change against last year a sentence states about a figure
(``1590件,同比增加46.54%``), so that ``compare`` can check it against last year's report.

A change is attached only when nothing stands between the figure and it but a comparison
(``同比``, ``较上年``), and only when its kind is certain: a percentage after a figure that is
itself a percentage could be relative or in points, so it is left unattached.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from ..models import Metric, Quantity, StatedChange
from ..rules import changes as R
from ..text.document import Doc

_GAP = regex.compile(R.GAP, regex.VERBOSE)


def attach(doc: Doc, metrics: list[Metric], quantities: list[Quantity]) -> list[StatedChange | None]:
    """For each metric, the change stated right after it, or None."""
    starts = [q.start for q in quantities]
    out: list[StatedChange | None] = []
    for m in metrics:
        i = bisect_left(starts, m.end)
        q = quantities[i] if i < len(quantities) else None
        out.append(_stated(doc, m, q) if q is not None and q.change else None)
    return out


def _stated(doc: Doc, m: Metric, q: Quantity) -> StatedChange | None:
    if not _GAP.match(doc.folded, m.end, q.start):
        return None
    kind = R.KINDS.get(q.unit, "absolute")
    if kind == "relative" and m.unit == "%":
        return None  # 98%,同比提高2% — relative or points: the text does not say
    if kind == "points" and m.unit != "%":
        return None
    if kind == "absolute" and q.unit != m.unit:
        return None
    return StatedChange(kind=kind, value=q.value, unit=q.unit, text=q.text, start=q.start, end=q.end)
