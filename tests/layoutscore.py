"""Score metadata extraction on document openings with ground truth (../shared/layouts/truth.json),
the way unseen documents are scored:

- fold every value (NFD, đ→d, no combining marks, lower case, only [a-z0-9/]);
- one row per file from the saved query `documents`; fields = doc_type, number, date,
  jurisdiction, implements (compared as a set);
- cites = recall of the truth's `cites` among the numbers the file cites (a bare number
  without "/" matches as a prefix);
- assignment clauses = truth tasks whose leads are all found leading tasks of that file.

    .venv/bin/python tests/layoutscore.py [STORE] [--dir DIR]   # prints the figures and the misses
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYOUTS = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared")) / "layouts"
FIELDS = ("doc_type", "number", "date", "jurisdiction", "implements")

CITED = """SELECT DISTINCT ?source ?number WHERE {
  ?g kh:describes ?d ; prov:wasDerivedFrom/kh:fileName ?source .
  ?d kh:citation/kh:citedDocument ?x .
  { ?x eli:id_local ?number } UNION { ?d kh:citation ?c . ?c kh:citedDocument ?x ; kh:asPrinted ?number }
}"""
TASKS = """SELECT DISTINCT ?source ?lead WHERE {
  ?g kh:describes ?d ; prov:wasDerivedFrom/kh:fileName ?source .
  ?t kh:plan ?d ; kh:assignment ?a . ?a kh:role kh:role-lead ; kh:asPrinted ?lead .
}"""


def fold(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c == "/"))


def _set(value) -> set[str]:
    if value is None:
        return set()
    items = value if isinstance(value, list) else str(value).split(" | ")
    return {fold(x) for x in items if fold(x)}


@dataclass
class Score:
    fields_right: int = 0
    fields_total: int = 0
    docs_full: int = 0
    docs: int = 0
    cites_found: int = 0
    cites_total: int = 0
    clauses_found: int = 0
    clauses_total: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def field_rate(self) -> float:
        return self.fields_right / self.fields_total if self.fields_total else 1.0

    @property
    def cite_rate(self) -> float:
        return self.cites_found / self.cites_total if self.cites_total else 1.0

    def summary(self) -> str:
        return (f"fields {self.fields_right}/{self.fields_total} = {self.field_rate:.1%}; documents fully right "
                f"{self.docs_full}/{self.docs}; cited documents found {self.cites_found}/{self.cites_total} = "
                f"{self.cite_rate:.1%}; assignment clauses found {self.clauses_found}/{self.clauses_total}")


def cli(store: Path, *args: str) -> str:
    env = dict(os.environ, KEHOACH_STORE=str(store), PYTHONIOENCODING="utf-8")
    p = subprocess.run([sys.executable, "-m", "kehoach.cli", *args], capture_output=True, text=True, env=env,
                       cwd=ROOT)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"kehoach {' '.join(args)} failed: {p.stderr}")
    return p.stdout


def score(store: Path, truth: list[dict]) -> Score:
    rows = json.loads(cli(store, "query", "documents", "--format", "json"))
    by_file: dict[str, dict] = {}
    for r in rows:
        if r.get("source"):
            by_file.setdefault(r["source"], r)
    cited: dict[str, set[str]] = {}
    for r in json.loads(cli(store, "sparql", CITED, "--format", "json")):
        cited.setdefault(r["source"], set()).add(fold(r["number"]))
    leads: dict[str, set[str]] = {}
    for r in json.loads(cli(store, "sparql", TASKS, "--format", "json")):
        leads.setdefault(r["source"], set()).add(fold(r["lead"]))
    s = Score()
    for doc in truth:
        name = doc["file"]
        row = by_file.get(name, {})
        s.docs += 1
        right = 0
        for f in FIELDS:
            want, got = doc.get(f), row.get(f)
            ok = _set(want) == _set(got) if f == "implements" else fold(want) == fold(got)
            right += ok
            if not ok:
                s.misses.append(f"{name}: {f} want {want!r} got {got!r}")
        s.fields_right += right
        s.fields_total += len(FIELDS)
        s.docs_full += right == len(FIELDS)
        have = cited.get(name, set())
        for c in doc.get("cites", []):
            fc = fold(c)
            found = fc in have or ("/" not in fc and any(h.startswith(fc) for h in have))
            s.cites_found += found
            s.cites_total += 1
            if not found:
                s.misses.append(f"{name}: cited {c} not found")
        for t in doc.get("tasks", []):
            s.clauses_total += 1
            want = t["lead"] if isinstance(t["lead"], list) else [t["lead"]]
            ok = all(fold(x) in leads.get(name, set()) for x in want)
            s.clauses_found += ok
            if not ok:
                s.misses.append(f"{name}: assignment clause led by {t['lead']!r} not found")
    return s


def load_truth(directory: Path = LAYOUTS) -> list[dict]:
    return json.loads((directory / "truth.json").read_text(encoding="utf-8"))["docs"]


def build(store: Path, directory: Path = LAYOUTS) -> None:
    cli(store, "ingest", *sorted(str(p) for p in directory.glob("*.txt")))


def main() -> int:
    args = sys.argv[1:]
    directory = LAYOUTS
    if "--dir" in args:
        i = args.index("--dir")
        directory = Path(args[i + 1])
        del args[i:i + 2]
    truth = load_truth(directory)
    if args:
        s = score(Path(args[0]), truth)
    else:
        with tempfile.TemporaryDirectory(prefix="kehoach-layouts-") as tmp:
            build(Path(tmp), directory)
            s = score(Path(tmp), truth)
    print("\n".join(s.misses))
    print(s.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
