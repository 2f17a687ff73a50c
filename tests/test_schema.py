"""The committed JSON Schema is generated from the models and accepts real output."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema

from lawrep.schema import schema_dict, schema_json

from .conftest import REPORTS, ROOT, extracted

SCHEMA_FILE = ROOT / "schemas" / "report.schema.json"


def test_committed_schema_is_in_sync_with_models() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_json(), (
        "schemas/report.schema.json is stale: run `lawrep schema > schemas/report.schema.json`"
    )


def test_schema_command_prints_the_same() -> None:
    out = subprocess.run([sys.executable, "-m", "lawrep", "schema"], capture_output=True, check=True)
    assert out.stdout.decode("utf-8") == schema_json()


def test_schema_accepts_every_seed(seed: str) -> None:
    _, report = extracted(str(REPORTS / f"{seed}.txt"))
    jsonschema.Draft202012Validator(schema_dict()).validate(json.loads(report.model_dump_json()))


def test_taxonomy_doc_is_in_sync() -> None:
    from lawrep.docs import taxonomy_markdown

    doc = (ROOT / "docs" / "taxonomy.md").read_text(encoding="utf-8")
    assert doc == taxonomy_markdown(), "docs/taxonomy.md is stale: run `python -m lawrep.docs > docs/taxonomy.md`"
