"""Rule tables for the outline stage: heading markers, canonical parts, front and back matter.

Sources: GB/T 9704-2012 《党政机关公文格式》 §7.3.3 (heading levels 一、 /（一）/ 1. /（1）) and the
2019 regulation 《法治政府建设与责任落实督察工作规定》 art. 25 (the five parts of an annual report).
Patterns run on the folded text (full-width → half-width, see ``lawrep.text.fold``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .meta import YEAR_WRITTEN

if TYPE_CHECKING:
    from ..models import Canonical

CN_DIGITS = "一二三四五六七八九十"


@dataclass(frozen=True)
class MarkerRule:
    """One heading level: the pattern of its marker at the start of a line."""

    level: int
    pattern: str  # must define the group ``num``; runs on the folded line after indentation
    numeral: str  # "chinese" or "arabic"


MARKERS: tuple[MarkerRule, ...] = (
    # 一、  十一、  二十、 — not 一是/一要, and not a list of numerals (一、二级).
    MarkerRule(
        1,
        rf"(?P<num>[{CN_DIGITS}]{{1,3}})\s?、(?![{CN_DIGITS}0-9]{{1,3}}(?:[、和及至号届级类季月年期批]|$))",
        "chinese",
    ),
    # （一） (一) — but not (一是).
    # （一） (一) — but not a span of items: （一）至（五）项.
    MarkerRule(2, rf"\(\s?(?P<num>[{CN_DIGITS}]{{1,3}})\s?\)(?!\s*(?:[至到、-]|[和及与]\())", "chinese"),
    # 1.  1、  1． — never 1.75 (a decimal) or 3、4号线 (a list).
    MarkerRule(3, r"(?P<num>[0-9]{1,2})(?:\.(?![0-9.])|、(?![0-9]))", "arabic"),
    # （1） (1)
    MarkerRule(4, r"\((?P<num>[0-9]{1,2})\)(?!\s*(?:[至到、-]|[和及与]\())", "arabic"),
)

MAX_ORDINAL = 50
"""Ordinals above this are not headings (a report has at most a few dozen siblings)."""

TITLE_MAX_CHARS = 120
"""A standalone line longer than this with no 。 is a paragraph, not a heading."""

# After a marker, text that shows the line is not a heading: a unit or date word right after
# the marker (``1.5万`` and ``3、4号线`` are already refused by the marker patterns).
NOT_TITLE_START = r"[%‰年月日号万亿元倍]"

# Canonical parts of a level-1 section, tried in this order; the first whose cue occurs in the
# title wins. Thematic titles that match none are the report's measures (its main body).
CANONICAL_CUES: tuple[tuple[Canonical, tuple[str, ...]], ...] = (
    ("shortcomings", ("不足", "存在的问题", "存在问题", "主要问题", "问题和", "问题与", "薄弱环节", "差距")),
    ("leader_duties", ("第一责任人", "主要负责人", "负责人履行", "履行推进法治建设", "履职情况")),
    (
        "next_year_plan",
        (
            "下一年度",
            "下一步",
            "下步",
            "工作安排",
            "工作计划",
            "工作打算",
            "工作思路",
            "主要安排",
            "明年",
            "今后",
        ),
    ),
    ("other", ("其他", "其它")),
    ("measures_and_results", ("举措", "成效", "措施", "主要工作", "工作情况", "进展")),
)
DEFAULT_CANONICAL: Canonical = "measures_and_results"

# The 公文 footer under the signature: recipients, attachments, the printing office and its date,
# the disclosure note. Back matter, but a date on such a line is not the signing date.
FOOTER_LINES: tuple[str, ...] = (
    r"(抄送|抄报|主送|分送|报送|发送)[:：].*",
    r".{0,40}印发",
    r"[(（]?\s*此件(公开发布|主动公开|依申请公开|不予公开|不公开)\s*[)）]?",
    r"附件\s*[0-9一二三四五六七八九十]*\s*[:：].*",
    # the attachments' list and titles below the signature (2.宁海县司法局2023年度行政复议案件统计表)
    r"([0-9]{1,2}\s*[.、．]\s*)?[\p{Han}0-9（）()]{4,60}(统计表|汇总表|一览表|清单|名单)",
    r"[(（][^()（）\n]{0,60}(审议通过|会议通过|讨论通过|审定)[)）]",  # （本报告经…局党委会审议通过）
)

# A line longer than this is body text, never back matter (a long 抄送 list still fits).
BACK_MATTER_MAX_CHARS = 200

# The label of a metadata table's row, when its value is on the next line (发布机构：\n嘉善县人民政府):
# the value is page residue too.
LABEL_ALONE = r"\s*(索引号|信息索引号|主题分类|公开方式|公开范围|发布机构|发文机关|成文日期|发文字号|文号|发布日期|有效性|主题词)\s*[:：]?\s*"

_MONTH_DAY = r"[0-9一二三四五六七八九十]{1,3}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*日"

# Back matter, read upwards from the end of the text: a line matching any of these belongs to
# the closing block (closing formula, signature, date, contact, web-page leftovers).
CLOSING_LINE_PATTERNS: tuple[str, ...] = (
    r"(特此|专此|现予)报告[。.]?",
    r"以上报告[,，]?(妥否|请审阅)?[。.]?",
    r"[\p{Han}()]{2,40}(局|委员会|办公室|办事处|政府|厅|委|中心|院|大队|支队|所)(\s*\(?(盖章|章)\)?)?",  # signature agency
    r"中共[\p{Han}]{2,14}委\s+[\p{Han}]{2,20}政府",  # a joint signature: 中共兰考县委　兰考县人民政府
    # the signature and the date on one line (苏州市姑苏区人力资源和社会保障局 2024年1月18日)
    r"[\p{Han}()]{2,40}(局|委员会|办公室|政府|厅|委|中心|院)\s+(" + YEAR_WRITTEN + r")\s*年\s*" + _MONTH_DAY,
    r"(" + YEAR_WRITTEN + r")\s*年\s*" + _MONTH_DAY,
    r"[0-9]{4}\s*[-./]\s*[0-9]{1,2}\s*[-./]\s*[0-9]{1,2}",  # a signing date written 2024-01-15
    r"\(?\s*联系人[:：].*",
    r"\(?\s*联系电话[:：].*",
    r"(附件下载|文件下载|关联文件|附件|相关附件|打印本页|关闭窗口|【?字体[:：].*|分享到)[:：]?.*",
    r"[\p{Han}]{2,30}文件",  # "…局文件" letterhead leftover of web pages
    *FOOTER_LINES,
)

# Lines a web page leaves in a text copied from the browser, above the report (breadcrumbs, the
# publication line, buttons) or below its signature (QR-code prompts, previous/next links): they
# are never the title, and below the report they are back matter, so they hide no signing date.
WEB_LEFTOVER_LINES: tuple[str, ...] = (
    r"[\p{Han}（）()·]{2,30}(门户网站|政府网站|网站|政务网|信息网|公众网)",  # the site's banner
    r"\s*首页\s*[>＞»›/|].*",  # 首页 > 政务公开 > …
    # a metadata table copied label by label: the label alone, its value on the next line
    r"(索引号|信息索引号|主题分类|公开方式|公开范围|发布机构|发文机关|成文日期|发文字号|文号|标题|发布日期|有效性|主题词)\s*[:：]?",
    r"(当前位置|您的位置|您现在的位置|所在位置)[:：].*",
    r".{0,20}(发布时间|发布日期|发文日期|成文日期|发文机关|索引号|主题分类|发文字号|信息来源|来源|字号|浏览次数|阅读次数|点击数|访问量)[:：].*",
    r"(\s*【[^】\n]{1,10}】\s*)+",  # 【打印】【关闭】 【打印本页】
    r"(\s*\[[^\]\n]{1,10}\]\s*)+",  # [打印] [关闭]
    r".{0,6}扫一扫.*",
    r"[上下]一[篇条][:：].*",
    r"(责任编辑|编辑|审核|校对|审校|作者|责编)[:：].*",
    r"(打印|关闭|返回顶部|返回首页|返回|收藏|分享|字体)(\s*[|｜/、]?\s*(打印|关闭|返回顶部|返回首页|返回|收藏|分享|大|中|小))*",
)

# The title of the front matter: lines before the opening paragraph (a line longer than this,
# or with a clause mark, is the opening paragraph), holding this word.
TITLE_MAX_CHARS_LINE = 40
# …or this long when the line ends as a title does (…关于2023年度法治政府建设工作情况和2024年工作思路的报告)
TITLE_MAX_CHARS_ENDING = 80
TITLE_ENDINGS: tuple[str, ...] = ("报告", "总结")
TITLE_WORD = ("报告", "总结")  # a title has one of these
CLAUSE_MARKS = ",，。;；"
# The addressee line of the front matter (市人民政府：).
ADDRESSEE_LINE = r"(?P<who>[\p{Han}、,，]{2,40}(委|政府|办|局|厅|部|人大|常委会))[:：]"

# In-paragraph enumerations: 一是…二是… . Only 是 makes an item; 一要 is left alone.
ITEM_MARKER = rf"(?P<num>[{CN_DIGITS}]{{1,3}})是"
# What stands right before an item marker: the start of a line or a sentence's punctuation,
# then any spaces (tested as a look-behind, so the match is the marker itself).
ITEM_BOUNDARY = r"(?:^|[。；;:：!！?？\n])\s*"
