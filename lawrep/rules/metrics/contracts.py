"""Metric rules — labour contracts and social insurance. Labour contracts and social insurance.

One rule a line where it fits; the order is the priority on a tie (see ``lawrep.rules.metrics``).
"""

from __future__ import annotations

from .base import FIRMS, MONEY, PCT, PEOPLE, Rule

RULES: tuple[Rule, ...] = (
    Rule("contract.signed", "labor_contracts.signed", left=r"签订.{0,4}劳动合同", units=("份", "人", "家")),
    Rule("contract.rate", "labor_contracts.signing_rate", left=r"(签订率|签约率)", dims=PCT),
    Rule(
        "si.fee_cut",
        "social_insurance.fee_cut",
        left=r"(降低|减免|减征|减少|阶段性降低|缓缴).{0,10}(保险费|社保费|费用|费率)",
        dims=MONEY,
    ),
    Rule("si.fee_cut.burden", "social_insurance.fee_cut", left=r"(减负|降费|减轻.{0,6}负担)$", dims=MONEY),
    Rule(
        "si.subsidy",
        "social_insurance.subsidy_paid",
        left=r"(稳岗返还|稳岗补贴|返还|以工代训补贴|补贴)",
        dims=MONEY,
    ),
    Rule(
        "si.workers",
        "social_insurance.workers_benefited",
        left=r"惠及.{0,12}(职工|员工|劳动者|人)$|惠及(职工|员工|劳动者)",
        units=PEOPLE,
    ),
    Rule(
        "si.employers",
        "social_insurance.employers_benefited",
        left=r"^(企业|用人单位|单位|市场主体)$",
        units=FIRMS,
        domain="social_insurance",
    ),
    Rule(
        "si.employers.left",
        "social_insurance.employers_benefited",
        left=r"惠及.{0,4}(企业|用人单位|市场主体)",
        units=FIRMS,
    ),
    Rule(
        "si.employers.right",
        "social_insurance.employers_benefited",
        right=r"^(企业|用人单位|参保单位)?.{0,2}(返还|发放|拨付|减免|兑现).{0,8}(保险费|补贴|资金|社保费)",
        units=FIRMS,
    ),
)
