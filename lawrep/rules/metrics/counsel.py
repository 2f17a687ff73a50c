"""Metric rules — legal counsel. Legal counsel: advisers retained and the matters they handled.

One rule a line where it fits; the order is the priority on a tie (see ``lawrep.rules.metrics``).
"""

from __future__ import annotations

from .base import COUNT, PEOPLE, Rule

RULES: tuple[Rule, ...] = (
    Rule("counsel.advisors", "legal_counsel.advisors", right=r"^.{0,4}(律师|法律顾问|公职律师)", units=PEOPLE),
    Rule("counsel.advisors.left", "legal_counsel.advisors", left=r"(法律顾问|公职律师|律师)$", units=PEOPLE),
    Rule(
        "counsel.reviewed",
        "legal_counsel.documents_reviewed",
        left=r"(顾问|律师).{0,12}(审查|审核|审阅).{0,10}$",
        dims=COUNT,
    ),
    Rule(
        "counsel.reviewed.ctx",
        "legal_counsel.documents_reviewed",
        left=r"(审查|审核|审阅).{0,10}$",
        dims=COUNT,
        domain="legal_counsel",
    ),
    Rule("counsel.opinions", "legal_counsel.opinions", right=r"^.{0,2}《?法律(意见书|意见)", dims=COUNT),
    Rule(
        "counsel.opinions.left",
        "legal_counsel.opinions",
        left=r"(出具|提供|提出).{0,4}《?法律意见",
        dims=COUNT,
    ),
)
