"""Arithmetic: parts within their total, rates agreeing with the counts they come from, one
measure not given two values in a sentence. The relations are tables in ``rules/checks.py``."""

from __future__ import annotations

from ...models import Check, Metric, Report
from ...rules import checks as R
from ...rules.quantities import SHARE_UNITS
from .common import check, finite, fmt


def arithmetic(report: Report) -> list[Check]:
    """Parts within their total; rates agreeing with the counts they come from."""
    out: list[Check] = []
    metrics = report.metrics
    children: dict[int, list[int]] = {}
    for i, m in enumerate(metrics):
        if m.part_of is not None and 0 <= m.part_of < len(metrics) and m.part_of != i and not m.rejected:
            children.setdefault(m.part_of, []).append(i)
    for total, parts in sorted(children.items()):
        t = metrics[total]
        if t.rejected:
            continue
        s = sum(metrics[p].value for p in parts)
        exact = all(metrics[p].qualifier == "exact" for p in parts) and t.qualifier == "exact"
        if exact and s > t.value:
            # a reviewer's correction is the reviewer's to answer for: a note, as its value is
            reviewed = any(metrics[i].corrected for i in (total, *parts))
            note = "; after a reviewer's correction" if reviewed else ""
            out.append(
                check(
                    "arithmetic.parts_exceed_total",
                    "warning" if reviewed else "error",
                    f"the parts of {t.label} {t.text} add up to {fmt(s)}, more than the total {fmt(t.value)}{note}",
                    f"metrics[{total}]",
                    t.start,
                    t.end,
                )
            )
    out.extend(_full_rates_with_pending(metrics))
    out.extend(_rate_agreement(metrics))
    out.extend(_conflicts(metrics))
    return out


def _full_rates_with_pending(metrics: list[Metric]) -> list[Check]:
    """A closure rate of 100% beside cases still pending (``rules.checks.FULL_RATES_WITH_PENDING``)."""
    out: list[Check] = []
    for i, m in enumerate(metrics):
        for rel in R.FULL_RATES_WITH_PENDING:
            if m.unit != rel.unit or m.value != rel.full or not m.key.endswith(rel.rate_suffix):
                continue
            pending = [
                x
                for x in metrics[max(0, i - rel.window) : i + rel.window]
                if x.key == rel.pending and x.value > 0 and abs(x.start - m.start) < rel.reach
            ]
            if pending:
                message = f"{m.label} {fmt(rel.full)}{rel.unit} beside {pending[0].text} still pending"
                out.append(check("arithmetic.rate_with_pending", "warning", message, f"metrics[{i}]", m.start, m.end))
    return out


def _rate_agreement(metrics: list[Metric]) -> list[Check]:
    """A rate against the part and total it comes from (54 mediated of 62 received → 87%), for
    the relations in ``rules.checks.RATES_OF_PARTS``."""
    out: list[Check] = []
    for i, rate in enumerate(metrics):
        for rel in R.RATES_OF_PARTS:
            if rate.key == rel.rate:
                found = _disagreement(metrics, i, rel)
                if found is not None:
                    out.append(found)
    return out


def _disagreement(metrics: list[Metric], i: int, rel: R.RateOfPart) -> Check | None:
    rate = metrics[i]
    near = [m for m in metrics[max(0, i - rel.window) : i] if rate.start - m.end < rel.reach]
    part = next((m for m in reversed(near) if m.key == rel.part), None)
    if part is None or part.part_of is None or not 0 <= part.part_of < len(metrics):
        return None
    base = metrics[part.part_of]
    if base is part or base.value <= 0 or not (finite(base.value) and finite(part.value)):
        return None
    computed = 100.0 * part.value / base.value
    if abs(computed - rate.value) <= R.RATE_TOLERANCE:
        return None
    message = f"{rate.label} {rate.text} but {part.text} of {base.text} is {computed:.1f}%"
    return check("arithmetic.rate_mismatch", "warning", message, f"metrics[{i}]", rate.start, rate.end)


def _conflicts(metrics: list[Metric]) -> list[Check]:
    """The same thing (key and subject) given two different values within a sentence.

    Two figures of one key with different subjects (16份 to evaluate, 45份 to clean up) are a
    list, not a conflict; a conflict is the same phrase measured twice.
    """
    out: list[Check] = []
    for i, m in enumerate(metrics):
        for j in range(i + 1, len(metrics)):
            o = metrics[j]
            if o.start - m.end > R.CONFLICT_REACH:
                break
            if (
                o.key == m.key
                and o.subject == m.subject
                and o.value != m.value
                and o.part_of is None
                and m.part_of is None
                and o.unit == m.unit
                and m.unit not in SHARE_UNITS
                and not (m.rejected or o.rejected)
            ):
                out.append(
                    check(
                        "arithmetic.conflicting_values",
                        "warning",
                        f"{m.label} is given as {m.text} and {o.text} in the same sentence",
                        f"metrics[{j}]",
                        o.start,
                        o.end,
                    )
                )
    return out
