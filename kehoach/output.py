"""Rendering query results: table (rich), csv, tsv, json."""

from __future__ import annotations

import csv
import io
import json
import sys

from .store import Result

FORMATS = ("table", "csv", "tsv", "json")


def plain_rows(result: Result) -> list[dict[str, str | None]]:
    return [{v: (row.get(v).value if row.get(v) is not None else None) for v in result.variables}
            for row in result.rows]


def render(result: Result, fmt: str, out=None) -> None:
    out = out or sys.stdout
    rows = plain_rows(result)
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=result.variables, delimiter="," if fmt == "csv" else "\t",
                           lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if v is None else v) for k, v in r.items()})
        out.write(buf.getvalue())
    else:
        from rich.console import Console
        from rich.table import Table
        table = Table(show_lines=False, header_style="bold")
        for v in result.variables:
            table.add_column(v, overflow="fold")
        for r in rows:
            table.add_row(*[_short(r[v]) for v in result.variables])
        Console(file=out, width=None if out.isatty() else 200).print(table)
        Console(file=out).print(f"[dim]{len(rows)} row(s)[/dim]")


def _short(v: str | None, limit: int = 120) -> str:
    if v is None:
        return ""
    v = v.replace("https://w3id.org/kehoach/", "khr:")
    return v if len(v) <= limit else v[: limit - 1] + "…"
