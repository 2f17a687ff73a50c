"""Limits shared by the loader and the CLI, kept apart so the CLI can show them cheaply."""

from __future__ import annotations

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Inputs larger than this are refused (``--max-bytes``); a report is rarely above 1 MB."""
