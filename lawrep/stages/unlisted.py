"""Authors the department table does not list: a signature or a title naming a body it does not
know (常德市档案局, 株洲市人民政府办公室, 重庆市公安局渝北区分局, a 街道办事处), or a title
naming a place alone (浦江县2023年度法治政府建设情况报告). Then no department the body names is
the author; the region is that name's place."""

from __future__ import annotations

import re
from functools import cache

from ..models import Level, Region
from ..rules import agencies as A
from ..rules.meta import YEAR_WRITTEN
from ..text import gazetteer as G
from ..text.document import Doc
from .mentions import DEPARTMENT
from .places import LEVEL_OF_DIVISION, MAX_NAME, Places, region_of, resolve

_full_names = cache(G.full_names)
_LABEL = re.compile(A.NAME_LABEL)


_BELOW_COUNTY = re.compile(r"街道|乡|镇")


_OFFICES = ("办公室", "办")


_BODY_NAME = re.compile(r"[\u3400-\u9fff]{0,24}?" + A.BODY_ENDINGS)


_SIGNED = re.compile(r"\s*(?:[(（]\s*盖?章\s*[)）])?\s*(?:(?:" + YEAR_WRITTEN + r")\s*年.*)?$")


_TITLE_HEAD = re.compile(r"(?:关于)?(?P<head>[\u3400-\u9fff]{2,40}?)\s*(?:" + YEAR_WRITTEN + r"|关于)")


_NOT_AUTHOR_LINES = tuple(re.compile(p) for p in (r"(抄送|抄报|主送|分送|报送|发送|附件).*", r".*印发"))


def unlisted_author(
    doc: Doc, spans: dict[str, tuple[int, int]], places: Places
) -> tuple[Region, Level | None, bool] | None:
    """A signature line or a title that names a body the table does not know (常德市档案局,
    株洲市人民政府办公室), or a title that names a place alone (浦江县2023年度…报告, ``True``):
    no department the body names is the author (a place's government may be). The region is that
    name's place, with its level (none for a unit below a department or a county)."""
    folded = doc.folded
    for key in ("signature", "title", "issuer"):  # issuer: a page's 发文机关 line
        if key not in spans:
            continue
        a, b = spans[key]
        for line in folded[a:b].split("\n"):
            head = _head(line.strip(), "title" if key == "title" else "signature")
            found = _unknown_body(head, key == "title")
            if found is not None:
                (chain, unit), path_note = found, resolve(found[0], places)
                path, note = path_note
                if path and path[-1] in G.full_named(chain[-1]):
                    level = None if unit else LEVEL_OF_DIVISION[path[-1].level]
                    return region_of(path, note), level, head.removeprefix("关于") == "".join(chain)
    return None


def _head(line: str, key: str) -> str:
    """The body a signature line names (before its seal and date), or a title's words before its
    year (常德市档案局2023年度…报告 → 常德市档案局)."""
    line = _LABEL.sub("", line)  # 标题：…, 发文机关：…
    if key == "signature":
        return _SIGNED.sub("", line)
    head = _TITLE_HEAD.match(line)
    return head.group("head") if head else ""


def _unknown_body(head: str, place_alone: bool) -> tuple[tuple[str, ...], bool] | None:
    """The places a body's name opens with, when the name ends in a body's word and is no
    department the table knows (or, for a title, is a place alone); and whether the body is a
    unit below its place's level (a department's 分局, a 街道办事处), whose level is left empty."""
    body = head.removeprefix("中共")
    chain = leading_places(body)
    if not chain:
        return None
    rest = body[sum(len(n) for n in chain) :]
    if not rest:
        return (tuple(chain), False) if place_alone and head == body else None
    if _BODY_NAME.fullmatch(rest) is None or any(p.fullmatch(head) for p in _NOT_AUTHOR_LINES):
        return None
    inner = list(DEPARTMENT.finditer(rest))
    if any(m.end() == len(rest) for m in inner):
        return None  # a department the table knows: read as such
    # a unit of a department named after its own place (重庆市公安局渝北区分局): that place's
    after = rest[inner[-1].end() :] if inner else ""
    below = leading_places(after)
    unit = bool(after) and not rest.endswith(
        _OFFICES
    )  # …局宁海分局: a unit; …人民政府办公室: the government's own office
    return (*chain, *below), unit or _BELOW_COUNTY.search(rest) is not None


def leading_places(text: str) -> list[str]:
    """The gazetteer names ``text`` opens with, one after another (浦江县, 湖北省武汉市)."""
    chain: list[str] = []
    at = 0
    while True:
        full = _full_names()
        name = next((text[at : at + n] for n in range(MAX_NAME, 1, -1) if text[at : at + n] in full), None)
        if name is None:
            return chain
        chain.append(name)
        at += len(name)
