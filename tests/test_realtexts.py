"""Real openings of reports and news from many provinces (``../shared/realtexts/``, kept beside
the project, not in it), scored on the core keys against labels written by reading them by hand
(``fixtures/expected/realtexts.metrics.json``, labelled without seeing the program's output)."""

from __future__ import annotations

import json
from typing import Any

import pytest

import lawrep

from .helpers import EXPECTED, ROOT

REALTEXTS = ROOT.parent / "shared" / "realtexts"
GOLDEN: dict[str, Any] = json.loads((EXPECTED / "realtexts.metrics.json").read_text(encoding="utf-8"))
CORE = frozenset(GOLDEN["keys"])

pytestmark = pytest.mark.skipif(not REALTEXTS.is_dir(), reason="../shared/realtexts is not beside the project")


def _spans(text: str, labels: list[dict[str, Any]]) -> set[tuple[str, int, int]]:
    """(key, start, end) of each label: its ``text`` at its ``occurrence`` in the decoded file."""
    found = set()
    for label in labels:
        pos = -1
        for _ in range(label["occurrence"] + 1):
            pos = text.index(label["text"], pos + 1)
        found.add((label["key"], pos, pos + len(label["text"])))
    return found


def _score() -> tuple[int, int, int, list[str]]:
    tp = fp = fn = 0
    misses: list[str] = []
    for name, entry in sorted(GOLDEN["texts"].items()):
        text, source = lawrep.load(REALTEXTS / name)
        got = {(m.key, m.start, m.end) for m in lawrep.extract(text, source=source).metrics if m.key in CORE}
        want = _spans(text, entry["metrics"])
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        misses += [f"{name}: extra {k} {text[a:b]}" for k, a, b in sorted(got - want)]
        misses += [f"{name}: missed {k} {text[a:b]}" for k, a, b in sorted(want - got)]
    return tp, fp, fn, misses


def test_every_text_is_labelled() -> None:
    assert sorted(GOLDEN["texts"]) == sorted(p.name for p in REALTEXTS.glob("*.txt"))


def test_core_metrics_on_real_texts() -> None:
    """Precision ≥ 0.95 and recall ≥ 0.90 on the core keys (measured: 1.000 and 0.962)."""
    tp, fp, fn, misses = _score()
    assert tp / (tp + fp) >= 0.95, misses
    assert tp / (tp + fn) >= 0.90, misses


@pytest.mark.parametrize("name", sorted(GOLDEN["texts"]))
def test_figures_that_are_not_metrics_stay_unnamed(name: str) -> None:
    """What the labeller marked as look-alikes (durations, years, targets, other measures) gets
    no core key."""
    text, source = lawrep.load(REALTEXTS / name)
    named = {(m.start, m.end): m.key for m in lawrep.extract(text, source=source).metrics}
    for label in GOLDEN["texts"][name]["not_metrics"]:
        pos = -1
        for _ in range(label["occurrence"] + 1):
            pos = text.index(label["text"], pos + 1)
        key = named.get((pos, pos + len(label["text"])))
        assert key not in CORE, f"{label['text']} ({label['why']}) named {key}"


def test_the_labels_point_at_text_that_is_there() -> None:
    for name, entry in GOLDEN["texts"].items():
        text = (REALTEXTS / name).read_text(encoding="utf-8")
        for label in entry["metrics"] + entry["not_metrics"]:
            assert text.count(label["text"]) > label["occurrence"], (name, label)
