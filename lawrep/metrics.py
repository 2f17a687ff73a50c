"""Stage 5 — metrics: name quantities with taxonomy keys, by the rules in ``rules/metrics.py``.

For each quantity the stage looks at its local structure: the clause before it (the governing
verb and object), the clause after it (``对5份规范性文件进行合法性审查``), the sentence, and the
headings it stands under. Among the rules that match, the one whose cue stands nearest the
number wins; ties go to the earlier rule. A quantity no rule fits keeps ``metric: null``.

Then the breakdown structure: after ``其中`` the figures of the same dimension are parts of the
total before it (``受理…19宗,其中开庭13宗``), and a repeated total opens a sub-breakdown.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from .models import Meta, Metric, Quantity
from .outline import Structure, enclosing
from .rules import metrics as R

# A comma ends a clause unless it separates thousands (1,305): a digit before, three after.
_CLAUSE_BREAK = regex.compile(r"[;。:!?\n]|(?<![0-9]),|,(?![0-9]{3}(?![0-9]))")
_SENTENCE_BREAK = regex.compile(r"[。!?\n]")
_TERMS = {t.key: t for t in R.TAXONOMY}
_DOMAIN_CUES = [(d, regex.compile(p)) for d, p in R.DOMAIN_CUES]
_YEAR = regex.compile(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})\s*年(?!\s*[-~至到]\s*[0-9]{4})(?![0-9])")
_YEAR_RANGE = regex.compile(r"(?:19|20)[0-9]{2}\s*年?\s*[-~至到]\s*(?:19|20)[0-9]{2}\s*年")
_BRACKETS = regex.compile(r"《[^《》\n]{0,120}》")
_SUBJECT_TRIM = regex.compile(r"(共计|合计|累计|总计|共|达到了|达到|达|为|了|计)+$")
_SUBJECT_LEAD = regex.compile(
    r"\s*(?:(?:19|20)[0-9]{2}\s*年度?(?:以来)?|一年来|全年|今年|年内|截至目前|目前|同时|此外|全县|全市|全区|我局)*"
    r"(?:共计|合计|累计|总计|共)?"
)


@dataclass(frozen=True)
class _Compiled:
    rule: R.Rule
    left: regex.Pattern[str] | None
    right: regex.Pattern[str] | None
    sentence: regex.Pattern[str] | None
    not_left: regex.Pattern[str] | None
    inside: regex.Pattern[str] | None


def _compile(rule: R.Rule) -> _Compiled:
    def c(p: str | None) -> regex.Pattern[str] | None:
        return regex.compile(p) if p else None

    return _Compiled(rule, c(rule.left), c(rule.right), c(rule.sentence), c(rule.not_left), c(rule.inside))


_RULES = tuple(_compile(r) for r in R.RULES)
_BY_SHAPE: dict[tuple[str, str, bool], tuple[tuple[int, _Compiled], ...]] = {}


def _rules_for(q: Quantity) -> tuple[tuple[int, _Compiled], ...]:
    """The rules whose unit, dimension and change conditions a quantity of this shape meets
    (with their table order), computed once per shape."""
    shape = (q.unit, q.dimension, q.change)
    if shape not in _BY_SHAPE:
        _BY_SHAPE[shape] = tuple(
            (order, c)
            for order, c in enumerate(_RULES)
            if (q.unit in c.rule.units if c.rule.units is not None else q.dimension in c.rule.dims)
            and (c.rule.change is None or c.rule.change == q.change)
            and not (c.inside is None and c.left is None and c.right is None)  # no cue names nothing
        )
    return _BY_SHAPE[shape]


@dataclass
class _Context:
    left: str  # clause before the quantity (folded)
    left_start: int
    right: str  # clause after the quantity
    sentence: str  # sentence before the quantity
    sentence_start: int


class _Breaks:
    """Where clauses and sentences end in a report, found in one pass and looked up by bisection,
    so the context of each quantity costs a logarithm rather than a scan of its window."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.clause = [m.start() for m in _CLAUSE_BREAK.finditer(folded)]
        self.sentence = [m.start() for m in _SENTENCE_BREAK.finditer(folded)]

    def context(self, q: Quantity) -> _Context:
        """The clause before and after ``q`` (at most 200 characters each way) and the sentence
        before it (at most 600)."""
        folded, start, end = self.folded, q.start, q.end
        i = bisect_left(self.clause, start) - 1
        clause_start = self.clause[i] + 1 if i >= 0 and self.clause[i] >= start - 200 else max(0, start - 200)
        j = bisect_left(self.sentence, start) - 1
        sentence_start = self.sentence[j] + 1 if j >= 0 and self.sentence[j] >= start - 600 else max(0, start - 600)
        k = bisect_left(self.clause, end)
        limit = min(len(folded), end + 200)
        right_end = self.clause[k] if k < len(self.clause) and self.clause[k] < limit else limit
        return _Context(
            left=folded[clause_start:start],
            left_start=clause_start,
            right=folded[end:right_end],
            sentence=folded[sentence_start:start],
            sentence_start=sentence_start,
        )


def _domain(ctx: _Context, previous: list[Metric], heading_titles: list[str]) -> str | None:
    """Which field the quantity's context is about: the sentence's last metric, its cue words,
    then the enclosing headings from the innermost out."""
    if previous:
        return previous[-1].key.split(".")[0]
    best: tuple[int, str] | None = None
    for domain, pattern in _DOMAIN_CUES:
        for m in pattern.finditer(ctx.sentence):
            if best is None or m.end() > best[0]:
                best = (m.end(), domain)
    if best:
        return best[1]
    for title in reversed(heading_titles):
        for domain, pattern in _DOMAIN_CUES:
            if pattern.search(title):
                return domain
    return None


def _fits(c: _Compiled, q: Quantity, ctx: _Context, domain: str | None) -> int | None:
    """Distance from the rule's cue to the number when the rule applies, else None.

    Unit, dimension and change were settled by :func:`_rules_for`; what is left is the
    context, tested cheapest first."""
    rule = c.rule
    if rule.domain is not None and domain != rule.domain:
        return None
    if c.inside is not None and not c.inside.search(q.text):
        return None
    distance = 0
    if c.right is not None:
        m = c.right.search(ctx.right)
        if m is None:
            return None
        distance = m.start(1) if m.lastindex else m.end()
    if c.left is not None:
        last_end = _last_end(c.left, ctx.left)
        if last_end is None:
            return None
        distance = max(distance, len(ctx.left) - last_end)
    if c.not_left is not None and c.not_left.search(ctx.left):
        return None
    if c.sentence is not None and not c.sentence.search(ctx.sentence):
        return None
    return distance


def _last_end(pattern: regex.Pattern[str], text: str) -> int | None:
    """End of the last match of ``pattern`` in ``text`` (None when there is none); the search
    comes first because most cues are absent and ``search`` is cheaper than ``finditer``."""
    first = pattern.search(text)
    if first is None:
        return None
    end: int = first.end()
    for m in pattern.finditer(text, first.end() if first.end() > first.start() else first.end() + 1):
        end = m.end()
    return end


def _choose(q: Quantity, ctx: _Context, domain: str | None) -> R.Rule | None:
    """The rule whose cue stands nearest the number; ties go to the earlier rule."""
    best: tuple[int, int, R.Rule] | None = None
    for order, c in _rules_for(q):
        distance = _fits(c, q, ctx, domain)
        if distance is not None and (best is None or (distance, order) < best[:2]):
            best = (distance, order, c.rule)
    return best[2] if best else None


def _period(folded: str, ctx: _Context, year: int | None) -> int | None:
    """A year the sentence names before the figure, when it is not the report's year."""
    blocked = [m.span() for m in _BRACKETS.finditer(ctx.sentence)] + [
        m.span() for m in _YEAR_RANGE.finditer(ctx.sentence)
    ]
    found = None
    for m in _YEAR.finditer(ctx.sentence):
        if any(a <= m.start() < b for a, b in blocked):
            continue
        found = int(m.group("y"))
    if found is None or year is None or found == year:
        return None
    return found


def _subject(text: str, ctx: _Context, q: Quantity, rule: R.Rule) -> str:
    """The phrase measured, as written: the clause before the figure without its leading time
    words and totalisers (``2020年度共收到…信息公开申请``  → ``收到…信息公开申请``), or the clause
    after it when the figure comes first (``5份规范性文件进行合法性审查``)."""
    lead = _SUBJECT_LEAD.match(ctx.left)
    start = ctx.left_start + (lead.end() if lead else 0)
    subject: str = _SUBJECT_TRIM.sub("", text[start : q.start].strip())
    if not subject or (rule.right is not None and rule.left is None):
        subject = text[q.end : q.end + len(ctx.right)].strip()
    return subject


def _link_parts(folded: str, metrics: list[Metric]) -> None:
    """Fill ``part_of``: figures after 其中 break down the total before it.

    The total is the nearest earlier figure (within a paragraph's reach) with the first part's
    key, else its domain, else its kind (money or count). A later figure with the total's key
    is a sub-total (``其中,调解组织受理案件62件…仲裁机构受理案件1528件``) and opens its own
    breakdown for the figures of its domain that follow it.
    """
    starts = [x.start for x in metrics]
    for m in regex.finditer(r"其中", folded):
        pos = m.start()
        stop = _SENTENCE_BREAK.search(folded, m.end(), min(len(folded), m.end() + 2000))
        end = stop.start() if stop else min(len(folded), m.end() + 2000)
        lo, mid, hi = bisect_left(starts, pos - 600), bisect_left(starts, pos), bisect_left(starts, end)
        parts = [i for i in range(mid, hi) if pos < metrics[i].start and _countable(metrics[i])]
        before = [i for i in range(lo, mid) if metrics[i].end <= pos and pos - metrics[i].end < 400]
        before = [i for i in before if _countable(metrics[i])]
        if not parts or not before:
            continue
        total = _total_for(metrics, before, metrics[parts[0]])
        if total is None:
            continue
        sub: int | None = None
        for i in parts:
            x = metrics[i]
            if x.part_of is not None:
                continue
            if x.key == metrics[total].key:
                x.part_of, sub = total, i
            elif sub is not None and _domain_of(x) == _domain_of(metrics[sub]):
                x.part_of = sub
            elif _same_kind(x, metrics[total]):
                x.part_of = total


def _same_kind(a: Metric, b: Metric) -> bool:
    """Both money or both counts: a breakdown never mixes the two."""
    return (a.unit == "元") == (b.unit == "元")


def _countable(m: Metric) -> bool:
    return m.unit not in ("%", "‰", "个百分点", "倍")


def _domain_of(m: Metric) -> str:
    return m.key.split(".")[0]


def _total_for(metrics: list[Metric], before: list[int], first: Metric) -> int | None:
    for same in (
        lambda x: x.key == first.key,
        lambda x: _domain_of(x) == _domain_of(first) and _same_kind(x, first),
        lambda x: _same_kind(x, first),
    ):
        hits = [i for i in before if same(metrics[i])]
        if hits:
            return hits[-1]
    return None


def name(text: str, folded: str, structure: Structure, meta: Meta, quantities: list[Quantity]) -> list[Metric]:
    """Name the quantities that a rule fits; set ``quantity.metric`` on them."""
    metrics: list[Metric] = []
    sentence_metrics: list[Metric] = []
    sentence_at = -1
    breaks = _Breaks(folded)
    for q in quantities:
        ctx = breaks.context(q)
        if ctx.sentence_start != sentence_at:
            sentence_metrics, sentence_at = [], ctx.sentence_start
        around = enclosing(structure.sections, q.start)
        if around and around[0].canonical == "next_year_plan":
            continue  # targets for next year, not results
        path = [s.number for s in around]
        titles = [s.title for s in around]
        domain = _domain(ctx, sentence_metrics, titles)
        rule = _choose(q, ctx, domain)
        if rule is None:
            continue
        term = _TERMS[rule.key]
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
            period=_period(folded, ctx, meta.year),
            rule=rule.id,
        )
        q.metric = rule.key
        metrics.append(metric)
        sentence_metrics.append(metric)
    _link_parts(folded, metrics)
    return metrics
