"""Chinese numerals → integers.

A fast path reads the small numerals headings and counts use (一 … 九十九, 两, 〇/零 digits);
anything larger or irregular goes to cn2an, imported lazily because its import costs ~80 ms.
cn2an converts exactly or raises; it never guesses, which is what we need. It is never run
over running text (``cn2an.transform`` rewrites words such as 统一 → 统1).
"""

from __future__ import annotations

from functools import lru_cache

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    # financial capitals (大写数字)
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS) + "".join(BIG_UNITS)


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
        elif ch in UNITS:
            unit = UNITS[ch]
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
    for big, factor in (("亿", 100_000_000), ("万", 10_000)):
        for mark in (big, "億" if big == "亿" else "萬"):
            if mark in rest:
                head, rest = rest.split(mark, 1)
                head_value = _section_value(head) if head else 1
                if head_value is None:
                    return _cn2an(s)
                total += head_value * factor
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
