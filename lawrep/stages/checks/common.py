"""What every check shares: the :class:`Check` it makes, and numbers that may be huge or NaN."""

from __future__ import annotations

import math

from ...models import Check
from ...rules.quantities import MONEY_UNITS, SHARE_UNITS


def finite(v: float | int) -> bool:
    """math.isfinite, also for integers too large for a float (they are not usable figures)."""
    try:
        return math.isfinite(v) and abs(v) < 1e300
    except OverflowError:
        return False


def fmt(v: float | int) -> str:
    return f"{v:g}" if finite(v) else "a huge number"


def kind(unit: str) -> str:
    """The dimension a breakdown must keep: money, a share, or a count."""
    return "money" if unit in MONEY_UNITS else "share" if unit in SHARE_UNITS else "count"


def check(id_: str, severity: str, message: str, path: str, start: int | None = None, end: int | None = None) -> Check:
    return Check(id=id_, severity=severity, message=message, path=path, start=start, end=end)
