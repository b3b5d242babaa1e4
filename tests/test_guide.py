"""Issue 11, item 10: docs/vocabulary.md matches the data exactly. Its term index lists every term the
export of the seed documents uses (predicates, classes, kh: concepts), and every term it marks as
used in the seeds is used there; terms it marks as not in the seeds are absent from the export.
Every kh: term the guide names is declared in ontology/kehoach.ttl, and every term the ontology
declares is named in the guide."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import ROOT, run

from kehoach.resources import data_file
from kehoach.vocab import KH, PREFIXES, RDF

GUIDE = ROOT / "docs" / "vocabulary.md"
PRE = {**PREFIXES, "schema": "https://schema.org/"}
TERM = re.compile(r"`((?:" + "|".join(PRE) + r"):[A-Za-z][\w-]*\*?)`")
SKIP_GRAPHS = {"https://w3id.org/kehoach/graph/ontology", "https://w3id.org/kehoach/graph/union"}


def expand(term: str) -> str:
    prefix, local = term.split(":", 1)
    return PRE[prefix] + local


def index() -> dict[str, bool]:
    """Term (IRI, or IRI prefix ending in '*') -> used in the seeds, from the guide's term index."""
    text = GUIDE.read_text(encoding="utf-8")
    section = text.split("## Term index", 1)[1].split("\n## ", 1)[0]
    out: dict[str, bool] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3 or not cells[0].startswith("`"):
            continue
        used = cells[-1].startswith("yes")
        assert used or cells[-1].startswith("no:"), f"say 'yes' or 'no: why' in: {line}"
        for t in TERM.findall(cells[0]):
            assert expand(t) not in out, f"{t} listed twice"
            out[expand(t)] = used
    return out


@pytest.fixture(scope="module")
def seed_terms(seed_store, tmp_path_factory) -> set[str]:
    out = tmp_path_factory.mktemp("guide") / "seeds.nq"
    run(seed_store, "export", "--format", "nq", "-o", str(out))
    terms: set[str] = set()
    for q in ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS):
        if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value in SKIP_GRAPHS:
            continue
        terms.add(q.predicate.value)
        if isinstance(q.object, ox.NamedNode) and (q.predicate.value == RDF + "type" or q.object.value.startswith(KH)):
            terms.add(q.object.value)
    return terms


def covers(documented: str, term: str) -> bool:
    return term.startswith(documented[:-1]) if documented.endswith("*") else term == documented


def test_every_term_the_seeds_use_is_documented(seed_terms):
    idx = index()
    undocumented = sorted(t for t in seed_terms if not any(covers(d, t) for d in idx))
    print(f"guide/data: {len(seed_terms)} terms used by the seed export, {len(idx)} index entries "
          f"({sum(idx.values())} marked used, {len(idx) - sum(idx.values())} not in the seeds)")
    assert undocumented == []


def test_every_term_documented_as_used_is_used_and_the_others_are_not(seed_terms):
    idx = index()
    unused = sorted(d for d, used in idx.items() if used and not any(covers(d, t) for t in seed_terms))
    assert unused == [], "marked 'yes' but not in the seed export"
    present = sorted(d for d, used in idx.items() if not used and any(covers(d, t) for t in seed_terms))
    assert present == [], "marked 'no' but in the seed export"


def declared() -> set[str]:
    g = ox.parse(path=str(data_file("ontology", "kehoach.ttl")), format=ox.RdfFormat.TURTLE)
    return {q.subject.value for q in g if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(KH)}


def test_kh_terms_of_the_guide_and_the_ontology_are_the_same():
    text = GUIDE.read_text(encoding="utf-8")
    named = {expand(t) for t in re.findall(r"\bkh:[A-Za-z][\w-]*\*?", text)}
    onto = declared()
    for n in named:
        assert (any(d.startswith(n[:-1]) for d in onto) if n.endswith("*") else n in onto), f"{n} not declared"
    concrete = {n for n in named if not n.endswith("*")}
    families = [n[:-1] for n in named if n.endswith("*")]
    unnamed = sorted(d.removeprefix(KH) for d in onto
                     if d not in concrete and not any(d.startswith(f) for f in families))
    assert unnamed == [], "declared in ontology/kehoach.ttl but not in docs/vocabulary.md"


def test_the_guide_is_the_one_the_readme_points_to():
    assert "docs/vocabulary.md" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert Path(GUIDE).exists() and (ROOT / "docs" / "cookbook.md").exists()
