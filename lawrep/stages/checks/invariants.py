"""Invariants: spans inside the text (exact when it is at hand), finite values, shares within
0–100, quantities in order, ``part_of`` pointing at another metric of the same kind, metric keys
from the taxonomy (or ``custom:``), ``period`` only for a year other than the report's.

They hold for every report lawrep writes; ``validate`` runs them on JSON edited elsewhere, so
they assume nothing beyond the schema.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...models import Check, Metric, Report, Section
from ...rules import checks as R
from ...rules.metrics import figures_of_keys
from ...rules.quantities import SHARE_UNITS, UNITS
from ...rules.taxonomy import TAXONOMY
from .common import check, finite, kind

KEYS = frozenset(t.key for t in TAXONOMY)
CUSTOM_PREFIX = "custom:"
"""A key of one's own, outside the taxonomy, says so with this prefix."""


def _walk(sections: list[Section], path: str = "outline") -> Iterator[tuple[str, Section]]:
    for i, s in enumerate(sections):
        here = f"{path}[{i}]"
        yield here, s
        yield from _walk(s.children, f"{here}.children")


_Where = tuple[str, int | None]
"""A JSON path as (field, index in it or None): ``("quantities", 3)`` is ``quantities[3]``. The
path string is made only for a span that fails (most never do; ~80 spans a report)."""


def _path(where: _Where) -> str:
    field, index = where
    return field if index is None else f"{field}[{index}]"


def _spans(report: Report) -> Iterator[tuple[_Where, str | None, int, int]]:
    """(where, text or None, start, end) of every span in the report."""
    for name in ("agency", "department"):
        a = getattr(report.meta, name)
        if a is not None:
            yield (f"meta.{name}", None), a.text, a.start, a.end
    for name in ("year_evidence", "date_evidence", "title", "addressee"):
        s = getattr(report.meta, name)
        if s is not None:
            yield (f"meta.{name}", None), s.text, s.start, s.end
    for name in ("preamble", "closing"):
        s = getattr(report, name)
        if s is not None:
            yield (name, None), s.text, s.start, s.end
    for path, sec in _walk(report.outline):
        yield (path, None), None, sec.start, sec.end
        for j, it in enumerate(sec.items):
            yield (f"{path}.items", j), it.text, it.start, it.end
    for i, q in enumerate(report.quantities):
        yield ("quantities", i), q.text, q.start, q.end
    for i, m in enumerate(report.metrics):
        yield ("metrics", i), m.text, m.start, m.end


def invariants(report: Report, text: str | None) -> list[Check]:
    """Spans inside the text (and exact when the text is at hand), finite values, shares in
    0–100, quantities in order, ``part_of`` pointing at a metric of the same kind."""
    out: list[Check] = []
    n = report.source.chars if text is None else len(text)
    for where, span_text, start, end in _spans(report):
        if not 0 <= start <= end <= n:
            out.append(
                check(
                    "invariant.span_bounds",
                    "error",
                    f"span {start}:{end} lies outside the text of {n} characters",
                    _path(where),
                    start,
                    end,
                )
            )
        elif text is not None and span_text is not None and text[start:end] != span_text:
            out.append(
                check(
                    "invariant.span_text",
                    "error",
                    f"text {span_text!r} is not what the source has at {start}:{end} ({text[start:end]!r})",
                    _path(where),
                    start,
                    end,
                )
            )
    last_end = -1
    for i, q in enumerate(report.quantities):
        for name, v in (("value", q.value), ("high", q.high)):
            if v is not None and not finite(v):
                out.append(
                    check(
                        "invariant.finite",
                        "error",
                        f"{name} is not a finite number",
                        f"quantities[{i}].{name}",
                        q.start,
                        q.end,
                    )
                )
        if q.start < last_end:
            out.append(
                check(
                    "invariant.order",
                    "error",
                    "quantities overlap or are out of document order",
                    f"quantities[{i}]",
                    q.start,
                    q.end,
                )
            )
        last_end = max(last_end, q.end)
        if q.high is not None and q.high < q.value:
            out.append(
                check(
                    "invariant.range",
                    "error",
                    f"range ends {q.value}–{q.high} are reversed",
                    f"quantities[{i}]",
                    q.start,
                    q.end,
                )
            )
    read_as = {(q.start, q.end): q.unit for q in report.quantities}  # the unit its text says
    for i, m in enumerate(report.metrics):
        out.extend(_metric_invariants(report.metrics, i, m))
        out.extend(_metric_claims(i, m, report.meta.year, read_as.get((m.start, m.end), m.unit)))
    return out


def _metric_claims(i: int, m: Metric, year: int | None, unit: str) -> list[Check]:
    """A key other tools can join on (the taxonomy's, or ``custom:``) that names figures of the
    figure's kind (``unit``: as its quantity reads it; a metric's own edited unit is
    ``value_text``'s to report), and a ``period`` that is what the contract says: set only when
    the figure is about another year than the report's."""
    out: list[Check] = []
    path = f"metrics[{i}]"
    if m.key not in KEYS and not m.key.startswith(CUSTOM_PREFIX):
        message = f"key {m.key!r} is not in the taxonomy (docs/taxonomy.md); a key of one's own starts with custom:"
        out.append(check("invariant.unknown_key", "error", message, f"{path}.key", m.start, m.end))
    if not _fits_key(m.key, unit):
        message = f"{m.text} ({unit}) is not a figure {m.key} names: {_what_key_names(m.key)}"
        out.append(check("invariant.key_unit", "error", message, f"{path}.key", m.start, m.end))
    if m.review is not None and (m.review.status == "corrected") != _records_original(m):
        message = (
            "a corrected metric records what lawrep had (original_key, original_value or original_high)"
            if m.review.status == "corrected"
            else f"original_* belong to a corrected metric, not a {m.review.status} one"
        )
        out.append(check("invariant.review", "error", message, f"{path}.review", m.start, m.end))
    if m.period is not None and m.period == year:
        message = f"period {m.period} is the report's own year (meta.year {year}): period is null then"
        out.append(check("invariant.period", "error", message, f"{path}.period", m.start, m.end))
    return out


_FIGURES = figures_of_keys()
_DIMENSION = {unit: dim for _, unit, dim in UNITS}


def _fits_key(key: str, unit: str) -> bool:
    """Whether a figure in ``unit`` is of a kind ``key`` names (a key outside the taxonomy is
    unknown_key's to report)."""
    if key not in _FIGURES:
        return True
    units, dims = _FIGURES[key]
    return unit in units or _DIMENSION.get(unit) in dims


def _what_key_names(key: str) -> str:
    units, dims = _FIGURES[key]
    return "、".join(sorted(units)) if units else " or ".join(sorted(dims))


def _records_original(m: Metric) -> bool:
    r = m.review
    return r is not None and (r.original_key, r.original_value, r.original_high) != (None, None, None)


def _metric_invariants(metrics: list[Metric], i: int, m: Metric) -> list[Check]:
    out: list[Check] = []
    path = f"metrics[{i}]"
    if not finite(m.value):
        out.append(check("invariant.finite", "error", "value is not a finite number", f"{path}.value", m.start, m.end))
    elif m.unit in SHARE_UNITS and not m.key.endswith(R.UNBOUNDED_SHARE_SUFFIXES) and not 0 <= m.value <= 100:
        out.append(
            check(
                "invariant.share",
                "error",
                f"{m.label} of {m.value}{m.unit} is outside 0–100",
                f"{path}.value",
                m.start,
                m.end,
            )
        )
    if m.part_of is not None:
        if not 0 <= m.part_of < len(metrics) or m.part_of == i:
            out.append(
                check(
                    "invariant.part_of",
                    "error",
                    f"part_of {m.part_of} is not the index of another metric",
                    f"{path}.part_of",
                    m.start,
                    m.end,
                )
            )
        elif kind(metrics[m.part_of].unit) != kind(m.unit):
            out.append(
                check(
                    "invariant.part_of",
                    "error",
                    f"part_of links a {kind(m.unit)} to a {kind(metrics[m.part_of].unit)}",
                    f"{path}.part_of",
                    m.start,
                    m.end,
                )
            )
    return out
