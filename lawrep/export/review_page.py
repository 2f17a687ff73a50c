"""The review page: one self-contained HTML file in which a person checks a report's figures in
their sentences, marks each metric confirmed, wrong or corrected, names figures no rule named,
and exports the report JSON with those decisions as ``review`` marks (``lawrep review``).

Everything the page needs is inside it: the style, the script (``review_assets/``), the report
JSON and the taxonomy's keys. A Content-Security-Policy forbids every fetch, so opening the
file from a mail attachment sends nothing anywhere; decisions stay in the browser's storage
for that report until exported.

This module only renders; which keys exist and what they are called comes from the caller
(the taxonomy is a rule table, and export does not reach into rules).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib import resources

from ..models import Check, Metric, Quantity, Report, Section, enclosing
from .review_text import amount, marked_text, walk

PALETTE: tuple[tuple[str, str], ...] = (
    ("#fde2c8", "#c2620a"), ("#d7ecff", "#1f6fb5"), ("#dff3d8", "#2f7d1f"), ("#f6dcf3", "#a23a95"),
    ("#fff2b3", "#9a7b00"), ("#dcdcff", "#4b4bc4"), ("#d3f2ef", "#14796f"), ("#ffd9d9", "#b62d2d"),
    ("#e9e1d3", "#7a5a2a"), ("#e3f0c6", "#5d7d12"), ("#ffe0ef", "#b8377a"), ("#dbe7f0", "#40627c"),
    ("#f0e0ff", "#7a3fb8"), ("#d9f0ff", "#0b7fa8"), ("#f3e6c4", "#8a6a14"), ("#e2e2e2", "#555555"),
)  # fmt: skip
"""(background, border) per domain, in the order the domains are given: distinct hues, dark
borders that keep a figure visible when printed in black and white."""

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
"""Nothing may be fetched: no fonts, scripts, images or connections (a downloaded export is a
blob the page makes itself)."""


@dataclass(frozen=True)
class Taxonomy:
    """What the page offers a reviewer: every key with its Chinese label, each domain's name (in
    the order the metrics panel lists them), and the kinds of figure each key names (a count
    key is not offered for an amount of money)."""

    keys: Sequence[tuple[str, str]]
    domains: Mapping[str, str]
    figures: Mapping[str, tuple[Iterable[str], Iterable[str]]]  # key → (units, dimensions) it names
    target_parts: tuple[str, ...] = ()  # canonical parts whose figures are targets, not results

    def domain_class(self) -> dict[str, str]:
        """The CSS class each domain's marks and headings carry (its colours, from PALETTE)."""
        return {d: f"d-{d}" for d in self.domains}


@cache
def _asset(name: str) -> str:
    return resources.files("lawrep.export").joinpath("review_assets").joinpath(name).read_text("utf-8")


def _style(taxonomy: Taxonomy) -> str:
    colours = "".join(
        f".d-{d}{{--bg:{bg};--bd:{bd}}}\n"
        for n, d in enumerate(taxonomy.domains)
        for bg, bd in [PALETTE[n % len(PALETTE)]]
    )
    return _asset("review.css") + colours


_SURROGATE = re.compile("[\ud800-\udfff]")


def _script_json(data: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``<`` can close it or open a comment, and a
    lone surrogate (which UTF-8 cannot carry) travels as its ``\\u`` escape, so the script
    gets the report's very characters back."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", raw)


def plural(n: int, what: str) -> str:
    return f"{n} {what}" if n == 1 else f"{n} {what}s"


def is_target(outline: list[Section], offset: int, target_parts: Iterable[str]) -> bool:
    """Whether ``offset`` lies in a part of targets (the next-year plan): no rule names its
    figures, and a reviewer who names one gives it the next year as ``period``."""
    around = enclosing(outline, offset)
    return bool(around) and around[0].canonical in tuple(target_parts)


def section_numbers(outline: list[Section], offset: int) -> list[str]:
    """The ``number`` of every heading enclosing ``offset``, outermost first (a metric's
    ``section``, for a figure a reviewer names)."""
    return [s.number for s in enclosing(outline, offset)]


def unnamed(report: Report) -> list[tuple[int, Quantity]]:
    """The quantities no metric names, with their index in ``quantities``."""
    named = {(m.start, m.end) for m in report.metrics}
    return [(i, q) for i, q in enumerate(report.quantities) if (q.start, q.end) not in named]


def page_name(report: Report) -> str:
    """What the page is about, for its title: agency and year when known, else the source."""
    meta = report.meta
    who = meta.agency.name if meta.agency else (report.source.path or "report")
    return f"{who} {meta.year}" if meta.year is not None else who


def review_page(report: Report, text: str, taxonomy: Taxonomy, *, export_name: str) -> str:
    """The whole page for one report whose text is ``text``; ``export_name`` is the file name
    the reviewed JSON is offered under."""
    data = {
        "report": report.model_dump(mode="json"),
        "keys": [list(k) for k in taxonomy.keys],
        "figures": {k: [sorted(units), sorted(dims)] for k, (units, dims) in taxonomy.figures.items()},
        "domains": dict(taxonomy.domains),
        "sections": {str(i): section_numbers(report.outline, q.start) for i, q in unnamed(report)},
        "targets": [i for i, q in unnamed(report) if is_target(report.outline, q.start, taxonomy.target_parts)],
        "exportName": export_name,
    }
    title = page_name(report)
    page = "".join(
        [
            '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n',
            '<meta name="generator" content="lawrep review">\n',
            f"<title>{escape(title)} · lawrep review</title>\n<style>\n{_style(taxonomy)}</style>\n</head>\n<body>\n",
            _header(report, title),
            '<div class="layout">\n',
            _outline_nav(report.outline),
            '<main id="main">\n<div id="text" lang="zh-CN">',
            marked_text(text, report, taxonomy.domain_class()),
            "</div>\n",
            '<aside id="inspector" aria-live="polite"><p class="hint">Select a figure (click, Tab, or j/k) '
            "to see what lawrep read.</p></aside>\n</main>\n",
            '<aside id="panels">\n',
            _metrics_panel(report.metrics, taxonomy),
            _unnamed_panel(report, text, taxonomy.target_parts),
            _checks_panel(report.checks),
            _meta_panel(report),
            "</aside>\n</div>\n",
            _asset("dialogs.html"),
            f'<script type="application/json" id="lawrep-data">{_script_json(data)}</script>\n',
            f"<script>\n{_asset('review.js')}</script>\n</body>\n</html>\n",
        ]
    )
    return _SURROGATE.sub("\ufffd", page)  # in the page's own words (a label, a context): shown as �


def _header(report: Report, title: str) -> str:
    counts = " · ".join(
        plural(n, what)
        for n, what in (
            (len(report.metrics), "metric"),
            (len(unnamed(report)), "unnamed figure"),
            (len(report.checks), "check"),
        )
    )
    return (
        '<header class="top">\n'
        f'<h1 lang="zh-CN">{escape(title)}</h1>\n<p class="counts">{counts}</p>\n'
        '<div class="tools"><span id="progress" aria-live="polite"></span>'
        '<button type="button" id="export">Export reviewed JSON</button>'
        '<button type="button" id="show-keys" aria-haspopup="dialog">Keys</button>'
        '<button type="button" id="clear">Clear marks</button></div>\n'
        "</header>\n"
    )


def _outline_nav(outline: list[Section]) -> str:
    """The heading tree as nested lists of links to the headings' anchors (``sec-N`` in
    :func:`walk` order)."""
    numbering = {id(s): n for n, s in enumerate(walk(outline))}

    def items(sections: list[Section]) -> str:
        if not sections:
            return ""
        lis = "".join(
            f'<li><a href="#sec-{numbering[id(s)]}">{escape(s.marker)}{escape(s.title)}</a>{items(s.children)}</li>'
            for s in sections
        )
        return f'<ul lang="zh-CN">{lis}</ul>'

    body = items(outline) or '<p class="empty">No headings were found.</p>'
    return f'<nav id="outline" aria-label="Outline"><details open><summary>Outline</summary>{body}</details></nav>\n'


def _metrics_panel(metrics: list[Metric], taxonomy: Taxonomy) -> str:
    """The metrics under their domains, in the taxonomy's order; each a button that shows the
    figure, and the three decisions."""
    by_domain: dict[str, list[tuple[int, Metric]]] = {}
    for i, m in enumerate(metrics):
        by_domain.setdefault(m.key.split(".")[0], []).append((i, m))
    order = [d for d in taxonomy.domains if d in by_domain] + sorted(set(by_domain) - set(taxonomy.domains))
    groups = []
    for d in order:
        lis = "".join(_metric_item(i, m) for i, m in by_domain[d])
        name = taxonomy.domains.get(d, d)
        heading = f'<h3 class="domain d-{escape(d)}">{escape(name)} <small>{escape(d)}</small></h3>'
        groups.append(f'{heading}<ul lang="zh-CN">{lis}</ul>')
    body = "".join(groups) or '<p class="empty">No figure was named.</p>'
    return f'<details open id="p-metrics"><summary>Metrics ({len(metrics)})</summary>{body}</details>\n'


ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("confirm", "✓", "Confirm (c)"),
    ("reject", "✗", "Wrong (x)"),
    ("edit", "✎", "Correct key or value (e)"),
)
"""A metric's decisions: the script's action, the button's face, its tooltip and key."""


def _metric_item(i: int, m: Metric) -> str:
    part = ' <span class="tag">part</span>' if m.part_of is not None else ""
    value = f"{amount(m.value, m.high)} {escape(m.unit)}"
    acts = "".join(
        f'<button type="button" data-act="{act}" data-m="{i}" title="{tip}" aria-label="{tip}">{face}</button>'
        for act, face, tip in ACTIONS
    )
    return (
        f'<li class="mitem" data-m="{i}"><button type="button" class="goto" data-m="{i}">'
        f'<span class="lbl">{escape(m.label)}</span> <span class="val">{value}</span>{part}</button>'
        f'<span class="acts">{acts}</span></li>'
    )


def _unnamed_panel(report: Report, text: str, target_parts: Iterable[str]) -> str:
    """Every figure no rule named, in its few characters of context: what the taxonomy missed."""
    lis = []
    for i, q in unnamed(report):
        before = text[max(0, q.start - 12) : q.start].split("\n")[-1]
        after = text[q.end : q.end + 8].split("\n")[0]
        shown = (
            f'<span class="ctx">{escape(before)}</span><b>{escape(q.text)}</b><span class="ctx">{escape(after)}</span>'
        )
        target = is_target(report.outline, q.start, target_parts)
        if target:
            shown += ' <span class="tag" title="in the next-year plan: named, it is about the next year">target</span>'
        off = " disabled" if target and report.meta.year is None else ""
        name = f'<button type="button" data-act="add" data-q="{i}" title="Name it (e)"{off}>name…</button>'
        lis.append(
            f'<li class="qitem" data-q="{i}"><button type="button" class="goto" data-q="{i}">{shown}</button>'
            f'<span class="acts">{name}</span></li>'
        )
    body = f'<ul lang="zh-CN">{"".join(lis)}</ul>' if lis else '<p class="empty">Every figure was named.</p>'
    return f'<details open id="p-unnamed"><summary>Figures with no name ({len(lis)})</summary>{body}</details>\n'


def _check_target(c: Check) -> str:
    """The attributes that tie a check to what it is about: a figure (by its index in the JSON)
    or a span of the text."""
    for prefix, attr in (("metrics[", "data-m"), ("quantities[", "data-q")):
        if c.path.startswith(prefix):
            index = c.path[len(prefix) :].split("]")[0]
            if index.isdigit():
                return f' {attr}="{index}"'
    if c.start is not None and c.end is not None:
        return f' data-start="{c.start}" data-end="{c.end}"'
    return ""


def _checks_panel(checks: list[Check]) -> str:
    lis = []
    for c in checks:
        target = _check_target(c)
        tag = f'<button type="button" class="goto"{target}>' if target else "<div>"
        close = "</button>" if target else "</div>"
        lis.append(
            f'<li class="check sev-{c.severity}">{tag}<span class="cid">{escape(c.id)}</span> '
            f"{escape(c.message)}{close}</li>"
        )
    body = f"<ul>{''.join(lis)}</ul>" if lis else '<p class="empty">No check found anything.</p>'
    return f'<details open id="p-checks"><summary>Checks ({len(checks)})</summary>{body}</details>\n'


def _evidence(label: str, value: str, span: tuple[int, int] | None, note: str = "") -> str:
    shown = escape(value) if value else '<span class="empty">—</span>'
    if span is not None:
        shown = f'<button type="button" class="goto" data-start="{span[0]}" data-end="{span[1]}">{shown}</button>'
    extra = f' <span class="tag">{escape(note)}</span>' if note else ""
    return f"<dt>{escape(label)}</dt><dd>{shown}{extra}</dd>"


def _meta_panel(report: Report) -> str:
    """Who, where, when, each with the span it was read from."""
    meta, src = report.meta, report.source
    a, r = meta.agency, meta.region
    place = " ".join(p for p in (r.province, r.city, r.county) if p)
    rows = [
        _evidence(
            "Agency",
            f"{a.name} ({a.kind})" if a and a.kind else (a.name if a else ""),
            (a.start, a.end) if a else None,
            "inferred" if a and a.inferred else "",
        ),
        _evidence("Region", f"{place} {r.code}" if r.code else place, None),
        _evidence("Level", meta.level or "", None),
        _evidence("Year", str(meta.year) if meta.year is not None else "", _span(meta.year_evidence)),
        _evidence("Date", meta.date or "", _span(meta.date_evidence)),
        _evidence("Title", meta.title.text if meta.title else "", _span(meta.title)),
        _evidence("Addressee", meta.addressee.text if meta.addressee else "", _span(meta.addressee)),
        _evidence("Source", f"{src.path or 'stdin'} · {src.format} · {src.encoding} · {src.chars} characters", None),
        _evidence("sha256", src.sha256, None),
    ]
    if r.ambiguous:
        rows.insert(2, _evidence("Ambiguous", "、".join(r.ambiguous), None))
    return f'<details open id="p-meta"><summary>Metadata</summary><dl>{"".join(rows)}</dl></details>\n'


def _span(span: object) -> tuple[int, int] | None:
    start, end = getattr(span, "start", None), getattr(span, "end", None)
    return (start, end) if isinstance(start, int) and isinstance(end, int) else None
