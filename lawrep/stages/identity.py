"""Stage 2 (with meta) — who wrote the report, and where: agency, department kind, region with
its GB/T 2260 code, administrative level.

Names come from the gazetteer (``lawrep.text.gazetteer``), never from a guess: a place that is not
a division is never output, and a name several divisions share (朝阳区, 市中区) is decided by the
other places the text names; when they do not decide, the region keeps only what all candidates
share and says which name was ambiguous.

How the agency is chosen, surest first: a full name (place + department) in the signature, in
the title line, in the front matter, or in the body when it is the department the report
speaks as; else a short self-name (市人社局, 区人力资源局) or 我局 with the place the text speaks
for at that level (its most named place), marked ``inferred``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..models import Agency, Level, Region, Span
from ..rules import agencies as A
from ..text import gazetteer as G
from ..text.document import Doc

_WRITTEN: dict[str, tuple[A.Department, str | None]] = {
    **{form: (dept, None) for dept in A.DEPARTMENTS for form in dept.written},
    **{form: (dept, official) for dept in A.DEPARTMENTS for form, official in dept.own},
}
_DEPARTMENT = re.compile("|".join(re.escape(w) for w in sorted(_WRITTEN, key=lambda w: (-len(w), w))))
_SELF = re.compile("|".join(A.SELF_REFERENCES))
_SUPERIOR = tuple(A.SUPERIOR_PAIR)
_SUPERIOR_AFTER = re.compile(A.SUPERIOR_AFTER)
_LEVEL_OF_DIVISION: dict[str, Level] = {"province": "province", "prefecture": "city", "county": "county"}
_MAX_NAME = 12
_CHAIN_REACH = 4 * _MAX_NAME  # the longest run of place names written before a department
_BARE_GOVERNMENT = "政府"
_PLACE_ENDINGS = "省市县区州旗盟"
_HAN = re.compile(r"[\u3400-\u9fff]")
_SUBJECT_OPENING = re.compile(A.SUBJECT_OPENINGS)
_CLAUSE_MARKS = ",，。;；:：\n"
_DATE_AFTER = re.compile(r"\s+(?:[0-9]{4}|[零〇一二三四五六七八九]{4})\s*年")


@cache
def _full_names() -> frozenset[str]:
    return frozenset(d.name for d in G.divisions())


@cache
def _last_char_class() -> re.Pattern[str]:
    """The characters a division's name ends in, as one class the standard ``re`` scans fast."""
    return re.compile("[" + "".join(sorted({re.escape(name[-1]) for name in _full_names()})) + "]")


@cache
def _lengths() -> tuple[int, ...]:
    """The lengths of division names, longest first."""
    return tuple(sorted({len(name) for name in _full_names()}, reverse=True))


def _name_ending(folded: str, end: int, stop: int) -> str | None:
    """The longest gazetteer full name ending at ``end`` and starting at or after ``stop``; a
    two-character name only where it cannot be the end of another word (see the rules)."""
    names = _full_names()
    for length in _lengths():
        if length > end - stop:
            continue
        name = folded[end - length : end]
        if name in names and (length > 2 or _stands_alone(folded, end - length, end)):
            return name
    return None


def _stands_alone(folded: str, start: int, end: int) -> bool:
    before = folded[start - 1] if start else ""
    after = folded[end] if end < len(folded) else ""
    if after and after in A.SHORT_PLACE_NOT_BEFORE:
        return False
    return not before or not _HAN.match(before) or _name_ending(folded, start, max(0, start - _MAX_NAME)) is not None


def _chain(folded: str, end: int, stop: int) -> list[str]:
    """Gazetteer names written one after another ending at ``end`` (广东省广州市海珠区), outermost first."""
    chain: list[str] = []
    while end > stop:
        name = _name_ending(folded, end, stop)
        if name is None:
            break
        chain.insert(0, name)
        end -= len(name)
    return chain


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
        dept, own = _WRITTEN[m.group()]
        if dept.kind == "government" and folded.endswith(_SUPERIOR, 0, max(0, m.start() - 1)):
            continue  # 县委、县政府: the government the author reports to
        if _SUPERIOR_AFTER.match(folded, m.end(), m.end() + 12):
            continue  # 在市市场监督管理局的支持指导下: a body above the author
        if folded.startswith(A.SUB_BODY_AFTER, m.end()):
            continue  # 县人民政府办公室, 市生态环境局淳安分局: another body's name
        reach = max(0, m.start() - _CHAIN_REACH)  # a bounded look back: a long line costs no rescan
        line_start = folded.rfind("\n", reach, m.start()) + 1 or reach
        chain = _chain(folded, m.start(), line_start)
        start = m.start() - sum(len(n) for n in chain)
        before = folded[m.start() - 1] if m.start() > line_start else ""
        level_char = before if not chain and before in A.SHORT_LEVEL_CHARS else None
        if level_char and not _opens(folded, m.start() - 1, line_start):
            continue  # 江干区司法局: 区 ends a name the gazetteer does not have, not a level
        if level_char:
            start -= 1
        elif not chain:
            level_char = A.ENDING_LEVEL_CHARS.get(m.group()[-1])  # 司法厅: a province's
        rank = _rank(m.start(), spans)
        found.append(_Mention(dept, own, m.group(), tuple(chain), level_char, start, m.end(), rank))
    return found


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


def _places(doc: Doc) -> Counter[str]:
    """Every gazetteer full name the text writes, weighted 2 in running text and 1 in 《…》."""
    folded = doc.folded
    counts: Counter[str] = Counter()
    for m in _last_char_class().finditer(folded):  # a name ends only in one of these characters
        i = m.start()
        name = _name_ending(folded, i + 1, max(0, i + 1 - _MAX_NAME))
        if name is not None:
            counts[name] += 1 if doc.titles.contains(i) else 2
    return counts


class _Places:
    """The places a text names (see :func:`_places`), counted only when a rule needs them: most
    reports state their author's place whole, and its name is unique."""

    def __init__(self, doc: Doc | None, counts: Counter[str] | None = None) -> None:
        self._doc, self._counts = doc, counts

    def counts(self) -> Counter[str]:
        if self._counts is None:
            self._counts = _places(self._doc) if self._doc is not None else Counter()
        return self._counts


def _resolve(chain: tuple[str, ...], places: _Places) -> tuple[list[G.Division], str | None]:
    """The division a chain of names ends in: ``([that division's ancestors…, it], None)``, or,
    when several divisions bear the name and nothing decides, what they share and a note."""
    cands = [d for d in G.named(chain[-1]) if d.name == chain[-1]]
    for outer in chain[:-1]:
        cands = [d for d in cands if outer in {p.name for p in G.parents(d)}]
    if len(cands) > 1:
        counts = places.counts()
        named = [d for d in cands if any(counts[p.name] for p in G.parents(d))]
        cands = named if named else cands
    if not cands:
        return [], None
    if len(cands) == 1:
        return [*G.parents(cands[0]), cands[0]], None
    shared = [p for p in G.parents(cands[0]) if all(p in G.parents(c) for c in cands[1:])]
    codes = ", ".join(f"{c.code}" for c in cands)
    return shared, f"{chain[-1]} names {len(cands)} divisions ({codes}); the text does not say which"


def _region(path: list[G.Division], note: str | None) -> Region:
    region = Region(ambiguous=[note] if note else [])
    for d in path:
        if d.level == "province":
            region.province = d.name
        elif d.level == "prefecture":
            region.city = d.name
        else:
            region.county = d.name
    region.code = path[-1].code if path else None
    return region


def _standard_name(path: list[G.Division], dept: A.Department, own: str | None) -> str:
    """Region prefix + department, as official usage writes it (see the README)."""
    lowest = path[-1]
    province = path[0]
    municipality = province.code[2:] == "0000" and province.name in _MUNICIPALITIES
    department = own or (dept.province_name if lowest.level == "province" and not municipality else dept.name)
    if lowest.level == "county" and lowest.name.endswith("区") and len(path) > 1:
        return path[-2].name + lowest.name + department  # a district carries its city's name
    return lowest.name + department


_MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})


def _level_places(places: _Places, level: Level | None) -> list[str]:
    """Places the text names, most named first, of one level (all levels when None)."""
    ranked = []
    for name, _ in places.counts().most_common():
        divisions = [d for d in G.named(name) if d.name == name]
        levels = {_LEVEL_OF_DIVISION[d.level] for d in divisions}
        if name in _MUNICIPALITIES:
            levels.add("city")  # a 直辖市 is a province its texts speak of as a city (全市, 市委)
        if level is None or level in levels:
            ranked.append(name)
    return ranked


@dataclass(frozen=True)
class Identity:
    agency: Agency | None
    region: Region
    level: Level | None


def read_identity(doc: Doc, spans: dict[str, tuple[int, int]], signals: Level | None) -> Identity:
    """The agency, region and level of a report. ``spans`` gives where the signature, title,
    front matter and addressee are; ``signals`` the level the text speaks at (全县, 县委 …)."""
    places = _Places(doc)
    if "signature" in spans:  # most reports sign with their full name: read that first, alone
        for mention in _mentions(doc, spans, spans["signature"]):
            found = _stated(doc, mention, places) if mention.chain and _signs(doc, mention) else None
            if found is not None:
                return found
    self_ref = _SELF.search(doc.folded)
    endings = A.SELF_REFERENCES[self_ref.group()] if self_ref else ()
    mentions = [m for m in _mentions(doc, spans) if _fits_self(m, endings) and _is_subject(doc, m)]
    ordered = sorted(mentions, key=lambda m: (m.rank, m.start))
    kinds = Counter(m.dept.kind for m in mentions if m.chain or m.level_char)
    usual = kinds.most_common(1)[0][0] if kinds else None
    for mention in ordered:
        if mention.chain and mention.rank < _BODY:
            found = _stated(doc, mention, places)
            if found is not None:
                return found
    short = next((m for m in ordered if m.level_char and _may_be_author(doc, m)), None)
    if short is not None:
        return _inferred(doc, short.dept, short.own, (short.start, short.end), short.level_char, signals, places)
    for mention in ordered:
        if mention.chain and mention.dept.kind == usual and mention.dept.kind != "government":
            found = _stated(doc, mention, places)
            if found is not None:
                return found
    dept = _implied_department(doc) if self_ref else None
    if dept is None or self_ref is None:
        return _region_only(places, signals)
    return _inferred(doc, dept, None, self_ref.span(), None, signals, places)


_FRONT, _BODY = A.PLACE_RANKS.index("front"), A.PLACE_RANKS.index("body")


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
    return not doc.folded[line_start : mention.start].strip() and (not rest.strip() or bool(_DATE_AFTER.match(rest)))


def _is_subject(doc: Doc, mention: _Mention) -> bool:
    """Outside the signature and the title, a name is the author's only as the subject a clause
    opens with (2021年，县司法局坚持…), not after 根据, 配合, 赴, 学习 … (another body)."""
    return mention.rank < _FRONT or _opens_clause(doc, mention)


def _opens_clause(doc: Doc, mention: _Mention) -> bool:
    """Whether a name stands where a clause's subject does: after a clause mark and at most the
    opening words of ``rules.agencies.SUBJECT_OPENINGS`` (a year, 现将 …)."""
    reach = max(0, mention.start - _CHAIN_REACH)
    clause = max(doc.folded.rfind(mark, reach, mention.start) for mark in _CLAUSE_MARKS)
    if clause < 0 and reach > 0:
        return False  # no clause opens within reach: the subject of none
    return _SUBJECT_OPENING.fullmatch(doc.folded, clause + 1, mention.start) is not None


def _fits_self(mention: _Mention, endings: tuple[str, ...]) -> bool:
    """A report that calls itself 我局 is written by a 局: a 厅 it names is another body. The
    signature and title are the author's own, whatever the self-reference."""
    if not endings or mention.rank < _FRONT:
        return True
    return mention.written.endswith(endings)


def _stated(doc: Doc, mention: _Mention, places: _Places) -> Identity | None:
    """The identity a full name gives; when its place is a name several divisions share and the
    text does not decide, no agency, the region's certain part and the note saying so."""
    path, note = _resolve(mention.chain, places)
    if note is not None:
        return Identity(None, _region(path, note), None)
    if not path or path[-1].name != mention.chain[-1]:
        return None
    return _identity(doc, mention, path, note)


def _identity(doc: Doc, mention: _Mention, path: list[G.Division], note: str | None) -> Identity:
    name, kind, start = _standard_name(path, mention.dept, mention.own), mention.dept.kind, mention.start
    party = f"中共{path[-1].name}委、"
    if kind == "government" and doc.folded.endswith(party, 0, start):
        name, kind, start = party + name, "party_government", start - len(party)  # a joint author
    written = doc.folded[start : mention.end]
    agency = Agency(
        name=name,
        kind=kind,
        inferred=written != name,
        text=doc.text[start : mention.end],
        start=start,
        end=mention.end,
    )
    return Identity(agency, _region(path, note), _LEVEL_OF_DIVISION[path[-1].level])


def _inferred(
    doc: Doc,
    dept: A.Department,
    own: str | None,
    evidence: tuple[int, int],
    level_char: str | None,
    signals: Level | None,
    places: _Places,
) -> Identity:
    """No full name: a short self-name (市人社局) or 我局, with the place the text speaks for: the
    one it names most, of the kind the short name says (市 → a 市) or at the level it speaks at."""
    candidates = _candidates(places, level_char, signals)
    if not candidates:
        places = _Places(None, _short_places(doc, level_char, signals))
        candidates = [name for name, _ in places.counts().most_common()]
    if not candidates:
        return Identity(None, Region(), None)
    path, note = _resolve((candidates[0],), places)
    if not path or path[-1].name != candidates[0]:
        return Identity(None, _region(path, note), None)
    agency = Agency(
        name=_standard_name(path, dept, own),
        kind=dept.kind,
        inferred=True,
        text=doc.text[evidence[0] : evidence[1]],
        start=evidence[0],
        end=evidence[1],
    )
    return Identity(agency, _region(path, note), _LEVEL_OF_DIVISION[path[-1].level])


def _candidates(places: _Places, level_char: str | None, signals: Level | None) -> list[str]:
    """Places the text names, most named first, that a short self-name or the text's level fits."""
    if level_char is not None:
        endings = A.SHORT_NAME_ENDINGS[level_char]
        return [name for name, _ in places.counts().most_common() if name.endswith(endings)]
    return _level_places(places, signals)


def _short_places(doc: Doc, level_char: str | None, signals: Level | None) -> Counter[str]:
    """Places named by their short names only (法治襄阳, 鞍山日报), counted under their full
    names: only short names that one division of the wanted kind bears, and only of provinces
    and prefectures (a county's short name is too often an ordinary word)."""
    endings = A.SHORT_NAME_ENDINGS[level_char] if level_char else None
    found: Counter[str] = Counter()
    for short, division in _unique_shorts().items():
        if endings is not None and not division.name.endswith(endings):
            continue
        if endings is None and signals is not None and _LEVEL_OF_DIVISION[division.level] != signals:
            continue
        n = sum(1 for m in re.finditer(re.escape(short), doc.folded) if _short_stands(doc.folded, m.start(), m.end()))
        if n:
            found[division.name] += n
    return found


def _short_stands(folded: str, start: int, end: int) -> bool:
    """Whether a short place name at ``start`` names the place (法治襄阳), not part of a word or
    an institution (南通理工学院)."""
    if folded.startswith(A.SHORT_NAME_NOT_BEFORE, end):
        return False
    before = folded[start - 1] if start else ""
    return not before or not _HAN.match(before) or folded.endswith(A.SHORT_NAME_AFTER, 0, start)


@cache
def _unique_shorts() -> dict[str, G.Division]:
    """Short names of provinces and prefectures that no other division bears (as a short or a
    full name), two characters or more."""
    by_short: dict[str, list[G.Division]] = {}
    for d in G.divisions():
        if d.level != "county" and d.short != d.name and len(d.short) >= 2:
            by_short.setdefault(d.short, []).append(d)
    return {s: ds[0] for s, ds in by_short.items() if len(ds) == 1 and len(G.named(s)) == 1}


def _region_only(places: _Places, signals: Level | None) -> Identity:
    """No author: the region is still the place the text speaks for, when its level says which."""
    if signals is None:
        return Identity(None, Region(), None)
    candidates = _level_places(places, signals)
    if not candidates:
        return Identity(None, Region(), None)
    path, note = _resolve((candidates[0],), places)
    return Identity(None, _region(path, note), None)


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
