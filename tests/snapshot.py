"""Behaviour snapshot of the seed graph: what a user sees, taken through the CLI only.

    .venv/bin/python tests/snapshot.py STORE            # print the snapshot of a seed store as JSON
    .venv/bin/python tests/snapshot.py --update          # rebuild tests/snapshots/seeds.json

The snapshot holds the rows of every saved query (default or example parameters), the audit
findings, the stats and a digest of every document graph (sorted N-Quads). test_snapshot.py
compares a fresh seed store with the committed file, so a refactoring that changes extraction,
a query answer or an audit finding fails loudly. When a change of behaviour is intended,
regenerate with --update and say why in the commit message.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "snapshots" / "seeds.json"
SEEDS = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared")) / "seeds"

# parameters for saved queries whose required parameters have no default
EXAMPLES: dict[str, dict[str, str]] = {
    "ancestors": {"plan": "phường Hải Dương"},
    "citations": {"plan": "12127/KH-UBND"},
    "cited-by": {"document": "155/QĐ-TTg"},
    "compare-plans": {"left": "Đồng Tháp", "right": "Gia Lai"},
    "plans-in-force": {"year": "2026"},
    "search-tasks": {"q": "an sinh xã hội"},
    "tasks-by-agency": {"agency": "Sở Nội vụ"},
}
LOG_GRAPH = "<https://w3id.org/kehoach/graph/ingest-log>"


def cli(store: Path, *args: str) -> str:
    env = dict(os.environ, KEHOACH_STORE=str(store), PYTHONIOENCODING="utf-8")
    p = subprocess.run([sys.executable, "-m", "kehoach.cli", *args], capture_output=True, text=True,
                       env=env, cwd=ROOT)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"kehoach {' '.join(args)} failed ({p.returncode}): {p.stderr}")
    return p.stdout


def _rows(text: str) -> list[str]:
    """Rows as canonical JSON strings, sorted: row order without ORDER BY is not behaviour."""
    return sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in json.loads(text))


def take(store: Path) -> dict:
    names = [q["name"] for q in json.loads(cli(store, "queries", "--format", "json"))]
    queries = {}
    for name in names:
        args = [a for k, v in EXAMPLES.get(name, {}).items() for a in ("-p", f"{k}={v}")]
        queries[name] = _rows(cli(store, "query", name, *args, "--format", "json"))
    graphs: dict[str, list[str]] = {}
    for line in cli(store, "export", "--format", "nq").splitlines():
        if line.strip() and not line.endswith(f"{LOG_GRAPH} ."):
            graph = line.rsplit(" ", 2)[-2]
            # blank-node labels (OWL lists in the ontology) are minted anew by every parse
            graphs.setdefault(graph, []).append(re.sub(r"_:[A-Za-z0-9]+", "_:b", line))
    digests = {g: hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()[:16]
               for g, lines in sorted(graphs.items())}
    return {"queries": queries, "audit": _rows(cli(store, "audit", "--format", "json", "--fail-on", "never")),
            "stats": _rows(cli(store, "stats", "--format", "json")), "graphs": digests}


def build(store: Path) -> None:
    files = sorted(str(p) for p in SEEDS.glob("*.txt") if p.name != "README.md")
    cli(store, "ingest", *files)


def main() -> int:
    if sys.argv[1:] == ["--update"]:
        with tempfile.TemporaryDirectory(prefix="kehoach-snapshot-") as tmp:
            build(Path(tmp))
            snap = take(Path(tmp))
        SNAPSHOT.write_text(json.dumps(snap, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {SNAPSHOT}: {len(snap['queries'])} queries, {len(snap['audit'])} findings, "
              f"{len(snap['graphs'])} graphs")
        return 0
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps(take(Path(sys.argv[1])), ensure_ascii=False, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
