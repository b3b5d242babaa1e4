"""What the CLI prints and writes: query results as table (rich), csv, tsv or json; the list of
saved queries; files written atomically."""

from __future__ import annotations

import csv
import dataclasses
import errno
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pyoxigraph as ox

from .errors import OutputError
from .vocab import PASTE_PREFIXES, compact

if TYPE_CHECKING:
    from .queries import SavedQuery
    from .store import Result

FORMATS = ("table", "csv", "tsv", "json")


def plain_rows(result: Result) -> list[dict[str, str | None]]:
    return [{v: (t.value if (t := row.get(v)) is not None else None) for v in result.variables}
            for row in result.rows]


# rows a table shows when the caller asks for no more (render's max_rows): a person reads a table
# of a few screens; rich lays out ~1.5 ms a row (agency-workload at 1,000 plans, 11,639 rows: 17 s)
TABLE_ROWS = 100


def render(result: Result, fmt: str, out: IO[str] | None = None, wide: bool = False,
           max_rows: int | None = None) -> None:
    """`max_rows`: a table shows at most that many rows, and says how many there are and how to
    get them all (csv, tsv and json always hold every row)."""
    if fmt == "table" and max_rows is not None and len(result.rows) > max_rows:
        capped = plain_rows(dataclasses.replace(result, rows=result.rows[:max_rows]))
        render_rows(result.variables, capped, fmt, out, wide, total=len(result.rows))
        return
    if fmt in ("csv", "tsv"):
        # straight from the terms, one list per row (render_rows builds two dicts a row first)
        # (a blank node as _:label, as in SPARQL's CSV and TSV results: sparql_csv writes it so)
        _delimited(result.variables, ([None if t is None else f"_:{t.value}" if isinstance(t, ox.BlankNode) else t.value
                                       for t in map(row.get, result.variables)] for row in result.rows),
                   fmt, out or sys.stdout)
        return
    render_rows(result.variables, plain_rows(result), fmt, out, wide)


def sparql_csv(raw: bytes) -> tuple[str, int]:
    """A store's SPARQL CSV (Store.select_csv) as kehoach writes CSV, and its number of rows. The
    two agree on values (lexical forms; "" for unbound) and on quoting (a value holding a comma, a
    quote or a line break); they differ in line ends (CRLF there), which are replaced. A text with
    a control character left (a value's own carriage return), or with one column (where Python's
    writer quotes an empty value), is read and written again, as render writes it."""
    text = raw.decode("utf-8")
    lf = text.replace("\r\n", "\n")
    header, _, _ = lf.partition("\n")
    if _CONTROLS.search(lf) or "," not in header:
        columns, records = _csv_records(text)
        rows = list(records)
        return _clean_delimited(columns, rows, "csv"), len(rows)
    return lf, lf.count("\n") - 1


def _csv_records(text: str) -> tuple[list[str], Iterator[list[str]]]:
    """SPARQL CSV read: its columns and its rows (an empty value alone on its line, which reads as
    no value at all, given back)."""
    records = csv.reader(io.StringIO(text, newline=""))
    columns = next(records, [])
    return columns, (r or [""] * len(columns) for r in records)


def csv_table(raw: bytes, max_rows: int) -> tuple[list[str], list[dict[str, str | None]], int]:
    """A store's SPARQL CSV (Store.select_csv) as a table's rows: the columns, the first `max_rows`
    rows ("" as None, as an unbound value shows) and the number of rows. What a table shows of an
    answer without a term made of each value (through a SPARQL server: its JSON results read into
    terms, agency-workload at 1,000 plans ~0.8 s)."""
    columns, records = _csv_records(raw.decode("utf-8"))
    rows: list[dict[str, str | None]] = []
    total = 0
    for r in records:
        total += 1
        if total <= max_rows:
            rows.append({c: (v or None) for c, v in zip(columns, r)})
    return columns, rows, total


def _delimited(columns: list[str], rows: Iterable[list[Any]], fmt: str, out: IO[str]) -> None:
    """CSV or TSV: a header, then the values without control characters ("" for unbound)."""
    out.write(_clean_delimited(columns, list(rows), fmt))


def _clean_delimited(columns: list[str], rows: list[list[Any]], fmt: str) -> str:
    text = _write_delimited(columns, rows, fmt)
    # written as they are, then looked at once: the writer adds no control character of its own,
    # so a text without any had none in its values (the usual case; 11,639 rows: ~0.1 s less than
    # cleaning 128,000 values one by one); otherwise written again from cleaned values, since
    # cleaning changes how the writer quotes a value (a lone carriage return is quoted)
    if _CONTROLS.search(text):
        text = _write_delimited(columns, ([printable(v) if isinstance(v, str) else v for v in r] for r in rows), fmt)
    return text


def _write_delimited(columns: list[str], rows: Iterable[list[Any]], fmt: str) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
    w.writerow(columns)
    w.writerows(["" if v is None else v for v in r] for r in rows)
    return buf.getvalue()


# C0 and C1 control characters but tab and newline: a document or a server must not be able to
# send escape sequences to the reader's terminal (ANSI colours, OSC titles, cursor moves)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
MIN_COLUMN = 12          # narrowest useful table column, in characters


def printable(value: str) -> str:
    """Text without control characters (tab and newline kept)."""
    return _CONTROLS.sub("", value)


def render_rows(columns: list[str], rows: list[dict[str, str | None]], fmt: str, out: IO[str] | None = None,
                wide: bool = False, total: int | None = None) -> None:
    """`total`: the rows of the answer, when a table is given its first ones only (see render)."""
    out = out or sys.stdout
    rows = [{k: (printable(v) if isinstance(v, str) else v) for k, v in r.items()} for r in rows]
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt in ("csv", "tsv"):
        _delimited(columns, ([r.get(c) for c in columns] for r in rows), fmt, out)
    else:
        _table(columns, rows, out, wide, total)


def _table(columns: list[str], rows: list[dict[str, str | None]], out: IO[str], wide: bool,
           total: int | None = None) -> None:
    """A table a person reads: without --wide, columns holding only IRIs are left out, cells are cut
    to one line, and columns that would not fit at MIN_COLUMN characters are named, not squeezed.
    `total`: the rows of the answer, when `rows` are its first ones only."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table
    console = Console(file=out, width=None if out.isatty() else 200)
    shown, hidden = list(columns), []
    if not wide:
        iri_only = [c for c in columns if any(r.get(c) for r in rows) and
                    all((r.get(c) or "http").startswith(("http://", "https://")) for r in rows)]
        if len(iri_only) < len(columns):
            shown = [c for c in columns if c not in iri_only]
            hidden = iri_only
        # keep the columns, in order, whose headers fit the console (each at least MIN_COLUMN wide)
        used, fit = 1, 0
        for c in shown:
            need = max(len(c), MIN_COLUMN) + 3
            if used + need > console.width and fit:
                break
            used, fit = used + need, fit + 1
        if len(shown) > fit:
            hidden = shown[fit:] + hidden
            shown = shown[:fit]
    table = Table(show_lines=False, header_style="bold")
    cells = [[_short(r.get(v), None if wide else 120) for v in shown] for r in rows]
    widths = [None] * len(shown) if wide else _fitted_widths(shown, cells, console.width)
    for v, w in zip(shown, widths):
        if wide:
            table.add_column(v, overflow="fold")
        else:
            table.add_column(v, overflow="ellipsis", no_wrap=True, width=w)
    for row in cells:
        table.add_row(*row)
    console.print(table)
    note = f"{len(rows)} row(s)"
    if total is not None and total > len(rows):
        note = f"{total:,} rows, the first {len(rows)} shown (--format csv or json gives every row)"
    if hidden:
        note += f"; not shown: {', '.join(hidden)} (--wide shows every column; --format csv or json gives all)"
    Console(file=out, width=console.width, highlight=False).print(f"[dim]{escape(note)}[/dim]")


def _fitted_widths(columns: list[str], cells: list[list[str]], console_width: int) -> list[int]:
    """Each column's width in a table of one line a row: its widest cell or header, the widest columns cut to one
    width until the table fits the console, none below its header or MIN_COLUMN (rich, left to lay out columns of
    cells that do not wrap, gave the first columns no width at all: a task table showed no source or code)."""
    from rich.cells import cell_len
    natural = [max([cell_len(c)] + [cell_len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    floor = [min(n, max(cell_len(c), MIN_COLUMN)) for n, c in zip(natural, columns)]
    room = console_width - 3 * len(columns) - 1          # a column's padding and rule
    cap = max(natural, default=0)
    while cap > 1 and sum(max(f, min(n, cap)) for n, f in zip(natural, floor)) > room:
        cap -= 1
    return [max(f, min(n, cap)) for n, f in zip(natural, floor)]


def render_graph(result: Result, fmt: str, out: IO[bytes] | None = None) -> None:
    """CONSTRUCT / DESCRIBE answers as Turtle, N-Triples or JSON-LD (prefixes as kehoach declares them)."""
    import pyoxigraph as ox
    triples = [ox.Triple(r["subject"], r["predicate"], r["object"]) for r in result.rows]  # type: ignore[arg-type]
    fmts = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
    data = ox.serialize(triples, format=fmts[fmt], prefixes=None if fmt == "nt" else PASTE_PREFIXES) or b""
    (out or sys.stdout.buffer).write(data)


def sparql_json_term(t: object, text: Callable[[str], str] = str) -> dict[str, str]:
    """A term in SPARQL 1.1 Query Results JSON: datatypes and language tags kept, RDF-star triple
    terms as {"type": "triple"}. `text` is applied to literal values (the CLI makes them
    printable; the web endpoint passes them on as stored)."""
    import pyoxigraph as ox
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": text(t.value)}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            d["datatype"] = t.datatype.value
        return d
    if isinstance(t, ox.Triple):
        return {"type": "triple", "value": {"subject": sparql_json_term(t.subject, text),  # type: ignore[dict-item]
                                            "predicate": sparql_json_term(t.predicate, text),
                                            "object": sparql_json_term(t.object, text)}}
    return {"type": "literal", "value": str(t)}


def render_srj(result: Result, ask: bool = False, out: IO[str] | None = None) -> None:
    """SPARQL 1.1 Query Results JSON (application/sparql-results+json)."""
    if ask:
        v = result.rows[0].get("result") if result.rows else None
        doc: dict = {"head": {}, "boolean": v is not None and v.value == "true"}
    else:
        doc = {"head": {"vars": result.variables},
               "results": {"bindings": [{k: sparql_json_term(v, printable) for k, v in r.items() if v is not None}
                                        for r in result.rows]}}
    (out or sys.stdout).write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")


def render_description(d: object, fmt: str) -> None:
    """`kehoach describe`: a table of statements with labels and the source, or the triples."""
    import pyoxigraph as ox

    from .describe import Description
    assert isinstance(d, Description)
    if fmt in ("ttl", "nt", "jsonld"):
        fmts = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
        prefixes = None if fmt == "nt" else PASTE_PREFIXES
        sys.stdout.buffer.write(ox.serialize(d.triples, format=fmts[fmt], prefixes=prefixes) or b"")
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table
    console = Console(highlight=False)
    console.print(f"[bold]{escape(compact(d.iri))}[/bold]")
    t = Table(header_style="bold", show_lines=False)
    for c in ("property", "value", "label"):
        t.add_column(c, overflow="fold")
    for p, v, label in d.rows:
        t.add_row(escape(compact(p)), escape(printable(_short(v, 300))), escape(printable(label or "")))
    console.print(t)
    src = d.source
    if src:
        where = src.get("file") or "?"
        if src.get("lines"):
            where += f", lines {src['lines']}"
        console.print(f"source: {escape(where)}; graph {escape(src.get('graph') or '?')}; "
                      f"kehoach {escape(src.get('tool_version') or '?')}")
        if src.get("quote"):
            console.print("[dim]" + escape(printable(src["quote"] or "")) + "[/dim]")


def render_query_list(queries: dict[str, SavedQuery], one: SavedQuery | None, fmt: str) -> None:
    """`kehoach queries`: every saved query with its parameters, or one query in full."""
    import click
    if one is not None:
        if fmt == "json":
            click.echo(json.dumps(dict(one.describe(), path=str(one.path), text=one.text), ensure_ascii=False,
                                  indent=2))
        else:
            click.echo(f"{one.name}: {one.summary}\n\n{one.description}\n\nparameters: {one.accepts()}\n"
                       f"file: {one.path}\n\n{one.text}")
        return
    if fmt == "json":
        click.echo(json.dumps([{k: v for k, v in q.describe().items() if k in ("name", "summary", "parameters")}
                               for q in queries.values()], ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table
    t = Table(header_style="bold")
    for c in ("name", "summary", "parameters"):
        t.add_column(c, overflow="fold")
    for q in queries.values():
        t.add_row(q.name, q.summary, ", ".join(f"{p.name}:{p.type}{'' if p.required else '?'}" for p in q.parameters))
    Console().print(t)


def render_link_report(out: dict, fmt: str) -> None:
    """`kehoach link`: the unit-code and Wikidata linking reports."""
    import click
    if fmt == "json":
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table
    console = Console()
    if "units" in out:
        u = out["units"]
        t = Table(title=f"administrative units -> {u['graph']}", header_style="bold")
        for c in ("place", "era", "status", "code", "official name", "type", "successors", "note"):
            t.add_column(c, overflow="fold")
        for r in u["rows"]:
            t.add_row(f"{r['name']} ({r['level']})", r["era"], r["status"],
                      f"{r['code']} ({r['edition']})" if r["code"] else "", r["officialName"] or "",
                      (r["type"] or "").removeprefix("unit-"), ", ".join(r["successors"]),
                      "; ".join(filter(None, [r["note"], ", ".join(r["candidates"])])))
        console.print(t)
        console.print(f"{u['linked']} of {len(u['rows'])} place(s) linked; data: " +
                      ", ".join(f"{d['package']} {d['version']}" for d in u["datasets"]))
    if "wikidata" in out:
        w = out["wikidata"]
        t = Table(title=f"Wikidata ({w['endpoint']}, checked {w['checked']}) -> {w['graph']}", header_style="bold")
        for c in ("kind", "label", "status", "item", "confidence", "evidence / candidates"):
            t.add_column(c, overflow="fold")
        for r in w["rows"]:
            t.add_row(r["kind"], r["label"], r["status"], r["item"] or "",
                      f"{r['confidence']:.2f}" if r["confidence"] is not None else "",
                      r["evidence"] or ", ".join(r["candidates"]))
        console.print(t)
        console.print(f"{w['linked']} of {len(w['rows'])} linked (threshold {w['threshold']:.2f})")


def write_atomic(path: str | Path, data: bytes | str) -> None:
    """Write `data` to `path` so that nothing half-written is ever left behind:
    - "-": standard output;
    - a regular file (or a new one): written to a temporary file beside it, then renamed over it,
      so a reader never sees half a file; on failure the temporary file is removed;
    - anything else (a device such as /dev/null, a FIFO, a symlink to one of those): written in
      place, since renaming over it would replace the device or link itself.
    A missing directory, a full disk or a permission problem is a one-line KehoachError."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if str(path) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    try:
        if target.is_symlink() or (target.exists() and not target.is_file()):
            with open(target, "wb") as f:
                f.write(data)
            return
        tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
        try:
            with open(tmp, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, target)
        finally:
            if tmp.exists():
                tmp.unlink()
    except OSError as e:
        reason = {errno.ENOENT: "no such directory", errno.ENOSPC: "no space left on the device",
                  errno.EACCES: "permission denied", errno.EROFS: "read-only file system",
                  errno.EISDIR: "is a directory"}.get(e.errno or 0, e.strerror or str(e))
        where = target.parent if e.errno == errno.ENOENT else target
        raise OutputError(f"cannot write {target}: {reason}" + (f" ({where})" if where != target else "")) from None


def _short(v: str | None, limit: int | None = 120) -> str:
    """A cell as a table shows it: an IRI as `kehoach sparql` accepts it back (kh:lead,
    <https://w3id.org/kehoach/eli/...>), long text cut."""
    if v is None:
        return ""
    if v.startswith(("http://", "https://")) and " " not in v:
        v = compact(v)
    return v if limit is None or len(v) <= limit else v[: limit - 1] + "…"
