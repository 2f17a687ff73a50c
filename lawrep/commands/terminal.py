"""What the commands need of the terminal and the file system: atomic output files, a progress
bar on stderr, one-line failures, and a quiet stop when the reader of a pipe goes away."""

from __future__ import annotations

import os
import signal
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import typer

if TYPE_CHECKING:
    from rich.progress import Progress as Bar
    from rich.progress import TaskID


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``lawrep: message`` on stderr; the caller raises the returned exit."""
    typer.echo(f"lawrep: {message}", err=True)
    return typer.Exit(code)


class AtomicOutput:
    """Write to a temporary file beside the target and rename it into place at the end, so an
    interrupted run never leaves a half-written file."""

    def __init__(self, target: Path | None) -> None:
        self.target = target
        self.tmp: str | None = None
        self.fh: TextIO = sys.stdout

    def __enter__(self) -> TextIO:
        if self.target is not None:
            fd, self.tmp = tempfile.mkstemp(
                prefix=f".{self.target.name}.", suffix=".part", dir=self.target.parent or "."
            )
            self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
            signal.signal(signal.SIGTERM, self._on_signal)  # SIGINT already raises KeyboardInterrupt
        return self.fh

    def _on_signal(self, signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self.target is None or self.tmp is None:
            return
        self.fh.close()
        if exc_type is None:
            os.replace(self.tmp, self.target)
        else:
            os.unlink(self.tmp)


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
