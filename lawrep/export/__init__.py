"""Exports: a report as JSON or JSONL, CSV rows, a drawing for the terminal, the JSON Schema.
Nothing is imported here; each command imports only the export it writes."""
