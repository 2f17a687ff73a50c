"""Any bytes given to ``lawrep.load`` give a text and its source, or one ``InputError``: never
another exception, whatever the sniffers take the bytes for. The reader is chosen by content."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import lawrep
from lawrep.readers.sniff import kind, looks_like_html

PREFIXES = [
    b"",
    b"%PDF-1.7\n",
    b"PK\x03\x04",
    b"PK\x03\x04\x14\x00word/document.xml",
    b"PK\x03\x04xl/workbook.xml",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"<!DOCTYPE html><html><body><p>",
    b"\xef\xbb\xbf<html><head><meta charset='gb2312'></head><body>",
    b"<?xml version='1.0'?><html>",
    b"\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=2000))
@example(prefix=b"<html><body>", body="<p>2020年，我局受理案件19宗。</p>".encode())
def test_any_bytes_give_a_report_or_one_input_error(prefix: bytes, body: bytes) -> None:
    try:
        text, source = lawrep.load(prefix + body)
    except lawrep.InputError as exc:
        assert exc.code and exc.message and "\n" not in exc.message
        return
    assert source.chars == len(text) and "\r" not in text
    lawrep.extract(text, source=source)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"<!DOCTYPE html>\n<html>", "html"),
        (b"  <!-- saved -->\n<html lang='zh'>", "html"),
        (b"<meta charset=gbk><p>", "html"),
        ("<p>惠来县</p>".encode("gb18030"), "html"),
        ("一、主要举措\n<附件>".encode(), "text"),
        ("《关于…的通知》<2020>".encode(), "text"),
        ("2020年，我局".encode(), "text"),
    ],
)
def test_pages_are_told_from_text_by_their_markup(raw: bytes, expected: str) -> None:
    assert ("html" if looks_like_html(raw) else "text") == expected
    assert kind(raw, "x", frozenset({"text", "html"})) == expected


@pytest.mark.parametrize(
    ("raw", "code", "words"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "unsupported", ".docx or PDF"),
        (b"PK\x03\x04" + b"xl/workbook.xml" + bytes(50), "unsupported", "spreadsheet"),
        (b"PK\x03\x04" + b"ppt/presentation.xml" + bytes(50), "unsupported", "presentation"),
        (b"\x89PNG\r\n\x1a\n" + bytes(50), "binary", "PNG"),
    ],
)
def test_what_no_reader_takes_is_named(raw: bytes, code: str, words: str) -> None:
    with pytest.raises(lawrep.InputError) as info:
        lawrep.load(raw)
    assert info.value.code == code and words in info.value.message


def test_a_pdf_with_scanned_pages_says_which_were_not_read() -> None:
    from .helpers import ROOT

    text, source = lawrep.load(ROOT / "fixtures" / "documents" / "pdf" / "mixed.pdf")
    assert source.format == "pdf" and source.unread_pages == [2]
    checks = lawrep.extract(text, source=source).checks
    assert [c.path for c in checks if c.id == "completeness.unread_pages"] == ["source.unread_pages"]


def test_plain_text_imports_no_document_library() -> None:
    """A plain-text run pays nothing for the page, Word and PDF readers."""
    import subprocess
    import sys

    from .helpers import REPORTS

    code = (
        "import sys, lawrep; t, s = lawrep.load(sys.argv[1]); lawrep.extract(t, source=s); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('selectolax', 'pypdfium2', 'docx') "
        "or m in ('lawrep.readers.html', 'lawrep.readers.pdf', 'lawrep.readers.docx')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(REPORTS / "huilai-2020.txt")], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
