"""Metric rules — information disclosure. Government information disclosure: requests, items published, replies.

One rule a line where it fits; the order is the priority on a tie (see ``lawrep.rules.metrics``).
"""

from __future__ import annotations

from .base import COUNT, PCT, Rule

RULES: tuple[Rule, ...] = (
    Rule("disc.requests", "disclosure.requests", left=r"(政府)?信息公开申请|依申请公开", dims=COUNT),
    Rule("disc.requests.right", "disclosure.requests", right=r"^.{0,4}(政府)?信息公开申请", dims=COUNT),
    Rule("disc.opinion", "disclosure.public_opinion_handled", left=r"舆情", dims=COUNT),
    Rule(
        "disc.published",
        "disclosure.items_published",
        left=r"(公开|发布|公示|报送|更新).{0,12}(信息|政策|解读)",
        dims=COUNT,
        not_left=r"宣传|申请",
    ),
    Rule(
        "disc.published.right",
        "disclosure.items_published",
        right=r"^.{0,2}(新政策|政策解读|政策文件|政府信息)",
        dims=COUNT,
        not_left=r"宣传",
    ),
    Rule(
        "disc.rate",
        "disclosure.completion_rate",
        left=r"(办结率|答复率|按时答复率)",
        dims=PCT,
        domain="disclosure",
    ),
)
