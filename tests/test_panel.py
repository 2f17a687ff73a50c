"""`lawrep panel`: one row per report, one honest value per cell — never a part added to its
total, never another year's figure, never two different figures summed or one picked."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from lawrep.corpus.panel import own_figures, panel_row

from .helpers import REPORTS, ROOT, SEEDS, extracted, run_cli

REALTEXTS = ROOT.parent / "shared" / "realtexts"
CORPUS = [str(p) for p in sorted(REPORTS.glob("*.txt"))] + (
    [str(p) for p in sorted(REALTEXTS.glob("*.txt"))] if REALTEXTS.is_dir() else []
)


def panel_csv(*args: str) -> list[dict[str, str]]:
    proc = run_cli("panel", *args)
    assert proc.returncode == 0, proc.stderr
    return list(csv.DictReader(io.StringIO(proc.stdout.decode("utf-8"))))


@pytest.fixture(scope="module")
def seeds_panel() -> dict[str, dict[str, str]]:
    return {Path(r["source"]).stem: r for r in panel_csv(str(REPORTS))}


# (seed, key, cell) read from the seeds by hand: the report's own figure, or "" where the report
# states two different figures for the key.
CELLS = [
    ("nanchangxian-2024", "labor_dispute.cases_received", "1590"),  # not 3180 = 1590 + 62 + 1528
    ("nanchangxian-2024", "labor_dispute.mediation_rate", ""),  # two different rates
    ("huilai-2020", "labor_dispute.cases_received", "19"),
    ("foshan-2020", "disclosure.requests", ""),  # 3 条 forwarded and 5 条 received directly: two figures
    ("foshan-2020", "admin_reconsideration.cases", "15"),
]


@pytest.mark.parametrize(("seed", "key", "cell"), CELLS)
def test_cells_hold_the_reports_own_figure(
    seeds_panel: dict[str, dict[str, str]], seed: str, key: str, cell: str
) -> None:
    assert seeds_panel[seed][key] == cell


def test_an_empty_cell_says_why_in_the_notes(seeds_panel: dict[str, dict[str, str]]) -> None:
    notes = seeds_panel["nanchangxian-2024"]["notes"]
    assert "labor_dispute.mediation_rate: different figures for one key" in notes
    assert "labor_dispute.cases_received" not in notes


def test_identity_columns(seeds_panel: dict[str, dict[str, str]]) -> None:
    row = seeds_panel["huilai-2020"]
    assert (row["agency"], row["agency_kind"], row["region_code"], row["level"], row["year"]) == (
        "惠来县人力资源和社会保障局", "hrss", "445224", "county", "2020"
    )  # fmt: skip


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: Path(p).stem)
def test_no_cell_is_a_part_another_year_or_a_sum(path: str) -> None:
    """On every seed and real text: a filled cell is the value every own figure of its key
    states, and comes from no part and no other year."""
    _, report = extracted(path)
    row = panel_row(path, report)
    own = own_figures(report)
    for key, value in row.cells.items():
        figures = [m for m in own if m.key == key]
        assert figures, key
        if value is not None:
            assert {m.value for m in figures} == {value}, key
        else:
            assert any(c.key == key for c in row.conflicts)
    parts_only = {m.key for m in report.metrics} - {m.key for m in own}
    assert not parts_only & set(row.cells)


def test_a_database_jsonl_and_texts_give_the_same_panel(tmp_path: Path) -> None:
    db, jsonl = tmp_path / "corpus.db", tmp_path / "reports.jsonl"
    assert run_cli("extract", str(REPORTS), "--format", "sqlite", "-o", str(db), "-q").returncode == 0
    assert run_cli("extract", str(REPORTS), "-o", str(jsonl), "-q").returncode == 0

    def without_source(rows: list[dict[str, str]]) -> list[dict[str, str]]:
        return [{k: v for k, v in r.items() if k != "source"} for r in rows]

    from_texts = without_source(panel_csv(str(REPORTS)))
    assert len(from_texts) == len(SEEDS)
    assert without_source(panel_csv(str(db))) == from_texts
    assert without_source(panel_csv(str(jsonl))) == from_texts
    stored = panel_csv(str(db))
    assert stored[0]["source"].endswith("#1")  # where it was read …
    assert [r["path"] for r in stored] == [r["source"] for r in panel_csv(str(REPORTS))]  # … and made from


def test_conflicts_file_lists_every_figure_with_its_span(tmp_path: Path) -> None:
    out = tmp_path / "conflicts.jsonl"
    proc = run_cli("panel", str(REPORTS / "foshan-2020.txt"), "--conflicts", str(out))
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    text, _ = extracted(str(REPORTS / "foshan-2020.txt"))
    requests = next(r for r in records if r["key"] == "disclosure.requests")
    assert sorted(f["text"] for f in requests["figures"]) == ["3条", "5条"]
    for record in records:
        for f in record["figures"]:
            assert text[f["start"] : f["end"]] == f["text"]


def test_json_and_table_formats() -> None:
    proc = run_cli("panel", str(REPORTS / "huilai-2020.txt"), "--format", "json")
    assert proc.returncode == 0
    [record] = json.loads(proc.stdout)
    assert record["labor_dispute.cases_received"] == 19 and record["region_code"] == "445224"
    table = run_cli("panel", str(REPORTS / "huilai-2020.txt"), "--format", "table")
    assert table.returncode == 0 and "labor_dispute.cases_received" in table.stdout.decode("utf-8")


def test_a_bad_input_is_one_line_and_the_others_are_in_the_panel(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"schema_version": "1", "source": {}}', encoding="utf-8")
    proc = run_cli("panel", str(REPORTS / "huilai-2020.txt"), str(bad))
    assert proc.returncode == 1
    assert proc.stderr.count(b"\n") == 1 and b"broken.json" in proc.stderr and b"Traceback" not in proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode("utf-8"))))
    assert [Path(r["source"]).stem for r in rows] == ["huilai-2020"]


@pytest.mark.parametrize("command", [["extract", "--format", "csv"], ["panel"], ["compare", "--format", "csv"]])
def test_bom_for_spreadsheets_and_only_for_csv(command: list[str]) -> None:
    seed = str(REPORTS / "huilai-2020.txt")
    with_bom = run_cli(*command, seed, "--bom")
    assert with_bom.returncode == 0, with_bom.stderr
    assert with_bom.stdout.startswith("\ufeff".encode()) and with_bom.stdout.count("\ufeff".encode()) == 1
    assert with_bom.stdout[3:] == run_cli(*command, seed).stdout[:]
    refused = run_cli(command[0], seed, "--format", "json", "--bom")
    assert refused.returncode == 2 and b"--bom" in refused.stderr and b"Traceback" not in refused.stderr
