"""Metric rules — labour inspection. Labour inspection: complaints, cases, employers inspected, orders, referrals, penalties.

One rule a line where it fits; the order is the priority on a tie (see ``lawrep.rules.metrics``).
"""

from __future__ import annotations

from .base import CASES, COUNT, FIRMS, MONEY, PCT, PEOPLE, Rule

RULES: tuple[Rule, ...] = (
    Rule(
        "insp.complaints",
        "labor_inspection.complaints",
        left=r"(受理|接到|收到|接收|处理|办理|核处).{0,14}(投诉|举报)",
        units=CASES,
    ),
    Rule(
        "insp.filed",
        "labor_inspection.cases_filed",
        left=r"立案(查处|处理|调查)?$|立案查处",
        units=CASES,
        not_left=r"公安",
    ),
    Rule(
        "insp.closed",
        "labor_inspection.cases_closed",
        left=r"(办结|结案|结办|处结)",
        units=CASES,
        domain="labor_inspection",
    ),
    Rule(
        "insp.investigated",
        "labor_inspection.cases_investigated",
        left=r"查处",
        units=CASES,
        domain="labor_inspection",
    ),
    Rule("insp.rate.tiaojie", "labor_inspection.closure_rate", left=r"调结率", dims=PCT),
    Rule(
        "insp.rate",
        "labor_inspection.closure_rate",
        left=r"(结案率|办结率|处结率)",
        dims=PCT,
        domain="labor_inspection",
    ),
    Rule(
        "insp.employers",
        "labor_inspection.employers_inspected",
        left=r"(检查|抽检|抽查|巡查|巡视|排查|执法检查).{0,10}(用人单位|企业|单位|工地|项目)",
        units=FIRMS,
    ),
    Rule(
        "insp.workers",
        "labor_inspection.workers_covered",
        left=r"(涉及|覆盖)(劳动者|职工|工人|员工)",
        units=PEOPLE,
        domain="labor_inspection",
    ),
    Rule(
        "insp.orders",
        "labor_inspection.orders_issued",
        left=r"(下达|发出|送达|下发|制发|作出).{0,8}(整改|指令|责令|限期改正|处理决定|文书)",
        dims=COUNT,
    ),
    Rule("insp.referrals", "labor_inspection.criminal_referrals", left=r"移送(公安|司法|检察)", units=CASES),
    Rule(
        "insp.referrals.right",
        "labor_inspection.criminal_referrals",
        right=r"^.{0,6}(移送)(公安|司法|检察)",
        units=CASES,
    ),
    Rule(
        "insp.penalties",
        "labor_inspection.penalties",
        left=r"(行政处罚|处罚决定)",
        units=CASES,
        not_left=r"听证",
    ),
    Rule(
        "insp.penalty_amount",
        "labor_inspection.penalty_amount",
        left=r"(行政处罚|处罚|罚款|罚没)",
        dims=MONEY,
    ),
)
