"""Stage 3 — quantities: every number with its unit, normalised exactly.

The reader scans the folded text for numeral *cores* (Arabic with magnitudes such as
``7476.62万``, Chinese such as ``一百二十三``, ``百分之九十五``, vague forms such as ``三四十``
or ``万余``), then reads outward: the unit to the right, qualifiers on either side, a change
verb to the left, and a second number that makes a range. A core becomes a quantity only with a
unit, which is what keeps phone numbers, document numbers and frequencies out; years, dates,
ordinals and set phrases are refused by the rules in ``rules/quantities.py``.

The arithmetic of numerals and magnitudes lives in :mod:`lawrep.text.numerals`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from ..models import Quantity
from ..rules import quantities as R
from ..text.document import Doc
from ..text.fastre import first_char_class, literals
from ..text.numerals import (
    DIGITS,
    FINANCIAL_CAPITALS,
    MAGNITUDE_FORMS,
    MAGNITUDES,
    arabic_value,
    chinese_value,
    magnitude_value,
    scale_of,
)
from ..text.spans import SpanIndex
from .words import CAN_FOLLOW, IMPLIED_NOUNS, change_verb, implied_unit, prefix, suffix, unit_at

# The characters of a Chinese numeral core: digits and magnitudes, plain and financial forms
# (〇 is folded to 零, 萬/億 to 万/亿 before any rule runs).
_CN = "".join(sorted({*DIGITS, *MAGNITUDES, *(f for f in MAGNITUDE_FORMS if f not in "萬億")} - {"〇"}))
# * it opens with a look-ahead for the characters a core can begin with, so the engine skips
#   the other ~90% of positions at C speed;
# * a core that nothing it could need follows (统一, 一些, a phone number) is consumed and
#   dropped inside the engine (``(*SKIP)(*FAIL)``), so only candidates reach Python. The core is
#   atomic, so it is never shortened to make the look-ahead succeed.
# Arabic digits are ASCII after folding; \d would also take other scripts' digits (e.g. 𑛐),
# which are not numbers a report writes.
_CORE_FIRST = f"0-9{_CN}几数"
_MAG = "".join(MAGNITUDES)  # 十百千万亿
_MORE = "".join(R.INNER_MORE)  # 余多
_SINGLE_DIGITS = "一二两三四五六七八九"  # a digit 成 counts tenths of (四成)
_BIG_MAGNITUDES = frozenset(ch for ch, value in MAGNITUDES.items() if value >= 10_000)  # 万 亿
# Spaces a PDF, a CMS template or a copy-paste puts between an Arabic figure and its magnitude
# or unit (``155 项``, ``7476.62 万元``, ``98.5 %``): read through, and kept inside the span.
_MAX_GAP = 2
_GAP = rf"[ \t]{{0,{_MAX_GAP}}}"
_CORE = regex.compile(
    rf"""
    (?=[{_CORE_FIRST}])(?:
    (?P<pct>(?P<per>[百千])分之(?P<pctnum>[{_CN}点]{{1,12}}|[0-9]{{1,9}}(?:\.[0-9]{{1,6}})?))
  | (?>
      # never inside a number, nor the tail of 3 万 5 千 or 8万零30000 (whole or not at all)
      (?<![0-9.A-Za-z]|[0-9],|[0-9{_MAG}][ \t]{{1,{_MAX_GAP}}}|[万亿]零?[ \t]{{0,{_MAX_GAP}}})
      (?P<ar>[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]{{1,6}})?(?![0-9])  # 1,234 with separators
            |[0-9]{{1,15}}(?:\.[0-9]{{1,6}})?(?![0-9.][0-9]))        # 7476.62, never 1.1.1
      (?P<armore>[{_MORE}])?(?:{_GAP}(?P<armag>[{_MAG}]{{1,3}}(?:[0-9]{{1,4}}(?:\.[0-9]{{1,4}})?[{_MAG}]{{1,3}}){{0,3}}(?:零?[0-9]{{1,4}}(?![0-9.]))?))?
    | (?P<vague>(?:[二三四五六七八九]十几|[一二两三四五六七八九]{{2}}|十几|几十|几百|几千|几万
                  |数十|数百|数千|数万)[十百千万]{{0,2}})
    | (?P<cn>[{_CN}]{{1,20}})
    )
    (?:(?={first_char_class(CAN_FOLLOW)})
      |(?<=[0-9])(?={_GAP}{first_char_class(CAN_FOLLOW)})
      |(?<=[万亿余])(?=(?:{IMPLIED_NOUNS}))
      |(?<=[{_SINGLE_DIGITS}])(?={R.TENTHS})
      |(*SKIP)(*FAIL))
    )""",
    regex.VERBOSE,
)
# Groups by number: ``regex`` resolves a group name on every call (0.26 µs against 0.06 µs).
_G_PCT, _G_PER, _G_PCTNUM, _G_AR, _G_ARMORE, _G_ARMAG, _G_VAGUE, _G_CN = (
    _CORE.groupindex[name] for name in ("pct", "per", "pctnum", "ar", "armore", "armag", "vague", "cn")
)
_PER_UNIT = {"百": ("%", "percent"), "千": ("‰", "permille")}
_SET_PHRASES = literals(R.SET_PHRASES)
_PHRASE_CHARS = frozenset("".join(R.SET_PHRASES))
_SECONDS_PER_CHAR = 5e-6
"""The regex guard: about ten times the measured cost per character (a long report reads at
~0.35 µs a character), plus a second, so it only fires on a pattern that has gone wrong."""
_ZERO = regex.compile(R.ZERO_PHRASE)
_CLAUSE_END = regex.compile(r"\s*(?:[,;。:!?)]|$)")


@dataclass(slots=True)
class _Read:
    """A number read at a core, before it becomes a :class:`Quantity`."""

    start: int  # start of the span (qualifier or verb included)
    num_start: int
    end: int  # end of the span
    value: Decimal
    high: Decimal | None
    unit: str
    dimension: str
    qualifier: str
    change: bool = False
    has_magnitude: bool = False


def _is_year(ar: str | None, cn: str | None, unit: str) -> bool:
    """2020年 / 二〇二一年: a calendar year, not a duration (dates have no unit we read).
    ``ar`` and ``cn`` are the core's Arabic and Chinese numeral groups (one of them is None)."""
    if unit != "年":
        return False
    if ar:
        return len(ar) == 4
    return cn is not None and len(cn) >= 3  # 二〇二一年


def _core_value(m: regex.Match[str]) -> tuple[Decimal | None, Decimal | None, str, bool]:
    """(value, high, qualifier, has_magnitude) of a core, before unit and context."""
    pct, ar, vague = m.group(_G_PCT, _G_AR, _G_VAGUE)  # one call for the groups that tell the kind
    if pct:
        n = m.group(_G_PCTNUM)
        v = Decimal(n) if n[0].isdigit() else (Decimal(100) if n == "百" else chinese_value(n))
        return v, None, "exact", False
    if ar:
        more, mag = m.group(_G_ARMORE, _G_ARMAG)
        mag = mag or ""
        v = arabic_value(ar, mag)
        return v, None, "more_than" if more else "exact", bool(mag)
    if vague:
        return _vague(vague)
    cn = m.group(_G_CN)
    v = chinese_value(cn)
    return v, None, "exact", not _BIG_MAGNITUDES.isdisjoint(cn)


def _tenths(folded: str, m: regex.Match[str], pos: int) -> tuple[Decimal, tuple[str, str, int, bool]] | None:
    """四成 / 七成左右: a single Chinese digit and 成 is that many tenths, read as a percentage."""
    digit = m.group(_G_CN)
    if not digit or len(digit) != 1 or not DIGITS.get(digit) or not folded.startswith(R.TENTHS, pos):
        return None
    after = folded[pos + len(R.TENTHS) : pos + len(R.TENTHS) + 1]
    if after and after in R.TENTHS_NOT_BEFORE:
        return None  # 一成不变 is a set phrase; 三成立 is no share
    if m.start() and folded[m.start() - 1] in R.TENTHS_NOT_AFTER:
        return None  # 统一成册: the digit ends a word
    return Decimal(DIGITS[digit] * 10), ("%", "percent", pos + len(R.TENTHS), False)


def _vague(s: str) -> tuple[Decimal | None, Decimal | None, str, bool]:
    """三四十 → 30..40, 十几 → 11..19, 二十几 → 21..29, 几十/数百 → more than 10/100."""
    if len(s) >= 3 and s[1:3] == "十几":  # 二十几
        tens = Decimal(DIGITS[s[0]] * 10)
        factor = magnitude_value(s[3:]) if s[3:] else Decimal(1)
        return (tens + 1) * factor, (tens + 9) * factor, "range", bool(s[3:])
    head, mag = s[:2], s[2:]
    factor = magnitude_value(mag) if mag else Decimal(1)
    if head in ("几十", "数十", "几百", "数百", "几千", "数千", "几万", "数万"):
        base = Decimal(MAGNITUDES[head[1]])
        return base * factor, None, "more_than", bool(mag)
    if head == "十几":
        return Decimal(11) * factor, Decimal(19) * factor, "range", bool(mag)
    lo, hi = DIGITS.get(head[0]), DIGITS.get(head[1])
    if lo is None or hi is None or hi != lo + 1:
        return None, None, "exact", False
    return Decimal(lo) * factor, Decimal(hi) * factor, "range", bool(mag)


class _SetPhrases:
    """Where a text's set phrases are (一次性, 三项制度, 十四五): one scan of the whole text,
    non-overlapping from its start, made only when a candidate numeral could be in a phrase
    (an Arabic number never can), and then looked up by bisection."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self._index: SpanIndex | None = None

    def overlap(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with a set phrase."""
        if _PHRASE_CHARS.isdisjoint(self.folded[start:end]):
            return False  # 416 or 7476.62: no set phrase has these characters
        if self._index is None:
            self._index = SpanIndex(m.span() for m in _SET_PHRASES.finditer(self.folded))
        return self._index.overlaps(start, end)


def _blocked(folded: str, m: regex.Match[str], phrases: _SetPhrases) -> bool:
    start, end = m.span()
    left = _gap_before(folded, start) if start and folded[start - 1] in " \t" else start
    if left and folded[left - 1] == "第":
        return True  # 第3项, 第 3 项: an ordinal
    return phrases.overlap(start, end)


def _bare_magnitude(folded: str, m: regex.Match[str]) -> tuple[Decimal, str, int] | None:
    """上万 / 近千 / 数百 / 万余: a magnitude alone, made a number by the word around it."""
    s = m.group(_G_CN)
    if not s or not all(ch in MAGNITUDES for ch in s):
        return None
    value = magnitude_value(s)
    before = folded[m.start() - 1 : m.start()] if m.start() else ""
    if before in R.BARE_MAGNITUDE_PREFIX:
        return value, R.BARE_MAGNITUDE_PREFIX[before], m.start() - 1
    if folded.startswith(R.INNER_MORE, m.end()):
        return value, "more_than", m.start()
    return None


def _read_at(folded: str, m: regex.Match[str]) -> _Read | None:
    """Read one quantity from a core match that :func:`_blocked` let through, or None when it
    is not one. The groups are read once into locals (each ``group`` call costs a C call)."""
    pct, ar, cn = m.group(_G_PCT, _G_AR, _G_CN)
    arabic = ar is not None
    core_start, core_end = m.span()
    pos = _gap_after(folded, core_end) if arabic else core_end
    if folded.startswith("年", pos) and _is_year(ar, cn, "年"):
        return None  # 2020年, the commonest number of all: refused before any arithmetic
    bare = _bare_magnitude(folded, m)
    if bare:
        value, qualifier, start = bare
        high, has_mag = None, True
    else:
        v, high, qualifier, has_mag = _core_value(m)
        if v is None:
            return None
        value, start = v, core_start
    if not ar and folded.startswith(R.INNER_MORE, pos):
        qualifier, pos = "more_than", pos + 1
    if pct:
        (unit, dimension), end = _PER_UNIT[m.group(_G_PER)], pos
    else:
        found = unit_at(folded, pos)
        if found is None and folded.startswith(R.INNER_MORE, pos) and qualifier == "exact":
            found = unit_at(folded, pos + 1)
            qualifier = "more_than" if found else qualifier
        if found is None and has_mag:
            found = implied_unit(folded, pos)  # 1.6万农民工: a count of people
        if found is None:
            tenths = _tenths(folded, m, pos)  # 四成 = 40%
            if tenths is None:
                return None
            value, found = tenths
        capitals = cn and FINANCIAL_CAPITALS.intersection(cn)
        if capitals and found[0] not in R.CAPITALS_ONLY_FOR_UNITS:
            return None  # 队伍本领: 伍 is a capital 5 only in a sum of money
        unit, dimension, end, needs_qualifier = found
        if _is_year(ar, cn, unit):
            return None
        if needs_qualifier and _prefix_near(folded, start, arabic)[0] == "exact":
            return None
    if cn == "一" and dimension in ("count", "duration"):
        counted = any(folded.startswith(cue, start - len(cue)) for cue in R.ONE_COUNT_CUES)
        if not counted and not _CLAUSE_END.match(folded, end):  # 案件一起。 counts; 一起会商 does not
            return None
    if cn and unit == "条" and folded[end : end + 1] and folded[end] in R.POLICY_NAME_CLOSERS:
        return None  # (促进就业九条): a policy's name
    after, end = suffix(folded, end, dimension)
    if after:
        qualifier = after if qualifier == "exact" else qualifier
    if start == core_start:
        pre, start = _prefix_near(folded, start, arabic)
        qualifier = pre if pre != "exact" and qualifier == "exact" else qualifier
    return _Read(start, core_start, end, value, high, unit, dimension, qualifier, False, has_mag)


def _gap_after(folded: str, pos: int) -> int:
    """Past the spaces (at most ``_MAX_GAP``) that follow an Arabic figure."""
    end = pos
    while end < len(folded) and end - pos < _MAX_GAP and folded[end] in " \t":
        end += 1
    return end


def _gap_before(folded: str, pos: int) -> int:
    """Back over the spaces (at most ``_MAX_GAP``) that precede an Arabic figure."""
    start = pos
    while start > 0 and pos - start < _MAX_GAP and folded[start - 1] in " \t":
        start -= 1
    return start


def _prefix_near(folded: str, start: int, arabic: bool) -> tuple[str, int]:
    """The qualifier before a figure (see :func:`prefix`); before an Arabic figure it may stand
    a space or two away (``约 155 项``), and then the span takes the spaces in."""
    qualifier, new_start = prefix(folded, start)
    if qualifier != "exact" or not arabic:
        return qualifier, new_start
    left = _gap_before(folded, start)
    if left == start:
        return qualifier, new_start
    qualifier, joined = prefix(folded, left)
    return qualifier, (joined if joined < left else start)


def _apply_change(folded: str, r: _Read) -> None:
    sign, start = change_verb(folded, r.start)
    if not sign and r.start == r.num_start and folded[r.num_start].isdigit():
        left = _gap_before(folded, r.start)
        if left < r.start:
            sign, start = change_verb(folded, left)
    if sign:
        r.start, r.change = start, True
        r.value = r.value * sign


def _merge_range(folded: str, first_m: regex.Match[str], second: _Read, first_end: int) -> _Read | None:
    """``3至5个工作日`` / ``3到5万元`` / ``10-15天``: a unit-less first number joined to the next."""
    if first_m.group(_G_PCT) or first_m.group(_G_VAGUE):
        return None
    connector = folded[first_end : second.num_start].strip(" \t")
    if connector not in R.RANGE_CONNECTORS:
        return None
    v, _, qualifier, has_mag = _core_value(first_m)
    if v is None or qualifier != "exact":
        return None
    if first_m.group(_G_AR) and len(first_m.group(_G_AR)) == 4 and second.unit == "年":
        return None
    low = v
    if not has_mag and second.has_magnitude and second.value:
        # 3到5万元: the magnitude of the second end applies to the first
        scale = scale_of(folded[second.num_start : second.end])
        low = v * scale
    if low > second.value:
        return None
    return _Read(
        first_m.start(), first_m.start(), second.end, low, second.value, second.unit, second.dimension,
        "range", False, has_mag,
    )  # fmt: skip


def _joined_range(a: _Read, b: _Read, folded: str) -> _Read | None:
    """Two quantities of one unit that make one range: ``20%—30%``, ``50%至70%``, and the
    legal form ``五千元以上三万元以下`` (an at-least end and an at-most end)."""
    if a.unit != b.unit or a.change or b.change or a.value > b.value:
        return None
    legal = a.qualifier == "at_least" and b.qualifier == "at_most" and a.end == b.start
    connected = a.qualifier == b.qualifier == "exact" and folded[a.end : b.start].strip(" \t") in R.RANGE_CONNECTORS
    if legal or connected:
        return _Read(a.start, a.num_start, b.end, a.value, b.value, a.unit, a.dimension, "range")
    return None


def _number(d: Decimal) -> int | float:
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def _timeout(folded: str) -> float:
    return 1.0 + _SECONDS_PER_CHAR * len(folded)


def read(folded: str) -> tuple[list[_Read], bool]:
    """Every quantity in the folded text, in document order, non-overlapping, and whether the
    reading was complete (False only when the regex guard stopped it; what was read is kept)."""
    out: list[_Read] = []
    try:
        _scan(folded, out, _timeout(folded))
    except TimeoutError:
        return out, False
    return out, True


def _scan(folded: str, out: list[_Read], timeout: float) -> None:
    pending: regex.Match[str] | None = None  # a unit-less number that may open a range
    pos = 0
    phrases = _SetPhrases(folded)
    for m in _CORE.finditer(folded, timeout=timeout):
        if m.start() < pos:
            continue
        if _blocked(folded, m, phrases):
            pending = None  # an ordinal or a set phrase: neither a quantity nor a range's start
            continue
        r = _read_at(folded, m)
        if r is None:
            pending = m
            continue
        if pending is not None:
            merged = _merge_range(folded, pending, r, pending.end())
            if merged is not None and (not out or merged.start >= out[-1].end):
                r = merged
        pending = None
        if r.qualifier != "range":
            _apply_change(folded, r)
        if out and r.start < out[-1].end:
            continue
        if out:
            joined = _joined_range(out[-1], r, folded)
            if joined is not None:
                out[-1] = joined
                pos = joined.end
                continue
        out.append(r)
        pos = r.end


def _zeros(folded: str, taken: list[_Read]) -> list[_Read]:
    """未有败诉案件 and the like: counts of zero, where no number overlaps them."""
    out = []
    spans = SpanIndex((r.start, r.end) for r in taken)
    for m in _ZERO.finditer(folded, timeout=_timeout(folded)):
        if not spans.overlaps(m.start(), m.end()):
            out.append(_Read(m.start(), m.start(), m.end(), Decimal(0), None, R.ZERO_UNIT, "count", "exact"))
    return out


def find(doc: Doc) -> tuple[list[Quantity], bool]:
    """The ``quantities[]`` of a report, and whether the reading was complete."""
    found, complete = read(doc.folded)
    if complete:
        try:
            found = sorted(found + _zeros(doc.folded, found), key=lambda r: r.start)
        except TimeoutError:
            complete = False
    return [_quantity(doc.text, r) for r in found], complete


def _quantity(text: str, r: _Read) -> Quantity:
    return Quantity(
        text=text[r.start : r.end],
        start=r.start,
        end=r.end,
        value=_number(r.value),
        high=_number(r.high) if r.high is not None else None,
        unit=r.unit,
        dimension=r.dimension,
        qualifier=r.qualifier,
        change=r.change,
    )
