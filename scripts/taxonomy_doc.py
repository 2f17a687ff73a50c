"""Render the metric taxonomy as Markdown (docs/taxonomy.md), from the rule tables themselves."""

from __future__ import annotations

from lawrep.rules.metrics import RULES
from lawrep.rules.taxonomy import TAXONOMY


def taxonomy_markdown() -> str:
    lines = [
        "# Metric taxonomy",
        "",
        "Generated from `lawrep/rules/` by `python scripts/taxonomy_doc.py > docs/taxonomy.md`;",
        "a test keeps this file in sync. Keys are stable: a key means one measure, and a figure no",
        "rule can tell apart stays unnamed rather than going under the nearest key. Every rate names",
        "what it counts above the line (numerator) and below it (denominator), so two rates are never",
        "added up. Rule ids name the rules that assign each key.",
        "",
        "| key | label | definition | rate of | rules |",
        "|---|---|---|---|---|",
    ]
    for term in TAXONOMY:
        rules = ", ".join(f"`{r.id}`" for r in RULES if r.key == term.key)
        rate = f"{term.numerator} ÷ {term.denominator}" if term.numerator else ""
        lines.append(f"| `{term.key}` | {term.label} | {term.definition} | {rate} | {rules} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(taxonomy_markdown(), end="")
