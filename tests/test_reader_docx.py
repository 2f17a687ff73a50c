"""The Word reader: fixtures made from the seeds read back to the same report, the numbering
renderer against tables of formats and counter sequences, what the body walk keeps and leaves
out, the errors, and arbitrary or damaged bytes (an InputError or a text, nothing else)."""

from __future__ import annotations

import importlib.util
import io
import sys
import zipfile
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lawrep
from lawrep.errors import InputError
from lawrep.models import Report, Section
from lawrep.readers import docx as reader
from lawrep.readers.docx_numbering import format_number, parse_numbering

from .helpers import REPORTS, ROOT, SEEDS

DOCS = ROOT / "fixtures" / "documents" / "docx"
FIXTURES = sorted(DOCS.glob("*.docx"))
KINDS = ("typed", "numbered", "styled")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_URI}}}"


# --- building small packages ----------------------------------------------------------------

_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def package(
    body: str,
    *,
    numbering: str | None = None,
    styles: str | None = None,
    main: str = "word/document.xml",
    extra: dict[str, bytes] | None = None,
    root: str = f'<w:document xmlns:w="{W_URI}"><w:body>{{}}</w:body></w:document>',
) -> bytes:
    """A minimal .docx: the body XML, optional numbering and styles, relationships to them."""
    folder, base = main.rsplit("/", 1)
    rels = [f'<Relationship Id="rId1" Type="{_REL_TYPE}officeDocument" Target="{main}"/>']
    doc_rels = []
    parts = {main: root.format(body).encode("utf-8")}
    for rid, (kind, xml) in enumerate((("numbering", numbering), ("styles", styles)), start=1):
        if xml is not None:
            parts[f"{folder}/{kind}.xml"] = f'<w:{kind} xmlns:w="{W_URI}">{xml}</w:{kind}>'.encode()
            doc_rels.append(f'<Relationship Id="rId{rid}" Type="{_REL_TYPE}{kind}" Target="{kind}.xml"/>')
    parts["_rels/.rels"] = f'<Relationships xmlns="{_RELS_NS}">{"".join(rels)}</Relationships>'.encode()
    parts[f"{folder}/_rels/{base}.rels"] = (
        f'<Relationships xmlns="{_RELS_NS}">{"".join(doc_rels)}</Relationships>'.encode()
    )
    parts.update(extra or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def p(text: str = "", *, num: int | None = None, ilvl: int | None = None, style: str | None = None) -> str:
    """A paragraph with one run, optionally numbered directly or styled."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None or ilvl is not None:
        level = "" if ilvl is None else f'<w:ilvl w:val="{ilvl}"/>'
        number = "" if num is None else f'<w:numId w:val="{num}"/>'
        props += f"<w:numPr>{level}{number}</w:numPr>"
    run = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:p><w:pPr>{props}</w:pPr>{run}</w:p>"


def lvl(
    i: int, fmt: str = "decimal", text: str | None = None, *, start: int = 1, suff: str = "nothing", extra: str = ""
) -> str:
    """A ``w:lvl`` (suffix ``nothing`` unless told, so labels read plainly in the tables)."""
    lvl_text = f"%{i + 1}." if text is None else text
    suffix = f'<w:suff w:val="{suff}"/>' if suff else ""
    return (
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{suffix}'
        f'<w:lvlText w:val="{lvl_text}"/>{extra}</w:lvl>'
    )


def abstract(key: int, *levels: str, extra: str = "") -> str:
    return f'<w:abstractNum w:abstractNumId="{key}">{extra}{"".join(levels)}</w:abstractNum>'


def num(key: int, abstract_id: int, overrides: str = "") -> str:
    return f'<w:num w:numId="{key}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def start_override(ilvl: int, start: int) -> str:
    return f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'


def read_text(raw: bytes) -> str:
    return reader.read(raw, "test.docx").text


# --- the fixtures read back to the seed's report ----------------------------------------------


def _outline(sections: list[Section]) -> list[tuple[Any, ...]]:
    return [(s.level, s.marker, s.title, _outline(s.children)) for s in sections]


def _meta(report: Report) -> tuple[Any, ...]:
    m = report.meta
    return m.year, m.date, m.agency.name if m.agency else None


def _seed(stem: str) -> str:
    return (REPORTS / f"{stem}.txt").read_text(encoding="utf-8")


def _extra_lines(text: str, seed: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` that are not lines of the seed (a document's own table;
    indentation aside, which a numbered heading cannot keep)."""
    known, spans, start = {line.strip() for line in seed.split("\n")}, [], 0
    for line in text.split("\n"):
        if line.strip() not in known:
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def test_every_seed_has_its_documents() -> None:
    names = {path.name for path in FIXTURES}
    assert {f"{stem}.{kind}.docx" for stem in SEEDS for kind in KINDS} <= names
    assert "foshan-2020.table.docx" in names


@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
def test_document_gives_the_seeds_report(path: Path) -> None:
    stem, kind = path.name.split(".")[:2]
    seed = _seed(stem)
    produced = reader.read(path.read_bytes(), path.name)
    assert (produced.format, produced.encoding, produced.newlines) == ("docx", "utf-8", "lf")
    want, got = lawrep.extract(seed), lawrep.extract(produced.text)
    assert _outline(got.outline) == _outline(want.outline) != []
    assert _meta(got) == _meta(want)
    table = _extra_lines(produced.text, seed)
    in_table = [any(a <= x.start and x.end <= b for a, b in table) for x in [*got.quantities, *got.metrics]]
    quantities = Counter((q.text, q.value, q.unit) for q, t in zip(got.quantities, in_table, strict=False) if not t)
    metrics = Counter(
        (m.key, m.text) for m, t in zip(got.metrics, in_table[len(got.quantities) :], strict=True) if not t
    )
    assert quantities == Counter((q.text, q.value, q.unit) for q in want.quantities)
    assert metrics == Counter((m.key, m.text) for m in want.metrics)
    assert any(in_table) == (kind == "table")


@pytest.mark.parametrize("stem", SEEDS)
def test_typed_document_is_the_seed_text(stem: str) -> None:
    assert read_text((DOCS / f"{stem}.typed.docx").read_bytes()) == _seed(stem)


@pytest.mark.parametrize("kind", ["numbered", "styled"])
@pytest.mark.parametrize("stem", SEEDS)
def test_numbered_headings_show_the_seeds_markers(stem: str, kind: str) -> None:
    """Labels rendered from numbering give back each line; only indentation before a marker
    (a space typed before 四、 in a seed) cannot come back, as Word draws the label first."""
    text = read_text((DOCS / f"{stem}.{kind}.docx").read_bytes())
    assert [line.lstrip() for line in text.split("\n")] == [line.lstrip() for line in _seed(stem).split("\n")]


def test_table_rows_are_lines_with_tab_separated_cells() -> None:
    text = read_text((DOCS / "foshan-2020.table.docx").read_bytes())
    assert "\n2020年复议应诉案件\n案件类别\t数量\n行政复议案件\t15件\n" in text


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_word", ROOT / "scripts" / "make_word.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_word"] = module
    spec.loader.exec_module(module)
    return module


def test_fixtures_are_what_the_script_writes(tmp_path: Path) -> None:
    """The committed files are current: same parts with the same bytes inside (the ZIP bytes
    themselves depend on the zlib build, so the parts are compared)."""
    written = _load_generator().build(tmp_path)
    assert sorted(p.name for p in written) == [p.name for p in FIXTURES]
    for path in written:
        with zipfile.ZipFile(path) as new, zipfile.ZipFile(DOCS / path.name) as old:
            assert new.namelist() == old.namelist()
            assert all(new.read(name) == old.read(name) for name in new.namelist()), path.name


# --- number formats -------------------------------------------------------------------------

FORMATS = [
    ("decimal", 7, "7"), ("decimal", 0, "0"), ("decimal", -2, "-2"), ("chineseCounting", 1, "一"),
    ("chineseCounting", 10, "十"), ("chineseCounting", 11, "十一"), ("chineseCounting", 19, "十九"),
    ("chineseCounting", 20, "二十"), ("chineseCounting", 21, "二十一"), ("chineseCounting", 99, "九十九"),
    ("chineseCounting", 100, "一百"), ("chineseCounting", 101, "一百零一"), ("chineseCounting", 110, "一百一十"),
    ("chineseCounting", 1010, "一千零一十"), ("chineseCounting", 10001, "一万零一"),
    ("chineseCounting", 20030, "二万零三十"),
    ("chineseCounting", 0, "零"), ("chineseCounting", 10**8, "100000000"), ("chineseCountingThousand", 15, "十五"),
    ("japaneseCounting", 30, "三十"), ("chineseLegalSimplified", 10, "壹拾"), ("chineseLegalSimplified", 12, "壹拾贰"),
    ("ideographLegalTraditional", 2, "貳"), ("taiwaneseCounting", 10000, "一萬"), ("ideographTraditional", 1, "甲"),
    ("ideographTraditional", 10, "癸"), ("ideographTraditional", 11, "11"), ("ideographZodiac", 12, "亥"),
    ("ideographZodiacTraditional", 1, "甲子"), ("ideographZodiacTraditional", 60, "癸亥"),
    ("ideographZodiacTraditional", 61, "61"), ("ideographDigital", 10, "一〇"), ("taiwaneseDigital", 205, "二〇五"),
    ("decimalEnclosedCircle", 1, "①"), ("decimalEnclosedCircle", 20, "⑳"), ("decimalEnclosedCircle", 21, "㉑"),
    ("decimalEnclosedCircle", 50, "㊿"), ("decimalEnclosedCircle", 51, "51"), ("decimalEnclosedCircleChinese", 2, "②"),
    ("decimalEnclosedParen", 3, "⑶"), ("decimalEnclosedFullstop", 1, "⒈"), ("ideographEnclosedCircle", 1, "㈠"),
    ("decimalZero", 5, "05"), ("decimalZero", 12, "12"), ("decimalFullWidth", 12, "１２"), ("upperRoman", 14, "XIV"),
    ("lowerRoman", 1999, "mcmxcix"), ("upperRoman", 4000, "4000"), ("upperRoman", 0, "0"), ("upperLetter", 1, "A"),
    ("upperLetter", 27, "AA"), ("upperLetter", 53, "AAA"), ("lowerLetter", 26, "z"), ("upperLetter", -1, "-1"),
    ("upperLetter", 10**6, "1000000"), ("ordinal", 11, "11th"), ("ordinal", 22, "22nd"), ("none", 5, ""),
    ("hebrew1", 3, "3"),
]  # fmt: skip


@pytest.mark.parametrize(("fmt", "n", "want"), FORMATS)
def test_number_formats(fmt: str, n: int, want: str) -> None:
    assert format_number(n, fmt) == want


def test_custom_format_pads_like_its_sample() -> None:
    assert format_number(7, "custom", "001, 002, 003, ...") == "007"
    assert format_number(7, "custom", "一, 二, 三, ...") == "7"


# --- counting: sequences of (numId, ilvl) and the labels Word shows -----------------------------

HEADINGS = abstract(
    0,
    lvl(0, "chineseCounting", "%1、"),
    lvl(1, "chineseCounting", "（%2）"),
    lvl(2, "decimal", "%3."),
    lvl(3, "decimal", "（%4）"),
)
TWO_LEVELS = abstract(0, lvl(0), lvl(1, "lowerLetter", "%2)"))
_CUSTOM = (
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>'
    '<mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>'
)
SEQUENCES: list[tuple[str, str, list[tuple[int, int]], list[str]]] = [
    (
        "report headings: a level restarts the deeper ones",
        HEADINGS + num(1, 0),
        [(1, 0), (1, 1), (1, 1), (1, 2), (1, 2), (1, 3), (1, 1), (1, 2), (1, 0), (1, 1)],
        ["一、", "（一）", "（二）", "1.", "2.", "（1）", "（三）", "1.", "二、", "（一）"],
    ),
    ("start value", abstract(0, lvl(0, start=3)) + num(1, 0), [(1, 0), (1, 0)], ["3.", "4."]),
    (
        "a start override restarts once, then the list goes on for every instance",
        TWO_LEVELS + num(1, 0) + num(2, 0, start_override(0, 10)),
        [(1, 0), (1, 0), (2, 0), (1, 0), (2, 0)],
        ["1.", "2.", "10.", "11.", "12."],
    ),
    (
        "instances of one list share counters",
        TWO_LEVELS + num(1, 0) + num(2, 0),
        [(1, 0), (2, 0), (1, 0)],
        ["1.", "2.", "3."],
    ),
    (
        "different lists count apart",
        TWO_LEVELS + abstract(1, lvl(0)) + num(1, 0) + num(2, 1),
        [(1, 0), (2, 0), (1, 0), (2, 0)],
        ["1.", "1.", "2.", "2."],
    ),
    (
        "override of a deeper level",
        abstract(0, lvl(0), lvl(1, text="%1.%2")) + num(1, 0) + num(2, 0, start_override(1, 7)),
        [(1, 0), (1, 1), (2, 1), (1, 1), (2, 0)],
        ["1.", "1.1", "1.7", "1.8", "2."],
    ),
    (
        "lvlRestart 0: never restarts",
        abstract(0, lvl(0), lvl(1, "lowerLetter", "%2)", extra='<w:lvlRestart w:val="0"/>')) + num(1, 0),
        [(1, 0), (1, 1), (1, 1), (1, 0), (1, 1)],
        ["1.", "a)", "b)", "2.", "c)"],
    ),
    (
        "lvlRestart 1: restarts after level 1 only",
        abstract(
            0, lvl(0), lvl(1, "lowerLetter", "%2)"), lvl(2, "lowerRoman", "%3)", extra='<w:lvlRestart w:val="1"/>')
        )
        + num(1, 0),
        [(1, 0), (1, 1), (1, 2), (1, 1), (1, 2), (1, 0), (1, 2)],
        ["1.", "a)", "i)", "b)", "ii)", "2.", "i)"],
    ),
    (
        "legal numbering shows every level in digits",
        abstract(0, lvl(0, "upperRoman"), lvl(1, "upperLetter", "%1.%2", extra="<w:isLgl/>")) + num(1, 0),
        [(1, 0), (1, 1), (1, 1)],
        ["I.", "1.1", "1.2"],
    ),
    (
        "a level not yet used shows one less than its start (Word's 0.1)",
        abstract(0, lvl(0), lvl(1, text="%1.%2")) + num(1, 0),
        [(1, 1), (1, 0), (1, 1)],
        ["0.1", "1.", "1.1"],
    ),
    ("numFmt none", abstract(0, lvl(0, "none", "[%1]")) + num(1, 0), [(1, 0)], ["[]"]),
    ("symbol-font bullet", abstract(0, lvl(0, "bullet", "\uf0b7")) + num(1, 0), [(1, 0)], ["•"]),
    ("bullet character", abstract(0, lvl(0, "bullet", "●")) + num(1, 0), [(1, 0)], ["●"]),
    (
        "suffixes: tab (the default), space, nothing",
        abstract(0, lvl(0, suff=""), lvl(1, text="%2.", suff="space"), lvl(2, text="%3.")) + num(1, 0),
        [(1, 0), (1, 1), (1, 2)],
        ["1.\t", "1. ", "1."],
    ),
    (
        "a level replaced by an override",
        abstract(0, lvl(0))
        + num(1, 0)
        + num(2, 0, '<w:lvlOverride w:ilvl="0">' + lvl(0, "upperLetter", "%1)") + "</w:lvlOverride>"),
        [(1, 0), (2, 0)],
        ["1.", "A)"],
    ),
    (
        "a missing list or level shows nothing",
        abstract(0, lvl(0)) + num(1, 0),
        [(9, 0), (1, 4), (1, 0)],
        ["", "", "1."],
    ),
    (
        "custom format (Word 2010 alternate content)",
        abstract(0, lvl(0, extra=_CUSTOM).replace('<w:numFmt w:val="decimal"/>', "")) + num(1, 0),
        [(1, 0)],
        ["001."],
    ),
    (
        "values that are not numbers are tolerated",
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="x"/><w:lvlText w:val="%1."/>'
        '</w:lvl><w:lvl w:ilvl="99"><w:lvlText w:val="bad"/></w:lvl></w:abstractNum>' + num(1, 0),
        [(1, 0), (1, 0)],
        ["0.\t", "1.\t"],
    ),
    ("a label cannot grow without bound", abstract(0, lvl(0, text="%1" * 500)) + num(1, 0), [(1, 0)], ["1" * 32]),
]


@pytest.mark.parametrize(("xml", "sequence", "want"), [c[1:] for c in SEQUENCES], ids=[c[0] for c in SEQUENCES])
def test_numbering_sequences(xml: str, sequence: list[tuple[int, int]], want: list[str]) -> None:
    root = ElementTree.fromstring(f'<w:numbering xmlns:w="{W_URI}">{xml}</w:numbering>')
    numbering = parse_numbering(root, W)
    assert [numbering.next_label(str(n), ilvl) for n, ilvl in sequence] == want


def test_list_defined_by_a_numbering_style() -> None:
    """``w:numStyleLink``: the list's levels live in the abstract that names the style."""
    xml = (
        abstract(0, lvl(0), extra='<w:styleLink w:val="MyList"/>')
        + abstract(1, extra='<w:numStyleLink w:val="MyList"/>')
        + num(1, 0)
        + num(2, 1)
    )
    root = ElementTree.fromstring(f'<w:numbering xmlns:w="{W_URI}">{xml}</w:numbering>')
    numbering = parse_numbering(root, W, {"MyList": "1"})
    assert [numbering.next_label(n, 0) for n in ("2", "2", "1")] == ["1.", "2.", "3."]


# --- numbering as the reader finds it: on the paragraph or from its style ----------------------

STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="H2"><w:pPr>'
    '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="H2x"><w:basedOn w:val="H2"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="H2xx"><w:basedOn w:val="H2x"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Linked"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>'
)
LINKED = abstract(
    0,
    lvl(0, "chineseCounting", "%1、"),
    lvl(1, "chineseCounting", "（%2）"),
    lvl(2, "decimal", "%3.", extra='<w:pStyle w:val="Linked"/>'),
) + num(1, 0)

READ_NUMBERED = [
    ("direct numbering", [p("甲", num=1, ilvl=0), p("乙", num=1, ilvl=1)], "一、甲\n（一）乙"),
    ("from the style", [p("甲", style="H1"), p("乙", style="H2"), p("丙", style="H2")], "一、甲\n（一）乙\n（二）丙"),
    ("through basedOn", [p("甲", style="H1"), p("乙", style="H2xx")], "一、甲\n（一）乙"),
    (
        "level from the paragraph, list from the style",
        [p("甲", style="H1"), p("乙", style="H1", ilvl=1)],
        "一、甲\n（一）乙",
    ),
    ("level linked to the style (w:pStyle)", [p("甲", style="H1"), p("乙", style="Linked")], "一、甲\n1.乙"),
    ("numId 0 removes the style's numbering", [p("甲", style="H1"), p("乙", style="H1", num=0)], "一、甲\n乙"),
    ("a style loop ends", [p("甲", style="Loop1"), p("乙", style="Missing")], "甲\n乙"),
    ("an empty numbered paragraph still counts", [p("", num=1, ilvl=0), p("乙", num=1, ilvl=0)], "一、\n二、乙"),
    (
        "paragraphs in table cells count in document order",
        [
            p("甲", num=1, ilvl=0),
            f"<w:tbl><w:tr><w:tc>{p('乙', num=1, ilvl=1)}</w:tc></w:tr></w:tbl>",
            p("丙", num=1, ilvl=1),
        ],
        "一、甲\n（一）乙\n（二）丙",
    ),
]


@pytest.mark.parametrize(("blocks", "want"), [c[1:] for c in READ_NUMBERED], ids=[c[0] for c in READ_NUMBERED])
def test_reader_numbers_paragraphs(blocks: list[str], want: str) -> None:
    assert read_text(package("".join(blocks), numbering=LINKED, styles=STYLES)) == want


def test_numbering_given_by_the_default_paragraph_style() -> None:
    styles = (
        '<w:style w:type="paragraph" w:default="1" w:styleId="N">'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    )
    assert read_text(package(p("甲") + p("乙"), numbering=LINKED, styles=styles)) == "一、甲\n二、乙"


# --- what the body walk keeps and leaves out ----------------------------------------------------


def r(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


TEXTBOX = (
    '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>BOX</w:t></w:r></w:p></w:txbxContent>'
    "</w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>BOX</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>"
    "</mc:AlternateContent></w:r>"
)
FIELD = (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
)
TOC = (
    '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
    f"<w:sdtContent>{p('一、目录项	1')}</w:sdtContent></w:sdt>"
)
BODIES = [
    ("runs joined with nothing", f"<w:p>{r('受理')}{r('416')}{r('件')}</w:p>", "受理416件"),
    ("tab and soft break", "<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>", "a\tb\nc"),
    ("page break is layout", '<w:p><w:r><w:t>a</w:t><w:br w:type="page"/><w:t>b</w:t></w:r></w:p>', "ab"),
    ("spaces kept", f"<w:p>{r('  两端  ')}</w:p>", "  两端  "),
    (
        "hidden text left out",
        "<w:p>" + r("见") + r("隐", "<w:vanish/>") + r("到", '<w:vanish w:val="0"/>') + "</w:p>",
        "见到",
    ),
    (
        "insertions kept, deletions left out",
        f'<w:p><w:ins w:id="1">{r("新")}</w:ins><w:del w:id="2"><w:r><w:delText>旧</w:delText></w:r></w:del></w:p>',
        "新",
    ),
    (
        "smart tags, hyperlinks and inline controls opened",
        f'<w:p><w:smartTag w:element="date">{r("2021年")}</w:smartTag><w:hyperlink>{r("1月")}</w:hyperlink>'
        f"<w:sdt><w:sdtContent>{r('5日')}</w:sdtContent></w:sdt></w:p>",
        "2021年1月5日",
    ),
    ("field result kept, field code left out", f"<w:p>{r('第')}{FIELD}{r('页')}</w:p>", "第3页"),
    ("simple field", f'<w:p><w:fldSimple w:instr="PAGE">{r("4")}</w:fldSimple></w:p>', "4"),
    ("text boxes left out", f"<w:p>{r('正文')}{TEXTBOX}</w:p>", "正文"),
    (
        "symbols",
        '<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:char="2605"/><w:sym w:char="zz"/>'
        "<w:noBreakHyphen/><w:softHyphen/></w:r></w:p>",
        "★-",
    ),
    (
        "ruby text left out",
        f"<w:p><w:r><w:ruby><w:rt>{r('fa')}</w:rt><w:rubyBase>{r('法')}</w:rubyBase></w:ruby></w:r></w:p>",
        "法",
    ),
    (
        "block content control",
        f"<w:sdt><w:sdtPr/><w:sdtContent>{p('封面')}</w:sdtContent></w:sdt>{p('正文')}",
        "封面\n正文",
    ),
    ("generated table of contents left out", TOC + p("一、正文"), "一、正文"),
    (
        "table: a row a line, cells by tab, a cell's paragraphs by a space",
        f"<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr/>{p('项目')}{p('合计')}</w:tc><w:tc>{p('416件')}</w:tc></w:tr>"
        f"<w:tr><w:tc>{p('a')}</w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr>{p()}</w:tc></w:tr></w:tbl>",
        "项目 合计\t416件\na\t",
    ),
    (
        "nested table flattened into its cell",
        f"<w:tbl><w:tr><w:tc>{p('外')}<w:tbl><w:tr><w:tc>{p('内1')}</w:tc><w:tc>{p('内2')}</w:tc></w:tr></w:tbl>{p('尾')}</w:tc></w:tr></w:tbl>",
        "外 内1 内2 尾",
    ),
    (
        "soft break in a cell is a space",
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t><w:br/><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
        "a b",
    ),
    (
        "math text",
        '<w:p><m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>x+1</m:t></m:r></m:oMath></w:p>',
        "x+1",
    ),
]


@pytest.mark.parametrize(("body", "want"), [c[1:] for c in BODIES], ids=[c[0] for c in BODIES])
def test_body_text(body: str, want: str) -> None:
    assert read_text(package(body)) == want


def test_headers_and_footnotes_are_not_read() -> None:
    extra = {"word/header1.xml": f'<w:hdr xmlns:w="{W_URI}">{p("页眉")}</w:hdr>'.encode()}
    assert read_text(package(p("正文"), extra=extra)) == "正文"


def test_main_part_found_by_relationship_and_any_case() -> None:
    assert read_text(package(p("正文"), main="Word/Doc2.xml")) == "正文"


def test_strict_namespace() -> None:
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    root = f'<w:document xmlns:w="{strict}"><w:body>{{}}</w:body></w:document>'
    assert read_text(package(p("正文"), root=root)) == "正文"


# --- errors ---------------------------------------------------------------------------------


def _ole(payload: bytes) -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + payload + bytes(500)


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


ERRORS = [
    ("not a zip", b"plain text, not a package", "unreadable"),
    ("truncated zip", (DOCS / "huilai-2020.typed.docx").read_bytes()[:3000], "unreadable"),
    ("zip without a document", _zip({"xl/workbook.xml": b"<workbook/>"}), "unreadable"),
    ("malformed XML", _zip({"word/document.xml": b"<w:document"}), "unreadable"),
    ("another XML vocabulary", _zip({"word/document.xml": b"<html><body>x</body></html>"}), "unreadable"),
    ("a DTD", _zip({"word/document.xml": b'<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'}), "unreadable"),
    ("password-protected (OLE EncryptedPackage)", _ole("EncryptedPackage".encode("utf-16-le")), "encrypted"),
    ("old binary Word", _ole(b"WordDocument"), "unsupported"),
    ("no text", package(p() + p("  ")), "empty"),
    ("no body", package("", root=f'<w:document xmlns:w="{W_URI}"/>{{}}'), "empty"),
]


@pytest.mark.parametrize(("raw", "code"), [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS])
def test_errors(raw: bytes, code: str) -> None:
    with pytest.raises(InputError) as caught:
        reader.read(raw, "bad.docx")
    assert caught.value.code == code and caught.value.source == "bad.docx"


def test_images_only_says_so() -> None:
    with pytest.raises(InputError, match="only images") as caught:
        reader.read(package("<w:p><w:r><w:drawing/></w:r></w:p>"), "scan.docx")
    assert caught.value.code == "empty"


def test_encrypted_zip_entry() -> None:
    raw = bytearray(package(p("正文")))
    at = raw.find(b"PK\x01\x02")
    while at >= 0:  # set the encryption flag in every central directory entry
        raw[at + 8] |= 1
        at = raw.find(b"PK\x01\x02", at + 4)
    with pytest.raises(InputError) as caught:
        reader.read(bytes(raw), "locked.docx")
    assert caught.value.code == "encrypted"


def test_part_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_PART_BYTES", 100)
    with pytest.raises(InputError) as caught:
        reader.read(package(p("正文" * 100)), "big.docx")
    assert caught.value.code == "too_large"


def test_zip_bomb() -> None:
    """Two million empty paragraphs pack into a few kilobytes: refused before parsing."""
    with pytest.raises(InputError, match="ZIP bomb") as caught:
        reader.read(package("<w:p/>" * 2_000_000), "bomb.docx")
    assert caught.value.code == "too_large"


# --- any bytes: a text or an InputError, nothing else -------------------------------------------

SMALL = (DOCS / "huilai-2020.numbered.docx").read_bytes()
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read_or_refuse(raw: bytes) -> None:
    try:
        produced = reader.read(raw, "fuzz.docx")
    except InputError:
        return
    assert produced.text.strip() and "\r" not in produced.text


@PROPERTY
@given(st.binary(max_size=2000) | st.binary(max_size=2000).map(lambda b: b"PK\x03\x04" + b))
def test_arbitrary_bytes(raw: bytes) -> None:
    _read_or_refuse(raw)


@PROPERTY
@given(st.lists(st.tuples(st.integers(0, len(SMALL) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_docx_with_bytes_flipped(flips: list[tuple[int, int]]) -> None:
    raw = bytearray(SMALL)
    for at, value in flips:
        raw[at] = value
    _read_or_refuse(bytes(raw))


def _parts_of(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


PARTS = _parts_of(SMALL)


@PROPERTY
@given(
    st.sampled_from(["word/document.xml", "word/numbering.xml", "word/styles.xml", "_rels/.rels"]),
    st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.binary(min_size=1, max_size=3)), min_size=1, max_size=6),
)
def test_valid_zip_with_damaged_xml(part: str, edits: list[tuple[float, bytes]]) -> None:
    """Damage inside a part (the ZIP stays valid, so the XML and what it says are tested)."""
    data = bytearray(PARTS[part])
    for where, new in edits:
        at = int(where * len(data))
        data[at : at + len(new)] = new
    _read_or_refuse(_zip({**PARTS, part: bytes(data)}))


_VALUES = st.sampled_from(["0", "1", "-1", "8", "9", "x", "", "2147483648", "99999999999999999999", "1e3"])
_LEVEL = st.builds(
    lambda ilvl, start, fmt, text, restart: (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlRestart w:val="{restart}"/></w:lvl>'
    ),
    _VALUES,
    _VALUES,
    st.sampled_from([f for f, _, _ in FORMATS] + ["bullet", "custom", "", "zz"]),
    st.text(alphabet="%123456789、（）.x", max_size=12),
    _VALUES,
)


@PROPERTY
@given(
    st.lists(_LEVEL, max_size=6),
    st.lists(st.tuples(_VALUES, _VALUES), min_size=1, max_size=12),
    st.lists(st.tuples(_VALUES, _VALUES), max_size=3),
)
def test_any_numbering_definitions(
    levels: list[str], paragraphs: list[tuple[str, str]], overrides: list[tuple[str, str]]
) -> None:
    """Numbering with odd values (levels out of range, huge or non-numeric starts, unknown
    formats) still reads, and labels stay short."""
    lvl_overrides = "".join(
        f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{s}"/></w:lvlOverride>' for i, s in overrides
    )
    numbering = (
        f'<w:abstractNum w:abstractNumId="0">{"".join(levels)}</w:abstractNum>{num(1, 0)}{num(2, 0, lvl_overrides)}'
    )
    body = "".join(
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{i}"/><w:numId w:val="{n}"/></w:numPr></w:pPr>{r("正文")}</w:p>'
        for n, i in paragraphs
    )
    text = read_text(package(body, numbering=numbering))
    assert all(len(line) < 200 and line.endswith("正文") for line in text.split("\n"))
