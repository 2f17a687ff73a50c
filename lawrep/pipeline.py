"""``extract``: the stages in their fixed order, text in, :class:`Report` out.

loading (done by the caller) → outline → meta → quantities → metrics → checks. Each stage reads
the text and what earlier stages produced, never what later ones do. ``extract`` is pure: no
I/O, no printing, the same text always gives the same report.
"""

from __future__ import annotations

import hashlib

from . import checks, meta, metrics, outline, quantities
from .models import Report, SourceInfo
from .textnorm import fold, normalise_newlines


def _api_source(text: str) -> SourceInfo:
    raw = text.encode("utf-8", "surrogatepass")
    return SourceInfo(
        path=None, encoding="utf-8", sha256=hashlib.sha256(raw).hexdigest(), bytes=len(raw), chars=len(text)
    )


def extract(text: str, *, source: SourceInfo | None = None) -> Report:
    """Extract one report from its decoded text.

    ``text`` should already have LF line endings (``lawrep.load`` does that); CR and CRLF are
    normalised here too, and offsets refer to the normalised text.
    """
    text = normalise_newlines(text)
    if source is None:
        source = _api_source(text)
    folded = fold(text)
    structure = outline.parse(text, folded)
    report_meta = meta.read_meta(text, folded, structure)
    found, complete = quantities.find_all(text, folded)
    named = metrics.name(text, folded, structure, report_meta, found)
    report = Report(
        source=source,
        meta=report_meta,
        preamble=structure.preamble,
        closing=structure.closing,
        outline=structure.sections,
        quantities=found,
        metrics=named,
    )
    report.checks = checks.run(report, text, structure)
    if not complete:
        report.checks.append(checks.incomplete_quantities(len(text)))
    return report
