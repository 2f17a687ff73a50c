"""Named errors for bad input. The CLI turns each into one line on stderr and exit code 1."""

from __future__ import annotations


class LawrepError(Exception):
    """Base class of every error lawrep reports to a user."""


class InputError(LawrepError):
    """A file that is not a readable report: missing, binary, undecodable, empty, too large.

    ``code`` is a stable identifier (``missing``, ``directory``, ``unreadable``, ``empty``,
    ``binary``, ``undecodable``, ``too_large``, ``invalid_json``…) used in batch error records.
    """

    def __init__(self, source: str, code: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.code = code
        self.message = message

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, str]]:
        """Rebuild from the three fields, so the error crosses process boundaries (--jobs)."""
        return (type(self), (self.source, self.code, self.message))
