"""Stated changes (`metric.change`): table-driven cases, written by hand."""

from __future__ import annotations

import pytest

import lawrep

# (text, the metric's figure, expected (kind, value, change text) or None)
CASES = [
    ("共受理争议案件1590件,与去年同比增加46.54%,依法调处", "1590件", ("relative", 46.54, "增加46.54%")),
    ("仲裁调解率98.8%,同比提升4.4个百分点。", "98.8%", ("points", 4.4, "提升4.4个百分点")),
    ("受理劳动争议案件120件，较上年减少12件。", "120件", ("absolute", -12, "减少12件")),
    ("受理行政复议案件25件，同比增长50%。", "25件", ("relative", 50, "增长50%")),
    ("基层调解组织共受理劳动争议5534件,同比下降17%,涉及劳动者13807人", "5534件", ("relative", -17, "下降17%")),
    ("受理劳动争议案件120件（比上年同期减少12件）。", "120件", ("absolute", -12, "减少12件")),
    ("受理行政复议案件25件，其中同比增长50%。", "25件", None),  # 其中 is no comparison
    ("仲裁结案率98%，同比提高2%。", "98%", None),  # relative or points: unknown
    ("受理劳动争议案件120件，较上年减少12人。", "120件", None),  # not the figure's unit
    ("受理劳动争议案件120件，涉及劳动者减少12件。", "120件", None),  # words between: another subject
    ("受理劳动争议案件902件，较2021年增长30%。", "902件", None),  # a named year, maybe not the last
]


@pytest.mark.parametrize(("text", "figure", "expected"), CASES)
def test_stated_change(text: str, figure: str, expected: tuple[str, float, str] | None) -> None:
    report = lawrep.extract(text)
    [metric] = [m for m in report.metrics if m.text == figure]
    if expected is None:
        assert metric.change is None
        return
    assert metric.change is not None
    kind, value, said = expected
    assert (metric.change.kind, metric.change.value, metric.change.text) == (kind, value, said)
    assert text[metric.change.start : metric.change.end] == said
