"""The cost of reading documents: web pages, Word files and PDFs, per file and per page.

Plain text is the corpus's business; the documents are the committed fixtures in
``fixtures/documents/<format>/``, each read by its reader (the text it produces, as
``lawrep text`` prints it) and then extracted. A page is an HTML file, a PDF page, or a Word
file (which has no pages until it is laid out, so it counts as one).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from common import ROOT

import lawrep

DOCUMENTS = ROOT / "fixtures" / "documents"
REPEATS = 5
SUFFIXES = {"html": (".html", ".htm"), "docx": (".docx",), "pdf": (".pdf",)}


@dataclass
class FormatCost:
    """One format's figures: files read, pages, median read and extract times per file."""

    format: str
    files: int
    pages: int
    read_s_per_file: float
    read_s_per_page: float
    extract_s_per_file: float
    refused: int  # fixtures that are meant to be refused (scanned, encrypted…)


def _pages(fmt: str, raw: bytes) -> int:
    if fmt != "pdf":
        return 1
    import pypdfium2

    try:
        return len(pypdfium2.PdfDocument(raw))
    except Exception:
        return 0


def _best(action: Callable[[], object], repeats: int = REPEATS) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else float("nan")


def measure_format(fmt: str) -> FormatCost | None:
    """Read and extract every fixture of one format (best of five each); None when there are none."""
    from lawrep.readers.dispatch import produce

    files = sorted(p for p in (DOCUMENTS / fmt).glob("*") if p.suffix.lower() in SUFFIXES[fmt])
    if not files:
        return None
    reads: list[float] = []
    extracts: list[float] = []
    pages, refused = 0, 0
    for path in files:
        raw = path.read_bytes()
        try:
            text = produce(raw, path.name).text
        except lawrep.InputError:
            refused += 1
            continue
        n_pages = max(1, _pages(fmt, raw))
        pages += n_pages
        reads.append(_best(partial(produce, raw, path.name)))
        extracts.append(_best(partial(lawrep.extract, text)))
    read_total = sum(reads)
    return FormatCost(
        format=fmt,
        files=len(reads),
        pages=pages,
        read_s_per_file=_median(reads),
        read_s_per_page=read_total / pages if pages else float("nan"),
        extract_s_per_file=_median(extracts),
        refused=refused,
    )


def measure_documents() -> list[FormatCost]:
    """Every document format that has fixtures."""
    found = [measure_format(fmt) for fmt in SUFFIXES]
    return [cost for cost in found if cost is not None]
