"""Reading a file's bytes, with every OS failure turned into a one-line :class:`InputError`."""

from __future__ import annotations

import os
import stat

from ..errors import InputError


def too_large(name: str, size: int, max_bytes: int) -> InputError:
    """The error for an input above ``--max-bytes``."""
    return InputError(name, "too_large", f"is {size} bytes, above the limit of {max_bytes} (--max-bytes)")


def read_file(path: str | os.PathLike[str], max_bytes: int | None) -> bytes:
    """A file's bytes; ``max_bytes=None`` reads any size (JSON streams of a whole corpus)."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as fh:  # one open and one fstat: stat calls cost on network disks
            st = os.fstat(fh.fileno())
            if stat.S_ISDIR(st.st_mode):
                raise InputError(name, "directory", "is a directory, not a report file")
            if max_bytes is None:
                return fh.read()
            if st.st_size > max_bytes:
                raise too_large(name, st.st_size, max_bytes)
            return fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(name, "missing", "no such file") from None
    except PermissionError:
        if os.path.isdir(name):  # Windows refuses to open a directory with this error
            raise InputError(name, "directory", "is a directory, not a report file") from None
        raise InputError(name, "unreadable", "permission denied") from None
    except IsADirectoryError:
        raise InputError(name, "directory", "is a directory, not a report file") from None
    except OSError as exc:
        raise InputError(name, "unreadable", exc.strerror or str(exc)) from None


def read_head(path: str, size: int = 4096) -> bytes:
    """The first ``size`` bytes of a file (empty when it cannot be read: the full read that
    follows says why)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(size)
    except OSError:
        return b""
