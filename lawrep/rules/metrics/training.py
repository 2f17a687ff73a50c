"""Metric rules — staff training. Training of the agency's own staff in law.

One rule a line where it fits; the order is the priority on a tie (see ``lawrep.rules.metrics``).
"""

from __future__ import annotations

from .base import NOT_STAFF, PCT, PEOPLE, SESSIONS, STAFF, Rule

_STUDY = r"学法|考试|测试|培训|考学|学习"

RULES: tuple[Rule, ...] = (
    Rule("train.pass_rate", "staff_training.exam_pass_rate", left=r"(通过率|合格率|及格率)", sentence=_STUDY, dims=PCT),
    Rule(
        "train.coverage_rate",
        "staff_training.coverage_rate",
        left=r"(参学率|参考率|参训率|覆盖率)",
        sentence=_STUDY,
        dims=PCT,
    ),
    Rule(
        "train.trainees.attend",
        "staff_training.trainees",
        right=r"^(?:名|位|人)?(?:干部职工|职工干部|党员干部|干部|职工|工作人员|公务员|执法人员)(参加|参与|参训|出席|聆听)",
        units=PEOPLE,
    ),
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
