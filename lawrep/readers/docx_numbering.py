"""Word's automatic numbering, rendered as the labels a reader sees in front of a paragraph.

Many reports number their headings with Word's list numbering: the paragraph's text is only
``深化行政审批制度改革`` and Word draws ``一、`` in front of it from ``numbering.xml``. python-docx
does not render these labels, and without them the heading tree of such a report is empty. This
module reads the definitions (``w:abstractNum`` levels with ``w:start``, ``w:numFmt``,
``w:lvlText``, ``w:suff``, ``w:lvlRestart``, ``w:isLgl``; ``w:num`` instances with
``w:lvlOverride``/``w:startOverride``; ``w:numStyleLink``) and keeps the counters Word keeps, so
that each numbered paragraph, taken in document order, gets the label Word would show.

Counting follows Word: the counters belong to the abstract definition, so every ``w:num`` that
points at it continues the same list; a ``w:num`` with a start override restarts its overridden
levels the first time it is used; using a level restarts the deeper levels (unless their
``w:lvlRestart`` says otherwise); a level not used since it (re)started shows one less than its
start, as Word shows ``0.1`` for a Heading 2 with no Heading 1 before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple
from xml.etree.ElementTree import Element

LEVELS = 9
"""Word lists have levels 0–8 (``w:ilvl``)."""

MAX_LEVEL_TEXT = 64
"""A ``w:lvlText`` longer than this is cut: real labels are a few characters, and a label is
repeated on every numbered paragraph, so a huge one would multiply the text."""

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SUFFIXES = {"tab": "\t", "space": " ", "nothing": ""}
_PLACEHOLDER = re.compile(r"%([1-9])")
_LIMIT = 2**31 - 1


class Level(NamedTuple):
    """One level of a list definition (``w:lvl``)."""

    start: int = 0
    fmt: str = "decimal"
    text: str = ""
    suffix: str = "tab"
    restart: int | None = None
    legal: bool = False
    style: str | None = None
    custom: str = ""


class Instance(NamedTuple):
    """A ``w:num``: which abstract definition it uses and what it overrides."""

    abstract: str
    starts: Mapping[int, int] = MappingProxyType({})
    levels: Mapping[int, Level] = MappingProxyType({})


# --- number formats -------------------------------------------------------------------------

_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_FULL_WIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")


class _Counting(NamedTuple):
    """A Chinese way of writing numbers with place words (十 百 千 万)."""

    digits: str
    units: tuple[str, str, str, str]
    wan: str
    bare_ten: bool


_SIMPLE = _Counting("零一二三四五六七八九", ("", "十", "百", "千"), "万", True)
_TRADITIONAL = _Counting("零一二三四五六七八九", ("", "十", "百", "千"), "萬", True)
_LEGAL_SIMPLIFIED = _Counting("零壹贰叁肆伍陆柒捌玖", ("", "拾", "佰", "仟"), "万", False)
_LEGAL_TRADITIONAL = _Counting("零壹貳參肆伍陸柒捌玖", ("", "拾", "佰", "仟"), "萬", False)
_COUNTING = {
    "chineseCounting": _SIMPLE,
    "chineseCountingThousand": _SIMPLE,
    "japaneseCounting": _SIMPLE,
    "taiwaneseCounting": _TRADITIONAL,
    "taiwaneseCountingThousand": _TRADITIONAL,
    "chineseLegalSimplified": _LEGAL_SIMPLIFIED,
    "ideographLegalTraditional": _LEGAL_TRADITIONAL,
}
_CIRCLED = "".join(map(chr, (*range(0x2460, 0x2474), *range(0x3251, 0x3260), *range(0x32B1, 0x32C0))))  # ①…㊿
_ENCLOSED: dict[str, Sequence[str]] = {
    "decimalEnclosedCircle": _CIRCLED,
    "decimalEnclosedCircleChinese": _CIRCLED,
    "decimalEnclosedParen": "".join(map(chr, range(0x2474, 0x2488))),  # ⑴…⒇
    "decimalEnclosedFullstop": "".join(map(chr, range(0x2488, 0x249C))),  # ⒈…⒛
    "ideographEnclosedCircle": "".join(map(chr, range(0x3220, 0x322A))),  # ㈠…㈩
    "ideographTraditional": _STEMS,
    "ideographZodiac": _BRANCHES,
    "ideographZodiacTraditional": [_STEMS[i % 10] + _BRANCHES[i % 12] for i in range(60)],  # 甲子…癸亥
}
"""Formats that are a finite sequence of symbols; past the end the number is written in digits
(LibreOffice does so; which symbols Word has past ⑳ is not known here)."""


def _below_10000(n: int, style: _Counting) -> str:
    """1–9999 with place words and one 零 for each run of inner zeros (一百零一, 一千零一十)."""
    digits = str(n)
    parts: list[str] = []
    zero = False
    for i, ch in enumerate(digits):
        d = int(ch)
        if d == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append(style.digits[0])
            zero = False
        parts.append(style.digits[d] + style.units[len(digits) - 1 - i])
    return "".join(parts)


def chinese_counting(n: int, style: _Counting = _SIMPLE) -> str:
    """A whole number in Chinese counting: 一 … 十 十一 … 二十 … 九十九 一百 一百零一 …;
    numbers outside 0 … 99,999,999 are written in Arabic digits."""
    if n == 0:
        return style.digits[0]
    if not 0 < n < 10**8:
        return str(n)
    high, low = divmod(n, 10000)
    text = _below_10000(low, style) if low else ""
    if high:
        joint = style.digits[0] if 0 < low < 1000 else ""
        text = _below_10000(high, style) + style.wan + joint + text
    if style.bare_ten and 10 <= n < 20:
        text = text[1:]  # 十一, not 一十一
    return text


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def _letters(n: int, base: str) -> str:
    """Word's letters: A … Z, then AA … ZZ, AAA … (the letter repeated, not base 26)."""
    count, index = divmod(n - 1, 26)
    return chr(ord(base) + index) * (count + 1)


def _custom(n: int, sample: str) -> str:
    """A ``custom`` format given by sample (``001, 002, 003, ...``): zero-padded digits."""
    first = sample.split(",")[0].strip()
    if first.isascii() and first.isdigit():
        return str(n).zfill(len(first))
    return str(n)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _digit_by_digit(n: int) -> str:
    return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))


_POSITIVE: dict[str, Callable[[int], str]] = {
    "decimalZero": lambda n: str(n).zfill(2),
    "decimalFullWidth": lambda n: str(n).translate(_FULL_WIDTH),
    "decimalFullWidth2": lambda n: str(n).translate(_FULL_WIDTH),
    "ideographDigital": _digit_by_digit,
    "taiwaneseDigital": _digit_by_digit,
    "upperRoman": lambda n: _roman(n) if n < 4000 else str(n),
    "lowerRoman": lambda n: _roman(n).lower() if n < 4000 else str(n),
    "upperLetter": lambda n: _letters(n, "A") if n <= 26 * 30 else str(n),
    "lowerLetter": lambda n: _letters(n, "a") if n <= 26 * 30 else str(n),
    "ordinal": _ordinal,
}
"""Formats defined for 1 and up (0 and negative numbers are written in digits)."""


def format_number(n: int, fmt: str, custom: str = "") -> str:
    """``n`` written in Word's number format ``fmt`` (``w:numFmt``; ``custom`` is the sample of a
    ``custom`` format). Formats not known here, and numbers past the end of a format that is a
    finite list of symbols (① … ㊿), are written in Arabic digits."""
    if fmt == "none":
        return ""
    if fmt in _COUNTING:
        return chinese_counting(n, _COUNTING[fmt])
    if n < 1:
        return str(n)
    if fmt in _ENCLOSED:
        symbols = _ENCLOSED[fmt]
        return symbols[n - 1] if n <= len(symbols) else str(n)
    if fmt == "custom":
        return _custom(n, custom)
    return _POSITIVE[fmt](n) if fmt in _POSITIVE else str(n)


# --- reading numbering.xml ------------------------------------------------------------------


def _int(text: str | None, default: int) -> int:
    """A ``w:val`` as a bounded integer; ``default`` for what is not one."""
    if text is None:
        return default
    try:
        value = int(text.strip())
    except ValueError:
        return default
    return max(-_LIMIT, min(_LIMIT, value))


def _flag(el: Element | None, w: str) -> bool:
    """An on/off property (``<w:isLgl/>``): on unless its value says off."""
    return el is not None and el.get(f"{w}val", "1").lower() not in ("0", "false", "off")


def level_index(text: str | None) -> int | None:
    """A ``w:ilvl`` value as 0–8, or ``None`` when it is missing or out of range."""
    value = _int(text, -1)
    return value if 0 <= value < LEVELS else None


def _num_fmt(lvl: Element, w: str) -> Element | None:
    """The level's ``w:numFmt``: given directly, or inside ``mc:AlternateContent`` (Word 2010
    writes custom formats as a choice with a decimal fallback; the choice is used when it is a
    format rendered here)."""
    direct = lvl.find(f"{w}numFmt")
    if direct is not None:
        return direct
    for alternate in lvl.iter(f"{_MC}AlternateContent"):
        for choice in alternate.findall(f"{_MC}Choice"):
            fmt = choice.find(f"{w}numFmt")
            if fmt is not None and fmt.get(f"{w}val") == "custom" and fmt.get(f"{w}format"):
                return fmt
        fallback = alternate.find(f"{_MC}Fallback/{w}numFmt")
        if fallback is not None:
            return fallback
    return None


def _child_val(el: Element, name: str, w: str) -> str | None:
    child = el.find(f"{w}{name}")
    return None if child is None else child.get(f"{w}val")


def parse_level(lvl: Element, w: str) -> Level:
    """A ``w:lvl`` element as a :class:`Level` (``w`` is the namespace in braces)."""
    fmt = _num_fmt(lvl, w)
    restart = _child_val(lvl, "lvlRestart", w)
    suffix = _child_val(lvl, "suff", w)
    return Level(
        start=_int(_child_val(lvl, "start", w), 0),
        fmt=(fmt.get(f"{w}val") if fmt is not None else None) or "decimal",
        text=(_child_val(lvl, "lvlText", w) or "")[:MAX_LEVEL_TEXT],
        suffix=suffix if suffix in _SUFFIXES else "tab",
        restart=None if restart is None else _int(restart, 0),
        legal=_flag(lvl.find(f"{w}isLgl"), w),
        style=_child_val(lvl, "pStyle", w),
        custom=(fmt.get(f"{w}format", "") if fmt is not None else "")[:MAX_LEVEL_TEXT],
    )


def _levels(parent: Element, w: str) -> dict[int, Level]:
    levels: dict[int, Level] = {}
    for lvl in parent.findall(f"{w}lvl"):
        index = level_index(lvl.get(f"{w}ilvl"))
        if index is not None and index not in levels:
            levels[index] = parse_level(lvl, w)
    return levels


def _instance(num: Element, w: str) -> Instance | None:
    abstract = _child_val(num, "abstractNumId", w)
    if abstract is None:
        return None
    starts: dict[int, int] = {}
    levels: dict[int, Level] = {}
    for override in num.findall(f"{w}lvlOverride"):
        index = level_index(override.get(f"{w}ilvl"))
        if index is None:
            continue
        start = _child_val(override, "startOverride", w)
        if start is not None:
            starts[index] = _int(start, 0)
        lvl = override.find(f"{w}lvl")
        if lvl is not None:
            levels[index] = parse_level(lvl, w)
    return Instance(abstract, starts, levels)


def parse_numbering(root: Element, w: str, style_nums: Mapping[str, str] | None = None) -> Numbering:
    """The definitions of a ``numbering.xml`` root. ``w`` is the WordprocessingML namespace in
    braces; ``style_nums`` maps numbering styles to their ``w:numId`` (for ``w:numStyleLink``)."""
    abstracts: dict[str, dict[int, Level]] = {}
    links: dict[str, str] = {}
    for abstract in root.findall(f"{w}abstractNum"):
        key = abstract.get(f"{w}abstractNumId")
        if key is None or key in abstracts:
            continue
        abstracts[key] = _levels(abstract, w)
        link = _child_val(abstract, "numStyleLink", w)
        if link is not None:
            links[key] = link
    nums: dict[str, Instance] = {}
    for num in root.findall(f"{w}num"):
        key = num.get(f"{w}numId")
        instance = _instance(num, w)
        if key is not None and instance is not None and key not in nums:
            nums[key] = instance
    return Numbering(abstracts, nums, links, dict(style_nums or {}))


# --- counting -------------------------------------------------------------------------------


class Numbering:
    """List definitions and the counters of one pass through a document.

    :meth:`next_label` is called once for each numbered paragraph in document order and
    returns the label (with its suffix) Word shows in front of it.
    """

    def __init__(
        self,
        abstracts: Mapping[str, Mapping[int, Level]],
        nums: Mapping[str, Instance],
        links: Mapping[str, str] | None = None,
        style_nums: Mapping[str, str] | None = None,
    ) -> None:
        self._abstracts = abstracts
        self._nums = nums
        self._links = links or {}
        self._style_nums = style_nums or {}
        self._resolved: dict[str, tuple[str, dict[int, Level]] | None] = {}
        self._counts: dict[str, list[int | None]] = {}
        self._started: set[str] = set()

    def _abstract_of(self, num_id: str) -> str | None:
        """The abstract definition a ``w:num`` uses, following ``w:numStyleLink`` (a list
        defined by a numbering style) through the style's own ``w:numId``."""
        seen: set[str] = set()
        key = self._nums[num_id].abstract if num_id in self._nums else None
        while key is not None and key in self._links and key not in seen:
            seen.add(key)
            linked = self._nums.get(self._style_nums.get(self._links[key], ""))
            key = None if linked is None else linked.abstract
        return key if key in self._abstracts else None

    def resolve(self, num_id: str) -> tuple[str, dict[int, Level]] | None:
        """The counter key and the levels in force for ``num_id`` (overrides applied)."""
        if num_id not in self._resolved:
            key = self._abstract_of(num_id)
            if key is None:
                self._resolved[num_id] = None
            else:
                instance = self._nums[num_id]
                levels = {**self._abstracts[key], **instance.levels}
                for index, start in instance.starts.items():
                    if index in levels:
                        levels[index] = levels[index]._replace(start=start)
                self._resolved[num_id] = (key, levels)
        return self._resolved[num_id]

    def styled_level(self, num_id: str, styles: Iterable[str]) -> int | None:
        """The level a paragraph style is linked to (``w:pStyle`` inside a ``w:lvl``): how a
        style whose ``w:numPr`` names only the list finds its level."""
        resolved = self.resolve(num_id)
        if resolved is None:
            return None
        for style in styles:
            for index, level in sorted(resolved[1].items()):
                if level.style == style:
                    return index
        return None

    def next_label(self, num_id: str, ilvl: int) -> str:
        """Count one paragraph of list ``num_id`` at level ``ilvl``; its label and suffix."""
        resolved = self.resolve(num_id)
        if resolved is None or ilvl not in resolved[1]:
            return ""
        key, levels = resolved
        counts = self._counts.setdefault(key, [None] * LEVELS)
        if num_id not in self._started:
            self._started.add(num_id)
            instance = self._nums[num_id]
            for index in (*instance.starts, *instance.levels):
                counts[index] = None
        current = counts[ilvl]
        counts[ilvl] = levels[ilvl].start if current is None else current + 1
        for deeper in range(ilvl + 1, LEVELS):
            if _restarts(levels.get(deeper), deeper, ilvl):
                counts[deeper] = None
        return render(levels, counts, ilvl)


def _restarts(level: Level | None, index: int, used: int) -> bool:
    """Whether using level ``used`` restarts level ``index`` (deeper): by default any higher
    level does; ``w:lvlRestart`` n (1-based) restarts it only after levels 1…n; 0 never."""
    restart = None if level is None else level.restart
    if restart is None or restart > index:
        return True
    return restart != 0 and used < restart


def _bullet(text: str) -> str:
    """A bullet's symbol: symbol-font characters (private use area) are shown as •."""
    shown = "".join("•" if 0xE000 <= ord(ch) <= 0xF8FF else ch for ch in text)
    return shown or "•"


def render(levels: Mapping[int, Level], counts: list[int | None], ilvl: int) -> str:
    """The label of level ``ilvl`` given the counters: ``w:lvlText`` with each ``%n`` replaced
    by level n's number in its format (Arabic when the level is legal, ``w:isLgl``; a level not
    in use shows one less than its start), then the suffix (tab, space or nothing). Empty when
    the label is empty."""
    level = levels[ilvl]
    if level.fmt == "bullet":
        text = _bullet(level.text)
    else:

        def number(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            other = levels.get(index)
            if other is None:
                return ""
            value = counts[index]
            fmt = "decimal" if level.legal and other.fmt != "none" else other.fmt
            return format_number(max(other.start - 1, 0) if value is None else value, fmt, other.custom)

        text = _PLACEHOLDER.sub(number, level.text)
    return text + _SUFFIXES.get(level.suffix, "\t") if text else ""
