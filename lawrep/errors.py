"""Named errors. The CLI turns each into one line on stderr and exit code 1; a batch turns each
into an error record in the input's place."""

from __future__ import annotations


class LawrepError(Exception):
    """Base class of every error lawrep reports to a user."""

    source: str
    code: str
    message: str


class InputError(LawrepError):
    """A file that is not a readable report: missing, binary, undecodable, empty, too large.

    ``code`` is a stable identifier (``missing``, ``directory``, ``unreadable``, ``empty``,
    ``binary``, ``undecodable``, ``too_large``…) used in batch error records.
    """

    def __init__(self, source: str, code: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.code = code
        self.message = message

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, str]]:
        """Rebuild from the three fields, so the error crosses process boundaries (--jobs)."""
        return (type(self), (self.source, self.code, self.message))


class InternalError(LawrepError):
    """A bug inside lawrep met while reading one input: not the input's fault. In a batch it
    costs that input's record (code ``internal``), never the rest of the corpus."""

    code = "internal"

    def __init__(self, source: str, cause: BaseException | str) -> None:
        detail = cause if isinstance(cause, str) else f"{type(cause).__name__}: {cause}"
        self.source = source
        self.message = f"internal error ({detail})"
        super().__init__(f"{source}: {self.message}")

    def __reduce__(self) -> tuple[type[InternalError], tuple[str, str]]:
        """Rebuild from plain strings: the cause itself may not cross a process boundary."""
        detail = self.message.removeprefix("internal error (").removesuffix(")")
        return (type(self), (self.source, detail))
