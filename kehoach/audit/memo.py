"""What the audit derives from the shapes' query texts, kept between runs.

Loading the shapes checks every SHACL-SPARQL query (kehoach.audit.prebinding) and analyses how a
run restricted to some focus nodes narrows it (kehoach.audit.sparql.narrowing); the incremental
audit reads the IRIs each names. All of it comes from rdflib's parse of the query (pyparsing:
~0.6 s for the shapes' 14 texts, more than half of loading them, at every `kehoach audit`). Each
analysis is a function of the text alone, and of the code that makes it: its answer (JSON: lists,
strings, numbers, booleans) is kept in a file of the user's cache directory, keyed by a digest
of the function's name, its arguments, the text, the sources of kehoach.audit and the versions of
kehoach and rdflib. So a changed shape, or a changed analysis, is analysed afresh.

The directory: KEHOACH_CACHE_DIR, else $XDG_CACHE_HOME/kehoach, else ~/.cache/kehoach. A file
that cannot be read (missing, damaged, another format) is an empty cache; one that cannot be
written (a read-only home) keeps the answers for this process only. Writes replace the file
whole (a temporary file renamed), so a reader never sees half of one."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import rdflib

from kehoach import __version__
from kehoach.localcache import cache_dir

FILE = "query-analyses.json"
_FORMAT = 1
F = TypeVar("F", bound=Callable[..., Any])


@functools.cache
def _code() -> str:
    """The digest of what the answers depend on besides the text: this package's sources and the
    versions of kehoach and rdflib."""
    h = hashlib.sha256(f"{_FORMAT}\0{__version__}\0{rdflib.__version__}\0".encode())
    for f in sorted(Path(__file__).parent.glob("*.py")):
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


class _Table:
    """The answers of one cache directory, read once, written again after each new answer."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.answers: dict[str, Any] = {}

    def _load(self) -> None:
        path = cache_dir() / FILE
        if path == self.path:
            return
        self.path, self.answers = path, {}
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(doc, dict) and doc.get("code") == _code() and isinstance(doc.get("answers"), dict):
            self.answers = doc["answers"]

    def get(self, key: str) -> tuple[bool, Any]:
        self._load()
        return (key in self.answers, self.answers.get(key))

    def put(self, key: str, value: Any) -> None:
        self._load()
        self.answers[key] = value
        assert self.path is not None
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".query-analyses-", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump({"code": _code(), "answers": self.answers}, out, ensure_ascii=False)
                os.replace(tmp, self.path)
            except OSError:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise


_TABLE = _Table()


# decoders that refuse what this code does not write (then the answer is made again)
def strings(v: Any) -> list[str]:
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise TypeError("not a list of strings")
    return v


def boolean(v: Any) -> bool:
    if not isinstance(v, bool):
        raise TypeError("not a boolean")
    return v


def kept(encode: Callable[[Any], Any] = lambda v: v, decode: Callable[[Any], Any] = lambda v: v) -> Callable[[F], F]:
    """Keep the answers of a function of strings between runs (see the module docstring).
    `encode` makes an answer JSON (lists, strings, numbers, booleans, None), `decode` makes it back
    what the function returns."""
    def wrap(fn: F) -> F:
        name = f"{fn.__module__}.{fn.__qualname__}"

        @functools.wraps(fn)
        def cached(*args: str) -> Any:
            key = hashlib.sha256("\0".join((name, _code(), *args)).encode("utf-8")).hexdigest()
            found, value = _TABLE.get(key)
            if found:
                try:
                    return decode(value)
                except (TypeError, ValueError, KeyError):
                    pass                    # not what this code writes: made again
            answer = fn(*args)
            _TABLE.put(key, encode(answer))
            return answer
        return cached  # type: ignore[return-value]
    return wrap
