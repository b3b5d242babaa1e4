"""The lineage picture: documents descending from a decision, drawn by Graphviz `dot` as SVG,
each node a link to its page. Labels are passed to dot as quoted strings (quotes and backslashes
escaped) and dot writes them into the SVG as XML-escaped text, so a label cannot inject markup."""

from __future__ import annotations

import re
import shutil
import subprocess
from typing import Any

from kehoach.vocab import BASE

DOT_TIMEOUT = 20.0
MAX_NODES = 600          # larger pictures are unreadable; the page lists the rest


def _q(text: str) -> str:
    """A DOT quoted string."""
    text = "".join(c if c.isprintable() else " " for c in text)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def href(iri: str, suffix: str = "") -> str:
    """The server path of one of the graph's IRIs (others stay as they are)."""
    if iri.startswith(BASE):
        return "/" + iri[len(BASE):] + suffix
    return iri


def _wrap(text: str, width: int = 28) -> str:
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    if cur:
        lines.append(cur)
    return "\n".join(lines[:4])


def to_dot(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], suffix: str = "") -> str:
    ids = {n["iri"]: f"n{i}" for i, n in enumerate(nodes[:MAX_NODES])}
    out = ['digraph lineage {', '  graph [rankdir=BT, bgcolor="transparent", nodesep=0.25, ranksep=0.5];',
           '  node [shape=box, style="rounded,filled", fontname="DejaVu Sans", fontsize=10, '
           'fillcolor="#eef4fb", color="#5b7fa6"];',
           '  edge [color="#7a8a99", arrowsize=0.7];']
    for n in nodes[:MAX_NODES]:
        label = _wrap(n["label"]) + (f"\n{n['place']}" if n.get("place") and n["place"] not in n["label"] else "")
        attrs = [f"label={_q(label)}", f"URL={_q(href(n['iri'], suffix))}",
                 f"tooltip={_q(n.get('title') or n['label'])}", 'target="_top"']
        if n.get("root"):
            attrs.append('fillcolor="#fde9c9", color="#b7791f", penwidth=1.6')
        elif not n.get("ingested"):
            attrs.append('style="rounded,dashed", fillcolor="#ffffff"')
        out.append(f"  {ids[n['iri']]} [{', '.join(attrs)}];")
    for e in edges:
        a, b = ids.get(e["from"]), ids.get(e["to"])
        if a and b:
            out.append(f"  {a} -> {b}" + (' [style=dashed, tooltip="inferred"]' if e.get("inferred") else "") + ";")
    out.append("}")
    return "\n".join(out) + "\n"


_PROLOG = re.compile(r"^.*?(?=<svg)", re.S)


def draw(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], suffix: str = "") -> str | None:
    """SVG (without XML prolog, ready to inline) or None when dot is missing or fails."""
    dot = shutil.which("dot")
    if not dot or not nodes:
        return None
    try:
        p = subprocess.run([dot, "-Tsvg"], input=to_dot(nodes, edges, suffix).encode("utf-8"),
                           capture_output=True, timeout=DOT_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if p.returncode != 0:
        return None
    svg = _PROLOG.sub("", p.stdout.decode("utf-8", "replace"), count=1)
    return re.sub(r"<!--.*?-->", "", svg, flags=re.S)
