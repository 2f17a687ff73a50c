"""Places: a name the report gives that several divisions share, and that nothing in the text
decides, is reported rather than guessed (the region keeps only what is certain)."""

from __future__ import annotations

from ...models import Check, Report
from .common import check


def places(report: Report) -> list[Check]:
    """One warning per undecided place name."""
    return [
        check("completeness.place_ambiguous", "warning", note, "meta.region") for note in report.meta.region.ambiguous
    ]
