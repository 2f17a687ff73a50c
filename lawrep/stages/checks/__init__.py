"""Stage 6 — checks: invariants, arithmetic consistency and completeness of a report.

Each check has a stable id (``invariant.*``, ``arithmetic.*``, ``completeness.*``,
``outline.*``, ``limits.*``), a severity, a plain-language message, the JSON path it concerns
and the text span where there is one. The same functions serve ``lawrep extract`` (on its own
output) and ``lawrep validate`` (on JSON edited by people or other tools).
"""

from __future__ import annotations

from ...models import Check, Report, Span
from .arithmetic import arithmetic
from .completeness import completeness, incomplete_quantities, outline_notes
from .invariants import invariants
from .places import places

__all__ = ["arithmetic", "completeness", "incomplete_quantities", "invariants", "of_document", "run"]


def of_document(report: Report, text: str | None) -> list[Check]:
    """The checks that need only the report (and its text when at hand): what ``validate`` runs."""
    return invariants(report, text) + arithmetic(report) + completeness(report) + places(report)


def run(report: Report, text: str, suspects: list[Span], complete: bool) -> list[Check]:
    """Every check of a freshly extracted report: those of :func:`of_document`, then the notes
    the stages left (headings out of sequence; a quantity reading stopped by the guard)."""
    found = of_document(report, text) + outline_notes(suspects)
    if not complete:
        found.append(incomplete_quantities(len(text)))
    return found
