"""`lawrep compare`: two reports of one bureau (fixtures/years, written for this in the seeds'
style) and the changes the newer one states, checked by hand:

| key | 2022 | 2023 | stated in 2023 | implied | agrees |
|---|---|---|---|---|---|
| labor_dispute.cases_received | 820件 | 902件 | 同比增长10% | 902/820 − 1 = +10.0% | yes |
| labor_dispute.closure_rate | 96.5% | 97.1% | 较上年提高0.6个百分点 | +0.6 points | yes |
| wage_arrears.amount_recovered | 2150万元 | 2380万元 | 同比增长10.7% | +10.698% | yes |
| admin_reconsideration.cases | 12件 | 9件 | 较上年减少4件 | −3 | no |
| wage_arrears.workers | 1830名 | 1950名 | — | | nothing to check |
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

import lawrep
from lawrep.corpus.compare import compare

from .helpers import REPORTS, ROOT, run_cli

YEARS = ROOT / "fixtures" / "years"
OLD, NEW = str(YEARS / "linchuan-2022.txt"), str(YEARS / "linchuan-2023.txt")

EXPECTED = {
    # key: (previous, value, stated change text, consistent, the kind of change compared)
    "labor_dispute.cases_received": (820, 902, "增长10%", True, "relative"),
    "labor_dispute.closure_rate": (96.5, 97.1, "提高0.6个百分点", True, "points"),
    "wage_arrears.amount_recovered": (21_500_000, 23_800_000, "增长10.7%", True, "relative"),
    "admin_reconsideration.cases": (12, 9, "减少4件", False, "absolute"),
    "wage_arrears.workers": (1830, 1950, None, None, "relative"),
}


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str, Any]]:
    proc = run_cli("compare", str(YEARS), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return {r["key"]: r for r in json.loads(proc.stdout)}


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_each_stated_change_is_checked_against_last_year(records: dict[str, dict[str, Any]], key: str) -> None:
    previous, value, stated, consistent, kind = EXPECTED[key]
    r = records[key]
    assert (r["previous"], r["value"], r["consistent"], r["implied_kind"]) == (previous, value, consistent, kind)
    assert (r["stated_change"] or {}).get("text") == stated
    assert (r["year"], r["previous_year"], r["region_code"], r["agency_kind"]) == (2023, 2022, "361002", "hrss")


def test_both_spans_are_the_figures_text(records: dict[str, dict[str, Any]]) -> None:
    texts = {OLD: lawrep.load(OLD)[0], NEW: lawrep.load(NEW)[0]}
    for r in records.values():
        for side in ("figure", "previous_figure"):
            f = r[side]
            assert texts[f["source"]][f["start"] : f["end"]] == f["text"]
        s = r["stated_change"]
        if s:
            assert texts[NEW][s["start"] : s["end"]] == s["text"]


def test_a_key_only_one_year_states_is_not_compared(records: dict[str, dict[str, Any]]) -> None:
    assert "labor_dispute.cases_closed" not in records  # 审结790件 in 2022 only


def test_strict_exits_1_when_a_stated_change_disagrees() -> None:
    assert run_cli("compare", str(YEARS)).returncode == 0
    assert run_cli("compare", str(YEARS), "--strict").returncode == 1
    assert run_cli("compare", OLD, str(REPORTS), "--strict").returncode == 0  # nothing to pair


def test_the_table_marks_the_disagreement() -> None:
    proc = run_cli("compare", str(YEARS))
    out = proc.stdout.decode("utf-8")
    assert "1 stated change disagrees" in out
    assert "减少4件" in out and "NO" in out
    assert "-3件" in out and "+0.6 pp" in out and "+20%" in out  # the implied change says what it counts in


def test_a_database_gives_the_same_comparison(tmp_path: Path, records: dict[str, dict[str, Any]]) -> None:
    db = tmp_path / "corpus.db"
    assert run_cli("extract", str(YEARS), "--format", "sqlite", "-o", str(db), "-q").returncode == 0
    proc = run_cli("compare", str(db), "--format", "csv")
    rows = {r["key"]: r for r in csv.DictReader(io.StringIO(proc.stdout.decode("utf-8")))}
    assert set(rows) == set(records)
    assert rows["admin_reconsideration.cases"]["consistent"] == "false"
    assert rows["labor_dispute.cases_received"]["consistent"] == "true"


def small_report(year: int, body: str) -> lawrep.Report:
    name = "抚州市临川区人力资源和社会保障局"
    return lawrep.extract(
        f"{name}{year}年法治政府建设工作报告\n\n一、主要工作\n\n{body}\n\n{name}\n{year + 1}年1月16日\n"
    )


@pytest.mark.parametrize(
    ("old_body", "new_body", "key", "agrees"),
    [
        (
            "为1830名劳动者追发工资2150万元。",
            "为1950名劳动者追发工资2380万元，同比增长10.7%。",
            "wage_arrears.amount_recovered",
            True,
        ),
        (
            "为1830名劳动者追发工资2150万元。",
            "为1950名劳动者追发工资2380万元，同比增长10.8%。",
            "wage_arrears.amount_recovered",
            False,
        ),
        (
            "受理劳动人事争议案件820件。",
            "受理劳动人事争议案件910件，同比增长11%。",
            "labor_dispute.cases_received",
            True,
        ),
        (
            "受理劳动人事争议案件820件。",
            "受理劳动人事争议案件910件，同比增长10%。",
            "labor_dispute.cases_received",
            False,
        ),
    ],
)
def test_rounding_as_written_decides(old_body: str, new_body: str, key: str, agrees: bool) -> None:
    """增长10.7% from 2150万元 to 2380万元 agrees (10.698%); 10.8% does not. 820件 to 910件 is
    +10.98%: 增长11% agrees, 增长10% does not."""
    found, skipped = compare([("old", small_report(2022, old_body)), ("new", small_report(2023, new_body))])
    assert skipped == []
    [c] = [c for c in found if c.key == key]
    assert c.consistent is agrees
