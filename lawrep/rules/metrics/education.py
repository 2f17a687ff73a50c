"""Metric rules — legal education. Legal education of the public (普法): events, materials, people reached.

One rule a line where it fits; the order is the priority on a tie (see ``lawrep.rules.metrics``).
"""

from __future__ import annotations

from .base import PEOPLE, Rule

RULES: tuple[Rule, ...] = (
    Rule(
        "edu.events",
        "legal_education.events",
        left=r"(开展|举办|组织|举行).{0,14}(宣传|普法|讲座|讲堂|宣讲|活动|送法)",
        units=("场", "场次", "期", "次", "批", "个", "期次"),
    ),
    Rule(
        "edu.events.right",
        "legal_education.events",
        right=r"^.{0,6}(“?劳动者法律大讲堂|法律大讲堂|普法|宣讲|讲座|线下活动|宣传活动|送法)",
        units=("场", "场次", "期", "次", "期次"),
    ),
    Rule(
        "edu.participants",
        "legal_education.participants",
        right=r"^.{0,6}(参加|参与|参会|出席|到场)",
        units=PEOPLE,
    ),
    Rule(
        "edu.participants.left",
        "legal_education.participants",
        left=r"(参加|参与|参会|出席)[^,;。]{0,8}$",
        units=PEOPLE,
        not_left=r"培训",
    ),
    Rule(
        "edu.reach",
        "legal_education.reach",
        left=r"(推送|覆盖|受众|宣传|提供|受益|阅读|浏览)",
        units=("人次",),
    ),
)
