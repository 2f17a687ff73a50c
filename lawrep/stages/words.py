"""The words around a number in a report: its unit, a qualifier before or after it (约, 以上),
a change verb before it (增加, 下降). Each reader looks at one position of the folded text and
says what stands there, by the tables in ``rules/quantities.py``."""

from __future__ import annotations

from ..rules import quantities as R

_UNITS = sorted(R.UNITS, key=lambda u: -len(u[0]))
UNITS_BY_FIRST: dict[str, list[tuple[str, str, str]]] = {}
for _u in _UNITS:
    UNITS_BY_FIRST.setdefault(_u[0][0], []).append(_u)
CAN_FOLLOW = frozenset(UNITS_BY_FIRST) | frozenset(R.INNER_MORE) | frozenset("".join(R.RANGE_CONNECTORS))
IMPLIED_NOUNS = "|".join(noun for noun, _, _ in R.IMPLIED_UNITS)
"""Nouns that make a figure in 万 or 亿 a count of people (1.6万农民工)."""
"""What may follow a numeral core for it to be a quantity: a unit, 余/多, or a range connector."""

_PREFIX_WORDS = dict(R.PREFIX_QUALIFIERS)
_PREFIX_LENGTHS = sorted({len(w) for w in _PREFIX_WORDS}, reverse=True)
# The last characters of the words read backwards from a figure, and the first characters of
# those read forwards: a word can stand there only when the character next to the figure is one
# of these, so most figures (a plain character on each side) are settled by one set look-up.
_PREFIX_LAST = frozenset(w[-1] for w in _PREFIX_WORDS)
_LINK_LAST = frozenset(link[-1] for link in R.QUALIFIER_LINKS)
_VERBS = dict(R.CHANGE_VERBS)
_VERB_LENGTHS = sorted({len(w) for w in _VERBS}, reverse=True)
_VERB_LAST = frozenset(w[-1] for w in _VERBS)
_SUFFIX_FIRST = frozenset(w[0] for w, _ in R.SUFFIX_QUALIFIERS)


def unit_at(folded: str, pos: int) -> tuple[str, str, int, bool] | None:
    """The unit starting at ``pos``: (unit, dimension, end, needs a qualifier) or None."""
    for written, unit, dimension in UNITS_BY_FIRST.get(folded[pos : pos + 1], ()):
        if folded.startswith(written, pos):
            end = pos + len(written)
            nxt = folded[end : end + 1]
            last = written[-1]
            if nxt and nxt in R.UNIT_NOT_BEFORE.get(last, ""):
                return None
            followers = R.UNIT_NEEDS_FOLLOWER.get(written, ())
            needs = bool(followers) and not any(folded.startswith(f, end) for f in followers)
            return unit, dimension, end, needs
    return None


def implied_unit(folded: str, pos: int) -> tuple[str, str, int, bool] | None:
    """A noun at ``pos`` that counts people (``rules.quantities.IMPLIED_UNITS``): the unit it
    implies, with the span ending at ``pos`` (the noun is not part of the figure)."""
    for noun, unit, dimension in R.IMPLIED_UNITS:
        if folded.startswith(noun, pos):
            return unit, dimension, pos, False
    return None


def prefix(folded: str, start: int) -> tuple[str, int]:
    """Qualifier word right before ``start``: (qualifier, new start).

    A qualifier separated from the number by a linking verb (约占10%, 约为, 近有) still
    qualifies it, but stays outside the span.
    """
    before = folded[start - 1] if start else ""
    if before in _PREFIX_LAST:
        for n in _PREFIX_LENGTHS:
            qualifier = _PREFIX_WORDS.get(folded[start - n : start]) if start >= n else None
            if qualifier:
                return qualifier, start - n
    if before not in _LINK_LAST:
        return "exact", start
    for link in R.QUALIFIER_LINKS:
        at = start - len(link)
        if not folded.startswith(link, at):
            continue
        for word, qualifier in R.PREFIX_QUALIFIERS:
            if at - len(word) >= 0 and folded.startswith(word, at - len(word)):
                return qualifier, start
    return "exact", start


def change_verb(folded: str, start: int) -> tuple[int, int]:
    """Sign and start of a change verb right before ``start`` (0 when there is none)."""
    if not start or folded[start - 1] not in _VERB_LAST:
        return 0, start
    for n in _VERB_LENGTHS:
        sign = _VERBS.get(folded[start - n : start]) if start >= n else None
        if sign:
            return sign, start - n
    return 0, start


def suffix(folded: str, end: int, dimension: str) -> tuple[str | None, int]:
    """Qualifier word right after a unit ending at ``end`` (以上, 左右; 多 after a duration):
    (qualifier or None, new end)."""
    if folded[end : end + 1] in _SUFFIX_FIRST:
        for word, qualifier in R.SUFFIX_QUALIFIERS:
            if folded.startswith(word, end):
                return qualifier, end + len(word)
    if dimension == "duration" and folded.startswith(R.DURATION_MORE, end):
        return "more_than", end + 1
    return None, end
