"""Length-preserving normalisation for matching.

Rules match on a *folded* copy of the text in which every character keeps its index:
full-width ASCII (``（１２３，：％``) becomes half-width, the ideographic space becomes a space,
and traditional characters common in these reports (勞動 監察 萬 億 場 …) become simplified
(``rules/traditional.py``). Offsets found in the folded copy
are therefore offsets into the original text, and ``text[start:end]`` is what was read.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..rules import traditional

_TABLE: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_TABLE.update(
    {
        0x3000: " ",  # ideographic space
        0x00A0: " ",  # no-break space
        ord("萬"): "万",
        ord("億"): "亿",
        ord("兩"): "两",
        ord("貳"): "贰",
        ord("陸"): "陆",
        ord("〇"): "零",
        ord("－"): "-",
        ord("—"): "-",  # em dash used in ranges (20%—30%)
        ord("–"): "-",
        ord("～"): "~",
        ord("〜"): "~",
        ord("．"): ".",
    }
)
_TABLE.update({cp: ch for cp, ch in traditional.table().items() if cp not in _TABLE})


# Characters of the Basic Multilingual Plane only: the few foldable ones beyond it (rare
# traditional characters of CJK Extension B) would make ``re`` search a hundred times slower, and
# reports do not write them.
_BY_CHAR = {chr(cp): ch for cp, ch in _TABLE.items() if cp < 0x10000}
# The standard ``re`` on purpose: a class of plain characters, which ``re`` tests with a bitmap and
# ``regex`` by a linear search (measured 0.03 ms against 0.5 ms a report).
_FOLDABLE = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_BY_CHAR)) + "]")


def fold(text: str) -> str:
    """Return ``text`` with full-width forms folded to half-width, one character for one.

    A report holds only a handful of distinct foldable characters (，。（）：；), so replacing each
    one in a C loop is ten times faster than ``str.translate``'s dictionary look-up per character.
    """
    folded = text
    for ch in sorted(set(_FOLDABLE.findall(text))):
        folded = folded.replace(ch, _BY_CHAR[ch])
    assert len(folded) == len(text)  # the invariant every offset relies on
    return folded


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF: the only change a file's reader makes before offsets are
    counted (the stages always read LF text; see :class:`DroppedCRs` for a caller's string)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


class DroppedCRs:
    """Maps offsets in ``normalise_newlines(text)`` back to ``text`` itself.

    The stages read LF text, so that a string handed to the API with CRLF or CR line ends gives
    the report its LF copy gives, character distances included. Its offsets are then moved into
    the caller's string: :func:`normalise_newlines` drops the CR of every CRLF (a lone CR becomes
    an LF in place, which moves nothing), so an offset moves right by the CRs dropped before it.
    """

    def __init__(self, text: str) -> None:
        # Where each dropped CR was, counted in the LF copy: the index of the LF that follows it.
        self._at = [m.start() - i for i, m in enumerate(re.finditer("\r\n", text))]

    def start(self, pos: int) -> int:
        """A span's start: one that starts at a line's LF starts at the LF, past its CR."""
        return pos + bisect_right(self._at, pos)

    def end(self, pos: int) -> int:
        """A span's end: one that ends at a line's end stops before its CR, as it did before the LF."""
        return pos + bisect_left(self._at, pos)
