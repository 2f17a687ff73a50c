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
  A cue after the figure (``^.{0,14}公平竞争审查``) may begin with anything, but every match
  holds one of a few characters somewhere (:func:`needed_chars`): the same test applies.
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


_Trie = dict[str, "_Trie"]


def literals(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern for a list of literal words that matches, where one stands, the longest (so
    一门式 wins over 一门), as an alternation of the words longest first would.

    It is written as a trie (``一(?:门式?|网通办|…)|三…``): at each position the engine follows
    the next characters instead of trying every word that begins with the same character (a
    scan for the ~70 set phrases takes a third less time). Greedy ``?`` tries a longer word
    before the shorter one it extends, and two branches of a node never start alike.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return re.compile(_trie_pattern(trie))


def _trie_pattern(node: _Trie) -> str:
    """The pattern of a trie node: its branches, optional where a word ends at the node."""
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    ends = "" in node
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")


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


def needed_chars(pattern: str) -> frozenset[str] | None:
    """Characters of which every match of ``pattern`` holds at least one, or None when no such
    small known set was found (``^.{0,14}公平竞争审查``: {公}; ``(律师|法律顾问)``: {律, 法}).

    Where :func:`first_chars` only looks at how a match begins, this looks through the whole
    pattern for one part that every match must contain, and keeps the smallest such set. Read
    with the standard library's parser, like :func:`first_chars`; what it cannot read gets None.
    """
    if _REGEX_ONLY.search(pattern):
        return None
    try:
        from re import _parser  # type: ignore[attr-defined]

        with warnings.catch_warnings():
            warnings.simplefilter("error")
            parsed = _parser.parse(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        found = _needed_of_sequence(parsed)
    except Exception:  # regex-only syntax, or a parser of another Python: no gate, same results
        return None
    return frozenset(found) if found else None


def _needed_of_sequence(items: Any) -> set[str] | None:
    """The smallest of the sets the items of a sequence need (each is needed, so any will do)."""
    best: set[str] | None = None
    for op, av in items:
        found = _needed_of_item(str(op), av)
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    return best


def _needed_of_item(op: str, av: Any) -> set[str] | None:
    """Characters one parsed element needs in every match, or None: it may match without any
    known character (``.``, an optional part, a look-around, a category)."""
    if op == "LITERAL":
        return {chr(av)}
    if op == "IN":
        return _first_of_class(av)
    if op == "SUBPATTERN":
        _group, add_flags, _del_flags, sub = av
        return None if add_flags else _needed_of_sequence(sub)
    if op == "ATOMIC_GROUP":
        return _needed_of_sequence(av)
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, sub = av
        return _needed_of_sequence(sub) if low >= 1 else None
    if op == "BRANCH":
        acc: set[str] = set()
        for branch in av[1]:
            found = _needed_of_sequence(branch)
            if found is None:
                return None
            acc |= found
        return acc
    return None


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
