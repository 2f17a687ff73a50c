"""The checks of issue 5 on the library level: each check has a passing case (a seed as extracted)
and a failing case (the seed's JSON mutated), asserted on check ids and severities through
``lawrep.corpus.validate.check_document``.

Seed facts the mutations rely on (see fixtures/reports/); metrics are found by key and text, not
by index, so that a better extraction does not shift them:
  huilai-2020        受理…19宗,其中开庭13宗,置换调解5宗,撤诉1宗 (parts of the 19), 追发拖欠工资7476.62万元,
                     签订率98.5%; outline 一..四 = the four required parts; year 2020, signed 2021-01-05.
  wuzhou-2021        25件, 其中维持19件, 撤回2件, 未结案的4件 (parts of the 25); 出庭应诉率100%; 缩减40%.
  nanchangxian-2024  1590件 with parts 62件 and 1528件; 54起 mediated of the 62; 调解成功率87%.
"""

from __future__ import annotations

import copy
import math
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawrep.corpus.reread import value_checks
from lawrep.corpus.validate import Result, check_document
from lawrep.models import Check, Report
from lawrep.stages.checks import invariants

from .helpers import REPORTS, ROOT, SEEDS, Doc, at, extracted, seed_json


def huilai(doc: Doc) -> dict[str, int]:
    """Indices of the huilai-2020 metrics the tests use."""
    return {
        "total": at(doc, "labor_dispute.cases_received", "19宗"),
        "hearings": at(doc, "labor_dispute.hearings", "13宗"),
        "closure": at(doc, "labor_dispute.closure_rate", "100%"),
        "money": at(doc, "wage_arrears.amount_recovered", "7476.62万元"),
        "share": at(doc, "labor_contracts.signing_rate", "98.5%"),
        "referrals": at(doc, "labor_inspection.criminal_referrals", "4件"),
        "penalties": at(doc, "labor_inspection.penalties", "3件"),
    }


def run(doc: Doc, text: str | None = None) -> Result:
    return check_document(doc, "test", text)


def found(result: Result) -> set[tuple[str, str]]:
    """(id, severity) of every check."""
    return {(c.id, c.severity) for c in result.checks}


def ids(result: Result) -> list[str]:
    return [c.id for c in result.checks]


def errors(result: Result) -> list[Check]:
    return [c for c in result.checks if c.severity == "error"]


def with_id(result: Result, id_: str) -> list[Check]:
    return [c for c in result.checks if c.id == id_]


def arithmetic(result: Result) -> list[tuple[str, str, str]]:
    """(id, severity, path) of the arithmetic checks: the tests of arithmetic edit values, which
    ``invariant.value_text`` also reports (their text says otherwise; see the re-reading tests)."""
    return [(c.id, c.severity, c.path) for c in result.checks if c.id.startswith("arithmetic.")]


def without_path(doc: Doc) -> Doc:
    """The report as if read from stdin: its text cannot be found, so spans are only bounds-checked."""
    doc["source"]["path"] = None
    return doc


# --------------------------------------------------------------------------------------------
# The seeds themselves
# --------------------------------------------------------------------------------------------


def test_seeds_are_the_five_reports() -> None:
    assert SEEDS == ["foshan-2020", "huilai-2020", "nanchangxian-2024", "shenzhen-2017", "wuzhou-2021"]


@pytest.mark.parametrize("stem", SEEDS)
def test_seed_has_no_errors_with_or_without_its_text(stem: str) -> None:
    text, doc = seed_json(stem)
    assert errors(run(doc, text)) == []
    assert errors(run(doc)) == []


@pytest.mark.parametrize("stem", SEEDS)
def test_extract_carries_the_checks_that_validate_finds(stem: str) -> None:
    """`lawrep extract` puts checks 2-4 into its own checks[]: the same ones validate computes."""
    text, report = extracted(str(REPORTS / f"{stem}.txt"))
    carried = [c.model_dump() for c in report.checks if not c.id.startswith("outline.")]
    recomputed = [c.model_dump() for c in run(report.model_dump(mode="json"), text).checks]
    assert carried == recomputed


TRUE_WARNINGS: dict[str, set[str]] = {
    # foshan has no part on the leaders' duties (一..六 measures, 七 shortcomings, 八 next year).
    "foshan-2020": {"completeness.missing_leader_duties"},
    "huilai-2020": set(),
    # nanchangxian ends with 专此报告 and neither signature nor date.
    "nanchangxian-2024": {"completeness.date_unknown"},
    # shenzhen 2017 has only five parts of measures (written before the 2019 regulation), unsigned.
    "shenzhen-2017": {
        "completeness.missing_shortcomings",
        "completeness.missing_leader_duties",
        "completeness.missing_next_year_plan",
        "completeness.date_unknown",
    },
    "wuzhou-2021": set(),
}


@pytest.mark.parametrize("stem", SEEDS)
def test_seed_warnings_are_the_true_ones(stem: str) -> None:
    text, doc = seed_json(stem)
    result = run(doc, text)
    assert {c.id for c in result.checks} == TRUE_WARNINGS[stem]
    assert all(c.severity == "warning" for c in result.checks)


# --------------------------------------------------------------------------------------------
# 1. Schema
# --------------------------------------------------------------------------------------------


def test_schema_reports_every_failing_field_with_its_path() -> None:
    _, doc = seed_json("huilai-2020")
    del doc["source"]["sha256"]  # missing required field
    doc["meta"]["year"] = "二〇二〇"  # wrong type
    doc["meta"]["date"] = "2021/1/5"  # malformed date
    doc["metrics"][0]["qualifier"] = "roughly"  # unknown enum value
    doc["metrics"][1]["colour"] = "red"  # unknown field
    doc["quantities"][3]["start"] = -1  # below the minimum
    result = run(doc)
    assert all(c.severity == "error" and c.id.startswith("schema.") for c in result.checks)
    paths = {c.path for c in result.checks}
    assert paths == {
        "$.source.sha256",
        "$.meta.year",
        "$.meta.date",
        "$.metrics[0].qualifier",
        "$.metrics[1].colour",
        "$.quantities[3].start",
    }
    assert ("schema.missing", "error") in found(result)
    assert ("schema.extra_forbidden", "error") in found(result)
    assert ("schema.literal_error", "error") in found(result)


@pytest.mark.parametrize(
    ("where", "value", "path"),
    [
        (("metrics", 2, "value"), None, "$.metrics[2].value"),
        (("metrics", 2, "value"), [13], "$.metrics[2].value"),
        (("metrics", 2, "part_of"), 17.5, "$.metrics[2].part_of"),
        (("metrics", 2, "key"), "Labor-Dispute.Hearings", "$.metrics[2].key"),
        (("metrics", 2, "section"), "一", "$.metrics[2].section"),
        (("quantities", 0, "qualifier"), "about", "$.quantities[0].qualifier"),
        (("outline", 0, "level"), 5, "$.outline[0].level"),
        (("outline", 0, "canonical"), "achievements", "$.outline[0].canonical"),
        (
            ("checks",),
            [{"id": "x", "severity": "fatal", "message": "m", "path": "$"}],
            "$.checks[0].severity",
        ),
        (("meta", "agency"), "惠来县人力资源和社会保障局", "$.meta.agency"),
        (("meta", "date"), "5 January 2021", "$.meta.date"),
        (("meta",), [], "$.meta"),
        (("source", "chars"), -5, "$.source.chars"),
        (("schema_version",), 1.0, "$.schema_version"),
    ],
)
def test_schema_rejects_a_wrong_value_at_its_path(where: tuple[str | int, ...], value: Any, path: str) -> None:
    _, doc = seed_json("huilai-2020")
    target: Any = doc
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    result = run(doc)
    assert result.checks
    assert all(c.id.startswith("schema.") and c.severity == "error" for c in result.checks)
    assert all(c.path == path or c.path.startswith(path + ".") for c in result.checks)


@pytest.mark.parametrize("bad", [None, [13], {"value": 13}])
def test_a_wrong_number_is_one_check_at_the_field_path(bad: Any) -> None:
    _, doc = seed_json("huilai-2020")
    doc["metrics"][2]["value"] = bad
    assert [c.path for c in run(doc).checks] == ["$.metrics[2].value"]


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("metrics", 2, "value"), "13"),
        (("metrics", 2, "value"), True),
        (("meta", "year"), "2020"),
        (("metrics", 2, "start"), "5"),
        (("meta", "agency", "inferred"), "true"),
        (("meta", "agency", "inferred"), 1),
    ],
)
def test_no_silent_coercion_of_wrong_types(where: tuple[str | int, ...], value: Any) -> None:
    _, doc = seed_json("huilai-2020")
    target: Any = doc
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    dotted = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in where)
    result = run(doc)
    assert any(c.id.startswith("schema.") and c.path.startswith(dotted) for c in result.checks)


@pytest.mark.parametrize("where", [(), ("meta",), ("metrics", 0), ("outline", 0), ("source",), ("meta", "agency")])
def test_schema_rejects_unknown_fields(where: tuple[str | int, ...]) -> None:
    _, doc = seed_json("huilai-2020")
    target: Any = doc
    for step in where:
        target = target[step]
    target["extra_field"] = 1
    result = run(doc)
    assert ids(result) == ["schema.extra_forbidden"]
    assert result.checks[0].path.endswith(".extra_field")
    assert result.checks[0].severity == "error"


@pytest.mark.parametrize("field", ["source", "metrics.0.key", "outline.0.title", "quantities.0.unit"])
def test_schema_reports_missing_required_fields(field: str) -> None:
    _, doc = seed_json("huilai-2020")
    *parents, last = [int(p) if p.isdigit() else p for p in field.split(".")]
    target: Any = doc
    for step in parents:
        target = target[step]
    del target[last]
    result = run(doc)
    assert found(result) == {("schema.missing", "error")}


@pytest.mark.parametrize("bad", ["2021-02-30", "2021-13-45", "2021-00-10"])
def test_schema_rejects_an_impossible_date(bad: str) -> None:
    _, doc = seed_json("huilai-2020")
    doc["meta"]["date"] = bad
    result = run(doc)
    assert any(c.severity == "error" and c.path.endswith("meta.date") for c in result.checks)


@pytest.mark.parametrize("data", [[], [{"schema_version": "1.0"}], "report", 42, None, True])
def test_a_report_must_be_an_object(data: Any) -> None:
    result = run(data)
    assert found(result) == {("schema.top_level", "error")}


def test_an_error_record_of_a_batch_is_an_error() -> None:
    record = {"error": {"path": "x.txt", "id": "binary", "message": "this is a PDF document, not a text report"}}
    result = run(record)
    assert found(result) == {("input.error_record", "error")}
    assert "PDF" in result.checks[0].message


def test_deeply_nested_outline_is_an_error_not_a_crash() -> None:
    _, doc = seed_json("huilai-2020")
    section = copy.deepcopy(doc["outline"][0])
    section["children"], section["items"] = [], []
    root = copy.deepcopy(section)
    node = root
    for _ in range(600):
        child = copy.deepcopy(section)
        node["children"] = [child]
        node = child
    doc["outline"] = [root]
    result = run(doc)
    assert errors(result)
    assert all(c.id.startswith("schema.") for c in errors(result))


# --------------------------------------------------------------------------------------------
# 2. Invariants
# --------------------------------------------------------------------------------------------


def test_span_text_must_be_what_the_source_has() -> None:
    text, doc = seed_json("huilai-2020")
    assert with_id(run(doc, text), "invariant.span_text") == []
    i = huilai(doc)["hearings"]
    doc["metrics"][i]["text"] = "14宗"
    result = run(doc, text)
    assert found(result) == {("invariant.span_text", "error")}
    assert result.checks[0].path == f"metrics[{i}]"
    # Without --text the text is found by source.path, and the span checked exactly all the same.
    assert found(run(doc)) == {("invariant.span_text", "error")}
    # When it cannot be found, only the bounds are checked, and a warning says so; the edit is
    # still caught, as the value 13 is not what the text 14宗 says.
    result = run(without_path(doc))
    assert [(c.id, c.severity, c.path) for c in result.checks] == [
        ("input.text_unavailable", "warning", "source.path"),
        ("invariant.value_text", "error", f"metrics[{i}].value"),
    ]


@pytest.mark.parametrize(
    ("where", "path"),
    [
        (("quantities", 5), "quantities[5]"),
        (("meta", "agency"), "meta.agency"),
        (("meta", "date_evidence"), "meta.date_evidence"),
        (("closing",), "closing"),
    ],
)
def test_span_text_checked_everywhere(where: tuple[str | int, ...], path: str) -> None:
    text, doc = seed_json("huilai-2020")
    target: Any = doc
    for step in where:
        target = target[step]
    assert target is not None, "the seed has this span"
    target["text"] = target["text"] + "X"
    result = run(doc, text)
    assert [(c.id, c.severity, c.path) for c in result.checks] == [("invariant.span_text", "error", path)]


@pytest.mark.parametrize("with_text", [True, False])
@pytest.mark.parametrize(
    ("where", "path"),
    [
        (("metrics", 2), "metrics[2]"),
        (("quantities", 0), "quantities[0]"),
        (("outline", 3), "outline[3]"),
        (("meta", "agency"), "meta.agency"),
    ],
)
def test_span_outside_the_text(where: tuple[str | int, ...], path: str, with_text: bool) -> None:
    text, doc = seed_json("huilai-2020")
    target: Any = doc
    for step in where:
        target = target[step]
    target["end"] = len(text) + 5
    result = run(doc, text if with_text else None)
    assert (path, "invariant.span_bounds", "error") in {(c.path, c.id, c.severity) for c in result.checks}


def test_span_with_end_before_start() -> None:
    _, doc = seed_json("huilai-2020")
    m = doc["metrics"][huilai(doc)["hearings"]]
    m["start"], m["end"] = m["end"], m["start"]
    assert ("invariant.span_bounds", "error") in found(run(doc))


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
@pytest.mark.parametrize("where", [("metrics", 2, "value"), ("quantities", 3, "value"), ("quantities", 3, "high")])
def test_values_are_finite(where: tuple[str, int, str], bad: float) -> None:
    _, doc = seed_json("huilai-2020")
    kind, i, name = where
    if name == "high":
        doc[kind][i]["qualifier"] = "range"
    doc[kind][i][name] = bad
    result = run(doc)
    assert ("invariant.finite", "error") in found(result)
    assert f"{kind}[{i}].{name}" in {c.path for c in with_id(result, "invariant.finite")}


@pytest.mark.parametrize(
    ("value", "ok"), [(0, True), (100, True), (98.5, True), (100.5, False), (150, False), (-1, False)]
)
def test_shares_lie_in_0_to_100(value: float, ok: bool) -> None:
    _, doc = seed_json("huilai-2020")
    i = huilai(doc)["share"]  # 劳动合同签订率98.5%
    doc["metrics"][i]["value"] = value
    result = run(doc)
    if ok:
        assert with_id(result, "invariant.share") == []
    else:
        assert [(c.id, c.severity, c.path) for c in result.checks] == [
            ("invariant.share", "error", f"metrics[{i}].value"),
            ("invariant.value_text", "error", f"metrics[{i}].value"),  # its text says 98.5%
        ]


def test_a_cut_is_a_change_not_a_share() -> None:
    _, doc = seed_json("wuzhou-2021")
    assert doc["metrics"][at(doc, "services.materials_cut", "缩减40%")]["value"] == -40
    assert with_id(run(doc), "invariant.share") == []


@pytest.mark.parametrize("where", ["itself", "past the end", "far past the end", "negative"])
def test_part_of_must_point_at_another_metric(where: str) -> None:
    _, doc = seed_json("huilai-2020")
    i, n = huilai(doc)["hearings"], len(doc["metrics"])
    doc["metrics"][i]["part_of"] = {"itself": i, "past the end": n, "far past the end": 99, "negative": -1}[where]
    result = run(doc)
    assert ("invariant.part_of", "error") in found(result)
    assert f"metrics[{i}].part_of" in {c.path for c in with_id(result, "invariant.part_of")}


def test_part_of_cannot_link_a_count_to_money() -> None:
    _, doc = seed_json("huilai-2020")
    h = huilai(doc)
    doc["metrics"][h["hearings"]]["part_of"] = h["money"]  # 13宗 as a part of 7476.62万元
    result = run(doc)
    assert [(c.id, c.severity, c.path) for c in errors(result)] == [
        ("invariant.part_of", "error", f"metrics[{h['hearings']}].part_of")
    ]


@pytest.mark.parametrize(("part", "total"), [("hearings", "closure"), ("closure", "total")])
def test_part_of_must_share_the_dimension(part: str, total: str) -> None:
    _, doc = seed_json("huilai-2020")
    h = huilai(doc)  # closure is 结案率100%, total 19宗
    doc["metrics"][h[part]]["part_of"] = h[total]
    assert ("invariant.part_of", "error") in found(run(doc))


def test_quantities_in_document_order() -> None:
    _, doc = seed_json("huilai-2020")
    assert with_id(run(doc), "invariant.order") == []
    q = doc["quantities"]
    q[4], q[5] = q[5], q[4]
    result = run(doc)
    assert [(c.id, c.severity, c.path) for c in result.checks] == [("invariant.order", "error", "quantities[5]")]


def test_quantities_do_not_overlap() -> None:
    _, doc = seed_json("huilai-2020")
    q = doc["quantities"]
    q[5]["start"] = q[4]["end"] - 1
    assert ("invariant.order", "error") in found(run(doc))


def test_range_ends_in_order() -> None:
    _, doc = seed_json("huilai-2020")
    q = doc["quantities"][0]
    q["qualifier"], q["high"] = "range", q["value"] + 1
    assert with_id(run(doc), "invariant.range") == []  # (its text says no range: invariant.value_text)
    q["high"] = q["value"] - 1
    assert [c.severity for c in with_id(run(doc), "invariant.range")] == ["error"]


# --------------------------------------------------------------------------------------------
# 3. Arithmetic consistency
# --------------------------------------------------------------------------------------------

BREAKDOWNS = [
    # stem, the total, a part, the part's value that makes the parts exceed the total
    ("huilai-2020", ("labor_dispute.cases_received", "19宗"), ("labor_dispute.hearings", "13宗"), 14),
    ("wuzhou-2021", ("admin_disputes.cases", "25件"), ("admin_disputes.upheld", "19件"), 20),
    (
        "nanchangxian-2024",
        ("labor_dispute.cases_received", "1590件"),
        ("labor_dispute.cases_received", "1528件"),
        1529,
    ),
]


@pytest.mark.parametrize(("stem", "total_metric", "part_metric", "value"), BREAKDOWNS)
def test_parts_do_not_exceed_their_total(
    stem: str, total_metric: tuple[str, str], part_metric: tuple[str, str], value: int
) -> None:
    _, doc = seed_json(stem)
    total, part = at(doc, *total_metric), at(doc, *part_metric)
    assert doc["metrics"][part]["part_of"] == total
    parts = [m["value"] for m in doc["metrics"] if m["part_of"] == total]
    assert sum(parts) == doc["metrics"][total]["value"], "the seed adds up"
    assert with_id(run(doc), "arithmetic.parts_exceed_total") == []
    doc["metrics"][part]["value"] = value
    result = run(doc)
    assert [(c.id, c.severity, c.path) for c in result.checks if c.id not in TRUE_WARNINGS[stem]] == [
        ("invariant.value_text", "error", f"metrics[{part}].value"),  # the edited part: its text says otherwise
        ("arithmetic.parts_exceed_total", "error", f"metrics[{total}]"),
    ]
    check = result.checks[1]
    assert (check.start, check.end) == (doc["metrics"][total]["start"], doc["metrics"][total]["end"])


def test_a_smaller_total_is_caught_too() -> None:
    _, doc = seed_json("huilai-2020")
    doc["metrics"][huilai(doc)["total"]]["value"] = 18
    assert ("arithmetic.parts_exceed_total", "error") in found(run(doc))


def test_approximate_parts_may_exceed_the_total() -> None:
    _, doc = seed_json("huilai-2020")
    i = huilai(doc)["hearings"]
    doc["metrics"][i]["value"] = 14
    doc["metrics"][i]["qualifier"] = "more_than"
    assert with_id(run(doc), "arithmetic.parts_exceed_total") == []


@pytest.mark.parametrize(("rate", "ok"), [(87, True), (87.1, True), (88, True), (86.5, True), (85, False), (95, False)])
def test_rate_agrees_with_its_counts(rate: float, ok: bool) -> None:
    _, doc = seed_json("nanchangxian-2024")  # 54 of 62 → 87.1%
    i = at(doc, "labor_dispute.mediation_rate", "87%")
    doc["metrics"][i]["value"] = rate
    want = [] if ok else [("arithmetic.rate_mismatch", "warning", f"metrics[{i}]")]
    assert arithmetic(run(doc)) == want


def test_rate_check_survives_a_bad_part_of() -> None:
    _, doc = seed_json("nanchangxian-2024")
    doc["metrics"][at(doc, "labor_dispute.mediated", "54起")]["part_of"] = 99
    result = run(doc)
    assert ("invariant.part_of", "error") in found(result)


def test_closure_rate_of_100_beside_pending_cases() -> None:
    _, doc = seed_json("wuzhou-2021")
    rate = at(doc, "admin_litigation.appearance_rate", "100%")
    pending = at(doc, "admin_disputes.pending", "4件")
    doc["metrics"][rate]["key"] = "labor_dispute.closure_rate"  # 100%, beside 未结案的4件
    result = run(doc)
    assert [(c.id, c.severity, c.path) for c in result.checks] == [
        ("arithmetic.rate_with_pending", "warning", f"metrics[{rate}]")
    ]
    doc["metrics"][pending]["value"] = 0  # nothing pending
    assert arithmetic(run(doc)) == []
    doc["metrics"][pending]["value"] = 4
    doc["metrics"][rate]["value"] = 90  # not claimed to be all closed
    assert arithmetic(run(doc)) == []


def test_one_key_with_conflicting_values_in_a_sentence() -> None:
    _, doc = seed_json("huilai-2020")
    # 移送涉嫌犯罪案件4件 … 作出行政处罚3件: make both the same thing measured twice.
    h = huilai(doc)
    a, b = doc["metrics"][h["referrals"]], doc["metrics"][h["penalties"]]
    b["key"], b["subject"] = a["key"], a["subject"]
    result = run(doc)
    assert [(c.id, c.severity, c.path) for c in result.checks] == [
        ("arithmetic.conflicting_values", "warning", f"metrics[{h['penalties']}]")
    ]
    b["value"] = a["value"]  # the same value twice is no conflict (though not what b's text says)
    assert arithmetic(run(doc)) == []


def test_one_key_for_two_subjects_is_a_list_not_a_conflict() -> None:
    _, doc = seed_json("huilai-2020")
    h = huilai(doc)
    a, b = doc["metrics"][h["referrals"]], doc["metrics"][h["penalties"]]
    b["key"], b["subject"] = a["key"], a["subject"] + "以外"
    assert run(doc).checks == []


# --------------------------------------------------------------------------------------------
# 4. Completeness
# --------------------------------------------------------------------------------------------

PARTS = ["measures_and_results", "shortcomings", "leader_duties", "next_year_plan"]


@pytest.mark.parametrize("part", PARTS)
def test_each_required_part_is_there(part: str) -> None:
    text, doc = seed_json("huilai-2020")
    assert [s["canonical"] for s in doc["outline"]] == PARTS
    doc["outline"] = [s for s in doc["outline"] if s["canonical"] != part]
    result = run(doc, text)
    assert [(c.id, c.severity, c.path) for c in result.checks] == [
        (f"completeness.missing_{part}", "warning", "outline")
    ]


def test_a_part_counts_only_at_level_1() -> None:
    _, doc = seed_json("huilai-2020")
    dropped = doc["outline"].pop(1)
    doc["outline"][0]["children"].append({**dropped, "level": 2})
    assert ("completeness.missing_shortcomings", "warning") in found(run(doc))


def test_no_outline_misses_all_four_parts() -> None:
    _, doc = seed_json("huilai-2020")
    doc["outline"] = []
    assert found(run(doc)) == {(f"completeness.missing_{p}", "warning") for p in PARTS}


def test_year_unknown() -> None:
    _, doc = seed_json("huilai-2020")
    doc["meta"]["year"] = None
    assert [(c.id, c.severity, c.path) for c in run(doc).checks] == [
        ("completeness.year_unknown", "warning", "meta.year")
    ]


def test_agency_unknown() -> None:
    _, doc = seed_json("huilai-2020")
    doc["meta"]["agency"] = None
    assert [(c.id, c.severity, c.path) for c in run(doc).checks] == [
        ("completeness.agency_unknown", "warning", "meta.agency")
    ]


@pytest.mark.parametrize(
    ("signed", "want"),
    [
        ("2021-01-05", set()),  # as signed
        ("2021-03-01", set()),  # on the deadline
        ("2021-03-02", {("completeness.signed_late", "warning")}),
        ("2021-12-31", {("completeness.signed_late", "warning")}),
        ("2020-12-01", set()),  # a month before the year ends
        ("2020-11-30", {("completeness.signed_early", "error")}),
        ("2020-01-05", {("completeness.signed_early", "error")}),  # the year misread
        ("2019-12-20", {("completeness.signed_early", "error")}),
    ],
)
def test_signed_in_time(signed: str, want: set[tuple[str, str]]) -> None:
    _, doc = seed_json("huilai-2020")
    assert doc["meta"]["year"] == 2020
    doc["meta"]["date"] = signed
    result = run(doc)
    assert found(result) == want
    for c in result.checks:
        ev = doc["meta"]["date_evidence"]
        assert (c.path, c.start, c.end) == ("meta.date", ev["start"], ev["end"])


def test_no_timeliness_without_a_year_or_a_date() -> None:
    _, doc = seed_json("huilai-2020")
    doc["meta"]["date"] = "2030-06-01"
    doc["meta"]["year"] = None
    assert ids(run(doc)) == ["completeness.year_unknown"]
    _, doc = seed_json("huilai-2020")
    doc["meta"]["date"] = None
    assert ids(run(doc)) == ["completeness.date_unknown"]  # no timeliness check, only the missing date


@settings(max_examples=60, deadline=None)
@given(year=st.integers(1990, 2100), signed=st.dates(date(1985, 1, 1), date(2105, 12, 31)))
def test_timeliness_agrees_with_the_regulation(year: int, signed: date) -> None:
    _, doc = seed_json("huilai-2020")
    doc["meta"]["year"] = year
    doc["meta"]["date"] = signed.isoformat()
    got = {c.id for c in run(doc).checks}
    late = signed > date(year + 1, 3, 1)
    early = signed < date(year, 12, 1)
    assert ("completeness.signed_late" in got) == late
    assert ("completeness.signed_early" in got) == early


@pytest.mark.parametrize("year", [9999, 10**30, -5])
def test_an_absurd_year_is_reported_not_a_crash(year: int) -> None:
    _, doc = seed_json("huilai-2020")
    doc["meta"]["year"] = year
    result = run(doc)
    assert any(c.path.endswith("meta.year") or c.path.endswith("meta.date") for c in result.checks)


@pytest.mark.parametrize("where", ["hearings", "total", "quantity"])
def test_a_huge_integer_is_reported_not_a_crash(where: str) -> None:
    _, doc = seed_json("huilai-2020")
    target = doc["quantities"][3] if where == "quantity" else doc["metrics"][huilai(doc)[where]]
    target["value"] = 10**400
    result = run(doc)
    assert errors(result)


@pytest.mark.parametrize(
    ("published", "late"), [("2021-03-31", False), ("2021-04-01", False), ("2021-04-02", True), (None, False)]
)
def test_a_page_published_after_1_april_is_late(published: str | None, late: bool) -> None:
    _, doc = seed_json("huilai-2020")
    doc["source"]["format"] = "html"
    doc["source"]["page"] = {"title": None, "published": published, "publisher": None}
    assert ("completeness.published_late" in ids(run(doc))) is late


# --------------------------------------------------------------------------------------------
# 5. What a report claims and its text must back (issue: a validate that catches lies)
# --------------------------------------------------------------------------------------------


def quantity_at(doc: Doc, text: str) -> int:
    """The index of the one quantity with this text."""
    hits = [i for i, q in enumerate(doc["quantities"]) if q["text"] == text]
    assert len(hits) == 1, f"{text}: {hits}"
    return hits[0]


def value_text(result: Result) -> list[tuple[str, str, str]]:
    return [(c.id, c.severity, c.path) for c in result.checks if c.id == "invariant.value_text"]


LIES: list[Any] = [
    # stem, the figure (a metric by key and text, or a quantity by text), the edit, the fields
    # reported when the text is at hand (read in context), and when it is not (the span alone).
    pytest.param("foshan-2020", ("services.items", "97项"), {"value": 197}, ["value"], ["value"], id="value"),
    pytest.param("foshan-2020", ("services.items", "97项"), {"unit": "元"}, ["unit"], ["unit"], id="unit"),
    pytest.param("foshan-2020", "97项", {"value": 255}, ["value"], ["value"], id="quantity-value"),
    pytest.param(
        "foshan-2020", ("services.items", "97项"), {"value": 98, "unit": "件"}, ["value", "unit"], ["value", "unit"],
        id="value-and-unit",
    ),
    pytest.param(
        "huilai-2020", ("wage_arrears.amount_recovered", "7476.62万元"), {"value": 7476.62}, ["value"], ["value"],
        id="money-not-in-yuan",
    ),
    pytest.param("wuzhou-2021", ("services.materials_cut", "缩减40%"), {"value": 40}, ["value"], ["value"], id="sign"),
    pytest.param(
        "foshan-2020", ("legal_education.participants", "约1500人"), {"qualifier": "exact"}, ["qualifier"],
        ["qualifier"], id="qualifier-dropped",
    ),
    # An exact reading of the span alone cannot contradict a qualifier: the word may stand
    # outside the span (约占10%). With the text at hand the context settles it.
    pytest.param(
        "huilai-2020", ("labor_dispute.hearings", "13宗"), {"qualifier": "approx"}, ["qualifier"], [],
        id="qualifier-added",
    ),
    pytest.param(
        "huilai-2020", ("labor_dispute.hearings", "13宗"), {"qualifier": "range", "high": 15}, ["high", "qualifier"],
        ["high"], id="range-added",
    ),
    pytest.param("shenzhen-2017", "10%", {"qualifier": "exact"}, ["qualifier"], [], id="yuezhan-made-exact"),
]  # fmt: skip


@pytest.mark.parametrize("with_text", [True, False], ids=["text", "span-alone"])
@pytest.mark.parametrize(("stem", "figure", "edit", "in_context", "alone"), LIES)
def test_a_figure_its_text_does_not_say(
    stem: str, figure: Any, edit: dict[str, Any], in_context: list[str], alone: list[str], with_text: bool
) -> None:
    text, doc = seed_json(stem)
    kind, i = ("quantities", quantity_at(doc, figure)) if isinstance(figure, str) else ("metrics", at(doc, *figure))
    claimed = dict(doc[kind][i])
    doc[kind][i].update(edit)
    result = run(doc, text) if with_text else run(without_path(doc))
    want = in_context if with_text else alone
    assert value_text(result) == [("invariant.value_text", "error", f"{kind}[{i}].{f}") for f in want]
    span = figure if isinstance(figure, str) else figure[1]
    for c in with_id(result, "invariant.value_text"):  # one line each, with both values and the text
        name = c.path.rsplit(".", 1)[1]
        said = "null" if claimed[name] is None else claimed[name]
        assert f"{name} {edit[name]} " in c.message and f"({said})" in c.message and repr(span) in c.message


@pytest.mark.parametrize("stem", SEEDS)
def test_every_seed_figure_reads_as_its_text_says_alone_too(stem: str) -> None:
    """The span-alone reading (no text at hand) agrees with every figure of every seed: only
    the warning that the text was not at hand remains."""
    _, doc = seed_json(stem)
    result = run(without_path(doc))
    assert errors(result) == []
    assert {c.id for c in result.checks} == TRUE_WARNINGS[stem] | {"input.text_unavailable"}


DOCUMENTS = sorted(
    str(p.relative_to(ROOT))
    for p in (ROOT / "fixtures" / "documents").glob("*/*")
    if p.suffix in (".docx", ".html", ".pdf") and p.stem.split(".")[0] in SEEDS
)


@pytest.mark.parametrize("path", DOCUMENTS)
def test_every_figure_of_a_document_reads_as_its_text_says(path: str) -> None:
    """Pages, Word files and PDFs: each figure read in context, and alone, says its value."""
    text, report = extracted(str(ROOT / path))
    doc = report.model_dump(mode="json")
    assert errors(run(doc, text)) == []
    assert errors(run(without_path(doc))) == []


@pytest.mark.parametrize(("status", "severity"), [("corrected", "warning"), ("confirmed", "error")])
def test_a_metric_a_reviewer_corrected_is_a_note(status: str, severity: str) -> None:
    text, doc = seed_json("foshan-2020")
    i = at(doc, "services.items", "97项")
    doc["metrics"][i]["value"] = 98
    original = 97 if status == "corrected" else None
    doc["metrics"][i]["review"] = {"status": status, "original_value": original}
    found = value_checks(Report.model_validate(doc), text)
    assert [(c.id, c.severity, c.path) for c in found] == [("invariant.value_text", severity, f"metrics[{i}].value")]
    assert ("reviewer" in found[0].message) is (status == "corrected")


@pytest.mark.parametrize(
    ("key", "ok"),
    [
        ("wage_arrears.amount_recovered", True),
        ("wage_arrears.amount_recoverd", False),  # misspelt
        ("wages.amount_recovered", False),  # no such domain
        ("labor_dispute.closure_rates", False),
    ],
)
def test_metric_keys_come_from_the_taxonomy(key: str, ok: bool) -> None:
    text, doc = seed_json("huilai-2020")
    i = huilai(doc)["money"]
    doc["metrics"][i]["key"] = key
    want = [] if ok else [("invariant.unknown_key", "error", f"metrics[{i}].key")]
    assert [(c.id, c.severity, c.path) for c in errors(run(doc, text))] == want
    if not ok:
        assert repr(key) in with_id(run(doc, text), "invariant.unknown_key")[0].message


def test_a_custom_key_is_no_unknown_key() -> None:
    """``custom:`` keys pass the taxonomy check; the model's key pattern still refuses them."""
    text, doc = seed_json("huilai-2020")
    i = huilai(doc)["money"]
    report = Report.model_validate(doc)
    report.metrics[i].key = "custom:wages_per_worker"
    assert [c.id for c in invariants(report, text)] == []
    doc["metrics"][i]["key"] = "custom:wages_per_worker"
    assert found(run(doc, text)) == {("schema.string_pattern_mismatch", "error")}


@pytest.mark.parametrize(
    ("year", "period", "bad"),
    [(2020, None, False), (2020, 2019, False), (2020, 2020, True), (None, 2020, False)],
)
def test_period_only_for_another_year(year: int | None, period: int | None, bad: bool) -> None:
    text, doc = seed_json("huilai-2020")
    i = huilai(doc)["hearings"]
    doc["meta"]["year"], doc["metrics"][i]["period"] = year, period
    got = [(c.id, c.severity, c.path) for c in run(doc, text).checks if c.id.startswith("invariant.")]
    assert got == ([("invariant.period", "error", f"metrics[{i}].period")] if bad else [])


TOP_LEVEL = ["schema_version", "source", "meta", "preamble", "closing", "outline", "quantities", "metrics", "checks"]


def test_the_top_level_fields_are_the_models() -> None:
    assert list(Report.model_fields) == TOP_LEVEL


@pytest.mark.parametrize("field", TOP_LEVEL)
def test_every_top_level_field_must_be_there(field: str) -> None:
    """A deleted ``metrics`` is no empty list: one ``schema.missing`` at its path."""
    _, doc = seed_json("huilai-2020")
    del doc[field]
    assert [(c.id, c.severity, c.path) for c in run(doc).checks] == [("schema.missing", "error", f"$.{field}")]


def test_a_deleted_year_is_an_error_and_a_null_one_a_warning() -> None:
    _, doc = seed_json("huilai-2020")
    del doc["meta"]["year"]
    assert [(c.id, c.severity, c.path) for c in run(doc).checks] == [("schema.missing", "error", "$.meta.year")]
    doc["meta"]["year"] = None
    assert [(c.id, c.severity) for c in run(doc).checks] == [("completeness.year_unknown", "warning")]


def test_missing_fields_and_other_schema_errors_each_one_line() -> None:
    _, doc = seed_json("huilai-2020")
    del doc["metrics"], doc["meta"]["year"], doc["source"]
    doc["meta"]["date"] = "2021/1/5"
    paths = [c.path for c in run(doc).checks]
    assert sorted(paths) == ["$.meta.date", "$.meta.year", "$.metrics", "$.source"]
    assert all(c.severity == "error" and c.id.startswith("schema.") for c in run(doc).checks)


# The text found by itself (no --text): source.path, when the file is the one the report was
# made from.


def test_the_text_is_found_by_source_path() -> None:
    _, doc = seed_json("huilai-2020")
    i = huilai(doc)["hearings"]
    doc["metrics"][i]["start"] += 1
    doc["metrics"][i]["end"] += 1  # shifted by one: still inside the text, but not 13宗
    assert [(c.id, c.severity, c.path) for c in run(doc).checks] == [("invariant.span_text", "error", f"metrics[{i}]")]
    assert run(without_path(doc)).checks[0].id == "input.text_unavailable"  # then only bounds


def _changed(tmp_path: Any, same_size: bool) -> str:
    raw = (REPORTS / "huilai-2020.txt").read_bytes()
    changed = raw.replace("19宗".encode(), "18宗".encode()) if same_size else raw + b"\n"
    path = tmp_path / "huilai-2020.txt"
    path.write_bytes(changed)
    return str(path)


@pytest.mark.parametrize(
    ("where", "why"),
    [
        (None, "source.path is null"),
        ("no/such/report.txt", "does not exist"),
        ("changed-bytes", "sha256 differs"),
        ("changed-size", "bytes, not"),
        ("a-directory", "is not a file"),
    ],
)
def test_a_text_that_cannot_be_found_is_one_warning(where: str | None, why: str, tmp_path: Any) -> None:
    _, doc = seed_json("huilai-2020")
    paths = {
        "changed-bytes": lambda: _changed(tmp_path, True),
        "changed-size": lambda: _changed(tmp_path, False),
        "a-directory": lambda: str(tmp_path),
    }
    doc["source"]["path"] = paths[where]() if where in paths else where
    result = run(doc)
    assert [(c.id, c.severity, c.path) for c in result.checks] == [("input.text_unavailable", "warning", "source.path")]
    assert why in result.checks[0].message and "--text" in result.checks[0].message
    assert result.text is None


def test_the_text_of_a_word_file_is_found_by_its_reader() -> None:
    """source.path names a .docx: it is read as extract read it, and the spans checked exactly."""
    path = str(ROOT / "fixtures" / "documents" / "docx" / "huilai-2020.typed.docx")
    text, report = extracted(path)
    doc = report.model_dump(mode="json")
    assert run(doc).checks == [] and run(doc).text == text
    i = huilai(doc)["hearings"]
    doc["metrics"][i]["text"] = "14宗"
    assert [(c.id, c.path) for c in run(doc).checks] == [("invariant.span_text", f"metrics[{i}]")]
