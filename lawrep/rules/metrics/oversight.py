"""Metric rules — oversight. Oversight: NPC suggestions, CPPCC proposals, judicial suggestions.

One rule a line where it fits; the order is the priority on a tie (see ``lawrep.rules.metrics``).
"""

from __future__ import annotations

from .base import CASES, Rule

RULES: tuple[Rule, ...] = (
    Rule("ov.npc", "oversight.npc_suggestions", left=r"(人大代表建议|人大建议|代表建议|人大议案)", units=CASES),
    Rule("ov.cppcc", "oversight.cppcc_proposals", left=r"(政协提案|政协委员提案|提案)", units=CASES),
)
