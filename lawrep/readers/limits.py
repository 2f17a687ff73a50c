"""Limits and names shared by the readers and the CLI, kept apart so the CLI can show them cheaply."""

from __future__ import annotations

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Inputs larger than this are refused (``--max-bytes``); a report is rarely above 1 MB."""

STDIN = "-"
"""The input name that means standard input."""
STDIN_LABEL = "<stdin>"
"""How standard input is named in messages and error records."""
