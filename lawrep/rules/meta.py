"""Rule tables for report metadata: the level a text speaks at, dates, years, contact.

Who wrote a report and where is read with ``rules/agencies.py`` and the gazetteer
(``rules/divisions.tsv``). Patterns run on the folded text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Level

# How the text names its own level: 县委、县政府 / 全市 … (counted to choose the agency's place).
LEVEL_SIGNALS: dict[Level, tuple[str, ...]] = {
    "county": ("县委", "县政府", "全县", "我县", "本县", "县领导", "区委", "区政府", "全区", "我区", "本区"),
    "city": ("市委", "市政府", "全市", "我市", "本市", "市领导", "州委", "州政府"),
    "province": ("省委", "省政府", "全省", "我省", "本省"),
}


# A year as documents write it: 2021, 二〇二一 (its zero also a circle ○ or a letter Ｏ, folded to O).
YEAR_WRITTEN = r"[0-9]{4}|[零〇○O一二三四五六七八九]{4}"

# Dates: 2021年1月5日, 二〇二一年一月五日, 2021-01-05, 2021.1.5
DATE_CN = rf"(?P<y>{YEAR_WRITTEN})\s*年\s*(?P<m>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月\s*(?P<d>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*日"
DATE_ISO = r"(?P<y>[0-9]{4})[-./](?P<m>[0-9]{1,2})[-./](?P<d>[0-9]{1,2})"

# A page's metadata line that states the document's date (成文日期：2022-02-28, gov.cn's table):
# the signing date when the back matter has none. (发布时间 is the page's, never the document's.)
DOCUMENT_DATE_LINE = r"(?:成文日期|成文时间|签发日期)\s*[:：]\s*"

# The years a report can be about; the model accepts the same range (models.Meta.year).
FIRST_YEAR, LAST_YEAR = 1949, 2200

# A report about several years states them as a range in its title (2012—2016年法治政府建设工作
# 报告, 关于2018年至2022年法治政府建设情况的报告): ``year`` is the first, ``year_to`` the last.
# Tried before the one-year cues; a range inside 《…》 is another document's.
_Y = YEAR_WRITTEN
YEAR_RANGE_CUES: tuple[str, ...] = (
    rf"(?P<y>{_Y})\s*年?\s*(?:—{{1,2}}|–|-|~|～|至|到)\s*(?P<y2>{_Y})\s*年度?\s*(?:的\s*)?"
    r"(?:法治政府建设|依法行政|法治建设)(?:工作)?(?:年度)?(?:情况)?(?:的)?(?:报告|总结)",
)
MAX_RANGE_YEARS = 10  # a longer range is no report's period

# A term report states its period as a start and a length instead (2012年以来，…现将我局五年来
# 依法行政工作情况报告如下): the start opens the text or a line, the length is in the sentence that
# says what is reported. Both in the head; the range is the start and the N−1 years after it.
YEAR_SINCE_START = r"(?:^|\n)\s*(?P<y>[0-9]{4})\s*年以来\s*[,，]"
YEAR_SINCE_LENGTH = (
    r"现将.{0,20}?(?<![0-9])(?P<n>[0-9]{1,2}|[两二三四五六七八九十]{1,2})\s*年(?:来|以来|间|的)"
    r"[^。\n]{0,40}?(?:报告|总结|汇报)如下"
)

# A text or a line that opens with its year (2020年，我局…); also read on the first line of the
# first part when the head is only the legal basis.
YEAR_OPENING = r"\s*(?P<y>[0-9]{4})\s*年度?\s*[,，]"
# Where the report names the year it is about, strongest first.
YEAR_CUES: tuple[str, ...] = (
    rf"(?P<y>{_Y})\s*年度?\s*法治政府建设(?:工作)?(?:年度)?(?:情况)?(?:的)?报告",  # title
    rf"现将(?:我局)?(?P<y>{_Y})\s*年度?(?![0-9]{{1,2}}月).{{0,30}}?报告如下",  # not 2022年11月至2023年10月
    "^" + YEAR_OPENING,  # opening: "2020年,我局…" (2012年以来 is no one year)
    # a news item's figures, right after its source: 记者从…获悉，2020年，湖北办结工资类案件… (not
    # 2018年至今, 2021年起, a 将 target; a news item that also says 今年 is left to it)
    r"(?:获悉|了解到|得知)\s*[,，]?\s*(?P<y>[0-9]{4})\s*年度?(?:[,，]|(?=全|我|本))(?![^。]{0,20}?(?:将|计划|目标|力争))"
    r"(?![\s\S]*今年)",
    # a year before 法治政府建设, not another's (在2022年度…考核中, 自2021年…示范创建…以来)
    r"(?<![在自从至])(?<![^关]于)(?P<y>[0-9]{4})\s*年度?(?:(?!以来)[^，。,]){0,12}?(?:法治政府建设|法治建设)"
    r"(?!考核|示范|评估|督察|督查|测评|先进)",
)
# Where the year cues are read: the head and the part titles, but not a part about next year's plan
# (三、2024年法治政府建设工作计划).
PLAN_TITLE = r"计划|打算|安排|思路|要点|目标|展望"
# A report that says 今年 (今年以来，我局…) and is signed in the second half of a year is about that
# year: the 今年 cue outweighs a year the opening names for an earlier event (2022年，我局被命名为…。
# 今年以来…), but not a year its title or 现将… sentence states.
THIS_YEAR = r"(?:^|[,，。;；\n])\s*(?P<y>今年以来|今年|本年度|本年)"
THIS_YEAR_FROM_MONTH = 7

CONTACT_PERSON = r"联系人\s*[:：]\s*(?P<v>[\p{Han}·]{2,6})"
CONTACT_PHONE = r"(?:联系)?电话\s*[:：]\s*(?P<v>[0-9][0-9\-\s]{5,18}[0-9])"
