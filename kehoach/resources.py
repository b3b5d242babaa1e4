"""Where the data folders (ontology/, shapes/, queries/) are: inside the installed package
(`kehoach/_data/...`, as the wheel ships them) or at the root of a source checkout."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def data_dir(kind: str) -> Path:
    for candidate in (_PKG / "_data" / kind, _PKG.parent / kind):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kehoach data folder '{kind}' not found next to {_PKG}")


def data_file(kind: str, name: str) -> Path:
    return data_dir(kind) / name
