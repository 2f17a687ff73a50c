"""Write encoding and punctuation variants of the seed reports into fixtures/variants/.

Each variant must give the same outline and metadata as its original (tests/test_variants.py):
GB18030, UTF-16 (with BOM), UTF-16-LE without BOM, UTF-8 with BOM, CRLF line endings, and the
punctuation and digits swapped between full-width and half-width (one character for one).

    python scripts/make_variants.py
"""

from __future__ import annotations

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


VARIANTS = {
    "gb18030": lambda t: t.encode("gb18030"),
    "utf16": lambda t: t.encode("utf-16"),
    "utf16le-nobom": lambda t: t.encode("utf-16-le"),
    "utf8bom": lambda t: t.encode("utf-8-sig"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "swapwidth": lambda t: swap_width(t).encode("utf-8"),
}


def main() -> None:
    DST.mkdir(parents=True, exist_ok=True)
    for src in sorted(SRC.glob("*.txt")):
        text = src.read_text(encoding="utf-8")
        for name, make in VARIANTS.items():
            (DST / f"{src.stem}.{name}.txt").write_bytes(make(text))


if __name__ == "__main__":
    main()
