"""Re-reading a report's figures: does each quantity's and metric's ``text`` say its
``value``, ``high``, ``unit`` and ``qualifier``?

A person (or another tool) can edit a value in the JSON and leave its ``text`` as it was: the
schema and the span checks cannot see that, so ``validate`` reads every figure again with
lawrep's own number reader (:func:`lawrep.stages.quantities.find`) and compares.

How a span is read, most faithful first:

* **In its context**, when the report text is at hand and the span is exactly there: the whole
  text is read once, as ``extract`` read it, and the reading with the span's very start and
  end is the one compared, field by field. The words around a figure count here (``约占10%``
  is approximate though ``约占`` is outside the span; ``1.6万农民工`` is a count of people
  though the noun is outside it), and only the whole text has them all.
* **Alone**, otherwise (no text at hand, or a span the reader reads differently in context,
  such as one a person labelled). Only what the span's own characters determine is compared:
  the span must read as exactly one quantity (else nothing is compared: ``1.6万`` alone has no
  unit, ``60日`` no 内), and an ``exact`` reading does not contradict another qualifier (a
  qualifier word may stand outside the span, as in ``约占``).

A span that is not what the text has at its offsets is not read: ``invariant.span_text``
already reports it, once.

A metric a reviewer corrected on the review page (``review.status`` ``corrected``) keeps the
reviewer's value: its disagreement is a note (a warning), not an error.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache

from ..models import Check, Metric, Quantity, Report
from ..stages.checks.common import check, finite
from ..stages.quantities import find
from ..text.document import document

FIELDS = ("value", "high", "unit", "qualifier")
"""What a figure's text says, and so what is compared."""


Figure = Quantity | Metric
"""A span and what it claims the span says."""


@lru_cache(maxsize=1)
def _in_context(text: str) -> Mapping[tuple[int, int], Quantity]:
    """Every quantity of ``text`` by its span (cached: the lines of a JSONL stream checked
    against one ``--text`` read it once)."""
    found, _ = find(document(text))
    return {(q.start, q.end): q for q in found}


@lru_cache(maxsize=4096)
def _alone(span: str) -> Quantity | None:
    """The one quantity the span's own characters read as, or None when they read as none or
    several."""
    found, _ = find(document(span))
    return found[0] if len(found) == 1 else None


def reading(fig: Figure, text: str | None) -> tuple[Quantity | None, bool]:
    """What the reader makes of the figure's span, and whether that was read in context. A span
    that is not what the text has there is not read at all: ``invariant.span_text`` says so,
    and which of the two an editor changed cannot be told."""
    if text is None:
        return _alone(fig.text), False
    if text[fig.start : fig.end] != fig.text:
        return None, False
    q = _in_context(text).get((fig.start, fig.end))
    return (q, True) if q is not None else (_alone(fig.text), False)


def disagreements(fig: Figure, read: Quantity, in_context: bool) -> Iterator[tuple[str, object, object]]:
    """``(field, claimed, read)`` for each field the span determines and the figure contradicts."""
    for name in FIELDS:
        claimed, said = getattr(fig, name), getattr(read, name)
        if name == "qualifier" and said == "exact" and not in_context:
            continue  # a qualifier word may stand outside the span (约占10%)
        if name in ("value", "high") and claimed is not None and not finite(claimed):
            continue  # invariant.finite says so
        if claimed != said:
            yield name, claimed, said


def corrected(fig: Figure) -> bool:
    """Whether a reviewer corrected the figure (``review.status == "corrected"``): then the
    reviewer's value stands, and its text is allowed to say otherwise."""
    return isinstance(fig, Metric) and fig.corrected


def _show(v: object) -> str:
    """A value as the JSON has it (``null``, ``7476.62``, ``项``)."""
    return "null" if v is None else str(v)


def figure_checks(fig: Figure, path: str, text: str | None) -> list[Check]:
    """One ``invariant.value_text`` per field the figure's text contradicts."""
    read, in_context = reading(fig, text)
    if read is None:
        return []
    note = corrected(fig)
    out = []
    for name, claimed, said in disagreements(fig, read, in_context):
        message = f"{name} {_show(claimed)} is not what its text {fig.text!r} says ({_show(said)})"
        if note:
            message += "; kept as the reviewer corrected it"
        severity = "warning" if note else "error"
        out.append(check("invariant.value_text", severity, message, f"{path}.{name}", fig.start, fig.end))
    return out


def value_checks(report: Report, text: str | None) -> list[Check]:
    """The figures of a report whose text does not say their value, unit or qualifier."""
    out: list[Check] = []
    for i, q in enumerate(report.quantities):
        out.extend(figure_checks(q, f"quantities[{i}]", text))
    for i, m in enumerate(report.metrics):
        out.extend(figure_checks(m, f"metrics[{i}]", text))
    return out
