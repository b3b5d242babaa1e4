"""kehoach command line: each command opens the store and calls one library function.

Examples:
  kehoach ingest ../shared/seeds/*.txt
  kehoach stats
  kehoach query tasks --param source=000_73d4bb3c1402900e.txt --format csv
  kehoach query documents --format json
  kehoach sparql "SELECT (COUNT(*) AS ?n) WHERE { ?t a kh:Task }"
  kehoach export --format ttl -o kehoach.ttl

Exit codes: 0 done; 1 done, but something was found or failed (a file not ingested, an audit
finding at --fail-on, a publish mismatch); 2 the command could not run (bad option, store,
query or parameter), with one line on standard error saying why.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from . import __version__
from .errors import KehoachError, UsageError
from .output import (
    FORMATS,
    TABLE_ROWS,
    csv_table,
    render,
    render_link_report,
    render_query_list,
    render_rows,
    sparql_csv,
    write_atomic,
)
from .store import DEFAULT_STORE, Result, Store, open_store
from .store.base import OXIGRAPH_COMPACT, half_written

F = TypeVar("F", bound=Callable[..., Any])

# documents written by one ingest after which it suggests `kehoach optimize` (1,000 plans: the
# compaction takes 16 s; 10,000: 183 s, and the first queries after a large ingest pay for it)
OPTIMIZE_HINT = 500


class Ctx:
    def __init__(self, store: str | None, quiet: bool, wait: float = 0.0):
        self.location = store
        self.quiet = quiet
        self.wait = wait
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        """The store, for reading: a missing store is an error (never created by a read)."""
        return self._open(create=False)

    @property
    def read_store(self) -> Store:
        """The store, for a command that only reads it: an embedded store opened read-only (faster,
        and shared with other readers; see EmbeddedStore)."""
        return self._open(create=False, read_only=True)

    @property
    def writable_store(self) -> Store:
        """The store, for writing: created when missing."""
        return self._open(create=True)

    def _open(self, create: bool, read_only: bool = False) -> Store:
        """The store, opened at its first use (as the property asking first wants it) and kept."""
        if self._store is None:
            Store.notify = lambda message: click.echo(f"kehoach: {message}", err=True)
            self._store = self._opened(open_store(self.location, create=create, wait=self.wait,
                                                  read_only=read_only))
        return self._store

    @staticmethod
    def _opened(store: Store) -> Store:
        """Say what opening the store repaired: graphs an interrupted ingest left half-written."""
        for g in store.recovered:
            click.echo(f"kehoach: {half_written(g)}", err=True)
        return store

    def close(self) -> None:
        """Release the store (an embedded store holds a lock on its directory until closed)."""
        store, self._store = self._store, None
        close = getattr(store, "close", None)
        if close is not None:
            close()


class KehoachGroup(click.Group):
    """Turns every KehoachError into one line on standard error and its exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KehoachError as e:
            click.echo(f"kehoach: {_printable(str(e))}", err=True)
            ctx.exit(e.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            click.echo("kehoach: interrupted", err=True)
            ctx.exit(130)
        except Exception as e:      # a bug of ours: one line for the user, the traceback on request
            if os.environ.get("KEHOACH_DEBUG"):
                raise
            click.echo(f"kehoach: internal error: {type(e).__name__}: {_printable(str(e))[:300]} "
                       "(set KEHOACH_DEBUG=1 for the traceback, and please report it)", err=True)
            ctx.exit(70)


def _printable(text: str) -> str:
    """One line with no control characters (terminal escape sequences in a file name or a server's
    message must not reach the terminal)."""
    return "".join(c if c.isprintable() else " " for c in text.replace("\n", " "))


def fail(message: str, code: int = 2) -> NoReturn:
    e = UsageError(message)
    e.exit_code = code
    raise e


def format_option(choices: tuple[str, ...] = FORMATS, default: str = "table") -> Callable[[F], F]:
    """The shared --format option."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format.")


def wide_option() -> Callable[[F], F]:
    """--wide: tables show every column (IRIs included) and whole cells."""
    return click.option("--wide", is_flag=True, help="Tables: show every column, IRIs included, and whole cells.")


def service_option() -> Callable[[F], F]:
    """--allow-service [SECONDS]: permit SERVICE clauses, with a time limit."""
    return click.option("--allow-service", type=click.FloatRange(min=1), is_flag=False, flag_value=30.0,
                        default=None, metavar="[SECONDS]",
                        help="Permit SERVICE clauses (calls to other SPARQL servers), cut off after SECONDS "
                             "(default 30). Refused without this option.")


def _service(store: Store, seconds: float | None) -> None:
    if seconds is not None:
        store.allow_service, store.service_timeout = True, seconds


def output_option(help: str = "Write to a file instead of standard output.") -> Callable[[F], F]:
    """The shared -o/--output option."""
    return click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), metavar="FILE|-",
                        help=help)


@click.group(cls=KehoachGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", envvar="KEHOACH_STORE", metavar="DIR|URL",
              help=f"Store directory, or the http(s) URL of a SPARQL 1.1 endpoint (credentials from "
                   f"KEHOACH_USER / KEHOACH_PASSWORD) (env KEHOACH_STORE; default {DEFAULT_STORE}).")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.option("--wait", type=click.FloatRange(min=0), default=0, metavar="SECONDS", show_default=True,
              help="Wait this long for another kehoach process to release the store.")
@click.version_option(__version__, prog_name="kehoach")
@click.pass_context
def main(ctx: click.Context, store: str | None, quiet: bool, wait: float) -> None:
    """kehoach: Vietnamese government plans (kế hoạch) as a knowledge graph."""
    if store is not None and store.startswith("-"):
        # "kehoach --store --help": click takes the next word for the path; a store named "--help" is a typo
        raise click.BadParameter(f"{store!r} is an option, not a store: give the store's folder or URL after "
                                 "--store", param_hint="'--store'")
    ctx.obj = Ctx(store, quiet, wait)
    ctx.call_on_close(ctx.obj.close)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--audit", "audit_after", is_flag=True,
              help="Then audit what changed (incrementally) and report the findings of the files ingested.")
@click.pass_obj
def ingest(obj: Ctx, files: tuple[str, ...], audit_after: bool) -> None:
    """Read plan documents (markdown, text, TSV, PDF text, .docx) into the store.

    Each file becomes one named graph; re-ingesting a file replaces its graph atomically.
    A file that cannot be read gets a one-line error and leaves the store as it was; the
    other files are still ingested. Exit code 1 when any file failed.

    \b
    Examples:
      kehoach ingest ../shared/seeds/*.txt
      kehoach ingest --audit new-plan.md
    """
    import time

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .pipeline import Outcome, expand, ingest_files
    paths = expand(files)
    if not paths:
        fail("no documents found in the given paths")
    err = Console(stderr=True)
    failures = 0
    store = obj.writable_store
    started = time.monotonic()
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                  MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TimeRemainingColumn(),
                  console=err, transient=True,
                  disable=obj.quiet or len(paths) < 2 or not err.is_terminal) as progress:
        task = progress.add_task("ingesting", total=len(paths), rate="")

        def done(o: Outcome) -> None:
            nonlocal failures
            finished = progress.tasks[0].completed + 1
            rate = finished / max(time.monotonic() - started, 1e-6)
            progress.update(task, advance=1, rate=f"{rate:.1f} docs/s")
            if o.ok:
                if not obj.quiet:
                    click.echo(f"ok  {_printable(o.message)}")
                if o.note:
                    click.echo(f"note: {_printable(o.note)}", err=True)
            else:
                failures += 1
                click.echo(f"error: {_printable(o.message)}", err=True)
        outcomes = ingest_files(store, paths, done)
    new = sum(1 for o in outcomes if o.ok)
    from .store import EmbeddedStore
    if new >= OPTIMIZE_HINT and not obj.quiet:
        if isinstance(store, EmbeddedStore):
            click.echo(f"kehoach: {new} documents written: `kehoach optimize` compacts the store now (otherwise "
                       "the first queries and audits pay for it: 10,000 plans, 183 s once)", err=True)
        elif getattr(store, "on_oxigraph", False):      # (a RemoteStore)
            # (measured: 1,000 plans through oxigraph serve, a full audit 8.8 s right after the
            # ingest, 3.8 s next, 2.8 s two minutes later or after oxigraph optimize)
            click.echo(f"kehoach: {new} documents written: the server compacts them in the background, and the "
                       "first queries and audits are slower until it is done (1,000 plans: a full audit 3 times "
                       f"as long right after the ingest); {OXIGRAPH_COMPACT}", err=True)
    if audit_after:
        from rich.console import Console as Out

        from . import audit as A
        ingested = {o.graph for o in outcomes if o.ok and o.graph}
        findings = [f for f in A.Auditor(store).run(incremental=True) if f.graph in ingested]
        A.to_text(findings, Out())
    if failures:
        sys.exit(1)


@main.command()
@format_option(("ttl", "nt", "nq", "trig", "jsonld"), "ttl")
@output_option()
@click.option("--void", "void_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Also write a VoID + DCAT description (Turtle) of the dataset, computed from the store.")
@click.option("--download-url", metavar="URL", help="Where the exported file will be published (for --void).")
@click.pass_obj
def export(obj: Ctx, fmt: str, output: str | None, void_file: str | None, download_url: str | None) -> None:
    """Write the whole graph (all documents, ontology, gazetteer).

    ttl, nt and jsonld merge all graphs; nq and trig keep one named graph per document.

    \b
    Example: kehoach export --format nq -o kehoach.nq --void kehoach.void.ttl
    """
    data = obj.read_store.export(fmt)
    if output:
        write_atomic(output, data)
        if not obj.quiet and output != "-":
            click.echo(f"wrote {len(data)} bytes to {output}", err=True)
    else:
        sys.stdout.buffer.write(data)
    if void_file:
        from pathlib import Path

        from .void import Distribution, describe, to_turtle
        dist = Distribution(fmt, len(data), download_url, Path(output).name if output else None)
        write_atomic(void_file, to_turtle(describe(obj.read_store, dist, getattr(obj.read_store, "query_url", None))))
        if not obj.quiet:
            click.echo(f"wrote the VoID/DCAT description to {void_file}", err=True)


@main.command()
@click.argument("ref", metavar="FILE|NUMBER|IRI")
@click.pass_obj
def remove(obj: Ctx, ref: str) -> None:
    """Remove one ingested document: its graph, and from the union the triples only it asserted.

    REF is the file name it was ingested from, its number in any spelling, its document IRI or its
    graph IRI. When REF names several documents, nothing is removed and they are listed.

    \b
    Examples:
      kehoach remove 004_35cf8d864bcec6de.txt
      kehoach remove 12127/KH-UBND
    """
    from .manage import remove as remove_document
    r = remove_document(obj.store, ref)
    if not obj.quiet:
        click.echo(f"removed {r.graph} ({r.file}, {r.triples} triples)")


@main.command()
@click.pass_obj
def optimize(obj: Ctx) -> None:
    """Compact an embedded store after a large ingest: the first queries and audits after it as fast
    as later ones, and a large store smaller (10,000 plans: 16 GB -> 9.1 GB in ~3 minutes; 1,000
    plans: 16 s, 1.68 -> 1.77 GB: a small store may grow a little).

    \b
    Example: kehoach ingest corpus/ && kehoach optimize
    """
    from .store import EmbeddedStore
    store = obj.store
    if not isinstance(store, EmbeddedStore):
        store.optimize()                    # refused: a SPARQL endpoint manages its own storage
        return
    before = _dir_mb(store.path)
    started = time.perf_counter()
    store.optimize()
    store.flush()
    if not obj.quiet:
        click.echo(f"compacted {store.path}: {before:,.0f} MB -> {_dir_mb(store.path):,.0f} MB "
                   f"in {time.perf_counter() - started:.1f} s")


def _dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


@main.command("import")
@click.argument("dump", type=click.Path(exists=True, dir_okay=False))
@click.pass_obj
def import_(obj: Ctx, dump: str) -> None:
    """Load an export back: every named graph of DUMP (.nq or .trig, as `kehoach export` writes
    them) replaces the graph of that name; the union graph is rebuilt. The whole file is read
    before anything is written, so a broken dump changes nothing.

    \b
    Example: kehoach export --format nq -o backup.nq && kehoach --store new import backup.nq
    """
    from .manage import import_dump
    r = import_dump(obj.writable_store, dump)
    if not obj.quiet:
        click.echo(f"imported {r.graphs} graph(s), {r.triples} triples from {dump}")


@main.command()
@format_option()
@click.option("--recount", is_flag=True,
              help="Count again, not reading back the counts kept since the last write (a store changed by "
                   "another tool than kehoach).")
@click.pass_obj
def stats(obj: Ctx, fmt: str, recount: bool) -> None:
    """Counts of what the store holds (the "(all)" row of the saved query `stats`, plus the
    document graphs, quads (the triples of each named graph, summed) and named graphs of the store).
    An embedded store keeps them until its next write; a remote store's are kept on this machine
    until its next write through kehoach (from any machine)."""
    from .stats import counted
    counts, old = counted(obj.read_store, again=recount)
    if old:
        _warn([f"{old} document graph(s) were ingested by an older kehoach without statistics: their tasks, "
               "goals and citations are not counted here or by the saved queries stats, totals, agency-workload "
               "and agency-kinds; ingest their files again"])
    render_rows(["what", "count"], [{"what": k, "count": str(v)} for k, v in counts], fmt)


def _warn(messages: list[str]) -> None:
    for m in messages:
        click.echo(f"warning: {_printable(m)}", err=True)


def _is_graph_query(text: str) -> bool:
    from .sparql_client import query_form
    return query_form(text) in ("CONSTRUCT", "DESCRIBE")


def _is_ask(text: str) -> bool:
    from .sparql_client import query_form
    return query_form(text) == "ASK"


def _params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for v in values:
        if "=" not in v:
            fail(f"--param expects key=value, got {v!r}")
        k, _, val = v.partition("=")
        out[k.strip()] = val
    return out


@main.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="Query parameter (repeatable).")
@click.option("--file", "qfile", type=click.Path(exists=True, dir_okay=False),
              help="Run a .rq file instead of a saved query (the prefixes of `kehoach sparql` are predeclared).")
@format_option()
@click.option("--limit", type=click.IntRange(min=0), default=None, metavar="N",
              help=f"Show at most N rows (a table shows the first {TABLE_ROWS} when not given).")
@click.option("--page", type=click.IntRange(min=1), default=None, metavar="N",
              help="Page N of a paginated query ('#+ pagination:' header; default: page 1).")
@click.option("--all", "every", is_flag=True, help="Every row of a paginated query, not one page.")
@wide_option()
@service_option()
@click.pass_obj
def query(obj: Ctx, name: str | None, params: tuple[str, ...], qfile: str | None, fmt: str,
          limit: int | None, page: int | None, every: bool, wide: bool, allow_service: float | None) -> None:
    """Run a saved query (see `kehoach queries`) or a .rq file.

    A paginated query (tasks) answers one page at a time: --page N for page N, --all for every row.

    \b
    Examples:
      kehoach query tasks --format json
      kehoach query tasks --page 2 --format csv
      kehoach query tasks --all --format csv
      kehoach query tasks --param source=003_c94ae1e408b8e268.txt --format csv
      kehoach query --file my.rq      (or: kehoach query my.rq)
    """
    from pathlib import Path
    if name and not qfile and (name.lower().endswith(".rq") or "/" in name or os.sep in name):
        # a file given where a name goes ("kehoach query my.rq"): run it as --file would
        if not Path(name).is_file():
            fail(f"{name}: no such query file (saved queries are named without a path: kehoach queries)")
        qfile = name
    if qfile:
        from .queries import parse_query
        q = parse_query(Path(qfile))
    elif name:
        from .queries import get_query
        q = get_query(name)
    else:
        fail("give a query NAME or --file FILE (list them with: kehoach queries)")
    if page is not None and every:
        fail("give --page N or --all, not both")
    if (page is not None or every) and q.pagination is None:
        fail(f"query '{q.name}' is not paginated: --page and --all are for queries with a '#+ pagination:' header")
    paged = q.pagination is not None and not every
    number = page or 1
    from .checks import explain_empty, warnings_for
    given = _params(params)
    subs = q.bind(given)
    _service(obj.read_store, allow_service)
    text = q.page_text(number) if paged else q.text
    if qfile:
        _warn(warnings_for(obj.read_store, text))
    # saved queries declare their prefixes; a user's file gets the predeclared ones (its own win)
    # CSV of every row is written by the store (no term made of each value): 11,639 rows ~0.2 s less
    # (through a SPARQL server ~0.8 s less); a table is made from it too
    answer = (obj.read_store.select_csv(text, subs, prefixes=bool(qfile)) if fmt in ("csv", "table") and limit is None
              else obj.read_store.select(text, subs, prefixes=bool(qfile)))
    if isinstance(answer, bytes) and fmt == "csv":
        csv_text, shown = sparql_csv(answer)
        if not shown:
            explain_empty(obj.read_store, q, given, Result([], []))
        sys.stdout.write(csv_text)
    elif isinstance(answer, bytes):
        columns, rows, shown = csv_table(answer, TABLE_ROWS)
        if not shown:
            explain_empty(obj.read_store, q, given, Result([], []))
        render_rows(columns, rows, fmt, wide=wide, total=shown)
    else:
        explain_empty(obj.read_store, q, given, answer)
        shown = len(answer.rows)
        if limit is not None:
            answer.rows = answer.rows[:limit]
        render(answer, fmt, wide=wide, max_rows=TABLE_ROWS if limit is None else None)
    more = paged and q.pagination is not None and shown >= q.pagination
    if paged and not obj.quiet:
        if more:
            click.echo(f"kehoach: page {number} of '{q.name}' shown ({q.pagination} rows a page); more rows may "
                       f"follow: --page {number + 1} for the next page, --all for every row", err=True)
        elif not shown and number > 1:
            click.echo(f"kehoach: page {number} of '{q.name}' is empty: the answer ends before it "
                       f"({q.pagination} rows a page)", err=True)


@main.command()
@click.argument("text")
@format_option(FORMATS + ("srj", "ttl", "nt", "jsonld"))
@wide_option()
@service_option()
@click.pass_obj
def sparql(obj: Ctx, text: str, fmt: str, wide: bool, allow_service: float | None) -> None:
    """Run ad-hoc SPARQL over all graphs (common prefixes kh:, eli:, org:, skos:, ... predeclared).

    SELECT and ASK: table, csv, tsv, json (values only) or srj (SPARQL 1.1 JSON results, with
    datatypes and language tags). CONSTRUCT and DESCRIBE: ttl, nt or jsonld (table lists triples).

    \b
    Examples:
      kehoach sparql "SELECT (COUNT(*) AS ?n) WHERE { ?t a kh:Task }"
      kehoach sparql "DESCRIBE <https://w3id.org/kehoach/eli/vn/qd-ttg/2026/155>" --format ttl
    """
    from .checks import warnings_for
    from .output import render_graph, render_srj
    _service(obj.read_store, allow_service)
    answer = obj.read_store.select_csv(text) if fmt in ("csv", "table") else obj.read_store.select(text)
    _warn(warnings_for(obj.read_store, text))
    if isinstance(answer, bytes) and fmt == "csv":      # a SELECT's CSV, written by the store (see query)
        sys.stdout.write(sparql_csv(answer)[0])
        return
    if isinstance(answer, bytes):
        columns, rows, total = csv_table(answer, TABLE_ROWS)
        render_rows(columns, rows, fmt, wide=wide, total=total)
        return
    result = answer
    graph_result = result.variables == ["subject", "predicate", "object"] and _is_graph_query(text)
    if fmt in ("ttl", "nt", "jsonld"):
        if not graph_result:
            fail(f"--format {fmt} is for CONSTRUCT and DESCRIBE queries; SELECT and ASK: table, csv, tsv, json, srj")
        render_graph(result, fmt)
    elif fmt == "srj":
        render_srj(result, ask=result.variables == ["result"] and _is_ask(text))
    else:
        render(result, fmt, wide=wide, max_rows=TABLE_ROWS)


@main.command()
@click.argument("ref", metavar="IRI|NUMBER|FILE:CODE|NAME")
@format_option(("table", "ttl", "jsonld", "nt"), "table")
@click.pass_obj
def describe(obj: Ctx, ref: str, fmt: str) -> None:
    """One resource: its statements with the labels of what it links to, the file and lines it was
    read from with the quoted text, and the kehoach version that read it.

    \b
    Examples:
      kehoach describe 155/QĐ-TTg
      kehoach describe 003_c94ae1e408b8e268.txt:3.2
      kehoach describe "Sở Nội vụ tỉnh Gia Lai" --format ttl
      kehoach describe https://w3id.org/kehoach/eli/vn/qd-ttg/2026/155
    """
    from .describe import describe as describe_resource
    from .output import render_description
    render_description(describe_resource(obj.read_store, ref), fmt)


@main.command("queries")
@click.argument("name", required=False)
@format_option(("table", "json"))
def list_queries(name: str | None, fmt: str) -> None:
    """List the saved queries with their parameters; with NAME, show one query in full.

    \b
    Examples:
      kehoach queries
      kehoach queries descendants
    """
    from .queries import get_query, saved_queries
    render_query_list(saved_queries(), get_query(name) if name else None, fmt)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json", "ttl", "html"]), default="text", show_default=True)
@click.option("--severity", type=click.Choice(["Info", "Warning", "Violation"], case_sensitive=False), default="info",
              show_default=True, help="Show findings of this severity and above.")
@click.option("--fail-on", type=click.Choice(["Info", "Warning", "Violation", "never"], case_sensitive=False),
              default="violation", show_default=True, help="Exit with code 1 when a finding reaches this severity.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to a file.")
@click.option("--workers", type=int, default=None, help="Worker processes for pySHACL (default: up to 2).")
@click.option("--full", is_flag=True, help="Check everything again instead of only what changed since the last audit.")
@click.pass_obj
def audit(obj: Ctx, fmt: str, severity: str, fail_on: str, output: str | None, workers: int | None,
          full: bool) -> None:
    """Check every document in the store against the SHACL shapes in shapes/.

    An embedded store keeps the findings of its last audit (kehoach-audit.sqlite in its folder):
    the next audit re-checks only the documents ingested, replaced or removed since, and what they
    can affect in other documents, and reports every finding, as a full audit would. A remote
    store's findings are kept on this machine (KEHOACH_CACHE_DIR, else ~/.cache/kehoach, under
    audit/), and what changed on the server, whoever changed it, is read from its ingest log.

    \b
    Examples:
      kehoach audit
      kehoach audit --format html -o audit.html
      kehoach audit --format json --severity Warning --fail-on Warning
    """
    import io

    from rich.console import Console

    from . import audit as A
    severity, fail_on = severity.capitalize(), fail_on.capitalize()
    try:
        findings = A.Auditor(obj.store, workers=workers).run(incremental=not full)
    except KehoachError as e:
        fail(str(e))
    shown = A.select(findings, severity)
    text: str | None            # None: the text report went straight to the terminal
    if fmt == "json":
        text = A.to_json(shown) + "\n"
    elif fmt == "ttl":
        text = A.to_turtle(shown)
    elif fmt == "html":
        text = A.to_html(shown)
    else:
        buf = io.StringIO()
        console = Console(file=buf if output else None, force_terminal=False if output else None,
                          width=120 if output else None)
        A.to_text(shown, console)
        text = buf.getvalue() if output else None
    if output:
        assert text is not None          # with -o every format renders to a string
        write_atomic(output, text.encode("utf-8"))
        if not obj.quiet:
            click.echo(f"{len(shown)} finding(s) written to {output}", err=True)
    elif text is not None:
        click.echo(text, nl=False)
    if fail_on != "Never" and A.select(findings, fail_on):
        sys.exit(1)


@main.command()
@click.option("--endpoint", metavar="URL",
              help="SPARQL endpoint base URL, e.g. http://127.0.0.1:7878 (credentials from KEHOACH_USER / "
                   "KEHOACH_PASSWORD; KEHOACH_GSP_URL if its Graph Store is not at URL/store).")
@click.option("--graph", "graphs", multiple=True, metavar="IRI", help="Publish only this named graph (repeatable).")
@click.option("--site", "site_dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Write the pages of `kehoach serve` as a static site: one .html, .ttl and .jsonld per IRI.")
@click.option("--site-url", default="", metavar="URL",
              help="Where the static site will be hosted (for calendar links).")
@click.pass_obj
def publish(obj: Ctx, endpoint: str | None, graphs: tuple[str, ...], site_dir: str | None, site_url: str) -> None:
    """Push the named graphs of the store to a SPARQL endpoint, or write a static site.

    Each graph is replaced on the endpoint by one Graph Store Protocol PUT (N-Triples); the
    ingest-log entries of the pushed graphs go along and the endpoint's union graph is rebuilt.
    The endpoint's graph counts are checked afterwards (exit code 1 on a mismatch).
    With --site DIR: every page of `kehoach serve` as files, plus Turtle and JSON-LD for every IRI.

    \b
    Examples:
      kehoach publish --endpoint http://127.0.0.1:7878
      kehoach publish --site public/
    """
    if site_dir:
        _publish_site(obj, site_dir, site_url)
        if not endpoint:
            return
    if not endpoint:
        fail("give --endpoint URL (a SPARQL endpoint) or --site DIR (a static site)")
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from .publish import publish as publish_graphs
    from .store import RemoteStore
    if not endpoint.startswith(("http://", "https://")):
        fail(f"--endpoint must be an http(s) URL, got {endpoint!r}")
    err = Console(stderr=True)
    source, target = obj.store, RemoteStore(endpoint)
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                  MofNCompleteColumn(), console=err, transient=True,
                  disable=obj.quiet or not err.is_terminal) as progress:
        task = progress.add_task("publishing", total=None)
        report = publish_graphs(source, target, graphs,
                                progress=lambda done, total: progress.update(task, completed=done, total=total))
    wrong = report.mismatched
    if wrong:
        fail(f"{len(wrong)} graph(s) differ on {endpoint} after publishing, e.g. {wrong[0]}: "
             f"{report.remote.get(wrong[0], 0)} triples there, {report.sizes[wrong[0]]} here", 1)
    if not obj.quiet:
        click.echo(f"published {len(report.graphs)} graph(s), {report.triples} triples to {report.target}")


def _publish_site(obj: Ctx, site_dir: str, site_url: str) -> None:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from .site import export_site
    err = Console(stderr=True)
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                  MofNCompleteColumn(), console=err, transient=True,
                  disable=obj.quiet or not err.is_terminal) as progress:
        task = progress.add_task("writing pages", total=None)
        report = export_site(obj.store, site_dir, site_url,
                             progress=lambda done, total: progress.update(task, completed=done, total=total))
    if not obj.quiet:
        click.echo(f"wrote {report.pages} pages, {report.files} files to {report.directory}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1: this machine only; 0.0.0.0 opens it to the network).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True, metavar="SECONDS",
              help="Stop any query after this long (the worker running it is killed).")
@click.option("--max-rows", type=click.IntRange(min=1), default=100_000, show_default=True,
              help="Refuse SPARQL answers with more rows than this.")
@click.option("--workers", type=click.IntRange(min=1, max=32), default=None,
              help="Worker processes for pages (default: 2-4 by CPU); saved queries and SPARQL get half as "
                   "many each, at least 2.")
@click.option("--no-audit", is_flag=True, help="Do not run the audit for the audit page and the findings on pages.")
@click.pass_obj
def serve(obj: Ctx, host: str, port: int, timeout: float, max_rows: int, workers: int | None, no_audit: bool) -> None:
    """Serve the store on the web: SPARQL endpoint, saved-query API, a page for every IRI.

    \b
    /sparql (also /query)  SPARQL 1.1 Protocol, read-only; a browser gets the query editor
    /api/NAME              saved queries (JSON, CSV); /api/openapi.json
    /eli/vn/...            the page of an IRI (HTML, .ttl, .jsonld, .nt by Accept or suffix)
    /                      home: counts, national decisions, search

    The store is opened read-only by worker processes: kehoach ingest can still write to it (the
    server goes on showing the store as it was when it started). Ctrl+C stops it.

    \b
    Example: kehoach --store .demo-store serve --port 8000
    """
    try:
        from .web.app import serve as run_server
        from .web.jobs import open_read_only
    except ImportError as e:
        fail(f"the web server needs the optional dependencies: pip install 'kehoach[web]' ({e.name} is missing)")
    from .store import DEFAULT_STORE
    location = str(obj.location or DEFAULT_STORE)
    open_read_only(location).close()        # a missing or unreadable store: one line, before listening
    if host not in ("127.0.0.1", "localhost", "::1") and not obj.quiet:
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can query the store", err=True)
    if not obj.quiet:
        click.echo(f"kehoach: serving {location} on http://{'[' + host + ']' if ':' in host else host}:{port}/ "
                   f"(SPARQL at /sparql; Ctrl+C stops)", err=True)
    run_server(location, host=host, port=port, timeout=timeout, max_rows=max_rows, workers=workers,
               audit=not no_audit, log_level="warning" if obj.quiet else "info")


@main.command()
@click.option("--units", is_flag=True, help="Link places to the official administrative-unit list and codes "
              "(offline; the default when no option is given).")
@click.option("--wikidata", is_flag=True, help="Reconcile provinces, national bodies and national documents "
              "with Wikidata items over SPARQL.")
@click.option("--endpoint", metavar="URL", default=None,
              help="SPARQL endpoint for --wikidata, which it implies (default: Wikidata's query service, "
                   "https://query.wikidata.org/sparql).")
@click.option("--code-property", metavar="PID", default=None,
              help="Wikidata property holding the administrative unit code, used as extra evidence (--wikidata).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_obj
def link(obj: Ctx, units: bool, wikidata: bool, endpoint: str | None, code_property: str | None, fmt: str) -> None:
    """Link jurisdictions to official unit codes and things to Wikidata.

    Each link type is one named graph (graph/links/units, graph/links/wikidata), replaced
    atomically, with its sources and versions as provenance. What could not be linked
    (no match, several matches, below the confidence threshold) is printed, never guessed.

    \b
    Examples:
      kehoach link --units
      kehoach link --wikidata --endpoint http://127.0.0.1:7878/query --format json
    """

    from . import link as L
    wikidata = wikidata or bool(endpoint or code_property)
    if not units and not wikidata:
        units = True
    out: dict = {}
    if units:
        out["units"] = L.link_units(obj.writable_store).to_json()
    if wikidata:
        out["wikidata"] = L.link_wikidata(obj.writable_store, endpoint or L.DEFAULT_ENDPOINT, code_property).to_json()
    render_link_report(out, fmt)


if __name__ == "__main__":
    main()
