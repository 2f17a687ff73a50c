"""Rule tables for the checks: the parts a report must have, deadlines, and the relations
between metrics (rates and the counts they come from) that arithmetic checks test.

Completeness follows 《法治政府建设与责任落实督察工作规定》 (2019): the annual report has its
measures and results, shortcomings, the leaders' duties and next year's plan; a department
reports by 1 March of the following year. A file holds one report; one that holds several is
noticed (the last tables below).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Canonical

REQUIRED_PARTS: tuple[tuple[Canonical, str], ...] = (
    ("measures_and_results", "the measures taken and their results (主要举措和成效)"),
    ("shortcomings", "the shortcomings and their causes (存在的不足和原因)"),
    ("leader_duties", "how the principal leaders fulfilled their duties (党政主要负责人履行职责情况)"),
    ("next_year_plan", "the plan for the next year (下一年度主要安排)"),
)
DEADLINE_MONTH_DAY = (3, 1)  # reported by 1 March of the following year
PUBLICATION_MONTH_DAY = (4, 1)  # made public by 1 April of the following year (art. 25)
EARLY_MONTH_DAY = (12, 1)  # signed before this in its own year: the year was probably misread

RATE_TOLERANCE = 1.0  # percentage points: reports round rates to whole numbers or one decimal
UNBOUNDED_SHARE_SUFFIXES = ("_cut", ".change")
"""Keys ending so are changes or cuts: a share of theirs may be negative or above 100."""


@dataclass(frozen=True)
class RateOfPart:
    """``rate`` states what share ``part`` is of the total it is a part of (``part_of``)."""

    rate: str
    part: str
    reach: int = 200  # the part ends at most this many characters before the rate
    window: int = 20  # … and is among the metrics just before it


@dataclass(frozen=True)
class FullRateWithPending:
    """A rate of 100% (a key ending in ``rate_suffix``) beside cases still ``pending`` is
    suspicious: everything cannot be closed while some is pending."""

    rate_suffix: str
    pending: str
    unit: str = "%"
    full: float = 100
    reach: int = 300  # characters between the two figures
    window: int = 20  # metrics on either side


RATES_OF_PARTS: tuple[RateOfPart, ...] = (RateOfPart("labor_dispute.mediation_rate", "labor_dispute.mediated"),)
FULL_RATES_WITH_PENDING: tuple[FullRateWithPending, ...] = (
    FullRateWithPending("closure_rate", "admin_disputes.pending"),
)

CONFLICT_REACH = 60
"""Two values of one key and subject closer than this (characters) are one sentence's conflict."""

# Several reports in one file (a year's reports pasted one after another). A later report is
# seen by two signs close together. Either its first heading 一、, while the text already had
# one, comes just after the back matter of the report before it (lines the outline takes for
# back matter: 特此报告, a signature, a date, 附件下载…), or after its own title line or opening
# (…报告如下); or that back matter is followed by a title line and then a body that ends in
# back matter of its own. One sign alone is not enough: dates and 一、 lists occur inside one
# report, a page's chrome above its title looks like back matter, and a list of related links
# below a report is made of title lines.
SEVERAL_REPORTS_WINDOW = 6
"""Non-blank lines from the sign before to the sign after: title (two lines), addressee, opening
paragraph, 一、."""
SEVERAL_REPORTS_MIN_BODY = 400
"""Characters of body text a report has before its back matter: a page's chrome above the first
report's title (您所在的位置…) has less, and is no report."""
REPORT_TITLE_WORD = "报告"
"""A report's title line holds this word and none of ``REPORT_TITLE_BREAKS``."""
REPORT_TITLE_BREAKS = ",，。;；:："
"""Clause marks: a line with one is a sentence (报告如下:), not a title."""
REPORT_TITLE_MAX_CHARS = 40
"""A longer line is a paragraph, not a title (as for the front matter's title)."""
REPORT_OPENING_CUES = ("报告如下", "汇报如下")
"""A report's opening paragraph announces it: 现将我局2020年法治政府建设情况报告如下:."""
