"""Metric rules — enforcement case files. Enforcement case files: files reviewed and their pass rate.

One rule a line where it fits; the order is the priority on a tie (see ``lawrep.rules.metrics``).
"""

from __future__ import annotations

from .base import COUNT, PCT, Rule

RULES: tuple[Rule, ...] = (
    Rule(
        "enf.pass_rate",
        "enforcement.case_file_pass_rate",
        left=r"(案卷|评查).{0,10}(合格率|优良率)",
        dims=PCT,
    ),
    Rule(
        "enf.pass_rate.ctx",
        "enforcement.case_file_pass_rate",
        left=r"(合格率|优良率)",
        dims=PCT,
        domain="enforcement",
    ),
    Rule("enf.files", "enforcement.case_files_reviewed", right=r"^.{0,6}(执法案卷|案卷)", dims=COUNT),
    Rule("enf.files.left", "enforcement.case_files_reviewed", left=r"(评查|抽查|抽取).{0,14}案卷$", dims=COUNT),
)
