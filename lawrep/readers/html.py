"""Web pages (HTML): a report published on a government site, read as the lines a person sees.

Why our own walker on lexbor (selectolax) rather than a readability package: measured on pages
built from the seed reports, packages merged ``<br>`` paragraphs into one line, leaked
breadcrumbs and 来源 lines, or put a space between adjacent ``<span>``s, which changes the very
text that offsets point into. The steps:

1. Decode the bytes (``html_decode``), since lexbor ignores ``<meta charset>``: a BOM, else the
   declared charset, else UTF-8, else GB18030 or Big5, whichever reads as more common Chinese.
2. Parse, and keep a small tree of what a reader sees: no scripts, styles, form controls,
   hidden elements, ``<nav>``/``<header>``/``<footer>``/``<aside>``, nor elements whose id or
   class names navigation, share bars or a footer (``BOILERPLATE_NAMES``).
3. Find the body: a known CMS container (``CONTAINERS``) when it holds most of the text,
   else the block with the densest Han text (the parent of most paragraph text).
4. Walk it into lines that break only at block boundaries: inline elements join with nothing
   between them, a data table's row is one line with its cells joined by a tab.
5. Leave out link-dense blocks and boilerplate lines (``html_lines``, ``BOILERPLATE_LINES``:
   发布时间, 当前位置, 【打印】, 上一篇…), and tidy whitespace as a browser shows it.

The names, patterns and limits these steps use are rule tables, in :mod:`lawrep.rules.pages`.

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
from ..rules import pages as R
from .html_decode import decode
from .html_lines import Lines, clean
from .plain import newline_style
from .produced import Produced
from .sniff import refuse_binary

# ---------------------------------------------------------------------------------------------
# The visible tree
# ---------------------------------------------------------------------------------------------

_BLOCK_OPEN = re.compile(rf"<(/?)(?:{'|'.join(R.NESTING_TAGS)})\b", re.I)
_HIDDEN_STYLE = re.compile(R.HIDDEN_STYLE, re.I)
# Han characters, counted outside links to find the body and to tell prose from navigation.
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _refuse_deep(page: str, name: str) -> None:
    """Refuse a page whose block elements nest deeper than ``MAX_NESTING``."""
    depth = deepest = 0
    for found in _BLOCK_OPEN.finditer(page):
        depth = max(0, depth - 1) if found.group(1) else depth + 1
        deepest = max(deepest, depth)
    if deepest > R.MAX_NESTING:
        raise InputError(name, "unsupported", f"nests block elements {deepest} deep (over {R.MAX_NESTING}); not a page")


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
    return el if el.tag in R.BLOCKS or el.block is None else el.block


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
    el.prose = el.prose or any(stop in text for stop in R.SENTENCE_STOPS)


def _element(child: LexborNode, parent: _El) -> _El | None:
    """The :class:`_El` of an element child, or ``None`` when a reader does not see it."""
    tag = child.tag or ""
    if tag in R.SKIP_TAGS or tag.startswith("-"):
        return None
    attrs = child.attributes
    names = _names(attrs)
    if _hidden(attrs) or any(name in R.BOILERPLATE_NAMES for name in names):
        return None
    el = _El(tag, parent, _block_of(parent), names)
    if tag == "br":
        _block_of(parent).brs += 1
    elif tag in R.BLOCKS:
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

_CONTAINER_RANK = {name: rank for rank, name in enumerate(R.CONTAINERS)}
_CONTAINER_RANK.update({f"<{tag}>": len(R.CONTAINERS) + rank for rank, tag in enumerate(R.CONTAINER_TAGS)})


def _known_container(order: list[_El]) -> _El | None:
    """The element named by the highest entry of ``CONTAINERS`` (the one with most Han text
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
            leaf = el.tag in R.PARAGRAPHS or (not el.has_blocks and el.brs < 2)
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
    if not cells or any(c.chars > R.MAX_CELL or any(d.tag == "table" for d in _descendants(c)) for c in cells):
        return None
    return rows


def _link_dense(el: _El) -> bool:
    """A block that is mostly links and has no sentence of its own: navigation, related links."""
    return el.linked * 2 > el.chars and not el.prose


def _walk(root: _El) -> list[str]:
    """The lines of ``root``: a break at each block boundary and ``<br>``, none between inline
    elements; each row of a table of figures is one line, its cells joined by a tab."""
    out = Lines()
    stack: list[_El | str | None] = [root]  # None: the end of a block
    while stack:
        item = stack.pop()
        if item is None:
            out.end_block()
        elif isinstance(item, str):
            out.add(item)
        elif item.tag == "br":
            out.newline()
        elif item.tag not in R.BLOCKS:
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
# Page metadata and the title line
# ---------------------------------------------------------------------------------------------

_DATE = re.compile(R.PUBLICATION_DATE)
_TITLE_SEPARATORS = re.compile(R.TITLE_SEPARATORS)
_SENTENCE = re.compile(R.TITLE_NOT)


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
    pieces = [p for p in _TITLE_SEPARATORS.split(_squash(node.text() if node else "")) if p]
    return max(pieces, key=len) if pieces else None


def page_info(doc: LexborHTMLParser) -> tuple[PageInfo, str | None]:
    """The page's own metadata, and its ArticleTitle (the only title put into the text)."""
    found: dict[str, str] = {}
    for node in doc.css("meta"):
        attrs = node.attributes
        key = R.META_NAMES.get((attrs.get("name") or "").strip().lower())
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
    return len(first) <= 60 and any(w in first for w in R.TITLE_WORDS) and not _SENTENCE.search(first)


# ---------------------------------------------------------------------------------------------
# The reader
# ---------------------------------------------------------------------------------------------


def body_lines(doc: LexborHTMLParser) -> list[str]:
    """The report's lines in a parsed page, boilerplate left out (empty when it has none)."""
    root = doc.body or doc.root
    if root is None:
        return []
    order = _build(root)
    return clean(_walk(_region(order)))


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
