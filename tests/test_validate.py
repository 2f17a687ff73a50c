"""`lawrep validate` end to end (issue 5): exit codes, output formats, input kinds (JSON, JSONL,
report texts, directories, stdin), corrupt inputs that must end in one clear error and never a
traceback, and the JSON Schema in schemas/ accepting every seed's output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from lawrep.corpus.validate import validate_inputs

from .helpers import REPORTS, ROOT, SEEDS, Doc, at, run_cli, run_cli_text, seed_doc


def seed_path(stem: str) -> str:
    return str(REPORTS / f"{stem}.txt")


def validate_json(*args: str, stdin: bytes | None = None) -> tuple[int, list[dict[str, Any]]]:
    """Run `lawrep validate --format json`; return the exit code and the parsed results."""
    proc = run_cli_text("validate", "--format", "json", *args, stdin=stdin)
    return proc.returncode, json.loads(proc.stdout)


def dump(doc: Any, *, pretty: bool = False) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2 if pretty else None)


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    p = tmp_path / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return str(p)


def ids_of(result: dict[str, Any]) -> list[str]:
    return [c["id"] for c in result["checks"]]


def huilai_total() -> str:
    """The path of huilai-2020's 受理劳动争议仲裁调解案件19宗."""
    return f"metrics[{at(seed_doc('huilai-2020'), 'labor_dispute.cases_received', '19宗')}]"


def huilai_exceeding() -> Doc:
    """huilai-2020 with 14+5+1 cases against a total of 19."""
    doc = seed_doc("huilai-2020")
    doc["metrics"][at(doc, "labor_dispute.hearings", "13宗")]["value"] = 14
    return doc


EXCEEDING = ["invariant.value_text", "arithmetic.parts_exceed_total"]
"""What validate finds in :func:`huilai_exceeding`: 14 is not what its text 13宗 says, and the
parts exceed the total."""


# --------------------------------------------------------------------------------------------
# The seeds
# --------------------------------------------------------------------------------------------


def test_the_five_seeds_validate_with_exit_0() -> None:
    proc = run_cli_text("validate", *(seed_path(s) for s in SEEDS))
    assert proc.returncode == 0, proc.stdout
    assert proc.stdout.count("✓") == 5
    assert "✗" not in proc.stdout


def test_a_directory_of_seeds_validates_each_report() -> None:
    code, results = validate_json(str(REPORTS))
    assert code == 0
    assert [Path(r["input"]).stem for r in results] == SEEDS
    assert all(r["ok"] for r in results)
    assert all(c["severity"] == "warning" for r in results for c in r["checks"])


@pytest.mark.parametrize("stem", SEEDS)
def test_extracted_json_validates_against_its_text(stem: str, tmp_path: Path) -> None:
    path = write(tmp_path, f"{stem}.json", dump(seed_doc(stem), pretty=True))
    results = validate_inputs([path], text_path=seed_path(stem))
    assert [r.label for r in results] == [path]
    assert results[0].errors() == []


def test_extract_output_validates(tmp_path: Path, validator: jsonschema.Draft202012Validator) -> None:
    """What `lawrep extract` writes (pretty JSON, and JSONL for several inputs) passes validate and the
    JSON Schema."""
    one = run_cli_text("extract", seed_path("huilai-2020"))
    assert one.returncode == 0
    many = run_cli_text("extract", "--format", "jsonl", "--jobs", "1", *(seed_path(s) for s in SEEDS))
    assert many.returncode == 0
    docs = [json.loads(one.stdout)] + [json.loads(line) for line in many.stdout.splitlines()]
    assert len(docs) == 6
    for doc in docs:
        assert list(validator.iter_errors(doc)) == []
    code, results = validate_json(write(tmp_path, "one.json", one.stdout), write(tmp_path, "many.jsonl", many.stdout))
    assert code == 0
    assert len(results) == 6
    assert all(r["ok"] for r in results)


# --------------------------------------------------------------------------------------------
# Exit codes and output
# --------------------------------------------------------------------------------------------


def test_warnings_only_exit_0_and_1_with_strict() -> None:
    foshan = seed_path("foshan-2020")  # one true warning: no part on the leaders' duties
    plain = run_cli_text("validate", foshan)
    assert plain.returncode == 0
    assert "completeness.missing_leader_duties" in plain.stdout
    strict = run_cli_text("validate", "--strict", foshan)
    assert strict.returncode == 1
    assert run_cli_text("validate", "--strict", seed_path("huilai-2020")).returncode == 0


def test_an_error_exits_1_and_names_check_and_path(tmp_path: Path) -> None:
    path = write(tmp_path, "huilai.json", dump(huilai_exceeding()))
    proc = run_cli_text("validate", path)
    assert proc.returncode == 1
    assert "✗" in proc.stdout
    assert "arithmetic.parts_exceed_total" in proc.stdout
    assert f"at {huilai_total()}:" in proc.stdout


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--format", "xml", "{seed}"],
        ["--no-such-option", "{seed}"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    proc = run_cli_text("validate", *(a.format(seed=seed_path("huilai-2020")) for a in args))
    assert proc.returncode == 2
    assert proc.stderr.strip()


def test_format_json_lists_the_checks(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.json", dump(huilai_exceeding()))
    code, results = validate_json(bad, seed_path("foshan-2020"))
    assert code == 1
    assert [r["input"] for r in results] == [bad, seed_path("foshan-2020")]
    assert [r["ok"] for r in results] == [False, True]
    assert ids_of(results[0]) == EXCEEDING
    check = results[0]["checks"][1]
    assert set(check) == {"id", "severity", "message", "path", "start", "end"}
    assert (check["id"], check["severity"], check["path"]) == (
        "arithmetic.parts_exceed_total",
        "error",
        huilai_total(),
    )
    assert check["message"]
    assert ids_of(results[1]) == ["completeness.missing_leader_duties"]


def test_format_json_with_strict_marks_warnings_not_ok() -> None:
    code, results = validate_json("--strict", seed_path("foshan-2020"), seed_path("huilai-2020"))
    assert code == 1
    assert [r["ok"] for r in results] == [False, True]


def test_quiet_prints_only_problems(tmp_path: Path) -> None:
    assert run_cli_text("validate", "--quiet", seed_path("huilai-2020")).stdout.strip() == ""
    bad = write(tmp_path, "bad.json", dump(huilai_exceeding()))
    proc = run_cli_text("validate", "--quiet", bad, seed_path("huilai-2020"))
    assert proc.returncode == 1
    assert "arithmetic.parts_exceed_total" in proc.stdout
    assert "huilai-2020.txt" not in proc.stdout


def test_text_output_groups_the_checks() -> None:
    proc = run_cli_text("validate", seed_path("shenzhen-2017"))
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("✓") and "4 warnings" in lines[0]  # three parts missing, and the date
    assert "  completeness: warnings" in lines
    for part in ("shortcomings", "leader_duties", "next_year_plan"):
        assert f"completeness.missing_{part} at outline" in proc.stdout


def test_text_output_names_the_groups_in_words(tmp_path: Path) -> None:
    """``schema: errors``, ``arithmetic: errors``, ``input: warnings``: words, not marks."""
    doc = huilai_exceeding()
    doc["source"]["path"] = None  # the text cannot be found: a warning in the input group
    missing = seed_doc("huilai-2020")
    del missing["metrics"]
    proc = run_cli_text("validate", write(tmp_path, "a.json", dump(doc)), write(tmp_path, "b.json", dump(missing)))
    assert proc.returncode == 1
    groups = [line.strip() for line in proc.stdout.splitlines() if line.startswith("  ") and not line.startswith("   ")]
    assert groups == ["input: warnings", "invariant: errors", "arithmetic: errors", "schema: errors"]


def test_text_output_shows_the_sentence(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.json", dump(huilai_exceeding()))
    proc = run_cli_text("validate", bad, "--text", seed_path("huilai-2020"))
    assert proc.returncode == 1
    assert "全年受理劳动争议仲裁调解案件19宗" in proc.stdout


# --------------------------------------------------------------------------------------------
# Input kinds
# --------------------------------------------------------------------------------------------


def test_a_report_text_is_extracted_then_validated(tmp_path: Path) -> None:
    text = (REPORTS / "huilai-2020.txt").read_text(encoding="utf-8")
    assert text.rstrip().endswith("2021年1月5日")
    early = text.rstrip()[: -len("2021年1月5日")] + "2020年10月5日\n"  # signed long before 2020 ended
    paths = [write(tmp_path, name, early) for name in ("early.txt", "early")]  # .txt, and a file not JSON
    code, results = validate_json(*paths)
    assert code == 1
    assert [r["input"] for r in results] == paths
    for r in results:
        assert [(c["id"], c["severity"]) for c in r["checks"]] == [("completeness.signed_early", "error")]


def test_a_report_text_without_its_sections_warns(tmp_path: Path) -> None:
    text = (REPORTS / "huilai-2020.txt").read_text(encoding="utf-8")
    cut = text.index("二、上一年度推进法治政府建设存在的不足")
    rest = text.index("三、上一年度党政主要负责人")
    path = write(tmp_path, "cut.txt", text[:cut] + text[rest:])
    code, results = validate_json(path)
    assert code == 0
    assert "completeness.missing_shortcomings" in ids_of(results[0])
    assert run_cli_text("validate", "--strict", path).returncode == 1


@pytest.mark.parametrize("prefix", ["\n", "  ", "\ufeff"])
def test_json_under_another_name_is_read_as_json(prefix: str, tmp_path: Path) -> None:
    path = write(tmp_path, "report.out", prefix + dump(huilai_exceeding(), pretty=True))
    results = validate_inputs([path])
    assert [c.id for c in results[0].checks] == EXCEEDING


def test_json_with_a_bom_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.json", b"\xef\xbb\xbf" + dump(seed_doc("huilai-2020")).encode("utf-8"))
    results = validate_inputs([path])
    assert [(r.label, r.checks) for r in results] == [(path, [])]


def test_text_option_checks_every_span_exactly(tmp_path: Path) -> None:
    doc = seed_doc("huilai-2020")
    i = at(doc, "labor_dispute.hearings", "13宗")
    doc["metrics"][i]["text"] = "14宗"
    path = write(tmp_path, "span.json", dump(doc))
    found = validate_inputs([path])[0].checks  # without --text, the text is found by source.path
    assert [(c.id, c.path) for c in found] == [("invariant.span_text", f"metrics[{i}]")]
    code, results = validate_json(path, "--text", seed_path("huilai-2020"))
    assert code == 1
    assert [(c["id"], c["path"]) for c in results[0]["checks"]] == [("invariant.span_text", f"metrics[{i}]")]
    wrong = validate_inputs([path], text_path=seed_path("wuzhou-2021"))  # another report's text
    assert {"invariant.span_bounds", "invariant.span_text"} & {c.id for c in wrong[0].errors()}


def test_text_option_with_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    path = write(tmp_path, "ok.json", dump(seed_doc("huilai-2020")))
    proc = run_cli_text("validate", path, "--text", str(tmp_path / "nope.txt"))
    assert proc.returncode in (1, 2)
    assert "nope.txt" in proc.stdout + proc.stderr


def test_a_stream_reports_the_bad_line_and_checks_the_others(tmp_path: Path) -> None:
    good = dump(seed_doc("huilai-2020"))
    wuzhou = seed_doc("wuzhou-2021")
    wuzhou["metrics"][at(wuzhou, "admin_disputes.upheld", "19件")]["value"] = 20  # 20+2+4 > 25
    lines = [good, good[: len(good) // 2], dump(wuzhou), "", "[1, 2]", dump(seed_doc("nanchangxian-2024"))]
    path = write(tmp_path, "stream.jsonl", "\n".join(lines) + "\n")
    code, results = validate_json(path)
    assert code == 1
    by_label = {r["input"]: r for r in results}
    assert list(by_label) == [f"{path}:{n}" for n in (1, 2, 3, 5, 6)]
    assert ids_of(by_label[f"{path}:1"]) == []
    assert ids_of(by_label[f"{path}:2"]) == ["input.invalid_json"]
    assert ids_of(by_label[f"{path}:3"]) == ["invariant.value_text", "arithmetic.parts_exceed_total"]
    assert ids_of(by_label[f"{path}:5"]) == ["schema.top_level"]
    assert ids_of(by_label[f"{path}:6"]) == ["completeness.date_unknown"]  # nanchangxian is unsigned
    assert [r["ok"] for r in results] == [True, False, False, False, True]


def test_a_stream_with_an_extraction_error_record(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    extract = run_cli_text("extract", "--format", "jsonl", "--jobs", "1", seed_path("huilai-2020"), missing)
    assert extract.returncode == 1
    code, results = validate_json(write(tmp_path, "batch.jsonl", extract.stdout))
    assert code == 1
    assert [ids_of(r) for r in results] == [[], ["input.error_record"]]


def test_stdin(tmp_path: Path) -> None:
    code, results = validate_json("-", stdin=dump(seed_doc("huilai-2020"), pretty=True).encode("utf-8"))
    assert code == 0
    assert [r["input"] for r in results] == ["<stdin>"]
    code, results = validate_json("-", stdin=dump(huilai_exceeding()).encode("utf-8"))
    assert code == 1
    assert ids_of(results[0]) == EXCEEDING


def test_one_bad_input_does_not_hide_the_others(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.json", "{")
    missing = [str(tmp_path / "missing.json"), str(tmp_path / "missing.txt"), str(tmp_path / "missing")]
    code, results = validate_json(seed_path("huilai-2020"), bad, *missing, seed_path("wuzhou-2021"))
    assert code == 1
    assert [r["ok"] for r in results] == [True, False, False, False, False, True]
    assert [ids_of(r) for r in results[1:5]] == [["input.invalid_json"], *[["input.missing"]] * 3]


def test_the_library_returns_one_result_per_input(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.json", dump(huilai_exceeding()))
    results = validate_inputs([bad, seed_path("wuzhou-2021")])
    assert [r.label for r in results] == [bad, seed_path("wuzhou-2021")]
    assert [c.id for c in results[0].errors()] == EXCEEDING
    assert results[1].errors(strict=True) == []


# --------------------------------------------------------------------------------------------
# Corrupt inputs: one clear error each, never a traceback
# --------------------------------------------------------------------------------------------


def _report_text() -> str:
    return dump(seed_doc("huilai-2020"))


def _with_value(raw: str) -> str:
    """huilai-2020 as compact JSON with the value of 开庭13宗 replaced by ``raw``."""
    doc = seed_doc("huilai-2020")
    doc["metrics"][at(doc, "labor_dispute.hearings", "13宗")]["value"] = "@@VALUE@@"
    return dump(doc).replace('"@@VALUE@@"', raw)


def _duplicated(pretty: bool) -> str:
    s = dump(seed_doc("huilai-2020"), pretty=pretty).rstrip()
    assert s.endswith("}")
    return s[:-1] + (',\n  "meta": {}\n}' if pretty else ', "meta": {}}')


def _truncated(pretty: bool) -> str:
    s = dump(seed_doc("huilai-2020"), pretty=pretty)
    return s[: len(s) // 2]


CORRUPT: list[Any] = [
    pytest.param("trunc.json", lambda: _truncated(False), "input.invalid_json", id="truncated"),
    pytest.param(
        "trunc-pretty.json",
        lambda: _truncated(True),
        "input.invalid_json",
        id="truncated-pretty",
    ),
    pytest.param("list.json", lambda: f"[{_report_text()}]", "schema.top_level", id="top-level-list"),
    pytest.param("string.json", lambda: '"a report"', "schema.top_level", id="top-level-string"),
    pytest.param("null.json", lambda: "null", "schema.top_level", id="top-level-null"),
    pytest.param(
        "latin1.json",
        lambda: b'{"meta": {"agency": "\xb9\xe3\xd6\xdd"}}',
        "input.undecodable",
        id="invalid-utf8",
    ),
    pytest.param("empty.json", lambda: "", "input.empty", id="empty"),
    pytest.param("blank.json", lambda: " \n\n\t\n", "input.empty", id="whitespace"),
    pytest.param("empty.txt", lambda: "", "input.empty", id="empty-txt"),
    pytest.param("dup.json", lambda: _duplicated(False), "input.invalid_json", id="duplicated-key"),
    pytest.param(
        "dup-pretty.json",
        lambda: _duplicated(True),
        "input.invalid_json",
        id="duplicated-key-pretty",
    ),
    pytest.param("nan.json", lambda: _with_value("NaN"), "input.invalid_json", id="NaN"),
    pytest.param("inf.json", lambda: _with_value("-Infinity"), "input.invalid_json", id="Infinity"),
    pytest.param("overflow.json", lambda: _with_value("1e400"), "invariant.finite", id="float-overflow"),
    pytest.param(
        "bigint.json",
        lambda: _with_value("1" + "0" * 400),
        "invariant.finite",
        id="huge-int",
    ),
    pytest.param("digits.json", lambda: _with_value("1" + "0" * 5000), "input.invalid_json", id="5000-digits"),
    pytest.param("string-value.json", lambda: _with_value('"13宗"'), "schema.", id="string-for-number"),
    pytest.param("lists.json", lambda: "[" * 100_000 + "]" * 100_000, "input.invalid_json", id="nested-lists"),
    pytest.param(
        "objects.json",
        lambda: '{"a":' * 100_000 + "1" + "}" * 100_000,
        "input.invalid_json",
        id="nested-objects",
    ),
    pytest.param(
        "junk.json",
        lambda: _report_text()[:-1] + ', "notes": ' + "[" * 500 + "]" * 500 + "}",
        "schema.extra_forbidden",
        id="nested-junk-field",
    ),
    pytest.param("meta.json", lambda: _report_text()[:-1] + ', "meta": "惠来"}', "input.invalid_json", id="meta-twice"),
    pytest.param(
        "prose.json",
        lambda: (REPORTS / "huilai-2020.txt").read_text(encoding="utf-8"),
        "input.invalid_json",
        id="report-text-named-json",
    ),
    pytest.param("pdf.json", lambda: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "input.", id="pdf"),
]


@pytest.mark.parametrize(("name", "make", "want"), CORRUPT)
def test_corrupt_input_is_one_clear_error(name: str, make: Any, want: str, tmp_path: Path) -> None:
    path = write(tmp_path, name, make())
    results = validate_inputs([path])
    assert len(results) == 1
    assert results[0].label == path
    errors = results[0].errors()
    assert errors and all(c.message.strip() for c in errors)
    assert any(c.id.startswith(want) for c in errors), errors


def _expected_to_pass(param: Any) -> bool:
    return not param.marks


def test_corrupt_inputs_through_the_cli(tmp_path: Path) -> None:
    """All the corrupt inputs lawrep handles, in one run: one result each, exit 1, no traceback."""
    cases = [p.values for p in CORRUPT if _expected_to_pass(p)]
    paths = [write(tmp_path, name, make()) for name, make, _ in cases]
    code, results = validate_json(*paths)  # run_cli_text() asserts there is no traceback
    assert code == 1
    assert [r["input"] for r in results] == paths
    for (_, _, want), r in zip(cases, results, strict=True):
        assert r["ok"] is False
        assert any(c["id"].startswith(want) and c["severity"] == "error" for c in r["checks"]), r


def test_a_huge_integer_through_the_cli(tmp_path: Path) -> None:
    path = write(tmp_path, "bigint.json", _with_value("1" + "0" * 400))
    proc = run_cli_text("validate", path)  # asserts there is no traceback
    assert proc.returncode == 1


def test_corrupt_inputs_on_a_terminal_style_run(tmp_path: Path) -> None:
    """The text format too: one line per problem naming the input, exit 1, no traceback."""
    paths = [
        write(tmp_path, "a.json", "{"),
        write(tmp_path, "b.json", b"\xff\xfe{"),
        write(tmp_path, "c.json", "[" * 100_000),
        write(tmp_path, "d.json", ""),
    ]
    proc = run_cli_text("validate", *paths)
    assert proc.returncode == 1
    for p, id_ in zip(
        paths, ["input.invalid_json", "input.undecodable", "input.invalid_json", "input.empty"], strict=True
    ):
        line = next(line for line in proc.stdout.splitlines() if line.startswith("✗") and p in line)
        assert "1 error," in line
        assert id_ in proc.stdout


# --------------------------------------------------------------------------------------------
# Lies: edits the text does not back, each one line naming the check, the path and both values
# --------------------------------------------------------------------------------------------


def _foshan_items(doc: Doc) -> int:
    return at(doc, "services.items", "97项")  # 人社政务服务事项…97项


def _edit_metric(field: str, value: Any) -> Any:
    def edit(doc: Doc) -> str:
        i = _foshan_items(doc)
        doc["metrics"][i][field] = value
        return f"metrics[{i}].{field}"

    return edit


def _delete_metrics(doc: Doc) -> str:
    del doc["metrics"]
    return "$.metrics"


def _delete_year(doc: Doc) -> str:
    del doc["meta"]["year"]
    return "$.meta.year"


def _shift_span(doc: Doc) -> str:
    i = _foshan_items(doc)
    doc["metrics"][i]["start"] += 1
    doc["metrics"][i]["end"] += 1
    return f"metrics[{i}]"


LIES: list[Any] = [
    # name, the edit (returns the path it breaks), the check, what the line must also say
    pytest.param(_edit_metric("value", 197), "invariant.value_text", ["value 197", "'97项'", "(97)"], id="value"),
    pytest.param(_edit_metric("unit", "元"), "invariant.value_text", ["unit 元", "'97项'", "(项)"], id="unit"),
    pytest.param(_edit_metric("key", "services.itemz"), "invariant.unknown_key", ["'services.itemz'"], id="key"),
    pytest.param(
        _edit_metric("key", "wage_arrears.amount_recovered"),
        "invariant.key_unit",
        ["97项 (项)", "wage_arrears.amount_recovered", "money"],
        id="key-of-another-kind",
    ),
    pytest.param(_delete_metrics, "schema.missing", ["field required"], id="metrics-deleted"),
    pytest.param(_delete_year, "schema.missing", ["field required"], id="year-deleted"),
    pytest.param(_edit_metric("period", 2020), "invariant.period", ["period 2020", "meta.year 2020"], id="period"),
    pytest.param(_shift_span, "invariant.span_text", ["'97项'", "'7项人'"], id="span-shifted-no-text-option"),
]


@pytest.mark.parametrize(("edit", "check", "says"), LIES)
def test_a_lie_is_one_error_line(edit: Any, check: str, says: list[str], tmp_path: Path) -> None:
    """Each edit of a seed's JSON (no --text: the text is found by source.path) exits 1 with
    exactly one problem line, which names the check, the JSON path and the values."""
    doc = seed_doc("foshan-2020")
    path = edit(doc)
    proc = run_cli_text("validate", write(tmp_path, "lie.json", dump(doc)))
    assert proc.returncode == 1
    problems = [line.strip() for line in proc.stdout.splitlines() if line.strip().startswith("error ")]
    assert len(problems) == 1, proc.stdout
    assert problems[0].startswith(f"error {check} at {path}: ")
    for part in says:
        assert part in problems[0]


def test_the_lies_through_the_json_format(tmp_path: Path) -> None:
    """The same edits as one run: one result each, each with one error, exit 1."""
    paths, want = [], []
    for n, param in enumerate(LIES):
        edit, check, _ = param.values
        doc = seed_doc("foshan-2020")
        want.append((check, edit(doc)))
        paths.append(write(tmp_path, f"lie{n}.json", dump(doc)))
    code, results = validate_json(*paths)
    assert code == 1
    got = [[(c["id"], c["path"]) for c in r["checks"] if c["severity"] == "error"] for r in results]
    assert got == [[w] for w in want]


# --------------------------------------------------------------------------------------------
# The report text, found by itself or read from stdin
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("stem", SEEDS)
def test_every_seed_json_validates_against_the_text_it_finds(stem: str, tmp_path: Path) -> None:
    """No --text: the text is found by source.path and every span checked exactly; no errors,
    and no warning that the text was missing."""
    path = write(tmp_path, f"{stem}.json", dump(seed_doc(stem)))
    (result,) = validate_inputs([path])
    assert result.errors() == []
    assert result.text == (REPORTS / f"{stem}.txt").read_text(encoding="utf-8")
    assert "input.text_unavailable" not in [c.id for c in result.checks]


def test_a_relative_source_path_is_also_looked_for_beside_the_json(tmp_path: Path) -> None:
    (tmp_path / "huilai-2020.txt").write_bytes((REPORTS / "huilai-2020.txt").read_bytes())
    doc = seed_doc("huilai-2020")
    doc["source"]["path"] = "huilai-2020.txt"  # not in the working directory (the project root)
    assert not (ROOT / "huilai-2020.txt").exists()
    code, results = validate_json(write(tmp_path, "r.json", dump(doc)))
    assert (code, ids_of(results[0])) == (0, [])


def test_json_from_stdin_extraction_warns_that_spans_were_only_bounds_checked() -> None:
    raw = (REPORTS / "huilai-2020.txt").read_bytes()
    extracted = run_cli_text("extract", "-", stdin=raw)
    assert extracted.returncode == 0
    assert json.loads(extracted.stdout)["source"]["path"] is None
    code, results = validate_json("-", stdin=extracted.stdout.encode("utf-8"))
    assert code == 0
    assert [(c["id"], c["severity"]) for c in results[0]["checks"]] == [("input.text_unavailable", "warning")]
    assert "bounds-checked" in results[0]["checks"][0]["message"]
    assert validate_json("--strict", "-", stdin=extracted.stdout.encode("utf-8"))[0] == 1
    code, results = validate_json("-", "--text", seed_path("huilai-2020"), stdin=extracted.stdout.encode("utf-8"))
    assert (code, ids_of(results[0])) == (0, [])


def test_a_report_text_on_stdin_is_extracted_then_validated() -> None:
    """``cat report.txt | lawrep validate -``: stdin is sniffed, JSON or a report."""
    text = (REPORTS / "huilai-2020.txt").read_text(encoding="utf-8")
    code, results = validate_json("-", stdin=text.encode("utf-8"))
    assert code == 0
    assert [(r["input"], r["checks"]) for r in results] == [("<stdin>", [])]
    proc = run_cli("validate", "-", stdin=text.encode("gb18030"))  # any encoding a file may have
    assert proc.returncode == 0 and proc.stdout.decode("utf-8").startswith("✓ <stdin>: 0 errors")
    early = text.rstrip()[: -len("2021年1月5日")] + "2020年10月5日\n"
    code, results = validate_json("-", stdin=early.encode("utf-8"))
    assert code == 1
    assert [(c["id"], c["severity"]) for c in results[0]["checks"]] == [("completeness.signed_early", "error")]


def test_a_word_file_on_stdin_is_read_by_its_reader() -> None:
    raw = (ROOT / "fixtures" / "documents" / "docx" / "huilai-2020.typed.docx").read_bytes()
    proc = run_cli("validate", "--format", "json", "-", stdin=raw)
    assert proc.returncode == 0, proc.stdout
    assert [(r["input"], r["ok"]) for r in json.loads(proc.stdout)] == [("<stdin>", True)]
