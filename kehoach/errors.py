"""Every error kehoach reports to a user derives from KehoachError: a one-line message that
names what is wrong (a file and line, a parameter, a URL) and, where there is one, what to do.
The CLI prints `kehoach: <message>` and exits with `exit_code` (2: the command could not run;
the CLI uses 1 for "ran, and found problems"); it never shows a traceback."""

from __future__ import annotations

from pathlib import Path


class KehoachError(Exception):
    """Base class. `str(e)` is the whole one-line message; `hint` is appended after ' — '."""

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None):
        self.message = message
        self.hint = hint
        super().__init__(f"{message} — {hint}" if hint else message)


class IngestError(KehoachError):
    """A problem with one input file: the message names the file and, where known, the line."""

    def __init__(self, path: str | Path, message: str, line: int | None = None, hint: str | None = None):
        self.path = str(path)
        self.line = line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}", hint)
        self.message = message          # the message without the place


class StoreError(KehoachError):
    """The store cannot be opened, read or written (embedded or remote); nothing was changed."""


class EndpointError(StoreError):
    """An HTTP SPARQL endpoint failed: connection, timeout, HTTP status, bad answer."""


class QueryError(KehoachError):
    """A saved query, a query file or a parameter value is wrong."""


class SparqlError(QueryError):
    """The SPARQL text itself does not parse or cannot run."""


class AuditError(KehoachError):
    """The shapes cannot be loaded or run."""


class LinkError(KehoachError):
    """Linking to unit lists or Wikidata cannot proceed (missing data package, bad option)."""


class OutputError(KehoachError):
    """An output file cannot be written (missing directory, full disk, permissions)."""


class UsageError(KehoachError):
    """A command-line value that is well-formed for click but wrong for kehoach."""
