"""County- and prefecture-level divisions whose name or code changed in 2016–2025, kept by hand.

A report for 2020 is written by 江干区 and signed with its name, while ``divisions.tsv`` (generated
from current data) has only today's units: this table lets the gazetteer say where such a name
went. Each old name and code was checked against GB2260 0.4.1 (the 2014 edition of the standard)
and each current code against ``divisions.tsv``; the year is that of the State Council's
approval. Only changes known for certain are here: the table is short on purpose, not complete.
A row whose old unit kept its code (余杭区) records a split: part of it is a new unit now.
"""

from __future__ import annotations

from typing import NamedTuple


class Change(NamedTuple):
    """One old unit: its name and code then, the year it changed, the code(s) that hold its land now."""

    old_name: str
    old_code: str
    year: int
    current: tuple[str, ...]
    note: str


CHANGES: tuple[Change, ...] = (
    # 杭州 2021: four districts redrawn into six.
    Change("江干区", "330104", 2021, ("330102", "330114"), "merged into 上城区; 下沙 and 白杨 went to the new 钱塘区"),
    Change("下城区", "330103", 2021, ("330105",), "merged into 拱墅区"),
    Change("余杭区", "330110", 2021, ("330110", "330113"), "split: its east became the new 临平区"),
    Change("临安市", "330185", 2017, ("330112",), "county-level city became 临安区"),
    # 宁波 2016.
    Change("江东区", "330204", 2016, ("330212",), "merged into 鄞州区"),
    Change("奉化市", "330283", 2016, ("330213",), "county-level city became 奉化区"),
    # 直辖市 2016: counties became districts.
    Change("蓟县", "120225", 2016, ("120119",), "became 蓟州区"),
    Change("崇明县", "310230", 2016, ("310151",), "became 崇明区"),
    Change("开县", "500234", 2016, ("500154",), "became 开州区"),
    Change("梁平县", "500228", 2016, ("500155",), "became 梁平区"),
    Change("武隆县", "500232", 2016, ("500156",), "became 武隆区"),
    # 山东.
    Change("章丘市", "370181", 2016, ("370114",), "county-level city became 章丘区 of 济南"),
    Change("即墨市", "370282", 2017, ("370215",), "county-level city became 即墨区 of 青岛"),
    Change(
        "莱芜市", "371200", 2019, ("370116", "370117"), "prefecture abolished; its land is 济南's 莱芜区 and 钢城区"
    ),
    Change("莱城区", "371202", 2019, ("370116",), "became 济南's 莱芜区"),
    Change("钢城区", "371203", 2019, ("370117",), "same name, now a district of 济南"),
    # 江苏 淮安 2016.
    Change("清河区", "320802", 2016, ("320812",), "merged with 清浦区 into 清江浦区"),
    Change("清浦区", "320811", 2016, ("320812",), "merged with 清河区 into 清江浦区"),
    Change("洪泽县", "320829", 2016, ("320813",), "became 洪泽区"),
    # Elsewhere.
    Change("长乐市", "350182", 2017, ("350112",), "county-level city became 长乐区 of 福州"),
    Change("户县", "610125", 2016, ("610118",), "became 鄠邑区 of 西安 (approved 2016, opened 2017)"),
    Change("郫县", "510124", 2016, ("510117",), "became 郫都区 of 成都"),
    Change("新津县", "510132", 2020, ("510118",), "became 新津区 of 成都"),
)
