"""Reports together with the text their offsets count in, for pages that show a report in its
own words (``lawrep review``).

A report extracted here brings its text. A JSON report (a file, a JSONL line, a database row)
finds it as ``validate`` does: ``--text FILE``, else the file its ``source.path`` names when
that file still has the report's bytes. A text that does not fit the report (another length,
a figure that is not at its offsets) is refused: a page would mark the wrong words.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..errors import InputError
from ..models import Metric, Quantity, Report
from ..readers.dispatch import load
from .collect import Loaded, collect
from .validate import find_text


@dataclass(frozen=True)
class Grounded:
    """A report with its text (``report`` and ``text``), or why an input gave none (``problem``)."""

    label: str
    report: Report | None = None
    text: str | None = None
    problem: str | None = None


def misfit(report: Report, text: str) -> str | None:
    """Why ``text`` is not the text ``report`` was made from, or None when every span fits."""
    if len(text) != report.source.chars:
        return f"the text has {len(text)} characters, the report was made from {report.source.chars}"
    figures: list[tuple[str, Quantity | Metric]] = [
        *((f"quantities[{i}]", q) for i, q in enumerate(report.quantities)),
        *((f"metrics[{i}]", m) for i, m in enumerate(report.metrics)),
    ]
    for where, f in figures:
        if text[f.start : f.end] != f.text:
            return f"{where} {f.text!r} is not at {f.start}:{f.end} of the text"
    return None


def _grounded(loaded: Loaded, given: str | None) -> Grounded:
    report = loaded.report
    if report is None:
        return Grounded(loaded.label, problem=loaded.problem)
    text = loaded.text if loaded.text is not None else given
    if text is None:
        path = loaded.label.rsplit("#", 1)[0].rsplit(":", 1)[0]
        text, why = find_text(report.source, os.path.dirname(path) or None)
        if text is None:
            return Grounded(loaded.label, problem=f"the report text is not at hand ({why}); give --text FILE")
    wrong = misfit(report, text)
    if wrong is not None:
        return Grounded(loaded.label, problem=f"not the text of this report: {wrong}")
    return Grounded(loaded.label, report, text)


def with_texts(inputs: Iterable[str], text_path: str | None = None) -> Iterator[Grounded]:
    """Every report of the inputs with its text, in input order; ``text_path`` is the text of
    the JSON reports among them (one report's, as ``validate --text``)."""
    given = None
    if text_path is not None:
        try:
            given = load(text_path)[0]
        except InputError as exc:
            yield Grounded(text_path, problem=exc.message)
            return
    for loaded in collect(inputs):
        yield _grounded(loaded, given)
