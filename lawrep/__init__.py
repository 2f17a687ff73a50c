"""lawrep — Chinese annual rule-of-law reports (法治政府建设年度报告) to source-grounded JSON.

Library first::

    import lawrep
    text, source = lawrep.load("report.txt")
    report = lawrep.extract(text, source=source)
    print(report.meta.year, [m.key for m in report.metrics])

The names below are imported on first use, so ``lawrep --version`` and other light commands
do not pay for pydantic and the rule tables.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "extract": "lawrep.pipeline",
    "load": "lawrep.readers.dispatch",
    "InputError": "lawrep.errors",
    "LawrepError": "lawrep.errors",
    "InternalError": "lawrep.errors",
    "Report": "lawrep.models",
    "SourceInfo": "lawrep.models",
    "SCHEMA_VERSION": "lawrep.models",
}

if TYPE_CHECKING:
    from .errors import InputError, InternalError, LawrepError
    from .models import SCHEMA_VERSION, Report, SourceInfo
    from .pipeline import extract
    from .readers.dispatch import load


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'lawrep' has no attribute {name!r}")


__all__ = [
    "SCHEMA_VERSION",
    "InputError",
    "InternalError",
    "LawrepError",
    "Report",
    "SourceInfo",
    "__version__",
    "extract",
    "load",
]
