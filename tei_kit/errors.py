"""Named exceptions of tei-kit. Each carries a one-line message and, where useful, a hint."""

from __future__ import annotations


class TeiKitError(Exception):
    """Base class: a problem a user can act on. ``str(err)`` is one line."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:  # one line, always
        return " ".join(self.message.split())


class InputError(TeiKitError):
    """The input cannot be read: missing, a folder, binary, wrong encoding, too large."""

    exit_code = 2


class XMLInputError(InputError):
    """An XML input is malformed, hostile (entities, DTDs, XInclude) or not TEI."""


class OutputExistsError(TeiKitError):
    """The output file exists with other content and ``--force`` was not given."""


class OutputError(TeiKitError):
    """The output cannot be written (folder missing or not writable)."""


class InvalidTEIError(TeiKitError):
    """tei-kit made TEI that fails validation; ``report`` holds the issues."""

    def __init__(self, message: str, report=None, hint: str | None = None):
        super().__init__(message, hint)
        self.report = report


class GitError(TeiKitError):
    """A git question (which files changed since a revision) cannot be answered."""

    exit_code = 2


class SchemaError(TeiKitError):
    """A schema or Schematron file cannot be loaded or compiled."""

    exit_code = 2
