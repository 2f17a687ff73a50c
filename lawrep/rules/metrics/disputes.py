"""Metric rules — labour and personnel disputes. Labour and personnel disputes: cases received and closed, hearings, mediation, rates.

One rule a line where it fits; the order is the priority on a tie (see ``lawrep.rules.metrics``).
"""

from __future__ import annotations

from .base import CASE_RECEIVED, CASES, MONEY, PCT, PEOPLE, Rule

RULES: tuple[Rule, ...] = (
    Rule(
        "disp.received",
        "labor_dispute.cases_received",
        left=CASE_RECEIVED + r".{0,14}(劳动|人事|争议|纠纷|仲裁)",
        units=CASES,
        not_left=r"投诉|举报|复议|诉讼|应诉",
    ),
    Rule(
        "disp.received.ctx",
        "labor_dispute.cases_received",
        left=CASE_RECEIVED + r".{0,6}案件$",
        units=CASES,
        domain="labor_dispute",
    ),
    Rule(
        "disp.mediated",
        "labor_dispute.mediated",
        left=r"调解(成功|结案)?[^,;。案率]{0,24}$",
        units=("件", "宗", "起", "例", "件次"),
    ),
    Rule(
        "disp.closed",
        "labor_dispute.cases_closed",
        left=r"(结案|审结|调处|办结)",
        units=CASES,
        domain="labor_dispute",
    ),
    Rule("disp.hearings", "labor_dispute.hearings", left=r"开庭", units=CASES),
    Rule("disp.withdrawn", "labor_dispute.withdrawn", left=r"撤诉|撤回(仲裁)?申请", units=CASES),
    Rule("disp.mediation_rate", "labor_dispute.mediation_rate", left=r"调解(成功)?率", dims=PCT),
    Rule("disp.finality_rate", "labor_dispute.finality_rate", left=r"终结率|终局(裁决)?率", dims=PCT),
    Rule(
        "disp.closure_rate",
        "labor_dispute.closure_rate",
        left=r"(结案率|办结率)",
        dims=PCT,
        domain="labor_dispute",
    ),
    Rule(
        "disp.amount",
        "labor_dispute.amount_involved",
        left=r"(涉案金额|涉及金额|标的额|争议金额)",
        dims=MONEY,
    ),
    Rule(
        "disp.amount.closed",
        "labor_dispute.amount_involved",
        left=r"结案金额$",
        dims=MONEY,
        domain="labor_dispute",
    ),
    Rule(
        "disp.workers",
        "labor_dispute.workers_involved",
        left=r"(涉及|涉案)(劳动者|职工|工人|员工)",
        units=PEOPLE,
        domain="labor_dispute",
    ),
    Rule(
        "disp.change",
        "labor_dispute.change",
        left=r"(同比|较上年|较去年|比上年|比去年|与去年|与上年)",
        dims=(*PCT, "count", "percentage_points", "multiple"),
        change=True,
        domain="labor_dispute",
    ),
)
