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
    "realtexts/19_hubei_zhuxi_quanxi_town_2023.txt": "a township is below the gazetteer's county level",
    "realtexts/06_guangdong_shenzhen_rsj_2025.txt": "level left empty: 市人力资源保障局 with 中央、省、市 tiers "
    "could be a district's list of its superiors too (the label reads it as a city's)",
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
    name = m.agency.name if m.agency else None
    kind = m.department.kind if m.department else None
    assert m.agency is None or m.agency.kind == kind  # the department is the agency's whenever one is named
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


# Years the program leaves empty (none is read wrong), and why: each a strict xfail.
_NEWS_YEAR = "a news item: the year is stated only in the body (2020年,… after 获悉) or as 去年"
_CAMPAIGN = "a campaign from 去年 N月 to the page's date: a range only the page gives"
KNOWN_YEAR_MISSES = {
    "realtexts/13_guangdong_hrss_2017_feature.txt": "a five-year review (党的十八大以来, 五年来): no range written",
    "realtexts/32_news_zhongshan_qianxin_2022.txt": _CAMPAIGN,
    "realtexts/33_news_shahe_qianxin_2021.txt": _NEWS_YEAR,
    "realtexts/34_news_national_arbitration_2012_abstract.txt": _NEWS_YEAR,
    "realtexts/37_news_anshan_wages_2004.txt": _CAMPAIGN,
    "realtexts/38_news_longgang_minwage_2006.txt": "the year only in the page's date line",
    "realtexts/39_news_huaan_qianxin_2020.txt": "2019年12月份至2020年春节前: a campaign's period, no title's range",
    "synthetic/blind_06": "a news item: the year only in its figures (2023年以来 … 全年)",
    "synthetic/blind_10": "a news item: the year only in its figures (2022年全区科技系统…)",
}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=KNOWN_YEAR_MISSES[c["file"]]))
        if c["file"] in KNOWN_YEAR_MISSES
        else c
        for c in IDENTITIES
    ],
    ids=[c["file"] for c in IDENTITIES],
)
def test_year_as_labelled(case: dict[str, Any]) -> None:
    """``year`` and, for a report about several years stated as a range (2012—2016年…报告),
    ``year_to``: the labels write a range as ``{"from": …, "to": …}``."""
    text = _text(case)
    if text is None:
        pytest.skip("../shared/realtexts is not beside the project")
    year = case["year"]
    want = (year["from"], year["to"]) if isinstance(year, dict) else (year, None)
    meta = lawrep.extract(text).meta
    assert (meta.year, meta.year_to) == want


@pytest.mark.parametrize("case", IDENTITIES, ids=[c["file"] for c in IDENTITIES])
def test_date_as_labelled(case: dict[str, Any]) -> None:
    """The signing date where the text signs (2023年2月10日, 二〇二三年一月十日), never a page's
    发布时间 or a clock time; null where it does not sign."""
    text = _text(case)
    if text is None:
        pytest.skip("../shared/realtexts is not beside the project")
    assert lawrep.extract(text).meta.date == case["date"]


def test_no_known_year_miss_is_a_wrong_year() -> None:
    """Where the year is missed, it is left empty, not read wrong."""
    for case in IDENTITIES:
        text = _text(case)
        if text is not None and case["file"] in KNOWN_YEAR_MISSES:
            assert lawrep.extract(text).meta.year is None, case["file"]


def test_no_known_miss_outputs_a_wrong_agency_or_place() -> None:
    """Where the program misses, it leaves the agency and place empty rather than name wrong ones."""
    for case in IDENTITIES:
        text = _text(case)
        if text is None or case["file"] not in KNOWN_MISSES:
            continue
        meta = lawrep.extract(text).meta
        assert meta.agency is None or meta.agency.name == case["agency"]["name"], case["file"]
        assert meta.department is None or meta.department.kind == case["agency"]["kind"], case["file"]
        assert meta.level is None or meta.level == case["level"], case["file"]
        region = meta.region
        for got, want in ((region.province, case["region"]["province"]), (region.city, case["region"]["city"])):
            assert got is None or got == want, case["file"]


@pytest.mark.parametrize(
    ("text", "county", "code", "ambiguous"),
    [
        ("济南市市中区人力资源和社会保障局2023年法治政府建设年度报告\n", "市中区", "370103", False),
        ("市中区人力资源和社会保障局2023年法治政府建设年度报告\n", None, None, True),
        ("朝阳区人社局2023年法治政府建设年度报告\n在长春市委、市政府的领导下，我局……\n", "朝阳区", "220104", False),
        # each 和平区's city is named, but one only as a place visited
        (
            "和平区司法局2022年报告\n来源：沈阳市和平区人民政府\n我局赴天津市和平区学习经验。\n",
            "和平区",
            "210102",
            False,
        ),
        ("和平区司法局2022年报告\n来源：沈阳市和平区人民政府\n天津市和平区经验值得学习。\n", None, None, True),
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
    "黔南州", "记者从", "获悉", "司法部", "部党组", "人社部门", "劳动人事争议仲裁院", "中央、省、市", "省、市、区",
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
        ("2022年，司法部坚持依法行政，部党组召开会议。\n一、主要举措\n", "中华人民共和国司法部"),
        ("2022年，司法部印发通知，我局认真贯彻落实。\n一、主要举措\n", None),  # no ministry speaks
        ("2022年，司法部门坚持依法行政，部领导带头学法。\n一、主要举措\n", None),  # 司法部门: no ministry
        ("2022年，在司法部的指导下，部党组…\n一、主要举措\n", None),
        ("记者从淳安县司法局了解到，今年以来，县司法局办理案件30件。", "淳安县司法局"),
    ],
)
def test_another_body_named_in_the_text_is_not_the_author(text: str, agency: str | None) -> None:
    """Bodies a report cites, visits, works with or answers to, attachments and offices are not
    its author; a name the gazetteer does not have does not borrow another place."""
    found = lawrep.extract(text).meta.agency
    assert (found.name if found else None) == agency


@pytest.mark.parametrize(
    ("text", "year", "year_to"),
    [
        ("2012—2016年法治政府建设工作报告\n一、主要举措\n", 2012, 2016),
        ("关于2018年至2022年法治政府建设情况的报告\n一、主要举措\n", 2018, 2022),
        ("本届政府以来的报告\n2012年以来，我局依法行政。现将我局五年来工作报告如下：\n一、主要举措\n", 2012, 2016),
        ("2018年以来，我局坚持依法行政。现将近3年来工作总结如下：\n一、主要举措\n", 2018, 2020),
        ("2021年以来，我局坚持依法行政。现将有关情况报告如下：\n一、主要举措\n", None, None),  # no length
        ("2020年以来，我局坚持依法行政。\n一、主要举措\n现将五年来的经验总结如下：\n", None, None),  # not in the head
        ("依据《2016年以来，五年来的规划》开展工作。现将我局2021年法治政府建设情况报告如下：\n", 2021, None),
        ("2021年，我局坚持依法行政。现将2021年的工作报告如下：\n一、主要举措\n", 2021, None),  # 21 is no length
        ("2012年以来，我局坚持依法行政。现将我局十五年来工作报告如下：\n一、主要举措\n", None, None),  # too long
    ],
)
def test_a_period_of_several_years(text: str, year: int | None, year_to: int | None) -> None:
    """A period written as a range in the title, or as a start (2012年以来) and a length in the
    sentence saying what is reported (现将我局五年来…报告如下); nothing else makes a range."""
    meta = lawrep.extract(text).meta
    assert (meta.year, meta.year_to) == (year, year_to)


_TIER = "2022年，市交通运输局全面落实省、市交通运输部门的部署。"
_NAMED = "实现海安主城区全覆盖，开通海安至如皋专线，海安境内畅通。"
_PROVINCE = "被江苏省交通运输厅评为先进。\n一、主要举措\n"


@pytest.mark.parametrize(
    ("text", "agency", "county"),
    [
        (_TIER + _NAMED + _PROVINCE, "海安市交通运输局", "海安市"),
        (
            "2022年，市人社局落实省、市人社部门的部署。启东主城区、启东境内无欠薪。被江苏省人社厅表彰。",
            "启东市人力资源和社会保障局",
            "启东市",
        ),
        # the author's level is not certain: a prefecture's bureau names its counties so too
        ("2022年，市交通运输局落实省交通运输厅的部署。" + _NAMED + _PROVINCE, None, None),
        ("2022年，市交通运输局落实省、市有关部门的部署。" + _NAMED + _PROVINCE, None, None),
        # two counties named alike, or one named once: neither is certain
        (_TIER + "实现海安主城区、如皋主城区全覆盖，开通海安至如皋专线。" + _PROVINCE, None, None),
        (_TIER + "实现海安主城区全覆盖。" + _PROVINCE, None, None),
        # no province named: a short name is not placed
        (_TIER + _NAMED + "\n一、主要举措\n", None, None),
        # inside other words, a short name names nothing (相应城市 holds 应城)
        ("2022年，市人社局落实省、市人社部门的部署。相应城市、相应城区全覆盖。被湖北省人社厅表彰。", None, None),
    ],
)
def test_a_county_named_only_by_its_short_name(text: str, agency: str | None, county: str | None) -> None:
    """A county-level city's bureau (its level certain: 省、市交通运输部门 are above it) that
    names its place only by the short name (海安主城区) is that county's, in the one province the
    text names, when no other county of it is named as often."""
    meta = lawrep.extract(text).meta
    assert (meta.agency.name if meta.agency else None, meta.region.county) == (agency, county)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # names read across two words: 老城区 (any city's old town), 适应城市, 上海城市管理
        ("2022年，区人社局坚持依法行政，推进老城区改造，老城区面貌一新。\n一、主要举措\n", None),
        ("2022年，市人社局坚持依法行政，适应城市发展需要，相应城市管理。\n一、主要举措\n", None),
        ("2022年，市人社局坚持依法行政，推进上海城市管理。\n一、主要举措\n", None),
        ("2022年，市司法局坚持依法行政，形成都市圈法治协作。\n一、主要举措\n", None),
        # the level character makes a word with the next one: 富裕|县域, 政和|县直, 合作|市场
        ("2022年，县司法局坚持依法行政，为打造共同富裕县域样板提供法治保障。", None),
        ("2022年，县教育局坚持依法行政，推动优质教育资源县域内均衡配置。", None),
        ("2022年，县司法局坚持依法行政，各乡镇党政和县直各部门主要负责人述法全覆盖。", None),
        ("2022年，县人社局坚持依法行政，比如县级劳动监察机构开展专项检查。", None),
        ("2022年，市市场监管局坚持依法行政，深化区域合作市场监管协作机制。", None),
        ("2022年，区司法局坚持依法行政，建成新建区级公共法律服务中心1个。", None),
        ("2022年，区司法局坚持依法行政，深入开展平安区县创建。", None),
        ("2022年，区司法局坚持依法行政，建设中原区域法治高地。", None),
        ("2022年，市农业农村局全面推进依法行政，全市蔬菜稳定供应上海市场和杭州市场。", None),
        ("2022年，区司法局坚持依法行政，实现城区、矿区、林区公共法律服务全覆盖。", None),
        ("2022年，区人社局坚持依法行政，在园区东区、西区分别设立劳动保障服务站。", None),
        ("2022年，我局认真落实天津市市场监管委的部署，全区市场监管工作稳步推进。", None),  # no 津市市
        ("2022年，霍山县市场监管局坚持依法行政。", "霍山县市场监督管理局"),  # 县市: before a body's name
        # the same names where they name the place
        (
            "洛阳市老城区人力资源和社会保障局2022年法治政府建设年度报告\n一、主要举措\n",
            "洛阳市老城区人力资源和社会保障局",
        ),
        ("老城区人民政府2022年法治政府建设年度报告\n在洛阳市委、市政府的领导下。\n", "洛阳市老城区人民政府"),
        ("2022年，在应城市委、市政府的领导下，市人社局坚持依法行政。\n一、主要举措\n", "应城市人力资源和社会保障局"),
        ("2022年，市人社局为盐城市经济社会发展服务。\n一、主要举措\n", "盐城市人力资源和社会保障局"),
    ],
)
def test_a_name_read_across_two_words_is_no_place(text: str, agency: str | None) -> None:
    """A division's name that ends in an ordinary word (城区, 城市, 都市) counts only where it starts
    a word, and one that is an ordinary word (老城区) only after its city or before a body's name."""
    meta = lawrep.extract(text).meta
    assert (meta.agency.name if meta.agency else None) == agency
    if agency is None:
        assert meta.region.county is None and meta.region.city is None


_BASIS = "根据《法治政府建设实施纲要(2021—2025年)》要求，现将法治政府建设工作情况报告如下。\n"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (_BASIS + "一、总体情况\n2023年，我局坚持依法行政。\n", 2023),
        (_BASIS + "一、2023年总体情况\n2023年度，我局坚持依法行政。\n", 2023),
        (_BASIS + "一、总体情况\n（一）健全制度\n2023年，我局坚持依法行政。\n", None),  # not the part's opening
        (_BASIS + "一、总体情况\n我局坚持依法行政，2023年，受理案件3件。\n", None),  # not where the line opens
        (
            _BASIS + "一、总体情况\n我局坚持依法行政。\n二、主要举措\n2023年，受理案件3件。\n",
            None,
        ),  # not the first part
    ],
)
def test_a_year_opening_the_first_part(text: str, year: int | None) -> None:
    """A head that is only the legal basis leaves the year to the first line of the first part."""
    assert lawrep.extract(text).meta.year == year


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("国家税务总局慈溪市税务局2022年法治政府建设工作报告\n", "国家税务总局慈溪市税务局"),
        ("2022年，市税务局在慈溪市委、市政府的领导下依法治税。\n", "国家税务总局慈溪市税务局"),
        ("江苏省税务局2022年法治政府建设工作报告\n", "国家税务总局江苏省税务局"),
        ("晋江市卫生健康局2022年法治政府建设工作报告\n", "晋江市卫生健康局"),
        ("晋江市卫健局2022年法治政府建设工作报告\n", "晋江市卫生健康局"),
        ("泉州市卫生健康委员会2022年法治政府建设工作报告\n", "泉州市卫生健康委员会"),
        ("福建省卫健委2022年法治政府建设工作报告\n", "福建省卫生健康委员会"),
        ("浙江省人民政府国有资产监督管理委员会2023年法治政府建设情况报告\n", "浙江省人民政府国有资产监督管理委员会"),
        ("西安市国资委2023年法治政府建设情况报告\n", "西安市人民政府国有资产监督管理委员会"),
        (
            "兰考县2022年度报告\n一、主要举措\n受理3件。\n中共兰考县委　　　　兰考县人民政府\n2023年3月10日\n",
            "中共兰考县委、兰考县人民政府",
        ),
    ],
)
def test_official_names_that_are_not_the_national_pattern(text: str, agency: str) -> None:
    """The tax system's names open with 国家税务总局; a 卫生健康局 stays a 局 (a 卫健委 a 委员会); a
    国资委 is its government's (…人民政府国有资产监督管理委员会); a joint signature is one author."""
    meta = lawrep.extract(text).meta
    assert meta.agency is not None and meta.agency.name == agency


@pytest.mark.parametrize(
    ("text", "agency", "kind"),
    [
        ("婺源县文化广电旅游局2022年法治政府建设工作报告\n", "婺源县文化广电旅游局", "culture_tourism"),
        ("2022年，县发改局在婺源县委、县政府的领导下依法行政。\n", "婺源县发展和改革局", "development_reform"),
        ("江西省水利厅2022年法治政府建设工作报告\n", "江西省水利厅", "water_resources"),
        ("北京市水务局2022年法治政府建设情况报告\n", "北京市水务局", "water_resources"),
        ("2022年，区城管局在天津市河西区委的领导下依法行政。\n", "天津市河西区城市管理局", "urban_management"),
        ("南昌市退役军人事务局2022年法治政府建设年度报告\n", "南昌市退役军人事务局", "veterans"),
        ("宁波市经信局2022年法治政府建设工作报告\n", "宁波市经济和信息化局", "industry_it"),
        ("杭州市科技局2022年法治政府建设工作报告\n", "杭州市科学技术局", "science_technology"),
        ("江苏省审计厅2022年法治政府建设工作报告\n", "江苏省审计厅", "audit"),
        ("2022年，审计署坚持依法审计，署党组专题研究法治工作。\n", "中华人民共和国审计署", "audit"),
    ],
)
def test_more_departments(text: str, agency: str, kind: str) -> None:
    """Departments beyond the first table, with the names counties give them (发展和改革局,
    文化广电旅游局) kept as their own."""
    meta = lawrep.extract(text).meta
    assert (meta.agency.name if meta.agency else None, meta.department_kind) == (agency, kind)


_REPORT = "关于2022年度法治政府建设情况的报告\n2022年，"


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (_REPORT + "区司法局坚持依法行政。\n一、主要举措\n（一）组织赴上海市浦东新区司法局考察学习。", None),
        (_REPORT + "县人社局坚持依法行政。深化东西部协作，对口帮扶四川省马边彝族自治县，组织劳务输出1200人。", None),
        (_REPORT + "县人社局坚持依法行政，与贵州省从江县签订劳务协作协议。", None),
        (_REPORT + "市人社局坚持依法行政，与重庆市万州区签订劳务协作协议，与湖北省宜昌市开展人才交流。", None),
        (_REPORT + "区人社局坚持依法行政，学习借鉴上海市徐汇区、江苏省苏州市工业园区的先进经验。", None),
        (_REPORT + "我局在区委、区政府的领导下，积极参加南京市鼓楼区组织的法治培训。", None),
        # rated by a body above it: not its place, but it may be its province
        ("2022年，市交通运输局全面落实省、市交通运输部门决策部署，被南通市交通运输局评为先进集体。", None),
        (_REPORT + "市人社局坚持依法行政，在南通市人社系统综合考核中获评优秀，海安市城镇新增就业1.2万人。", None),
        ("2022年，在金华市人力资源和社会保障局的指导下，市人社局依法行政，获评金华市法治建设优秀单位。", None),
        (_REPORT + "区人社局坚持依法行政，获评广西壮族自治区人社系统先进集体。", "广西壮族自治区"),
        # several places named as often: none is certain
        (_REPORT + "市人社局坚持依法行政，南京市、苏州市、无锡市等地学习借鉴我市经验。", None),
        # a district's name several share, with one city named only as visited or worked with
        ("朝阳区人民政府2022年法治政府建设情况报告\n2022年，区政府依法行政，组织执法骨干赴北京市朝阳区学习。", None),
        ("白云区人民政府2022年法治政府建设情况报告\n2022年，区政府坚持依法行政，深化与广州市东西部协作。", None),
    ],
)
def test_a_place_the_author_visits_helps_or_answers_to_is_not_its_own(text: str, province: str | None) -> None:
    """Places after 赴, 与, 帮扶, 学习借鉴 … (and the rest of their run and list), places inside the
    name of a body of the author's kind that is not the subject, places whose bodies rate it, and
    places at a level its short self-name rules out (区人社局: no 自治区) are not the author's; a
    tie leaves the place empty."""
    meta = lawrep.extract(text).meta
    assert meta.agency is None
    assert (meta.region.province, meta.region.city, meta.region.county) == (province, None, None)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # a full name in a sentence where the report calls itself 我局
        ("2022年，我局坚持依法行政。2022年3月，杭州市人力资源和社会保障局召开全市人社系统会议，我局作交流发言。", None),
        ("一年来，我局坚持依法行政。杭州市人社局对我局法治建设工作给予充分肯定。\n一、主要举措", None),
        # own name beside 我局 (not tied to it as another body): the author
        (
            "2023年，常熟市人社局认真贯彻条例，我局全年共受理欠薪投诉860件。苏州市人社局对常熟市的工作给予肯定。",
            "常熟市人力资源和社会保障局",
        ),
        ("宁海县司法局是县政府主管全县司法行政工作的部门，我局内设7个股室。2023年，我局依法行政。", "宁海县司法局"),
        ("2023年，宁海县水利局在县委的领导下依法行政，现将我局2023年度法治政府建设情况报告如下：", "宁海县水利局"),
        ("2023年，宁海县司法局（下称“我局”）坚持依法行政。", "宁海县司法局"),
        ("2023年，我县司法局在县委、县政府的坚强领导下依法行政。宁海县司法局全年开展普法120场。", "宁海县司法局"),
        ("2023年，常熟市人力资源和社会保障局（以下简称“我局”）坚持依法行政。", "常熟市人力资源和社会保障局"),
        # a document's issuer, a list of bodies, the parts of a total
        ("杭州市司法局关于做好年度报告工作的通知要求各地于1月底前报送，现将我局2022年工作报告如下：", None),
        ("人民网北京1月5日电 司法部5日召开新闻发布会。浙江省司法厅、江苏省司法厅负责同志介绍了经验。", None),
        ("天津市人社局通报，2022年全市共查处欠薪案件320件。其中，和平区人社局查处45件。", "天津市人力资源和社会保障局"),
        ("2022年，我局坚持依法行政，全县市场主体增长8%。3月，县公安局、县市场监管局联合开展专项整治。", None),
        ("2022年，中共姚安县委、姚安县人民政府坚持依法行政。\n一、主要举措\n", "中共姚安县委、姚安县人民政府"),
        # a body above the short self-name's level, named in full or short
        ("今年以来，区司法局坚持依法行政。全年办理法律援助案件120件，成都市司法局通报表扬。\n一、主要举措", None),
        ("2022年3月，省人社厅召开全省法治工作会议，县人社局作典型发言。浙江省人社厅通报表扬。\n一、主要举措", None),
        # a report that speaks as a place: the departments it names are that place's
        (
            "关于淳安县2022年度法治政府建设情况的报告\n2022年，我县深入推进法治政府建设。\n一、主要举措\n"
            "（一）规范行政执法。县司法局牵头开展行政执法案卷评查。",
            None,
        ),
        ("2022年，县人社局坚持依法行政，我县就业形势稳定。淳安县\n一、主要举措", "淳安县人力资源和社会保障局"),
    ],
)
def test_another_body_as_a_subject_is_not_the_author(text: str, agency: str | None) -> None:
    """A clause's subject is the author only when nothing in the text says it is another body."""
    found = lawrep.extract(text).meta.agency
    assert (found.name if found else None) == agency


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # a unit of a department wrote it: not the department
        ("杭州市公安局西湖区分局2022年法治政府建设年度报告\n2022年，我局坚持依法行政。", None),
        ("杭州市生态环境局淳安分局2022年法治政府建设年度报告\n2022年，我局坚持依法行政。", None),
        ("淳安县公安局交通警察大队2022年法治政府建设年度报告\n2022年，我局坚持依法行政。", None),
        ("杭州市人民政府外事办公室2022年法治政府建设年度报告\n2022年，我办坚持依法行政。", None),
        ("杭州市西湖区人民政府北山街道办事处2022年法治政府建设年度报告\n2022年，街道坚持依法行政。", None),
        ("杭州市公安局关于2022年法治政府建设情况的报告\n2022年，我局坚持依法行政。", "杭州市公安局"),
        ("杭州市公安局2022年法治政府建设年度报告\n2022年，我局指导西湖区分局开展工作。", "杭州市公安局"),
        # a recipient on the back matter's lines
        ("2022年法治政府建设年度报告\n一、主要举措\n2022年，局党组坚持依法行政。\n抄送：杭州市司法局。", None),
        # 林区 and 特区 carry no city's name
        ("神农架林区人力资源和社会保障局2022年法治政府建设年度报告\n", "神农架林区人力资源和社会保障局"),
        ("六枝特区人民政府2022年法治政府建设年度报告\n", "六枝特区人民政府"),
        # another place's model or a slogan is no place
        ("2022年，市卫健委坚持依法行政，让群众生活更加幸福安康。", None),
        ("2022年，市卫健委坚持依法行政，深入学习推广“三明医改”经验。", None),
        ("2022年，市人社局坚持依法行政，组织干部学习“大庆精神”“铁人精神”。", None),
        ("2022年，市人社局坚持依法行政，围绕“法治襄阳”建设目标。", "襄阳市人力资源和社会保障局"),
    ],
)
def test_units_recipients_and_slogans(text: str, agency: str | None) -> None:
    found = lawrep.extract(text).meta.agency
    assert (found.name if found else None) == agency


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("2022年，市人社局坚持依法行政，健全省、市、县的三级劳动人事争议调解仲裁体系。", None),
        ("2022年，市人社局坚持依法行政，省、市人社部门联合督办案件12件。", None),
        ("2022年，市交通运输局全面落实市委、市政府和省、市交通运输部门加快推进法治政府建设的决策部署。", "county"),
        ("2022年，市人社局全面落实省、市、区关于法治政府建设的部署。", "county"),
    ],
)
def test_the_tiers_that_make_a_city_bureau_county_level(text: str, level: str | None) -> None:
    """Only the decisions of bodies above it say a 市 bureau is a county-level city's: a system
    of tiers (省、市、县三级体系) or work done with the city's departments says nothing."""
    assert lawrep.extract(text).meta.level == level


_BODY_AND_SIGNATURE = (
    "2023年，我局坚持依法行政。\n一、主要举措\n受理案件3件。\n\n湖州市吴兴区卫生健康局\n2024年1月10日\n"
)


@pytest.mark.parametrize(
    ("tail", "date"),
    [
        ("", "2024-01-10"),
        ("\n抄送：市卫生健康委，区司法局。\n湖州市吴兴区卫生健康局办公室　　2024年1月12日印发\n", "2024-01-10"),
        ("（此件公开发布）\n", "2024-01-10"),
        ("（本报告经2024年1月9日局党委会审议通过）\n", "2024-01-10"),
        ("\n（来源：区卫生健康局　　发布时间：2024-02-20）\n", "2024-01-10"),
        ("\n附件：2023年12月29日局党组会议审议意见\n", "2024-01-10"),
    ],
)
def test_the_signing_date_is_not_a_footer_or_page_date(tail: str, date: str) -> None:
    """The 公文 footer (抄送, …印发, 此件公开发布, 附件) and a page's 发布时间 below the signature are
    back matter, and their dates are not the signing date."""
    assert lawrep.extract(_BODY_AND_SIGNATURE + tail).meta.date == date


def test_a_page_date_alone_is_no_signing_date() -> None:
    text = (
        "2023年，我局坚持依法行政。\n一、主要举措\n受理案件3件。\n（来源：县文化广电旅游局　　发布时间：2024-02-20）\n"
    )
    assert lawrep.extract(text).meta.date is None


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("2023年，常熟市人力资源和社会保障局指导企业开展合规体检1200余家次。", "常熟市人力资源和社会保障局"),
        ("2023年，桐乡市司法局监督行政执法案件1200件。", "桐乡市司法局"),
        ("2023年，宜兴市市场监督管理局处理各类投诉举报1.2万件。", "宜兴市市场监督管理局"),
        ("2023年，余姚市市场监督管理局所属各市场监管所开展检查。", "余姚市市场监督管理局"),
        ("2023年，余姚市人社局中心工作扎实推进。", "余姚市人力资源和社会保障局"),
        ("2023年，在宁波市市场监督管理局的指导下，我局依法行政。", None),
        ("2023年，在宁波市市场监督管理局指导下，我局依法行政。", None),
    ],
)
def test_a_department_s_own_verb_is_not_a_superior_or_a_unit(text: str, agency: str | None) -> None:
    """指导, 监督, 处理, 所属 after a name are its own verbs: only …的指导 / …指导下 mark a body
    above the author."""
    found = lawrep.extract(text).meta.agency
    assert (found.name if found else None) == agency


@pytest.mark.parametrize(
    ("text", "code", "level"),
    [
        # a body the table does not know signs or titles it: no department in the body is the author
        (
            "常德市档案局2023年法治政府建设工作报告\n2023年，我局依法行政。市司法局对我局工作给予肯定。\n",
            "430700",
            "city",
        ),
        (
            "2023年度法治政府建设情况报告\n2023年，市财政局加强经费保障。\n一、主要举措\n受理3件。\n\n长沙市机关事务管理局\n2024年1月10日\n",
            "430100",
            "city",
        ),
        ("株洲市人民政府办公室2023年度法治政府建设情况报告\n2023年，市司法局审核规范性文件12件。\n", "430200", "city"),
        # a place's report: its departments are not the author; its government may be
        ("浦江县2023年度法治政府建设情况报告\n2023年，全县上下依法行政，县司法局牵头开展评查。\n", "330726", "county"),
        # a unit below a department or a county: its place, but no level
        ("2022年工作报告\n一、主要工作\n受理3件。\n\n重庆市公安局渝北区分局\n2023年1月31日\n", "500112", None),
        ("2022年工作报告\n一、主要工作\n受理3件。\n\n南京市鼓楼区湖南路街道办事处\n2023年1月12日\n", "320106", None),
    ],
)
def test_a_body_the_table_does_not_know(text: str, code: str, level: str | None) -> None:
    meta = lawrep.extract(text).meta
    assert (meta.agency, meta.region.code, meta.level) == (None, code, level)


def test_a_place_s_report_keeps_its_government() -> None:
    text = "重庆市铜梁区2023年法治政府建设工作报告\n2023年，在区委的坚强领导下，区政府坚持依法行政。\n"
    agency = lawrep.extract(text).meta.agency
    assert agency is not None and agency.name == "重庆市铜梁区人民政府"


_C01 = (
    "市司法局2023年度法治政府建设工作报告\n2023年，市司法局在市委、市政府的坚强领导下依法行政。\n一、主要举措\n"
    "（一）指导海宁市成功创建示范市，海宁市改革经验在全省推广。\n（二）嘉兴市全年开展法治宣传活动2600余场。\n"
)
_I02 = (
    "县司法局2023年度法治政府建设工作报告\n2023年，县司法局在县委、县政府的坚强领导下依法行政。\n一、主要举措\n"
    "（一）与盱眙县人民法院建立化解机制，组织执法人员到盱眙县人民法院旁听庭审3次。\n"
    "（二）深入到盱眙县各乡镇开展法治宣传60余场。5月，涟水县司法局来我县交流调研。\n"
)


@pytest.mark.parametrize(
    ("text", "agency", "ambiguous"),
    [
        # a city and a county-level city of it, each named: a 市 bureau of either, level unknown
        (_C01, None, False),
        # the author's own ground after 到/与 (各乡镇, its court) counts; a visitor is not the author
        (_I02, "盱眙县司法局", False),
        # a venue of another body's event decides no shared name
        (
            "新华区司法局2023年度报告\n2023年，区司法局依法行政。\n一、主要举措\n（一）在石家庄市召开的全省司法行政会议上作典型发言。\n",
            None,
            True,
        ),
    ],
)
def test_nested_places_visitors_and_venues(text: str, agency: str | None, ambiguous: bool) -> None:
    meta = lawrep.extract(text).meta
    assert (meta.agency.name if meta.agency else None, bool(meta.region.ambiguous)) == (agency, ambiguous)


_SIGNED_LATE = "\n一、主要举措\n受理3件。\n\n某局\n2023年12月25日\n"


@pytest.mark.parametrize(
    ("text", "year", "year_to"),
    [
        # another year before 法治政府建设 is another event's
        ("法治政府建设情况报告\n今年以来，我局在2022年度法治政府建设考核中获得优秀。" + _SIGNED_LATE, 2023, None),
        ("法治政府建设情况报告\n自2021年全国法治政府建设示范创建活动开展以来，我局…" + _SIGNED_LATE, 2023, None),
        # 今年 in a report signed late in the year outweighs an earlier event in the opening
        ("法治政府建设情况报告\n2022年，我局被命名为示范单位。今年以来，我局依法行政。" + _SIGNED_LATE, 2023, None),
        # next year's plan is not the year reported
        (
            "法治政府建设情况报告\n今年以来，我局依法行政。\n一、主要举措\n受理3件。\n二、2024年法治政府建设工作计划\n"
            "加强培训。\n\n某局\n2024年1月12日\n",
            2023,
            None,
        ),
        # years written 二〇二三, in the title and in a range
        ("关于二〇二三年度法治政府建设情况的报告\n二〇二三年，我市在2022年度全省考核中获评优秀。\n", 2023, None),
        ("关于二〇一八年至二〇二二年法治政府建设情况的报告\n一、主要举措\n", 2018, 2022),
        # a period from one month to another is not the year it starts in
        ("法治政府建设情况报告\n现将2022年11月至2023年10月我区法治政府建设情况报告如下：" + _SIGNED_LATE, 2023, None),
    ],
)
def test_years_as_reports_write_them(text: str, year: int, year_to: int | None) -> None:
    meta = lawrep.extract(text).meta
    assert (meta.year, meta.year_to) == (year, year_to)


_TAIL = "\n一、主要工作\n（一）加强组织领导。局党组专题研究法治建设4次。\n二、存在的问题\n力量不足。\n"


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # the author's own place where another body goes to it or meets in it: still its own
        (
            "2023年度法治政府建设工作报告\n2023年，县人社局在县委、县政府的坚强领导下依法行政。\n一、主要工作\n"
            "（一）9月，市人社局督察组到宁海县开展法治督察。全市人社系统现场会在宁海县召开。\n"
            "（二）组织执法骨干赴象山县学习交流，象山县监察经验值得借鉴。\n",
            "宁海县人力资源和社会保障局",
        ),
        (
            "2023年度法治政府建设工作报告\n2023年，市人社局在市委、市政府的坚强领导下依法行政。\n一、主要工作\n"
            "（一）省人社厅督察组到嘉兴市开展督察。全省现场会在嘉兴市召开。指导海宁市创建示范区。\n",
            "嘉兴市人力资源和社会保障局",
        ),
        # ranked among 县（市、区）: no prefecture
        (
            "2023年度法治政府建设工作报告\n2023年，市人社局在市委、市政府的坚强领导下依法行政。\n一、主要工作\n"
            "（一）在全省90个县（市、区）考评中位列第一。\n（二）海宁市经验获嘉兴市推广。海宁市全年检查1200余次。\n",
            "海宁市人力资源和社会保障局",
        ),
        # a page's 来源 line names who posted it
        (
            "宁海县2023年度法治政府建设情况报告\n2023年，我县坚持依法行政。"
            + _TAIL
            + "来源：宁海县司法局    发布时间：2024-02-01\n",
            None,
        ),
        # a title longer than a line of body text, ending as a title does
        (
            "宁波市鄞州区人力资源和社会保障局关于2023年度法治政府建设工作情况和2024年工作思路的报告\n\n2023年，我局依法行政。"
            + _TAIL,
            "宁波市鄞州区人力资源和社会保障局",
        ),
    ],
)
def test_own_places_that_other_bodies_visit(text: str, agency: str | None) -> None:
    found = lawrep.extract(text).meta.agency
    assert (found.name if found else None) == agency


@pytest.mark.parametrize(
    ("text", "year", "date"),
    [
        (
            "宁海县司法局二○二三年度法治政府建设工作报告\n2023年，我局依法行政。"
            + _TAIL
            + "\n宁海县司法局\n二○二四年一月十五日\n",
            2023,
            "2024-01-15",
        ),
        (
            "宁海县司法局二Ｏ二三年度法治政府建设工作报告\n2023年，我局依法行政。"
            + _TAIL
            + "\n宁海县司法局\n二Ｏ二四年一月十五日\n",
            2023,
            "2024-01-15",
        ),
        (
            "2023年度法治政府建设工作报告\n2023年，我局依法行政。" + _TAIL + "\n宁海县司法局\n2024-01-15\n",
            2023,
            "2024-01-15",
        ),
        (
            "2023年度法治政府建设工作报告\n2023年，我局依法行政。" + _TAIL + "\n宁海县司法局\n2024年1月15日\n"
            "附件：1.宁海县2023年度行政执法数据统计表\n      2.宁海县司法局2023年度行政复议案件统计表\n",
            2023,
            "2024-01-15",
        ),
        (
            "宁海县司法局2023年度推进法治政府建设工作情况报告\n2023年，我局依法行政。今年以来，…"
            + _TAIL
            + "\n宁海县司法局\n2024年7月10日\n",
            2023,
            "2024-07-10",
        ),
    ],
)
def test_dates_and_years_as_documents_write_them(text: str, year: int, date: str) -> None:
    """二○二四 and 二Ｏ二四 (a circle or a letter for zero), ISO signing dates, attachment lists below
    the signature, and a title's year that 今年 does not outweigh."""
    meta = lawrep.extract(text).meta
    assert (meta.year, meta.date) == (year, date)


def test_a_department_s_unit_named_by_a_short_place_has_no_level() -> None:
    text = "宁波市生态环境局宁海分局2023年度法治政府建设工作报告\n2023年，我局依法行政。" + _TAIL
    meta = lawrep.extract(text).meta
    assert (meta.agency, meta.region.code, meta.level) == (None, "330200", None)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("鄂托克旗农牧局2023年法治政府建设年度报告\n", "鄂托克旗农牧局"),
        ("重庆市经济和信息化委员会2023年法治政府建设年度报告\n", "重庆市经济和信息化委员会"),
    ],
)
def test_own_names_of_agriculture_and_industry_bodies(text: str, agency: str) -> None:
    found = lawrep.extract(text).meta.agency
    assert found is not None and found.name == agency


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("杭州追回欠薪1.2亿元\n记者近日从杭州市人力资源和社会保障局获悉,2023年,全市共追回工资1.2亿元。", 2023),
        ("记者从市劳动人事争议仲裁院获悉,2017年全市仲裁机构共受理案件2549件。", 2017),
        ("记者从市人社局获悉,2023年以来,全市共追回工资1.2亿元。", None),  # since a year: no one year
        ("记者从市人社局获悉,2023年11月,全市开展专项行动。", None),  # a month: an event's, not a year's figures
    ],
)
def test_a_news_item_s_year_follows_its_source(text: str, year: int | None) -> None:
    assert lawrep.extract(text).meta.year == year


_GOV_TABLE = "索引号：11440000/2022-00123\n发文机关：惠来县人力资源和社会保障局\n成文日期：2022年02月28日\n"


@pytest.mark.parametrize(
    ("text", "date", "agency"),
    [
        (
            "成文日期：2022-02-28\n2021年法治政府建设年度报告\n2021年，我局依法行政。\n一、主要举措\n受理3件。\n",
            "2022-02-28",
            None,
        ),
        (
            "发布时间：2022-02-28\n2021年法治政府建设年度报告\n2021年，我局依法行政。\n一、主要举措\n受理3件。\n",
            None,
            None,
        ),
        (
            _GOV_TABLE + "2021年法治政府建设年度报告\n2021年，我局依法行政。\n一、主要举措\n受理3件。\n",
            "2022-02-28",
            "惠来县人力资源和社会保障局",
        ),
        # the signature's date, when there is one
        (
            "成文日期：2022-02-28\n2021年法治政府建设年度报告\n一、主要举措\n受理3件。\n\n惠来县人社局\n2022年2月25日\n",
            "2022-02-25",
            "惠来县人力资源和社会保障局",
        ),
    ],
)
def test_a_page_s_document_date_and_issuer(text: str, date: str | None, agency: str | None) -> None:
    """成文日期 is the document's date and 发文机关 its issuer; 发布时间 is only the page's."""
    meta = lawrep.extract(text).meta
    assert (meta.date, meta.agency.name if meta.agency else None) == (date, agency)


_BODY24 = (
    "2022年，县人社局在县委、县政府的领导下，全面推进依法行政。现将有关情况报告如下：\n一、主要举措和成效\n"
    "全年受理劳动保障监察投诉案件126件。\n二、存在的不足\n执法人员素质不高。\n三、2023年工作计划\n继续推进。\n"
)
_ME = "2022年，我局坚持依法行政。现将有关情况报告如下：\n一、主要举措和成效\n办理案件120件。\n二、存在的不足\n不足。\n"


@pytest.mark.parametrize(
    ("text", "agency", "code"),
    [
        # a site's banner, breadcrumbs and a metadata table copied label by label: the page's owner
        (
            "嘉善县人民政府门户网站\n首页 > 政务公开 > 法治政府建设年度报告\n2022年度法治政府建设工作报告\n"
            "发布时间：2023-02-21 来源：县人社局 浏览次数：326\n" + _BODY24,
            "嘉善县人力资源和社会保障局",
            "330421",
        ),
        (
            "嘉兴市人民政府\n首页 > 政务公开 > 法治政府建设年度报告\n2022年度法治政府建设工作报告\n" + _BODY24,
            None,
            None,
        ),
        (
            "信息索引号：\n11330421002605456E/2023-00078\n发布机构：\n嘉善县人民政府\n成文日期：\n2023-02-20\n"
            "2022年度法治政府建设工作报告\n" + _BODY24,
            "嘉善县人力资源和社会保障局",
            "330421",
        ),
        # a 发文机关 line: the author when no signature or title names one, read as a signature is
        (
            "发文机关：怀集县司法局\n成文日期：2023年01月16日\n标题：怀集县人民政府关于2022年度法治政府建设情况的报告\n"
            "怀集县人民政府关于2022年度法治政府建设情况的报告\n2022年，县政府坚持依法行政。\n",
            "怀集县人民政府",
            "441224",
        ),
        (
            "发文机关：金华市生态环境局义乌分局\n成文日期：2023-02-10\n2022年度法治政府建设工作报告\n" + _ME,
            None,
            "330700",
        ),
        (
            "发文机关：武义县市场监督管理局、武义县司法局\n成文日期：2023-02-10\n2022年度法治政府建设工作报告\n" + _ME,
            None,
            None,
        ),
        (
            "发文机关：国家税务总局武义县税务局\n成文日期：2023-02-10\n2022年度法治政府建设工作报告\n" + _ME,
            "国家税务总局武义县税务局",
            "330723",
        ),
        (
            "标题：金华市生态环境局义乌分局2022年法治政府建设年度报告\n金华市生态环境局义乌分局2022年法治政府建设年度报告\n"
            + _ME,
            None,
            "330700",
        ),
        # a unit named in the signature
        ("2022年度法治政府建设工作报告\n" + _ME + "\n杭州市市场监督管理局稽查局\n2023年2月10日\n", None, "330100"),
        (
            "2022年度法治政府建设工作报告\n" + _ME + "\n嘉善县市场监督管理局西塘市场监督管理所\n2023年2月10日\n",
            None,
            "330421",
        ),
    ],
)
def test_page_residue_issuers_and_units(text: str, agency: str | None, code: str | None) -> None:
    meta = lawrep.extract(text).meta
    assert (meta.agency.name if meta.agency else None, meta.region.code) == (agency, code)


@pytest.mark.parametrize(
    "text",
    [
        "记者近日从市人社局获悉，2018年至今，全市累计追回工资3亿元。",
        "记者从省人社厅获悉，2021年起，我省将全面实施新的工资支付制度。",
        "记者从市司法局了解到，2012年，我市被确定为试点城市。今年以来，市司法局共审查文件30件。",
        "记者从省人社厅获悉，2022年全省将新增城镇就业80万人以上。去年全省新增就业78万人。",
    ],
)
def test_a_news_item_s_year_is_not_a_start_a_target_or_a_past_event(text: str) -> None:
    assert lawrep.extract(text).meta.year is None


_PLAN = "\n一、主要成效\n……\n二、存在问题\n……\n三、2024年工作计划\n……\n"


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # counties of one city named side by side, or ranked within the area: parts, not the author
        (
            "2023年，市人社局在市委、市政府的坚强领导下依法行政。全市办理案件620件。其中，宁乡市120件、浏阳市98件、"
            "长沙县86件。浏阳市、宁乡市、长沙县开展创建，浏阳市被评为全省示范县市。" + _PLAN,
            None,
        ),
        (
            "2023年，市司法局在市委、市政府的坚强领导下依法行政。全市办理复议案件860件，其中义乌市210件、东阳市120件、"
            "永康市96件。义乌市、东阳市创新机制，义乌市获评全省示范县。" + _PLAN,
            None,
        ),
        (
            "2023年，我局在市委、市政府的坚强领导下依法行政。全市查办案件2160件。慈溪市市场监管局查办案件420件，"
            "居全市首位；余姚市市场监管局创新“信用+监管”模式。" + _PLAN,
            None,
        ),
        (
            "2023年，我局在州委、州政府的坚强领导下依法行政。全州城镇新增就业2.1万人。凯里市人社局追讨欠薪860万元，"
            "居全州首位；凯里市人社局被评为全省人社系统先进集体。" + _PLAN,
            None,
        ),
        # a peer presenting its practice, or a 市 named where the author is a 县
        (
            "2023年，县人社局在县委、县政府的坚强领导下依法行政。6月，浦江县人社局来我县交流，义乌市人社局介绍了"
            "“安薪智管”平台建设经验。" + _PLAN + "\n县人社局\n2024年1月10日\n",
            None,
        ),
        (
            "2023年，县市场监督管理局依法行政。9月，黎平县市场监管局来我县开展执法交流，从江县市场监管局介绍了"
            "“阳光执法”经验。" + _PLAN,
            None,
        ),
        # an autonomous county's usual short form
        ("长阳县司法局2023年法治政府建设年度报告\n", "长阳土家族自治县司法局"),
        ("石林县人社局2023年法治政府建设年度报告\n", "石林彝族自治县人力资源和社会保障局"),
    ],
)
def test_parts_of_the_area_peers_and_autonomous_short_forms(text: str, agency: str | None) -> None:
    found = lawrep.extract(text).meta.agency
    assert (found.name if found else None) == agency
