"""The heading tree and metadata of each seed against hand-written expectations, and the
table of heading and non-heading lines (tests/cases/headings.json)."""

from __future__ import annotations

from typing import Any

import pytest

from lawrep.models import Section
from lawrep.stages.outline import parse_heading_line
from lawrep.text.fold import fold

from .helpers import REPORTS, cases, expected, extracted

HEADING_CASES = cases("headings.json")


def _tree(sections: list[Section]) -> list[dict[str, Any]]:
    return [
        {
            "level": s.level, "marker": s.marker, "number": s.number, "ordinal": s.ordinal,
            "title": s.title, "line": s.line, "canonical": s.canonical, "children": _tree(s.children),
        }
        for s in sections
    ]  # fmt: skip


def _want_tree(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    keys = ("level", "marker", "number", "ordinal", "title", "line", "canonical")
    return [{**{k: n[k] for k in keys}, "children": _want_tree(n.get("children", []))} for n in nodes]


def test_outline_matches_hand_labels(seed: str) -> None:
    _, report = extracted(str(REPORTS / f"{seed}.txt"))
    assert _tree(report.outline) == _want_tree(expected(seed, "outline")["outline"])


def test_items_match_hand_labels(seed: str) -> None:
    text, report = extracted(str(REPORTS / f"{seed}.txt"))

    def walk(sections: list[Section]) -> list[tuple[int, str, int]]:
        out = []
        for s in sections:
            out += [(text.count("\n", 0, it.start) + 1, it.marker, it.ordinal) for it in s.items]
            out += walk(s.children)
        return out

    want = [(i["line"], i["marker"], i["ordinal"]) for i in expected(seed, "outline")["items"]]
    assert sorted(walk(report.outline)) == sorted(want)


def test_front_and_back_matter(seed: str) -> None:
    text, report = extracted(str(REPORTS / f"{seed}.txt"))
    want = expected(seed, "outline")
    assert report.preamble is not None
    assert text.count("\n", 0, report.preamble.end) + 1 == want["preamble_ends_line"]
    if want["closing_starts_line"] is None:
        assert report.closing is None
    else:
        assert report.closing is not None
        assert text.count("\n", 0, report.closing.start) + 1 == want["closing_starts_line"]
        last = report.outline[-1]
        assert last.end <= report.closing.start


def test_metadata(seed: str) -> None:
    _, report = extracted(str(REPORTS / f"{seed}.txt"))
    want = expected(seed, "outline")["meta"]
    m = report.meta
    assert m.year == want["year"]
    assert m.agency is not None and m.agency.name == want["agency"]
    assert m.agency.inferred == want["agency_inferred"]
    assert m.level == want["level"]
    assert m.date == want["date"]
    assert (m.addressee.text if m.addressee else None) == want["addressee"]
    assert (m.contact.person.text if m.contact.person else None) == want["contact_person"]
    assert (m.contact.phone.text if m.contact.phone else None) == want["contact_phone"]
    for part in ("city", "county"):  # as named in the text; provinces are often not named
        if getattr(m.region, part) is not None:
            assert getattr(m.region, part) == want["region"][part]


@pytest.mark.parametrize("case", HEADING_CASES, ids=[c["id"] for c in HEADING_CASES])
def test_heading_line(case: dict[str, Any]) -> None:
    h = parse_heading_line(case["line"], fold(case["line"]))
    want = case["heading"]
    if want is None:
        assert h is None, f"read as a heading: {h}"
        return
    assert h is not None
    assert (h.level, h.marker, h.number, h.ordinal, h.title) == (
        want["level"], want["marker"], want["number"], want["ordinal"], want["title"],
    )  # fmt: skip


def test_enough_heading_cases() -> None:
    assert len(HEADING_CASES) >= 60
    assert sum(c["heading"] is None for c in HEADING_CASES) >= 20


def test_out_of_sequence_candidate_stays_body_text() -> None:
    import lawrep

    text = "一、总体情况\n(一)第一项。正文。\n(三)这一行跳过了二。\n(二)第二项。正文。\n二、存在问题\n正文。"
    report = lawrep.extract(text)
    assert [s.marker for s in report.outline] == ["一、", "二、"]
    assert [c.marker for c in report.outline[0].children] == ["(一)", "(二)"]
    assert any(c.id == "outline.out_of_sequence" for c in report.checks)


def test_one_shi_items_are_not_headings() -> None:
    import lawrep

    text = "一、主要举措\n工作如下。一是加强学习。二是强化执法。\n二是劳动监察经费不足。\n二、存在的不足\n无。"
    report = lawrep.extract(text)
    assert [s.title for s in report.outline] == ["主要举措", "存在的不足"]
    assert [i.marker for i in report.outline[0].items] == ["一是", "二是"]


def test_items_after_a_sentence_mark_and_spaces() -> None:
    # the boundary before 一是 may be a 。 or ； followed by spaces, even at a body's start
    import lawrep

    text = "一、主要举措\n总体；　一是加强学习。  二是强化执法。\n二、存在的不足\n无。"
    report = lawrep.extract(text)
    assert [(i.marker, i.ordinal) for i in report.outline[0].items] == [("一是", 1), ("二是", 2)]
    # ...but one inside the heading's own title (after spaces that follow the marker) is not
    report = lawrep.extract("一、   总体； 一是强。\n正文。\n二、其他\n内容。")
    assert report.outline[0].title == "总体； 一是强" and report.outline[0].items == []
