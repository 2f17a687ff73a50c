"""Stage 6 — checks: invariants, arithmetic consistency and completeness of a report.

Each check has a stable id (``invariant.*``, ``arithmetic.*``, ``completeness.*``), a severity,
a plain-language message, the JSON path it concerns and the text span where there is one.
The same functions serve ``lawrep extract`` (on its own output) and ``lawrep validate`` (on JSON
edited by people or other tools), so they never assume the report is well formed beyond its
schema.

Completeness follows 《法治政府建设与责任落实督察工作规定》 (2019): the annual report has its
measures and results, shortcomings, the leaders' duties and next year's plan; a department
reports by 1 March of the following year.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date

from .models import Check, Metric, Report, Section

REQUIRED_PARTS: tuple[tuple[str, str], ...] = (
    ("measures_and_results", "the measures taken and their results (主要举措和成效)"),
    ("shortcomings", "the shortcomings and their causes (存在的不足和原因)"),
    ("leader_duties", "how the principal leaders fulfilled their duties (党政主要负责人履行职责情况)"),
    ("next_year_plan", "the plan for the next year (下一年度主要安排)"),
)
SHARE_UNITS = ("%", "‰")
RATE_TOLERANCE = 1.0  # percentage points: reports round rates to whole numbers or one decimal
DEADLINE_MONTH_DAY = (3, 1)  # reported by 1 March of the following year


def _finite(v: float | int) -> bool:
    """math.isfinite, also for integers too large for a float (they are not usable figures)."""
    try:
        return math.isfinite(v) and abs(v) < 1e300
    except OverflowError:
        return False


def _fmt(v: float | int) -> str:
    return f"{v:g}" if _finite(v) else "a huge number"


def _kind(unit: str) -> str:
    """The dimension a breakdown must keep: money, a share, or a count."""
    return "money" if unit == "元" else "share" if unit in SHARE_UNITS else "count"


def _check(id_: str, severity: str, message: str, path: str, start: int | None = None, end: int | None = None) -> Check:
    return Check(id=id_, severity=severity, message=message, path=path, start=start, end=end)


def _walk(sections: list[Section], path: str = "outline") -> Iterator[tuple[str, Section]]:
    for i, s in enumerate(sections):
        here = f"{path}[{i}]"
        yield here, s
        yield from _walk(s.children, f"{here}.children")


def _spans(report: Report) -> Iterator[tuple[str, str | None, int, int]]:
    """(path, text or None, start, end) of every span in the report."""
    if report.meta.agency:
        a = report.meta.agency
        yield "meta.agency", a.text, a.start, a.end
    for name in ("year_evidence", "date_evidence", "title", "addressee"):
        s = getattr(report.meta, name)
        if s is not None:
            yield f"meta.{name}", s.text, s.start, s.end
    for name in ("preamble", "closing"):
        s = getattr(report, name)
        if s is not None:
            yield name, s.text, s.start, s.end
    for path, sec in _walk(report.outline):
        yield path, None, sec.start, sec.end
        for j, it in enumerate(sec.items):
            yield f"{path}.items[{j}]", it.text, it.start, it.end
    for i, q in enumerate(report.quantities):
        yield f"quantities[{i}]", q.text, q.start, q.end
    for i, m in enumerate(report.metrics):
        yield f"metrics[{i}]", m.text, m.start, m.end


def invariants(report: Report, text: str | None) -> list[Check]:
    """Spans inside the text (and exact when the text is at hand), finite values, shares in
    0–100, quantities in order, ``part_of`` pointing at a metric of the same kind."""
    out: list[Check] = []
    n = report.source.chars if text is None else len(text)
    for path, span_text, start, end in _spans(report):
        if not 0 <= start <= end <= n:
            out.append(
                _check(
                    "invariant.span_bounds",
                    "error",
                    f"span {start}:{end} lies outside the text of {n} characters",
                    path,
                    start,
                    end,
                )
            )
        elif text is not None and span_text is not None and text[start:end] != span_text:
            out.append(
                _check(
                    "invariant.span_text",
                    "error",
                    f"text {span_text!r} is not what the source has at {start}:{end} ({text[start:end]!r})",
                    path,
                    start,
                    end,
                )
            )
    last_end = -1
    for i, q in enumerate(report.quantities):
        path = f"quantities[{i}]"
        for name, v in (("value", q.value), ("high", q.high)):
            if v is not None and not _finite(v):
                out.append(
                    _check(
                        "invariant.finite",
                        "error",
                        f"{name} is not a finite number",
                        f"{path}.{name}",
                        q.start,
                        q.end,
                    )
                )
        if q.start < last_end:
            out.append(
                _check(
                    "invariant.order",
                    "error",
                    "quantities overlap or are out of document order",
                    path,
                    q.start,
                    q.end,
                )
            )
        last_end = max(last_end, q.end)
        if q.high is not None and q.high < q.value:
            out.append(
                _check(
                    "invariant.range",
                    "error",
                    f"range ends {q.value}–{q.high} are reversed",
                    path,
                    q.start,
                    q.end,
                )
            )
    for i, m in enumerate(report.metrics):
        out.extend(_metric_invariants(report.metrics, i, m))
    return out


def _metric_invariants(metrics: list[Metric], i: int, m: Metric) -> list[Check]:
    out: list[Check] = []
    path = f"metrics[{i}]"
    if not _finite(m.value):
        out.append(_check("invariant.finite", "error", "value is not a finite number", f"{path}.value", m.start, m.end))
    elif (
        m.unit in SHARE_UNITS
        and not m.key.endswith("_cut")
        and not m.key.endswith(".change")
        and not 0 <= m.value <= 100
    ):
        out.append(
            _check(
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
                _check(
                    "invariant.part_of",
                    "error",
                    f"part_of {m.part_of} is not the index of another metric",
                    f"{path}.part_of",
                    m.start,
                    m.end,
                )
            )
        elif _kind(metrics[m.part_of].unit) != _kind(m.unit):
            out.append(
                _check(
                    "invariant.part_of",
                    "error",
                    f"part_of links a {_kind(m.unit)} to a {_kind(metrics[m.part_of].unit)}",
                    f"{path}.part_of",
                    m.start,
                    m.end,
                )
            )
    return out


def arithmetic(report: Report) -> list[Check]:
    """Parts within their total; rates agreeing with the counts they come from."""
    out: list[Check] = []
    metrics = report.metrics
    children: dict[int, list[int]] = {}
    for i, m in enumerate(metrics):
        if m.part_of is not None and 0 <= m.part_of < len(metrics) and m.part_of != i:
            children.setdefault(m.part_of, []).append(i)
    for total, parts in sorted(children.items()):
        t = metrics[total]
        s = sum(metrics[p].value for p in parts)
        exact = all(metrics[p].qualifier == "exact" for p in parts) and t.qualifier == "exact"
        if exact and s > t.value:
            out.append(
                _check(
                    "arithmetic.parts_exceed_total",
                    "error",
                    f"the parts of {t.label} {t.text} add up to {_fmt(s)}, more than the total {_fmt(t.value)}",
                    f"metrics[{total}]",
                    t.start,
                    t.end,
                )
            )
    for i, m in enumerate(metrics):
        if m.unit == "%" and m.key.endswith("closure_rate") and m.value == 100:
            pending = [
                x
                for x in metrics[max(0, i - 20) : i + 20]
                if x.key == "admin_disputes.pending" and x.value > 0 and abs(x.start - m.start) < 300
            ]
            if pending:
                out.append(
                    _check(
                        "arithmetic.rate_with_pending",
                        "warning",
                        f"{m.label} 100% beside {pending[0].text} still pending",
                        f"metrics[{i}]",
                        m.start,
                        m.end,
                    )
                )
    out.extend(_rate_agreement(metrics))
    out.extend(_conflicts(metrics))
    return out


def _rate_agreement(metrics: list[Metric]) -> list[Check]:
    """mediated / received vs the mediation rate stated beside them (54 of 62 → 87%)."""
    out: list[Check] = []
    for i, rate in enumerate(metrics):
        if rate.key != "labor_dispute.mediation_rate":
            continue
        near = [m for m in metrics[max(0, i - 20) : i] if rate.start - m.end < 200]
        mediated = next((m for m in reversed(near) if m.key == "labor_dispute.mediated"), None)
        if mediated is None or mediated.part_of is None or not 0 <= mediated.part_of < len(metrics):
            continue
        base = metrics[mediated.part_of]
        if base is mediated or base.value <= 0 or not (_finite(base.value) and _finite(mediated.value)):
            continue
        computed = 100.0 * mediated.value / base.value
        if abs(computed - rate.value) > RATE_TOLERANCE:
            out.append(
                _check(
                    "arithmetic.rate_mismatch",
                    "warning",
                    f"{rate.label} {rate.text} but {mediated.text} of {base.text} is {computed:.1f}%",
                    f"metrics[{i}]",
                    rate.start,
                    rate.end,
                )
            )
    return out


def _conflicts(metrics: list[Metric]) -> list[Check]:
    """The same thing (key and subject) given two different values within a sentence.

    Two figures of one key with different subjects (16份 to evaluate, 45份 to clean up) are a
    list, not a conflict; a conflict is the same phrase measured twice.
    """
    out: list[Check] = []
    for i, m in enumerate(metrics):
        for j in range(i + 1, len(metrics)):
            o = metrics[j]
            if o.start - m.end > 60:
                break
            if (
                o.key == m.key
                and o.subject == m.subject
                and o.value != m.value
                and o.part_of is None
                and m.part_of is None
                and o.unit == m.unit
                and m.unit not in SHARE_UNITS
            ):
                out.append(
                    _check(
                        "arithmetic.conflicting_values",
                        "warning",
                        f"{m.label} is given as {m.text} and {o.text} in the same sentence",
                        f"metrics[{j}]",
                        o.start,
                        o.end,
                    )
                )
    return out


def completeness(report: Report) -> list[Check]:
    """The parts the 2019 regulation requires, year and agency known, signed in time."""
    out: list[Check] = []
    present = {s.canonical for s in report.outline if s.level == 1}
    for part, what in REQUIRED_PARTS:
        if part not in present:
            out.append(_check(f"completeness.missing_{part}", "warning", f"no part on {what}", "outline"))
    if report.meta.year is None:
        out.append(
            _check(
                "completeness.year_unknown",
                "warning",
                "the year the report is about could not be read",
                "meta.year",
            )
        )
    if report.meta.agency is None:
        out.append(
            _check(
                "completeness.agency_unknown",
                "warning",
                "the reporting agency could not be read",
                "meta.agency",
            )
        )
    out.extend(_timeliness(report))
    return out


def _timeliness(report: Report) -> list[Check]:
    year, signed = report.meta.year, report.meta.date
    if year is None or signed is None:
        return []
    try:
        d = date.fromisoformat(signed)
    except ValueError:
        return []
    ev = report.meta.date_evidence
    start, end = (ev.start, ev.end) if ev else (None, None)
    if d > date(year + 1, *DEADLINE_MONTH_DAY):
        return [
            _check(
                "completeness.signed_late",
                "warning",
                f"signed {signed}, after the 1 March {year + 1} deadline for a {year} report",
                "meta.date",
                start,
                end,
            )
        ]
    if d < date(year, 12, 1):
        return [
            _check(
                "completeness.signed_early",
                "error",
                f"signed {signed}, over a month before the {year} it reports on ends: the year is probably misread",
                "meta.date",
                start,
                end,
            )
        ]
    return []


def run(report: Report, text: str | None, structure: object | None = None) -> list[Check]:
    """All checks of a report; ``text`` (when at hand) makes span checks exact."""
    return invariants(report, text) + arithmetic(report) + completeness(report) + _outline_notes(structure)


def _outline_notes(structure: object | None) -> list[Check]:
    suspects = getattr(structure, "suspect_headings", None) or []
    return [
        _check(
            "outline.out_of_sequence",
            "warning",
            f"{s.text[:30]!r} looks like a heading but is out of sequence; kept as body text",
            "outline",
            s.start,
            s.end,
        )
        for s in suspects
    ]


def incomplete_quantities(chars: int) -> Check:
    """The regex guard stopped the quantity reader: the report holds what was read until then."""
    return _check(
        "limits.quantities_incomplete",
        "warning",
        f"reading quantities stopped at the time limit for {chars} characters; the list is partial",
        "quantities",
    )
