"""kehoach command line.

Examples:
  kehoach ingest ../shared/seeds/*.txt
  kehoach stats
  kehoach query tasks --param source=000_73d4bb3c1402900e.txt --format csv
  kehoach query documents --format json
  kehoach sparql "SELECT (COUNT(*) AS ?n) WHERE { ?t a kh:Task }"
  kehoach export --format ttl -o kehoach.ttl
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .output import FORMATS, render
from .queries import QueryError, get_query, parse_query, saved_queries
from .store import DEFAULT_STORE, StoreError, open_store


class Ctx:
    def __init__(self, store: str | None, quiet: bool):
        self.location = store
        self.quiet = quiet
        self._store = None

    @property
    def store(self):
        if self._store is None:
            self._store = open_store(self.location)
        return self._store


def fail(message: str, code: int = 2) -> None:
    click.echo(f"kehoach: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", envvar="KEHOACH_STORE", metavar="DIR",
              help=f"Store directory (env KEHOACH_STORE; default {DEFAULT_STORE}).")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.version_option(__version__, prog_name="kehoach")
@click.pass_context
def main(ctx: click.Context, store: str | None, quiet: bool) -> None:
    """kehoach: Vietnamese government plans (kế hoạch) as a knowledge graph."""
    ctx.obj = Ctx(store, quiet)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.pass_obj
def ingest(obj: Ctx, files: tuple[str, ...]) -> None:
    """Read plan documents (markdown, text, TSV, PDF text, .docx) into the store.

    Each file becomes one named graph; re-ingesting a file replaces its graph atomically.
    A file that cannot be read gets a one-line error and leaves the store as it was; the
    other files are still ingested. Exit code 1 when any file failed.

    \b
    Example: kehoach ingest ../shared/seeds/*.txt
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from .pipeline import expand, ingest_files
    paths = expand(files)
    if not paths:
        fail("no documents found in the given paths")
    err = Console(stderr=True)
    failures = 0
    try:
        store = obj.store
        with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                      MofNCompleteColumn(), console=err, transient=True,
                      disable=obj.quiet or len(paths) < 2 or not err.is_terminal) as progress:
            task = progress.add_task("ingesting", total=len(paths))

            def done(o):
                nonlocal failures
                progress.advance(task)
                if o.ok:
                    if not obj.quiet:
                        click.echo(f"ok  {o.message}")
                else:
                    failures += 1
                    click.echo(f"error: {o.message}", err=True)
            ingest_files(store, paths, done)
    except StoreError as e:
        fail(str(e))
    if failures:
        sys.exit(1)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld"]), default="ttl",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to a file instead of stdout.")
@click.pass_obj
def export(obj: Ctx, fmt: str, output: str | None) -> None:
    """Write the whole graph (all documents, ontology, gazetteer).

    ttl, nt and jsonld merge all graphs; nq and trig keep one named graph per document.
    """
    try:
        data = obj.store.export(fmt)
    except StoreError as e:
        fail(str(e))
    if output:
        tmp = Path(output + ".part")
        tmp.write_bytes(data)
        tmp.replace(output)
        if not obj.quiet:
            click.echo(f"wrote {len(data)} bytes to {output}", err=True)
    else:
        sys.stdout.buffer.write(data)


STATS = """
SELECT
  (COUNT(DISTINCT ?g) AS ?documentGraphs)
  (COUNT(DISTINCT ?plan) AS ?plans)
  (COUNT(DISTINCT ?task) AS ?tasks)
WHERE {
  { ?g a kh:DocumentGraph } UNION { ?plan a kh:Plan } UNION { ?task a kh:Task }
}"""
STATS2 = """
SELECT
  (COUNT(DISTINCT ?doc) AS ?documents)
  (COUNT(DISTINCT ?agency) AS ?agencies)
  (COUNT(DISTINCT ?unresolved) AS ?unresolvedAgencies)
  (COUNT(DISTINCT ?group) AS ?agencyGroups)
  (COUNT(DISTINCT ?cit) AS ?citations)
WHERE {
  { ?doc a eli:LegalResource FILTER NOT EXISTS { ?doc a eli:LegalResourceSubdivision } }
  UNION { ?agency a kh:Agency }
  UNION { ?unresolved kh:resolution kh:unresolved ; a kh:Agency }
  UNION { ?group a kh:AgencyGroup }
  UNION { ?cit a kh:Citation }
}"""


@main.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_obj
def stats(obj: Ctx, fmt: str) -> None:
    """Counts of what the store holds."""
    from .store import Result
    try:
        s = obj.store
        a, b = s.select(STATS), s.select(STATS2)
        import pyoxigraph as ox
        rows = [{"what": ox.Literal(k), "count": v} for r in (a, b) for k, v in r.rows[0].items()]
        rows.append({"what": ox.Literal("triples"), "count": ox.Literal(str(s.count()))})
        rows.append({"what": ox.Literal("namedGraphs"), "count": ox.Literal(str(len(s.named_graphs())))})
        render(Result(["what", "count"], rows), fmt)
    except StoreError as e:
        fail(str(e))


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
@click.option("--file", "qfile", type=click.Path(exists=True, dir_okay=False), help="Run a .rq file instead of a saved query.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--limit", type=int, default=None, help="Show at most N rows.")
@click.pass_obj
def query(obj: Ctx, name: str | None, params: tuple[str, ...], qfile: str | None, fmt: str,
          limit: int | None) -> None:
    """Run a saved query (see `kehoach queries`) or a .rq file.

    \b
    Examples:
      kehoach query tasks --format json
      kehoach query tasks --param source=003_c94ae1e408b8e268.txt --format csv
      kehoach query --file my.rq
    """
    try:
        if qfile:
            q = parse_query(Path(qfile))
        elif name:
            q = get_query(name)
        else:
            fail("give a query NAME or --file FILE (list them with: kehoach queries)")
        subs = q.bind(_params(params))
        result = obj.store.select(q.text, subs, prefixes=False)
    except (QueryError, StoreError) as e:
        fail(str(e))
    if limit is not None:
        result.rows = result.rows[:limit]
    render(result, fmt)


@main.command()
@click.argument("text")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_obj
def sparql(obj: Ctx, text: str, fmt: str) -> None:
    """Run ad-hoc SPARQL over all graphs (common prefixes kh:, eli:, org:, skos:, ... predeclared)."""
    try:
        result = obj.store.select(text)
    except StoreError as e:
        fail(str(e))
    render(result, fmt)


@main.command("queries")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def list_queries(fmt: str) -> None:
    """List the saved queries with their parameters."""
    import json
    qs = saved_queries()
    if fmt == "json":
        click.echo(json.dumps([{k: v for k, v in q.describe().items() if k in ("name", "summary", "parameters")}
                               for q in qs.values()], ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table
    t = Table(header_style="bold")
    for c in ("name", "summary", "parameters"):
        t.add_column(c, overflow="fold")
    for q in qs.values():
        t.add_row(q.name, q.summary, ", ".join(f"{p.name}:{p.type}{'' if p.required else '?'}" for p in q.parameters))
    Console().print(t)


if __name__ == "__main__":
    main()
