"""Who wrote a report and where (issue 13): agency, department kind, region with its GB/T 2260
code, level, checked against identities labelled by hand (``tests/cases/identities.json``: the 39
real openings beside the project, the seeds and synthetic traps such as 市中区 and 朝阳区), and a
property that no text ever gives a place outside the gazetteer."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lawrep
from lawrep.text import gazetteer as G

from .helpers import REPORTS, ROOT, cases

REALTEXTS = ROOT.parent / "shared" / "realtexts"
IDENTITIES = cases("identities.json")

# Rows the program does not get, and why: each is a strict xfail, so a fix shows up here.
KNOWN_MISSES = {
    "realtexts/06_guangdong_shenzhen_rsj_2025.txt": "the city is never named; the label keeps the kind without a name",
    "realtexts/11_guangdong_shenzhen_guangming_rlzyj_2025.txt": "district and city never named; kind without a name",
    "realtexts/17_jiangsu_haian_jtysj_2022.txt": "海安 is named only inside other names; left empty, not guessed",
    "realtexts/19_hubei_zhuxi_quanxi_town_2023.txt": "a township is below the gazetteer's county level",
    "realtexts/26_national_moj_2022.txt": "a national ministry (司法部) is not in the department table",
    "realtexts/31_news_jiaxing_arbitration_2017.txt": "an arbitration court (仲裁院) is not in the department table",
    "realtexts/35_news_city_arbitration_110ask.txt": "no place; the label keeps the kind without a name",
    "realtexts/36_news_qiannan_wages_2007.txt": "the author is named only as 部门 with the prefecture",
    "realtexts/28_news_hubei_wages_2020_big5.txt": "a news item: the bureau is named only as a source (…获悉)",
    "realtexts/37_news_anshan_wages_2004.txt": "a news item: the bureau is named only as a source (记者从…获悉)",
    "realtexts/38_news_longgang_minwage_2006.txt": "a news item: the bureaus are named only as sources",
    "realtexts/40_news_guangshui_wages_2025_big5.txt": "a news item: the bureau is named only as a source",
    "synthetic/bare_shizhong_hrss": "an ambiguous place: the label keeps the kind and level without a name",
    "synthetic/bare_gulou_samr": "an ambiguous place: the label keeps the kind and level without a name",
}


def _text(case: dict[str, Any]) -> str | None:
    kind, _, name = case["file"].partition("/")
    if kind == "synthetic":
        text: str = case["text"]
        return text
    path = (REALTEXTS if kind == "realtexts" else REPORTS) / name
    return lawrep.load(path)[0] if path.exists() else None


def _identity(report: lawrep.Report) -> tuple[object, ...]:
    m = report.meta
    name, kind = (m.agency.name, m.agency.kind) if m.agency else (None, None)
    return (name, kind, m.region.province, m.region.city, m.region.county, m.region.code, m.level)


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[c["file"]]))
        if c["file"] in KNOWN_MISSES
        else c
        for c in IDENTITIES
    ],
    ids=[c["file"] for c in IDENTITIES],
)
def test_identity_as_labelled(case: dict[str, Any]) -> None:
    text = _text(case)
    if text is None:
        pytest.skip("../shared/realtexts is not beside the project")
    agency, region = case["agency"], case["region"]
    want = (agency["name"], agency["kind"], region["province"], region["city"], region["county"], region["code"])
    assert _identity(lawrep.extract(text)) == (*want, case["level"])


def test_no_known_miss_outputs_a_wrong_agency_or_place() -> None:
    """Where the program misses, it leaves the agency and place empty rather than name wrong ones."""
    for case in IDENTITIES:
        text = _text(case)
        if text is None or case["file"] not in KNOWN_MISSES:
            continue
        meta = lawrep.extract(text).meta
        assert meta.agency is None or meta.agency.name == case["agency"]["name"], case["file"]
        region = meta.region
        for got, want in ((region.province, case["region"]["province"]), (region.city, case["region"]["city"])):
            assert got is None or got == want, case["file"]


@pytest.mark.parametrize(
    ("text", "county", "code", "ambiguous"),
    [
        ("济南市市中区人力资源和社会保障局2023年法治政府建设年度报告\n", "市中区", "370103", False),
        ("市中区人力资源和社会保障局2023年法治政府建设年度报告\n", None, None, True),
        ("朝阳区人社局2023年法治政府建设年度报告\n在长春市委、市政府的领导下，我局……\n", "朝阳区", "220104", False),
    ],
)
def test_a_name_several_divisions_share(text: str, county: str | None, code: str | None, ambiguous: bool) -> None:
    region = lawrep.extract(text).meta.region
    assert (region.county, region.code, bool(region.ambiguous)) == (county, code, ambiguous)


def _sound(report: lawrep.Report) -> None:
    region = report.meta.region
    for name in (region.province, region.city, region.county):
        assert name is None or any(d.name == name for d in G.named(name)), name
    if region.code is not None:
        lowest = G.by_code(region.code)
        assert lowest is not None
        assert lowest.name in (region.county, region.city, region.province)


FRAGMENTS = [
    "惠来县人社局", "和县委", "主城区", "完成县", "朝阳区", "我局", "市人社局", "区政府", "县委、县政府",
    "广州市海珠区", "人民政府", "天津市", "鼓楼区", "司法厅", "在省人社厅的指导下", "\n", "，", "。",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=6), max_size=30).map("".join))
def test_every_place_output_is_in_the_gazetteer(text: str) -> None:
    _sound(lawrep.extract(text))


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("根据杭州市司法局《关于报送年度报告的通知》要求，现将我局2021年情况报告如下：\n一、主要举措\n", None),
        ("在淳安县委、县政府的领导下，我局配合杭州市人力资源和社会保障局完成考核。\n一、主要举措\n", None),
        ("一、主要举措\n我局赴义乌市人力资源和社会保障局学习经验。\n淳安县司法局\n2022年1月5日", "淳安县司法局"),
        ("一、主要举措\n受理案件3件。\n附件：杭州市司法局关于报送的通知\n淳安县司法局\n2022年1月5日", "淳安县司法局"),
        ("一、主要举措\n受理案件3件。\n淳安县人民政府办公室\n2022年1月5日", None),
        ("杭州市江干区司法局2020年法治政府建设年度报告\n一、主要举措\n与上城区联合开展。\n", None),
        ("2021年，淳安县司法局坚持依法行政。\n一、主要举措\n", "淳安县司法局"),
        ("2021年，中共姚安县委、姚安县人民政府坚持依法行政。\n一、主要举措\n", "中共姚安县委、姚安县人民政府"),
    ],
)
def test_another_body_named_in_the_text_is_not_the_author(text: str, agency: str | None) -> None:
    """Bodies a report cites, visits, works with or answers to, attachments and offices are not
    its author; a name the gazetteer does not have does not borrow another place."""
    found = lawrep.extract(text).meta.agency
    assert (found.name if found else None) == agency
