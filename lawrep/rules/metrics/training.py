"""Metric rules — staff training. Training of the agency's own staff in law.

One rule a line where it fits; the order is the priority on a tie (see ``lawrep.rules.metrics``).
"""

from __future__ import annotations

from .base import NOT_STAFF, PEOPLE, SESSIONS, STAFF, Rule

RULES: tuple[Rule, ...] = (
    Rule(
        "train.trainees.left",
        "staff_training.trainees",
        left=r"培训.{0,8}$",
        units=PEOPLE,
        sentence=STAFF,
        not_left=NOT_STAFF,
    ),
    Rule(
        "train.trainees.right",
        "staff_training.trainees",
        right=r"^.{0,8}(参与|参加|参训).{0,12}(培训|学法)",
        units=PEOPLE,
    ),
    Rule(
        "train.sessions",
        "staff_training.sessions",
        right=r"^.{0,10}(执法|业务|法治|法律).{0,6}培训",
        units=SESSIONS,
    ),
    Rule(
        "train.sessions.left",
        "staff_training.sessions",
        left=r"(执法|业务|法治|法律|岗前|公务员|干部|职工|工作人员).{0,14}培训(班|会)?$",
        units=SESSIONS,
        not_left=NOT_STAFF,
    ),
)
