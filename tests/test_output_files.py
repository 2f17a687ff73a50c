"""Files and output that never surprise: ``-o`` to a place it cannot write is one line and exit 1
with nothing left behind; the file it writes has the mode a file made by the shell has; and a
text that holds several reports one after another says so (``completeness.several_reports``)
rather than passing for one report."""

from __future__ import annotations

import errno
import itertools
import json
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

import pytest
import typer

import lawrep
from lawrep.commands import terminal
from lawrep.commands.terminal import AtomicOutput
from lawrep.models import Check

from .helpers import REPORTS, ROOT, SEEDS, VARIANTS, run_cli

HUILAI = str(REPORTS / "huilai-2020.txt")
REALTEXTS = ROOT.parent / "shared" / "realtexts"
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0  # root writes anywhere: permission tests mean nothing


def one_error_line(err: bytes) -> str:
    lines = err.decode("utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith("lawrep: ") and "Traceback" not in lines[0], lines
    return lines[0]


def everything_under(path: Path) -> list[str]:
    return sorted(str(p.relative_to(path)) for p in path.rglob("*"))


# --------------------------------------------------------------------------------------------
# -o where it cannot write
# --------------------------------------------------------------------------------------------


def test_output_into_a_missing_directory_is_one_line(tmp_path: Path) -> None:
    out = run_cli("extract", HUILAI, "-o", "no/such/dir/out.json", cwd=tmp_path)
    assert out.returncode == 1 and out.stdout == b""
    line = one_error_line(out.stderr)
    assert "no/such/dir/out.json" in line and "no/such/dir does not exist" in line
    assert everything_under(tmp_path) == []


@pytest.mark.parametrize("name", ["reports", "reports/"])
def test_output_onto_a_directory_is_one_line_and_leaves_nothing(tmp_path: Path, name: str) -> None:
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "kept.txt").write_text("kept", encoding="utf-8")
    out = run_cli("extract", HUILAI, "-o", name, cwd=tmp_path)
    assert out.returncode == 1 and out.stdout == b""
    assert "reports: is a directory" in one_error_line(out.stderr)
    assert everything_under(tmp_path) == ["reports", "reports/kept.txt"]  # no .part anywhere


def test_output_below_a_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    out = run_cli("extract", HUILAI, "-o", "file/out.json", cwd=tmp_path)
    assert out.returncode == 1
    assert "file is a file, not a directory" in one_error_line(out.stderr)
    assert everything_under(tmp_path) == ["file"]


@pytest.mark.skipif(AS_ROOT, reason="root may write anywhere")
def test_output_into_a_read_only_directory_is_one_line(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        out = run_cli("extract", HUILAI, "-o", str(locked / "out.json"))
        assert out.returncode == 1
        assert "permission denied" in one_error_line(out.stderr).lower()
        assert everything_under(locked) == []
    finally:
        locked.chmod(0o755)


@pytest.mark.skipif(AS_ROOT, reason="root may write anywhere")
def test_a_read_only_output_file_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("keep me", encoding="utf-8")
    target.chmod(0o444)
    out = run_cli("extract", HUILAI, "-o", str(target))
    assert out.returncode == 1 and "read-only" in one_error_line(out.stderr)
    assert target.read_text(encoding="utf-8") == "keep me"


def test_the_target_is_refused_before_any_report_is_made(tmp_path: Path) -> None:
    """A batch is not extracted for nothing: had the inputs been read, the empty one would have
    given its own error line."""
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes((REPORTS / "huilai-2020.txt").read_bytes())
    out = run_cli("extract", str(tmp_path), "--jobs", "1", "-o", str(tmp_path / "missing" / "all.jsonl"))
    assert out.returncode == 1 and "does not exist" in one_error_line(out.stderr)


def test_permission_denied_and_a_full_disk_are_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What root cannot see from the command line, seen in the process: the OS refusing to
    create the file, and the disk filling up at the end. No temporary file is left."""
    target = tmp_path / "out.json"

    def refuse(code: int) -> Callable[..., NoReturn]:
        def raise_(*args: object, **kwargs: object) -> NoReturn:
            raise OSError(code, os.strerror(code))

        return raise_

    with monkeypatch.context() as patched:
        patched.setattr(terminal.os, "open", refuse(errno.EACCES))
        with pytest.raises(typer.Exit) as exited, AtomicOutput(target):
            pass
    assert exited.value.exit_code == 1 and "permission denied" in capsys.readouterr().err.lower()
    with monkeypatch.context() as patched:
        patched.setattr(terminal.os, "replace", refuse(errno.ENOSPC))
        with pytest.raises(typer.Exit) as exited, AtomicOutput(target) as fh:
            fh.write("{}")
    assert exited.value.exit_code == 1 and "no space left" in capsys.readouterr().err.lower()
    assert everything_under(tmp_path) == []


# --------------------------------------------------------------------------------------------
# The mode of the file written
# --------------------------------------------------------------------------------------------


@pytest.fixture
def umask() -> Iterator[None]:
    """Restore the test process's umask (the command inherits it)."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_output_file_honours_the_umask(tmp_path: Path, umask: None, mask: int, expected: int) -> None:
    os.umask(mask)
    target = tmp_path / "out.json"
    assert run_cli("extract", HUILAI, "-o", str(target)).returncode == 0
    assert mode(target) == expected
    assert json.loads(target.read_text(encoding="utf-8"))["meta"]["year"] == 2020


def test_an_existing_output_file_keeps_its_mode(tmp_path: Path, umask: None) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    assert run_cli("extract", HUILAI, "-o", str(target)).returncode == 0
    assert mode(target) == 0o640 and target.read_text(encoding="utf-8").startswith("{")


def test_output_through_a_symbolic_link_writes_the_file_it_points_to(tmp_path: Path, umask: None) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real.name)
    assert run_cli("extract", HUILAI, "-o", str(link)).returncode == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("{")
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]


# --------------------------------------------------------------------------------------------
# Several reports in one text
# --------------------------------------------------------------------------------------------


def several(text: str) -> list[Check]:
    return [c for c in lawrep.extract(text).checks if c.id == "completeness.several_reports"]


def seed(stem: str) -> str:
    return (REPORTS / f"{stem}.txt").read_text(encoding="utf-8")


def files_of_one_report() -> list[Path]:
    found = sorted(REPORTS.glob("*.txt")) + sorted(VARIANTS.iterdir())
    return found + (sorted(REALTEXTS.glob("*.txt")) if REALTEXTS.is_dir() else [])


@pytest.mark.parametrize("path", files_of_one_report(), ids=lambda p: p.name)
def test_one_report_is_not_taken_for_several(path: Path) -> None:
    text, source = lawrep.load(path)
    checks = lawrep.extract(text, source=source).checks
    assert [c for c in checks if c.id == "completeness.several_reports"] == []


@pytest.mark.parametrize(("first", "second"), list(itertools.product(SEEDS, repeat=2)))
def test_two_seeds_one_after_the_other_are_noticed(first: str, second: str) -> None:
    head = seed(first).rstrip("\n") + "\n"
    text = head + seed(second)
    found = several(text)
    assert len(found) == 1 and found[0].severity == "warning"
    start, end = found[0].start, found[0].end
    assert start is not None and end is not None
    assert text[start:end].strip() == text[start:end] == seed(second).lstrip().split("\n")[0]  # its first line
    assert text[:start].strip() == head.strip()
    assert "report 2 of 2" in found[0].message


def test_three_reports_give_two_starts() -> None:
    parts = [seed("huilai-2020"), seed("wuzhou-2021"), seed("foshan-2020")]
    text = "\n\n".join(p.strip("\n") for p in parts)
    found = several(text)
    assert [c.start for c in found] == [text.index(parts[1][:20]), text.index(parts[2].strip()[:20])]
    assert ["report 2 of 3" in found[0].message, "report 3 of 3" in found[1].message] == [True, True]


def test_a_title_then_a_restart_without_back_matter_is_noticed() -> None:
    body = seed("wuzhou-2021").split("梧州市人力资源和社会保障局\n2021年12月29日")[0]
    text = body + "惠来县人力资源和社会保障局2020年法治政府建设年度报告\n" + seed("huilai-2020")
    [found] = several(text)
    assert found.start == text.index("惠来县人力资源和社会保障局2020年法治")


def test_a_report_without_headings_after_back_matter_is_noticed() -> None:
    """Back matter, a title, and a body that ends in back matter of its own: two closing blocks."""
    unheaded = "\n".join(line for line in seed("huilai-2020").split("\n") if not line.startswith(("一", "二", "三")))
    text = seed("huilai-2020") + "\n惠来县人社局2021年法治政府建设年度报告\n" + unheaded
    [found] = several(text)
    assert found.start is not None and found.end is not None
    assert text[found.start : found.end] == "惠来县人社局2021年法治政府建设年度报告"


def test_related_links_below_a_report_are_no_second_report() -> None:
    links = "\n相关链接\n惠来县人社局2019年法治政府建设年度报告\n惠来县人社局2018年法治政府建设年度报告\n"
    assert several(seed("huilai-2020") + links * 10) == []


def test_the_command_line_reports_the_check(tmp_path: Path) -> None:
    both = tmp_path / "year.txt"
    both.write_text(seed("huilai-2020") + "\n" + seed("wuzhou-2021"), encoding="utf-8")
    out = run_cli("extract", str(both))
    assert out.returncode == 0
    ids = [c["id"] for c in json.loads(out.stdout)["checks"]]
    assert ids.count("completeness.several_reports") == 1
