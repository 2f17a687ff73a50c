"""What the commands need of the terminal and the file system: atomic output files, a progress
bar on stderr, one-line failures, and a quiet stop when the reader of a pipe goes away."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import signal
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

if TYPE_CHECKING:
    import sqlite3

    from rich.progress import Progress as Bar
    from rich.progress import TaskID


BOM = "\ufeff"
BOM_HELP = "CSV: start with a UTF-8 byte-order mark, so Excel on Chinese Windows reads it as UTF-8."
Output = Annotated[
    Path | None, typer.Option("-o", "--output", metavar="FILE", help="Write here (atomically) instead of stdout.")
]
"""The ``-o FILE`` option every command that writes a file has."""
Bom = Annotated[bool, typer.Option("--bom", help=BOM_HELP)]
"""The ``--bom`` option of the commands that write CSV."""


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``lawrep: message`` on stderr; the caller raises the returned exit."""
    typer.echo(f"lawrep: {message}", err=True)
    return typer.Exit(code)


class AtomicOutput:
    """Write to a temporary file beside the target and rename it into place at the end, so an
    interrupted run never leaves a half-written file.

    The file ends up as one the shell's ``>`` makes: a new one with the mode the umask allows
    (0644 under umask 022, where ``mkstemp`` would give 0600), an existing one with its own mode,
    and through a symbolic link the file it points to. A target that cannot be written (a
    missing directory, a directory, no permission) is refused in one line before any report is
    made, and no temporary file is left behind, whatever stops the run."""

    def __init__(self, target: Path | None) -> None:
        self.target = target
        self.tmp: str | None = None
        self.dest: Path | None = None
        self.fh: TextIO = sys.stdout
        self.on_term: Callable[..., object] | int | None = None  # SIGTERM's handler before, put back at the end

    def __enter__(self) -> TextIO:
        if self.target is not None:
            self.dest = _destination(self.target)
            fd, self.tmp = _create_beside(self.dest, self.target)
            self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
            self.on_term = signal.signal(signal.SIGTERM, self._on_signal)  # SIGINT already raises KeyboardInterrupt
        return self.fh

    def _on_signal(self, signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self.target is None:
            return
        try:
            error = self._finish(commit=exc_type is None)
        finally:
            if self.on_term is not None:  # only now: a SIGTERM until here still removes the file
                signal.signal(signal.SIGTERM, self.on_term)
        if exc_type is not None:  # that exception goes on, unless it is the disk's
            error = exc if isinstance(exc, OSError) and exc.errno in _WRITE_ERRNOS else None
        if error is not None:
            raise fail(f"{self.target}: cannot write: {error.strerror or error}") from None

    def _finish(self, *, commit: bool) -> OSError | None:
        """Close the temporary file, then rename it into place (``commit``) or remove it; return
        what went wrong."""
        assert self.tmp is not None and self.dest is not None
        try:
            self.fh.close()  # flushes: the disk may fill up here too
            if commit:
                os.replace(self.tmp, self.dest)
                self.tmp = None
            return None
        except OSError as error:
            return error
        finally:
            if self.tmp is not None:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.tmp)


class AtomicDatabase:
    """A SQLite database written as ``-o`` files are: the run works on a copy beside the target
    (made with SQLite's backup API, so a database in WAL mode is copied whole) and renames it
    into place only when every report is in. A failed, interrupted or terminated run leaves the
    old database as it was and no temporary file. While the run lasts it holds a read lock on
    the old database, so a writer elsewhere waits instead of writing into a file about to be
    replaced; a database another program has open in WAL mode (which that lock cannot hold
    back) is refused before anything is written."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.tmp: str | None = None
        self.db: sqlite3.Connection | None = None
        self.old: sqlite3.Connection | None = None
        self.on_term: Callable[..., object] | int | None = None

    def __enter__(self) -> sqlite3.Connection:
        import sqlite3

        dest = _destination(self.target)
        fd, self.tmp = _create_beside(dest, self.target)
        os.close(fd)
        try:
            self.db = sqlite3.connect(self.tmp, isolation_level=None)
            if _has_live_wal(dest):
                self._discard()
                raise fail(f"{self.target}: in use: another program has it open in WAL mode; close it and run again")
            if dest.exists() and dest.stat().st_size > 0:
                self.old = sqlite3.connect(dest.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
                self.old.execute("BEGIN")
                self.old.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read lock
                self.old.backup(self.db)
                self.db.execute("PRAGMA journal_mode = DELETE")  # the copy is one file, whatever the old one was
            self.db.execute("PRAGMA foreign_keys = ON")  # outside a transaction, where SQLite honours it
            self.db.execute("BEGIN")
        except (OSError, sqlite3.Error) as error:
            self._discard()
            problem = "not a SQLite database" if isinstance(error, sqlite3.DatabaseError) else "cannot write"
            raise fail(f"{self.target}: {problem} ({getattr(error, 'strerror', None) or error})") from None
        self.on_term = signal.signal(signal.SIGTERM, self._on_signal)
        return self.db

    def _on_signal(self, signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        import sqlite3

        try:
            if exc_type is not None:
                self._discard()
                if isinstance(exc, (sqlite3.Error, OSError)):
                    raise fail(f"{self.target}: cannot write: {getattr(exc, 'strerror', None) or exc}") from None
                return
            try:
                assert self.db is not None and self.tmp is not None
                self.db.execute("COMMIT")
                self.db.close()
                self._close_old()
                os.replace(self.tmp, _destination(self.target))
                self.tmp = None
            except (OSError, sqlite3.Error) as error:
                self._discard()
                raise fail(f"{self.target}: cannot write: {getattr(error, 'strerror', None) or error}") from None
        finally:
            if self.on_term is not None:
                signal.signal(signal.SIGTERM, self.on_term)

    def _close_old(self) -> None:
        if self.old is not None:
            with contextlib.suppress(Exception):
                self.old.close()
            self.old = None

    def _discard(self) -> None:
        """Close both connections and remove the copy with any journal SQLite made beside it."""
        if self.db is not None:
            with contextlib.suppress(Exception):
                self.db.close()
        self._close_old()
        if self.tmp is not None:
            for name in (self.tmp, *(self.tmp + s for s in ("-journal", "-wal", "-shm"))):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(name)
            self.tmp = None


def _has_live_wal(dest: Path) -> bool:
    """Whether a SQLite write-ahead log with content lies beside the database: a connection
    elsewhere has it open in WAL mode, and would write into the file a rename replaces."""
    try:
        return os.path.getsize(f"{dest}-wal") > 0
    except OSError:
        return False


_WRITE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS}
"""Errors of writing the file itself (a full disk…): one line, not a traceback. Any other
error inside the block is not the output's and goes on as it is."""


def _destination(target: Path) -> Path:
    """Where ``-o`` writes: the target, or the file a symbolic link points to, once it is known
    that a file can be made there."""
    dest = Path(os.path.realpath(target)) if target.is_symlink() else target
    parent = dest.parent
    if dest.is_dir():
        raise fail(f"{target}: is a directory; -o takes the name of a file to write")
    if not parent.is_dir():
        problem = (
            f"{parent} is a file, not a directory" if parent.exists() else f"the directory {parent} does not exist"
        )
        raise fail(f"{target}: cannot write: {problem}")
    if dest.exists() and not os.access(dest, os.W_OK):
        raise fail(f"{target}: cannot write: the file is read-only")
    return dest


def _create_beside(dest: Path, target: Path) -> tuple[int, str]:
    """A new temporary file in the target's directory (so the rename is atomic), created with
    mode 0666 for the umask to reduce, as any new file is, or with the target's mode."""
    try:
        mode = stat.S_IMODE(os.stat(dest).st_mode)
    except OSError:
        mode = None
    for _ in range(100):
        tmp = str(dest.parent / f".{dest.name}.{secrets.token_hex(4)}.part")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
        except FileExistsError:
            continue
        except OSError as error:
            raise fail(f"{target}: cannot write in {dest.parent}: {error.strerror or error}") from None
        if mode is not None:
            with contextlib.suppress(OSError):  # not ours to change: it keeps the umask's mode
                os.chmod(tmp, mode)
        return fd, tmp
    raise fail(f"{target}: cannot write: no free temporary name in {dest.parent}")


def quiet_broken_pipe() -> None:
    """The reader went away (``| head``): stop quietly, as command-line tools do."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


class Progress:
    """A rich progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total, self.enabled = total, enabled
        self.bar: Bar | None = None
        self.task: TaskID | None = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, TimeRemainingColumn
            from rich.progress import Progress as Bar

            bar = Bar("extract", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True)
            bar.start()
            self.bar, self.task = bar, bar.add_task("extract", total=self.total)
        return self

    def advance(self) -> None:
        if self.bar is not None:
            assert self.task is not None
            self.bar.advance(self.task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
