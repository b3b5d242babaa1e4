"""`kehoach publish --site DIR`: the pages of `kehoach serve` as static files, so a dataset can be
hosted on any static web server and its IRIs still resolve.

For every IRI the graph mints (https://w3id.org/kehoach/{path}) it writes {path}.html,
{path}.ttl, {path}.jsonld and {path}.nt; documents with descendants also get lineage/{path}.html and
{path}.svg, plans and agencies with reporting duties {path}.ics; plus index.html, documents.html,
audit.html, ontology.html (+ .ttl) and static/. Links between pages end in .html, so the site
works from any static host; to serve the bare IRIs, map /{path} to /{path}.html (nginx:
`try_files $uri $uri.html =404;`, GitHub Pages does it by itself) and, for RDF clients, by Accept
to .ttl / .jsonld. No page needs JavaScript; the search box, the SPARQL editor and the API need
the server and are left out."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import OutputError
from .store import Store
from .vocab import BASE, KH, ONTOLOGY_GRAPH


@dataclass
class SiteReport:
    directory: str
    pages: int = 0
    files: int = 0
    skipped: list[str] = field(default_factory=list)


def minted_iris(store: Store) -> list[str]:
    """Every IRI under kehoach's base that a statement names (ontology terms aside: they are
    anchors of ontology.html)."""
    r = store.select(f'SELECT DISTINCT ?s WHERE {{ {{ ?s ?p ?o }} UNION {{ ?x ?p ?s }} '
                     f'FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{BASE}") '
                     f'&& !STRSTARTS(STR(?s), "{KH}")) }}')
    return sorted(s.value for row in r.rows if (s := row.get("s")) is not None)


def _target(root: Path, rel: str) -> Path | None:
    """root/rel, or None when rel would leave root (".." segments, absolute parts)."""
    parts = [p for p in rel.split("/") if p]
    if not parts or any(p in (".", "..") or "\\" in p or "\x00" in p for p in parts):
        return None
    path = root.joinpath(*parts)
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return None
    return path


def export_site(store: Store, directory: str | Path, site_url: str = "",
                progress: Callable[[int, int], None] | None = None) -> SiteReport:
    from .web import data, jobs, listings, protocol
    from .web.render import STATIC, env, fill_findings
    root = Path(directory)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"cannot create {root}: {e.strerror or e}") from None
    report = SiteReport(str(root))
    html = env(suffix=".html", static=True)
    findings = jobs.audit(store)

    def write(rel: str, content: str | bytes) -> None:
        path = _target(root, rel)
        if path is None:
            report.skipped.append(rel)
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        except OSError as e:
            raise OutputError(f"cannot write {path}: {e.strerror or e}") from None
        report.files += 1

    def render(template: str, rel: str, **ctx: Any) -> None:
        write(rel, html.get_template(template).render(request_path="/" + rel, query_string="", audit_ready=True,
                                                      q=None, **ctx))
        report.pages += 1

    # the server's own assets
    shutil.copytree(STATIC, root / "static", dirs_exist_ok=True)
    render("home.html", "index.html", data=listings.home(store))
    render("documents.html", "documents.html", rows=listings.documents(store))
    render("audit.html", "audit.html", findings=findings, shown=findings, check="", severity="", document="",
           error=None, checks=[], severities=[], documents=[])
    render("ontology.html", "ontology.html", data=listings.ontology(store))
    write("ontology.ttl", protocol.rdf_document("ttl", [q.triple for q in store.quads(ONTOLOGY_GRAPH)]))
    iris = minted_iris(store)
    for i, iri in enumerate(iris):
        if progress:
            progress(i, len(iris))
        rel = iri[len(BASE):].split("#", 1)[0]
        if not rel or rel.endswith("/"):
            report.skipped.append(iri)
            continue
        d = data.page(store, iri)
        if d is None:
            continue
        if d["kind"] == "document":
            found = [f for f in findings if d.get("graph") and f["graph"] == d["graph"]]
        else:
            found = [f for f in findings if f["focus_node"] == iri]
        page = html.get_template(f"{d['kind']}.html").render(d=d, iri=iri, path=rel, q=None)
        write(rel + ".html", fill_findings(html, page, found, always=d["kind"] == "document"))
        report.pages += 1
        triples = listings.resource_triples(store, iri) or []
        write(rel + ".ttl", protocol.rdf_document("ttl", triples))
        write(rel + ".jsonld", protocol.rdf_document("jsonld", triples))
        write(rel + ".nt", protocol.rdf_document("nt", triples))
        if d["kind"] == "document" and d.get("descendants"):
            lin = listings.lineage(store, iri, ".html")
            if lin:
                render("lineage.html", f"lineage/{rel}.html", data=lin)
                if lin.get("svg"):
                    write(rel + ".svg", '<?xml version="1.0" encoding="UTF-8"?>\n' + lin["svg"])
        if d.get("reporting") and d["kind"] in ("document", "agency"):
            ics = listings.calendar(store, "plan" if d["kind"] == "document" else "agency", iri, site_url, ".html")
            if ics:
                write(rel + ".ics", ics)
    if progress:
        progress(len(iris), len(iris))
    return report
