"""``extract``: the stages in their fixed order, text in, :class:`Report` out.

outline → meta → quantities → metrics → parts → checks. The text is folded and split into lines
once, into a :class:`~lawrep.text.document.Doc` every stage reads. Each stage returns its
results; joining them (a quantity's metric key, a metric's ``part_of``) happens here. ``extract``
is pure: no I/O, no printing, the same text always gives the same report.
"""

from __future__ import annotations

from .models import Report, SourceInfo
from .readers.dispatch import describe_text
from .stages import checks, meta, metrics, outline, parts, quantities
from .text.document import document
from .text.fold import normalise_newlines


def extract(text: str, *, source: SourceInfo | None = None) -> Report:
    """Extract one report from its decoded text.

    ``text`` should already have LF line endings (``lawrep.load`` does that); CR and CRLF are
    normalised here too, and offsets refer to the normalised text.
    """
    text = normalise_newlines(text)
    if source is None:
        source = describe_text(text)
    doc = document(text)
    structure = outline.parse(doc)
    report_meta = meta.read_meta(doc, structure)
    found, complete = quantities.find(doc)
    named = metrics.name(doc, structure, report_meta, found)
    for metric, part_of in zip(named, parts.link(doc, named), strict=True):
        if part_of is not None:
            metric.part_of = part_of
    keys = {(m.start, m.end): m.key for m in named}
    for q in found:
        key = keys.get((q.start, q.end))
        if key is not None:
            q.metric = key
    report = Report(
        source=source,
        meta=report_meta,
        preamble=structure.preamble,
        closing=structure.closing,
        outline=structure.sections,
        quantities=found,
        metrics=named,
    )
    report.checks = checks.run(report, text, structure.suspect_headings, complete)
    return report
