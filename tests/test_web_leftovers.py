"""A report copied from a web page into a .txt keeps the page's leftovers: breadcrumbs, the
publication line and buttons above it, QR-code prompts and previous/next links below its
signature. They are not the title, and they do not hide the signing date."""

from __future__ import annotations

import pytest

import lawrep

from .helpers import REPORTS, SEEDS, extracted

HEADERS = [
    "当前位置：首页 > 政务公开 > 法治政府建设\n",
    "发布时间：2021-03-01 10:20 来源：区人社局 字号：大 中 小\n",
    "【打印本页】【关闭窗口】\n",
    "信息来源：本局  浏览次数：1203\n",
]
FOOTERS = [
    "扫一扫在手机打开当前页\n",
    "上一篇：关于开展2021年度工作的通知\n",
    "下一篇：2019年法治政府建设年度报告\n",
    "【打印】【关闭】\n",
    "责任编辑：张三\n",
    "打印 | 关闭\n",
]


@pytest.mark.parametrize("stem", SEEDS)
def test_page_leftovers_change_nothing_the_report_says(stem: str) -> None:
    text, original = extracted(str(REPORTS / f"{stem}.txt"))
    lines = text.split("\n", 1)
    has_title = original.meta.title is not None and original.meta.title.start == 0
    head = lines[0] + "\n" + "".join(HEADERS) + lines[1] if has_title else "".join(HEADERS) + text
    copied = lawrep.extract(head.rstrip("\n") + "\n\n" + "".join(FOOTERS))
    assert copied.meta.date == original.meta.date
    assert copied.meta.year == original.meta.year
    assert (copied.meta.title.text if copied.meta.title else None) == (
        original.meta.title.text if original.meta.title else None
    )
    assert [(s.marker, s.title, s.canonical) for s in copied.outline] == [
        (s.marker, s.title, s.canonical) for s in original.outline
    ]
    assert [(m.key, m.text) for m in copied.metrics] == [(m.key, m.text) for m in original.metrics]


@pytest.mark.parametrize("line", HEADERS + FOOTERS)
def test_no_leftover_line_is_a_title(line: str) -> None:
    report = lawrep.extract(line + "惠来县人社局2020年法治政府建设年度报告\n2020年，我局坚持依法行政。\n")
    assert report.meta.title is not None and "报告" in report.meta.title.text
    assert line.strip() not in report.meta.title.text
