"""Metric rules — government services. Government services: items handled, processing times, materials cut.

One rule a line where it fits; the order is the priority on a tie (see ``lawrep.rules.metrics``).
"""

from __future__ import annotations

from .base import PCT, Rule

RULES: tuple[Rule, ...] = (
    Rule(
        "svc.online",
        "services.online_rate",
        right=r"^.{0,2}(网上可办|网上办理|全程网办|网办|可网上办理)",
        dims=PCT,
    ),
    Rule("svc.online.left", "services.online_rate", left=r"(网上可办率|网办率|全程网办率)", dims=PCT),
    Rule("svc.materials", "services.materials_cut", left=r"(材料|证明)$", dims=(*PCT, "count"), change=True),
    Rule(
        "svc.materials.verb",
        "services.materials_cut",
        left=r"(精简|缩减|减少|压减|取消|砍掉).{0,6}(材料|证明)",
        dims=(*PCT, "count"),
    ),
    Rule("svc.time", "services.time_cut", left=r"(时限|时间|时长)", dims=(*PCT, "duration"), change=True),
    Rule(
        "svc.items",
        "services.items",
        right=r"^.{0,10}(服务事项|政务服务事项|审批事项|办事事项)",
        units=("项", "个", "类"),
    ),
    Rule(
        "svc.items.left",
        "services.items",
        left=r"(服务|审批|办事)事项(清单)?.{0,4}$",
        units=("项", "个", "类"),
    ),
    Rule(
        "svc.items.ctx",
        "services.items",
        left=r"事项$",
        units=("项", "个", "类"),
        sentence=r"(服务|审批|办事)事项",
    ),
    Rule(
        "svc.transactions",
        "services.transactions",
        left=r"(办理|办件|受理).{0,12}(业务|事项|办件)",
        units=("笔", "件", "宗", "件次"),
    ),
)
