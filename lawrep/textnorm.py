"""Length-preserving normalisation for matching.

Rules match on a *folded* copy of the text in which every character keeps its index:
full-width ASCII (``（１２３，：％``) becomes half-width, the ideographic space becomes a space,
and traditional magnitudes and measure words (萬 億 場 個 項 …) become their simplified forms. Offsets found in the folded copy
are therefore offsets into the original text, and ``text[start:end]`` is what was read.
"""

from __future__ import annotations

_TABLE: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_TABLE.update(
    {
        0x3000: " ",  # ideographic space
        0x00A0: " ",  # no-break space
        ord("萬"): "万",
        ord("億"): "亿",
        ord("兩"): "两",
        # traditional forms of measure words, so 十五場次 reads like 十五场次
        ord("場"): "场",
        ord("個"): "个",
        ord("項"): "项",
        ord("條"): "条",
        ord("張"): "张",
        ord("筆"): "笔",
        ord("戶"): "户",
        ord("臺"): "台",
        ord("類"): "类",
        ord("種"): "种",
        ord("億"): "亿",
        ord("點"): "点",
        ord("貳"): "贰",
        ord("參"): "叁",
        ord("陸"): "陆",
        ord("〇"): "零",
        ord("－"): "-",
        ord("—"): "-",  # em dash used in ranges (20%—30%)
        ord("–"): "-",
        ord("～"): "~",
        ord("〜"): "~",
        ord("．"): ".",
        ord("、"): "、",
    }
)


def fold(text: str) -> str:
    """Return ``text`` with full-width forms folded to half-width, one character for one."""
    folded = text.translate(_TABLE)
    assert len(folded) == len(text)  # the invariant every offset relies on
    return folded


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF: the only change made before offsets are counted."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
