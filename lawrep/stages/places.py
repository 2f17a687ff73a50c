"""Places a report names, read against the gazetteer: full names, runs of them (广东省广州市海珠区),
short names in the few positions where they name a place (法治襄阳), and which division a name
means when several bear it. Used by the identity stage; never outputs a name the gazetteer does
not have."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..models import Level, Region
from ..rules import agencies as A
from ..text import gazetteer as G
from ..text.document import Doc

MAX_NAME = 12
"""The longest division name read (characters)."""
LEVEL_OF_DIVISION: dict[str, Level] = {"province": "province", "prefecture": "city", "county": "county"}
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
"""The 直辖市: provinces a text speaks of as cities (全市, 市委)."""
_HAN = re.compile(r"[\u3400-\u9fff]")
_OTHER_GOERS = re.compile(A.OTHER_GOERS)
_PART_RANKED = re.compile(A.PART_RANKED)
_LEVEL_WORDS = {level: frozenset(chars) for level, chars in A.LEVEL_CHAR_WORDS.items()}
_BODIES = (*A.BODY_AFTER_NAME, *(form for dept in A.DEPARTMENTS for form in dept.written))


@cache
def _full_names() -> frozenset[str]:
    return G.full_names()


@cache
def _last_char_class() -> re.Pattern[str]:
    """The characters a division's name ends in, as one class the standard ``re`` scans fast."""
    return re.compile("[" + "".join(sorted({re.escape(name[-1]) for name in _full_names()})) + "]")


@cache
def _lengths_by_tail() -> dict[str, tuple[int, ...]]:
    """The lengths of the division names that end in each pair of characters, longest first
    (every name has two or more). Most positions where a name could end (any 市, 区, 县) end
    none, or names of one or two lengths: a look-up instead of a slice for each of 13 lengths."""
    lengths: dict[str, set[int]] = {}
    for name in _full_names():
        lengths.setdefault(name[-2:], set()).add(len(name))
    return {tail: tuple(sorted(found, reverse=True)) for tail, found in lengths.items()}


def _name_ending(folded: str, end: int, stop: int) -> str | None:
    """The longest gazetteer full name ending at ``end`` and starting at or after ``stop``; a
    two-character name only where it cannot be the end of another word (see the rules)."""
    if end - stop < 2:
        return None  # no name is shorter than two characters
    names = _full_names()
    for length in _lengths_by_tail().get(folded[end - 2 : end], ()):
        if length > end - stop:
            continue
        name = folded[end - length : end]
        if name in names and _may_name(folded, end - length, end, name):
            return name
    return None


def _may_name(folded: str, start: int, end: int, name: str) -> bool:
    """Whether a division's name written at ``start`` names it, not the end of one word and the
    start of the next (see ``rules.agencies.NAME_WORD_TAILS``)."""
    if name in A.NAMES_AS_WORDS:
        return _after_a_place(folded, start) or folded.startswith(_BODIES, end)
    if folded[end : end + 1] in _LEVEL_WORDS.get(name[-1], ()):
        # 富裕县域 is 富裕 + 县域, unless after its province or city or before a body's name
        # (霍山县市场监管局)
        return _after_a_place(folded, start) or folded.startswith(_BODIES, end)
    if end - start == 2:
        return _stands_alone(folded, start, end)
    if name.endswith(A.NAME_WORD_TAILS):
        return (
            not start
            or folded[start - 1] in A.NAME_OPENS_AFTER
            or not _HAN.match(folded[start - 1])
            or (_after_a_place(folded, start))
        )
    return True


def _after_a_place(folded: str, start: int) -> bool:
    return _name_ending(folded, start, max(0, start - MAX_NAME)) is not None


def _stands_alone(folded: str, start: int, end: int) -> bool:
    before = folded[start - 1] if start else ""
    after = folded[end] if end < len(folded) else ""
    if after and after in A.SHORT_PLACE_NOT_BEFORE:
        return False
    return not before or not _HAN.match(before) or _name_ending(folded, start, max(0, start - MAX_NAME)) is not None


def name_run(folded: str, end: int, stop: int) -> list[str]:
    """Gazetteer names written one after another ending at ``end`` (广东省广州市海珠区), outermost first."""
    chain: list[str] = []
    while end > stop:
        name = _name_ending(folded, end, stop)
        if name is None:
            break
        chain.insert(0, name)
        end -= len(name)
    return chain


def _places(doc: Doc) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """Every gazetteer full name the text writes (an 自治州's usual form under its official name),
    weighted 2 in running text and 1 in 《…》; and, of those, the ones named as places the author
    goes to or works with (``away``: 赴天津市和平区学习, see ``AWAY_BEFORE``) and as venues
    (``venue``: 在石家庄市召开的…)."""
    folded = doc.folded
    counts: Counter[str] = Counter()
    roles: dict[str, Counter[str]] = {"away": Counter(), "venue": Counter(), "part": Counter()}
    last_end, last_role = -1, ""
    ranked = "首位" in folded or "第一" in folded  # only then can a place be ranked within the area
    for m in _last_char_class().finditer(folded):  # a name ends only in one of these characters
        i = m.start()
        name = _name_ending(folded, i + 1, max(0, i + 1 - MAX_NAME))
        if name is not None:
            official = G.full_named(name)  # 黔南州 counts as 黔南布依族苗族自治州
            key, weight = official[0].name if len(official) == 1 else name, 1 if doc.titles.contains(i) else 2
            counts[key] += weight
            start = i + 1 - len(name)
            # the word's role goes on to the rest of the run and the list (赴上海市浦东新区、苏州市)
            follows = start == last_end or (start == last_end + 1 and folded[last_end] == "、")
            role = "away" if _goes_to(folded, start) else (last_role if follows else "")
            if folded.endswith("在", 0, start) and folded.startswith(A.VENUE_AFTER, i + 1):
                role = "venue"  # 在石家庄市召开的全省…会议
            if role == "away" and folded.startswith(A.AWAY_EXCEPT_BEFORE, i + 1):
                role = ""  # 深入到盱眙县各乡镇: the author's own ground
            if ranked and _PART_RANKED.match(folded, i + 1):
                role = "part"  # 慈溪市市场监管局查办案件420件，居全市首位: a part of the author's area
            if role:
                roles[role][key] += weight
            last_end, last_role = i + 1, role
    return counts, roles


def _goes_to(folded: str, start: int) -> bool:
    """Whether the name at ``start`` follows a word of going to or working with another place, in
    a clause whose goer is the author (not 市人社局督察组到宁海县…)."""
    word = next((w for w in A.AWAY_BEFORE if folded.endswith(w, 0, start)), None)
    if word is None:
        return False
    at = start - len(word)
    clause = max(folded.rfind(mark, max(0, at - 40), at) for mark in _CLAUSE_MARKS) + 1
    return _OTHER_GOERS.search(folded, clause, at) is None


_CLAUSE_MARKS = A.CLAUSE_MARKS


class Places:
    """The places a text names (see :func:`_places`), counted only when a rule needs them: most
    reports state their author's place whole, and its name is unique."""

    def __init__(self, doc: Doc | None, counts: Counter[str] | None = None) -> None:
        self._doc, self._counts = doc, counts
        self._roles: dict[str, Counter[str]] = {}

    def counts(self) -> Counter[str]:
        if self._counts is None:
            self._counts, self._roles = _places(self._doc) if self._doc is not None else (Counter(), {})
        return self._counts

    def away(self) -> Counter[str]:
        """The places of :meth:`counts` named as places the author goes to or works with."""
        self.counts()
        return self._roles.get("away", Counter())

    def part(self) -> Counter[str]:
        """The places of :meth:`counts` named as parts ranked within the author's area (居全市首位)."""
        self.counts()
        return self._roles.get("part", Counter())

    def venue(self) -> Counter[str]:
        """The places of :meth:`counts` named as the venue of an event."""
        self.counts()
        return self._roles.get("venue", Counter())


def resolve(chain: tuple[str, ...], places: Places) -> tuple[list[G.Division], str | None]:
    """The division a chain of names ends in: ``([that division's ancestors…, it], None)``, or,
    when several divisions bear the name and nothing decides, what they share and a note."""
    cands = list(G.full_named(chain[-1]))
    for outer in chain[:-1]:
        cands = [d for d in cands if any(p in G.parents(d) for p in G.full_named(outer))]
    if len(cands) > 1:  # one whose province or city the text names, not as one it visits or a venue
        counts, away, venue = places.counts(), places.away(), places.venue()
        named = [d for d in cands if any(counts[p.name] > away[p.name] + venue[p.name] for p in G.parents(d))]
        cands = named if named else cands
    if not cands:
        return [], None
    if len(cands) == 1:
        return [*G.parents(cands[0]), cands[0]], None
    shared = [p for p in G.parents(cands[0]) if all(p in G.parents(c) for c in cands[1:])]
    codes = ", ".join(f"{c.code}" for c in cands)
    return shared, f"{chain[-1]} names {len(cands)} divisions ({codes}); the text does not say which"


def region_of(path: list[G.Division], note: str | None) -> Region:
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


def level_places(places: Places, level: Level | None) -> list[str]:
    """Places the text names, most named first, of one level (all levels when None)."""
    ranked = []
    for name, _ in places.counts().most_common():
        divisions = G.full_named(name)
        levels = {LEVEL_OF_DIVISION[d.level] for d in divisions}
        if name in MUNICIPALITIES:
            levels.add("city")  # a 直辖市 is a province its texts speak of as a city (全市, 市委)
        if level is None or level in levels:
            ranked.append(name)
    return ranked


def short_places(doc: Doc, level_char: str | None, signals: Level | None) -> Counter[str]:
    """Places named by their short names only (法治襄阳, 鞍山日报), counted under their full
    names: only short names that one division of the wanted kind bears, and only of provinces
    and prefectures (a county's short name is too often an ordinary word)."""
    endings = A.SHORT_NAME_ENDINGS[level_char] if level_char else None
    found: Counter[str] = Counter()
    for short, division in _unique_shorts().items():
        if endings is not None and not division.name.endswith(endings):
            continue
        if endings is None and signals is not None and LEVEL_OF_DIVISION[division.level] != signals:
            continue
        n = sum(
            1
            for m in re.finditer(re.escape(short), doc.folded)
            if _short_stands(doc.folded, m.start(), m.end()) and not doc.folded.startswith(division.name, m.start())
        )  # a full name (杭州市人社局) was weighed as one already
        if n:
            found[division.name] += n
    return found


def county_short_places(doc: Doc, province: G.Division, endings: tuple[str, ...]) -> Counter[str]:
    """Counties of one province (whose names end in ``endings``) named by their short names only
    (海安主城区, 开通海安至如皋…), counted under their full names where a place is certainly
    meant (see ``rules.agencies.COUNTY_SHORT_BEFORE``): only short names no other division of the
    province and no province or prefecture bears."""
    shorts = _county_shorts(province.code)
    folded = doc.folded
    found: Counter[str] = Counter()
    for short, division in shorts.items():
        if not division.name.endswith(endings):
            continue
        n = sum(1 for m in re.finditer(re.escape(short), folded) if _county_stands(folded, m.start(), m.end(), shorts))
        if n:
            found[division.name] += n
    return found


def _county_stands(folded: str, start: int, end: int, shorts: dict[str, G.Division]) -> bool:
    """Whether a county's short name at ``start`` names the county: as a province's or city's
    would, before a word only a place takes (主城区, 境内), or at one end of a route to or from
    another county of the province (海安至如皋)."""
    if folded.startswith(A.SHORT_NAME_NOT_BEFORE, end):
        return False
    if _short_stands(folded, start, end) or folded.startswith(A.COUNTY_SHORT_BEFORE, end):
        return True
    after = folded[end : end + 1]
    if after in A.ROUTE_MARKS and folded.startswith(tuple(shorts), end + 1):
        return True
    before = folded[start - 1 : start]
    return bool(before) and before in A.ROUTE_MARKS and folded.endswith(tuple(shorts), 0, start - 1)


@cache
def _county_shorts(province_code: str) -> dict[str, G.Division]:
    """The short names (two characters or more) of a province's counties that no other division
    of the province, and no province or prefecture anywhere, bears as a short or a full name."""
    found: dict[str, list[G.Division]] = {}
    for d in G.divisions():
        if d.level == "county" and d.short != d.name and len(d.short) >= 2 and G.parents(d)[0].code == province_code:
            found.setdefault(d.short, []).append(d)
    return {
        short: ds[0]
        for short, ds in found.items()
        if len(ds) == 1
        and all(d.level == "county" for d in G.named(short))
        and sum(1 for d in G.named(short) if G.parents(d)[0].code == province_code) == 1
    }


def _short_stands(folded: str, start: int, end: int) -> bool:
    """Whether a short place name at ``start`` names the place (法治襄阳), not part of a word or
    an institution (南通理工学院)."""
    if folded.startswith(A.SHORT_NAME_NOT_BEFORE, end):
        return False
    before = folded[start - 1] if start else ""
    if before and before in A.SHORT_NAME_NOT_AFTER:
        return False
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
