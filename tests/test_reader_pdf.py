"""The PDF reader: seed reports printed to PDF by LibreOffice and Chromium read back with the same
outline, metadata, figures and paragraphs as the seeds; the layout rules on made-up boxes; the
PDFs it cannot read give named errors; and no bytes make it fail in any other way.

The PDFs are in fixtures/documents/pdf/, made by scripts/make_pdfs.py (which needs LibreOffice
and Chromium, so the tests never run it).
"""

from __future__ import annotations

import ctypes
import difflib
import io
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lawrep
from lawrep.errors import InputError
from lawrep.models import Report, Section
from lawrep.readers.pdf import IDEOGRAPHS, PdfText, read, scan
from lawrep.readers.pdf_layout import (
    Geometry,
    Glyph,
    Line,
    Page,
    break_before,
    furniture,
    is_page_number,
    joiner,
    page_lines,
    paragraphs,
)

from .helpers import REPORTS, ROOT, SEEDS, extracted

PDFS = ROOT / "fixtures" / "documents" / "pdf"
REPORT_PDFS = sorted(p for p in PDFS.glob("*.pdf") if p.name.split(".")[0] in SEEDS)
READ_CODES = {"unreadable", "encrypted", "no_text"}


def _stem(path: Path) -> str:
    return path.name.split(".")[0]


@cache
def _pdf_report(path: Path) -> tuple[str, Report]:
    text = read(path.read_bytes(), path.name).text
    return text, lawrep.extract(text)


def _seed(path: Path) -> tuple[str, Report]:
    return extracted(str(REPORTS / f"{_stem(path)}.txt"))


def test_fixtures_cover_both_tools() -> None:
    tools = Counter(p.name.split(".")[1] for p in REPORT_PDFS)
    assert tools["libreoffice"] >= 2 and tools["chromium"] >= 2
    assert sum(p.stat().st_size for p in PDFS.glob("*.pdf")) < 1_000_000


# ---------------------------------------------------------------- seeds read back from PDF


def _outline(sections: list[Section]) -> list[tuple[object, ...]]:
    return [(s.level, s.marker, s.title, s.canonical, _outline(s.children)) for s in sections]


def _meta(report: Report) -> tuple[object, ...]:
    m = report.meta
    return m.year, m.date, m.agency.name if m.agency else None, m.level, m.region


@pytest.mark.parametrize("path", REPORT_PDFS, ids=[p.name for p in REPORT_PDFS])
def test_outline_and_meta_as_seed(path: Path) -> None:
    _, seed = _seed(path)
    _, pdf = _pdf_report(path)
    assert _outline(pdf.outline) == _outline(seed.outline)
    assert _meta(pdf) == _meta(seed)


def _found(seed: Sequence[tuple[object, ...]], pdf: Sequence[tuple[object, ...]]) -> float:
    """The share of the seed's values (a multiset) that the PDF's text gives too."""
    return sum((Counter(seed) & Counter(pdf)).values()) / len(seed) if seed else 1.0


@pytest.mark.parametrize("path", REPORT_PDFS, ids=[p.name for p in REPORT_PDFS])
def test_metrics_and_quantities_as_seed(path: Path) -> None:
    _, seed = _seed(path)
    _, pdf = _pdf_report(path)
    metrics = [(m.key, m.value, m.unit) for m in seed.metrics], [(m.key, m.value, m.unit) for m in pdf.metrics]
    quantities = [(q.value, q.unit) for q in seed.quantities], [(q.value, q.unit) for q in pdf.quantities]
    assert _found(*metrics) >= 0.95
    assert _found(*quantities) >= 0.95


# Spaces next to a Han character or CJK punctuation: LibreOffice sets Han and Latin text apart
# (``2020 年``) and the seeds have a few stray ones; neither is a paragraph boundary.
_CJK = r"[\p{Han}\u3000-\u303f\uff00-\uffef]"
_CJK_SPACE = regex.compile(rf"[ \u3000]+(?={_CJK})|(?<={_CJK})[ \u3000]+")


def _paragraphs(text: str) -> list[str]:
    return [_CJK_SPACE.sub("", line.strip()) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("path", REPORT_PDFS, ids=[p.name for p in REPORT_PDFS])
def test_paragraphs_rebuilt(path: Path) -> None:
    """Every paragraph of the seed comes back whole: no line ends mid-paragraph and no two
    paragraphs are glued. (LibreOffice leaves out a line-final ； of foshan's: it is not in the
    PDF, so a paragraph may differ by a character, never by a boundary.)"""
    seed = _paragraphs(_seed(path)[0])
    pdf = _paragraphs(_pdf_report(path)[0])
    assert len(pdf) == len(seed)
    for ours, theirs in zip(pdf, seed, strict=True):
        assert difflib.SequenceMatcher(None, ours, theirs, autojunk=False).ratio() > 0.99, (ours, theirs)
    assert sum(a == b for a, b in zip(pdf, seed, strict=True)) >= 0.95 * len(seed)


@pytest.mark.parametrize("path", REPORT_PDFS, ids=[p.name for p in REPORT_PDFS])
def test_produced(path: Path) -> None:
    produced = read(path.read_bytes(), path.name)
    assert (produced.format, produced.encoding, produced.newlines, produced.page) == ("pdf", "utf-8", "lf", None)
    text = produced.text
    assert text.endswith("\n") and "\r" not in text and "\n\n" not in text
    assert not re.search(r"[\u2e80-\u2fdf]", text)
    assert not any(is_page_number(line) for line in text.splitlines())


def test_running_header_dropped() -> None:
    """huilai's copy has 法治政府建设年度报告 at the top of every page, which its text lacks."""
    text = read((PDFS / "huilai-2020.libreoffice.pdf").read_bytes(), "huilai").text
    seed = (REPORTS / "huilai-2020.txt").read_text(encoding="utf-8")
    assert text.count("法治政府建设年度报告") == seed.count("法治政府建设年度报告")


def test_browser_header_and_footer_dropped() -> None:
    """Chromium's own furniture: date and page title at the top, file URL and ``1/4`` at the foot."""
    text = read((PDFS / "wuzhou-2021.chromium.pdf").read_bytes(), "wuzhou").text
    assert "file:" not in text and "wuzhou-2021" not in text and not re.search(r"\d/4", text)


# ---------------------------------------------------------------- the layout document


@pytest.mark.parametrize("tool", ["libreoffice", "chromium"])
def test_layout_document(tool: str) -> None:
    text = read((PDFS / f"layout.{tool}.pdf").read_bytes(), tool).text
    lines = [_CJK_SPACE.sub("", line) for line in text.splitlines()]
    assert lines[2:6] == [  # a table row a line, cells joined by a tab
        "类别\t2019年\t2020年\t增长率",
        "行政复议\t12\t15\t25%",
        "行政诉讼一审\t4\t5\t25%",
        "行政诉讼二审\t2\t1\t-50%",
    ]
    assert "案件数据由法规科统计，统计台账编号为FGK2020XZFYTJ0001，复核人为审计科。" in lines  # stretched line
    assert "数据来源：人力资源和社会保障局行政复议统计台账。" in lines  # radicals in the text layer
    assert lines[-1] == "佛山市人力资源和社会保障局"  # distributed across its box
    assert "案件数据由法规科" in text and "佛山市人力资源和社会保障局\n" in text  # no space between ideographs


# ---------------------------------------------------------------- what cannot be read


def _error(raw: bytes) -> InputError:
    with pytest.raises(InputError) as caught:
        read(raw, "in.pdf")
    assert caught.value.source == "in.pdf"
    return caught.value


def test_scanned() -> None:
    error = _error((PDFS / "scanned.pdf").read_bytes())
    assert error.code == "no_text"
    assert error.message == "this PDF has no text layer (scanned pages); lawrep does not do OCR"


def test_encrypted() -> None:
    error = _error((PDFS / "encrypted.pdf").read_bytes())
    assert error.code == "encrypted"
    assert error.message == "is an encrypted PDF; lawrep cannot read it without the password"


def test_owner_password_only_is_read() -> None:
    """Encrypted with an empty password to open: any reader opens it, and so does lawrep."""
    owner = read((PDFS / "owner-only.pdf").read_bytes(), "o").text
    assert owner == read((PDFS / "layout.libreoffice.pdf").read_bytes(), "l").text


def test_mixed_reads_the_pages_with_text() -> None:
    mixed = scan((PDFS / "mixed.pdf").read_bytes(), "m")
    assert (mixed.pages, mixed.without_text) == (2, (2,))
    assert mixed.text == read((PDFS / "layout.libreoffice.pdf").read_bytes(), "l").text


def _made_pdf(pages: list[list[tuple[str, float, float]]], *, image: bool) -> bytes:
    """A PDF of A4 pages, each with a grey image over the page (a scan) if ``image``, and the
    given (text, x, baseline) lines in Helvetica."""
    document = pdfium.PdfDocument.new()
    for texts in pages:
        page = document.new_page(595, 842)
        if image:
            scan_image = pdfium.PdfImage.new(document)
            scan_image.set_bitmap(pdfium.PdfBitmap.new_native(40, 60, pdfium_c.FPDFBitmap_Gray))
            scan_image.set_matrix(pdfium.PdfMatrix().scale(595, 842))
            page.insert_obj(scan_image)
        for text, x, y in texts:
            obj = pdfium_c.FPDFPageObj_NewTextObj(document, b"Helvetica", ctypes.c_float(12))
            wide = ctypes.create_string_buffer((text + "\0").encode("utf-16-le"))
            pdfium_c.FPDFText_SetText(obj, ctypes.cast(wide, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
            pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
            pdfium_c.FPDFPage_InsertObject(page, obj)
        page.gen_content()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_blank_pages() -> None:
    error = _error(_made_pdf([[], []], image=False))
    assert error.code == "no_text" and "blank pages" in error.message


def test_scanned_with_typed_page_numbers() -> None:
    """A scan whose only text is a page number stamped on each page is still a scan."""
    raw = _made_pdf([[("- 1 -", 290, 40)], [("- 2 -", 290, 40)]], image=True)
    assert _error(raw).message == "this PDF has no text layer (scanned pages); lawrep does not do OCR"


def test_pages_without_text_are_named() -> None:
    raw = _made_pdf([[("Report of the rule of law", 100, 700), ("- 1 -", 290, 40)], [("- 2 -", 290, 40)]], image=True)
    assert scan(raw, "in.pdf") == PdfText("Report of the rule of law\n", 2, (2,))


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"%PDF-1.7\n" + b"not a pdf at all " * 50,
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
        (PDFS / "layout.libreoffice.pdf").read_bytes()[:300],
    ],
    ids=["empty", "garbage", "no-pages", "truncated"],
)
def test_corrupt(raw: bytes) -> None:
    assert _error(raw).code == "unreadable"


def _read_or_named_error(raw: bytes) -> None:
    try:
        text = read(raw, "fuzz.pdf").text
    except InputError as error:
        assert error.code in READ_CODES
        return
    text.encode("utf-8")  # no lone surrogates
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([b"", b"%PDF-1.7\n", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"]), st.binary(max_size=3000))
def test_any_bytes(head: bytes, body: bytes) -> None:
    _read_or_named_error(head + body)


_FUZZ_BASES = [(PDFS / name).read_bytes() for name in ("layout.libreoffice.pdf", "layout.chromium.pdf")]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_fixture(data: st.DataObject) -> None:
    raw = bytearray(data.draw(st.sampled_from(_FUZZ_BASES)))
    for _ in range(data.draw(st.integers(1, 12))):
        raw[data.draw(st.integers(0, len(raw) - 1))] ^= data.draw(st.integers(1, 255))
    if data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    _read_or_named_error(bytes(raw))


# ---------------------------------------------------------------- ideographs


def test_ideograph_table() -> None:
    assert "⼈⼒⾏".translate(IDEOGRAPHS) == "人力行"
    assert len(IDEOGRAPHS) > 200
    assert all(regex.fullmatch(r"\p{Han}", value) for value in IDEOGRAPHS.values())
    assert not any(0x4E00 <= code <= 0x9FFF for code in IDEOGRAPHS)


# ---------------------------------------------------------------- glyphs to lines (made-up boxes)

EM = 10.0
# In the strings below: " " a generated space on a gap of a quarter character (LibreOffice's
# space between Han and Latin), "~" one on a gap of 0.4 character, "|" one on a gap of three
# characters, "_" a space character of the PDF itself.
_GAPS = {" ": 0.25, "~": 0.4, "|": 3.0}


def _glyphs(*lines: tuple[str, float, float]) -> list[Glyph]:
    """Glyphs of lines given as (text, x, baseline): full-width characters one EM wide, others
    half, pdfium's generated CR/LF between lines."""
    out: list[Glyph] = []
    for text, x, y in lines:
        for char in text:
            if char in _GAPS:
                out.append(Glyph(" ", x, y, x, y, x, y, True))
                x += _GAPS[char] * EM
                continue
            width = EM if ord(char) > 0x2E80 else EM / 2
            out.append(Glyph(" " if char == "_" else char, x, y - 2, x + width, y + 8, x, y))
            x += width
        out += [Glyph(c, x, y, x, y, x, y, True) for c in "\r\n"]
    return out


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("2020 年共办理 15 件", ("2020 年共办理 15 件",)),  # LibreOffice's spaces are kept
        ("仲~裁~结~案~率~为~100%", ("仲裁结案率为 100%",)),  # justification: no space between ideographs
        ("根据县委办公室~县政府办公室", ("根据县委办公室 县政府办公室",)),  # one wider gap: a space typed there
        ("行政复议|12|15|25%", ("行政复议", "12", "15", "25%")),  # table cells
        ("1234|5678", ("1234", "5678")),  # two numbers in two cells are never glued
        ("法|治|政|府|报|告", ("法治政府报告",)),  # spread evenly: a distributed title, not a table
        ("QQ_群|Word_文档", ("QQ 群", "Word 文档")),  # the PDF's own spaces are kept
    ],
)
def test_cells_and_spaces(line: str, cells: tuple[str, ...]) -> None:
    (got,) = page_lines(_glyphs((line, 100, 700)))
    assert got.cells == cells


def test_pieces_on_one_baseline_make_a_row() -> None:
    lines = page_lines(_glyphs(("类别", 100, 700), ("2019年", 200, 700), ("正文", 100, 680)))
    assert [line.text for line in lines] == ["类别\t2019年", "正文"]


def test_line_geometry() -> None:
    (line,) = page_lines(_glyphs(("（一）全面推进", 120, 700)))
    assert (line.x0, line.x1, line.baseline, line.em) == (120, 190, 700, EM)
    (kinsoku,) = page_lines(_glyphs(("作，“一网通办”", 100, 700)))
    assert kinsoku.lead == 2 * EM  # a character and the comma that may not start a line
    (number,) = page_lines(_glyphs(("7476.62万元", 100, 700)))
    assert number.lead == 3.5 * EM  # a number breaks only as a whole


# ---------------------------------------------------------------- line rejoining (made-up lines)

BODY = Geometry(left=100.0, right=400.0, em=EM, pitch=28.0)


def _line(
    x0: float = 100.0,
    x1: float = 400.0,
    y: float = 700.0,
    *,
    cells: tuple[str, ...] = ("正文",),
    em: float | None = EM,
    lead: float = EM,
    page: int = 0,
) -> Line:
    return Line(cells=cells, x0=x0, x1=x1, baseline=y, em=em, height=10.0, lead=lead, page=page)


@pytest.mark.parametrize(
    ("prev", "line", "rule"),
    [
        (_line(), _line(y=672), None),  # a full line, then one at the margin: the same paragraph
        (_line(), _line(x0=120, y=672), "indent"),  # two characters in: a new paragraph
        (_line(), _line(x0=105, y=672), None),  # half a character is no indent
        (_line(x0=250, x1=300), _line(y=672), "short"),  # a centred title, then body text
        (_line(x1=350), _line(y=672), "short"),  # ended five characters early: the paragraph ended
        (_line(x1=390), _line(y=672, lead=2 * EM), None),  # char + comma did not fit (kinsoku)
        (_line(x1=360), _line(y=672, lead=4.5 * EM), None),  # a long number did not fit
        (_line(), _line(y=644), "gap"),  # a blank line's worth of space
        (_line(), _line(y=670), None),  # a little more than the pitch is no gap
        (_line(y=90), _line(y=760, page=1), None),  # carried across the page break
        (_line(y=90), _line(x0=120, y=760, page=1), "indent"),  # a new paragraph on the next page
        (_line(), _line(y=800), "order"),  # above the line before it: another column or block
        (_line(em=22.0), _line(y=672), "size"),  # title size, then body size
        (_line(cells=("类别", "2019年")), _line(y=672), "row"),  # after a table row
        (_line(), _line(y=672, cells=("行政复议", "12")), "row"),  # a table row
        (_line(x1=330, em=None, cells=("2020",)), _line(y=672), "short"),  # no full-width text: body em
        (_line(cells=("实时监控。",)), _line(y=672, x1=300, cells=("四、依法接受监督",)), "heading"),
        (_line(cells=("实时监控。",)), _line(y=672, x1=300, cells=("（二）加强监督",)), "heading"),
        (_line(cells=("实时监控。",)), _line(y=672, cells=("2.推进普法，……",)), None),  # a full line: text
        (_line(cells=("增长了",)), _line(y=672, x1=300, cells=("2.5倍。",)), None),  # a number, not a marker
        (_line(cells=("主要做法",)), _line(y=672, x1=300, cells=("一、二两项",)), None),  # no sentence ended
    ],
)
def test_break_before(prev: Line, line: Line, rule: str | None) -> None:
    assert break_before(prev, line, BODY, BODY) == rule


def test_joiner() -> None:
    assert joiner("依法行政", "水平") == ""
    assert joiner("2020", "年") == ""
    assert joiner("the rule of", "law") == " "  # Latin breaks at a space


# ---------------------------------------------------------------- page furniture


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("— 3 —", True), ("- 3 -", True), ("－12－", True), ("·3·", True), ("3", True),
        ("第3页", True), ("第 3 页 共 8 页", True), ("第3页，共8页", True), ("共8页 第3页", True),
        ("3/8", True), ("3 / 8", True), ("Page 3 of 8", True), ("page 3", True),
        ("2020年", False), ("一、总体情况", False), ("3.5", False), ("第三页", False), ("1/2/3", False),
        ("第3条", False), ("12345", False), ("—", False), ("（3）", False),
    ],
)  # fmt: skip
def test_page_number_patterns(text: str, number: bool) -> None:
    assert is_page_number(text) is number


def _page(number: int, *texts: str, top: float = 800.0, pitch: float = 28.0) -> Page:
    lines = [_line(y=top - i * pitch, cells=(text,), page=number) for i, text in enumerate(texts)]
    return Page(number, tuple(lines))


def _body(n: int) -> list[str]:
    """Eight body lines of page ``n``, no two alike (digits would not tell them apart)."""
    return [f"正文{'甲乙丙丁戊'[n]}{'一二三四五六七八'[i]}" for i in range(8)]


def _gone(pages: list[Page]) -> list[str]:
    return sorted(pages[p].lines[i].text for p, i in furniture(pages))


def test_running_header_on_most_pages() -> None:
    pages = [_page(0, *_body(0))] + [_page(n, "某某市人力资源和社会保障局文件", *_body(n)) for n in (1, 2, 3)]
    assert _gone(pages) == ["某某市人力资源和社会保障局文件"] * 3


def test_running_line_with_numbers() -> None:
    pages = [_page(n, f"2021年第{n + 1}期　工作简报", *_body(n)) for n in range(3)]
    assert len(_gone(pages)) == 3


def test_repeated_on_few_pages_is_kept() -> None:
    pages = [_page(n, "一、总体情况" if n < 2 else f"其他{'甲乙丙丁戊'[n]}", *_body(n)) for n in range(5)]
    assert _gone(pages) == []


def test_repeated_elsewhere_on_the_page_is_kept() -> None:
    pages = [_page(n, "相同的一行", *_body(n), top=800.0 - 100 * n) for n in range(3)]
    assert _gone(pages) == []


def test_page_number_only_at_the_edges() -> None:
    page = _page(0, "正文", "正文", "3", "正文", "正文", "正文", "— 1 —")
    assert _gone([page]) == ["— 1 —"]


def test_paragraphs_across_pages() -> None:
    first = Page(0, (
        _line(cells=("一、总体情况",), x1=160),
        _line(cells=("第一段",), x0=120, y=672),
        _line(cells=("续行",), y=644),
        _line(cells=("— 1 —",), x0=240, x1=260, y=100),
    ))  # fmt: skip
    second = Page(1, (
        _line(cells=("第一段末尾。",), x1=160, y=800, page=1),
        _line(cells=("— 2 —",), x0=240, x1=260, y=100, page=1),
    ))  # fmt: skip
    assert paragraphs([first, second]) == ["一、总体情况", "第一段续行第一段末尾。"]
