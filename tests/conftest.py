"""Shared fixtures: paths to the seed reports, their golden files, and extracted reports."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import lawrep
from lawrep.models import Report

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "fixtures" / "reports"
VARIANTS = ROOT / "fixtures" / "variants"
EXPECTED = ROOT / "fixtures" / "expected"
CASES = Path(__file__).resolve().parent / "cases"
SEEDS = sorted(p.stem for p in REPORTS.glob("*.txt"))


@cache
def extracted(path: str) -> tuple[str, Report]:
    text, source = lawrep.load(path)
    return text, lawrep.extract(text, source=source)


def expected(stem: str, kind: str) -> dict[str, Any]:
    return json.loads((EXPECTED / f"{stem}.{kind}.json").read_text(encoding="utf-8"))


def cases(name: str) -> list[dict[str, Any]]:
    return json.loads((CASES / name).read_text(encoding="utf-8"))


@pytest.fixture(params=SEEDS)
def seed(request: pytest.FixtureRequest) -> str:
    return str(request.param)
