"""Render the metric taxonomy as Markdown (docs/taxonomy.md), from the rule tables themselves."""

from __future__ import annotations

from lawrep.rules.metrics import RULES
from lawrep.rules.taxonomy import TAXONOMY


def taxonomy_markdown() -> str:
    lines = [
        "# Metric taxonomy",
        "",
        "Generated from `lawrep/rules/` by `python scripts/taxonomy_doc.py > docs/taxonomy.md`;",
        "a test keeps this file in sync. Keys are stable. Rule ids name the rules that assign each key.",
        "",
        "| key | label | definition | rules |",
        "|---|---|---|---|",
    ]
    for term in TAXONOMY:
        rules = ", ".join(f"`{r.id}`" for r in RULES if r.key == term.key)
        lines.append(f"| `{term.key}` | {term.label} | {term.definition} | {rules} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(taxonomy_markdown(), end="")
