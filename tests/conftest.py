"""Fixtures shared by the tests (helpers are in ``tests/helpers.py``)."""

from __future__ import annotations

import json

import jsonschema
import pytest

from .helpers import ROOT, SEEDS


@pytest.fixture(params=SEEDS)
def seed(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def validator() -> jsonschema.Draft202012Validator:
    """A validator of the committed JSON Schema."""
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)
