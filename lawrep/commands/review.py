"""``lawrep review``: a self-contained HTML page per report, to check every figure in its
sentence, decide on each metric and export the reviewed JSON (:mod:`lawrep.export.review_page`)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .reports_in import Inputs
from .terminal import AtomicOutput, fail, quiet_broken_pipe

if TYPE_CHECKING:
    from ..export.review_page import Taxonomy
    from ..models import Report

PAGE_OUTPUT = Annotated[
    str | None,  # a str, not a Path: a trailing / says "a directory", and Path drops it
    typer.Option(
        "-o",
        "--output",
        metavar="PATH",
        help="The page of one report, or a directory for the pages and index.html (several inputs, a "
        "directory, a JSONL of several reports, or a PATH ending in /). Without it, one page goes to stdout.",
    ),
]


def review(
    inputs: Inputs,
    output: PAGE_OUTPUT = None,
    text: Annotated[
        str | None, typer.Option("--text", metavar="FILE", help="The report text of a JSON input (else source.path).")
    ] = None,
) -> None:
    """Write a review page: the report's own text with every figure marked, its outline, the
    metrics by domain, the figures no rule named, the checks and the metadata with their spans.
    In the page a reviewer confirms, flags or corrects each metric, names unnamed figures, and
    exports the report JSON with a review mark on each decision (lawrep validate accepts it).
    The page is one file with nothing to fetch; decisions stay in the browser until exported.

    Example: lawrep review fixtures/reports/foshan-2020.txt -o foshan.html
    """
    from ..corpus.collect import kept_in_memory
    from ..corpus.with_text import with_texts

    pages: list[tuple[str, Report, str]] = []
    failures: list[tuple[str, str]] = []
    with kept_in_memory():
        for item in with_texts(inputs, text):
            if item.report is None or item.text is None:
                failures.append((item.label, item.problem or "no report"))
                typer.echo(f"lawrep: {item.label}: {item.problem}", err=True)
            else:
                pages.append((item.label, item.report, item.text))
    if not pages:
        raise typer.Exit(1) if failures else fail("no reports found in " + " ".join(inputs))
    # the shape follows what was asked for, not how many inputs happened to give a report
    many = len(pages) > 1 or len(inputs) > 1 or any(os.path.isdir(i) for i in inputs)
    target = Path(output) if output is not None else None
    folder = many or (output is not None and (os.path.isdir(output) or output.endswith(("/", os.sep))))
    if not folder:
        _write_one(pages[0], target)
    elif target is None or target.suffix.lower() in (".html", ".htm"):
        raise fail("several inputs give several pages: give -o DIR for them and their index", 2)
    else:
        _write_many(pages, failures, target)
    if failures:
        raise typer.Exit(1)


def _taxonomy() -> Taxonomy:
    from ..export.review_page import Taxonomy
    from ..rules.metrics import UNNAMED_PARTS, figures_of_keys
    from ..rules.taxonomy import DOMAINS, TAXONOMY

    keys = [(t.key, t.label) for t in TAXONOMY]
    return Taxonomy(keys=keys, domains=DOMAINS, figures=figures_of_keys(), target_parts=UNNAMED_PARTS)


def _stem(label: str, source_path: str | None = None) -> str:
    """A file name for a report's page: its input's name; for a line of a JSONL stream or a row
    of a database, the name of the file the report was made from, else the stream's name and
    the line or row (``corpus.jsonl:3`` → ``corpus-3``)."""
    base, row = label, ""
    for sep in ("#", ":"):
        head, found, tail = label.rpartition(sep)
        if found and tail.isdigit():
            base, row = head, tail
            break
    if row and source_path:
        base, row = source_path, ""
    name = re.sub(r"[^\w.\-]+", "_", Path(base).stem).strip("_.") or "report"
    return f"{name}-{row}" if row else name


def _page(report: Report, text: str, stem: str) -> str:
    from ..export.review_page import review_page

    return review_page(report, text, _taxonomy(), export_name=f"{stem}.reviewed.json")


def _write_one(page: tuple[str, Report, str], output: Path | None) -> None:
    try:
        with AtomicOutput(output) as fh:
            fh.write(_page(page[1], page[2], _stem(page[0], page[1].source.path)))
    except BrokenPipeError:
        quiet_broken_pipe()


def _write_many(pages: list[tuple[str, Report, str]], failures: list[tuple[str, str]], folder: Path) -> None:
    from ..export.review_index import index_page
    from ..export.review_page import plural

    if folder.exists() and not folder.is_dir():
        raise fail(f"{folder}: not a directory (several reports give several pages)")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fail(f"{folder}: cannot create the directory: {exc.strerror or exc}") from None
    taken: set[str] = {"index"}
    listed: list[tuple[str, Report]] = []
    for label, report, text in pages:
        stem = _stem(label, report.source.path)
        unique, n = stem, 1
        while unique.lower() in taken:
            n += 1
            unique = f"{stem}-{n}"
        taken.add(unique.lower())
        with AtomicOutput(folder / f"{unique}.html") as fh:
            fh.write(_page(report, text, unique))
        listed.append((f"{unique}.html", report))
    with AtomicOutput(folder / "index.html") as fh:
        fh.write(index_page(listed, failures))
    typer.echo(f"lawrep: {plural(len(listed), 'page')} and index.html in {folder}", err=True)
