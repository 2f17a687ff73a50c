"""Chinese numerals and magnitudes → exact numbers: the one place where 十/百/千/万/亿 are counted.

A fast path reads the small numerals headings and counts use (一 … 九十九, 两, 〇/零 digits);
anything larger or irregular goes to cn2an, imported lazily because its import costs ~80 ms.
cn2an converts exactly or raises; it never guesses, which is what we need. It is never run
over running text (``cn2an.transform`` rewrites words such as 统一 → 统1).

Arithmetic is done in :class:`~decimal.Decimal`, so ``0.07万`` is exactly 700.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    # financial capitals (大写数字)
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip

FINANCIAL_CAPITALS = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟")
"""The capitals written in sums of money (大写数字)."""

MAGNITUDES: dict[str, int] = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
"""The magnitude characters of running text (folded), and their values: the one table."""
MAGNITUDE_FORMS: dict[str, str] = {"拾": "十", "佰": "百", "仟": "千", "萬": "万", "億": "亿"}
"""Other ways to write a magnitude (financial capitals, traditional forms) → the plain one."""

_VALUE_OF = {**MAGNITUDES, **{form: MAGNITUDES[plain] for form, plain in MAGNITUDE_FORMS.items()}}
SMALL_UNITS: dict[str, int] = {ch: v for ch, v in _VALUE_OF.items() if v < 10_000}
"""十 百 千 (and 拾 佰 仟): the magnitudes inside one group of four digits."""
# 亿 before 万, each plain form before its variant: the order a numeral is split in.
_BIG_ORDER = sorted((ch for ch, v in _VALUE_OF.items() if v >= 10_000), key=lambda ch: -_VALUE_OF[ch])
_MAGNITUDE_RUN = re.compile("([0-9]+(?:\\.[0-9]+)?)?([" + "".join(MAGNITUDES) + "]+)")
_TAIL = re.compile("(.*?[" + "".join(MAGNITUDES) + "])(零?)([0-9]*)")


def is_magnitude(ch: str) -> bool:
    """Whether ``ch`` is a magnitude in any of its written forms (十, 拾, 萬…)."""
    return ch in _VALUE_OF


@lru_cache(maxsize=4096)  # a few dozen calls a report (every heading and 一是 item), few distinct
def small_cn_to_int(s: str) -> int | None:
    """Read 一 … 九十九 (the numerals of heading markers); ``None`` for anything else."""
    if not s or len(s) > 3:
        return None
    if len(s) == 1:
        if s == "十":
            return 10
        value = DIGITS.get(s)
        return value if value else None
    if s[0] == "十" and len(s) == 2 and s[1] in DIGITS:
        return 10 + DIGITS[s[1]]
    if len(s) >= 2 and s[1] == "十" and s[0] in DIGITS and DIGITS[s[0]] > 1:
        tail = s[2:]
        if not tail:
            return DIGITS[s[0]] * 10
        if tail in DIGITS and DIGITS[tail] > 0:
            return DIGITS[s[0]] * 10 + DIGITS[tail]
    return None


def _section_value(s: str) -> int | None:
    """Value of a numeral below 万 (e.g. 两千零五, 一百二十三, 十二, 叁佰); None if malformed."""
    total, digit, last_unit = 0, None, 10_000
    for ch in s:
        if ch in DIGITS:
            if digit is not None and digit != 0:
                return None  # two digits in a row (三四) is not one number: a vague range
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            if unit >= last_unit:
                return None
            total += (digit if digit is not None else 1) * unit
            digit, last_unit = None, unit
        else:
            return None
    if digit:
        total += digit
    return total


@lru_cache(maxsize=4096)
def cn_to_int(s: str) -> int | None:
    """Read a Chinese integer numeral (一百二十三, 两千零五, 1亿2千万 mixed forms excluded).

    Positional digit strings such as 二〇二一 are read digit by digit. Returns ``None`` when
    the string is not a well-formed numeral.
    """
    if not s:
        return None
    positional = len(s) >= 3 or "〇" in s or (len(s) == 2 and "零" in s)
    if positional and all(ch in DIGITS and ch not in "两" for ch in s):
        return int("".join(str(DIGITS[ch]) for ch in s))  # 二〇二一 → 2021
    total, rest = 0, s
    for mark in _BIG_ORDER:
        if mark in rest:
            head, rest = rest.split(mark, 1)
            head_value = _section_value(head) if head else 1
            if head_value is None:
                return _cn2an(s)
            total += head_value * _VALUE_OF[mark]
    if rest:
        tail = _section_value(rest)
        if tail is None:
            return _cn2an(s)
        total += tail
    return total


def _cn2an(s: str) -> int | None:
    import cn2an  # lazy: costs ~80 ms at import

    try:
        value = cn2an.cn2an(s, "strict")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return int(value) if float(value).is_integer() else None


def magnitude_value(run: str) -> Decimal:
    """十/百/千/万/亿 runs such as 千万 or 百万 → their product."""
    total = Decimal(1)
    for ch in run:
        total *= _VALUE_OF[ch]
    return total


def arabic_value(num: str, mag: str) -> Decimal | None:
    """``7476.62`` + ``万`` → 74766200; ``1`` + ``亿2千万`` → 120000000; ``8`` + ``万零300`` →
    80300; ``8`` + ``万3000`` → 83000. None when malformed: a tail after 零 must be smaller than
    a tenth of the magnitude before it, and a tail without 零 must fill its places exactly
    (``1万2`` could be 12000 or 10002, so it is not read at all)."""
    value = Decimal(num.replace(",", ""))
    if not mag:
        return value
    parts = _TAIL.fullmatch(mag)
    if parts is None:
        return None
    head, zero, tail = parts.groups()
    # head is like 万 / 千万 / 亿2千万: split into (number, magnitude) pairs
    total, current = Decimal(0), value
    for i, (digits, run) in enumerate(_MAGNITUDE_RUN.findall(head)):
        if i and digits:
            current = Decimal(digits)
        elif i:
            return None
        total += current * magnitude_value(run)
    if tail:
        last = _VALUE_OF[head[-1]]
        fits = int(tail) * 10 < last if zero else len(tail) == len(str(last)) - 1 and tail[0] != "0"
        if not fits or "." in num:
            return None
        total += int(tail)
    return total


def chinese_value(s: str) -> Decimal | None:
    """一百二十三 → 123, 九十五点五 → 95.5; None for a bare magnitude (万) or a malformed numeral."""
    if "点" in s:
        whole, _, frac = s.partition("点")
        w = cn_to_int(whole) if whole else 0
        if w is None or not frac or any(ch not in DIGITS for ch in frac):
            return None
        return Decimal(f"{w}.{''.join(str(DIGITS[c]) for c in frac)}")
    if all(is_magnitude(ch) for ch in s) and s not in ("十", "拾"):
        return None  # a bare magnitude (万, 千万) is a number only with 上/近/余 around it
    v = cn_to_int(s)
    return Decimal(v) if v is not None else None


def scale_of(written: str) -> Decimal:
    """The largest magnitude of 百 and above written in a number (``5万元`` → 10000), else 1."""
    for ch in sorted(MAGNITUDES, key=lambda c: -MAGNITUDES[c]):
        if MAGNITUDES[ch] >= 100 and ch in written:
            return Decimal(MAGNITUDES[ch])
    return Decimal(1)
