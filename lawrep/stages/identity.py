"""Stage 2 (with meta) — who wrote the report, and where: agency, department kind, region with
its GB/T 2260 code, administrative level.

Names come from the gazetteer (``lawrep.text.gazetteer``), never from a guess: a place that is not
a division is never output, and a name several divisions share (朝阳区, 市中区) is decided by the
other places the text names; when they do not decide, the region keeps only what all candidates
share and says which name was ambiguous.

How the agency is chosen, surest first: a full name (place + department) in the signature, in
the title line; a body the table does not list that signs or titles the report (then no
department in the body is the author), or a page's 发文机关 line; a full name in the front
matter; a short self-name (市人社局, 区人力资源局 — the lowest when several levels are named) or
我局 with the place the text speaks for (``author_place``), marked ``inferred``; a full name in
the body when it is the department the report speaks as. Which names are subjects, sources,
units or other bodies is ``mentions``'s job. A national ministry (司法部) is the author only as a
subject in a text that speaks as a ministry (部党组), with no region and no level. Where the
place cannot be found, the identity keeps the department kind (``meta.department``), the level
where the text makes it certain, and the province every named place lies in.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..models import Agency, Department, Level, Region, Span
from ..rules import agencies as A
from ..text import gazetteer as G
from ..text.document import Doc
from .author_place import (
    certain_level,
    clear_lead,
    county_by_short_name,
    has_siblings,
    levels_of,
    place_candidates,
    sole_province,
)
from .mentions import (
    BODY,
    CALLED,
    DEPARTMENT,
    FRONT,
    PLACE_SELF,
    SELF,
    Mention,
    find_mentions,
    fits_self,
    is_subject,
    may_be_author,
    opens_clause_at,
    signs,
    tied_to_self,
)
from .places import (
    LEVEL_OF_DIVISION,
    MUNICIPALITIES,
    Places,
    level_places,
    region_of,
    resolve,
    short_places,
)
from .unlisted import unlisted_author


def _standard_name(path: list[G.Division], dept: A.Department, own: str | None) -> str:
    """Region prefix + department, as official usage writes it (see the README)."""
    lowest = path[-1]
    province = path[0]
    municipality = province.code[2:] == "0000" and province.name in MUNICIPALITIES
    at_province = lowest.level == "province" and not municipality
    if own is not None:
        department = dict(dept.own_province).get(own, own) if at_province else own
    else:
        department = dept.province_name if at_province else dept.name
    if _is_city_district(path):
        return dept.prefix + path[-2].name + lowest.name + department  # a district carries its city's name
    return dept.prefix + lowest.name + department


def _is_city_district(path: list[G.Division]) -> bool:
    """A 市辖区 (海珠区, 武清区): a county-level 区 of a prefecture or a 直辖市; not a 林区 or a 特区
    (神农架林区, 六枝特区 carry no city's name) nor a 区 run directly by a province."""
    lowest = path[-1]
    if lowest.level != "county" or not lowest.name.endswith("区") or lowest.name.endswith(A.NOT_CITY_DISTRICTS):
        return False
    return len(path) > 1 and (path[-2].level == "prefecture" or path[-2].name in MUNICIPALITIES)


@dataclass(frozen=True)
class Identity:
    agency: Agency | None
    region: Region
    level: Level | None
    department: Department | None = None


def read_identity(doc: Doc, spans: dict[str, tuple[int, int]], signals: Level | None) -> Identity:
    """The agency, region and level of a report. ``spans`` gives where the signature, title,
    front matter and addressee are; ``signals`` the level the text speaks at (全县, 县委 …)."""
    places = Places(doc)
    if "signature" in spans:  # most reports sign with their full name: read that first, alone
        for mention in find_mentions(doc, spans, spans["signature"]):
            found = _stated(doc, mention, places) if mention.chain and signs(doc, mention) else None
            if found is not None:
                return found
    self_ref = SELF.search(doc.folded)
    endings = A.SELF_REFERENCES[self_ref.group()] if self_ref else ()
    every = find_mentions(doc, spans)
    found_all = [m for m in every if fits_self(m, endings) and (m.source or is_subject(doc, m))]
    if self_ref is None:
        found_all = _unless_a_place_speaks(doc.folded, found_all)
    unlisted = unlisted_author(doc, spans, places)
    written = (Identity(None, unlisted[0], unlisted[1]), unlisted[2]) if unlisted else None
    if written is not None and written[1] and self_ref is not None:
        written = None  # a place's title, but a department says 我局: it wrote the report
    if written is not None and written[1]:  # a place's report (浦江县2023年度…): only its government speaks
        found_all = [m for m in found_all if m.rank < FRONT or m.dept.kind == "government"]
    mentions = [m for m in found_all if m.national is None]
    ordered = sorted(mentions, key=lambda m: (m.rank, m.source, m.start))
    kinds = Counter(m.dept.kind for m in mentions if m.chain or m.level_char)
    usual = kinds.most_common(1)[0][0] if kinds else None
    own = _lowest_short(doc, ordered)
    unsure = _kinds_beside_self(doc.folded, every) if self_ref else set()
    declared = _declared(doc, spans, places, written)
    for mention in ordered:
        if mention.rank >= FRONT and declared is not None:
            return declared  # a 发文机关 line, or a body the table does not know signs or titles it
        if mention.rank >= FRONT and mention.dept.kind in unsure:
            continue
        if mention.chain and mention.rank < BODY and _fits_short(mention, own) and not _a_part(doc, mention, places):
            found = _stated(doc, mention, places)
            if found is not None:
                return found
    if declared is not None:
        return declared
    for sources in (False, True):  # a clause's subject first; a news item's source only without one
        pool = [m for m in ordered if m.source == sources]
        short = own if own is not None and own.source == sources else None
        if short is not None:
            return _inferred(doc, short.dept, short.own, short, signals, places)
        for mention in pool:
            if mention.chain and mention.dept.kind == usual and mention.dept.kind not in ("government", *unsure):
                fits = _fits_short(mention, own) and not _a_part(doc, mention, places)
                found = _stated(doc, mention, places) if fits else None
                if found is not None:
                    return found
    if written is not None:
        return written[0]
    ministry = next((m for m in found_all if m.national and not m.source), None)
    if ministry is not None and any(word in doc.folded for word in A.NATIONAL_SELF):
        return _national(doc, ministry)
    dept = _implied_department(doc) if self_ref else None
    if dept is None or self_ref is None:
        return _region_only(places, signals)
    return _inferred(
        doc, dept, None, Mention(dept, None, self_ref.group(), (), None, *self_ref.span(), BODY), signals, places
    )


_CHAR_RANK = {char: rank for rank, chars in enumerate(A.SHORT_CHARS_LOW_TO_HIGH) for char in chars}


def _declared(
    doc: Doc, spans: dict[str, tuple[int, int]], places: Places, written: tuple[Identity, bool] | None
) -> Identity | None:
    """After the signature and the title: a body the table does not know that signs or titles the
    report (常德市档案局), else the issuer a page's metadata line names (发文机关：…)."""
    if written is not None and not written[1]:
        return written[0]
    return _issuer(doc, spans, places)


def _issuer(doc: Doc, spans: dict[str, tuple[int, int]], places: Places) -> Identity | None:
    """The department a page's 发文机关 line names, written whole (not one of two joint issuers,
    not a unit of it: 金华市生态环境局义乌分局), with its place."""
    if "issuer" not in spans:
        return None
    a, b = spans["issuer"]
    if "、" in doc.folded[a:b]:
        return None  # joint issuers: no one author
    own = {key: span for key, span in spans.items() if key != "header"}
    for mention in find_mentions(doc, own, (a, b)):
        written_from = mention.start - len(mention.dept.prefix) if mention.dept.prefix else mention.start
        if mention.chain and a in (mention.start, written_from) and not doc.folded[mention.end : b].strip():
            return _stated(doc, mention, places)
    return None


def _a_part(doc: Doc, mention: Mention, places: Places) -> bool:
    """Whether a full name outside the title and the signature is a county-level body of the area the
    text speaks for: named beside another county of its city (慈溪市局…余姚市局), or ranked within
    the area elsewhere in the text (凯里市人社局…居全州首位)."""
    if mention.rank < FRONT:
        return False
    place = mention.chain[-1]
    divisions = G.full_named(place)
    if not divisions or any(d.level != "county" for d in divisions):
        return False
    return places.part()[place] > 0 or has_siblings(place, places.counts(), places.away())


def _lowest_short(doc: Doc, ordered: list[Mention]) -> Mention | None:
    """The short self-name (市人社局) that is the author's: the first one, or, when the text names
    its department's other levels so too (省人社厅召开…，县人社局作典型发言), the lowest: a report
    names the bodies above it as subjects (they convene, inspect, praise), seldom those below."""
    shorts = [m for m in ordered if m.level_char and may_be_author(doc, m)]  # not 区政府 as a superior
    shorts = [m for m in shorts if not m.source] or shorts
    if not shorts:
        return None
    first = shorts[0]
    same = [m for m in shorts if m.dept.kind == first.dept.kind and m.source == first.source]
    return min(same, key=lambda m: (_CHAR_RANK.get(m.level_char or "", 0), m.rank, m.start))


def _fits_short(mention: Mention, short: Mention | None) -> bool:
    """Outside the title and the signature, a full name of the short self-name's department at a
    level its character rules out (区司法局 … 成都市司法局通报表扬) is a body above the author."""
    if short is None or short.level_char is None or mention.rank < FRONT or mention.dept.kind != short.dept.kind:
        return True
    place = mention.chain[-1]
    return bool(levels_of(place) & set(A.LEVELS_OF_CHAR[short.level_char])) and place.endswith(
        A.SHORT_NAME_ENDINGS[short.level_char]
    )  # 县人社局 … 义乌市人社局介绍了经验: a 市's bureau is not the 县 bureau


def _unless_a_place_speaks(folded: str, mentions: list[Mention]) -> list[Mention]:
    """A report that never calls itself 我局 and opens its first clause as a place (2022年，我县
    深入推进…), before any department is a subject, speaks for that place: a department its front
    matter or body names is one of the place's, not the author (its government may be)."""
    found = PLACE_SELF.search(folded)
    if found is None or not opens_clause_at(folded, found.start()) or DEPARTMENT.match(folded, found.end()):
        return mentions  # none, or 我县司法局: a department's short self-name
    if any(m.rank >= FRONT and m.start < found.start() and m.dept.kind != "government" for m in mentions):
        return mentions  # a department spoke first (2022年，县人社局坚持…，我县就业稳定)
    return [m for m in mentions if m.rank < FRONT or m.dept.kind == "government"]


def _kinds_beside_self(folded: str, every: list[Mention]) -> set[str]:
    """Departments named in full in a sentence that also says 我局 (常熟市人社局认真贯彻…，我局全年
    共受理… or 杭州市人社局召开会议，我局作交流发言): whether such a name is the author's own or
    another body's the sentence does not say, so no other full name of that kind in the body is
    taken for the author either; the place is then weighed as for 我局."""
    return {
        m.dept.kind
        for m in every
        if m.chain and m.rank >= FRONT and tied_to_self(folded, m.start, m.end) and not folded.startswith(CALLED, m.end)
    }


def _stated(doc: Doc, mention: Mention, places: Places) -> Identity | None:
    """The identity a full name gives; when its place is a name several divisions share and the
    text does not decide, no agency, the region's certain part and the note saying so."""
    path, note = resolve(mention.chain, places)
    if note is not None:
        level = _shared_level(mention.chain[-1])
        return Identity(None, region_of(path, note), level, _department(doc, mention.dept.kind, False, mention))
    if not path or path[-1] not in G.full_named(mention.chain[-1]):
        return None
    return _identity(doc, mention, path, note)


def _department(doc: Doc, kind: str, inferred: bool, evidence: Mention) -> Department:
    return Department(
        kind=kind,
        inferred=inferred,
        text=doc.text[evidence.start : evidence.end],
        start=evidence.start,
        end=evidence.end,
    )


def _shared_level(name: str) -> Level | None:
    """The level of every division a name several share (市中区: all county level), else None."""
    levels = {LEVEL_OF_DIVISION[d.level] for d in G.full_named(name)}
    return levels.pop() if len(levels) == 1 else None


def _national(doc: Doc, mention: Mention) -> Identity:
    """A national ministry: its official name, no region and no level (see rules.agencies.NATIONAL)."""
    name = mention.national or ""
    written = doc.folded[mention.start : mention.end]
    agency = Agency(
        name=name,
        kind=mention.dept.kind,
        inferred=written != name,
        text=doc.text[mention.start : mention.end],
        start=mention.start,
        end=mention.end,
    )
    return Identity(agency, Region(), None, _department(doc, mention.dept.kind, False, mention))


def _identity(doc: Doc, mention: Mention, path: list[G.Division], note: str | None) -> Identity:
    name, kind, start = _standard_name(path, mention.dept, mention.own), mention.dept.kind, mention.start
    party = re.search(f"中共{re.escape(path[-1].name)}委[、\\s]*$", doc.folded[max(0, start - 30) : start])
    if kind == "government" and party is not None:  # a joint author (中共X县委、X县人民政府, or spaced)
        name, kind = f"中共{path[-1].name}委、{name}", "party_government"
        start -= len(party.group())
    elif mention.dept.prefix and doc.folded.endswith(mention.dept.prefix, 0, start):
        start -= len(mention.dept.prefix)  # 国家税务总局慈溪市税务局: the name as written
    written = doc.folded[start : mention.end]
    agency = Agency(
        name=name,
        kind=kind,
        inferred=written != name,
        text=doc.text[start : mention.end],
        start=start,
        end=mention.end,
    )
    department = Department(kind=kind, inferred=False, text=agency.text, start=start, end=mention.end)
    return Identity(agency, region_of(path, note), LEVEL_OF_DIVISION[path[-1].level], department)


def _inferred(
    doc: Doc, dept: A.Department, own: str | None, evidence: Mention, signals: Level | None, places: Places
) -> Identity:
    """No full name: a short self-name (市人社局) or 我局, with the place the text speaks for: the
    one it names most, of the kind the short name says (市 → a 市) or at the level it speaks at.
    With no such place, the department alone, at the level the text makes certain."""
    level_char = evidence.level_char
    department = _department(doc, dept.kind, evidence.written in A.SELF_REFERENCES, evidence)
    all_places = places
    candidates, tied = place_candidates(doc, places, evidence, signals)
    if tied:  # two places named as often: neither is certain
        return Identity(None, sole_province(all_places), certain_level(doc, evidence), department)
    if not candidates:
        places = Places(None, short_places(doc, level_char, signals))
        candidates = clear_lead(places.counts())
    if not candidates:
        places = Places(None, county_by_short_name(doc, evidence, all_places))
        candidates = [name for name, _ in places.counts().most_common(1)]
    if not candidates:
        return Identity(None, sole_province(all_places), certain_level(doc, evidence), department)
    path, note = resolve((candidates[0],), places)
    if not path or path[-1] not in G.full_named(candidates[0]):
        level = _shared_level(candidates[0]) if note else None
        return Identity(None, region_of(path, note), level or certain_level(doc, evidence), department)
    agency = Agency(
        name=_standard_name(path, dept, own),
        kind=dept.kind,
        inferred=True,
        text=doc.text[evidence.start : evidence.end],
        start=evidence.start,
        end=evidence.end,
    )
    return Identity(agency, region_of(path, note), LEVEL_OF_DIVISION[path[-1].level], department)


def _region_only(places: Places, signals: Level | None) -> Identity:
    """No author: the region is still the place the text speaks for, when its level says which."""
    if signals is None:
        return Identity(None, Region(), None)
    counts, away = places.counts(), places.away()
    candidates = [name for name in level_places(places, signals) if counts[name] > away[name]]
    if not candidates:
        return Identity(None, Region(), None)
    path, note = resolve((candidates[0],), places)
    return Identity(None, region_of(path, note), None)


def _implied_department(doc: Doc) -> A.Department | None:
    """The department a report that calls itself 我局 implies by the words of its field: the
    field whose words it uses most."""
    counts = sorted(
        ((sum(doc.folded.count(cue) for cue in cues), kind) for cues, kind in A.IMPLIED_KINDS), reverse=True
    )
    (best, kind), (second, _) = counts[0], counts[1]
    if best < A.IMPLIED_MIN_CUES or best < 2 * second:
        return None  # no field is named clearly
    return next(d for d in A.DEPARTMENTS if d.kind == kind)


__all__ = ["Identity", "Span", "read_identity"]
