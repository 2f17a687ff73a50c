"""Stated changes: the words between a figure and the change a sentence states about it.

``受理争议案件1590件,与去年同比增加46.54%`` — the figure, then (after at most a comma or an
opening bracket) one of these comparisons, then a change quantity (增加/下降… + a figure, which
the quantity stage reads as ``change: true``). Nothing else may stand between them: another
figure, or any other word, and the change is about something else.
"""

from __future__ import annotations

BASIS = r"""
    (?:与|较|比|相比|对比)?
    (?:去年|上年|上一年|前一年|上年度|去年全年|上年全年)?
    (?:同期)?(?:相比|比较)?
"""
"""What the change is against: last year. A change against a named year (``较2021年增长30%``)
is not attached: compare could only check it against the year before, which it may not be."""

COMPARISON = rf"""
    (?:{BASIS}同比|(?:与|较|比|相比)(?:去年|上年|上一年|前一年|上年度)(?:同期)?(?:相比|比较)?)
"""
"""``同比``, ``与去年同比``, ``较上年``, ``比去年同期``, ``与上年相比``."""

GAP = rf"""[ \t]*[,;(、]?[ \t]*{COMPARISON}[ \t]*,?[ \t]*$"""
"""The whole text between the figure and the change quantity (matched from the figure's end to
the change's start), on the folded text (full-width commas and brackets are ASCII there)."""

KINDS = {
    # the change quantity's unit → what kind of change it is
    "%": "relative",
    "个百分点": "points",
    "百分点": "points",
}
"""A change in any other unit is absolute, and must be in the figure's own unit."""
