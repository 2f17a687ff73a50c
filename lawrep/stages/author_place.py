"""Where an author named only by a short self-name (市人社局) or 我局 is: the places its text
names, weighed. A place counts for the author unless the text names it as one the author goes
to or works with, as the place of another body of its kind that is not a subject, or at a level
its short self-name or its tiers rule out; a place taken away never hands the report to the next
one; ties and nested places leave it empty. Also the level a text makes certain, and a county
named only by its short name."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from ..models import Level, Region
from ..rules import agencies as A
from ..text import gazetteer as G
from ..text.document import Doc
from .mentions import (
    CHAIN_REACH,
    DEPARTMENT,
    SUPERIOR_AFTER,
    WRITTEN,
    Mention,
    is_source,
    subject_at,
    tied_to_self,
)
from .places import (
    LEVEL_OF_DIVISION,
    MUNICIPALITIES,
    Places,
    county_short_places,
    level_places,
    name_run,
    region_of,
)

_TIERS = tuple((re.compile(pattern), level) for pattern, level in A.LEVEL_TIERS)


def certain_level(doc: Doc, evidence: Mention) -> Level | None:
    """See :func:`_certain_level`; asked up to three times a report, so remembered."""
    return _certain_level(doc.folded, evidence.written, evidence.level_char, evidence.dept)


@lru_cache(maxsize=16)
def _certain_level(folded: str, written: str, level_char: str | None, dept: A.Department) -> Level | None:
    """The level of a department whose place is unknown, where the text makes it certain: a 厅 is
    a province's; a short self-name's character allows some levels (县 → county; 市 → any), and
    the tiers the text says it carries out the decisions of, down to its own (中央、省、市…部署),
    choose among them."""
    if written.endswith("厅"):
        return "province"
    allowed = A.LEVELS_OF_CHAR[level_char] if level_char else tuple(A.LEVELS_OF_CHAR["市"])
    if len(allowed) == 1:
        return allowed[0]
    for pattern, level in (*_TIERS, *_own_field_tiers(dept)):
        if pattern.search(folded) and level in allowed:
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


def clear_lead(counts: Counter[str]) -> list[str]:
    """The place a text names by short names only, when it names it more often than any other."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < A.SHORT_NAME_MIN or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return []
    return [ranked[0][0]]


def county_by_short_name(doc: Doc, evidence: Mention, places: Places) -> Counter[str]:
    """A county-level author that names its own place only by the county's short name (市交通运输局
    … 海安主城区, 海安至如皋): that county, with its province as the text names it, when the text
    makes the author's level county (rules.agencies.OWN_FIELD_TIERS), names one province and no
    other, and names this county clearly more than any other of the province."""
    province = sole_province(places)
    if evidence.level_char is None or province.code is None or certain_level(doc, evidence) != "county":
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


def sole_province(places: Places) -> Region:
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


def place_candidates(doc: Doc, places: Places, evidence: Mention, signals: Level | None) -> tuple[list[str], bool]:
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
    own_level = certain_level(doc, evidence)
    if own_level is not None:
        allowed &= {own_level}
    names = [name for name in names if levels_of(name) & allowed]
    counts, away, part = places.counts(), places.away(), places.part()
    bodies, superiors = bodies_named(doc, evidence.dept.kind)
    scored = [(counts[name] - away[name] - part[name] - bodies[name], name) for name in names if not superiors[name]]
    scored = sorted((pair for pair in scored if pair[0] > 0), key=lambda pair: -pair[0])  # stable
    if not scored:
        return [], bool(names)  # every place it names is another's: none is certain
    if scored[0][1] != names[0]:
        return [], True  # the place named most is another's: the next is not thereby the author's
    tied = len(scored) > 1 and scored[0][0] == scored[1][0]
    if own_level in (None, "city") and level_char in (None, "市", "州"):
        tied = tied or any(_nested(scored[0][1], other) and scored[0][0] < 2 * n for n, other in scored[1:])
        tied = tied or has_siblings(scored[0][1], counts, away)
    return [name for _, name in scored], tied


def has_siblings(name: str, counts: Counter[str], away: Counter[str]) -> bool:
    """Whether a county-level place is named beside others of its city (全市…其中，宁乡市120件、
    浏阳市98件、长沙县86件): then the text speaks for the city they share, not for one of them."""
    divisions = G.full_named(name)
    if len(divisions) != 1 or divisions[0].level != "county":
        return False
    parent = divisions[0].parent
    return any(
        other != name
        and counts[other] > away[other]
        and any(d.level == "county" and d.parent == parent for d in G.full_named(other))
        for other in counts
    )


def _nested(a: str, b: str) -> bool:
    """Whether one of two places contains the other (嘉兴市 and its 海宁市): a 市 bureau of either
    could be the author, whichever the text names more, unless its level is certain."""
    da, db = G.full_named(a), G.full_named(b)
    return any(x in G.parents(y) or y in G.parents(x) for x in da for y in db)


def levels_of(name: str) -> set[str]:
    """The levels a name's divisions are at; a 直辖市 also a city's (its texts say 全市, 市委)."""
    levels: set[str] = {LEVEL_OF_DIVISION[d.level] for d in G.full_named(name)}
    return levels | {"city"} if name in MUNICIPALITIES else levels


def bodies_named(doc: Doc, kind: str) -> tuple[Counter[str], Counter[str]]:
    """The places written before a department of ``kind`` in running text that is not a clause's
    subject nor a news item's source (中山市人社局相关负责人表示, 下属南昌县劳动人事争议仲裁院),
    weighted as ``Places.counts`` weighs running text; and, apart, those of such a body the text
    names as above the author or ties to it as another body (在金华市人力资源和社会保障局的指导下,
    …对我局工作给予肯定): that place is not the author's, whatever else the text says of it."""
    folded = doc.folded
    found: Counter[str] = Counter()
    above: Counter[str] = Counter()
    for m in DEPARTMENT.finditer(folded):
        dept = WRITTEN.get(m.group())
        if dept is None or dept[0].kind != kind:
            continue
        line_start = folded.rfind("\n", max(0, m.start() - CHAIN_REACH), m.start()) + 1
        chain = name_run(folded, m.start(), max(line_start, m.start() - CHAIN_REACH))
        start = m.start() - sum(len(n) for n in chain)
        if (
            not chain
            or doc.titles.contains(start)
            or subject_at(folded, start, m.end(), True)
            or is_source(folded, start, m.end())
        ):
            continue  # the subject of a clause, a document of its own (《…》) or a news item's source
        # above the author, or tied to it as another body (嘉兴市人社局对我局工作给予肯定)
        superior = SUPERIOR_AFTER.match(folded, m.end(), m.end() + 12) is not None or tied_to_self(
            folded, start, m.end()
        )
        for name in chain:
            official = G.full_named(name)
            key = official[0].name if len(official) == 1 else name
            found[key] += 2
            above[key] += 2 if superior else 0
    return found, +above
