"""Offsets count in the caller's own string: ``lawrep.extract(s)`` on a string with CRLF or CR
line ends gives spans with ``s[start:end] == text``, and the report its LF copy gives, apart
from the offsets moved by the CRs. Files keep their documented normalisation (the loader turns
CRLF into LF, and offsets count in that text)."""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import lawrep
from lawrep.models import Report
from lawrep.stages.checks import invariants
from lawrep.text.fold import DroppedCRs, normalise_newlines

from .helpers import REPORTS, SEEDS, VARIANTS

Obj = dict[str, Any]

# Lines of two seeds (headings, figures, a breakdown with 其中, the signature and date) and the
# fragments the property tests of test_properties.py use, to be joined by any line end.
SEED_LINES = [
    line
    for stem in ("huilai-2020", "wuzhou-2021")
    for line in (REPORTS / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
    if line.strip()
]
FRAGMENTS = [
    "一、", "（一）", "(二)", "1.", "一是", "二是", "。", "，", "　", "受理投诉案件416宗", "追发拖欠工资7476.62万元",
    "涉及劳动者1.75万人", "结案率100%", "其中", "同比增加46.54%", "3至5个工作日", "近4亿元", "1000余万元",
    "２０２０年", "特此报告。", "惠来县人力资源和社会保障局", "2021年1月5日", "（联系人：张三，联系电话：83996175）",
    "2020年法治政府建设年度报告", "《惠来县法治政府建设工作方案(2016-2020年)》",
]  # fmt: skip
LINE_ENDS = ["", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", " \r\n", "\r\n　"]

pieces = st.sampled_from(SEED_LINES) | st.sampled_from(FRAGMENTS) | st.text(max_size=6)
mixed_text = st.lists(st.tuples(pieces, st.sampled_from(LINE_ENDS)), max_size=40).map(
    lambda parts: "".join(piece + end for piece, end in parts)
)


def spans(obj: Any) -> Iterator[Obj]:
    """Every object of a report's JSON that carries offsets."""
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int):
            yield obj
        for value in obj.values():
            yield from spans(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from spans(value)


def as_if_lf(report: Report, text: str) -> Obj:
    """The JSON of a report of ``text`` with its offsets counted in the LF copy of ``text`` and
    its spans' text made LF: what the LF copy's report must be (the source aside)."""
    dropped = [i for i in range(len(text) - 1) if text[i : i + 2] == "\r\n"]  # the CRs the copy drops
    doc: Obj = json.loads(report.model_dump_json())
    for obj in spans(doc):
        obj["start"] -= bisect_left(dropped, obj["start"])
        obj["end"] -= bisect_left(dropped, obj["end"])
        if "text" in obj:
            obj["text"] = normalise_newlines(obj["text"])
    del doc["source"]
    return doc


def assert_exact(report: Report, text: str) -> None:
    """Every span is what the caller's string has at its offsets."""
    assert [c for c in invariants(report, text) if c.severity == "error"] == []
    for obj in spans(json.loads(report.model_dump_json())):
        assert 0 <= obj["start"] <= obj["end"] <= len(text)
        if "text" in obj:
            assert text[obj["start"] : obj["end"]] == obj["text"], obj


def assert_same_as_lf(text: str) -> Report:
    """The report of ``text`` is exact in ``text`` and is the report of its LF copy."""
    report, lf = lawrep.extract(text), lawrep.extract(normalise_newlines(text))
    assert_exact(report, text)
    assert [(m.key, m.value, m.unit) for m in report.metrics] == [(m.key, m.value, m.unit) for m in lf.metrics]
    assert [(q.value, q.unit, q.qualifier) for q in report.quantities] == [
        (q.value, q.unit, q.qualifier) for q in lf.quantities
    ]
    expected = json.loads(lf.model_dump_json())
    del expected["source"]
    assert as_if_lf(report, text) == expected
    assert report.source.chars == len(text)
    return report


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed_text)
@example("受理投诉案件416宗\r\n一、\r\n追发拖欠工资7476.62万元\r")
@example("\r\r\n\r\n2021年1月5日\r\n")  # a lone CR before a CRLF
@example("一、\r\n\r\n特此报告。\r\n")  # a span (the closing block) across CRLFs
def test_any_mix_of_line_ends_gives_the_lf_report_in_the_callers_offsets(text: str) -> None:
    assert_same_as_lf(text)


@pytest.mark.parametrize("stem", SEEDS)
@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_a_seed_with_other_line_ends(stem: str, newline: str) -> None:
    lf = (REPORTS / f"{stem}.txt").read_text(encoding="utf-8")
    text = lf.replace("\n", newline)
    report = assert_same_as_lf(text)
    assert report.metrics and report.source.newlines == {"\r\n": "crlf", "\r": "cr"}[newline]
    m = report.metrics[-1]
    assert text[m.start : m.end] == m.text  # the README's example, on the caller's own string


def test_mixed_line_ends_are_named_mixed() -> None:
    text = (REPORTS / "huilai-2020.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    mixed = "".join(line + ("\r\n", "\n", "\r")[i % 3] for i, line in enumerate(lines))
    report = assert_same_as_lf(mixed)
    assert report.source.newlines == "mixed"


def test_lf_and_no_line_end_are_described_too() -> None:
    assert lawrep.extract("一、总体情况\n受理投诉案件416宗").source.newlines == "lf"
    assert lawrep.extract("受理投诉案件416宗").source.newlines == "none"


def test_a_multiline_span_keeps_the_crs() -> None:
    lines = ["2020年法治政府建设年度报告", "一、主要举措", "受理投诉案件416宗。"]
    lines += ["特此报告。", "惠来县人力资源和社会保障局", "2021年1月5日"]
    text = "\r\n".join(lines) + "\r\n"
    report = assert_same_as_lf(text)
    assert report.closing is not None and "\r\n" in report.closing.text
    assert report.closing.text == text[report.closing.start : report.closing.end]


def test_dropped_crs_map_starts_and_ends() -> None:
    text = "a\r\nb\rc\r\n\r\nd"
    lf = normalise_newlines(text)
    assert lf == "a\nb\nc\n\nd"
    moved = DroppedCRs(text)
    for start in range(len(lf) + 1):
        for end in range(start + 1, len(lf) + 1):
            got = text[moved.start(start) : moved.end(end)]
            assert normalise_newlines(got) == lf[start:end], (start, end)
    assert (moved.start(1), moved.end(1)) == (2, 1)  # the LF of a CRLF starts at the LF; a line ends before its CR


@pytest.mark.parametrize("stem", SEEDS)
def test_a_crlf_file_is_still_read_as_lf(stem: str) -> None:
    """Files keep their documented normalisation: the loader's text has LF, offsets count in it."""
    text, source = lawrep.load(VARIANTS / f"{stem}.crlf.txt")
    assert "\r" not in text and source.newlines == "crlf" and source.chars == len(text)
    report = lawrep.extract(text, source=source)
    assert_exact(report, text)
    assert report.model_dump(exclude={"source"}) == lawrep.extract(
        (REPORTS / f"{stem}.txt").read_text(encoding="utf-8")
    ).model_dump(exclude={"source"})
