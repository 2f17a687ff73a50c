"""A bureau against its previous year: the same agency (same agency kind and region code) in
consecutive years, every key both reports state, and every change the newer report states
(``同比增长10.1%``) checked against what last year's report says.

The values compared are the panel's cells (:mod:`lawrep.corpus.panel`), so a part, another
year's figure or a conflicting pair never enters a comparison. A stated change is consistent
when it agrees with the two figures within the rounding of the figures as written: ``同比增长
10.7%`` allows 10.65–10.75, and ``2380万元`` is anything that rounds to it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

from ..models import Metric, Number, Report, StatedChange
from .panel import own_figures, panel_row

_FLOAT_SLACK = 1e-9
_WRITTEN = regex.compile(r"[0-9][0-9,]*(?:\.([0-9]+))?")


@dataclass(frozen=True)
class Figure:
    """Where a compared value was read: the report it came from and the figure's span."""

    source: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Comparison:
    agency: str | None
    agency_kind: str
    region_code: str
    key: str
    year: int
    previous_year: int
    previous: Number | None
    value: Number | None
    change: float | None
    stated_change: StatedChange | None
    implied_change: float | None
    implied_kind: str | None  # relative (% of last year's), points (of a rate) or absolute (its unit)
    consistent: bool | None
    note: str
    figure: Figure | None
    previous_figure: Figure | None


@dataclass
class _Entry:
    """A report in a pairing: its panel cells and its own figures by key, worked out once."""

    source: str
    report: Report
    cells: dict[str, Number | None] = field(default_factory=dict)
    figures: dict[str, list[Metric]] = field(default_factory=dict)

    @classmethod
    def of(cls, source: str, report: Report) -> _Entry:
        figures: dict[str, list[Metric]] = {}
        for m in own_figures(report):
            figures.setdefault(m.key, []).append(m)
        return cls(source, report, panel_row(source, report).cells, figures)

    def figure(self, key: str) -> Metric | None:
        """The figure a comparison shows for the key: the one a change is stated about, if any
        (the span then goes with the change), else the first."""
        candidates = self.figures.get(key, [])
        return next((m for m in candidates if m.change is not None), candidates[0] if candidates else None)


def compare(loaded: Iterable[tuple[str, Report]]) -> tuple[list[Comparison], list[str]]:
    """The comparisons of every consecutive pair of years of each agency, and one note per
    report left out (no agency kind, region code or year; a second report of an agency-year)."""
    entries: dict[tuple[str, str, int], _Entry] = {}
    skipped: list[str] = []
    for source, report in loaded:
        meta = report.meta
        kind = meta.agency.kind if meta.agency else None
        if kind is None or meta.region.code is None or meta.year is None:
            skipped.append(f"{source}: left out: no agency kind, region code or year to pair it by")
            continue
        ident = (kind, meta.region.code, meta.year)
        if ident in entries:
            skipped.append(f"{source}: left out: a second report of {kind} {meta.region.code} {meta.year} "
                           f"(the first is {entries[ident].source})")  # fmt: skip
            continue
        entries[ident] = _Entry.of(source, report)
    out: list[Comparison] = []
    for (kind, code, year), newer in sorted(entries.items()):
        older = entries.get((kind, code, year - 1))
        if older is not None:
            out.extend(_pair(kind, code, year, older, newer))
    return out, skipped


def _pair(kind: str, code: str, year: int, older: _Entry, newer: _Entry) -> list[Comparison]:
    out = []
    for key in sorted(set(newer.cells) | set(older.cells)):
        value, previous = newer.cells.get(key), older.cells.get(key)
        new_m, old_m = newer.figure(key), older.figure(key)
        stated = new_m.change if new_m is not None else None
        if (value is None or previous is None) and stated is None:
            continue  # not stated by both, and nothing to check
        implied, consistent, note = _check(stated, new_m if value is not None else None,
                                           old_m if previous is not None else None)  # fmt: skip
        how = _kind_of(stated, new_m) if implied is not None and new_m is not None else None
        agency = newer.report.meta.agency.name if newer.report.meta.agency else None
        out.append(
            Comparison(
                agency, kind, code, key, year, year - 1, previous, value,
                _round(value - previous) if value is not None and previous is not None else None,
                stated, implied, how, consistent, note,
                Figure(newer.source, new_m.text, new_m.start, new_m.end) if new_m and value is not None else None,
                Figure(older.source, old_m.text, old_m.start, old_m.end) if old_m and previous is not None else None,
            )
        )  # fmt: skip
    return out


def _check(
    stated: StatedChange | None, new: Metric | None, old: Metric | None
) -> tuple[float | None, bool | None, str]:
    """The implied change of the kind stated, and whether the stated one agrees with it."""
    if new is None or old is None:
        if stated is None:
            return None, None, ""
        return None, None, "last year's report does not state this figure (or its cell is empty)"
    kind = _kind_of(stated, new)
    if kind == "relative" and old.value == 0:
        return None, None, "last year's figure is 0: no relative change"
    implied = _implied(kind, new.value, old.value)
    if stated is None:
        return _round(implied), None, ""
    if new.qualifier != "exact" or old.qualifier != "exact":
        return _round(implied), None, "a figure is not exact (约, 余, 以上…): nothing to check"
    low, high = _bounds(kind, new, old)
    slack = (
        0.0
        if stated.kind == "absolute" and stated.unit != "%" and _is_exact_count(stated.text, stated.value)
        else (_half_unit(stated.text, stated.value))
    )
    slack += _FLOAT_SLACK * max(1.0, abs(stated.value))  # 97.1 − 96.5 is 0.5999… in binary
    consistent = low - slack <= stated.value <= high + slack
    return _round(implied), consistent, "" if consistent else f"last year's report implies {_round(implied)}"


def _kind_of(stated: StatedChange | None, new: Metric) -> str:
    """The kind of change compared: the stated one's, else points for a rate, relative otherwise."""
    return stated.kind if stated is not None else ("points" if new.unit == "%" else "relative")


def _implied(kind: str, value: float, previous: float) -> float:
    if kind == "relative":
        return (value - previous) / previous * 100
    return value - previous


def _bounds(kind: str, new: Metric, old: Metric) -> tuple[float, float]:
    """The range the implied change can take when each figure is anything that rounds to it as
    written (``2380万元`` is 23,795,000–23,805,000)."""
    dn, do = (
        0.0 if _is_exact_count(m.text, m.value) and m.unit != "%" else _half_unit(m.text, m.value) for m in (new, old)
    )
    corners = [_implied(kind, new.value + a, old.value + b) for a in (-dn, dn) for b in (-do, do)
               if kind != "relative" or old.value + b != 0]  # fmt: skip
    return min(corners), max(corners)


def _written(text: str) -> regex.Match[str] | None:
    """The Arabic figure as written, full-width digits and points read as ASCII."""
    return _WRITTEN.search(unicodedata.normalize("NFKC", text))


def _is_exact_count(text: str, value: float) -> bool:
    """A whole figure written in full (``902件``, ``减少4件``): counted, not rounded."""
    m = _written(text)
    return m is not None and m.group(1) is None and float(m.group(0).replace(",", "")) == abs(value)


def _half_unit(text: str, value: float) -> float:
    """Half the last written digit of a figure, in the unit of ``value`` (a figure in 万 keeps
    its scale); 0 for a figure in Chinese numerals, which are exact."""
    m = _written(text)
    if m is None:
        return 0.0
    written = float(m.group(0).replace(",", ""))
    decimals = len(m.group(1) or "")
    scale = abs(value / written) if written else 1.0
    return 0.5 * 10.0**-decimals * scale


def _round(x: float) -> float:
    """Enough digits for a person; the same bytes on every machine."""
    return round(x, 4)
