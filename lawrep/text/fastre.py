"""Pattern helpers that keep the rule tables fast to match.

Two measured habits (a report is ~5,000 characters; figures per report on the benchmark corpus):

* The ``regex`` engine tries an alternation at every position of the text. When a pattern
  opens with a look-ahead for the characters it can begin with, the engine rejects the other
  positions at C speed instead of entering every branch (the numeral core: 0.83 → 0.12 ms).
* For a plain list of words the standard ``re`` is several times faster than ``regex``
  (the province list: 0.058 → 0.021 ms), and it needs none of ``regex``'s Unicode classes.
* A cue pattern that must begin with one of a few characters cannot match a clause that has
  none of them: :func:`first_chars` works that set out once, and the metrics stage tests it
  against the clause's characters before searching (most of ~900 searches a report are saved).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Sequence
from typing import Any

import regex


def first_char_class(chars: Iterable[str]) -> str:
    """A character class of ``chars``, escaped, in a stable order."""
    return "[" + "".join(regex.escape(c) for c in sorted(set(chars))) + "]"


def alternation(
    branches: Sequence[str], *, prefix: str = "", flags: int = 0
) -> tuple[regex.Pattern[str], tuple[int, ...]]:
    """One pattern that tries ``branches`` in order (after ``prefix``), and the numbers of the
    empty groups that end each branch: the matched branch's group is "" and the others' None,
    so ``branch_of(m, marks)`` says which one matched in a single call. Numbers, not names:
    ``regex`` resolves a group name on every call, four times slower."""
    body = "|".join(f"(?:{b})(?P<_b{i}>)" for i, b in enumerate(branches))
    pattern = regex.compile(f"{prefix}(?:{body})", flags)
    return pattern, tuple(pattern.groupindex[f"_b{i}"] for i in range(len(branches)))


def branch_of(m: regex.Match[str], marks: tuple[int, ...]) -> int:
    """Index of the branch of an :func:`alternation` that ``m`` matched."""
    index: int = m.group(*marks).index("")
    return index


def literals(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern for a list of literal words, longest first (so 一门式 wins over 一门)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in ordered))


_MAX_CLASS = 5000  # larger character ranges are not worth a set: no gate
# Syntax that only ``regex`` knows but the standard parser would read as something else without
# an error: fuzzy matching ({e<=1}) and POSIX classes ([[:alpha:]]). Such a pattern gets no gate.
_REGEX_ONLY = re.compile(r"\{[^}]*[A-Za-z][^}]*\}|\[\[?:\^?[a-z]+:\]")


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can begin with, or None when that is not a small
    known set (a match may be empty, start with ``.``, a negated or Unicode class, …).

    A rule whose pattern must begin with one of a few characters cannot match a text that has
    none of them; testing that against the set of the text's characters costs far less than a
    search. The analysis reads the pattern with the standard library's parser, which knows the
    syntax the two engines share; a pattern it cannot read simply gets no gate.
    """
    if _REGEX_ONLY.search(pattern):
        return None
    try:
        from re import _parser  # type: ignore[attr-defined]

        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "possible nested set": a POSIX class like [[:alpha:]]
            parsed = _parser.parse(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        found, nullable = _first_of_sequence(parsed)
    except Exception:  # regex-only syntax, or a parser of another Python: no gate, same results
        return None
    if found is None or nullable:
        return None
    return frozenset(found)


_Found = tuple[set[str] | None, bool]  # (first characters or None for "any"; can match empty)


def _first_of_sequence(items: Any) -> _Found:
    acc: set[str] = set()
    for op, av in items:
        found, nullable = _first_of_item(str(op), av)
        if found is None:
            return None, False
        acc |= found
        if not nullable:
            return acc, False
    return acc, True


def _first_of_item(op: str, av: Any) -> _Found:
    """First characters of one parsed element (``av`` as the standard parser gives it)."""
    if op == "LITERAL":
        return {chr(av)}, False
    if op == "IN":
        return _first_of_class(av), False
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return set(), True  # anchors and look-arounds consume nothing
    if op == "SUBPATTERN":
        _group, add_flags, _del_flags, sub = av
        return (None, False) if add_flags else _first_of_sequence(sub)
    if op == "ATOMIC_GROUP":
        return _first_of_sequence(av)
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, sub = av
        found, nullable = _first_of_sequence(sub)
        return found, nullable or low == 0
    if op == "BRANCH":
        acc: set[str] = set()
        any_nullable = False
        for branch in av[1]:
            found, nullable = _first_of_sequence(branch)
            if found is None:
                return None, False
            acc |= found
            any_nullable = any_nullable or nullable
        return acc, any_nullable
    return None, False  # back-references, ANY, categories…: unknown


def _first_of_class(items: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if str(op) == "LITERAL":
            chars.add(chr(av))
        elif str(op) == "RANGE" and av[1] - av[0] <= _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # negated classes, categories, huge ranges
    return chars
