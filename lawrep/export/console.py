"""Drawing for a person with rich: the heading tree and the metrics table.

Imported only by the commands that draw, so rich's import cost never reaches a pipe.
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.tree import Tree

from ..models import Report, Section


def _console(fh: TextIO) -> Console:
    # In a pipe rich would assume 80 columns and cut the keys; give tables room instead.
    width = None if fh.isatty() else 160
    return Console(file=fh, soft_wrap=False, highlight=False, width=width)


def _num(v: float | int) -> str:
    return str(v) if isinstance(v, int) else f"{v:f}".rstrip("0").rstrip(".")


def _label(s: Section) -> str:
    canonical = f"  [dim]→ {s.canonical}[/dim]" if s.canonical else ""
    items = f"  [dim]({len(s.items)} items)[/dim]" if s.items else ""
    return f"[bold]{s.marker}[/bold]{s.title}  [dim]line {s.line}[/dim]{canonical}{items}"


def _add(node: Tree, sections: list[Section]) -> None:
    for s in sections:
        _add(node.add(_label(s)), s.children)


def outline_tree(report: Report, fh: TextIO) -> None:
    m = report.meta
    agency = m.agency.name + (" (inferred)" if m.agency.inferred else "") if m.agency else "agency unknown"
    root = Tree(f"[bold]{agency}[/bold] · {m.year or 'year unknown'} · signed {m.date or 'n/a'}")
    _add(root, report.outline)
    _console(fh).print(root)


def metrics_table(report: Report, fh: TextIO) -> None:
    title = report.source.path or "report"
    table = Table(title=f"{title} — {len(report.metrics)} metrics", show_lines=False)
    for col in ("key", "label", "value", "qualifier", "where"):
        table.add_column(col, no_wrap=col == "key")
    for m in report.metrics:
        value = _num(m.value) + (f"–{_num(m.high)}" if m.high is not None else "") + f" {m.unit}"
        where = "/".join(m.section) + f" @{m.start}"
        table.add_row(m.key, m.label, value, m.qualifier, where)
    _console(fh).print(table)


def grid(title: str, header: list[str], rows: list[list[str]], fh: TextIO, *, marked: set[int] | None = None) -> None:
    """A plain table for a person; the rows in ``marked`` stand out (bold red)."""
    table = Table(title=title)
    for n, col in enumerate(header):
        table.add_column(col, overflow="fold", no_wrap=n == 0)
    for n, row in enumerate(rows):
        table.add_row(*row, style="bold red" if marked and n in marked else None)
    _console(fh).print(table)
