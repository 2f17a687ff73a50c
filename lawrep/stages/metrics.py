"""Stage 4 — metrics: name quantities with taxonomy keys, by the rules in ``rules/metrics.py``.

For each quantity the stage looks at its local structure: the clause before it (the governing
verb and object), the clause after it (``对5份规范性文件进行合法性审查``), the sentence, and the
headings it stands under. Among the rules that match, the one whose cue stands nearest the
number wins; ties go to the earlier rule. A quantity no rule fits keeps ``metric: null``.

The breakdown structure (``其中``) is the next stage's job (:mod:`lawrep.stages.parts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..models import Meta, Metric, Quantity, enclosing
from ..rules import metrics as R
from ..rules.metrics.base import Rule
from ..rules.taxonomy import TAXONOMY
from ..text.clauses import BRACKETED, CLAUSE_BREAK, CLAUSE_BREAK_BACK, SENTENCE_BREAK_BACK
from ..text.document import Doc
from ..text.fastre import alternation, branch_of, first_chars, needed_chars
from .outline import Structure

_TERMS = {t.key: t for t in TAXONOMY}
_DOMAIN_CUES = [(d, regex.compile(p)) for d, p in R.DOMAIN_CUES]
# All domain cues in one pattern searched backwards: the first hit is the cue ending nearest
# the figure (on a tie, the domain listed first), in one call instead of one per domain.
_DOMAIN_BACK, _DOMAIN_BRANCHES = alternation([p for _, p in R.DOMAIN_CUES], flags=regex.REVERSE)
_YEAR = regex.compile(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})\s*年(?!\s*[-~至到]\s*[0-9]{4})(?![0-9])")
_SINCE = regex.compile(rf"\s*(?:度)?\s*(?:{'|'.join(R.SINCE_WORDS)})")
_RANGE_MARKS = "-~至到"
_YEAR_RANGE = regex.compile(rf"(?:19|20)[0-9]{{2}}\s*年?\s*[{_RANGE_MARKS}]\s*(?:19|20)[0-9]{{2}}\s*年")
_SUBJECT_TRIM = regex.compile(rf"({'|'.join(R.SUBJECT_TRAILING_WORDS)})+$")
_SUBJECT_LEAD = regex.compile(
    rf"\s*(?:(?:19|20)[0-9]{{2}}\s*年度?(?:以来)?|{'|'.join(R.SUBJECT_LEADING_WORDS)})*"
    rf"(?:{'|'.join(R.SUBJECT_TOTALISERS)})?"
)


@dataclass(frozen=True)
class _Compiled:
    rule: Rule
    left: regex.Pattern[str] | None
    right: regex.Pattern[str] | None
    sentence: regex.Pattern[str] | None
    not_left: regex.Pattern[str] | None
    inside: regex.Pattern[str] | None
    left_first: frozenset[str] | None  # a left cue must begin with one of these (None: unknown)
    right_needs: frozenset[str] | None  # a right cue must hold one of these (None: unknown)


def _compile(rule: Rule) -> _Compiled:
    def c(p: str | None, flags: int = 0) -> regex.Pattern[str] | None:
        return regex.compile(p, flags) if p else None

    return _Compiled(
        rule, c(rule.left, regex.REVERSE), c(rule.right), c(rule.sentence), c(rule.not_left), c(rule.inside),
        first_chars(rule.left) if rule.left else None, needed_chars(rule.right) if rule.right else None,
    )  # fmt: skip


_RULES = tuple(_compile(r) for r in R.RULES)


def _gate(gates: list[frozenset[str] | None]) -> tuple[dict[str, int], int]:
    """Rule sets as bit masks (bit ``i``: the rule at table position ``i``): for each character,
    the rules whose gate holds it, and the rules with no gate (always let through).

    A quantity then finds every rule whose cue could match its clause by OR-ing the masks of
    the clause's few characters, instead of testing each rule's gate in turn (~28 a quantity)."""
    by_char: dict[str, int] = {}
    ungated = 0
    for order, chars in enumerate(gates):
        if chars is None:
            ungated |= 1 << order
            continue
        for ch in chars:
            by_char[ch] = by_char.get(ch, 0) | 1 << order
    return by_char, ungated


_LEFT_BY_CHAR, _LEFT_UNGATED = _gate([c.left_first for c in _RULES])
_RIGHT_BY_CHAR, _RIGHT_UNGATED = _gate([c.right_needs for c in _RULES])
_BY_SHAPE: dict[tuple[str, str, bool, str | None], int] = {}


def _rules_for(q: Quantity, domain: str | None) -> int:
    """The rules (a mask of table positions) whose unit, dimension, change and domain conditions
    a quantity of this shape meets in this domain, computed once per shape: only the context is
    left to test for each quantity."""
    shape = (q.unit, q.dimension, q.change, domain)
    found = _BY_SHAPE.get(shape)
    if found is None:
        found = _BY_SHAPE[shape] = sum(
            1 << order
            for order, c in enumerate(_RULES)
            if (q.unit in c.rule.units if c.rule.units is not None else q.dimension in c.rule.dimensions)
            and (c.rule.change is None or c.rule.change == q.change)
            and (c.rule.domain is None or c.rule.domain == domain)
            and not (c.inside is None and c.left is None and c.right is None)  # no cue names nothing
        )
    return found


def _allowed(text: str, by_char: dict[str, int], ungated: int) -> int:
    """The rules (a mask) whose gate lets ``text`` through: those with a character of ``text``
    in their gate, and those without a gate."""
    allowed = ungated
    for ch in text:
        allowed |= by_char.get(ch, 0)
    return allowed


@dataclass(slots=True)
class _Context:
    left: str  # clause before the quantity (folded)
    left_start: int
    right: str  # clause after the quantity
    sentence: str  # sentence before the quantity
    sentence_start: int
    own: str  # the quantity's own text, folded


def _context(folded: str, q: Quantity) -> _Context:
    """The clause before and after ``q`` (at most 200 characters each way; the one before
    without the spaces right before the figure) and the sentence before it (at most 600). The
    breaks before the figure are found by searching backwards from it, one call each, so a long
    clause costs no scan of every comma in it."""
    end = q.end
    start = q.start
    while start > q.start - 2 and start > 0 and folded[start - 1] in " \t":
        start -= 1  # a space or two before the figure (PDF, CMS) belongs to no cue
    lo = max(0, start - 200)
    m = CLAUSE_BREAK_BACK.search(folded, lo, start)
    clause_start = m.end() if m else lo
    lo = max(0, start - 600)
    m = SENTENCE_BREAK_BACK.search(folded, lo, start)
    sentence_start = m.end() if m else lo
    limit = min(len(folded), end + 200)
    m = CLAUSE_BREAK.search(folded, end, limit)
    right_end = m.start() if m else limit
    return _Context(
        left=folded[clause_start:start],
        left_start=clause_start,
        right=folded[end:right_end],
        sentence=folded[sentence_start:start],
        sentence_start=sentence_start,
        own=folded[q.start : q.end],
    )


def _domain(folded: str, ctx: _Context, previous: list[Metric], heading_titles: list[str]) -> str | None:
    """Which field the quantity's context is about: the sentence's last metric, the cue word
    that ends nearest before the figure, the enclosing headings from the innermost out, and
    last the text just before the sentence (a news item's headline, a paragraph's lead)."""
    if previous:
        return previous[-1].key.split(".")[0]
    m = _DOMAIN_BACK.search(ctx.sentence)
    if m is not None:
        return R.DOMAIN_CUES[branch_of(m, _DOMAIN_BRANCHES)][0]
    for title in reversed(heading_titles):
        domain = _title_domain(title)
        if domain is not None:
            return domain
    if heading_titles:
        return None  # under headings, the text before a sentence may belong to another field
    headline = _headline_before(folded, ctx.sentence_start)
    if headline is None:
        return None
    m = _DOMAIN_BACK.search(folded, *headline)
    return R.DOMAIN_CUES[branch_of(m, _DOMAIN_BRANCHES)][0] if m is not None else None


def _headline_before(folded: str, sentence_start: int) -> tuple[int, int] | None:
    """The line just before a paragraph's first sentence when it is a headline: short, ending in
    no full stop (a news item's title). A sentence within a paragraph takes no field from the one
    before it."""
    if sentence_start == 0 or folded[sentence_start - 1] != "\n":
        return None
    end = sentence_start - 1
    start = folded.rfind("\n", max(0, end - R.DOMAIN_REACH_BACK), end) + 1
    line = folded[start:end].strip()
    if not line or len(line) > R.HEADLINE_MAX_CHARS or line.endswith(("。", ".", ";", "；")):
        return None
    return start, end


@lru_cache(maxsize=4096)
def _title_domain(title: str) -> str | None:
    """The first domain (in table order) whose cue a heading's title contains."""
    for domain, pattern in _DOMAIN_CUES:
        if pattern.search(title):
            return domain
    return None


def _fits(c: _Compiled, q: Quantity, ctx: _Context) -> int | None:
    """Distance from the rule's cue to the number when the rule applies, else None.

    Unit, dimension, change and domain were settled by :func:`_rules_for`; what is left is the
    context, tested cheapest first."""
    if c.inside is not None and not c.inside.search(ctx.own):
        return None
    distance = 0
    if c.right is not None:
        m = c.right.search(ctx.right)
        if m is None:
            return None
        distance = m.start(1) if m.lastindex else m.end()
    if c.left is not None:
        last = c.left.search(ctx.left)  # searched backwards: the cue ending nearest the figure
        if last is None:
            return None
        distance = max(distance, len(ctx.left) - last.end())
    if c.not_left is not None and c.not_left.search(ctx.left):
        return None
    if c.sentence is not None and not c.sentence.search(ctx.sentence):
        return None
    return distance


def _choose(q: Quantity, ctx: _Context, domain: str | None) -> Rule | None:
    """The rule whose cue stands nearest the number; ties go to the earlier rule.

    Only the rules whose cues could match the clauses are tried: a left cue that cannot begin
    anywhere in the clause before, or a right cue that needs a character the clause after lacks,
    needs no search (about two rules in three of those the quantity's shape allows)."""
    best: tuple[int, int, Rule] | None = None
    mask = (
        _rules_for(q, domain)
        & _allowed(ctx.left, _LEFT_BY_CHAR, _LEFT_UNGATED)
        & _allowed(ctx.right, _RIGHT_BY_CHAR, _RIGHT_UNGATED)
    )
    while mask:
        order = (mask & -mask).bit_length() - 1  # the lowest bit: rules are tried in table order
        mask &= mask - 1
        c = _RULES[order]
        distance = _fits(c, q, ctx)
        if distance is not None and (best is None or (distance, order) < best[:2]):
            best = (distance, order, c.rule)
    return best[2] if best else None


def _period(ctx: _Context, year: int | None) -> tuple[int | None, int | None]:
    """``(period, period_from)``: the last year the sentence names before the figure, as the
    year the figure is about when it is not the report's year, or as the start of a cumulative
    count when 以来/至今 follows it (a figure since 2020 is no figure about 2020)."""
    if "年" not in ctx.sentence:
        return None, None  # most sentences name no year: skip the three scans
    blocked = _spans_of(BRACKETED, ctx.sentence, "《") + _spans_of(_YEAR_RANGE, ctx.sentence, _RANGE_MARKS)
    found: regex.Match[str] | None = None
    for m in _YEAR.finditer(ctx.sentence):
        if not any(a <= m.start() < b for a, b in blocked):
            found = m
    if found is None:
        return None, None
    named = int(found.group("y"))
    if _SINCE.match(ctx.sentence, found.end()) or ctx.sentence.endswith(R.SINCE_BEFORE, 0, found.start()):
        return None, named  # 2020年以来, 自2019年开展…: a count since that year
    return (None if year is None or named == year else named), None


def _spans_of(pattern: regex.Pattern[str], sentence: str, needed: str) -> list[tuple[int, int]]:
    """The spans of ``pattern``'s matches in ``sentence``, which must hold one of ``needed`` (a
    match needs one): without any, no scanner is made (most sentences have no 《 and no range)."""
    if not any(ch in sentence for ch in needed):
        return []
    return [m.span() for m in pattern.finditer(sentence)]


def _subject(text: str, ctx: _Context, q: Quantity, rule: Rule) -> str:
    """The phrase measured, as written: the clause before the figure without its leading time
    words and totalisers (``2020年度共收到…信息公开申请``  → ``收到…信息公开申请``), or the clause
    after it when the figure comes first (``5份规范性文件进行合法性审查``)."""
    lead = _SUBJECT_LEAD.match(ctx.left)
    start = ctx.left_start + (lead.end() if lead else 0)
    subject: str = _SUBJECT_TRIM.sub("", text[start : q.start].strip())
    if not subject or (rule.right is not None and rule.left is None):
        subject = text[q.end : q.end + len(ctx.right)].strip()
    return subject


def name(doc: Doc, structure: Structure, meta: Meta, quantities: list[Quantity]) -> list[Metric]:
    """The metrics: the quantities a rule fits, named, in document order (``part_of`` unset)."""
    text, folded = doc.text, doc.folded
    metrics: list[Metric] = []
    sentence_metrics: list[Metric] = []
    sentence_at = -1
    for q in quantities:
        around = enclosing(structure.sections, q.start)
        if around and around[0].canonical in R.UNNAMED_PARTS:
            continue  # targets for next year, not results: no context needed
        ctx = _context(folded, q)
        if ctx.sentence_start != sentence_at:
            sentence_metrics, sentence_at = [], ctx.sentence_start
        path = [s.number for s in around]
        titles = [structure.folded_titles.get(s.start, s.title) for s in around]
        domain = _domain(folded, ctx, sentence_metrics, titles)
        rule = _choose(q, ctx, domain)
        if rule is None:
            continue
        term = _TERMS[rule.key]
        period, period_from = _period(ctx, meta.year)
        metric = Metric(
            key=rule.key,
            label=term.label,
            value=q.value,
            high=q.high,
            unit=q.unit,
            qualifier=q.qualifier,
            text=q.text,
            start=q.start,
            end=q.end,
            subject=_subject(text, ctx, q, rule),
            section=path,
            period=period,
            period_from=period_from,
            rule=rule.id,
        )
        metrics.append(metric)
        sentence_metrics.append(metric)
    return metrics
