"""Audit reports: JSON (one object per finding), the standard SHACL validation report in Turtle,
a text report (per document, per check) and a self-contained HTML page."""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING

import rdflib

from kehoach.vocab import BASE, KH

from .model import Finding, Severity

if TYPE_CHECKING:
    from rich.console import Console

SH = rdflib.SH
# most severe first, as every report lists them
ORDER = sorted(Severity, reverse=True)
STYLE = {Severity.VIOLATION: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _by_source(findings: list[Finding], unknown: str) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in findings:
        out.setdefault(f.source or unknown, []).append(f)
    return out


def _counts(findings: list[Finding]) -> dict[Severity, int]:
    return {s: sum(1 for f in findings if f.severity == s) for s in ORDER}


def to_json(findings: list[Finding]) -> str:
    return json.dumps([f.as_json() for f in findings], ensure_ascii=False, indent=2)


def to_turtle(findings: list[Finding]) -> str:
    """The standard SHACL validation report."""
    g = rdflib.Graph(bind_namespaces="none")
    g.bind("sh", SH)
    g.bind("kh", KH)
    g.bind("khs", BASE + "shapes#")
    report = rdflib.URIRef(BASE + "audit/report")
    g.add((report, rdflib.RDF.type, SH.ValidationReport))
    g.add((report, SH.conforms, rdflib.Literal(not findings)))
    for i, f in enumerate(findings, start=1):
        r = rdflib.URIRef(f"{BASE}audit/report/result/{i}")
        g.add((report, SH.result, r))
        g.add((r, rdflib.RDF.type, SH.ValidationResult))
        g.add((r, SH.focusNode, rdflib.URIRef(f.focus_node)))
        g.add((r, SH.resultSeverity, rdflib.URIRef(f.severity.iri)))
        if not f.shape.startswith("_:"):
            g.add((r, SH.sourceShape, rdflib.URIRef(f.shape)))
        g.add((r, SH.sourceConstraintComponent, rdflib.URIRef(f.component)))
        g.add((r, SH.resultMessage, rdflib.Literal(f.message_vi, lang="vi")))
        g.add((r, SH.resultMessage, rdflib.Literal(f.message_en, lang="en")))
        if f.path:
            g.add((r, SH.resultPath, rdflib.URIRef(f.path)))
        if f.value:
            g.add((r, SH.value, rdflib.URIRef(f.value) if f.value.startswith("http") else rdflib.Literal(f.value)))
    return g.serialize(format="turtle")


def to_text(findings: list[Finding], console: Console) -> None:
    from rich.table import Table
    if not findings:
        console.print("[green]No findings.[/green]")
        return
    by_doc = _by_source(findings, "(không rõ nguồn / unknown source)")
    for doc, fs in by_doc.items():
        counts = _counts(fs)
        console.print(f"\n[bold]{doc}[/bold]  " + "  ".join(f"[{STYLE[s]}]{n} {s.label}[/{STYLE[s]}]"
                                                          for s, n in counts.items() if n))
        by_check: dict[str, list[Finding]] = {}
        for f in fs:
            by_check.setdefault(f.check, []).append(f)
        for check, cf in by_check.items():
            t = Table(title=f"{check} ({len(cf)})", title_justify="left", show_header=True, header_style="dim",
                      box=None, padding=(0, 1))
            t.add_column("line", justify="right")
            t.add_column("focus")
            t.add_column("message", overflow="fold")
            for f in cf:
                t.add_row(str(f.line or ""), f.focus or "",
                          f"[{STYLE[f.severity]}]{f.message_vi}[/] / {f.message_en}")
            console.print(t)
    total = _counts(findings)
    console.print("\n" + ", ".join(f"{n} {s.label}" for s, n in total.items()) + f" in {len(by_doc)} document(s)")


_CSS = """body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#222;max-width:75rem}
h1{font-size:1.5rem} h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem} \
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
th{background:#f6f6f6} .Violation{color:#b00020;font-weight:600} .Warning{color:#a05a00} .Info{color:#00639b}
.summary span{margin-right:1.5rem} .en{color:#666} code{font-size:.9em}
"""


def to_html(findings: list[Finding], title: str = "kehoach audit") -> str:
    e = html.escape
    by_doc = _by_source(findings, "(unknown source)")
    summary = "".join(f'<span class="{s.label}">{n} {s.label}</span>' for s, n in _counts(findings).items())
    parts = [f"""<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{e(title)}</title>
<style>
{_CSS}</style></head><body><h1>{e(title)}</h1>
<p class="summary">{summary}<span>{len(by_doc)} document(s)</span></p>"""]
    if not findings:
        parts.append("<p>Không có phát hiện nào. / No findings.</p>")
    for doc, fs in by_doc.items():
        parts.append(f"<h2>{e(doc)}</h2><table><thead><tr><th>dòng / line</th><th>mức / severity</th>"
                     "<th>kiểm tra / check</th><th>đối tượng / focus</th><th>nội dung / message</th>"
                     "</tr></thead><tbody>")
        for f in fs:
            sev = f.severity.label
            parts.append(f"<tr><td>{f.line or ''}</td><td class=\"{sev}\">{sev}</td>"
                         f"<td><code>{e(f.check)}</code></td><td>{e(f.focus or '')}</td>"
                         f"<td>{e(f.message_vi)}<br><span class=\"en\">{e(f.message_en)}</span></td></tr>")
        parts.append("</tbody></table>")
    parts.append("</body></html>\n")
    return "".join(parts)
