"""Metric rules — normative documents. Normative documents: legality and fair-competition reviews, clean-ups.

One rule a line where it fits; the order is the priority on a tie (see ``lawrep.rules.metrics``).
"""

from __future__ import annotations

from .base import COUNT, Rule

RULES: tuple[Rule, ...] = (
    Rule("doc.fair", "normative_documents.fair_competition_reviewed", right=r"^.{0,14}公平竞争审查", dims=COUNT),
    Rule(
        "doc.fair.left",
        "normative_documents.fair_competition_reviewed",
        left=r"公平竞争审查.{0,8}$",
        dims=COUNT,
    ),
    Rule(
        "doc.legality",
        "normative_documents.legality_reviewed",
        right=r"^.{0,14}(合法性审查|合法性审核)",
        dims=COUNT,
    ),
    Rule(
        "doc.legality.left",
        "normative_documents.legality_reviewed",
        left=r"(合法性审查|合法性审核).{0,12}$",
        dims=COUNT,
        not_left=r"公平竞争",
    ),
    Rule(
        "doc.cleanup",
        "normative_documents.cleaned_up",
        right=r"^.{0,16}规范性文件.{0,8}(清理|评估|废止|修改)",
        dims=COUNT,
    ),
    Rule("doc.cleanup.left", "normative_documents.cleaned_up", left=r"清理.{0,10}规范性文件.{0,6}$", dims=COUNT),
)
