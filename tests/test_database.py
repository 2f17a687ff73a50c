"""The corpus database (`lawrep extract … --format sqlite -o corpus.db`): every report stored
exactly, rows tied by foreign keys, a second run adds only new inputs, and a run that fails
leaves the database it found as it was."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
import typer

from lawrep.commands.terminal import AtomicDatabase
from lawrep.corpus.panel import IDENTITY
from lawrep.corpus.validate import validate_inputs
from lawrep.export import database
from lawrep.models import Report

from .helpers import REPORTS, ROOT, SEEDS, VARIANTS, run_cli


def build(tmp_path: Path, *inputs: Path | str, name: str = "corpus.db") -> tuple[Path, bytes]:
    db = tmp_path / name
    proc = run_cli("extract", *map(str, inputs), "--format", "sqlite", "-o", str(db), "--quiet")
    assert proc.returncode == 0, proc.stderr
    return db, proc.stderr


def rows(db: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db, _ = build(tmp_path_factory.mktemp("db"), REPORTS)
    return db


def test_every_report_is_stored_exactly_as_extract_writes_it(seeds_db: Path) -> None:
    stored = dict(rows(seeds_db, "SELECT path, report FROM reports"))
    assert sorted(Path(str(p)).stem for p in stored) == SEEDS
    for path, report_json in stored.items():
        proc = run_cli("extract", "--compact", str(path))
        assert proc.stdout.decode("utf-8").rstrip("\n") == report_json


def test_what_the_database_gives_back_validates_against_its_text(seeds_db: Path, tmp_path: Path) -> None:
    for path, report_json in rows(seeds_db, "SELECT path, report FROM reports"):
        out = tmp_path / (Path(str(path)).stem + ".json")
        out.write_text(str(report_json), encoding="utf-8")
        [result] = validate_inputs([str(out)], text_path=str(ROOT / str(path)))
        assert result.errors() == [], path


def test_foreign_keys_hold_and_child_rows_count_what_the_report_holds(seeds_db: Path) -> None:
    assert rows(seeds_db, "PRAGMA foreign_key_check") == []
    for report_id, report_json in rows(seeds_db, "SELECT id, report FROM reports"):
        report = Report.model_validate_json(str(report_json))
        (n_q,), (n_m,), (n_c,) = (
            rows(seeds_db, f"SELECT count(*) FROM {t} WHERE report_id = ?", report_id)[0]
            for t in ("quantities", "metrics", "checks")
        )
        assert (n_q, n_m, n_c) == (len(report.quantities), len(report.metrics), len(report.checks))


def test_a_part_points_at_its_total_in_the_same_report(seeds_db: Path) -> None:
    pairs = rows(
        seeds_db,
        "SELECT p.report_id, t.report_id, p.key, t.key, r.report FROM metrics p"
        " JOIN metrics t ON p.part_of = t.id JOIN reports r ON r.id = p.report_id",
    )
    assert pairs, "the seeds have breakdowns"
    for part_report, total_report, _part_key, total_key, report_json in pairs:
        assert part_report == total_report
        report = Report.model_validate_json(str(report_json))
        assert total_key in {report.metrics[m.part_of].key for m in report.metrics if m.part_of is not None}


def test_sections_keep_the_heading_tree(seeds_db: Path) -> None:
    for report_id, report_json in rows(seeds_db, "SELECT id, report FROM reports"):
        report = Report.model_validate_json(str(report_json))
        top = rows(
            seeds_db, "SELECT title FROM sections WHERE report_id = ? AND parent_id IS NULL ORDER BY id", report_id
        )
        assert [t for (t,) in top] == [s.title for s in report.outline]


def test_a_second_run_adds_only_reports_not_already_there(tmp_path: Path) -> None:
    db, _ = build(tmp_path, REPORTS)
    proc = run_cli("extract", str(REPORTS), str(VARIANTS), "--format", "sqlite", "-o", str(db))
    assert proc.returncode == 0, proc.stderr
    n_variants = len([p for p in VARIANTS.rglob("*") if p.is_file()])
    assert f"{n_variants} added to {db} ({len(SEEDS)} already there)".encode() in proc.stderr
    digests = [d for (d,) in rows(db, "SELECT sha256 FROM reports")]
    assert len(digests) == len(set(digests)) == len(SEEDS) + n_variants
    seed = REPORTS / f"{SEEDS[0]}.txt"
    assert hashlib.sha256(seed.read_bytes()).hexdigest() in digests


def test_a_bad_input_is_one_line_and_the_others_are_stored(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    db = tmp_path / "corpus.db"
    proc = run_cli("extract", str(REPORTS / f"{SEEDS[0]}.txt"), str(bad), "--format", "sqlite", "-o", str(db))
    assert proc.returncode == 1
    assert b"empty.txt" in proc.stderr and b"Traceback" not in proc.stderr
    assert rows(db, "SELECT count(*) FROM reports") == [(1,)]


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"not a database\n", b"not a SQLite database"), (None, b"without lawrep's tables")],
)
def test_a_file_that_is_not_a_corpus_is_refused_and_left_alone(
    tmp_path: Path, content: bytes | None, problem: bytes
) -> None:
    target = tmp_path / "other.db"
    if content is None:
        con = sqlite3.connect(target)
        con.execute("CREATE TABLE notes (x)")
        con.commit()
        con.close()
    else:
        target.write_bytes(content)
    before = target.read_bytes()
    proc = run_cli("extract", str(REPORTS), "--format", "sqlite", "-o", str(target))
    assert proc.returncode == 1
    assert problem in proc.stderr and proc.stderr.count(b"\n") == 1
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_a_run_that_fails_leaves_the_old_database_as_it_was(seeds_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    shutil.copyfile(seeds_db, db)
    before = db.read_bytes()
    with pytest.raises(RuntimeError), AtomicDatabase(db) as con:
        database.prepare(con)
        con.execute("DELETE FROM checks")
        raise RuntimeError("stopped half way")
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.db"]


def test_sqlite_needs_an_output_file() -> None:
    proc = run_cli("extract", str(REPORTS), "--format", "sqlite")
    assert proc.returncode == 2
    assert b"-o FILE" in proc.stderr and b"Traceback" not in proc.stderr


def test_the_same_inputs_give_the_same_rows(seeds_db: Path, tmp_path: Path) -> None:
    again, _ = build(tmp_path, REPORTS)
    for table in database.TABLES:
        assert rows(again, f"SELECT * FROM {table} ORDER BY id") == rows(seeds_db, f"SELECT * FROM {table} ORDER BY id")


def readme_block(after: str, lang: str) -> str:
    """The first ``lang`` code block of the README after the heading ``after``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rest = readme[readme.index(after) :]
    match = re.search(rf"```{lang}\n(.*?)```", rest, re.S)
    assert match is not None, f"no {lang} block after {after}"
    return match.group(1)


PANEL_CASES = [
    # (agency, key, the value the report itself states for its year), read from the seeds by hand
    ("南昌县人力资源和社会保障局", "labor_dispute.cases_received", 1590),
    ("惠来县人力资源和社会保障局", "labor_dispute.cases_received", 19),
]


def test_the_readme_sql_panel_never_sums_a_part_into_its_total(seeds_db: Path) -> None:
    table = rows(seeds_db, readme_block("### A corpus database", "sql"))
    cells = {(agency, key): value for agency, _code, _year, key, value in table}
    for agency, key, value in PANEL_CASES:
        assert cells[(agency, key)] == value
    assert len(cells) == len(table), "one row per report and key"
    rates = [v for (_a, k), v in cells.items() if k.endswith("_rate") and v is not None]
    assert rates and max(map(float, rates)) <= 100  # type: ignore[arg-type]
    # two different figures for one key in one report leave the cell empty
    assert cells[("南昌县人力资源和社会保障局", "labor_dispute.mediation_rate")] is None


def test_the_readme_pandas_panel_agrees_with_the_sql_one(seeds_db: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "metrics.csv"
    proc = run_cli("extract", str(REPORTS), "--format", "csv", "-o", str(csv_path), "--quiet")
    assert proc.returncode == 0, proc.stderr
    scope: dict[str, object] = {}
    code = readme_block("### The long CSV", "python").replace('"metrics.csv"', repr(str(csv_path)))
    exec(code, scope)
    panel = scope["panel"]
    from_pandas = {
        (agency, key): value
        for (_path, agency, _year), row in panel.iterrows()  # type: ignore[attr-defined]
        for key, value in row.items()
        if key in row.index and value == value  # NaN: no figure, or a conflict left empty
    }
    from_sql = {
        (agency, key): value
        for agency, _code, _year, key, value in rows(seeds_db, readme_block("### A corpus database", "sql"))
        if value is not None
    }
    assert from_pandas == from_sql


def test_a_name_with_url_characters_is_the_file_it_names(tmp_path: Path) -> None:
    """``#`` and ``?`` in a database's name are not URI syntax: the second run reads the hashes
    of the file it writes, not of a file named by a prefix."""
    one, two = (str(REPORTS / f"{s}.txt") for s in SEEDS[:2])
    db = tmp_path / "corpus#2?.db"
    assert run_cli("extract", one, "--format", "sqlite", "-o", str(db), "-q").returncode == 0
    assert run_cli("extract", one, two, "--format", "sqlite", "-o", str(db), "-q").returncode == 0
    assert rows(db, "SELECT count(*) FROM reports") == [(2,)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus#2?.db"]
    panel = run_cli("panel", str(db))
    assert panel.returncode == 0 and panel.stdout.count(b"\n") == 3


def test_a_database_open_elsewhere_in_wal_mode_is_refused_and_kept(tmp_path: Path) -> None:
    """Another connection's write-ahead log would be applied to the renamed copy and corrupt
    it, so the run refuses in one line; once that program closes, the database is whole."""
    db, _ = build(tmp_path, REPORTS / f"{SEEDS[0]}.txt")
    other = sqlite3.connect(db)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("UPDATE reports SET path = 'moved.txt'")
    other.commit()
    proc = run_cli("extract", str(REPORTS / f"{SEEDS[1]}.txt"), "--format", "sqlite", "-o", str(db), "-q")
    assert proc.returncode == 1 and b"in use" in proc.stderr and proc.stderr.count(b"\n") == 1
    other.close()
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db, "SELECT path FROM reports") == [("moved.txt",)]
    again = run_cli("extract", str(REPORTS / f"{SEEDS[1]}.txt"), "--format", "sqlite", "-o", str(db), "-q")
    assert again.returncode == 0, again.stderr
    assert rows(db, "SELECT count(*) FROM reports") == [(2,)]
    assert rows(db, "PRAGMA journal_mode") == [("delete",)]


def test_foreign_keys_are_enforced_while_writing(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    with pytest.raises(typer.Exit), AtomicDatabase(db) as con:
        database.prepare(con)
        con.execute(
            "INSERT INTO checks (report_id, check_id, severity, message, path) VALUES (99, 'x', 'error', 'm', '$')"
        )
    assert not db.exists() and list(tmp_path.iterdir()) == []


def test_the_readme_sql_panel_is_what_lawrep_panel_gives(seeds_db: Path) -> None:
    proc = run_cli("panel", str(seeds_db), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    identity = {*IDENTITY, "notes"}
    from_panel = {(r["agency"], k): v for r in json.loads(proc.stdout) for k, v in r.items() if k not in identity}
    from_sql = {
        (agency, key): value
        for agency, _code, _year, key, value in rows(seeds_db, readme_block("### A corpus database", "sql"))
        if value is not None
    }
    assert from_panel == from_sql


def test_a_whole_value_is_an_integer_and_a_fraction_a_float(seeds_db: Path) -> None:
    """Values are stored as the JSON has them: 1590 workers as 1590 (not 1590.0), a rate of
    96.5% as 96.5, so a spreadsheet or ``sqlite3`` shows them as the report writes them."""
    for table in ("metrics", "quantities"):
        stored = rows(seeds_db, f"SELECT value, typeof(value) FROM {table}")
        assert stored
        for value, kind in stored:
            assert kind == ("integer" if float(str(value)).is_integer() else "real"), (table, value)
        assert {kind for _, kind in stored} == {"integer", "real"}, table
