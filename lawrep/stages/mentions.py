"""Departments a text names, and where each stands: the places written before it, whether it
is a clause's subject, a news item's source, a signature, a body the author answers to or a
unit of a department. The identity stage chooses the author among them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..rules import agencies as A
from ..rules.meta import YEAR_WRITTEN
from ..text.document import Doc
from ..text.fastre import literals
from .places import MAX_NAME, name_run

WRITTEN: dict[str, tuple[A.Department, str | None]] = {
    **{form: (dept, None) for dept in A.DEPARTMENTS for form in dept.written},
    **{form: (dept, official) for dept in A.DEPARTMENTS for form, official in dept.own},
}


BY_KIND = {dept.kind: dept for dept in A.DEPARTMENTS}


_FORMS = {*WRITTEN, *A.NATIONAL}


DEPARTMENT = literals(_FORMS)


_SOURCE_BEFORE = re.compile(A.SOURCE_BEFORE)


_SOURCE_AFTER = re.compile(A.SOURCE_AFTER)


SELF = re.compile("|".join(A.SELF_REFERENCES))


PLACE_SELF = re.compile("|".join(A.PLACE_SELF_REFERENCES))


_SUB_BODY_RUN = re.compile(A.SUB_BODY_RUN, re.MULTILINE)


_ONE_CHAR_UNITS = frozenset(A.SUB_BODY_ONE_CHAR)


_SUPERIOR = tuple(A.SUPERIOR_PAIR)


SUPERIOR_AFTER = re.compile(A.SUPERIOR_AFTER)


CHAIN_REACH = 4 * MAX_NAME  # the longest run of place names written before a department


_BARE_GOVERNMENT = "政府"


_PLACE_ENDINGS = "省市县区州旗盟"


_HAN = re.compile(r"[\u3400-\u9fff]")


_SUBJECT_OPENING = re.compile(A.SUBJECT_OPENINGS)


_CLAUSE_MARKS = A.CLAUSE_MARKS


_LABEL = re.compile(A.NAME_LABEL)
_DATE_AFTER = re.compile(rf"\s+(?:{YEAR_WRITTEN})\s*年")


@dataclass(frozen=True)
class Mention:
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


def find_mentions(doc: Doc, spans: dict[str, tuple[int, int]], within: tuple[int, int] | None = None) -> list[Mention]:
    """The departments named in the text (or in ``within`` of it), with their places."""
    folded = doc.folded
    found = []
    skip_from, skip_to = spans.get("addressee", (0, 0))
    header_end = spans.get("header", (0, 0))[1]
    a, b = within or (0, len(folded))
    for m in DEPARTMENT.finditer(folded, a, b):
        if doc.titles.contains(m.start()) or skip_from <= m.start() < skip_to or m.start() < header_end:
            continue  # a 《…》 title names another document, the addressee another body, the header the site
        if m.group() == _BARE_GOVERNMENT and folded[m.start() - 1 : m.start()] not in _PLACE_ENDINGS:
            continue  # 法治政府建设: a 政府 is a government's name only after a place or a level
        national = A.NATIONAL.get(m.group())
        if national is not None and folded.startswith(tuple(A.NATIONAL_NOT_BEFORE), m.end()):
            continue  # 司法部门, 部署: not the ministry
        dept, own = (BY_KIND[national[0]], None) if national else WRITTEN[m.group()]
        if dept.kind == "government" and folded.endswith(_SUPERIOR, 0, max(0, m.start() - 1)):
            continue  # 县委、县政府: the government the author reports to
        if SUPERIOR_AFTER.match(folded, m.end(), m.end() + 12):
            continue  # 在市市场监督管理局的支持指导下: a body above the author
        if folded.startswith(A.SUB_BODY_AFTER, m.end()) or one_char_unit(folded, m.end()):
            continue  # 县人民政府办公室, 市生态环境局淳安分局: another body's name
        reach = max(0, m.start() - CHAIN_REACH)  # a bounded look back: a long line costs no rescan
        line_start = folded.rfind("\n", reach, m.start()) + 1 or reach
        chain = name_run(folded, m.start(), line_start)
        start = m.start() - sum(len(n) for n in chain)
        opening = folded[line_start:start].strip()
        if opening:  # 标题：…, 国家税务总局…: a label or the department's prefix opens the name
            opening = _LABEL.sub("", opening).removeprefix(dept.prefix)
        if not opening and _SUB_BODY_RUN.match(folded, m.end()):
            continue  # 杭州市公安局西湖区分局2022年…: a unit of the department wrote it
        if opening.startswith(A.BACK_MATTER_LINES):
            continue  # 抄送：杭州市司法局。: a recipient
        before = folded[m.start() - 1] if m.start() > line_start else ""
        level_char = before if not chain and before in A.SHORT_LEVEL_CHARS else None
        if level_char and not opens_word(folded, m.start() - 1, line_start):
            continue  # 江干区司法局: 区 ends a name the gazetteer does not have, not a level
        if national is not None and (chain or level_char):
            continue  # a place before it: not the ministry (nor any department the table knows)
        if level_char:
            start -= 1
        elif not chain and national is None:
            level_char = A.ENDING_LEVEL_CHARS.get(m.group()[-1])  # 司法厅: a province's
        rank = rank_of(m.start(), spans)
        source = is_source(folded, start, m.end())
        ministry = national[1] if national else None
        found.append(Mention(dept, own, m.group(), tuple(chain), level_char, start, m.end(), rank, source, ministry))
    return found


def one_char_unit(folded: str, end: int) -> bool:
    """A one-character unit right after a department's name, ending there (…局法规处。)."""
    return folded[end : end + 1] in _ONE_CHAR_UNITS and not _HAN.match(folded[end + 1 : end + 2] or "a")


def opens_word(folded: str, pos: int, line_start: int) -> bool:
    """Whether the character at ``pos`` opens a word: at a line's start, after a non-Han
    character, or after a function character (的, 和 …)."""
    if pos <= line_start:
        return True
    before = folded[pos - 1]
    return not _HAN.match(before) or before in A.LEVEL_CHAR_AFTER


def rank_of(pos: int, spans: dict[str, tuple[int, int]]) -> int:
    for i, name in enumerate(A.PLACE_RANKS[:-1]):
        a, b = spans.get(name, (0, 0))
        if a <= pos < b:
            return i
    return len(A.PLACE_RANKS) - 1


FRONT, BODY = A.PLACE_RANKS.index("front"), A.PLACE_RANKS.index("body")


def may_be_author(doc: Doc, mention: Mention) -> bool:
    """A short self-name is the author's, except a government's (省政府, 区政府), which a report
    names mostly as the body it answers to; that one counts only as a clause's subject (区政府坚持…),
    even in the title or the signature."""
    return mention.dept.kind != "government" or opens_clause(doc, mention)


def signs(doc: Doc, mention: Mention) -> bool:
    """Whether a name in the back matter is the signature: alone on its line, or with a date
    after it (not 附件：…, 抄送…)."""
    line_start = doc.folded.rfind("\n", 0, mention.start) + 1
    line_end = doc.folded.find("\n", mention.end)
    rest = doc.folded[mention.end : line_end if line_end >= 0 else len(doc.folded)]
    before = doc.folded[line_start : mention.start].strip()
    alone = not before or bool(_PARTY_BEFORE.fullmatch(before))  # 中共X县委　X县人民政府: one joint signature
    return alone and (not rest.strip() or bool(_DATE_AFTER.match(rest)))


def is_subject(doc: Doc, mention: Mention) -> bool:
    """Outside the signature and the title, a name is the author's only as the subject a clause
    opens with (2021年，县司法局坚持…), not after 根据, 配合, 赴, 学习 … (another body), not in a
    list of bodies, not as a document's issuer, and not as a full name in a sentence where the
    report calls itself 我局 (see ``rules.agencies.PART_CLAUSE_BEFORE``)."""
    return mention.rank < FRONT or subject_at(doc.folded, mention.start, mention.end, bool(mention.chain))


def subject_at(folded: str, start: int, end: int, full: bool) -> bool:
    """Whether the department named at ``start:end`` (``full``: with its place) is the subject of
    its clause and not another body (see :func:`is_subject`)."""
    if folded.startswith(A.DOCUMENT_AFTER, end) or folded[end : end + 1] in _LIST:
        return False
    if start and folded[start - 1] in _LIST and not folded.endswith(_PARTY_AND, 0, start):
        return False  # a list of bodies; 中共X县委、X县人民政府 is one joint author
    if full and tied_to_self(folded, start, end) and not folded.startswith(CALLED, end):
        return False  # …人社局对我局…: another body; …人社局（以下简称“我局”）: the author
    if full and _VISITS_SELF.match(folded, end, min(len(folded), end + 12)) is not None:
        return False  # 涟水县司法局来我县交流: a visitor
    if full and _PRESENTS.match(folded, end, min(len(folded), end + 40)) is not None:
        return False  # 义乌市人社局介绍了…经验: a host or a peer presenting its practice
    if full and _PART_RANKED.match(folded, end, min(len(folded), end + 40)) is not None:
        return False  # 慈溪市市场监管局查办案件420件，居全市首位: a part of the author's area
    return opens_clause_at(folded, start)


_LIST = frozenset(A.LIST_MARKS)


_PARTY_AND = "委、"


CALLED = tuple(f"{paren}{word}" for paren in "（(" for word in ("以下简称", "以下称", "下称", "简称"))


_SELF_AS_OBJECT = re.compile(A.SELF_AS_OBJECT)


_PARTY_BEFORE = re.compile(r"中共[\u3400-\u9fff]{2,14}委[、\s]*")


_PRESENTS = re.compile(A.PRESENTS_PRACTICE)
_PART_RANKED = re.compile(A.PART_RANKED)
_VISITS_SELF = re.compile(r"[^,，。;；]{0,6}?" + A.VISITS_SELF)


def tied_to_self(folded: str, start: int, end: int) -> bool:
    """Whether the sentence around a name ties it to the report's author as another body: 对我局,
    来我局, 指导我局 … (``rules.agencies.SELF_AS_OBJECT``); a sentence that only also says 我局
    (宁海县司法局是…部门，我局内设7个股室) ties nothing."""
    low, high = max(0, start - _SENTENCE_REACH), min(len(folded), end + _SENTENCE_REACH)  # bounded: no rescans
    a = max(folded.rfind(mark, low, start) for mark in A.SENTENCE_MARKS) + 1 or low
    ends = [i for i in (folded.find(mark, end, high) for mark in A.SENTENCE_MARKS) if i >= 0]
    b = min(ends) if ends else high
    return _SELF_AS_OBJECT.search(folded, a, b) is not None


_SENTENCE_REACH = 300  # characters: longer than any sentence a relation to 我局 is read across


def opens_clause(doc: Doc, mention: Mention) -> bool:
    """Whether a name stands where a clause's subject does: after a clause mark and at most the
    opening words of ``rules.agencies.SUBJECT_OPENINGS`` (a year, 现将 …)."""
    return opens_clause_at(doc.folded, mention.start)


def opens_clause_at(folded: str, start: int) -> bool:
    reach = max(0, start - CHAIN_REACH)
    clause = max(folded.rfind(mark, reach, start) for mark in _CLAUSE_MARKS)
    if clause < 0 and reach > 0:
        return False  # no clause opens within reach: the subject of none
    if clause > 0 and folded.endswith(A.PART_CLAUSE_BEFORE, 0, clause):
        return False  # 其中，和平区人社局查处45件: a part of a total, not a subject
    return _SUBJECT_OPENING.fullmatch(folded, clause + 1, start) is not None


def fits_self(mention: Mention, endings: tuple[str, ...]) -> bool:
    """A report that calls itself 我局 is written by a 局: a 厅 it names is another body. The
    signature and title are the author's own, whatever the self-reference."""
    if not endings or mention.rank < FRONT:
        return True
    return mention.written.endswith(endings)


def is_source(folded: str, start: int, end: int) -> bool:
    """Whether a body is named as a news item's source (记者从…获悉)."""
    return bool(_SOURCE_BEFORE.search(folded, max(0, start - 8), start) and _SOURCE_AFTER.match(folded, end))
