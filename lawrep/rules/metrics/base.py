"""The shape of a metric rule and the word groups several domains' rules share."""

from __future__ import annotations

from dataclasses import dataclass

COUNT = ("count",)
MONEY = ("money",)
PCT = ("percent",)
PEOPLE = ("人", "名", "位", "人次")
CASES = ("件", "宗", "起", "个", "例", "件次")
FIRMS = ("家", "户", "户次", "家次", "个")


@dataclass(frozen=True)
class Rule:
    """One way to name a figure; the conditions are described in ``lawrep.rules.metrics``.

    A rule gives ``units`` or ``dims``, never both; with neither it names counts.
    """

    id: str
    key: str
    left: str | None = None
    right: str | None = None
    sentence: str | None = None
    not_left: str | None = None
    inside: str | None = None
    dims: tuple[str, ...] | None = None
    units: tuple[str, ...] | None = None
    change: bool | None = False
    domain: str | None = None

    @property
    def dimensions(self) -> tuple[str, ...]:
        """The dimensions a figure must have when the rule names no units (counts by default)."""
        return COUNT if self.dims is None else self.dims


# Words several domains' rules use.
CASE_RECEIVED = r"(受理|收到|接收|处理|办理|立案受理|新收)"
SESSIONS = ("期", "次", "场", "批", "期次", "场次")
STAFF = r"(执法|干部|职工|公务员|工作人员|监察员|人员)"
NOT_STAFF = r"(职业技能|技能|创业|就业)培训"
