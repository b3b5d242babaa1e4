"""Where kehoach keeps, on the machine it runs on, what it can always make again: the audit's
query analyses (kehoach.audit.memo), the findings of a remote store's audits
(kehoach.audit.cache) and a remote store's counts for `kehoach stats` (kehoach.stats).

The directory: KEHOACH_CACHE_DIR, else $XDG_CACHE_HOME/kehoach, else ~/.cache/kehoach. What is
kept there for a remote store is named after the endpoint (see endpoint_name): one file per
server and user name, never shared by two."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path


def cache_dir() -> Path:
    explicit = os.environ.get("KEHOACH_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kehoach"


def endpoint_name(query_url: str, update_url: str) -> str:
    """A file name for what is kept about a remote store: its host (to be found by a person) and a
    digest of its query and update URLs and the user name the requests carry (two servers, or two
    users of one server who may see different graphs, never share a file)."""
    user = os.environ.get("KEHOACH_USER") or ""
    digest = hashlib.sha256("\n".join((query_url, update_url, user)).encode("utf-8")).hexdigest()[:16]
    host = re.sub(r"[^A-Za-z0-9.-]+", "-", query_url.split("://", 1)[-1].split("/", 1)[0]).strip("-")
    return f"{host or 'endpoint'}-{digest}"
