"""``extract``: the stages in their fixed order, text in, :class:`Report` out.

outline → meta → quantities → metrics → parts → checks. The text is folded and split into lines
once, into a :class:`~lawrep.text.document.Doc` every stage reads. Each stage returns its
results; joining them (a quantity's metric key, a metric's ``part_of``) happens here. ``extract``
is pure: no I/O, no printing, the same text always gives the same report.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from .models import Report, SourceInfo
from .readers.dispatch import describe_text
from .readers.plain import newline_style
from .stages import changes, checks, meta, metrics, outline, parts, quantities
from .stages.checks.completeness import several_reports
from .text.document import document
from .text.fold import DroppedCRs, normalise_newlines


def extract(text: str, *, source: SourceInfo | None = None) -> Report:
    """Extract one report from its decoded text.

    Offsets count in ``text`` itself, whatever its line ends. The stages read its LF copy (CRLF
    and lone CR become LF, as a file's reader makes them), so CRLF, CR and LF versions of one
    text give the same report; only when ``text`` has a CR are the offsets then moved back into
    it and the spans' text taken from it.
    """
    if source is None:
        source = describe_text(text)
        source.newlines = newline_style(text)
    if "\r" not in text:
        return _extract(text, source)
    report = _extract(normalise_newlines(text), source)
    _count_in(text, report)
    return report


def _extract(text: str, source: SourceInfo) -> Report:
    """The stages in order, on a text with LF line ends."""
    doc = document(text)
    structure = outline.parse(doc)
    report_meta = meta.read_meta(doc, structure)
    found, complete = quantities.find(doc)
    named = metrics.name(doc, structure, report_meta, found)
    for metric, part_of in zip(named, parts.link(doc, named), strict=True):
        if part_of is not None:
            _join(metric, "part_of", part_of)
    for metric, change in zip(named, changes.attach(doc, named, found), strict=True):
        if change is not None:
            _join(metric, "change", change)
    keys = {(m.start, m.end): m.key for m in named}
    for q in found:
        key = keys.get((q.start, q.end))
        if key is not None:
            _join(q, "metric", key)
    report = Report(
        source=source,
        meta=report_meta,
        preamble=structure.preamble,
        closing=structure.closing,
        outline=structure.sections,
        quantities=found,
        metrics=named,
    )
    report.checks = checks.run(report, text, structure.suspect_headings, complete) + several_reports(doc, structure)
    return report


def _join(model: BaseModel, field: str, value: object) -> None:
    """Set a field the pipeline joins from a later stage (a quantity's metric key, a metric's
    ``part_of``) on a model it built itself: straight into the model's fields, as pydantic's
    ``__setattr__`` does without validation, at a tenth of its cost (tens of these a report)."""
    model.__dict__[field] = value
    model.__pydantic_fields_set__.add(field)


def _count_in(text: str, report: Report) -> None:
    """Move the offsets of a report read from the LF copy of ``text`` into ``text``, and take
    each span's text from it (a span across a line end then holds the CR). Every object of the
    model with ``start``/``end`` counts in the text (the contract), so one walk over the model
    finds them all, those of fields added later included."""
    moved = DroppedCRs(text)
    for fields in _field_values(report):
        start, end = fields.get("start"), fields.get("end")
        if isinstance(end, int):
            fields["end"] = end = moved.end(end)
        if isinstance(start, int):
            fields["start"] = start = moved.start(start) if end is None else min(moved.start(start), end)
            if isinstance(fields.get("text"), str) and isinstance(end, int):
                fields["text"] = text[start:end]


def _field_values(model: BaseModel) -> Iterator[dict[str, Any]]:
    """The field values of ``model`` and of every model inside it, lists included. Pydantic keeps
    them in the instance's ``__dict__``, which the caller writes directly: offsets and slices of
    the text need no validation."""
    stack = [model]
    while stack:
        fields: dict[str, Any] = stack.pop().__dict__
        yield fields
        for value in fields.values():
            kind = type(value)
            if kind in _SCALARS:  # most values: tested first, as isinstance of a model class is slow
                continue
            if kind is list:  # the models hold lists, never subclasses of list
                stack.extend(item for item in value if isinstance(item, BaseModel))
            elif isinstance(value, BaseModel):
                stack.append(value)


_SCALARS = frozenset({str, int, float, bool, type(None)})
