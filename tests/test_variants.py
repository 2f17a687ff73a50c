"""Encoding, punctuation and traditional-character variants of each seed give the same outline,
metadata, quantities and metrics (fixtures/variants/, made by scripts/make_variants.py); names
come out in simplified characters, so a bureau is one bureau whichever script it wrote in."""

from __future__ import annotations

from pathlib import Path

import pytest

import lawrep
from lawrep.models import Report, Section

from .helpers import REPORTS, VARIANTS, extracted

VARIANT_FILES = sorted(VARIANTS.glob("*.txt"))
CODECS = {
    "gb18030": "gb18030", "utf16": "utf-16", "utf16le-nobom": "utf-16-le",
    "utf8bom": "utf-8-sig", "crlf": "utf-8", "swapwidth": "utf-8",
    "s2t": "utf-8", "s2hk-big5hkscs": "big5hkscs", "s2tw-big5": "big5hkscs",
}  # fmt: skip


def _shape(sections: list[Section]) -> list[tuple[object, ...]]:
    return [
        (
            s.level,
            s.number.translate(_DIGITS),
            s.ordinal,
            s.line,
            s.canonical,
            len(s.items),
            _shape(s.children),
        )
        for s in sections
    ]


_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _summary(report: Report) -> tuple[object, ...]:
    m = report.meta
    return (
        m.year, m.agency.name if m.agency else None, m.agency.inferred if m.agency else None, m.date,
        m.level, m.region.city, m.region.county, _shape(report.outline),
        len(report.quantities), [q.value for q in report.quantities], [x.key for x in report.metrics],
    )  # fmt: skip


@pytest.mark.parametrize("path", VARIANT_FILES, ids=[p.name for p in VARIANT_FILES])
def test_variant_matches_original(path: Path) -> None:
    stem, kind = path.name.split(".")[:2]
    _, original = extracted(str(REPORTS / f"{stem}.txt"))
    text, source = lawrep.load(path)
    assert source.encoding == CODECS[kind]
    variant = lawrep.extract(text, source=source)
    assert _summary(variant) == _summary(original)
    if kind == "crlf":
        assert source.newlines == "crlf" and "\r" not in text


def test_every_seed_has_every_variant() -> None:
    assert len(VARIANT_FILES) == len(list(REPORTS.glob("*.txt"))) * len(CODECS)
