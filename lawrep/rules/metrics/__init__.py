"""The rules that name quantities with taxonomy keys (``lawrep.rules.taxonomy``).

The rules of each domain are in a module of their own (``wages``, ``inspection``, ``disputes``…);
``RULES`` puts them in priority order.

A rule is a small record. It applies to a quantity when all its conditions hold:

* ``left``: searched in the clause before the quantity (from the last ，；。：or line break);
  the cue that ends nearest the number wins among rules that match (“the governing verb”).
  It is searched backwards from the number (``regex.REVERSE``), which finds that cue in one
  step; write the pattern as usual, left to right.
* ``right``: matched at the start of the clause after the quantity (``5份规范性文件进行…``).
* ``sentence``: searched in the sentence before the quantity (``行政诉讼`` for a later ``二审``).
* ``not_left``: must not occur in the clause before the quantity.
* ``inside``: searched in the quantity's own text (a zero in words: ``未有败诉案件``).
* ``units`` / ``dims``: what the quantity must measure; ``change``: must (True) or must not
  (False) be a change, or either (None).
* ``domain``: the domain the context must resolve to (see ``DOMAIN_CUES``), for cues such as
  ``结案率`` or ``涉及劳动者`` that mean different things under different headings.

Figures under a ``next_year_plan`` part are targets, not results: they are never named.

Keys are stable; add rules freely. A test checks every rule against the taxonomy, the units
the quantities stage reads and the domains below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import (
    contracts,
    counsel,
    disclosure,
    disputes,
    documents,
    education,
    enforcement,
    inspection,
    litigation,
    oversight,
    services,
    training,
    wages,
)
from .base import Rule

if TYPE_CHECKING:
    from ...models import Canonical

# Domain cues: the words that say which field a sentence or heading is about.
DOMAIN_CUES: tuple[tuple[str, str], ...] = (
    ("disclosure", r"信息公开|政务公开|舆情|公开申请"),
    ("labor_dispute", r"仲裁|劳动争议|人事争议|争议案件|调解组织|调处"),
    ("labor_inspection", r"劳动监察|劳动保障监察|监察执法|举报投诉|投诉举报|欠薪|拖欠|线索"),
    ("admin_disputes", r"复议[^0-9]{0,6}(和|及|与|、)[^0-9]{0,8}(应诉|诉讼)|复议诉讼"),
    ("enforcement", r"案卷|评查"),
    ("legal_counsel", r"法律顾问|律师"),
    ("admin_litigation", r"行政诉讼|应诉"),
    ("admin_reconsideration", r"行政复议"),
    ("legal_education", r"普法|法治宣传|学法"),
    ("services", r"政务服务|审批|办事"),
)


RULES: tuple[Rule, ...] = (
    *wages.RULES,
    *inspection.RULES,
    *disputes.RULES,
    *litigation.RULES,
    *documents.RULES,
    *counsel.RULES,
    *disclosure.RULES,
    *enforcement.RULES,
    *training.RULES,
    *education.RULES,
    *services.RULES,
    *contracts.RULES,
    *oversight.RULES,
)
"""Every rule, in priority order: on a tie (cues at the same distance) the earlier rule wins."""


def figures_of_keys() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """What each key can name, from its rules: the units they ask for, and the dimensions of
    those that ask for none (``wage_arrears.amount_recovered``: money; a count key: counts).
    A figure of another kind under that key (39家 as wages recovered) is no reading of it."""
    units: dict[str, set[str]] = {}
    dims: dict[str, set[str]] = {}
    for rule in RULES:
        if rule.units is not None:
            units.setdefault(rule.key, set()).update(rule.units)
        else:
            dims.setdefault(rule.key, set()).update(rule.dimensions)
    keys = {r.key for r in RULES}
    return {k: (frozenset(units.get(k, ())), frozenset(dims.get(k, ()))) for k in sorted(keys)}


# Outside any heading, a paragraph's first sentence with no domain cue takes the field of the
# headline line right before it (a news item's title: at most this long, no full stop).
DOMAIN_REACH_BACK = 300
HEADLINE_MAX_CHARS = 60

# A year followed by one of these words starts a cumulative count (2020年以来, 2019年至今):
# the figure is not about that year (its ``period_from``, not its ``period``).
SINCE_WORDS: tuple[str, ...] = ("以来", "至今", "起至今", "起")
# …and a year after one of these words is where a count starts (自2019年开展…以来).
SINCE_BEFORE: tuple[str, ...] = ("自", "从")

# Figures in these parts of a report are targets, not results: they are never named.
UNNAMED_PARTS: tuple[Canonical, ...] = ("next_year_plan",)

# The phrase a metric measures (its ``subject``) is the clause before the figure without these:
# leading time and scope words (after any year: 2020年度, 2020年以来) …
SUBJECT_LEADING_WORDS: tuple[str, ...] = (
    "一年来", "全年", "今年", "年内", "截至目前", "目前", "同时", "此外", "全县", "全市", "全区", "我局",
)  # fmt: skip
# … the totalisers that may follow them …
SUBJECT_TOTALISERS: tuple[str, ...] = ("共计", "合计", "累计", "总计", "共")
# … and the linking words right before the figure.
SUBJECT_TRAILING_WORDS: tuple[str, ...] = (
    "共计",
    "合计",
    "累计",
    "总计",
    "共",
    "达到了",
    "达到",
    "达",
    "为",
    "了",
    "计",
)

# Breakdowns: after this cue the figures that follow (to the sentence's end, at most
# BREAKDOWN_REACH characters) are parts of a total that ends at most BREAKDOWN_TOTAL_GAP
# characters before the cue (and starts within BREAKDOWN_TOTAL_WINDOW).
BREAKDOWN_CUE = "其中"
BREAKDOWN_REACH = 2000
BREAKDOWN_TOTAL_GAP = 400
BREAKDOWN_TOTAL_WINDOW = 600
# Only figures in additive units (``rules.quantities.NOT_ADDITIVE_UNITS``) make a breakdown, and
# it never mixes money (``MONEY_UNITS``) with counts.
