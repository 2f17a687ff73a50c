"""The corpus database: reports and their sections, quantities, metrics and checks as SQLite
tables tied by declared foreign keys, the shape Datasette, DuckDB and ``sqlite3`` open as it is.

The standard library's ``sqlite3`` writes it: the measured notes found it five times faster
than sqlite-utils on this kind of load, and it needs nothing installed. A report is known by
the SHA-256 of its input bytes, so adding a directory twice adds nothing the second time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ..models import Report, Section

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    path TEXT,
    format TEXT NOT NULL,
    encoding TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    agency TEXT,
    agency_kind TEXT,
    province TEXT,
    city TEXT,
    county TEXT,
    region_code TEXT,
    level TEXT,
    year INTEGER,
    date TEXT,
    sections INTEGER NOT NULL,
    quantities INTEGER NOT NULL,
    metrics INTEGER NOT NULL,
    checks INTEGER NOT NULL,
    report TEXT NOT NULL  -- the report's JSON, exactly as `lawrep extract --compact` writes it
);
CREATE TABLE IF NOT EXISTS sections (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id),
    parent_id INTEGER REFERENCES sections(id),
    level INTEGER NOT NULL,
    marker TEXT NOT NULL,
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    canonical TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    line INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS quantities (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id),
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    value NUMERIC NOT NULL,  -- an integer where the value is whole (1590), else a float (0.95)
    high NUMERIC,
    unit TEXT NOT NULL,
    dimension TEXT NOT NULL,
    qualifier TEXT NOT NULL,
    change INTEGER NOT NULL,
    metric TEXT
);
CREATE TABLE IF NOT EXISTS metrics (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id),
    position INTEGER NOT NULL,  -- place in the report's metrics, from 0
    part_of INTEGER REFERENCES metrics(id),  -- the total this figure is a part of
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    value NUMERIC NOT NULL,  -- an integer where the value is whole (1590), else a float (0.95)
    high NUMERIC,
    unit TEXT NOT NULL,
    qualifier TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    subject TEXT NOT NULL,
    section TEXT NOT NULL,
    period INTEGER,
    period_from INTEGER,
    rule TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS checks (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id),
    check_id TEXT NOT NULL,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    path TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER
);
CREATE INDEX IF NOT EXISTS reports_year ON reports(year);
CREATE INDEX IF NOT EXISTS reports_region_code ON reports(region_code);
CREATE INDEX IF NOT EXISTS reports_agency_kind ON reports(agency_kind);
CREATE INDEX IF NOT EXISTS sections_report ON sections(report_id);
CREATE INDEX IF NOT EXISTS quantities_report ON quantities(report_id);
CREATE INDEX IF NOT EXISTS metrics_report ON metrics(report_id);
CREATE INDEX IF NOT EXISTS metrics_key ON metrics(key);
CREATE INDEX IF NOT EXISTS checks_report ON checks(report_id);
CREATE INDEX IF NOT EXISTS checks_check_id ON checks(check_id);
"""

TABLES = ("reports", "sections", "quantities", "metrics", "checks")


class NotACorpus(ValueError):
    """The file given is not a database lawrep wrote (another SQLite file, or no database)."""


def prepare(db: sqlite3.Connection) -> None:
    """Create the tables and indexes a new database lacks; an existing corpus keeps its rows.
    A database whose tables are not the ones lawrep writes is refused, never altered."""
    try:
        existing = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:
        raise NotACorpus(f"not a SQLite database ({error})") from None
    if existing and not set(TABLES) <= existing:
        raise NotACorpus("a SQLite database without lawrep's tables; give a new file or a corpus lawrep wrote")
    for (statement,) in _statements():
        db.execute(statement)
    for table in TABLES:
        have = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        if have != _COLUMNS[table]:
            raise NotACorpus(f"its {table} table is not the one this lawrep writes")


def _statements() -> list[tuple[str]]:
    return [(part.strip() + ";",) for part in SCHEMA.split(";") if part.strip()]


def _columns() -> dict[str, list[str]]:
    """The columns each table has in ``SCHEMA``, read from a database made from it in memory."""
    mem = sqlite3.connect(":memory:")
    try:
        mem.executescript(SCHEMA)
        return {t: [row[1] for row in mem.execute(f"PRAGMA table_info({t})")] for t in TABLES}
    finally:
        mem.close()


_COLUMNS = _columns()


def read_only_uri(path: Path | str) -> str:
    """A URI that opens ``path`` read-only, whatever characters its name has (``#``, ``?``, ``%``)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def stored_digests(path: Path) -> set[str]:
    """The SHA-256 of every report a corpus database holds; empty for a file that is not one
    (the run then says what is wrong with it, in one line, before writing anything)."""
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return set()
    try:
        return {digest for (digest,) in con.execute("SELECT sha256 FROM reports")}
    except sqlite3.Error:
        return set()
    finally:
        con.close()


def has_report(db: sqlite3.Connection, sha256: str) -> bool:
    return db.execute("SELECT 1 FROM reports WHERE sha256 = ?", (sha256,)).fetchone() is not None


def add_report(db: sqlite3.Connection, report: Report, report_json: str) -> bool:
    """Insert one report and its rows; False (and nothing written) when the database already
    holds a report of the same input bytes (``source.sha256``, hashed from the bytes read)."""
    sha256 = report.source.sha256
    if has_report(db, sha256):
        return False
    meta = report.meta
    agency = meta.agency
    cur = db.execute(
        "INSERT INTO reports (sha256, path, format, encoding, bytes, agency, agency_kind, province, city,"
        " county, region_code, level, year, date, sections, quantities, metrics, checks, report)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            sha256, report.source.path, report.source.format, report.source.encoding, report.source.bytes,
            agency.name if agency else None,
            meta.department_kind,
            meta.region.province, meta.region.city, meta.region.county, meta.region.code,
            meta.level, meta.year, meta.date,
            _count(report.outline), len(report.quantities), len(report.metrics),
            len(report.checks), report_json,
        ),
    )  # fmt: skip
    report_id = cur.lastrowid
    assert report_id is not None
    _add_sections(db, report_id, report.outline)
    db.executemany(
        "INSERT INTO quantities (report_id, text, start, \"end\", value, high, unit, dimension, qualifier,"
        " change, metric) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (report_id, q.text, q.start, q.end, q.value, q.high, q.unit, q.dimension, q.qualifier, int(q.change),
             q.metric)
            for q in report.quantities
        ],
    )  # fmt: skip
    _add_metrics(db, report_id, report)
    db.executemany(
        'INSERT INTO checks (report_id, check_id, severity, message, path, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)',
        [(report_id, c.id, c.severity, c.message, c.path, c.start, c.end) for c in report.checks],
    )
    return True


def _count(sections: list[Section]) -> int:
    return sum(1 + _count(s.children) for s in sections)


def _add_sections(db: sqlite3.Connection, report_id: int, outline: list[Section]) -> None:
    """The heading tree as rows, each child pointing at its parent's row."""

    def add(sections: list[Section], parent_id: int | None) -> None:
        for s in sections:
            cur = db.execute(
                "INSERT INTO sections (report_id, parent_id, level, marker, number, title, canonical, start,"
                ' "end", line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                (report_id, parent_id, s.level, s.marker, s.number, s.title, s.canonical, s.start, s.end, s.line),
            )
            add(s.children, cur.lastrowid)

    add(outline, None)


def _add_metrics(db: sqlite3.Connection, report_id: int, report: Report) -> None:
    """Metrics in report order; ``part_of`` becomes the row id of the total (set once every
    metric of the report has its row, as a total may be written after its parts)."""
    ids: list[int] = []
    for n, m in enumerate(report.metrics):
        cur = db.execute(
            "INSERT INTO metrics (report_id, position, key, label, value, high, unit, qualifier, text,"
            " start, \"end\", subject, section, period, period_from, rule)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (report_id, n, m.key, m.label, m.value, m.high, m.unit, m.qualifier, m.text, m.start, m.end,
             m.subject, "/".join(m.section), m.period, m.period_from, m.rule),
        )  # fmt: skip
        assert cur.lastrowid is not None
        ids.append(cur.lastrowid)
    db.executemany(
        "UPDATE metrics SET part_of = ? WHERE id = ?",
        [(ids[m.part_of], ids[n]) for n, m in enumerate(report.metrics) if m.part_of is not None],
    )


def reports(db: sqlite3.Connection) -> Iterator[tuple[str | None, str]]:
    """The stored reports as ``(path, JSON)``, in the order they were added."""
    yield from db.execute("SELECT path, report FROM reports ORDER BY id")
