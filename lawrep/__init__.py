"""lawrep — Chinese annual rule-of-law reports (法治政府建设年度报告) to source-grounded JSON.

Library first::

    import lawrep
    text, source = lawrep.load("report.txt")
    report = lawrep.extract(text, source=source)
    print(report.meta.year, [m.key for m in report.metrics])
"""

from __future__ import annotations

from .errors import InputError, LawrepError
from .loading import load
from .models import SCHEMA_VERSION, Report, SourceInfo
from .pipeline import extract

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "InputError",
    "LawrepError",
    "Report",
    "SourceInfo",
    "__version__",
    "extract",
    "load",
]
