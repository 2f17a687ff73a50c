"""Plain text in any encoding reports come in: bytes in, decoded text out.

Government sites publish reports in UTF-8 (with or without BOM), GB18030/GBK and UTF-16. The
order of attempts is: BOMs, strict UTF-8, UTF-16 without BOM (recognised by its NUL pattern),
then GB18030. A result is accepted only if it reads as text (see :func:`_looks_like_text`),
so binary files and mojibake are refused with a named error instead of becoming a "report".
Line endings are normalised to LF; nothing else is changed, so offsets count characters of
exactly the text a user gets by decoding the file with ``source.encoding``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from ..errors import InputError
from ..rules import encodings as E
from ..rules.traditional import table as traditional_table
from ..text.fold import normalise_newlines
from .produced import Produced
from .sniff import refuse_binary

if TYPE_CHECKING:
    from ..models import Newlines

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# Characters a report is made of: CJK, ASCII, common punctuation, full-width forms, whitespace.
_TEXTLIKE = regex.compile(r"[\p{Han}\p{Script=Latin}\p{N}\p{P}\p{S}\p{Zs}\n\t\u3000-\u303f\uff00-\uffef]")
# The commonest characters of reports: ASCII, the basic CJK block, CJK and full-width punctuation.
# All of them are _TEXTLIKE (a test checks it), so only the others need the Unicode classes.
# The classes below are plain code-point ranges, which the standard ``re`` tests with a bitmap,
# several times faster than ``regex`` does (loading was a fifth of a report's time before).
_COMMON_RANGES = r"\x20-\x7e\n\t\u4e00-\u9fff\u3000-\u303f\uff00-\uffef"
_COMMON = re.compile(rf"[{_COMMON_RANGES}]")
_UNCOMMON = re.compile(rf"[^{_COMMON_RANGES}]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# UTF-8 bytes read as Latin-1/CP1252 and saved again: 'æ³•æ²»' and the like.
_MOJIBAKE = re.compile(r"[\u00c0-\u00ef][\u0080-\u00bf\u0152-\u2122]")


_HAN = re.compile(r"[\u4e00-\u9fff]")
# The common characters and their traditional forms (the fold's table read backwards).
_FREQUENT = frozenset(E.COMMON_HAN) | frozenset(chr(t) for t, s in traditional_table().items() if s in E.COMMON_HAN)


def _looks_like_text(text: str) -> bool:
    """True when at least 95% of the characters are ones a report is written in."""
    if not text:
        return True
    sample = text[:20000]
    uncommon = "".join(_UNCOMMON.findall(sample))
    good = len(sample) - len(uncommon) + len(_TEXTLIKE.findall(uncommon))
    return good >= 0.95 * len(sample)


def _is_mojibake(text: str) -> bool:
    sample = text[:20000]
    hits = len(_MOJIBAKE.findall(sample))
    return hits >= 5 and hits * 4 >= len(_NON_ASCII.findall(sample))


def _utf16_without_bom(raw: bytes) -> str | None:
    """Name the UTF-16 byte order of BOM-less bytes with NULs, if one of them reads as text.

    Chinese text in UTF-16 has few NUL bytes (its ASCII characters, and a few ideographs such
    as 一 U+4E00, make them), mostly on one side of the code units; binary has them on both.
    The byte order is the one whose decoding reads more like a report.
    """
    if len(raw) < 4 or len(raw) % 2 or b"\x00" not in raw:
        return None
    odd, even = raw[1::2].count(0), raw[0::2].count(0)
    if min(odd, even) > 0.5 * max(odd, even):
        return None  # NULs on both sides alike: binary, not UTF-16
    best: tuple[float, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" in text or not _looks_like_text(text):
            continue
        score = len(_COMMON.findall(text[:20000])) / max(1, len(text[:20000]))
        if best is None or score > best[0]:
            best = (score, codec)
    return best[1] if best else None


def newline_style(text: str) -> Newlines:
    """How the decoded text ended its lines, before they became LF."""
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    counts: tuple[tuple[Newlines, int], ...] = (("crlf", crlf), ("cr", cr), ("lf", lf))
    styles = [name for name, count in counts if count]
    if not styles:
        return "none"
    return styles[0] if len(styles) == 1 else "mixed"


def _candidates(raw: bytes) -> Iterator[str]:
    """The codecs to try, in order: a BOM's, UTF-16 by its NULs, else UTF-8 and then the legacy
    Chinese codecs, the one whose decoding reads most like a report first (computed only when
    UTF-8 has failed)."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            yield codec
            return
    utf16 = _utf16_without_bom(raw)
    if utf16:
        yield utf16
        return
    yield "utf-8"
    yield from _legacy_order(raw)


def _legacy_order(raw: bytes) -> list[str]:
    """The legacy codecs, the likelier first. Most GB18030 text is no valid Big5 (and the other
    way round), so one strict decoding of a sample settles it; only bytes both codecs accept are
    told apart by :func:`common_share`, which costs more."""
    sample = raw[:20000]
    valid = [codec for codec in E.LEGACY_CODECS if _decodes(sample, codec)]
    if len(valid) != 1:
        return sorted(E.LEGACY_CODECS, key=lambda codec: -_common_share(sample, codec))
    return valid + [codec for codec in E.LEGACY_CODECS if codec not in valid]


def _decodes(sample: bytes, codec: str) -> bool:
    """Whether ``sample`` decodes strictly (a character cut at its end does not count)."""
    try:
        sample.decode(codec)
    except UnicodeDecodeError as exc:
        return exc.start >= len(sample) - 3
    return True


def common_share(text: str) -> float:
    """The share of a report's common characters (``COMMON_HAN`` and their traditional forms)
    among the first 20,000 Han characters of ``text``. The right legacy codec gives a high one,
    the wrong one a low one: the plain-text and web-page readers both choose a codec by it."""
    han = _HAN.findall(text)[:20000]
    return sum(ch in _FREQUENT for ch in han) / len(han) if han else 0.0


def _common_share(raw: bytes, codec: str) -> float:
    """:func:`common_share` of a decoded sample; below ``MIN_COMMON_SHARE`` it counts as
    nothing, so the first codec keeps ties."""
    share = common_share(raw.decode(codec, errors="ignore"))
    return share if share >= E.MIN_COMMON_SHARE else 0.0


def decode(raw: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """Decode report bytes; return ``(text, codec)`` or raise :class:`InputError`."""
    refuse_binary(raw, source)
    for codec in _candidates(raw):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            raise InputError(source, "binary", "contains NUL bytes; not a text report")
        if _is_mojibake(text):
            raise InputError(source, "undecodable", "looks like mojibake (UTF-8 read as Latin-1 and saved again)")
        if _looks_like_text(text):
            return text, codec
        if codec == "utf-8":
            # Valid UTF-8 is never GB18030 in disguise: do not let GB18030 turn it into Han soup.
            raise InputError(source, "binary", "decodes as UTF-8 but is mostly control characters")
    if b"\x00" in raw:
        raise InputError(source, "binary", "contains NUL bytes; not a text report")
    raise InputError(source, "undecodable", "cannot be decoded as UTF-8, UTF-16, GB18030 or Big5 text")


def read(raw: bytes, name: str) -> Produced:
    """A plain-text report: decoded, its newlines normalised to LF."""
    decoded, codec = decode(raw, name)
    return Produced(normalise_newlines(decoded), "text", codec, newline_style(decoded))
