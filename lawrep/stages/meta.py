"""Stage 2 — metadata: year, agency, region, level, signing date, title, addressee, contact.

Each value keeps the span it was read from. Where the report never states its agency's full
name (``我局`` and a place named elsewhere), the name is *inferred*: the agency kind from the
report's self-reference, the place from the place names it uses most at its own level (县委、
县政府 → a county). Names inside 《…》 are titles of other documents; they count as weaker
evidence and never as the agency naming itself.
"""

from __future__ import annotations

from datetime import date as Date

import regex

from ..models import Contact, Level, Meta, Span
from ..rules import agencies as A
from ..rules import meta as R
from ..rules import outline as O
from ..text.document import Doc, lines_within
from ..text.fastre import literals
from ..text.numerals import cn_to_int
from .identity import read_identity
from .outline import Structure

_DATE_RES = (regex.compile(R.DATE_CN), regex.compile(R.DATE_ISO))
# one alternation each: a line is tried once, not once per pattern
_NOT_SIGNING = regex.compile("|".join(f"(?:{p})" for p in (*O.WEB_LEFTOVER_LINES, *O.FOOTER_LINES)))
_YEAR_RES = tuple(regex.compile(p, regex.MULTILINE) for p in R.YEAR_CUES)
_YEAR_RANGE_RES = tuple(regex.compile(p) for p in R.YEAR_RANGE_CUES)
_SINCE_START = regex.compile(R.YEAR_SINCE_START)
_OPENING_YEAR = regex.compile(R.YEAR_OPENING)
_PLAN = regex.compile(R.PLAN_TITLE)
_DOCUMENT_DATE = regex.compile(R.DOCUMENT_DATE_LINE)
_THIS_YEAR = regex.compile(R.THIS_YEAR)
_TITLE_YEAR = regex.compile(rf"(?:{R.YEAR_WRITTEN})\s*年")
_THIS_YEAR_BEFORE = 2  # the 今年 rule comes after the title and 现将 cues, before the opening ones
_SINCE_LENGTH = regex.compile(R.YEAR_SINCE_LENGTH)
_LEVEL_OF_WORD = {word: level for level, words in R.LEVEL_SIGNALS.items() for word in words}
_LEVEL_WORDS = literals(_LEVEL_OF_WORD)
_PERSON = regex.compile(R.CONTACT_PERSON)
_PHONE = regex.compile(R.CONTACT_PHONE)
_ADDRESSEE = regex.compile(rf"\s*{O.ADDRESSEE_LINE}\s*")
_CLAUSE_MARK = regex.compile(f"[{O.CLAUSE_MARKS}]")
_WEB_LEFTOVER = regex.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in O.WEB_LEFTOVER_LINES) + r")\s*")
_HEADER = tuple(regex.compile(rf"\s*(?:{p})\s*") for p in O.WEB_LEFTOVER_LINES[:2])  # banner, breadcrumb
_LABEL_ALONE = regex.compile(O.LABEL_ALONE)
_ISSUER = regex.compile(rf"(?:{A.ISSUER_LABELS})\s*[:：\t ]\s*")
_TITLE_LABEL = regex.compile(r"\s*(?:标题|题名|名称)\s*[:：]\s*")


def _span(text: str, start: int, end: int) -> Span:
    return Span(text=text[start:end], start=start, end=end)


def _number(s: str) -> int | None:
    return int(s) if s.isdigit() else cn_to_int(s.replace("○", "零").replace("O", "零"))  # 二○二四, 二Ｏ二四


def read_date(doc: Doc, closing: Span | None) -> tuple[str | None, Span | None]:
    """The signing date: the last well-formed date of the back matter; else the date a page's
    metadata line gives the document (成文日期：2022-02-28)."""
    text, folded = doc.text, doc.folded
    if closing is None:
        return _document_date(doc)
    found: tuple[str, Span] | None = None
    for pattern in _DATE_RES:
        for m in pattern.finditer(folded, closing.start, closing.end):
            if _not_signing(folded, m.start()):
                continue  # 发布时间：…, …印发, 附件：…: a page's or the printer's date
            y, mo, d = (_number(m.group(g)) for g in ("y", "m", "d"))
            try:
                iso = Date(y or 0, mo or 0, d or 0).isoformat()
            except ValueError:
                continue
            if found is None or m.start() > found[1].start:
                found = (iso, _span(text, m.start(), m.end()))
    return found if found else _document_date(doc)


def _document_date(doc: Doc) -> tuple[str | None, Span | None]:
    if "成文" not in doc.folded and "签发" not in doc.folded:
        return None, None  # most texts: no page metadata to search
    for line in _DOCUMENT_DATE.finditer(doc.folded):
        for pattern in _DATE_RES:
            m = pattern.match(doc.folded, line.end())
            if m is None:
                continue
            y, mo, d = (_number(m.group(g)) for g in ("y", "m", "d"))
            try:
                return Date(y or 0, mo or 0, d or 0).isoformat(), _span(doc.text, m.start(), m.end())
            except ValueError:
                continue
    return None, None


def _not_signing(folded: str, pos: int) -> bool:
    """Whether the date at ``pos`` is on a line of a web page's leftovers or of the 公文 footer."""
    start = folded.rfind("\n", 0, pos) + 1
    end = folded.find("\n", pos)
    line = folded[start : end if end >= 0 else len(folded)].strip()
    return _NOT_SIGNING.fullmatch(line) is not None


def read_year_range(doc: Doc, structure: Structure) -> tuple[int, int, Span] | None:
    """The first and last year of a report whose title states its period as a range (2012—2016年
    法治政府建设工作报告), with the span of the range."""
    folded = doc.folded
    head_end = structure.preamble.end if structure.preamble else min(len(folded), 400)
    for pattern in _YEAR_RANGE_RES:
        for m in pattern.finditer(folded, 0, head_end):
            first, last = _year_value(m.group("y")) or 0, _year_value(m.group("y2")) or 0
            if doc.titles.contains(m.start("y")) or not (_plausible(first) and _plausible(last)):
                continue
            if 0 < last - first < R.MAX_RANGE_YEARS:
                return first, last, _span(doc.text, m.start("y"), m.end("y2"))
    return _year_since(doc, head_end)


def _year_since(doc: Doc, head_end: int) -> tuple[int, int, Span] | None:
    """A term report's period written as a start and a length (2012年以来，…现将我局五年来…报告
    如下 → 2012–2016), with the span of the start year: both must be in the head, outside 《…》."""
    start = _SINCE_START.search(doc.folded, 0, head_end)
    length = _SINCE_LENGTH.search(doc.folded, 0, head_end)
    if start is None or length is None or doc.titles.contains(start.start("y")):
        return None
    n = length.group("n")
    first, years = int(start.group("y")), int(n) if n.isdigit() else cn_to_int(n)
    if years is None or not 1 < years <= R.MAX_RANGE_YEARS or not _plausible(first + years - 1):
        return None
    return first, first + years - 1, _span(doc.text, start.start("y"), start.end("y"))


def read_year(doc: Doc, structure: Structure, signed: str | None) -> tuple[int | None, Span | None]:
    """The year the report is about: its title, opening or part titles; else the signing date."""
    text, folded = doc.text, doc.folded
    head_end = structure.preamble.end if structure.preamble else min(len(folded), 400)
    places = [(0, head_end)] + [
        (s.start, s.start + len(s.marker) + len(s.title)) for s in structure.sections if not _PLAN.search(s.title)
    ]
    for i, pattern in enumerate(_YEAR_RES):
        if i == _THIS_YEAR_BEFORE:
            this_year = _this_year(doc, head_end, signed)
            if this_year is not None:
                return this_year
        for a, b in places:
            for m in pattern.finditer(folded, a, b):
                before = folded[m.start("y") - 1] if m.start("y") else ""
                if doc.titles.contains(m.start("y")) or (before and before in "—-~至"):
                    continue  # 《…纲要(2021—2025年)》: another document's years, or a range's end
                year = _year_value(m.group("y"))
                if year is not None and _plausible(year):
                    return year, _span(text, m.start("y"), m.end("y"))
    opening = _first_part_opening(doc, structure)
    if opening is not None:
        return opening
    if signed:
        year, month = int(signed[:4]), int(signed[5:7])
        year = year - 1 if month <= 6 else year
        return (year, None) if _plausible(year) else (None, None)
    return None, None


def _this_year(doc: Doc, head_end: int, signed: str | None) -> tuple[int, Span] | None:
    """今年 in the head of a report signed in the second half of a year: that year."""
    if not signed or int(signed[5:7]) < R.THIS_YEAR_FROM_MONTH:
        return None
    m = _THIS_YEAR.search(doc.folded, 0, head_end)
    if m is None or doc.titles.contains(m.start("y")) or not _plausible(int(signed[:4])):
        return None
    first = next((line.strip() for line in doc.folded[:head_end].split("\n") if line.strip()), "")
    if _TITLE_YEAR.search(first) and first.endswith(O.TITLE_ENDINGS):
        return None  # the title states its year (…司法局2023年度推进法治政府建设工作情况报告)
    return int(signed[:4]), _span(doc.text, m.start("y"), m.end("y"))


_CN_DIGITS = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")} | {
    "零": "0",
    "○": "0",
    "O": "0",
}  # ○, Ｏ: a circle or a letter for zero


def _year_value(written: str) -> int | None:
    """2023, or 二〇二三 written digit by digit."""
    if written.isdigit():
        return int(written)
    digits = "".join(_CN_DIGITS.get(ch, "") for ch in written)
    return int(digits) if len(digits) == len(written) else None


def _first_part_opening(doc: Doc, structure: Structure) -> tuple[int, Span] | None:
    """A report whose head is only its legal basis (根据《…》要求，现将…报告如下) opens its first
    part with the year instead (一、2023年总体情况 / 2023年，我局坚持…): the opening cue only, on
    the first line of the first part's body."""
    if not structure.sections:
        return None
    folded = doc.folded
    start = folded.find("\n", structure.sections[0].start) + 1
    if start <= 0:
        return None
    end = folded.find("\n", start)
    m = _OPENING_YEAR.match(folded, start, end if end >= 0 else len(folded))
    if m is None or not _plausible(int(m.group("y"))):
        return None
    return int(m.group("y")), _span(doc.text, m.start("y"), m.end("y"))


def _plausible(year: int) -> bool:
    """Years a rule-of-law report can be about (the PRC's, up to a generous horizon)."""
    return R.FIRST_YEAR <= year <= R.LAST_YEAR


def _level_from_signals(folded: str) -> Level | None:
    """The level whose self-references (县委, 全市 …) the text uses most; ties go to the level
    listed first. One scan for all levels: no word of one level overlaps a word of another."""
    counts = dict.fromkeys(R.LEVEL_SIGNALS, 0)
    for word in _LEVEL_WORDS.findall(folded):
        counts[_LEVEL_OF_WORD[word]] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else None


def _where(
    doc: Doc, structure: Structure, title: Span | None, addressee: Span | None, header_end: int
) -> dict[str, tuple[int, int]]:
    """Where the signature, the title, the front matter, the addressee and the page's header are:
    how surely a name found there is the author's own; and a page's 发文机关 line."""
    spans: dict[str, tuple[int, int]] = {}
    if header_end:
        spans["header"] = (0, header_end)
    issuer = _ISSUER.search(doc.folded, 0, structure.preamble.end if structure.preamble else 0)
    if issuer is not None:
        line_end = doc.folded.find("\n", issuer.end())
        spans["issuer"] = (issuer.end(), line_end if line_end >= 0 else len(doc.folded))
    if structure.closing is not None:
        spans["signature"] = (structure.closing.start, structure.closing.end)
    if title is not None:
        spans["title"] = (title.start, title.end)
    if structure.preamble is not None and structure.sections:
        spans["front"] = (structure.preamble.start, structure.preamble.end)
    elif structure.preamble is not None:  # no headings (a news item): only its first lines
        lines = [line for line in doc.lines if line.text.strip()][:2]
        spans["front"] = (lines[0].start, lines[-1].end) if lines else (0, 0)
    if addressee is not None:
        spans["addressee"] = (addressee.start, addressee.end)
    return spans


def _title_and_addressee(doc: Doc, preamble: Span | None) -> tuple[Span | None, Span | None, int]:
    """The title lines and the addressee of the front matter, and where the page's header ends:
    the site's banner, breadcrumbs and a metadata table above the title (label and value on a
    line each: 发布机构：\n嘉善县人民政府), which name the page's owner, not the author."""
    if preamble is None:
        return None, None, 0
    text, folded = doc.text, doc.folded
    title: tuple[int, int] | None = None
    addressee = None
    header_end, value_next = 0, False
    for start, line in lines_within(doc, preamble.start, preamble.end):
        stripped = line.strip()
        if not stripped:
            continue
        if value_next or _LABEL_ALONE.fullmatch(line):  # a label, then its value on the next line
            value_next = not value_next
            title, header_end = None, start + len(line)
            continue
        if _WEB_LEFTOVER.fullmatch(line):
            if title is not None and any(p.fullmatch(line) for p in _HEADER):
                title = None  # 嘉兴市人民政府 above 首页 > 政务公开 > …: the page's owner, not a title
            if title is None:
                header_end = start + len(line)
            continue  # a breadcrumb, the publication line or buttons of a copied web page
        m = _ADDRESSEE.fullmatch(line)
        if m:
            addressee = _span(text, start + m.start("who"), start + m.end("who"))
            break
        long = len(stripped) > O.TITLE_MAX_CHARS_LINE and not (
            len(stripped) <= O.TITLE_MAX_CHARS_ENDING and stripped.endswith(O.TITLE_ENDINGS)
        )
        if long or _CLAUSE_MARK.search(stripped):
            break  # the opening paragraph
        label = _TITLE_LABEL.match(line)
        lead = label.end() if label else len(line) - len(line.lstrip())
        title = (title[0] if title else start + lead, start + len(line.rstrip()))
    if title and not any(word in folded[title[0] : title[1]] for word in O.TITLE_WORD):
        title = None
    return (_span(text, *title) if title else None), addressee, header_end


def _contact(text: str, folded: str, closing: Span | None) -> Contact:
    if closing is None:
        return Contact()
    person = _PERSON.search(folded, closing.start, closing.end)
    phone = _PHONE.search(folded, closing.start, closing.end)
    return Contact(
        person=_span(text, person.start("v"), person.end("v")) if person else None,
        phone=_span(text, phone.start("v"), phone.end("v")) if phone else None,
    )


def read_meta(doc: Doc, structure: Structure) -> Meta:
    """Read every metadata field with its evidence."""
    signed, date_span = read_date(doc, structure.closing)
    year_range = read_year_range(doc, structure)
    year: int | None
    year_to: int | None = None
    year_span: Span | None
    if year_range is not None:  # the span covers the range, first year to last (2012—2016)
        year, year_to, year_span = year_range
    else:
        year, year_span = read_year(doc, structure, signed)
    title, addressee, header_end = _title_and_addressee(doc, structure.preamble)
    spans = _where(doc, structure, title, addressee, header_end)
    who = read_identity(doc, spans, _level_from_signals(doc.folded))
    agency, region, level = who.agency, who.region, who.level
    return Meta(
        year=year,
        year_to=year_to,
        year_evidence=year_span,
        agency=agency,
        department=who.department,
        region=region,
        level=level,
        date=signed,
        date_evidence=date_span,
        title=title,
        addressee=addressee,
        contact=_contact(doc.text, doc.folded, structure.closing),
    )
