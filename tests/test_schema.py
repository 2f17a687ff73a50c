"""The JSON Schema in schemas/ is generated from the models (the single source), the command
prints the same, it accepts every seed's output and rejects broken reports; the taxonomy doc is
generated from the rule tables."""

from __future__ import annotations

import importlib.util
import json
from typing import Any

import jsonschema
import pytest

from lawrep.export.schema import schema_json

from .helpers import ROOT, SEEDS, run_cli, seed_doc

SCHEMA_FILE = ROOT / "schemas" / "report.schema.json"


def test_committed_schema_is_in_sync_with_models() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_json(), (
        "schemas/report.schema.json is stale: run `lawrep schema > schemas/report.schema.json`"
    )


def test_schema_command_prints_the_same() -> None:
    out = run_cli("schema")
    assert out.returncode == 0
    assert out.stdout.decode("utf-8") == schema_json()


@pytest.mark.parametrize("stem", SEEDS)
def test_schema_accepts_every_seed(stem: str, validator: jsonschema.Draft202012Validator) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(seed_doc(stem))]
    assert errors == []


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("metrics", 0, "qualifier"), "roughly"),
        (("metrics", 0, "colour"), "red"),
        (("meta", "date"), "2021/1/5"),
        (("quantities", 0, "start"), -1),
        (("outline", 0, "level"), 7),
        (("checks",), [{"id": "x", "severity": "fatal", "message": "", "path": "$"}]),
    ],
)
def test_schema_rejects_a_broken_report(
    where: tuple[str | int, ...], value: Any, validator: jsonschema.Draft202012Validator
) -> None:
    doc = seed_doc("huilai-2020")
    target: Any = doc
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    assert not validator.is_valid(doc)


def test_taxonomy_doc_is_in_sync() -> None:
    spec = importlib.util.spec_from_file_location("taxonomy_doc", ROOT / "scripts" / "taxonomy_doc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    doc = (ROOT / "docs" / "taxonomy.md").read_text(encoding="utf-8")
    assert doc == module.taxonomy_markdown(), (
        "docs/taxonomy.md is stale: run `python scripts/taxonomy_doc.py > docs/taxonomy.md`"
    )


def test_schema_file_is_a_2020_12_schema() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
