"""Write the PDF fixtures of fixtures/documents/pdf/ from the seed reports.

The PDF reader (lawrep/readers/pdf.py) is tested on PDFs made the two ways reports are made:
office software (LibreOffice Writer, from a flat ODT) and a browser's print (Chromium, from
HTML). Both lay the seeds out like real reports — Chinese fonts, justified body text with a
first-line indent of two characters, centred titles, right-aligned signatures — and add the
running headers and page numbers that real reports carry, so the tests see the line breaks,
page breaks and furniture a reader must undo. A one-page "layout" document adds what the
seeds lack: a table, a line stretched by justification, a signature spread across its box
(distributed alignment) and words whose text layer names Kangxi radicals (⼈ for 人), as a
PDF's character map may. The script also makes the PDFs no text reader can read (scanned, encrypted),
a mixed one and one with an owner password only.

It needs LibreOffice, Chromium, qpdf and a CJK font (Debian: libreoffice-writer-nogui chromium
qpdf fonts-wqy-zenhei), which CI does not have: the PDFs are committed and the tests never run
this script.

    python scripts/make_pdfs.py
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

ROOT = Path(__file__).resolve().parent.parent
SRC, DST = ROOT / "fixtures" / "reports", ROOT / "fixtures" / "documents" / "pdf"
# One font for titles, headings and body: WenQuanYi Zen Hei (TrueType) subsets to about half the
# size of AR PL UMing or Noto CJK (which Chromium embeds as Type 3 fonts, four times larger).
SERIF = SANS = "WenQuanYi Zen Hei"

# Which seeds each tool lays out, and the page furniture each copy carries. Header text and
# footer formats are the ones Chinese government PDFs use (GB/T 9704 puts "— 3 —" at the foot).
LIBREOFFICE = {
    "foshan-2020": {"footer": "— {n} —"},
    "huilai-2020": {"header": "法治政府建设年度报告", "footer": "第 {n} 页 共 {total} 页"},
}
CHROMIUM = {
    "wuzhou-2021": {"browser_furniture": "yes"},  # Chromium's own date, title, URL and "1/4"
    "nanchangxian-2024": {"footer": "- {n} -"},
}

_HEADING = re.compile(r"^[一二三四五六七八九十]+、")
_SENTENCE = re.compile(r"[，。,；;]")


@dataclass(frozen=True)
class Para:
    """One seed line with the role that decides how it is laid out."""

    text: str
    role: str  # title, addressee, heading, body, closing, distributed, table (cells: tab, rows: LF)


def roles(lines: list[str]) -> list[Para]:
    """Lay-out roles: leading short lines without sentence punctuation are the title, a line
    ending with a colon right after them the addressee, trailing short lines not ending a
    sentence the signature and date, 一、 lines headings, the rest body paragraphs."""
    lines = [line.strip() for line in lines if line.strip()]
    first_body = next(
        i for i, line in enumerate(lines) if len(line) > 30 or _SENTENCE.search(line) or line.endswith((":", "："))
    )
    last_long = max(i for i, line in enumerate(lines) if len(line) > 45)
    paras: list[Para] = []
    for i, line in enumerate(lines):
        if i < first_body:
            role = "title"
        elif line.endswith((":", "：")) and i == first_body and i > 0:
            role = "addressee"
        elif i > last_long and len(line) <= 30 and not line.endswith("。"):
            role = "closing"
        elif _HEADING.match(line):
            role = "heading"
        else:
            role = "body"
        paras.append(Para(line, role))
    return paras


# ---------------------------------------------------------------- LibreOffice (flat ODT)

_NS = " ".join(
    f'xmlns:{p}="urn:oasis:names:tc:opendocument:xmlns:{u}"'
    for p, u in (
        ("office", "office:1.0"), ("style", "style:1.0"), ("text", "text:1.0"), ("table", "table:1.0"),
        ("fo", "xsl-fo-compatible:1.0"), ("svg", "svg-compatible:1.0"),
    )
)  # fmt: skip

_ODT_STYLES = f"""
<office:font-face-decls>
 <style:font-face style:name="{SERIF}" svg:font-family="'{SERIF}'"/>
 <style:font-face style:name="{SANS}" svg:font-family="'{SANS}'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:line-height="28pt"/>
  <style:text-properties style:font-name="{SERIF}" fo:font-size="16pt" style:font-name-asian="{SERIF}"
   style:font-size-asian="16pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:style style:name="body" style:family="paragraph">
  <style:paragraph-properties fo:text-indent="32pt" fo:text-align="justify"/>
 </style:style>
 <style:style style:name="heading" style:family="paragraph" style:parent-style-name="body">
  <style:text-properties style:font-name="{SANS}" style:font-name-asian="{SANS}"/>
 </style:style>
 <style:style style:name="addressee" style:family="paragraph"/>
 <style:style style:name="title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:line-height="36pt"/>
  <style:text-properties style:font-name="{SANS}" fo:font-size="22pt" style:font-name-asian="{SANS}"
   style:font-size-asian="22pt"/>
 </style:style>
 <style:style style:name="distributed" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:text-align-last="justify" fo:margin-left="160pt"
   fo:margin-right="16pt"/>
 </style:style>
 <style:style style:name="closing" style:family="paragraph">
  <style:paragraph-properties fo:text-align="end" fo:margin-right="64pt"/>
 </style:style>
 <style:style style:name="furniture" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:line-height="100%"/>
  <style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/>
 </style:style>
 <style:style style:name="cell" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
</office:styles>
"""


def _odt_field(fmt: str) -> str:
    """A header or footer line with LibreOffice's page number and page count fields."""
    out = html.escape(fmt)
    out = out.replace("{n}", '<text:page-number text:select-page="current">1</text:page-number>')
    return out.replace("{total}", "<text:page-count>1</text:page-count>")


def _odt_furniture(furniture: dict[str, str]) -> str:
    parts = []
    for where in ("header", "footer"):
        if where in furniture:
            parts.append(f'<style:{where}><text:p text:style-name="furniture">{_odt_field(furniture[where])}</text:p>'
                         f"</style:{where}>")  # fmt: skip
    return "".join(parts)


def _odt_table(rows: list[list[str]]) -> str:
    cell = '<table:table-cell><text:p text:style-name="cell">{}</text:p></table:table-cell>'
    body = "".join("<table:table-row>" + "".join(cell.format(html.escape(c)) for c in row) + "</table:table-row>"
                   for row in rows)  # fmt: skip
    columns = f'<table:table-column table:number-columns-repeated="{len(rows[0])}"/>'
    return f'<table:table table:name="t">{columns}{body}</table:table>'


def _odt_para(para: Para) -> str:
    if para.role == "table":
        return _odt_table([row.split("\t") for row in para.text.split("\n")])
    return f'<text:p text:style-name="{para.role}">{html.escape(para.text)}</text:p>'


def odt(paras: list[Para], furniture: dict[str, str]) -> str:
    """A flat ODT document of the paragraphs: A4 with the margins of GB/T 9704."""
    body = "".join(_odt_para(p) for p in paras)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {_NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
{_ODT_STYLES}
<office:automatic-styles>
 <style:page-layout style:name="a4">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.7cm"
   fo:margin-bottom="2.0cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
  <style:header-style>
   <style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style>
   <style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="a4">{_odt_furniture(furniture)}</style:master-page>
</office:master-styles>
<office:body><office:text>{body}</office:text></office:body>
</office:document>
"""


# ---------------------------------------------------------------- Chromium (HTML)

_CSS = f"""
@page {{ size: A4; margin: 2.7cm 2.6cm 2.0cm 2.8cm; {{margin_boxes}} }}
body {{ font-family: '{SERIF}'; font-size: 16pt; line-height: 28pt; margin: 0; }}
p {{ margin: 0; text-indent: 2em; text-align: justify; }}
p.heading {{ font-family: '{SANS}'; }}
p.title {{ font-family: '{SANS}'; font-size: 22pt; line-height: 36pt; text-align: center; text-indent: 0; }}
p.addressee {{ text-indent: 0; }}
p.closing {{ text-align: right; margin-right: 4em; text-indent: 0; }}
p.distributed {{ text-align: justify; text-align-last: justify; margin: 0 1em 0 10em; text-indent: 0; }}
table {{ border-collapse: collapse; margin: 8pt auto; }}
td, th {{ border: 1px solid #000; padding: 2pt 10pt; text-align: center; font-size: 14pt; }}
"""


def _css_margin_boxes(furniture: dict[str, str]) -> str:
    """CSS page-margin boxes (Chromium 131+) for a header and a footer line."""
    boxes = []
    for where, box in (("header", "top-center"), ("footer", "bottom-center")):
        if where in furniture:
            parts = re.split(r"(\{n\}|\{total\})", furniture[where])
            content = " ".join(
                {"{n}": "counter(page)", "{total}": "counter(pages)"}.get(part, f'"{part}"') for part in parts if part
            )
            boxes.append(f"@{box} {{ content: {content}; font-size: 12pt; font-family: '{SERIF}'; }}")
    return " ".join(boxes)


def _html_para(para: Para) -> str:
    if para.role == "table":
        rows = ("".join(f"<td>{html.escape(c)}</td>" for c in row.split("\t")) for row in para.text.split("\n"))
        return "<table>" + "".join(f"<tr>{row}</tr>" for row in rows) + "</table>"
    return f'<p class="{para.role}">{html.escape(para.text)}</p>'


def page_html(title: str, paras: list[Para], furniture: dict[str, str]) -> str:
    """An HTML page of the paragraphs, styled like a printed report."""
    css = _CSS.replace("{margin_boxes}", _css_margin_boxes(furniture))
    body = "\n".join(_html_para(p) for p in paras)
    return (f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{css}</style></head><body>\n{body}\n</body></html>")  # fmt: skip


# ---------------------------------------------------------------- converting


def libreoffice(src: Path, out_dir: Path) -> Path:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), str(src)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return out_dir / f"{src.stem}.pdf"


def chromium(src: Path, out: Path, *, browser_furniture: bool) -> Path:
    flags = [] if browser_furniture else ["--no-pdf-header-footer"]
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", *flags, f"--print-to-pdf={out}", src.as_uri()],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return out


def scanned(text_pdf: Path, out: Path, pages: int = 1, scale: float = 0.6) -> None:
    """An image-only PDF: the first pages of ``text_pdf`` rendered to grey bitmaps (43 dpi at
    scale 0.6: small, still legible) and placed on pages of the same size, with no text layer at all."""
    src, dst = pdfium.PdfDocument(str(text_pdf)), pdfium.PdfDocument.new()
    for index in range(min(pages, len(src))):
        page = src[index]
        width, height = page.get_size()
        bitmap = page.render(scale=scale, grayscale=True)
        new = dst.new_page(width, height)
        image = pdfium.PdfImage.new(dst)
        image.set_bitmap(bitmap)
        image.set_matrix(pdfium.PdfMatrix().scale(width, height))
        new.insert_obj(image)
        new.gen_content()
    dst.save(str(out))


def mixed(text_pdf: Path, scan_pdf: Path, out: Path) -> None:
    """A text PDF with an image-only page put in after its first page."""
    doc = pdfium.PdfDocument(str(text_pdf))
    doc.import_pages(pdfium.PdfDocument(str(scan_pdf)), index=1)
    doc.save(str(out), flags=pdfium_c.FPDF_REMOVE_SECURITY)


def encrypt(src: Path, out: Path, user: str) -> None:
    """AES-256 with ``user`` as the password to open it (empty: opens without one)."""
    subprocess.run(["qpdf", "--encrypt", user, "owner-secret", "256", "--", str(src), str(out)], check=True)


def radicals(text: str) -> str:
    """``text`` with each ideograph that has a Kangxi radical form written as that radical (the
    inverse of Unicode's NFKC mapping): what a PDF writer that names radicals puts in its text
    layer."""
    inverse = {}
    for code in range(0x2F00, 0x2FE0):
        unified = unicodedata.normalize("NFKC", chr(code))
        if len(unified) == 1 and unified != chr(code):
            inverse.setdefault(unified, chr(code))
    return "".join(inverse.get(ch, ch) for ch in text)


# A one-page document with what the seeds lack (figures from the foshan seed's 复议应诉 paragraph).
LAYOUT = [
    Para("2020年行政复议和行政诉讼案件情况", "title"),
    Para("2020年共办理行政复议案件15件，行政诉讼案件9件，具体情况见下表。", "body"),
    Para("类别\t2019年\t2020年\t增长率\n行政复议\t12\t15\t25%\n行政诉讼一审\t4\t5\t25%\n"
         "行政诉讼二审\t2\t1\t-50%", "table"),
    Para("案件数据由法规科统计，统计台账编号为FGK2020XZFYTJ0001，复核人为审计科。", "body"),
    Para(radicals("数据来源：人力资源和社会保障局行政复议统计台账。"), "body"),
    Para("佛山市人力资源和社会保障局", "distributed"),
]


PACKAGES = "libreoffice-writer-nogui chromium qpdf fonts-wqy-zenhei"


def main() -> None:
    for tool in ("soffice", "chromium", "qpdf"):
        if not shutil.which(tool):
            raise SystemExit(f"needs {tool}: apt-get install -y {PACKAGES}")
    DST.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lawrep-pdf-") as tmp:
        work = Path(tmp)
        for stem, furniture in LIBREOFFICE.items():
            paras = roles((SRC / f"{stem}.txt").read_text(encoding="utf-8").splitlines())
            (work / f"{stem}.fodt").write_text(odt(paras, furniture), encoding="utf-8")
            shutil.copy(libreoffice(work / f"{stem}.fodt", work), DST / f"{stem}.libreoffice.pdf")
        for stem, furniture in CHROMIUM.items():
            paras = roles((SRC / f"{stem}.txt").read_text(encoding="utf-8").splitlines())
            page = work / f"{stem}.html"
            page.write_text(page_html(f"{stem} 法治政府建设年度报告", paras, furniture), encoding="utf-8")
            chromium(page, DST / f"{stem}.chromium.pdf", browser_furniture="browser_furniture" in furniture)
        (work / "layout.fodt").write_text(odt(LAYOUT, {}), encoding="utf-8")
        shutil.copy(libreoffice(work / "layout.fodt", work), DST / "layout.libreoffice.pdf")
        (work / "layout.html").write_text(page_html("layout", LAYOUT, {}), encoding="utf-8")
        chromium(work / "layout.html", DST / "layout.chromium.pdf", browser_furniture=False)
        scanned(DST / "wuzhou-2021.chromium.pdf", DST / "scanned.pdf")
        mixed(DST / "layout.libreoffice.pdf", DST / "scanned.pdf", DST / "mixed.pdf")
        encrypt(DST / "layout.libreoffice.pdf", DST / "encrypted.pdf", "open-secret")
        encrypt(DST / "layout.libreoffice.pdf", DST / "owner-only.pdf", "")


if __name__ == "__main__":
    main()
