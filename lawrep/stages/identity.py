"""Stage 2 (with meta) — who wrote the report, and where: agency, department kind, region with
its GB/T 2260 code, administrative level.

Names come from the gazetteer (``lawrep.text.gazetteer``), never from a guess: a place that is not
a division is never output, and a name several divisions share (朝阳区, 市中区) is decided by the
other places the text names; when they do not decide, the region keeps only what all candidates
share and says which name was ambiguous.

How the agency is chosen, surest first: a full name (place + department) in the signature, in
the title line, in the front matter, or in the body when it is the department the report
speaks as; else a short self-name (市人社局, 区人力资源局) or 我局 with the place the text speaks
for at that level (its most named place), marked ``inferred``. In the body, a clause's subject
comes before a body a news item names only as its source (记者从…获悉). A national ministry
(司法部) is the author only as a subject in a text that speaks as a ministry (部党组), with no
region and no level. A county-level author whose text names its county only by the short name
(海安主城区) gets that county where the text makes its level county and names it far more than
any other county of its one province. Where the place cannot be found, the identity keeps the department kind
(``meta.department``), the level where the text makes it certain, and the province every named
place lies in.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..models import Agency, Department, Level, Region, Span
from ..rules import agencies as A
from ..text import gazetteer as G
from ..text.document import Doc
from ..text.fastre import literals
from .places import (
    LEVEL_OF_DIVISION,
    MAX_NAME,
    MUNICIPALITIES,
    Places,
    county_short_places,
    level_places,
    name_run,
    region_of,
    resolve,
    short_places,
)

_WRITTEN: dict[str, tuple[A.Department, str | None]] = {
    **{form: (dept, None) for dept in A.DEPARTMENTS for form in dept.written},
    **{form: (dept, official) for dept in A.DEPARTMENTS for form, official in dept.own},
}
_BY_KIND = {dept.kind: dept for dept in A.DEPARTMENTS}
_FORMS = {*_WRITTEN, *A.NATIONAL}
_DEPARTMENT = literals(_FORMS)
_SOURCE_BEFORE = re.compile(A.SOURCE_BEFORE)
_SOURCE_AFTER = re.compile(A.SOURCE_AFTER)
_TIERS = tuple((re.compile(pattern), level) for pattern, level in A.LEVEL_TIERS)
_SELF = re.compile("|".join(A.SELF_REFERENCES))
_PLACE_SELF = re.compile("|".join(A.PLACE_SELF_REFERENCES))
_SUB_BODY_RUN = re.compile(A.SUB_BODY_RUN, re.MULTILINE)
_ONE_CHAR_UNITS = frozenset(A.SUB_BODY_ONE_CHAR)
_SUPERIOR = tuple(A.SUPERIOR_PAIR)
_SUPERIOR_AFTER = re.compile(A.SUPERIOR_AFTER)
_CHAIN_REACH = 4 * MAX_NAME  # the longest run of place names written before a department
_BARE_GOVERNMENT = "政府"
_PLACE_ENDINGS = "省市县区州旗盟"
_HAN = re.compile(r"[\u3400-\u9fff]")
_SUBJECT_OPENING = re.compile(A.SUBJECT_OPENINGS)
_CLAUSE_MARKS = ",，。;；:：\n"
_DATE_AFTER = re.compile(r"\s+(?:[0-9]{4}|[零〇○O一二三四五六七八九]{4})\s*年")


@dataclass(frozen=True)
class _Mention:
    """A department named in the text, with the places written right before it."""

    dept: A.Department
    own: str | None  # the agency's own official name when written so (人力资源局)
    written: str  # the department as written
    chain: tuple[str, ...]
    level_char: str | None  # 市 of 市人社局, when no place is written
    start: int
    end: int
    rank: int  # index in A.PLACE_RANKS
    source: bool = False  # named as a news item's source (记者从…获悉), not as a clause's subject
    national: str | None = None  # a national ministry's official name (司法部 → 中华人民共和国司法部)


def _mentions(doc: Doc, spans: dict[str, tuple[int, int]], within: tuple[int, int] | None = None) -> list[_Mention]:
    """The departments named in the text (or in ``within`` of it), with their places."""
    folded = doc.folded
    found = []
    skip_from, skip_to = spans.get("addressee", (0, 0))
    a, b = within or (0, len(folded))
    for m in _DEPARTMENT.finditer(folded, a, b):
        if doc.titles.contains(m.start()) or skip_from <= m.start() < skip_to:
            continue  # a 《…》 title names another document, the addressee another body
        if m.group() == _BARE_GOVERNMENT and folded[m.start() - 1 : m.start()] not in _PLACE_ENDINGS:
            continue  # 法治政府建设: a 政府 is a government's name only after a place or a level
        national = A.NATIONAL.get(m.group())
        if national is not None and folded.startswith(tuple(A.NATIONAL_NOT_BEFORE), m.end()):
            continue  # 司法部门, 部署: not the ministry
        dept, own = (_BY_KIND[national[0]], None) if national else _WRITTEN[m.group()]
        if dept.kind == "government" and folded.endswith(_SUPERIOR, 0, max(0, m.start() - 1)):
            continue  # 县委、县政府: the government the author reports to
        if _SUPERIOR_AFTER.match(folded, m.end(), m.end() + 12):
            continue  # 在市市场监督管理局的支持指导下: a body above the author
        if folded.startswith(A.SUB_BODY_AFTER, m.end()) or _one_char_unit(folded, m.end()):
            continue  # 县人民政府办公室, 市生态环境局淳安分局: another body's name
        reach = max(0, m.start() - _CHAIN_REACH)  # a bounded look back: a long line costs no rescan
        line_start = folded.rfind("\n", reach, m.start()) + 1 or reach
        chain = name_run(folded, m.start(), line_start)
        start = m.start() - sum(len(n) for n in chain)
        opening = folded[line_start:start].strip()
        if not opening and _SUB_BODY_RUN.match(folded, m.end()):
            continue  # 杭州市公安局西湖区分局2022年…: a unit of the department wrote it
        if opening.startswith(A.BACK_MATTER_LINES):
            continue  # 抄送：杭州市司法局。: a recipient
        before = folded[m.start() - 1] if m.start() > line_start else ""
        level_char = before if not chain and before in A.SHORT_LEVEL_CHARS else None
        if level_char and not _opens(folded, m.start() - 1, line_start):
            continue  # 江干区司法局: 区 ends a name the gazetteer does not have, not a level
        if national is not None and (chain or level_char):
            continue  # a place before it: not the ministry (nor any department the table knows)
        if level_char:
            start -= 1
        elif not chain and national is None:
            level_char = A.ENDING_LEVEL_CHARS.get(m.group()[-1])  # 司法厅: a province's
        rank = _rank(m.start(), spans)
        source = _is_source(folded, start, m.end())
        ministry = national[1] if national else None
        found.append(_Mention(dept, own, m.group(), tuple(chain), level_char, start, m.end(), rank, source, ministry))
    return found


def _one_char_unit(folded: str, end: int) -> bool:
    """A one-character unit right after a department's name, ending there (…局法规处。)."""
    return folded[end : end + 1] in _ONE_CHAR_UNITS and not _HAN.match(folded[end + 1 : end + 2] or "a")


def _opens(folded: str, pos: int, line_start: int) -> bool:
    """Whether the character at ``pos`` opens a word: at a line's start, after a non-Han
    character, or after a function character (的, 和 …)."""
    if pos <= line_start:
        return True
    before = folded[pos - 1]
    return not _HAN.match(before) or before in A.LEVEL_CHAR_AFTER


def _rank(pos: int, spans: dict[str, tuple[int, int]]) -> int:
    for i, name in enumerate(A.PLACE_RANKS[:-1]):
        a, b = spans.get(name, (0, 0))
        if a <= pos < b:
            return i
    return len(A.PLACE_RANKS) - 1


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
        for mention in _mentions(doc, spans, spans["signature"]):
            found = _stated(doc, mention, places) if mention.chain and _signs(doc, mention) else None
            if found is not None:
                return found
    self_ref = _SELF.search(doc.folded)
    endings = A.SELF_REFERENCES[self_ref.group()] if self_ref else ()
    every = _mentions(doc, spans)
    found_all = [m for m in every if _fits_self(m, endings) and (m.source or _is_subject(doc, m))]
    if self_ref is None:
        found_all = _unless_a_place_speaks(doc.folded, found_all)
    written = _unknown_author(doc, spans, places)
    if written is not None and written[1] and self_ref is not None:
        written = None  # a place's title, but a department says 我局: it wrote the report
    if written is not None and written[1]:  # a place's report (浦江县2023年度…): only its government speaks
        found_all = [m for m in found_all if m.rank < _FRONT or m.dept.kind == "government"]
    mentions = [m for m in found_all if m.national is None]
    ordered = sorted(mentions, key=lambda m: (m.rank, m.source, m.start))
    kinds = Counter(m.dept.kind for m in mentions if m.chain or m.level_char)
    usual = kinds.most_common(1)[0][0] if kinds else None
    own = _lowest_short(ordered)
    unsure = _kinds_beside_self(doc.folded, every) if self_ref else set()
    for mention in ordered:
        if mention.rank >= _FRONT and written is not None and not written[1]:
            return written[0]  # a body the table does not know signs or titles it (常德市档案局)
        if mention.rank >= _FRONT and mention.dept.kind in unsure:
            continue
        if mention.chain and mention.rank < _BODY and _fits_short(mention, own):
            found = _stated(doc, mention, places)
            if found is not None:
                return found
    if written is not None and not written[1]:
        return written[0]
    for sources in (False, True):  # a clause's subject first; a news item's source only without one
        pool = [m for m in ordered if m.source == sources]
        short = own if own is not None and own.source == sources else None
        if short is not None:
            return _inferred(doc, short.dept, short.own, short, signals, places)
        for mention in pool:
            if mention.chain and mention.dept.kind == usual and mention.dept.kind not in ("government", *unsure):
                found = _stated(doc, mention, places) if _fits_short(mention, own) else None
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
        doc, dept, None, _Mention(dept, None, self_ref.group(), (), None, *self_ref.span(), _BODY), signals, places
    )


_FRONT, _BODY = A.PLACE_RANKS.index("front"), A.PLACE_RANKS.index("body")
_CHAR_RANK = {char: rank for rank, chars in enumerate(A.SHORT_CHARS_LOW_TO_HIGH) for char in chars}


def _lowest_short(ordered: list[_Mention]) -> _Mention | None:
    """The short self-name (市人社局) that is the author's: the first one, or, when the text names
    its department's other levels so too (省人社厅召开…，县人社局作典型发言), the lowest: a report
    names the bodies above it as subjects (they convene, inspect, praise), seldom those below."""
    shorts = [m for m in ordered if m.level_char and not m.source]
    shorts = shorts or [m for m in ordered if m.level_char]
    if not shorts:
        return None
    first = shorts[0]
    same = [m for m in shorts if m.dept.kind == first.dept.kind and m.source == first.source]
    return min(same, key=lambda m: (_CHAR_RANK.get(m.level_char or "", 0), m.rank, m.start))


def _fits_short(mention: _Mention, short: _Mention | None) -> bool:
    """Outside the title and the signature, a full name of the short self-name's department at a
    level its character rules out (区司法局 … 成都市司法局通报表扬) is a body above the author."""
    if short is None or short.level_char is None or mention.rank < _FRONT or mention.dept.kind != short.dept.kind:
        return True
    return bool(_levels(mention.chain[-1]) & set(A.LEVELS_OF_CHAR[short.level_char]))


def _unless_a_place_speaks(folded: str, mentions: list[_Mention]) -> list[_Mention]:
    """A report that never calls itself 我局 and opens its first clause as a place (2022年，我县
    深入推进…), before any department is a subject, speaks for that place: a department its front
    matter or body names is one of the place's, not the author (its government may be)."""
    found = _PLACE_SELF.search(folded)
    if found is None or not _opens_clause_at(folded, found.start()) or _DEPARTMENT.match(folded, found.end()):
        return mentions  # none, or 我县司法局: a department's short self-name
    if any(m.rank >= _FRONT and m.start < found.start() and m.dept.kind != "government" for m in mentions):
        return mentions  # a department spoke first (2022年，县人社局坚持…，我县就业稳定)
    return [m for m in mentions if m.rank < _FRONT or m.dept.kind == "government"]


def _may_be_author(doc: Doc, mention: _Mention) -> bool:
    """A short self-name is the author's, except a government's (省政府, 区政府), which a report
    names mostly as the body it answers to; that one counts only as a clause's subject (区政府坚持…),
    even in the title or the signature."""
    return mention.dept.kind != "government" or _opens_clause(doc, mention)


def _signs(doc: Doc, mention: _Mention) -> bool:
    """Whether a name in the back matter is the signature: alone on its line, or with a date
    after it (not 附件：…, 抄送…)."""
    line_start = doc.folded.rfind("\n", 0, mention.start) + 1
    line_end = doc.folded.find("\n", mention.end)
    rest = doc.folded[mention.end : line_end if line_end >= 0 else len(doc.folded)]
    before = doc.folded[line_start : mention.start].strip()
    alone = not before or bool(_PARTY_BEFORE.fullmatch(before))  # 中共X县委　X县人民政府: one joint signature
    return alone and (not rest.strip() or bool(_DATE_AFTER.match(rest)))


def _is_subject(doc: Doc, mention: _Mention) -> bool:
    """Outside the signature and the title, a name is the author's only as the subject a clause
    opens with (2021年，县司法局坚持…), not after 根据, 配合, 赴, 学习 … (another body), not in a
    list of bodies, not as a document's issuer, and not as a full name in a sentence where the
    report calls itself 我局 (see ``rules.agencies.PART_CLAUSE_BEFORE``)."""
    return mention.rank < _FRONT or _subject_at(doc.folded, mention.start, mention.end, bool(mention.chain))


def _subject_at(folded: str, start: int, end: int, full: bool) -> bool:
    """Whether the department named at ``start:end`` (``full``: with its place) is the subject of
    its clause and not another body (see :func:`_is_subject`)."""
    if folded.startswith(A.DOCUMENT_AFTER, end) or folded[end : end + 1] in _LIST:
        return False
    if start and folded[start - 1] in _LIST and not folded.endswith(_PARTY_AND, 0, start):
        return False  # a list of bodies; 中共X县委、X县人民政府 is one joint author
    if full and _sentence_says_self(folded, start, end) and not folded.startswith(_CALLED, end):
        return False  # …人社局对我局…: another body; …人社局（以下简称“我局”）: the author
    if full and _VISITS_SELF.match(folded, end, min(len(folded), end + 12)) is not None:
        return False  # 涟水县司法局来我县交流: a visitor
    return _opens_clause_at(folded, start)


_LIST = frozenset(A.LIST_MARKS)
_PARTY_AND = "委、"
_CALLED = tuple(f"{paren}{word}" for paren in "（(" for word in ("以下简称", "以下称", "下称", "简称"))
_SELF_AS_OBJECT = re.compile(A.SELF_AS_OBJECT)
_PARTY_BEFORE = re.compile(r"中共[\u3400-\u9fff]{2,14}委[、\s]*")
_full_names = cache(G.full_names)
_BELOW_COUNTY = re.compile(r"街道|乡|镇")
_OFFICES = ("办公室", "办")
_VISITS_SELF = re.compile(r"[^,，。;；]{0,6}?" + A.VISITS_SELF)
_BODY_NAME = re.compile(r"[\u3400-\u9fff]{0,24}?" + A.BODY_ENDINGS)
_SIGNED = re.compile(r"\s*(?:[(（]\s*盖?章\s*[)）])?\s*(?:(?:[0-9]{4}|[〇○O零一二三四五六七八九]{4})\s*年.*)?$")
_TITLE_HEAD = re.compile(r"(?:关于)?(?P<head>[\u3400-\u9fff]{2,40}?)\s*(?:[0-9]{4}|[〇○O零一二三四五六七八九]{4}|关于)")
_NOT_AUTHOR_LINES = tuple(re.compile(p) for p in (r"(抄送|抄报|主送|分送|报送|发送|附件).*", r".*印发"))


def _unknown_author(doc: Doc, spans: dict[str, tuple[int, int]], places: Places) -> tuple[Identity, bool] | None:
    """A signature line or a title that names a body the table does not know (常德市档案局,
    株洲市人民政府办公室), or a title that names a place alone (浦江县2023年度…报告, ``True``):
    no department the body names is the author (a place's government may be). The identity is
    that name's place, at its level, with no agency."""
    folded = doc.folded
    for key in ("signature", "title"):
        if key not in spans:
            continue
        a, b = spans[key]
        for line in folded[a:b].split("\n"):
            head = _head(line.strip(), key)
            found = _unknown_body(head, key == "title")
            if found is not None:
                (chain, unit), path_note = found, resolve(found[0], places)
                path, note = path_note
                if path and path[-1] in G.full_named(chain[-1]):
                    level = None if unit else LEVEL_OF_DIVISION[path[-1].level]
                    return Identity(None, region_of(path, note), level), head.removeprefix("关于") == "".join(chain)
    return None


def _head(line: str, key: str) -> str:
    """The body a signature line names (before its seal and date), or a title's words before its
    year (常德市档案局2023年度…报告 → 常德市档案局)."""
    if key == "signature":
        return _SIGNED.sub("", line)
    head = _TITLE_HEAD.match(line)
    return head.group("head") if head else ""


def _unknown_body(head: str, place_alone: bool) -> tuple[tuple[str, ...], bool] | None:
    """The places a body's name opens with, when the name ends in a body's word and is no
    department the table knows (or, for a title, is a place alone); and whether the body is a
    unit below its place's level (a department's 分局, a 街道办事处), whose level is left empty."""
    body = head.removeprefix("中共")
    chain = _leading_places(body)
    if not chain:
        return None
    rest = body[sum(len(n) for n in chain) :]
    if not rest:
        return (tuple(chain), False) if place_alone and head == body else None
    if _BODY_NAME.fullmatch(rest) is None or any(p.fullmatch(head) for p in _NOT_AUTHOR_LINES):
        return None
    inner = list(_DEPARTMENT.finditer(rest))
    if any(m.end() == len(rest) for m in inner):
        return None  # a department the table knows: read as such
    # a unit of a department named after its own place (重庆市公安局渝北区分局): that place's
    after = rest[inner[-1].end() :] if inner else ""
    below = _leading_places(after)
    unit = bool(after) and not rest.endswith(
        _OFFICES
    )  # …局宁海分局: a unit; …人民政府办公室: the government's own office
    return (*chain, *below), unit or _BELOW_COUNTY.search(rest) is not None


def _leading_places(text: str) -> list[str]:
    """The gazetteer names ``text`` opens with, one after another (浦江县, 湖北省武汉市)."""
    chain: list[str] = []
    at = 0
    while True:
        full = _full_names()
        name = next((text[at : at + n] for n in range(MAX_NAME, 1, -1) if text[at : at + n] in full), None)
        if name is None:
            return chain
        chain.append(name)
        at += len(name)


def _kinds_beside_self(folded: str, every: list[_Mention]) -> set[str]:
    """Departments named in full in a sentence that also says 我局 (常熟市人社局认真贯彻…，我局全年
    共受理… or 杭州市人社局召开会议，我局作交流发言): whether such a name is the author's own or
    another body's the sentence does not say, so no other full name of that kind in the body is
    taken for the author either; the place is then weighed as for 我局."""
    return {
        m.dept.kind
        for m in every
        if m.chain
        and m.rank >= _FRONT
        and _sentence_says_self(folded, m.start, m.end)
        and not folded.startswith(_CALLED, m.end)
    }


def _sentence_says_self(folded: str, start: int, end: int) -> bool:
    """Whether the sentence around a name ties it to the report's author as another body: 对我局,
    来我局, 指导我局 … (``rules.agencies.SELF_AS_OBJECT``); a sentence that only also says 我局
    (宁海县司法局是…部门，我局内设7个股室) ties nothing."""
    a = max(folded.rfind(mark, 0, start) for mark in A.SENTENCE_MARKS) + 1
    ends = [i for i in (folded.find(mark, end) for mark in A.SENTENCE_MARKS) if i >= 0]
    b = min(ends) if ends else len(folded)
    return _SELF_AS_OBJECT.search(folded, a, b) is not None


def _opens_clause(doc: Doc, mention: _Mention) -> bool:
    """Whether a name stands where a clause's subject does: after a clause mark and at most the
    opening words of ``rules.agencies.SUBJECT_OPENINGS`` (a year, 现将 …)."""
    return _opens_clause_at(doc.folded, mention.start)


def _opens_clause_at(folded: str, start: int) -> bool:
    reach = max(0, start - _CHAIN_REACH)
    clause = max(folded.rfind(mark, reach, start) for mark in _CLAUSE_MARKS)
    if clause < 0 and reach > 0:
        return False  # no clause opens within reach: the subject of none
    if clause > 0 and folded.endswith(A.PART_CLAUSE_BEFORE, 0, clause):
        return False  # 其中，和平区人社局查处45件: a part of a total, not a subject
    return _SUBJECT_OPENING.fullmatch(folded, clause + 1, start) is not None


def _fits_self(mention: _Mention, endings: tuple[str, ...]) -> bool:
    """A report that calls itself 我局 is written by a 局: a 厅 it names is another body. The
    signature and title are the author's own, whatever the self-reference."""
    if not endings or mention.rank < _FRONT:
        return True
    return mention.written.endswith(endings)


def _stated(doc: Doc, mention: _Mention, places: Places) -> Identity | None:
    """The identity a full name gives; when its place is a name several divisions share and the
    text does not decide, no agency, the region's certain part and the note saying so."""
    path, note = resolve(mention.chain, places)
    if note is not None:
        level = _shared_level(mention.chain[-1])
        return Identity(None, region_of(path, note), level, _department(doc, mention.dept.kind, False, mention))
    if not path or path[-1] not in G.full_named(mention.chain[-1]):
        return None
    return _identity(doc, mention, path, note)


def _department(doc: Doc, kind: str, inferred: bool, evidence: _Mention) -> Department:
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


def _national(doc: Doc, mention: _Mention) -> Identity:
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


def _identity(doc: Doc, mention: _Mention, path: list[G.Division], note: str | None) -> Identity:
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
    doc: Doc, dept: A.Department, own: str | None, evidence: _Mention, signals: Level | None, places: Places
) -> Identity:
    """No full name: a short self-name (市人社局) or 我局, with the place the text speaks for: the
    one it names most, of the kind the short name says (市 → a 市) or at the level it speaks at.
    With no such place, the department alone, at the level the text makes certain."""
    level_char = evidence.level_char
    department = _department(doc, dept.kind, evidence.written in A.SELF_REFERENCES, evidence)
    all_places = places
    candidates, tied = _candidates(doc, places, evidence, signals)
    if tied:  # two places named as often: neither is certain
        return Identity(None, _sole_province(all_places), _own_level(doc, evidence), department)
    if not candidates:
        places = Places(None, short_places(doc, level_char, signals))
        candidates = _clear_lead(places.counts())
    if not candidates:
        places = Places(None, _county_by_short_name(doc, evidence, all_places))
        candidates = [name for name, _ in places.counts().most_common(1)]
    if not candidates:
        return Identity(None, _sole_province(all_places), _own_level(doc, evidence), department)
    path, note = resolve((candidates[0],), places)
    if not path or path[-1] not in G.full_named(candidates[0]):
        level = _shared_level(candidates[0]) if note else None
        return Identity(None, region_of(path, note), level or _own_level(doc, evidence), department)
    agency = Agency(
        name=_standard_name(path, dept, own),
        kind=dept.kind,
        inferred=True,
        text=doc.text[evidence.start : evidence.end],
        start=evidence.start,
        end=evidence.end,
    )
    return Identity(agency, region_of(path, note), LEVEL_OF_DIVISION[path[-1].level], department)


def _own_level(doc: Doc, evidence: _Mention) -> Level | None:
    """The level of a department whose place is unknown, where the text makes it certain: a 厅 is
    a province's; a short self-name's character allows some levels (县 → county; 市 → any), and
    the tiers the text says it carries out the decisions of, down to its own (中央、省、市…部署),
    choose among them."""
    if evidence.written.endswith("厅"):
        return "province"
    allowed = A.LEVELS_OF_CHAR[evidence.level_char] if evidence.level_char else tuple(A.LEVELS_OF_CHAR["市"])
    if len(allowed) == 1:
        return allowed[0]
    for pattern, level in (*_TIERS, *_own_field_tiers(evidence.dept)):
        if pattern.search(doc.folded) and level in allowed:
            return level
    return None


@cache
def _own_field_tiers(dept: A.Department) -> tuple[tuple[re.Pattern[str], Level], ...]:
    """``rules.agencies.OWN_FIELD_TIERS`` for one department: its field as reports write it, each
    written name without its ending (交通运输局 → 交通运输, 人社部门 → 人社)."""
    fields = {field for written in dept.written if (field := _field(written))}
    alternation = "|".join(re.escape(f) for f in sorted(fields, key=lambda f: (-len(f), f)))
    if not alternation:
        return ()
    return tuple((re.compile(p.replace("{field}", alternation)), level) for p, level in A.OWN_FIELD_TIERS)


def _field(written: str) -> str:
    for ending in ("委员会", "部门", "局", "厅", "委"):
        if written.endswith(ending) and len(written) > len(ending) + 1:
            return written[: -len(ending)]
    return ""


def _clear_lead(counts: Counter[str]) -> list[str]:
    """The place a text names by short names only, when it names it more often than any other."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < A.SHORT_NAME_MIN or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return []
    return [ranked[0][0]]


def _county_by_short_name(doc: Doc, evidence: _Mention, places: Places) -> Counter[str]:
    """A county-level author that names its own place only by the county's short name (市交通运输局
    … 海安主城区, 海安至如皋): that county, with its province as the text names it, when the text
    makes the author's level county (rules.agencies.OWN_FIELD_TIERS), names one province and no
    other, and names this county clearly more than any other of the province."""
    province = _sole_province(places)
    if evidence.level_char is None or province.code is None or _own_level(doc, evidence) != "county":
        return Counter()
    division = G.by_code(province.code)
    if division is None:
        return Counter()
    endings = A.SHORT_NAME_ENDINGS[evidence.level_char]
    found = county_short_places(doc, division, endings).most_common(2)
    if not found:
        return Counter()
    (name, n), runner_up = found[0], found[1][1] if len(found) > 1 else 0
    if n < A.COUNTY_SHORT_MIN or n < A.COUNTY_SHORT_LEAD * runner_up:
        return Counter()
    return Counter({name: n, division.name: 1})  # the province decides a county name others share


def _sole_province(places: Places) -> Region:
    """The province every place the text names lies in, when it names its own province in full
    (广东省国家工作人员学法考试); else nothing. Places named as ones the author goes to or
    works with (赴上海市, 帮扶四川省) are not its own."""
    counts, away = places.counts(), places.away()
    home = [name for name in counts if counts[name] > away[name]]  # not 赴上海市, 帮扶四川省 …
    provinces = set()
    for name in home:
        provinces |= {(G.parents(d) or (d,))[0] for d in G.full_named(name)}
    if len(provinces) != 1:
        return Region()
    province = provinces.pop()
    return region_of([province], None) if province.name in home else Region()


def _candidates(doc: Doc, places: Places, evidence: _Mention, signals: Level | None) -> tuple[list[str], bool]:
    """Places the text names, most named first, that a short self-name or the text's level fits,
    and whether none is certain. Not the author's: a place named only as one it goes to or works
    with (赴, 与, 帮扶 …), a place of another body of its own kind that is not a subject (在金华市
    人社局的指导下), a place at a level the short self-name or the tiers rule out (区人社局: no
    自治区). These only take a place away: when the place named most is taken away, the next one
    is not given the report (uncertain instead); so is a lead of less than twice between a city
    and one of its county-level cities, and a tie."""
    level_char = evidence.level_char
    if level_char is not None:
        endings = A.SHORT_NAME_ENDINGS[level_char]
        names = [name for name, _ in places.counts().most_common() if name.endswith(endings)]
        allowed = set(A.LEVELS_OF_CHAR[level_char])
    else:
        names, allowed = level_places(places, signals), set(A.LEVELS_OF_CHAR["市"])
    own_level = _own_level(doc, evidence)
    if own_level is not None:
        allowed &= {own_level}
    names = [name for name in names if _levels(name) & allowed]
    counts, away = places.counts(), places.away()
    bodies, superiors = _bodies_named(doc, evidence.dept.kind)
    scored = [(counts[name] - away[name] - bodies[name], name) for name in names if not superiors[name]]
    scored = sorted((pair for pair in scored if pair[0] > 0), key=lambda pair: -pair[0])  # stable
    if not scored:
        return [], bool(names)  # every place it names is another's: none is certain
    if scored[0][1] != names[0]:
        return [], True  # the place named most is another's: the next is not thereby the author's
    tied = len(scored) > 1 and scored[0][0] == scored[1][0]
    if own_level is None and level_char in (None, "市"):
        tied = tied or any(_nested(scored[0][1], other) and scored[0][0] < 2 * n for n, other in scored[1:])
    return [name for _, name in scored], tied


def _nested(a: str, b: str) -> bool:
    """Whether one of two places contains the other (嘉兴市 and its 海宁市): a 市 bureau of either
    could be the author, whichever the text names more, unless its level is certain."""
    da, db = G.full_named(a), G.full_named(b)
    return any(x in G.parents(y) or y in G.parents(x) for x in da for y in db)


def _levels(name: str) -> set[str]:
    """The levels a name's divisions are at; a 直辖市 also a city's (its texts say 全市, 市委)."""
    levels: set[str] = {LEVEL_OF_DIVISION[d.level] for d in G.full_named(name)}
    return levels | {"city"} if name in MUNICIPALITIES else levels


def _bodies_named(doc: Doc, kind: str) -> tuple[Counter[str], Counter[str]]:
    """The places written before a department of ``kind`` in running text that is not a clause's
    subject nor a news item's source (中山市人社局相关负责人表示, 下属南昌县劳动人事争议仲裁院),
    weighted as ``Places.counts`` weighs running text; and, apart, those of such a body the text
    names as above the author or ties to it as another body (在金华市人力资源和社会保障局的指导下,
    …对我局工作给予肯定): that place is not the author's, whatever else the text says of it."""
    folded = doc.folded
    found: Counter[str] = Counter()
    above: Counter[str] = Counter()
    for m in _DEPARTMENT.finditer(folded):
        dept = _WRITTEN.get(m.group())
        if dept is None or dept[0].kind != kind:
            continue
        line_start = folded.rfind("\n", max(0, m.start() - _CHAIN_REACH), m.start()) + 1
        chain = name_run(folded, m.start(), max(line_start, m.start() - _CHAIN_REACH))
        start = m.start() - sum(len(n) for n in chain)
        if (
            not chain
            or doc.titles.contains(start)
            or _subject_at(folded, start, m.end(), True)
            or _is_source(folded, start, m.end())
        ):
            continue  # the subject of a clause, a document of its own (《…》) or a news item's source
        # above the author, or tied to it as another body (嘉兴市人社局对我局工作给予肯定)
        superior = _SUPERIOR_AFTER.match(folded, m.end(), m.end() + 12) is not None or _sentence_says_self(
            folded, start, m.end()
        )
        for name in chain:
            official = G.full_named(name)
            key = official[0].name if len(official) == 1 else name
            found[key] += 2
            above[key] += 2 if superior else 0
    return found, +above


def _is_source(folded: str, start: int, end: int) -> bool:
    """Whether a body is named as a news item's source (记者从…获悉)."""
    return bool(_SOURCE_BEFORE.search(folded, max(0, start - 8), start) and _SOURCE_AFTER.match(folded, end))


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
