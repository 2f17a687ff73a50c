"""Write encoding and punctuation variants of the seed reports into fixtures/variants/.

Each variant must give the same outline and metadata as its original (tests/test_variants.py):
GB18030, UTF-16 (with BOM), UTF-16-LE without BOM, UTF-8 with BOM, CRLF line endings, the
punctuation and digits swapped between full-width and half-width (one character for one), and
traditional characters as OpenCC writes them (s2t in UTF-8, s2hk in Big5-HKSCS, s2tw in Big5).

    python scripts/make_variants.py   # the traditional variants need opencc-python-reimplemented
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC, DST = ROOT / "fixtures" / "reports", ROOT / "fixtures" / "variants"

_HALF = "(),:;!?%0123456789"
_FULL = "（），：；！？％０１２３４５６７８９"
TO_FULL = str.maketrans(_HALF, _FULL)
TO_HALF = str.maketrans(_FULL, _HALF)


def swap_width(text: str) -> str:
    """Half-width punctuation and digits become full-width and the other way round."""
    return "".join(ch.translate(TO_HALF) if ch in _FULL else ch.translate(TO_FULL) for ch in text)


def _opencc(config: str) -> Callable[[str], str]:
    """OpenCC's conversion (imported only here: it is a tool for making fixtures, not a
    dependency of lawrep)."""
    from opencc import OpenCC

    converter = OpenCC(config)

    def convert(text: str) -> str:
        out: str = converter.convert(text)
        assert len(out) == len(text), f"{config} changed the length"
        return out

    return convert


VARIANTS: dict[str, Callable[[str], bytes]] = {
    "gb18030": lambda t: t.encode("gb18030"),
    "utf16": lambda t: t.encode("utf-16"),
    "utf16le-nobom": lambda t: t.encode("utf-16-le"),
    "utf8bom": lambda t: t.encode("utf-8-sig"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "swapwidth": lambda t: swap_width(t).encode("utf-8"),
    "s2t": lambda t: _opencc("s2t")(t).encode("utf-8"),
    "s2hk-big5hkscs": lambda t: _opencc("s2hk")(t).encode("big5hkscs"),
    "s2tw-big5": lambda t: _opencc("s2tw")(t).encode("big5"),
}


def main() -> None:
    DST.mkdir(parents=True, exist_ok=True)
    for src in sorted(SRC.glob("*.txt")):
        text = src.read_text(encoding="utf-8")
        for name, make in VARIANTS.items():
            (DST / f"{src.stem}.{name}.txt").write_bytes(make(text))


if __name__ == "__main__":
    main()
