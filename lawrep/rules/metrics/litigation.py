"""Metric rules — reconsideration and litigation. Administrative reconsideration and litigation: cases, instances, outcomes, court appearances.

One rule a line where it fits; the order is the priority on a tie (see ``lawrep.rules.metrics``).
"""

from __future__ import annotations

from .base import CASES, COUNT, PCT, Rule

RULES: tuple[Rule, ...] = (
    Rule(
        "oversight.judicial",
        "oversight.judicial_suggestions",
        left=r"(司法建议|检察建议|复议建议|行政复议意见书|建议书)",
        dims=COUNT,
    ),
    Rule(
        "adm.both",
        "admin_disputes.cases",
        left=r"复议[^0-9]{0,6}(和|及|与|、)[^0-9]{0,8}(应诉|诉讼).{0,4}案件|复议诉讼案件|复议应诉诉讼",
        units=CASES,
    ),
    Rule("adm.upheld", "admin_disputes.upheld", left=r"(维持|驳回)", units=CASES),
    Rule(
        "adm.corrected",
        "admin_disputes.corrected",
        left=r"(撤销|纠错|纠正|确认违法|变更)",
        units=CASES,
    ),
    Rule(
        "adm.withdrawn",
        "admin_disputes.withdrawn",
        left=r"撤回",
        units=CASES,
        not_left=r"撤回(仲裁)?申请|撤诉",
    ),
    Rule("adm.pending", "admin_disputes.pending", left=r"(未结|未审结|在审|尚未审结|审理中)", units=CASES),
    Rule(
        "recon.cases",
        "admin_reconsideration.cases",
        left=r"行政复议(?![^0-9]{0,4}(和|及|与|、)[^0-9]{0,8}(应诉|诉讼))",
        units=CASES,
        not_left=r"建议",
    ),
    Rule(
        "lit.first",
        "admin_litigation.first_instance",
        left=r"一审",
        units=CASES,
        sentence=r"行政诉讼(?:(?!民事|刑事).)*$",
    ),
    Rule(
        "lit.second",
        "admin_litigation.second_instance",
        left=r"二审",
        units=CASES,
        sentence=r"行政诉讼(?:(?!民事|刑事).)*$",
    ),
    Rule(
        "lit.retrial",
        "admin_litigation.retrial",
        left=r"再审",
        units=CASES,
        sentence=r"行政诉讼(?:(?!民事|刑事).)*$",
    ),
    Rule("lit.lost", "admin_litigation.lost", left=r"败诉", units=CASES),
    Rule("lit.lost.zero", "admin_litigation.lost", inside=r"败诉", units=CASES),
    Rule("lit.appearance", "admin_litigation.appearance_rate", left=r"出庭(应诉)?率", dims=PCT),
    Rule(
        "lit.cases",
        "admin_litigation.cases",
        left=r"(行政诉讼|行政应诉|(?<!复议)应诉案件|被诉)",
        units=CASES,
        not_left=r"民事诉讼",
    ),
)
