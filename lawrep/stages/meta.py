"""Stage 2 — metadata: year, agency, region, level, signing date, title, addressee, contact.

Each value keeps the span it was read from. Where the report never states its agency's full
name (``我局`` and a place named elsewhere), the name is *inferred*: the agency kind from the
report's self-reference, the place from the place names it uses most at its own level (县委、
县政府 → a county). Names inside 《…》 are titles of other documents; they count as weaker
evidence and never as the agency naming itself.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache

import regex

from ..models import Agency, Contact, Level, Meta, Region, Span
from ..rules import meta as R
from ..rules import outline as O
from ..text.document import Doc, lines_within
from ..text.fastre import literals
from ..text.numerals import cn_to_int
from ..text.spans import SpanIndex
from .outline import Structure

_PROVINCES = literals(R.PROVINCES)
_KINDS = "|".join(regex.escape(written) for written, _ in R.AGENCY_KINDS)
_KIND_NAME = dict(R.AGENCY_KINDS)
_FULL_NAME = regex.compile(rf"{R.PLACE}(?P<kind>{_KINDS})")
_SHORT_NAME = regex.compile(rf"(?P<lvl>[{R.SHORT_NAME_LEVELS}])?(?P<kind>{_KINDS})")
_PLACE = regex.compile(R.PLACE)
_PLACE_END = regex.compile(R.PLACE_SUFFIX)
_HAN_ONLY = regex.compile(r"\p{Han}+")
_SIGNATURE = regex.compile(rf"\s*{R.PLACE}(?P<kind>\p{{Han}}{{2,20}}?(?:{R.SIGNATURE_KIND_ENDINGS}))\s*")
_SELF_REFERENCE = regex.compile(R.SELF_REFERENCE)
_DATE_RES = (regex.compile(R.DATE_CN), regex.compile(R.DATE_ISO))
_YEAR_RES = tuple(regex.compile(p, regex.MULTILINE) for p in R.YEAR_CUES)
_LEVEL_OF_WORD = {word: level for level, words in R.LEVEL_SIGNALS.items() for word in words}
_LEVEL_WORDS = literals(_LEVEL_OF_WORD)
_PERSON = regex.compile(R.CONTACT_PERSON)
_PHONE = regex.compile(R.CONTACT_PHONE)
_ADDRESSEE = regex.compile(rf"\s*{O.ADDRESSEE_LINE}\s*")
_CLAUSE_MARK = regex.compile(f"[{O.CLAUSE_MARKS}]")
_WEB_LEFTOVER = tuple(regex.compile(rf"\s*(?:{p})\s*") for p in O.WEB_LEFTOVER_LINES)


def _span(text: str, start: int, end: int) -> Span:
    return Span(text=text[start:end], start=start, end=end)


def _number(s: str) -> int | None:
    return int(s) if s.isdigit() else cn_to_int(s)


def _inside(pos: int, ranges: SpanIndex) -> bool:
    return ranges.contains(pos)


def _is_place(name: str) -> bool:
    stem = name.rstrip(R.PLACE_SUFFIX_CHARS)
    return (
        name[0] not in R.NOT_PLACE_FIRST
        and bool(stem)
        and stem[-1] not in R.NOT_BEFORE_SUFFIX
        and not any(w in name for w in R.NOT_PLACE_ANYWHERE)
    )


def _suffix_level(place: str) -> Level | None:
    for suffix in sorted(R.SUFFIX_LEVEL, key=len, reverse=True):
        if place.endswith(suffix):
            return R.SUFFIX_LEVEL[suffix]
    return None


def read_date(doc: Doc, closing: Span | None) -> tuple[str | None, Span | None]:
    """The signing date: the last well-formed date of the back matter."""
    text, folded = doc.text, doc.folded
    if closing is None:
        return None, None
    found: tuple[str, Span] | None = None
    for pattern in _DATE_RES:
        for m in pattern.finditer(folded, closing.start, closing.end):
            y, mo, d = (_number(m.group(g)) for g in ("y", "m", "d"))
            try:
                iso = Date(y or 0, mo or 0, d or 0).isoformat()
            except ValueError:
                continue
            if found is None or m.start() > found[1].start:
                found = (iso, _span(text, m.start(), m.end()))
    return found if found else (None, None)


def read_year(doc: Doc, structure: Structure, signed: str | None) -> tuple[int | None, Span | None]:
    """The year the report is about: its title, opening or part titles; else the signing date."""
    text, folded = doc.text, doc.folded
    head_end = structure.preamble.end if structure.preamble else min(len(folded), 400)
    places = [(0, head_end)] + [(s.start, s.start + len(s.marker) + len(s.title)) for s in structure.sections]
    for pattern in _YEAR_RES:
        for a, b in places:
            m = pattern.search(folded, a, b)
            if m and _plausible(int(m.group("y"))):
                return int(m.group("y")), _span(text, m.start("y"), m.end("y"))
    if signed:
        year, month = int(signed[:4]), int(signed[5:7])
        year = year - 1 if month <= 6 else year
        return (year, None) if _plausible(year) else (None, None)
    return None, None


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


def _places(folded: str, bracketed: SpanIndex, provinces: list[tuple[int, str]]) -> Counter[str]:
    """Place names weighted: 2 in running text, 1 inside 《…》; provinces from the official list."""
    counts: Counter[str] = Counter()
    for m in _PLACE_END.finditer(folded):
        end, weight = m.end(), 1 if _inside(m.start(), bracketed) else 2
        for length in (2, 3):
            start = m.start() - length
            if start < 0:
                break
            name = folded[start:end]
            if _could_be_place(name):
                counts[name] += weight
    for start, name in provinces:
        counts[name] += 1 if _inside(start, bracketed) else 2
    return counts


@lru_cache(maxsize=8192)
def _could_be_place(name: str) -> bool:
    """Han characters only, and none of the words that end like a place but are not one. Cached:
    a report names its own county or city dozens of times."""
    return bool(_HAN_ONLY.fullmatch(name)) and _is_place(name)


@dataclass(frozen=True)
class _Evidence:
    """What the agency rules read: the document (its 《…》 titles are discounted), the places by
    weight, the level the report speaks at, and where its front matter ends."""

    doc: Doc
    places: Counter[str]
    level: Level | None
    head_end: int

    def agency(self, name: str, inferred: bool, start: int, end: int) -> Agency:
        return Agency(name=name, inferred=inferred, **_span(self.doc.text, start, end).model_dump())

    def first_outside_titles(self, place: str) -> regex.Match[str] | None:
        """The first mention of ``place`` in running text, else inside a title."""
        mentions = list(regex.finditer(regex.escape(place), self.doc.folded))
        outside = [m for m in mentions if not _inside(m.start(), self.doc.titles)]
        return (outside or mentions or [None])[0]

    def ranked_places(self, level: Level | None) -> list[str]:
        return [p for p, _ in self.places.most_common() if level is None or _suffix_level(p) == level]


def _stated_agency(ev: _Evidence, closing: Span | None) -> Agency | None:
    """A full name the report gives itself: signature line, title, or running text."""
    if closing is not None:
        for offset, line in lines_within(ev.doc, closing.start, closing.end):
            m = _SIGNATURE.fullmatch(line)
            if m and _is_place(m.group("place")):
                kind = m.group("kind")
                official = _KIND_NAME.get(kind, kind)
                return ev.agency(
                    m.group("place") + official, official != kind, offset + m.start("place"), offset + m.end("kind")
                )
    for m in _FULL_NAME.finditer(ev.doc.folded):
        if _is_place(m.group("place")) and not _inside(m.start(), ev.doc.titles):
            official = _KIND_NAME[m.group("kind")]
            return ev.agency(m.group("place") + official, official != m.group("kind"), m.start(), m.end())
    return None


def _inferred_agency(ev: _Evidence) -> Agency | None:
    """No full name: the kind from a short self-name in the front matter (市人力资源保障局), or
    from 我局 in a report about 人社; the place from the names used most at the report's level."""
    short = next(
        (m for m in _SHORT_NAME.finditer(ev.doc.folded, 0, ev.head_end) if not _inside(m.start(), ev.doc.titles)), None
    )
    if short is None:
        implied = _implied_kind(ev.doc.folded)
        return None if implied is None else _with_place(ev, implied, ev.level, None)
    kind = _KIND_NAME[short.group("kind")]
    if short.group("lvl"):
        # 市人力资源保障局 names the level and the kind: the best evidence there is
        return _with_place(ev, kind, R.SUFFIX_LEVEL[short.group("lvl")], (short.start(), short.end()))
    return _with_place(ev, kind, ev.level, None)


def _implied_kind(folded: str) -> str | None:
    """The kind a report that calls itself 我局 implies by the field words it uses (人社 …)."""
    if not _SELF_REFERENCE.search(folded):
        return None
    return next((kind for cues, kind in R.IMPLIED_KINDS if any(cue in folded for cue in cues)), None)


def _with_place(ev: _Evidence, kind: str, level: Level | None, evidence: tuple[int, int] | None) -> Agency | None:
    ranked = ev.ranked_places(level)
    if not ranked:
        return None
    place = ranked[0]
    if evidence is None:
        first = ev.first_outside_titles(place)
        if first is None:
            return None
        evidence = first.span()
    return ev.agency(place + kind, True, *evidence)


def read_agency(doc: Doc, structure: Structure) -> tuple[Agency | None, Region, Level | None]:
    """The agency (stated, else inferred), its region and its level."""
    folded, bracketed = doc.folded, doc.titles
    province_hits = [(m.start(), m.group()) for m in _PROVINCES.finditer(folded)]
    places = _places(folded, bracketed, province_hits)
    head_end = structure.preamble.end if structure.preamble else 0
    ev = _Evidence(doc, places, _level_from_signals(folded), head_end)
    agency = _stated_agency(ev, structure.closing) or _inferred_agency(ev)
    region = Region()
    agency_level = None
    if agency is not None:
        place = _PLACE.match(agency.name)
        if place:
            name = place.group("place")
            agency_level = _suffix_level(name)
            setattr(region, agency_level or "county", name)
    provinces = [name for _, name in province_hits]
    if region.province is None and provinces:
        region.province = Counter(provinces).most_common(1)[0][0]
    if agency_level == "county" and region.city is None:
        cities = [p for p in ev.ranked_places("city") if p not in R.PROVINCES]
        region.city = cities[0] if cities else None
    return agency, region, agency_level


def _title_and_addressee(doc: Doc, preamble: Span | None) -> tuple[Span | None, Span | None]:
    """The title lines and the addressee of the front matter."""
    if preamble is None:
        return None, None
    text, folded = doc.text, doc.folded
    title: tuple[int, int] | None = None
    addressee = None
    for start, line in lines_within(doc, preamble.start, preamble.end):
        stripped = line.strip()
        if not stripped:
            continue
        if any(p.fullmatch(line) for p in _WEB_LEFTOVER):
            continue  # a breadcrumb, the publication line or buttons of a copied web page
        m = _ADDRESSEE.fullmatch(line)
        if m:
            addressee = _span(text, start + m.start("who"), start + m.end("who"))
            break
        if len(stripped) > O.TITLE_MAX_CHARS_LINE or _CLAUSE_MARK.search(stripped):
            break  # the opening paragraph
        lead = len(line) - len(line.lstrip())
        title = (title[0] if title else start + lead, start + len(line.rstrip()))
    if title and O.TITLE_WORD not in folded[title[0] : title[1]]:
        title = None
    return (_span(text, *title) if title else None), addressee


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
    year, year_span = read_year(doc, structure, signed)
    agency, region, level = read_agency(doc, structure)
    title, addressee = _title_and_addressee(doc, structure.preamble)
    return Meta(
        year=year,
        year_evidence=year_span,
        agency=agency,
        region=region,
        level=level,
        date=signed,
        date_evidence=date_span,
        title=title,
        addressee=addressee,
        contact=_contact(doc.text, doc.folded, structure.closing),
    )
