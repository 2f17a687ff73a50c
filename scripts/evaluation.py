"""Score extraction against hand-labelled golden files (``fixtures/expected/``).

Quantities match on their span; a matched span also needs the right value, high, unit and
qualifier to count as correct. Metrics match on key and span together. Used by the tests
(which hold the thresholds) and by ``scripts/score.py`` (which prints the table).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lawrep.models import Report


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    wrong_value: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.wrong_value += other.wrong_value
        self.misses += other.misses


def _same(got: dict[str, Any], want: dict[str, Any], fields: tuple[str, ...]) -> bool:
    return all(got.get(f) == want.get(f) for f in fields)


def score_quantities(report: Report, expected: list[dict[str, Any]]) -> Score:
    """A quantity counts when its span matches and its value, high, unit and qualifier agree."""
    got = {(q.start, q.end): q.model_dump() for q in report.quantities}
    want = {(q["start"], q["end"]): q for q in expected}
    s = Score()
    for span, q in got.items():
        w = want.get(span)
        if w is None:
            s.fp += 1
            s.misses.append(f"extra {q['text']}@{span[0]}")
        elif _same(q, w, ("value", "high", "unit", "qualifier")):
            s.tp += 1
        else:
            s.fp += 1
            s.fn += 1
            s.wrong_value += 1
            s.misses.append(f"value {q['text']}@{span[0]}: {q['value']} {q['unit']} {q['qualifier']}")
    for span, w in want.items():
        if span not in got:
            s.fn += 1
            s.misses.append(f"missed {w['text']}@{span[0]}")
    return s


def score_metrics(report: Report, expected: list[dict[str, Any]]) -> tuple[Score, dict[str, Score]]:
    """Key and span must both match; also returns per-key scores."""
    got = {(m.key, m.start, m.end) for m in report.metrics}
    want = {(m["key"], m["start"], m["end"]) for m in expected}
    texts = {(m["key"], m["start"], m["end"]): m["text"] for m in expected}
    texts.update({(m.key, m.start, m.end): m.text for m in report.metrics})
    total, per_key = Score(), {}
    for key in sorted({k for k, _, _ in got | want}):
        s = Score(
            tp=len({x for x in got & want if x[0] == key}),
            fp=len({x for x in got - want if x[0] == key}),
            fn=len({x for x in want - got if x[0] == key}),
        )
        s.misses = [f"extra {key} {texts[x]}@{x[1]}" for x in sorted(got - want) if x[0] == key]
        s.misses += [f"missed {key} {texts[x]}@{x[1]}" for x in sorted(want - got) if x[0] == key]
        per_key[key] = s
        total.add(s)
    return total, per_key


def load_expected(expected_dir: Path, stem: str, kind: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((expected_dir / f"{stem}.{kind}.json").read_text(encoding="utf-8"))
    return data
