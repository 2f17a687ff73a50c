"""The index of a folder of review pages: one row per report with what there is to review
(metrics, figures with no name, checks), linking to its page."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..models import Report
from .review_page import CSP, page_name, plural, unnamed

_STYLE = """
body{margin:0;padding:1rem;font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",
"Noto Sans CJK SC",sans-serif;color:#1d1d1f;background:#f6f6f4}
h1{font-size:1.2rem}table{border-collapse:collapse;background:#fff;width:100%;max-width:72rem}
th,td{border-bottom:1px solid #ddd;padding:.35rem .6rem;text-align:left}td.n{text-align:right}
th{font-weight:600;background:#fafafa}a{color:#0a58ca}.err{color:#c62828}
@media (max-width:40rem){td:nth-child(3),th:nth-child(3){display:none}}
"""


def index_page(pages: Sequence[tuple[str, Report]], failed: Sequence[tuple[str, str]] = ()) -> str:
    """The index of ``pages`` (each a file name relative to the index, and its report) and of
    the inputs that gave no page (``failed``: input and problem), so none goes unnoticed."""
    rows = []
    for href, report in pages:
        errors = sum(c.severity == "error" for c in report.checks)
        checks = f"{len(report.checks)}" + (f' <span class="err">({errors} errors)</span>' if errors else "")
        rows.append(
            f'<tr><td><a href="{escape(href)}">{escape(page_name(report))}</a></td>'
            f"<td>{escape(report.meta.date or '')}</td><td>{escape(report.source.path or '')}</td>"
            f'<td class="n">{len(report.metrics)}</td><td class="n">{len(unnamed(report))}</td>'
            f'<td class="n">{checks}</td></tr>'
        )
    rows += [
        f'<tr class="err"><td colspan="6">{escape(label)}: {escape(problem)}</td></tr>' for label, problem in failed
    ]
    title = f"{plural(len(pages), 'report')} to review" + (
        f" · {plural(len(failed), 'input')} failed" if failed else ""
    )
    return (
        '<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        f"<title>lawrep review · {title}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{title}</h1>\n<table>\n"
        "<thead><tr><th>report</th><th>signed</th><th>source</th><th>metrics</th>"
        "<th>no name</th><th>checks</th></tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>\n</body>\n</html>\n"
    )
