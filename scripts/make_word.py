"""Write Word fixtures of the seed reports into fixtures/documents/docx/ (python-docx).

Each seed report becomes three documents, and one becomes a fourth:

* ``STEM.typed.docx``: one paragraph per line, the text exactly as in the seed (markers typed);
* ``STEM.numbered.docx``: the heading markers (一、 （一） 1. （1）) removed from the text and given
  as Word list numbering on the paragraph (``w:numPr``), with a ``numbering.xml`` written here:
  one abstract list, levels in ``chineseCounting`` and ``decimal`` with ``lvlText`` such as
  ``%1、`` ``（%2）`` ``%3.`` ``（%4）`` (the seed's own bracket style), no suffix;
* ``STEM.styled.docx``: the same markers inherited from heading styles (the style carries
  ``w:numPr``; level 2 paragraphs use a style based on Heading 2), ``chineseCountingThousand``;
* ``foshan-2020.table.docx``: the typed document with a table of figures after the paragraph
  that states them.

The seed's numbers decide the list counters: where a seed's numbering does not continue (a gap
or a restart), that paragraph gets a list instance with a start override. Files are
byte-stable: fixed core properties and a re-written ZIP with fixed entry times and order.

    python scripts/make_word.py
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml

ROOT = Path(__file__).resolve().parent.parent
SRC, DST = ROOT / "fixtures" / "reports", ROOT / "fixtures" / "documents" / "docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STAMP = datetime(2021, 1, 1, 0, 0, 0)
ZIP_TIME = (2021, 1, 1, 0, 0, 0)

_HAN = "一二三四五六七八九十"
MARKERS = (  # level (0-based) → the marker at the start of a line, its number in group "n"
    re.compile(rf"^\s*(?P<n>[{_HAN}]{{1,3}})、"),
    re.compile(rf"^\s*[（(](?P<n>[{_HAN}]{{1,3}})[）)]"),
    re.compile(r"^\s*(?P<n>\d{1,2})[.．、](?!\d)"),
    re.compile(r"^\s*[（(](?P<n>\d{1,2})[）)]"),
)
DEFAULT_TEXTS = ("%1、", "（%2）", "%3.", "（%4）")
TABLE_AFTER = "（四）做好复议应诉工作"
TABLE = (  # restates figures of that paragraph, as a report's table of figures does
    ("2020年复议应诉案件",),
    ("案件类别", "数量"),
    ("行政复议案件", "15件"),
    ("行政诉讼一审案件", "5件"),
    ("行政诉讼二审案件", "1件"),
    ("行政诉讼再审案件", "1件"),
    ("民事诉讼一审案件", "1件"),
    ("民事诉讼二审案件", "1件"),
)


def han_number(text: str) -> int:
    """一 … 九十九 as a number (the seeds' heading numbers)."""
    if text.isdigit():
        return int(text)
    tens, _, ones = text.rpartition("十")
    if "十" not in text:
        return _HAN.index(text) + 1
    return (_HAN.index(tens) + 1 if tens else 1) * 10 + (_HAN.index(ones) + 1 if ones else 0)


@dataclass(frozen=True)
class Heading:
    level: int
    number: int
    marker: str
    rest: str


def heading(line: str) -> Heading | None:
    """The line as a numbered heading (level, number, marker as typed, text after it)."""
    for level, pattern in enumerate(MARKERS):
        match = pattern.match(line)
        if match:
            marker = match.group(0).strip()
            return Heading(level, han_number(match.group("n")), marker, line[match.end() :])
    return None


@dataclass
class Lists:
    """The list instances a document needs: num 1 for the whole list, one more for each
    paragraph where the seed's numbering does not continue (a start override)."""

    counts: list[int] = field(default_factory=lambda: [0] * 9)
    overrides: list[tuple[int, int, int]] = field(default_factory=list)

    def num_for(self, h: Heading) -> int:
        """Count ``h`` as Word will; a new instance with a start override where it differs."""
        num = 1
        if h.number != self.counts[h.level] + 1:
            num = 2 + len(self.overrides)
            self.overrides.append((num, h.level, h.number))
        self.counts[h.level] = h.number
        self.counts[h.level + 1 :] = [0] * (8 - h.level)
        return num


def level_texts(lines: list[str]) -> list[str]:
    """Each level's ``lvlText`` from the seed's first marker of that level (its brackets and
    punctuation), so the rendered label is the marker as the seed typed it."""
    texts = list(DEFAULT_TEXTS)
    seen: set[int] = set()
    for line in lines:
        h = heading(line)
        if h and h.level not in seen:
            seen.add(h.level)
            texts[h.level] = re.sub(rf"[{_HAN}]+|\d+", f"%{h.level + 1}", h.marker, count=1)
    return texts


def numbering_xml(texts: list[str], fmt: str, lists: Lists, styles: dict[int, str] | None = None) -> bytes:
    """A ``numbering.xml``: one abstract list (levels 0–3 from ``texts``: ``fmt`` for the Han
    levels, decimal for the others; 4–8 decimal), num 1, and the start-override instances."""
    levels = []
    for i in range(9):
        lvl_text = texts[i] if i < len(texts) else f"%{i + 1}."
        num_fmt = fmt if i < 2 else "decimal"
        link = f'<w:pStyle w:val="{styles[i]}"/>' if styles and i in styles else ""
        levels.append(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{num_fmt}"/>{link}'
            f'<w:suff w:val="nothing"/><w:lvlText w:val="{lvl_text}"/><w:lvlJc w:val="left"/></w:lvl>'
        )
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>']
    for num, level, start in lists.overrides:
        nums.append(
            f'<w:num w:numId="{num}"><w:abstractNumId w:val="0"/>'
            f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'
        )
    xml = (
        f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
        f'<w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>{"".join(nums)}</w:numbering>'
    )
    return xml.encode("utf-8")


def set_numbering(doc: Document, xml: bytes) -> None:
    """Replace the template's list definitions with ``xml``."""
    element = doc.part.numbering_part.element
    for child in list(element):
        element.remove(child)
    for child in parse_xml(xml):
        element.append(child)


def add_num_pr(ppr: object, num: int, level: int | None) -> None:
    """``<w:numPr>`` (with ``w:ilvl`` unless ``level`` is None) in a paragraph or style pPr."""
    num_pr = ppr.get_or_add_numPr()  # type: ignore[attr-defined]
    if level is not None:
        num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num


def new_document(title: str) -> Document:
    doc = docx.Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = title, "lawrep fixtures", "lawrep fixtures"
    props.created = props.modified = props.last_printed = STAMP
    props.revision = 1
    return doc


def typed(stem: str, lines: list[str]) -> Document:
    """The seed as typed: one paragraph a line."""
    doc = new_document(stem)
    for line in lines:
        doc.add_paragraph(line)
    return doc


def numbered(stem: str, lines: list[str]) -> Document:
    """Headings numbered by direct list numbering on the paragraph."""
    doc, lists = new_document(stem), Lists()
    for line in lines:
        h = heading(line)
        if h is None:
            doc.add_paragraph(line)
            continue
        paragraph = doc.add_paragraph(h.rest)
        add_num_pr(paragraph._p.get_or_add_pPr(), lists.num_for(h), h.level)
    set_numbering(doc, numbering_xml(level_texts(lines), "chineseCounting", lists))
    return doc


STYLES = ("Heading 1", "Report Heading 2", "Heading 3", "Heading 4")
STYLE_IDS = {0: "Heading1", 1: "Heading2", 2: "Heading3", 3: "Heading4"}


def styled(stem: str, lines: list[str]) -> Document:
    """Headings numbered through their styles, as Word writes a heading-linked list: Heading 1
    names the list only (level 0), Heading 2–4 the list and their level, and each list level
    is linked back to its style (``w:pStyle``). Level 2 paragraphs use a style based on
    Heading 2, so the numbering comes through ``basedOn``. Where the numbering restarts, the
    paragraph names the start-override instance itself."""
    doc, lists = new_document(stem), Lists()
    own = doc.styles.add_style("Report Heading 2", WD_STYLE_TYPE.PARAGRAPH)
    own.base_style = doc.styles["Heading 2"]
    for level, name in enumerate(("Heading 1", "Heading 2", "Heading 3", "Heading 4")):
        add_num_pr(doc.styles[name].element.get_or_add_pPr(), 1, level or None)
    for line in lines:
        h = heading(line)
        if h is None:
            doc.add_paragraph(line)
            continue
        paragraph = doc.add_paragraph(h.rest, style=STYLES[h.level])
        num = lists.num_for(h)
        if num != 1:
            add_num_pr(paragraph._p.get_or_add_pPr(), num, h.level)
    set_numbering(doc, numbering_xml(level_texts(lines), "chineseCountingThousand", lists, STYLE_IDS))
    return doc


def with_table(stem: str, lines: list[str]) -> Document:
    """The typed document with :data:`TABLE` after the paragraph that states its figures."""
    doc = typed(stem, lines)
    anchor = next(p for p in doc.paragraphs if p.text.startswith(TABLE_AFTER))
    table = doc.add_table(rows=len(TABLE), cols=2)
    table.style = doc.styles["Table Grid"]
    for row, values in zip(table.rows, TABLE, strict=True):
        cells = row.cells
        if len(values) == 1:
            cells = [cells[0].merge(cells[1])]
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    anchor._p.addnext(table._tbl)
    return doc


def stable_bytes(doc: Document) -> bytes:
    """The saved document re-zipped with fixed entry times and sorted names."""
    saved = io.BytesIO()
    doc.save(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type, info.create_system, info.external_attr = zipfile.ZIP_DEFLATED, 0, 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def build(dst: Path = DST) -> list[Path]:
    """Write every fixture into ``dst``; the paths written."""
    dst.mkdir(parents=True, exist_ok=True)
    written = []
    for src in sorted(SRC.glob("*.txt")):
        lines = src.read_text(encoding="utf-8").split("\n")
        makers = {"typed": typed, "numbered": numbered, "styled": styled}
        if any(line.startswith(TABLE_AFTER) for line in lines):
            makers["table"] = with_table
        for kind, make in makers.items():
            path = dst / f"{src.stem}.{kind}.docx"
            path.write_bytes(stable_bytes(make(src.stem, lines)))
            written.append(path)
    return written


if __name__ == "__main__":
    for path in build():
        print(path.relative_to(ROOT))
