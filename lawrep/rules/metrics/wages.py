"""Metric rules — wage arrears. Wage arrears: money recovered, for how many workers, leads and emergency funds.

One rule a line where it fits; the order is the priority on a tie (see ``lawrep.rules.metrics``).
"""

from __future__ import annotations

from .base import COUNT, MONEY, PEOPLE, Rule

RULES: tuple[Rule, ...] = (
    Rule(
        "wage.recovered",
        "wage_arrears.amount_recovered",
        left=r"(追发|追回|追讨|讨要|清欠|讨回|追缴|补发|挽回|兑付|清偿|支付|解决).{0,12}(工资|欠薪|薪酬|劳动报酬|工资待遇|工钱)",
        dims=MONEY,
    ),
    Rule("wage.recovered.verb", "wage_arrears.amount_recovered", left=r"(讨薪|追薪|清欠|追欠)$", dims=MONEY),
    Rule(
        "wage.recovered2",
        "wage_arrears.amount_recovered",
        left=r"(工资|欠薪|劳动报酬|工资待遇).{0,4}(追发|追回|追讨|讨回|清欠)",
        dims=MONEY,
    ),
    Rule(
        "wage.recovered.for",
        "wage_arrears.amount_recovered",
        left=r"为.{0,14}(劳动者|农民工|职工|工人|员工).{0,3}(追回|追发|讨回|追讨|挽回|讨要|清欠)(被?拖欠)?"
        r"(的)?(工资|欠薪|欠款|拖欠款|工资差额|薪酬|劳动报酬)?(等待遇)?(达|共|共计)?$",
        dims=MONEY,
    ),
    Rule(
        "wage.workers",
        "wage_arrears.workers",
        right=r"^.{0,6}(讨要|追发|追回|追讨|讨回|挽回|清欠).{0,8}(工资|欠薪|劳动报酬|工资待遇)",
        units=PEOPLE,
    ),
    Rule(
        "wage.workers.for",
        "wage_arrears.workers",
        right=r"^(?:名|位|人)?(?:劳动者|农民工|职工|工人|员工)?.{0,2}(讨要|追发|追回|追讨|讨回|挽回|清欠)",
        units=PEOPLE,
    ),
    Rule(
        "wage.workers.involved",
        "wage_arrears.workers",
        left=r"(涉及|惠及)(劳动者|农民工|职工|工人|员工)",
        units=PEOPLE,
        domain="wage_arrears",
    ),
    Rule(
        "wage.workers.involved.ctx",
        "wage_arrears.workers",
        left=r"(涉及|惠及)(劳动者|农民工|职工|工人|员工)?(人数)?$",
        sentence=r"欠薪|拖欠|讨薪|清欠|追薪",
        units=PEOPLE,
    ),
    Rule(
        "wage.amount.involved.ctx",
        "wage_arrears.amount_recovered",
        left=r"涉及(金额|资金)$",
        sentence=r"(欠薪|拖欠|讨薪|清欠|追薪).{0,40}(清零|解决|追回|兑付|结清|化解)",
        dims=MONEY,
    ),
    Rule("wage.clues", "wage_arrears.clues", left=r"欠薪.{0,8}线索|线索.{0,4}欠薪|欠薪(问题)?线索", dims=COUNT),
    Rule(
        "wage.fund",
        "wage_arrears.emergency_fund",
        left=r"(应急资金|应急周转金|周转金|垫付资金|垫付)",
        dims=MONEY,
    ),
)
