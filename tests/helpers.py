"""What many test modules share: where the fixtures are, seeds extracted once, their JSON,
metrics found by key and text, and the command line run as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import lawrep
from lawrep.models import Report

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "fixtures" / "reports"
VARIANTS = ROOT / "fixtures" / "variants"
EXPECTED = ROOT / "fixtures" / "expected"
CASES = Path(__file__).resolve().parent / "cases"
SEEDS = sorted(p.stem for p in REPORTS.glob("*.txt"))

Doc = dict[str, Any]


@cache
def extracted(path: str) -> tuple[str, Report]:
    """A report file's text and its extracted report (computed once per test session)."""
    text, source = lawrep.load(path)
    return text, lawrep.extract(text, source=source)


def seed_json(stem: str) -> tuple[str, Doc]:
    """A seed's text and a fresh, mutable JSON dump of its extracted report."""
    text, report = extracted(str(REPORTS / f"{stem}.txt"))
    return text, report.model_dump(mode="json")


def expected(stem: str, kind: str) -> Any:
    """A hand-labelled golden file of ``fixtures/expected/``."""
    return json.loads((EXPECTED / f"{stem}.{kind}.json").read_text(encoding="utf-8"))


def cases(name: str) -> list[dict[str, Any]]:
    """A table of held-out cases in ``tests/cases/``."""
    data: list[dict[str, Any]] = json.loads((CASES / name).read_text(encoding="utf-8"))
    return data


def at(doc: Doc, key: str, text: str) -> int:
    """The index of the one metric with this key and text (never by position, so that a better
    extraction does not shift the tests)."""
    hits = [i for i, m in enumerate(doc["metrics"]) if m["key"] == key and m["text"] == text]
    assert len(hits) == 1, f"{key} {text}: {hits}"
    return hits[0]


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    """``python -m lawrep ARGS`` as a user runs it: bytes in and out."""
    return subprocess.run(
        [sys.executable, "-m", "lawrep", *args], input=stdin, capture_output=True, cwd=cwd, timeout=120
    )


def run_cli_text(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m lawrep ARGS`` with text output (UTF-8, no colour, wide), never a traceback."""
    env = {**os.environ, "PYTHONUTF8": "1", "NO_COLOR": "1", "COLUMNS": "200"}
    proc = subprocess.run(
        [sys.executable, "-m", "lawrep", *args],
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def seed_doc(stem: str) -> Doc:
    """A fresh, mutable JSON dump of a seed's extracted report."""
    return seed_json(stem)[1]
