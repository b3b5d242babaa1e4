"""HTML rendering: the Jinja2 environment (autoescaped: every value from the graph is escaped),
filters that turn IRIs of the graph into links on this server, and SPARQL highlighting."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from kehoach.vocab import BASE, PASTE_PREFIXES, SPARQL_PREFIXES, compact

HERE = Path(__file__).resolve().parent
# where the audit findings of a page go: pages are rendered by the query workers, findings (computed
# once by the server) are put in by the server
FINDINGS_SLOT = "<!--kehoach:findings-->"
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

# the interface's own words: Vietnamese first, English beside it
T = {
    "home": ("Trang chủ", "Home"), "search": ("Tìm kiếm", "Search"), "sparql": ("Truy vấn SPARQL", "SPARQL query"),
    "api": ("API truy vấn", "Query API"), "audit": ("Kiểm tra", "Audit"), "documents": ("Văn bản", "Documents"),
    "tasks": ("Nhiệm vụ", "Tasks"), "agencies": ("Cơ quan", "Agencies"), "goals": ("Mục tiêu", "Goals"),
    "lineage": ("Phả hệ văn bản", "Lineage"), "ontology": ("Từ vựng", "Vocabulary"),
}


def href(iri: str | None, suffix: str = "") -> str:
    """A link for an IRI: the graph's own IRIs (https://w3id.org/kehoach/...) become paths on this
    server, the ontology's terms anchors of the ontology page; other http(s) IRIs stay; anything
    else (javascript:, data:) is no link."""
    if not iri:
        return "#"
    if iri.startswith(BASE):
        rest = iri[len(BASE):]
        if rest.startswith("ontology#"):
            return f"/ontology{suffix}#{quote(rest[len('ontology#'):], safe='-_.~')}"
        path, hash_, frag = rest.partition("#")
        return "/" + quote(path, safe="/-_.~:@!$&'()*+,;=%") + suffix + (hash_ + quote(frag) if hash_ else "")
    if re.match(r"^https?://", iri, re.I):
        return iri
    return "#"


def short(text: str | None, n: int = 160) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


@lru_cache(maxsize=512)
def highlight(text: str) -> Markup:
    """SPARQL highlighted by Pygments (CSS classes of its HtmlFormatter)."""
    from pygments import highlight as hl
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import SparqlLexer
    return Markup(hl(text, SparqlLexer(), HtmlFormatter(nowrap=True)))


@lru_cache(maxsize=1)
def pygments_css() -> str:
    from pygments.formatters import HtmlFormatter
    return str(HtmlFormatter(style="friendly").get_style_defs(".hl"))


def env(suffix: str = "", static: bool = False) -> Environment:
    e = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "xml", "svg"]),
                    trim_blocks=True, lstrip_blocks=True)
    e.filters["href"] = lambda iri: href(iri, suffix)
    e.filters["href_ext"] = lambda iri, ext: href(iri, ext)
    e.filters["lineage_href"] = lambda iri: "/lineage" + href(iri, suffix) if iri.startswith(BASE) else "#"
    e.filters["short"] = short
    e.filters["compact"] = compact
    e.filters["highlight"] = highlight
    e.filters["urlencode_params"] = lambda d: urlencode({k: v for k, v in d.items() if v not in (None, "")})
    e.filters["tojson_attr"] = lambda v: json.dumps(v, ensure_ascii=False)
    e.globals.update(T=T, suffix=suffix, static=static, BASE=BASE, PREFIXES=PASTE_PREFIXES, FINDINGS_SLOT=FINDINGS_SLOT,
                     SPARQL_PREFIXES=SPARQL_PREFIXES, node_link=node_link, cell_link=cell_link)
    return e


def fill_findings(e: Environment, html: str, findings: list[dict[str, Any]] | None, always: bool) -> str:
    """A page with its audit findings in place (None: the audit is still running)."""
    if FINDINGS_SLOT not in html:
        return html
    fragment = e.get_template("findings.html").render(findings=findings, always=always)
    return html.replace(FINDINGS_SLOT, fragment, 1)


def node_link(n: dict[str, Any] | None, suffix: str = "", cls: str = "") -> Markup:
    """<a href=...>label</a> with the English label as a tooltip and a second line."""
    if not n:
        return Markup("")
    label = n.get("label") or n.get("iri") or ""
    if label == n.get("iri"):
        label = compact(label) if not label.startswith(BASE) else label[len(BASE) - 1:]
    en = n.get("label_en")
    attrs = f' class="{escape(cls)}"' if cls else ""
    title = f' title="{escape(en)}"' if en else ""
    url = href(n.get("iri"), suffix)
    if url == "#":
        return Markup(f"<span{attrs}{title}>{escape(label)}</span>")
    return Markup(f'<a href="{escape(url)}"{attrs}{title}>{escape(label)}</a>')


def cell_link(c: list | tuple, suffix: str = "") -> Markup:
    """One cell of a results table: (kind, value, language or datatype)."""
    kind, value, extra = c[0], c[1], c[2]
    if kind == "none":
        return Markup("")
    if kind == "uri":
        url = href(value, suffix)
        shown = compact(value) if not value.startswith(BASE) else value[len(BASE) - 1:]
        if url == "#":
            return Markup(f"<span class=iri>{escape(shown)}</span>")
        return Markup(f'<a class=iri href="{escape(url)}" title="{escape(value)}">{escape(shown)}</a>')
    if kind == "bnode":
        return Markup(f"<span class=bnode>_:{escape(value)}</span>")
    shown_extra = "@" + extra if "/" not in extra else "^^" + compact(extra)
    tag = f" <span class=dt>{escape(shown_extra)}</span>" if extra else ""
    return Markup(f"{escape(value)}{tag}")
