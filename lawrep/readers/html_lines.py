"""Lines of a web page: gathered from the walk of its body, tidied as a browser shows them, and
cleared of the site's boilerplate (:data:`lawrep.rules.pages.BOILERPLATE_LINES`, the labels of
the publication line, the page's controls).

Kept apart from the walk in ``html.py``: these rules look at a line's text only, never at the
markup it came from.
"""

from __future__ import annotations

import re

from ..rules import pages as R

# East Asian wide characters (CJK, kana, full-width forms; not Hangul, which spaces its words).
_WIDE = "\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uf900-\ufaff\ufe30-\ufe4f"
_WIDE += "\uff01-\uff60\uffe0-\uffe6\U00020000-\U0003fffd"
_CJK_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\n\r\f]*(?=[{_WIDE}])")
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")
_ASCII_BLANKS = " \t\n\r\f"


def _tidy(raw: str) -> str:
    """A line as a browser shows it: a line break between two Chinese characters disappears
    (CSS Text 3), other runs of blanks become one space, blanks at the line's ends go; no-break
    spaces are kept (as spaces), U+3000 stays U+3000."""
    line = _COLLAPSIBLE.sub(" ", _CJK_BREAK.sub("", raw)).lstrip(" ")
    return line.replace("\xa0", " ").rstrip()


class Lines:
    """Lines being produced: text gathers into the current line until a block boundary."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._current: list[str] = []

    def add(self, text: str) -> None:
        self._current.append(text)

    def end_block(self) -> None:
        """End the current line, if it shows anything (blanks between blocks are no line)."""
        raw = "".join(self._current)
        self._current = []
        if raw.strip(_ASCII_BLANKS):
            self.lines.append(_tidy(raw))

    def newline(self) -> None:
        """A ``<br>``: end the current line, even an empty one."""
        self.lines.append(_tidy("".join(self._current)))
        self._current = []

    def row(self, cells: list[str]) -> None:
        line = "\t".join(cells).rstrip()
        if line:
            self.lines.append(line)


_BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in R.BOILERPLATE_LINES))
_LABELS = "|".join(sorted(R.PAGE_LABELS, key=len, reverse=True))
_LABEL_START = re.compile(rf"^(?:{_LABELS})\s*[:：]")
_LABEL_ANY = re.compile(rf"(?:{_LABELS})\s*[:：]")
_DATED_LABEL = re.compile(rf"^{R.PUBLICATION_STAMP}\s*(?:{_LABELS})\s*[:：]")
_CONTROL_SPLIT = re.compile(R.CONTROL_SEPARATORS)


def is_boilerplate(line: str) -> bool:
    """Whether a produced line belongs to the page rather than the report."""
    text = line.strip()
    if not text or len(text) > R.BOILERPLATE_MAX:
        return False
    if _LABEL_START.match(text) or _DATED_LABEL.match(text) or len(_LABEL_ANY.findall(text)) >= 2:
        return True
    if _BOILERPLATE.search(text):
        return True
    words = [w for w in _CONTROL_SPLIT.split(text.lower()) if w]
    return bool(words) and all(w in R.CONTROL_WORDS for w in words)


def clean(lines: list[str]) -> list[str]:
    """Drop boilerplate lines, runs of blank lines beyond one, and blank lines at either end."""
    kept: list[str] = []
    for line in lines:
        if is_boilerplate(line) or (not line and (not kept or not kept[-1])):
            continue
        kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return kept
