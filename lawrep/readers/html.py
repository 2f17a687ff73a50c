"""Web pages (HTML): a report published on a government site, read as the lines a person sees.

Why our own walker on lexbor (selectolax) rather than a readability package: measured on pages
built from the seed reports, packages merged ``<br>`` paragraphs into one line, leaked
breadcrumbs and 来源 lines, or put a space between adjacent ``<span>``s, which changes the very
text that offsets point into. The steps:

1. Decode the bytes here, since lexbor ignores ``<meta charset>``: a BOM, else the declared
   charset, else UTF-8, else GB18030 or Big5, whichever reads as more common Chinese.
2. Parse, and keep a small tree of what a reader sees: no scripts, styles, form controls,
   hidden elements, ``<nav>``/``<header>``/``<footer>``/``<aside>``, nor elements whose id or
   class names navigation, share bars or a footer (:data:`BOILERPLATE_NAMES`).
3. Find the body: a known CMS container (:data:`CONTAINERS`) when it holds most of the text,
   else the block with the densest Han text (the parent of most paragraph text).
4. Walk it into lines that break only at block boundaries: inline elements join with nothing
   between them, a data table's row is one line with its cells joined by a tab.
5. Leave out link-dense blocks and boilerplate lines (:data:`BOILERPLATE_LINES`: 发布时间,
   当前位置, 【打印】, 上一篇…), and tidy whitespace as a browser shows it.

Every offset of a report counts in the text produced here. The page's own metadata
(ArticleTitle, PubDate, ContentSource) goes to ``Produced.page``: evidence about the source,
never the report's own metadata (a publication date is not a signing date).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..errors import InputError
from ..models import PageInfo
from .plain import newline_style
from .produced import Produced
from .sniff import refuse_binary

# ---------------------------------------------------------------------------------------------
# Data tables
# ---------------------------------------------------------------------------------------------

_UTF8 = ("utf-8",)
_GB = ("gb18030",)
_BIG5 = ("big5", "cp950", "big5hkscs")
CHARSETS: dict[str, tuple[str, ...]] = {
    # WHATWG labels of the encodings Chinese pages are written in, with the Python codecs to try
    # in order. GB2312 and GBK pages routinely hold GBK-only characters (体 in 繁體): read them
    # all as GB18030, their superset. A meta that says UTF-16 is UTF-8 (the page is ASCII-based).
    "utf-8": _UTF8, "utf8": _UTF8, "unicode-1-1-utf-8": _UTF8, "unicode11utf8": _UTF8, "unicode20utf8": _UTF8,
    "x-unicode20utf8": _UTF8, "utf-16": _UTF8, "utf-16le": _UTF8, "utf-16be": _UTF8, "unicode": _UTF8,
    "ucs-2": _UTF8, "unicodefffe": _UTF8,
    "gb2312": _GB, "gbk": _GB, "gb18030": _GB, "x-gbk": _GB, "chinese": _GB, "csgb2312": _GB,
    "csiso58gb231280": _GB, "iso-ir-58": _GB, "gb_2312": _GB, "gb_2312-80": _GB, "cp936": _GB, "ms936": _GB,
    "windows-936": _GB, "euc-cn": _GB, "x-euc-cn": _GB,
    "big5": _BIG5, "cn-big5": _BIG5, "csbig5": _BIG5, "x-x-big5": _BIG5, "x-big5": _BIG5, "big-5": _BIG5,
    "big5-hkscs": ("big5hkscs",), "big5hkscs": ("big5hkscs",), "hkscs": ("big5hkscs",),
    "cp950": ("cp950", "big5hkscs"), "windows-950": ("cp950", "big5hkscs"), "ms950": ("cp950", "big5hkscs"),
}  # fmt: skip
"""Declared charsets this reader trusts. Any other declaration (ISO-8859-1, windows-1252, …) on
a Chinese report is a template's default, not the truth, and is ignored: the bytes are then read
as UTF-8, else GB18030 or Big5."""

CONTAINERS: tuple[str, ...] = (
    # TRS WCM (拓尔思): the commonest CMS of government sites.
    "trs_editor", "trs_ueditor", "trs_editor_view", "custom_unionstyle",
    # gov.cn and the 开普云 (Ucap) intensive-site platform of provincial governments.
    "ucap-content", "pages_content",
    # 大汉 Hanweb JCMS (zoom is its font-size switcher's target), and its JPAAS article box.
    "zoom", "fontzoom", "bt_content", "article_con",
    # 博达 VSB and 新闻发布 WebPlus (many institutions and bureaus), WeChat articles republished.
    "vsb_content", "v_news_content", "wp_articlecontent", "js_content", "rich_media_content",
    # Names seen across other CMSs for an article's body (正文, 详情, 信息公开).
    "article-content", "article_content", "articlecontent", "article-body", "article-text", "detail-content",
    "detail_content", "details-content", "news_content", "news-content", "newscontent", "xl_content",
    "xlcontent", "xq_content", "xxgk_content", "zwgk_content", "con_text", "content_text", "contenttext",
    "contxt", "main-text", "zw", "zoomcon", "textbox", "info_content", "infocontent",
    # Generic names: last, since they often wrap the whole page.
    "content", "main-content", "maincontent",
)  # fmt: skip
"""Ids and classes (lower case) of the element that holds the article body in Chinese government
CMSs, in order of trust. A name from the top of the list wins; a fixed list never covers every
site, so the densest block of Han text is the fallback."""

CONTAINER_TAGS: tuple[str, ...] = ("article", "main")
"""HTML5 elements that wrap an article's body, trusted after every name of :data:`CONTAINERS`."""

SKIP_TAGS: frozenset[str] = frozenset((
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "frame", "frameset",
    "object", "embed", "applet", "svg", "math", "canvas", "video", "audio", "map", "area", "img", "input",
    "button", "select", "option", "optgroup", "datalist", "textarea", "marquee", "nav", "header", "footer",
    "aside", "dialog", "rt", "rp",
))  # fmt: skip
"""Elements whose content is never report text: code, media, form controls, and the HTML5
structure of navigation, page header and footer, and sidebars."""

BOILERPLATE_NAMES: frozenset[str] = frozenset((
    "breadcrumb", "breadcrumbs", "crumb", "crumbs", "bread", "position", "location", "dqwz", "curpos",
    "share", "bdsharebuttonbox", "bdshare", "fenxiang", "footer", "copyright", "banquan", "qrcode", "erweima",
    "ewm", "sidebar", "navbar", "nav", "menu", "topbar", "toolbar", "skip-link",
))  # fmt: skip
"""Ids and classes (whole tokens, lower case) of elements that are navigation, breadcrumbs, share
bars, QR codes or a footer in pages that do not use the HTML5 elements for them."""

BLOCKS: frozenset[str] = frozenset((
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
))  # fmt: skip
"""Elements that start and end a line. Everything else (span, a, font, b, Word's o:p…) is inline."""

PARAGRAPHS: frozenset[str] = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "blockquote", "pre"))
"""Blocks that are one paragraph: their Han text counts for their parent when finding the body."""

PAGE_LABELS: tuple[str, ...] = (
    "发布时间", "发布日期", "發佈時間", "發布時間", "發佈日期", "發布日期", "更新时间", "更新時間",
    "信息来源", "資訊來源", "文章来源", "文章來源", "来源", "來源", "作者", "责任编辑", "責任編輯",
    "编辑", "編輯", "字号", "字號", "字体", "字體", "浏览次数", "瀏覽次數", "浏览量", "瀏覽量",
    "点击数", "點擊數", "点击量", "點擊量", "点击次数", "點擊次數", "阅读次数", "閱讀次數", "阅读量",
    "閱讀量", "访问量", "訪問量", "索引号", "索引號", "发布机构", "發佈機構", "發布機構",
)  # fmt: skip
"""Labels of the line under an article's title (发布时间：… 来源：… 字号：… 浏览次数：…) and of
the information-disclosure box around it. A line that starts with one, or holds two, is dropped."""

CONTROL_WORDS: frozenset[str] = frozenset((
    "打印", "打印本页", "打印此页", "打印文章", "打印正文", "列印", "列印本頁", "关闭", "关闭窗口",
    "关闭本页", "關閉", "關閉窗口", "關閉本頁", "返回", "返回顶部", "回到顶部", "返回頂部", "回到頂部",
    "返回首页", "返回首頁", "收藏", "加入收藏", "我要纠错", "我要糾錯", "纠错", "糾錯", "分享", "分享到",
    "保存", "保存本页", "大", "中", "小", "大中小", "默认", "默認", "字号", "字號", "字体", "字體", "top",
))  # fmt: skip
"""Words of the page's controls (【打印】【关闭】, 【字体：大 中 小】, 返回顶部): a line made of
nothing else is dropped."""

BOILERPLATE_LINES: tuple[str, ...] = (
    # Breadcrumbs: 当前位置：首页 > 政务公开 > …, or the path alone.
    r"^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您当前的位置|所在位置"
    r"|當前位置|您現在的位置|現在位置)\s*[:：]",
    r"^(?:首页|网站首页|首頁|網站首頁)\s*[>＞》»›/]",
    # Previous and next article, share bars, QR codes.
    r"^(?:上一篇|下一篇|上一条|下一条|上一條|下一條|上篇|下篇)\s*[:：]?",
    r"^(?:分享到|分享至)",
    r"扫一扫|掃一掃|扫描二维码|掃描二維碼|手机扫码|手機掃碼",
    # Lists of related links: their heading (the links themselves are link-dense blocks).
    r"^(?:相关链接|相关文章|相关新闻|相关阅读|相关信息|相关稿件|推荐阅读|延伸阅读|热点新闻|热门文章"
    r"|相關鏈接|相關文章|相關新聞|相關閱讀)\s*[:：]?$",
    # Site footer.
    r"版权所有|版權所有|(?i:copyright)|©|ICP备|ICP備|公网安备|公網安備|网站标识码|網站標識碼|网站地图|網站地圖",
    r"^(?:主办单位|承办单位|主辦單位|承辦單位|技术支持|技術支持|主办|承办)\s*[:：]",
    r"(?:建议|推荐|建議|推薦).{0,20}(?:浏览器|瀏覽器)",
)
"""Patterns of lines that belong to the page, not the report (searched in lines of at most
:data:`BOILERPLATE_MAX` characters, so a paragraph that mentions 版权 is never dropped)."""

BOILERPLATE_MAX = 160
"""Longest line the boilerplate patterns are tried on: report paragraphs are longer."""

TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|\s[-–—]\s|(?<!\d)--(?!\d))\s*")
"""Separators between an article's title and the site's name in a page's ``<title>``."""

META_NAMES: dict[str, str] = {
    "articletitle": "title",
    "pubdate": "published",
    "publishdate": "published",
    "contentsource": "publisher",
}
"""``<meta name=…>`` of government CMSs (lower case) and the :class:`PageInfo` field each fills."""

MAX_NESTING = 3000
"""Deepest nesting of block elements a page may have. Real pages nest a few dozen deep; lexbor
takes time quadratic in this depth (0.4 s at 20,000), so deeper pages are refused."""

# The commonest characters of Chinese prose, simplified and traditional: text decoded with the
# wrong legacy codec (Big5 read as GB18030 or the reverse) has few of them.
_COMMON_HAN = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
    "面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
    "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比"
    "或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做"
    "必战先回则任取据处理世车並來個們內兩別則動區員問國圖學實將對幹幾強後從應戰據數於時會條業樣機氣決沒無"
    "爲為現產當發種級組結統經線總義與處裏裡見計設說論變資質車軍較農這進運過還邊長開間關電頭題體麼點黨著"
)

# ---------------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_PRESCAN = 8192
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9._:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([a-z0-9._:\-]+)""", re.I)
_LEGACY: tuple[tuple[str, ...], ...] = (("gb18030",), ("big5", "cp950", "big5hkscs"))
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_MAX_REPLACED = 0.01  # share of undecodable characters a page may have (a truncated download)


def _declared(raw: bytes) -> tuple[str, ...]:
    """The codecs of the charset a page declares in its first bytes (meta or XML declaration)."""
    head = raw[:_PRESCAN]
    found = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not found:
        return ()
    return CHARSETS.get(found.group(1).decode("ascii").lower(), ())


def _utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM, told by the NUL byte beside the ASCII of ``<`` and blanks."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    if raw[0] and not raw[1] and raw[2] and not raw[3]:
        return "utf-16-le"
    if not raw[0] and raw[1] and not raw[2] and raw[3]:
        return "utf-16-be"
    return None


def _common_share(text: str) -> float:
    """The share of common characters among the first Han characters of ``text``."""
    han = _HAN.findall(text)[:20000]
    return sum(ch in _COMMON_HAN for ch in han) / len(han) if han else 0.0


def _strict(raw: bytes, codecs: tuple[str, ...]) -> tuple[str, str] | None:
    """The first of ``codecs`` that decodes ``raw`` without error."""
    for codec in codecs:
        try:
            return raw.decode(codec), codec
        except UnicodeDecodeError:
            continue
    return None


def _legacy(raw: bytes) -> tuple[str, str] | None:
    """GB18030 or Big5, whichever decodes and reads as more common Chinese (GB18030 on a tie)."""
    best: tuple[float, str, str] | None = None
    for family in _LEGACY:
        decoded = _strict(raw, family)
        if decoded is not None:
            score = _common_share(decoded[0])
            if best is None or score > best[0]:
                best = (score, *decoded)
    return (best[1], best[2]) if best else None


def _mostly_utf8(raw: bytes) -> bool:
    """Whether non-ASCII bytes read as UTF-8 but for at most one bad character in a hundred (a
    truncated download, a stray byte). GBK or Big5 text is almost never valid UTF-8 beyond a
    character or two, so such bytes are UTF-8 whatever else decodes them or is declared."""
    if raw.isascii():
        return False
    text = raw.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    return bad * 100 <= len(_ASCII_RUNS.sub("", text)) - bad


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
        if text.count("\ufffd") <= _MAX_REPLACED * len(text):
            return text, codec
    raise InputError(name, "undecodable", "cannot be decoded as UTF-8, UTF-16, GB18030 or Big5 (html)")


# ---------------------------------------------------------------------------------------------
# The visible tree
# ---------------------------------------------------------------------------------------------

_BLOCK_OPEN = re.compile(
    r"<(/?)(?:div|section|article|aside|blockquote|center|details|dialog|dir|dl|fieldset|figcaption|figure|footer"
    r"|header|hgroup|main|menu|nav|ol|ul|pre|listing|address|summary)\b",
    re.I,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_STOPS = ("。", "；", "！", "？")


def _refuse_deep(page: str, name: str) -> None:
    """Refuse a page whose block elements nest deeper than :data:`MAX_NESTING`."""
    depth = deepest = 0
    for found in _BLOCK_OPEN.finditer(page):
        depth = max(0, depth - 1) if found.group(1) else depth + 1
        deepest = max(deepest, depth)
    if deepest > MAX_NESTING:
        raise InputError(name, "unsupported", f"nests block elements {deepest} deep (over {MAX_NESTING}); not a page")


@dataclass(eq=False, slots=True)
class _El:
    """An element a reader sees, with counts of its subtree used to find the body."""

    tag: str
    parent: _El | None = None
    block: _El | None = None  # nearest block ancestor
    names: tuple[str, ...] = ()  # id and class tokens, lower case
    children: list[_El | str] = field(default_factory=list)
    han: int = 0  # Han characters outside links
    chars: int = 0  # visible characters
    linked: int = 0  # visible characters inside links
    prose: bool = False  # has sentence punctuation outside links
    own: int = 0  # Han characters (outside links) of text whose nearest block is this one
    brs: int = 0  # <br>s whose nearest block is this one
    has_blocks: bool = False
    credit: int = 0  # Han characters of the paragraphs this block is the parent of


_BR = _El("br")


def _names(attrs: dict[str, str | None]) -> tuple[str, ...]:
    return tuple(f"{attrs.get('id') or ''} {attrs.get('class') or ''}".lower().split())


def _hidden(attrs: dict[str, str | None]) -> bool:
    return "hidden" in attrs or bool(_HIDDEN_STYLE.search(attrs.get("style") or ""))


def _block_of(el: _El) -> _El:
    """The block that text or a ``<br>`` inside ``el`` belongs to."""
    return el if el.tag in BLOCKS or el.block is None else el.block


def _add_text(el: _El, text: str, link: bool, pre: bool) -> None:
    """Append a text node to ``el`` and count it (``<pre>`` keeps its blanks and line breaks)."""
    if pre:
        text = text.replace(" ", "\xa0").replace("\t", "\xa0")
        for i, piece in enumerate(text.split("\n")):
            if i:
                el.children.append(_BR)
                _block_of(el).brs += 1
            el.children.append(piece)
    else:
        el.children.append(text)
    visible = len("".join(text.split()))
    el.chars += visible
    if link:
        el.linked += visible
        return
    han = len(_HAN.findall(text))
    el.han += han
    _block_of(el).own += han
    el.prose = el.prose or any(stop in text for stop in _STOPS)


def _element(child: LexborNode, parent: _El) -> _El | None:
    """The :class:`_El` of an element child, or ``None`` when a reader does not see it."""
    tag = child.tag or ""
    if tag in SKIP_TAGS or tag.startswith("-"):
        return None
    attrs = child.attributes
    names = _names(attrs)
    if _hidden(attrs) or any(name in BOILERPLATE_NAMES for name in names):
        return None
    el = _El(tag, parent, _block_of(parent), names)
    if tag == "br":
        _block_of(parent).brs += 1
    elif tag in BLOCKS:
        _block_of(parent).has_blocks = True
    return el


def _build(root: LexborNode) -> list[_El]:
    """The visible elements under ``root`` (iteratively: pages may nest deep), parents first."""
    top = _El("body")
    order = [top]
    stack: list[tuple[LexborNode, _El, bool, bool]] = [(root, top, False, False)]
    while stack:
        node, el, link, pre = stack.pop()
        for child in node.iter(include_text=True):
            if child.tag == "-text":
                _add_text(el, child.text_content or "", link, pre)
                continue
            sub = _element(child, el)
            if sub is not None:
                el.children.append(sub)
                order.append(sub)
                stack.append((child, sub, link or sub.tag == "a", pre or sub.tag in ("pre", "listing")))
    for el in reversed(order[1:]):  # children before parents: sum the subtrees
        parent = el.parent
        assert parent is not None
        parent.han += el.han
        parent.chars += el.chars
        parent.linked += el.linked
        parent.prose = parent.prose or el.prose
    return order


# ---------------------------------------------------------------------------------------------
# Finding the body
# ---------------------------------------------------------------------------------------------

_CONTAINER_RANK = {name: rank for rank, name in enumerate(CONTAINERS)}
_CONTAINER_RANK.update({f"<{tag}>": len(CONTAINERS) + rank for rank, tag in enumerate(CONTAINER_TAGS)})


def _known_container(order: list[_El]) -> _El | None:
    """The element named by the highest entry of :data:`CONTAINERS` (the one with most Han text
    if several are), or ``None``."""
    best: tuple[int, int, _El] | None = None
    for el in order:
        ranks = [_CONTAINER_RANK[n] for n in (*el.names, f"<{el.tag}>") if n in _CONTAINER_RANK]
        if ranks and el.han and (best is None or (min(ranks), -el.han) < best[:2]):
            best = (min(ranks), -el.han, el)
    return best[2] if best else None


def _densest(order: list[_El]) -> _El | None:
    """The block that is the parent of most paragraph text (Han characters outside links).

    A paragraph's text counts for its parent; a block with text of its own between ``<br>``s
    (an old table layout) counts for itself. A parent that has, beside the chosen block,
    paragraphs of a quarter as much text again is taken instead: the article is split.
    """
    for el in order:
        if el.own:
            leaf = el.tag in PARAGRAPHS or (not el.has_blocks and el.brs < 2)
            target = el.block if leaf and el.block is not None else el
            target.credit += el.own
    best = max(order, key=lambda el: el.credit)
    if not best.credit:
        return None
    held = best.credit
    while best.block is not None and best.block.credit * 4 >= held:
        best = best.block
        held += best.credit
    return best


def _region(order: list[_El]) -> _El:
    """Where the report's body is: a known container holding at least half as much Han text as
    the densest block, else the densest block, else the whole page."""
    densest = _densest(order)
    known = _known_container(order)
    if known is not None and (densest is None or known.han * 2 >= densest.han):
        return known
    return densest or order[0]


# ---------------------------------------------------------------------------------------------
# Walking the body into lines
# ---------------------------------------------------------------------------------------------

# East Asian wide characters (CJK, kana, full-width forms; not Hangul, which spaces its words).
_WIDE = "\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uf900-\ufaff\ufe30-\ufe4f"
_WIDE += "\uff01-\uff60\uffe0-\uffe6\U00020000-\U0003fffd"
_CJK_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\n\r\f]*(?=[{_WIDE}])")
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")
_ASCII_BLANKS = " \t\n\r\f"
_MAX_CELL = 300  # characters: a table with a longer cell is a layout table, not a table of figures


def _tidy(raw: str) -> str:
    """A line as a browser shows it: a line break between two Chinese characters disappears
    (CSS Text 3), other runs of blanks become one space, blanks at the line's ends go; no-break
    spaces are kept (as spaces), U+3000 stays U+3000."""
    line = _COLLAPSIBLE.sub(" ", _CJK_BREAK.sub("", raw)).lstrip(" ")
    return line.replace("\xa0", " ").rstrip()


class _Lines:
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


def _descendants(el: _El) -> Iterator[_El]:
    stack = [c for c in el.children if isinstance(c, _El)]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(c for c in node.children if isinstance(c, _El))


def _elements(el: _El, tags: tuple[str, ...]) -> list[_El]:
    return [c for c in el.children if isinstance(c, _El) and c.tag in tags]


def _rows(table: _El) -> list[list[_El]] | None:
    """The cells of a table of figures, row by row; ``None`` for a layout table (one whose cells
    or caption hold a table, or a cell longer than a line of figures)."""
    rows: list[list[_El]] = []
    for child in _elements(table, ("thead", "tbody", "tfoot", "tr")):
        for tr in [child] if child.tag == "tr" else _elements(child, ("tr",)):
            rows.append(_elements(tr, ("td", "th")))
    cells = [cell for row in rows for cell in row] + _elements(table, ("caption",))
    if not cells or any(c.chars > _MAX_CELL or any(d.tag == "table" for d in _descendants(c)) for c in cells):
        return None
    return rows


def _link_dense(el: _El) -> bool:
    """A block that is mostly links and has no sentence of its own: navigation, related links."""
    return el.linked * 2 > el.chars and not el.prose


def _walk(root: _El) -> list[str]:
    """The lines of ``root``: a break at each block boundary and ``<br>``, none between inline
    elements; each row of a table of figures is one line, its cells joined by a tab."""
    out = _Lines()
    stack: list[_El | str | None] = [root]  # None: the end of a block
    while stack:
        item = stack.pop()
        if item is None:
            out.end_block()
        elif isinstance(item, str):
            out.add(item)
        elif item.tag == "br":
            out.newline()
        elif item.tag not in BLOCKS:
            stack.extend(reversed(item.children))
        else:
            out.end_block()
            if item is not root and _link_dense(item):
                continue
            rows = _rows(item) if item.tag == "table" else None
            if rows is not None:
                for caption in _elements(item, ("caption",)):
                    out.row([" ".join(line for line in _walk(caption) if line)])
                for row in rows:
                    out.row([" ".join(line for line in _walk(cell) if line) for cell in row])
                continue
            stack.append(None)
            stack.extend(reversed(item.children))
    out.end_block()
    return out.lines


# ---------------------------------------------------------------------------------------------
# Boilerplate lines and tidying
# ---------------------------------------------------------------------------------------------

_BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in BOILERPLATE_LINES))
_LABELS = "|".join(sorted(PAGE_LABELS, key=len, reverse=True))
_LABEL_START = re.compile(rf"^(?:{_LABELS})\s*[:：]")
_LABEL_ANY = re.compile(rf"(?:{_LABELS})\s*[:：]")
# The date and time of publication, then a label: 2021-01-06 09:30  来源：…
_WHEN = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
_DATED_LABEL = re.compile(rf"^{_WHEN}\s*(?:{_LABELS})\s*[:：]")
_CONTROL_SPLIT = re.compile(r"[\s【】\[\]()（）|｜·•/:：,，、]+")


def is_boilerplate(line: str) -> bool:
    """Whether a produced line belongs to the page rather than the report."""
    text = line.strip()
    if not text or len(text) > BOILERPLATE_MAX:
        return False
    if _LABEL_START.match(text) or _DATED_LABEL.match(text) or len(_LABEL_ANY.findall(text)) >= 2:
        return True
    if _BOILERPLATE.search(text):
        return True
    words = [w for w in _CONTROL_SPLIT.split(text.lower()) if w]
    return bool(words) and all(w in CONTROL_WORDS for w in words)


def _clean(lines: list[str]) -> list[str]:
    """Drop boilerplate lines, runs of blank lines beyond one, and blank lines at either end."""
    kept: list[str] = []
    for line in lines:
        if is_boilerplate(line) or (not line and (not kept or not kept[-1])):
            continue
        kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return kept


# ---------------------------------------------------------------------------------------------
# Page metadata and the title line
# ---------------------------------------------------------------------------------------------

_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})|^(\d{4})(\d{2})(\d{2})")
_TITLE_WORDS = ("报告", "報告")
_SENTENCE = re.compile("[。，；,;]")


def normalise_date(value: str) -> str | None:
    """A publication date as YYYY-MM-DD, or ``None`` when it does not read as a real date."""
    found = _DATE.search(value.strip())
    if not found:
        return None
    y, m, d = (int(g) for g in found.groups() if g is not None)
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _squash(text: str) -> str:
    return " ".join(text.split())


def _title_of(doc: LexborHTMLParser) -> str | None:
    """The article's part of ``<title>``: the longest piece between site-name separators."""
    node = doc.css_first("title")
    pieces = [p for p in TITLE_SEPARATORS.split(_squash(node.text() if node else "")) if p]
    return max(pieces, key=len) if pieces else None


def page_info(doc: LexborHTMLParser) -> tuple[PageInfo, str | None]:
    """The page's own metadata, and its ArticleTitle (the only title put into the text)."""
    found: dict[str, str] = {}
    for node in doc.css("meta"):
        attrs = node.attributes
        key = META_NAMES.get((attrs.get("name") or "").strip().lower())
        value = _squash(attrs.get("content") or "")
        if key and value and key not in found:
            found[key] = value
    published = normalise_date(found["published"]) if "published" in found else None
    info = PageInfo(title=found.get("title") or _title_of(doc), published=published, publisher=found.get("publisher"))
    return info, found.get("title")


def _has_title(lines: list[str], title: str) -> bool:
    """Whether the body opens with a title: the page's, or a short line that names a report."""
    head = [line for line in lines[:6] if line][:3]
    if "".join(title.split()) in "".join("".join(head).split()):
        return True
    first = head[0].strip() if head else ""
    return len(first) <= 60 and any(w in first for w in _TITLE_WORDS) and not _SENTENCE.search(first)


# ---------------------------------------------------------------------------------------------
# The reader
# ---------------------------------------------------------------------------------------------


def body_lines(doc: LexborHTMLParser) -> list[str]:
    """The report's lines in a parsed page, boilerplate left out (empty when it has none)."""
    root = doc.body or doc.root
    if root is None:
        return []
    order = _build(root)
    return _clean(_walk(_region(order)))


def read(raw: bytes, name: str) -> Produced:
    """A web page: the lines of its report body, and the page's own metadata."""
    refuse_binary(raw, name)
    page, codec = decode(raw, name)
    _refuse_deep(page, name)
    doc = LexborHTMLParser(page)
    lines = body_lines(doc)
    if not lines:
        raise InputError(name, "empty", "has no report text (html)")
    info, article_title = page_info(doc)
    if article_title and not _has_title(lines, article_title):
        lines = [article_title, "", *lines]
    return Produced("\n".join(lines) + "\n", "html", codec, newline_style(page), info)
