"""The command line: output, determinism, exit codes, one-line errors, batches and pipes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import REPORTS, ROOT
from .helpers import run_cli as run

HUILAI = str(REPORTS / "huilai-2020.txt")


def test_extract_prints_one_json_report() -> None:
    out = run("extract", HUILAI)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["meta"]["year"] == 2020
    assert "惠来县" in out.stdout.decode("utf-8")  # Chinese unescaped


def test_output_is_byte_identical_across_runs() -> None:
    assert run("extract", HUILAI).stdout == run("extract", HUILAI).stdout


def test_compact_is_one_line() -> None:
    out = run("extract", "--compact", HUILAI).stdout.decode("utf-8")
    assert out.count("\n") == 1


def test_stdin_dash() -> None:
    out = run("extract", "-", stdin=Path(HUILAI).read_bytes())
    data = json.loads(out.stdout)
    assert data["source"]["path"] is None and data["meta"]["year"] == 2020


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "no report files in this directory"),
        (lambda d: _write(d / "empty.txt", b""), "is empty"),
        (lambda d: _write(d / "blank.txt", b"  \n\t\n"), "is empty"),
        (lambda d: _write(d / "doc.pdf", b"%PDF-1.7\n\x00\x01binary"), "PDF"),
        (lambda d: _write(d / "nul.txt", "报告\x00正文".encode()), "NUL"),
        (lambda d: _write(d / "junk.txt", bytes(range(128, 256)) * 20), "cannot be decoded"),
    ],
)
def test_bad_input_is_one_line_exit_1(tmp_path: Path, make: object, message: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    out = run("outline" if path == tmp_path else "extract", str(path))
    err = out.stderr.decode("utf-8")
    assert out.returncode == 1
    assert message in err and str(path) in err
    assert err.count("\n") == 1 and "Traceback" not in err


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_usage_error_is_exit_2() -> None:
    assert run("extract", "--no-such-option", HUILAI).returncode == 2
    assert run("frobnicate").returncode == 2


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0 and out.stdout.decode().startswith("lawrep ")


def test_help_of_every_command_has_an_example() -> None:
    for command in ("extract", "outline", "schema", "validate"):
        out = run(command, "--help")
        assert out.returncode == 0 and "Example:" in out.stdout.decode("utf-8"), command


def test_outline_draws_every_report_of_a_directory() -> None:
    out = run("outline", str(REPORTS))
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode("utf-8")
    assert all(name in text for name in ("佛山市人力资源和社会保障局", "惠来县人力资源和社会保障局", "南昌县"))


def test_outline_draws_the_tree() -> None:
    out = run("outline", str(REPORTS / "foshan-2020.txt")).stdout.decode("utf-8")
    assert "八、" in out and "下一步工作安排" in out and "next_year_plan" in out and "line 62" in out


def test_batch_directory_gives_jsonl_in_order_and_survives_a_bad_file(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in sorted(REPORTS.glob("*.txt")):
        (corpus / p.name).write_bytes(p.read_bytes())
    (corpus / "bad.txt").write_bytes(b"")
    out = run("extract", str(corpus), "--jobs", "2", "--quiet")
    assert out.returncode == 1
    lines = [json.loads(x) for x in out.stdout.decode("utf-8").splitlines()]
    names = [Path(x["error"]["path"] if "error" in x else x["source"]["path"]).name for x in lines]
    assert names == sorted(names) and len(lines) == 6
    assert next(x for x in lines if "error" in x)["error"]["id"] == "empty"
    assert "bad.txt: is empty" in out.stderr.decode("utf-8")


def test_csv_long_table_round_trips(tmp_path: Path) -> None:
    target = tmp_path / "metrics.csv"
    out = run("extract", str(REPORTS), "--format", "csv", "-o", str(target), "--quiet")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert {Path(r["path"]).name for r in rows} == {p.name for p in REPORTS.glob("*.txt")}
    recovered = [r for r in rows if r["key"] == "wage_arrears.amount_recovered" and "huilai" in r["path"]]
    assert recovered[0]["value"] == "74766200" and recovered[0]["year"] == "2020"
    assert "追发拖欠工资7476.62万元" in recovered[0]["sentence"]


def test_csv_has_its_header_when_the_first_file_is_bad(tmp_path: Path) -> None:
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes((REPORTS / "huilai-2020.txt").read_bytes())
    out = run("extract", str(tmp_path), "--format", "csv", "--quiet", "--jobs", "2")
    assert out.returncode == 1
    rows = list(csv.DictReader(io.StringIO(out.stdout.decode("utf-8"))))
    assert rows and all(Path(r["path"]).name == "b.txt" for r in rows)


def test_many_files_in_parallel_come_out_in_input_order(tmp_path: Path) -> None:
    # 200 files make tasks of several files (batch.chunk_size), many in flight, to be reordered
    seeds = sorted(REPORTS.glob("*.txt"))
    for i in range(200):
        (tmp_path / f"r{i:03d}.txt").write_bytes(seeds[i % len(seeds)].read_bytes())
    (tmp_path / "r131.txt").write_bytes(b"\x89PNG\r\n")
    out = run("extract", str(tmp_path), "--jobs", "2", "--quiet")
    assert out.returncode == 1
    lines = [json.loads(x) for x in out.stdout.decode("utf-8").splitlines()]
    names = [Path(x["error"]["path"] if "error" in x else x["source"]["path"]).name for x in lines]
    assert names == [f"r{i:03d}.txt" for i in range(200)]
    assert lines[131]["error"]["id"] == "binary"
    assert run("extract", str(tmp_path), "--jobs", "1", "--quiet").stdout == out.stdout


def test_output_file_is_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    assert run("extract", str(REPORTS), "-o", str(target), "--quiet").returncode == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 5
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]


def test_closed_pipe_exits_quietly() -> None:
    cmd = f"{sys.executable} -m lawrep extract {REPORTS} --jobs 1 --quiet | head -c 10"
    out = subprocess.run(cmd, shell=True, capture_output=True, cwd=ROOT, timeout=120)
    assert b"Traceback" not in out.stderr and b"BrokenPipe" not in out.stderr


def test_table_format_shows_metrics() -> None:
    out = run("extract", "--format", "table", HUILAI).stdout.decode("utf-8")
    assert "wage_arrears.amount_recovered" in out and "74766200" in out


def test_batch_jsonl_round_trips_through_validate(tmp_path: Path) -> None:
    target = tmp_path / "all.jsonl"
    assert run("extract", str(REPORTS), "-o", str(target), "--quiet").returncode == 0
    out = run("validate", str(target), "--format", "json")
    assert out.returncode == 0, out.stdout
    results = json.loads(out.stdout)
    assert len(results) == len(list(REPORTS.glob("*.txt"))) and all(r["ok"] for r in results)


def test_light_commands_import_no_heavy_library() -> None:
    """``lawrep --version`` and the command table load neither pydantic nor regex nor rich: a
    pipe or a shell completion starts in tens of milliseconds."""
    heavy = {"pydantic", "regex", "rich", "cn2an", "selectolax", "docx", "pypdfium2"}
    code = f"import sys, lawrep.commands.cli; print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy}))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "[]"


def test_text_prints_the_text_offsets_count_in(tmp_path: Path) -> None:
    """``lawrep text`` of a GB18030 file gives the string every span of its report points into."""
    variant = ROOT / "fixtures" / "variants" / "huilai-2020.gb18030.txt"
    out = run("text", str(variant))
    assert out.returncode == 0
    text = out.stdout.decode("utf-8")
    report = json.loads(run("extract", str(variant)).stdout)
    assert report["source"]["chars"] == len(text)
    assert all(text[m["start"] : m["end"]] == m["text"] for m in report["metrics"])
    missing = run("text", str(tmp_path / "nope.txt"))
    assert missing.returncode == 1 and missing.stderr.count(b"\n") == 1


def test_directory_walk_takes_readable_kinds_in_any_case_and_says_what_it_skipped(tmp_path: Path) -> None:
    (tmp_path / "A.TXT").write_bytes(Path(HUILAI).read_bytes())
    (tmp_path / "notes.xlsx").write_bytes(b"PK\x03\x04")
    (tmp_path / "scan.png").write_bytes(b"\x89PNG")
    out = run("extract", str(tmp_path))
    assert out.returncode == 0
    assert len(out.stdout.splitlines()) == 1
    assert b"skipped 2 files" in out.stderr and b".png 1" in out.stderr and b".xlsx 1" in out.stderr
    both = run("extract", str(tmp_path), "--glob", "*.txt", "--glob", "*.png", "--quiet")
    assert both.returncode == 1  # the PNG is taken, and refused with one line
    assert [json.loads(line).get("error", {}).get("id") for line in both.stdout.splitlines()] == [None, "binary"]
