"""Issue 11, items 1-3: identity. One node and one eli:date_document per document (an OWL-RL closure
with the official vocabularies equates nothing), no identity shared across documents by a '_'
year or place, laws named without a number told apart by the citing date, misprints minted from
the corrected number, a draft linked to its numbered version, and citation and assignment IRIs
that do not move when extraction finds a mention more or less (docs/vocabulary.md, "Stability
rules"). Invented plans (numbers, dates and texts made up; provinces real) where the seeds have no
case."""

from __future__ import annotations

import dataclasses
import json
import textwrap
from pathlib import Path

import owlrl
import pytest
import rdflib
from conftest import FIXTURES, run, run_json

from ingest.agencies import Gazetteer, Mention
from ingest.rdf import Builder, build_document
from ingest.reader import read_document
from kehoach.resources import data_file

KHR = "https://w3id.org/kehoach/"
ELI = rdflib.Namespace("http://data.europa.eu/eli/ontology#")
KH = rdflib.Namespace("https://w3id.org/kehoach/ontology#")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
ERROR = rdflib.URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")   # owlrl's inconsistency notes
VOCAB = FIXTURES / "vocab"


# -- the seeds --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def closure(seed_store, tmp_path_factory) -> rdflib.Graph:
    """OWL-RL closure of the seed export (data, reference graphs and ontology) with the official
    ORG, PROV-O, Web Annotation, SKOS and DCMI files and the ELI 1.5 axioms (tests/fixtures/vocab)."""
    out = tmp_path_factory.mktemp("identity") / "seeds.ttl"
    run(seed_store, "export", "--format", "ttl", "-o", str(out))
    g = rdflib.Graph().parse(out, format="turtle")
    for f in sorted(VOCAB.iterdir()):
        if f.suffix in (".ttl", ".nt"):
            g.parse(f, format="nt" if f.suffix == ".nt" else "turtle")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return g


def test_owl_rl_closure_infers_no_document_with_two_dates(closure):
    assert (ELI.date_document, rdflib.RDF.type, rdflib.OWL.FunctionalProperty) in closure
    dated = set(closure.subjects(ELI.date_document, None))
    assert len(dated) >= 15
    two = {str(d): sorted(map(str, closure.objects(d, ELI.date_document))) for d in dated
           if len(set(closure.objects(d, ELI.date_document))) > 1}
    assert two == {}
    # nothing equated: no owl:sameAs between two different terms (a functional property with two
    # values equates them), and no inconsistency noted
    assert [(s, o) for s, o in closure.subject_objects(rdflib.OWL.sameAs) if s != o] == []
    assert list(closure.objects(None, ERROR)) == []


def test_owl_rl_closure_keeps_groups_and_party_documents_what_they_are(closure):
    groups = set(closure.subjects(rdflib.RDF.type, KH.AgencyGroup))
    assert groups and not [g for g in groups if (g, rdflib.RDF.type, ORG.Organization) in closure]
    party = set(closure.subjects(rdflib.RDF.type, KH.PartyDocument))
    assert {str(p).removeprefix(KHR) for p in party} >= {"eli/vn/kl-tw/2023/59", "eli/vn/nq-tw/2025/59",
                                                         "eli/vn/ct-tw/2019/39"}
    assert not [p for p in party if (p, rdflib.RDF.type, ELI.LegalResource) in closure]
    # plans stay legal resources, their tasks legal resource subdivisions
    task = next(iter(closure.subjects(rdflib.RDF.type, KH.Task)))
    assert (task, rdflib.RDF.type, ELI.LegalResource) in closure


def test_one_date_per_document_in_the_store(seed_store):
    rows = run_json(seed_store, "sparql", """SELECT ?d (COUNT(DISTINCT ?date) AS ?n) WHERE {
        ?d eli:date_document ?date } GROUP BY ?d HAVING (COUNT(DISTINCT ?date) > 1)""")
    assert rows == []
    # 155/QĐ-TTg: the reference date; the 20/02/2026 of Gia Lai's appendix stays on its citation
    rows = run_json(seed_store, "sparql", """SELECT ?date ?printed WHERE {
        <https://w3id.org/kehoach/eli/vn/qd-ttg/2026/155> eli:date_document ?date .
        ?c kh:citedDocument <https://w3id.org/kehoach/eli/vn/qd-ttg/2026/155> ; kh:citedDate ?printed }""")
    assert {r["date"] for r in rows} == {"2026-01-20"}
    assert {r["printed"] for r in rows} == {"2026-01-20", "2026-02-20"}


def test_no_identity_is_shared_through_an_unknown_year_or_place(seed_store):
    rows = run_json(seed_store, "sparql", """SELECT DISTINCT ?x WHERE { { ?x ?p ?o } UNION { ?s ?p ?x }
        FILTER(isIRI(?x) && CONTAINS(STR(?x), "/_/")) }""")
    assert rows == []


def test_the_state_budget_laws_of_2015_and_2025_are_two_documents(seed_store):
    rows = run_json(seed_store, "sparql", """SELECT ?file ?law ?label WHERE {
        ?c kh:citedDocument ?law ; prov:wasDerivedFrom/oa:hasSource/kh:fileName ?file .
        ?law a kh:Law ; rdfs:label ?label FILTER(lang(?label) = "vi" && STRSTARTS(?label, "Luật Ngân sách")) }""")
    got = {(r["file"][:3], r["law"].removeprefix(KHR), r["label"]) for r in rows}
    assert got == {
        ("000", "eli/vn/qh15/2025/89", "Luật Ngân sách nhà nước 2025"),   # "năm 2025" printed
        ("003", "eli/vn/qh15/2025/89", "Luật Ngân sách nhà nước 2025"),   # no year: in force in 2026
        ("004", "eli/vn/qh13/2015/83", "Luật Ngân sách nhà nước 2015"),   # no year: in force in 2021
    }


def test_a_misprinted_number_is_minted_corrected_and_kept_as_printed(seed_store):
    rows = run_json(seed_store, "sparql", """SELECT ?doc ?id ?printed ?date WHERE {
        ?c kh:citedDocument ?doc ; kh:citedNumber ?printed ; kh:citedDate ?date . ?doc eli:id_local ?id .
        FILTER(STRSTARTS(?printed, "07/")) }""")
    assert rows == [{"doc": KHR + "eli/vn/khanh-hoa/nq-hdnd/2019/07-2019", "id": "07/2019/NQ-HĐND",
                     "printed": "07/2029/NQ-HĐND", "date": "2019-12-10"}]
    p = run(seed_store, "audit", "--format", "json", check=False)
    found = [(f["check"], f["focus"], f["line"]) for f in json.loads(p.stdout) if f["check"] == "date-number-mismatch"]
    assert found == [("date-number-mismatch", "07/2029/NQ-HĐND", 81)]


def test_reference_records_are_declared_as_the_builder_declares_them(tmp_path):
    """The national bodies and documents of ontology/documents.ttl carry the triples (types, labels,
    search text, ...) the builder writes for the same IRI, so no resource gets two labels."""
    ref = rdflib.Graph().parse(data_file("ontology", "documents.ttl"), format="turtle")
    gaz = Gazetteer.load()
    plan = tmp_path / "p.txt"
    plan.write_text("ỦY BAN NHÂN DÂN TỈNH GIA LAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                    "Số: 1/KH-UBND | Gia Lai, ngày 05 tháng 3 năm 2026 |\n\nKẾ HOẠCH\n\nTHỬ NGHIỆM\n",
                    encoding="utf-8")
    b = Builder(read_document(plan, gaz), gaz, "test")
    agencies = list(ref.subjects(rdflib.RDF.type, KH.Agency))
    assert len(agencies) == 3
    for a in agencies:
        entry = next(e for e in gaz.entries if e.iri == str(ref.value(a, KH.gazetteerEntry)))
        b.triples = []
        assert b.agency(Mention(entry.label, entry, False)) == str(a)
        built = {(t.predicate.value, getattr(t.object, "value", None), getattr(t.object, "language", None))
                 for t in b.triples if getattr(t.subject, "value", None) == str(a)}
        declared = {(str(p), str(o), getattr(o, "language", None))
                    for p, o in ref.predicate_objects(a) if str(p) != "http://purl.org/dc/terms/source"}
        assert built == declared, a


# -- derived facts and stability, on invented plans ----------------------------------------------------

HEAD = """\
ỦY BAN NHÂN DÂN TỈNH {caps} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: {number} | {province}, ngày {day} tháng 3 năm 2024 |

KẾ HOẠCH

{title}

Căn cứ Quyết định số 77/QĐ-UBND ngày {cited} của Ủy ban nhân dân tỉnh Phú Yên về việc phê duyệt Đề án du lịch;

I. NHIỆM VỤ

1. Phát triển sản phẩm du lịch

- Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tài chính và Sở Nội vụ thực hiện các nhiệm vụ sau:

+ Tổ chức tuyên truyền về du lịch của tỉnh.
"""


def plan(tmp: Path, name: str, number: str, cited: str, title: str = "PHÁT TRIỂN DU LỊCH NĂM 2024",
         day: str = "10") -> Path:
    p = tmp / name
    p.write_text(HEAD.format(caps="PHÚ YÊN", province="Phú Yên", number=number, cited=cited, title=title, day=day),
                 encoding="utf-8")
    return p


def date_of(store: Path, iri: str) -> list[str]:
    return [r["d"] for r in run_json(store, "sparql", f"SELECT ?d WHERE {{ <{iri}> eli:date_document ?d }}")]


def test_a_document_known_only_by_citation_takes_the_date_most_mentions_print(tmp_path):
    a = plan(tmp_path, "a.txt", "11/KH-UBND", "01/02/2024")
    b = plan(tmp_path, "b.txt", "12/KH-UBND", "01/02/2024")
    c = plan(tmp_path, "c.txt", "13/KH-UBND", "05/02/2024")
    store = tmp_path / "store"
    run(store, "ingest", str(a), str(b), str(c))
    decision = KHR + "eli/vn/phu-yen/qd-ubnd/2024/77"
    assert date_of(store, decision) == ["2024-02-01"]                 # 2 mentions against 1
    rows = run_json(store, "sparql", f"SELECT ?g WHERE {{ GRAPH ?g {{ <{decision}> eli:date_document ?d }} "
                                     f"FILTER(?g != <{KHR}graph/union>) }}")
    assert [r["g"] for r in rows] == [KHR + "graph/derived"]          # not in any document graph
    run(store, "remove", "a.txt")
    assert date_of(store, decision) == ["2024-02-01"]                 # a tie: the earliest
    run(store, "remove", "b.txt")
    assert date_of(store, decision) == ["2024-02-05"]                 # what is left says 05/02


def test_a_normative_number_and_the_same_serial_without_a_year_are_two_documents(tmp_path):
    """"07/2024/QĐ-UBND" (a legal normative decision, its year in its number) and the "07/QĐ-UBND" of 2024 (a decision
    of the other series): two documents, each its own number and date, and no finding that one document is cited with
    two dates (they had been one node, eli:id_local both numbers, and the audit saw a decision cited with two dates). A
    decree printed without its year ("72/NĐ-CP ngày 07/9/2015") is the decree of that year: one node, one number, the
    citation keeping what it prints."""
    a = plan(tmp_path, "a.txt", "11/KH-UBND", "01/02/2024")
    a.write_text(a.read_text(encoding="utf-8").replace(
        "Căn cứ Quyết định số 77/QĐ-UBND ngày 01/02/2024",
        "Căn cứ Quyết định số 07/2024/QĐ-UBND ngày 20/3/2024 của Ủy ban nhân dân tỉnh Phú Yên ban hành Quy định "
        "quản lý du lịch; Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ;\n\nCăn cứ Quyết định số "
        "07/QĐ-UBND ngày 03/01/2024 của Ủy ban nhân dân tỉnh Phú Yên; Nghị định số 72/NĐ-CP ngày 07/9/2015"),
        encoding="utf-8")
    store = tmp_path / "store"
    run(store, "ingest", str(a))
    rows = run_json(store, "sparql", """SELECT ?doc ?id ?date WHERE { ?doc eli:id_local ?id .
        OPTIONAL { ?doc eli:date_document ?date } FILTER(CONTAINS(?id, "07/") || CONTAINS(?id, "72/"))
        FILTER(!STRENDS(?id, "/QH15")) }
        ORDER BY ?doc""")
    assert [(r["doc"].removeprefix(KHR), r["id"], r["date"]) for r in rows] == [
        ("eli/vn/nd-cp/2015/72", "72/2015/NĐ-CP", "2015-09-07"),
        ("eli/vn/phu-yen/qd-ubnd/2024/07", "07/QĐ-UBND", "2024-01-03"),
        ("eli/vn/phu-yen/qd-ubnd/2024/07-2024", "07/2024/QĐ-UBND", "2024-03-20")]
    printed = run_json(store, "sparql", f"SELECT ?n WHERE {{ ?c kh:citedDocument <{KHR}eli/vn/nd-cp/2015/72> ; "
                                        "kh:citedNumber ?n } ORDER BY ?n")
    assert [r["n"] for r in printed] == ["72/2015/NĐ-CP", "72/NĐ-CP"]
    findings = json.loads(run(store, "audit", "--format", "json", check=False).stdout)
    assert not [f for f in findings if f["check"] == "citation-date-conflict"], findings


def test_an_ingested_document_without_a_place_date_takes_no_date_from_citations(tmp_path):
    """A plan whose text prints no date (a draft's "ngày … tháng …") cited with a date by another plan: it stays
    undated, its date is its own place-date line's or none (docs/vocabulary.md, "One date per document"); it had taken
    the date the other plan prints."""
    cited = plan(tmp_path, "cited.txt", "76/2024/KH-UBND", "01/02/2024", day="...")
    citing = tmp_path / "citing.txt"
    citing.write_text(plan(tmp_path, "x.txt", "11/KH-UBND", "01/02/2024").read_text(encoding="utf-8").replace(
        "Căn cứ Quyết định số 77/QĐ-UBND ngày 01/02/2024", "Căn cứ Kế hoạch số 76/2024/KH-UBND ngày 01/02/2024"),
        encoding="utf-8")
    store = tmp_path / "store"
    run(store, "ingest", str(cited), str(citing))
    [row] = run_json(store, "sparql", "SELECT ?d WHERE { ?g kh:describes ?d ; prov:wasDerivedFrom/kh:fileName "
                                      "'cited.txt' }")
    cites = run_json(store, "sparql", f"SELECT ?c WHERE {{ ?c kh:citedDocument <{row['d']}> ; kh:citedDate ?date }}")
    assert cites                                      # the other plan cites it, with a date
    assert date_of(store, row["d"]) == []


def test_a_draft_is_replaced_by_its_numbered_version(tmp_path):
    draft = plan(tmp_path, "draft.txt", "    /KH-UBND", "01/02/2024", day="...")
    final = plan(tmp_path, "final.txt", "31/KH-UBND", "01/02/2024")
    other = plan(tmp_path, "other.txt", "32/KH-UBND", "01/02/2024", title="PHÁT TRIỂN NÔNG NGHIỆP NĂM 2024")
    store = tmp_path / "store"
    run(store, "ingest", str(draft), str(final), str(other))
    rows = run_json(store, "sparql", "SELECT ?d ?n WHERE { ?d dct:isReplacedBy ?n }")
    assert len(rows) == 1
    assert "/draft-" in rows[0]["d"] and rows[0]["n"] == KHR + "eli/vn/phu-yen/kh-ubnd/2024/31"


def test_citation_and_assignment_iris_do_not_shift_when_extraction_changes(tmp_path):
    """Mentions are named after what they are (the cited document and the line; the agency), not
    their rank: extraction finding one mention fewer leaves the others' IRIs as they were."""
    gaz = Gazetteer.load()
    text = textwrap.dedent(HEAD.format(caps="PHÚ YÊN", province="Phú Yên", number="14/KH-UBND", cited="01/02/2024",
                                       title="PHÁT TRIỂN DU LỊCH NĂM 2024", day="10")) + \
        "\nThực hiện Kế hoạch số 5/KH-UBND ngày 02/01/2024 của Ủy ban nhân dân tỉnh Phú Yên.\n"
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, gaz)

    def minted(d) -> tuple[set[str], set[str]]:
        _, iri, triples = build_document(d, gaz, "test")
        nodes = {str(getattr(t.subject, "value", "")) for t in triples}
        return ({n.removeprefix(iri) for n in nodes if "/citation/" in n and "/source" not in n},
                {n.removeprefix(iri) for n in nodes if "/assignment/" in n})

    citations, assignments = minted(doc)
    assert len(citations) == 2 and len(assignments) == 3
    assert "/task/I.1_1/assignment/support/so-noi-vu" in assignments
    # before, the second citation was ".../citation/2" until the first was no longer found, and a
    # supporter ".../assignment/support/2" until the supporter before it went missing
    fewer = dataclasses.replace(doc, citations=doc.citations[1:],
                                tasks=[dataclasses.replace(t, leads=[]) for t in doc.tasks])
    c2, a2 = minted(fewer)
    assert c2 < citations and len(c2) == 1
    assert a2 == {a for a in assignments if "/lead/" not in a} and len(a2) == 2


def test_every_iri_path_is_lower_case_but_codes_as_printed(seed_store):
    """One case policy: what kehoach mints is lower case (slugs, years, numbers, kinds); a code copied
    from the document (task, goal, section, duty) keeps its printed case ("VI.1")."""
    rows = run_json(seed_store, "sparql", """SELECT DISTINCT ?x WHERE { GRAPH ?g { ?x ?p ?o }
        FILTER(STRSTARTS(STR(?g), "https://w3id.org/kehoach/graph/doc/") && isIRI(?x)
               && STRSTARTS(STR(?x), "https://w3id.org/kehoach/")) }""")
    for r in rows:
        path = r["x"].removeprefix(KHR)
        head, _, tail = path.partition("/task/") if "/task/" in path else path.partition("/duty/")
        for part in ("/goal/", "/objective/", "/section/"):
            head = head.split(part)[0]
        assert head == head.lower(), path


def test_a_document_that_cannot_be_identified_is_scoped_to_the_citing_document(tmp_path):
    """No year anywhere (number, date, other mentions, reference data): the cited decision gets an
    IRI under the citing plan, so two plans citing "Quyết định số 12/QĐ-UBND" without year never
    meet in one node that may be two documents; a law named without year that the reference data
    does not know likewise."""
    gaz = Gazetteer.load()
    text = HEAD.format(caps="PHÚ YÊN", province="Phú Yên", number="15/KH-UBND", cited="01/02/2024",
                       title="PHÁT TRIỂN DU LỊCH NĂM 2024", day="10") + \
        "\nThực hiện Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh Phú Yên và Luật Du lịch.\n"
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    _, iri, triples = build_document(read_document(path, gaz), gaz, "test")
    cited = {getattr(t.object, "value", "") for t in triples
             if getattr(t.predicate, "value", "") == KH + "citedDocument"}
    assert iri + "/cited/12-qd-ubnd" in cited and iri + "/cited/luat-du-lich" in cited
    assert not [c for c in cited if "/_/" in c]
