"""Decoding a web page's bytes, done here since lexbor ignores ``<meta charset>``.

The order: a BOM, else UTF-16 told by its NULs, else the declared charset (when the rule tables
trust it and the bytes are not UTF-8 anyway), else UTF-8, else GB18030 or Big5, whichever reads
as more common Chinese. The common characters are the plain-text reader's
(:func:`lawrep.readers.plain.common_share`), so both readers tell GB18030 from Big5 alike. A page
with a few undecodable bytes (a truncated download) is read as a browser would, with replacement
characters, up to :data:`lawrep.rules.pages.MAX_REPLACED` of them.
"""

from __future__ import annotations

import re

from ..errors import InputError
from ..rules import pages as R
from .plain import common_share

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9._:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([a-z0-9._:\-]+)""", re.I)
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def _declared(raw: bytes) -> tuple[str, ...]:
    """The codecs of the charset a page declares in its first bytes (meta or XML declaration)."""
    head = raw[: R.CHARSET_PRESCAN]
    found = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not found:
        return ()
    return R.CHARSETS.get(found.group(1).decode("ascii").lower(), ())


def _utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM, told by the NUL byte beside the ASCII of ``<`` and blanks."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    if raw[0] and not raw[1] and raw[2] and not raw[3]:
        return "utf-16-le"
    if not raw[0] and raw[1] and not raw[2] and raw[3]:
        return "utf-16-be"
    return None


def _strict(raw: bytes, codecs: tuple[str, ...]) -> tuple[str, str] | None:
    """The first of ``codecs`` that decodes ``raw`` without error."""
    for codec in codecs:
        try:
            return raw.decode(codec), codec
        except UnicodeDecodeError:
            continue
    return None


def _legacy(raw: bytes) -> tuple[str, str] | None:
    """The legacy family (GB18030 or Big5) that decodes and reads as more common Chinese; the
    first on a tie. No floor (``MIN_COMMON_SHARE``) applies: a page need not be a report, and
    a Big5 page with few report words still reads better as Big5 than as GB18030."""
    best: tuple[float, str, str] | None = None
    for family in R.LEGACY_FAMILIES:
        decoded = _strict(raw, family)
        if decoded is not None:
            score = common_share(decoded[0])
            if best is None or score > best[0]:
                best = (score, *decoded)
    return (best[1], best[2]) if best else None


def _mostly_utf8(raw: bytes) -> bool:
    """Whether non-ASCII bytes read as UTF-8 but for a few bad characters (at most
    ``MAX_REPLACED`` of the rest). GBK or Big5 text is almost never valid UTF-8 beyond a
    character or two, so such bytes are UTF-8 whatever else decodes them or is declared."""
    if raw.isascii():
        return False
    text = raw.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    return bad <= R.MAX_REPLACED * (len(_ASCII_RUNS.sub("", text)) - bad)


def _candidates(raw: bytes) -> tuple[str, ...]:
    """Codecs to try, in order, for bytes without a BOM or UTF-16's NULs: a declared legacy
    charset is passed over for UTF-8 bytes (a page converted to UTF-8 whose template kept the
    old declaration)."""
    declared = _declared(raw)
    if declared and declared[0] != "utf-8" and _mostly_utf8(raw):
        declared = ()
    return (*declared, "utf-8")


def decode(raw: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode a page's bytes: ``(text, codec)``, or :class:`InputError` (``undecodable``)."""
    unicode = next((codec for bom, codec in _BOMS if raw.startswith(bom)), None) or _utf16(raw)
    if unicode:
        return _decode_with((unicode,), raw, name, legacy=False)
    return _decode_with(_candidates(raw), raw, name, legacy=True)


def _decode_with(codecs: tuple[str, ...], raw: bytes, name: str, *, legacy: bool) -> tuple[str, str]:
    """The first of ``codecs`` that decodes strictly; else (``legacy``) UTF-8 with a few bad
    bytes, or GB18030 or Big5; else the first codec that leaves few replacement characters."""
    found = _strict(raw, codecs)
    if found is None and legacy:
        found = (raw.decode("utf-8", "replace"), "utf-8") if _mostly_utf8(raw) else _legacy(raw)
    if found is not None:
        return found
    for codec in (*codecs, "gb18030"):  # a few bad bytes (a truncated download): as a browser does
        text = raw.decode(codec, "replace")
        if text.count("\ufffd") <= R.MAX_REPLACED * len(text):
            return text, codec
    raise InputError(name, "undecodable", "cannot be decoded as UTF-8, UTF-16, GB18030 or Big5 (html)")
