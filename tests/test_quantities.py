"""Quantities: the table of expressions in context (tests/cases/quantities.json, written by
hand and not from the seeds), and the seeds scored against their hand-labelled golden files."""

from __future__ import annotations

from typing import Any

import pytest

from lawrep.stages.quantities import find
from lawrep.text.document import document
from scripts.evaluation import Score, score_quantities

from .helpers import REPORTS, SEEDS, cases, expected, extracted

QUANTITY_CASES = cases("quantities.json")


def _span(sentence: str, want: dict[str, Any]) -> tuple[int, int]:
    start = -1
    for _ in range(want.get("occurrence", 0) + 1):
        start = sentence.index(want["text"], start + 1)
    return start, start + len(want["text"])


@pytest.mark.parametrize("case", QUANTITY_CASES, ids=[c["id"] for c in QUANTITY_CASES])
def test_quantity_case(case: dict[str, Any]) -> None:
    sentence = case["sentence"]
    got = [(q.start, q.end, q.value, q.high, q.unit, q.dimension, q.qualifier) for q in find(document(sentence))[0]]
    want = [
        (*_span(sentence, w), w["value"], w["high"], w["unit"], w["dimension"], w["qualifier"]) for w in case["expect"]
    ]
    assert got == want, [sentence[a:b] for a, b, *_ in got]


def test_case_table_is_large_enough() -> None:
    assert len(QUANTITY_CASES) >= 150
    assert sum(not c["expect"] for c in QUANTITY_CASES) >= 30


def test_seed_precision_and_recall() -> None:
    total = Score()
    for stem in SEEDS:
        _, report = extracted(str(REPORTS / f"{stem}.txt"))
        total.add(score_quantities(report, expected(stem, "quantities")["quantities"]))
    assert total.precision >= 0.98, total.misses
    assert total.recall >= 0.98, total.misses


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("0.07万元", 700),
        ("7476.62万元", 74766200),
        ("8803.294万元", 88032940),
        ("0.95亿元", 95000000),
        ("1亿2千万元", 120000000),
    ],
)
def test_magnitudes_are_exact(written: str, value: int) -> None:
    (q,) = find(document(f"共计{written}。"))[0]
    assert q.value == value and isinstance(q.value, int)
