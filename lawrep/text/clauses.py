"""Clause and sentence breaks: where the context of a figure begins and ends.

The metrics stage reads a figure's clause and sentence in the folded text; the exports and
``validate`` quote the sentence a span stands in from the original text, so that pattern also
knows the full-width marks.
"""

from __future__ import annotations

import regex

CLAUSE_BREAK = regex.compile(r"[;。:!?\n]|(?<![0-9]),|,(?![0-9]{3}(?![0-9]))")
"""Breaks between clauses in the folded text. A comma ends a clause unless it separates
thousands (1,305): a digit before, three after."""
SENTENCE_BREAK = regex.compile(r"[。!?\n]")
"""Breaks between sentences in the folded text."""
CLAUSE_BREAK_BACK = regex.compile(CLAUSE_BREAK.pattern, regex.REVERSE)
SENTENCE_BREAK_BACK = regex.compile(SENTENCE_BREAK.pattern, regex.REVERSE)
"""The same, searched backwards: one call finds the break nearest before a figure."""
BRACKETED = regex.compile(r"《[^《》\n]{0,120}》")
"""A 《…》 title of another document (folded text): its figures and names are not the report's."""

_SENTENCE_END = regex.compile(r"[。!?！？\n]")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence a span stands in (from the previous 。 or line break to the next)."""
    left = max(0, start - 400)
    begin = left
    for m in _SENTENCE_END.finditer(text, left, start):
        begin = m.end()
    m2 = _SENTENCE_END.search(text, end, min(len(text), end + 400))
    stop = m2.end() if m2 and m2.group() != "\n" else (m2.start() if m2 else min(len(text), end + 400))
    return text[begin:stop].strip()
