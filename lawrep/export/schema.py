"""The JSON Schema of a report, generated from the pydantic models (the single source)."""

from __future__ import annotations

import json

from ..models import SCHEMA_VERSION, Report


def schema_dict() -> dict[str, object]:
    schema = Report.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://lawrep.invalid/schemas/report-{SCHEMA_VERSION}.json"
    return schema


def schema_json() -> str:
    return json.dumps(schema_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
