"""Rule tables for the checks: the parts a report must have, deadlines, and the relations
between metrics (rates and the counts they come from) that arithmetic checks test.

Completeness follows 《法治政府建设与责任落实督察工作规定》 (2019): the annual report has its
measures and results, shortcomings, the leaders' duties and next year's plan; a department
reports by 1 March of the following year.
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
