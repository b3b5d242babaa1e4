"""The 2025 reorganisation in the gazetteer (org:ChangeEvent between agency kinds) and the saved
queries that follow a plan's agencies to their successors (agency-succession) and back
(agency-predecessors)."""

import pytest
import rdflib
from conftest import run_json
from rdflib.namespace import OWL, RDF, SKOS

from ingest.text import fold
from kehoach.resources import data_file

KH = rdflib.Namespace("https://w3id.org/kehoach/ontology#")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
ELI = rdflib.Namespace("http://data.europa.eu/eli/ontology#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
GAZ = "https://w3id.org/kehoach/gazetteer/agency/"
SEED_2021 = "004_35cf8d864bcec6de.txt"
SEEDS_2026 = ("000_73d4bb3c1402900e.txt", "001_6f98c8b90fde8699.txt", "003_c94ae1e408b8e268.txt")


@pytest.fixture(scope="module")
def gaz():
    return rdflib.Graph().parse(data_file("ontology", "agencies.ttl"), format="turtle")


@pytest.fixture(scope="module")
def events(gaz):
    evs = sorted(gaz.subjects(RDF.type, ORG.ChangeEvent))
    assert len(evs) >= 10
    return evs


@pytest.fixture(scope="module")
def succession(seed_store):
    return run_json(seed_store, "query", "agency-succession")


def test_every_event_has_kinds_date_legal_basis_and_source(gaz, events):
    for e in events:
        kinds = [KH.Merger, KH.Split, KH.Renaming]
        assert sum((e, RDF.type, k) in gaz for k in kinds) == 1, f"{e}: one of Merger/Split/Renaming"
        olds, news = set(gaz.objects(e, KH.originalKind)), set(gaz.objects(e, KH.resultingKind))
        assert olds and news, e
        for k in olds | news:
            assert (k, RDF.type, KH.GazetteerEntry) in gaz, f"{e}: {k} is not a gazetteer entry"
        # exactly one kind of date: the effective date, or a documented upper bound
        starts = list(gaz.objects(e, PROV.startedAtTime))
        bounds = list(gaz.objects(e, KH.effectiveNotAfter))
        assert len(starts) + len(bounds) == 1, f"{e}: needs prov:startedAtTime or kh:effectiveNotAfter"
        for d in starts:
            assert d.datatype == rdflib.XSD.dateTime and str(d).startswith("2025-"), (e, d)
        for d in bounds:
            assert d.datatype == rdflib.XSD.date, (e, d)
        bases = list(gaz.objects(e, KH.legalBasis))
        assert bases, f"{e}: no legal basis"
        for b in bases:
            assert gaz.value(b, ELI.number) and gaz.value(b, ELI.id_local), f"{b}: no number"
            assert gaz.value(b, ELI.date_document) is not None, f"{b}: no date"
            assert gaz.value(b, KH.numberKey) and gaz.value(b, ELI.passed_by), b
            assert list(gaz.objects(b, DCT.source)), f"{b}: no source"
            assert "/eli/" in str(b)
        assert any("http" in str(s) for s in gaz.objects(e, DCT.source)), f"{e}: no cited page"
        langs = {d.language for d in gaz.objects(e, DCT.description)}
        assert {"vi", "en"} <= langs, e


def test_predecessors_and_successors_are_distinct(gaz, events):
    for e in events:
        olds, news = set(gaz.objects(e, KH.originalKind)), set(gaz.objects(e, KH.resultingKind))
        assert not olds & news, f"{e}: a kind is both original and resulting"
        ids_old = {i for k in olds for i in gaz.objects(k, ORG.identifier)}
        ids_new = {i for k in news for i in gaz.objects(k, ORG.identifier)}
        assert not ids_old & ids_new, f"{e}: org:identifier shared across the change"
        notations_old = {str(gaz.value(k, SKOS.notation)) for k in olds}
        notations_new = {str(gaz.value(k, SKOS.notation)) for k in news}
        assert not notations_old & notations_new, e


def test_no_identifier_shared_between_concrete_predecessor_and_successor(seed_store):
    rows = run_json(seed_store, "sparql", """
        SELECT ?old ?new ?id WHERE {
          ?e a org:ChangeEvent ; kh:originalKind ?ko ; kh:resultingKind ?kn .
          ?old kh:gazetteerEntry ?ko ; org:identifier ?id .
          ?new kh:gazetteerEntry ?kn ; org:identifier ?id .
        }""")
    assert rows == []


def test_kind_search_text_is_the_folded_label(gaz):
    checked = 0
    for k, text in gaz.subject_objects(KH.searchText):
        labels = {fold(str(o)) for p in (SKOS.prefLabel, SKOS.altLabel) for o in gaz.objects(k, p)
                  if o.language == "vi"}
        assert str(text) in labels, (k, text)
        checked += 1
    assert checked >= 30
    for e in gaz.subjects(RDF.type, ORG.ChangeEvent):
        for k in list(gaz.objects(e, KH.originalKind)) + list(gaz.objects(e, KH.resultingKind)):
            assert gaz.value(k, KH.searchText) is not None, f"{k}: no kh:searchText"


def test_new_terms_are_declared_in_the_ontology(gaz):
    onto = rdflib.Graph().parse(data_file("ontology", "kehoach.ttl"), format="turtle")
    declared = {s for s in onto.subjects() if str(s).startswith(str(KH))}
    used = {t for trip in gaz for t in trip if isinstance(t, rdflib.URIRef) and str(t).startswith(str(KH))}
    assert used - declared == set()
    for p in (KH.originalKind, KH.resultingKind, KH.appliesIn):
        assert (p, RDF.type, OWL.ObjectProperty) in onto
        assert (p, rdflib.RDFS.domain, ORG.ChangeEvent) in onto
    assert (KH.originalKind, rdflib.RDFS.range, KH.GazetteerEntry) in onto
    assert (KH.effectiveNotAfter, RDF.type, OWL.DatatypeProperty) in onto


def _pairs(rows, source):
    return {(r["agency"], r["successor"]) for r in rows if r["source"] == source}


def test_seed_2021_agencies_lead_to_their_successors(succession):
    rows = [r for r in succession if r["source"] == SEED_2021]
    assert rows
    assert {r["plan_number"] for r in rows} == {"12127/KH-UBND"}
    assert {r["plan_date"] for r in rows} == {"2021-11-29"}
    pairs = _pairs(rows, SEED_2021)
    kh_ = " tỉnh Khánh Hòa"
    expected = {
        ("Sở Lao động - Thương binh và Xã hội" + kh_, "Sở Nội vụ" + kh_),
        ("Sở Lao động - Thương binh và Xã hội" + kh_, "Sở Y tế" + kh_),
        ("Sở Lao động - Thương binh và Xã hội" + kh_, "Sở Giáo dục và Đào tạo" + kh_),
        ("Sở Thông tin và Truyền thông" + kh_, "Sở Khoa học và Công nghệ" + kh_),
        ("Sở Thông tin và Truyền thông" + kh_, "Sở Văn hóa, Thể thao và Du lịch" + kh_),
        ("Sở Tài nguyên và Môi trường" + kh_, "Sở Nông nghiệp và Môi trường" + kh_),
        ("Sở Du lịch" + kh_, "Sở Văn hóa, Thể thao và Du lịch" + kh_),
        ("Sở Văn hóa và Thể thao" + kh_, "Sở Văn hóa, Thể thao và Du lịch" + kh_),
        ("Bộ Lao động - Thương binh và Xã hội", "Bộ Nội vụ"),
    }
    assert expected <= pairs, expected - pairs
    by_pair = {(r["agency"], r["successor"]): r for r in rows}
    r = by_pair[("Sở Lao động - Thương binh và Xã hội" + kh_, "Sở Nội vụ" + kh_)]
    assert r["effective"] == "2025-03-01" and r["legal_basis"] == "45/2025/NĐ-CP"
    # merged into Home Affairs (some functions moved elsewhere): a merger, as its label says
    assert r["legal_basis_date"] == "2025-02-28" and r["change"] == "Merger"
    assert r["successor_agency"] == "https://w3id.org/kehoach/agency/khanh-hoa/so-noi-vu"
    assert int(r["tasks_led"]) > 0 and r["jurisdiction"] == "Khánh Hòa" and "http" in r["evidence"]
    r = by_pair[("Bộ Lao động - Thương binh và Xã hội", "Bộ Nội vụ")]
    assert r["legal_basis"] == "176/2025/QH15" and r["effective"] == "2025-03-01"
    r = by_pair[("Sở Du lịch" + kh_, "Sở Văn hóa, Thể thao và Du lịch" + kh_)]
    assert r["effective"] is None and r["effective_not_after"] == "2025-05-09"
    # agencies that still exist are not reported
    agencies = {r["agency"] for r in rows}
    for current in ("Sở Nội vụ", "Sở Y tế", "Sở Tài chính", "Sở Khoa học và Công nghệ", "Sở Ngoại vụ"):
        assert current + kh_ not in agencies


def test_agencies_of_2026_plans_are_not_obsolete(succession):
    assert not [r for r in succession if r["source"] in SEEDS_2026]


def test_filters_by_agency_name_plan_and_source(seed_store, succession):
    folded = run_json(seed_store, "query", "agency-succession", "-p", "agency=lao dong thuong binh")
    assert {r["agency"] for r in folded} == {
        "Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa", "Bộ Lao động - Thương binh và Xã hội"}
    for name in ("so lao dong", "SỞ LAO ĐỘNG – THƯƠNG BINH", "Sở LĐ-TB&XH"):
        rows = run_json(seed_store, "query", "agency-succession", "-p", f"agency={name}")
        assert {r["agency"] for r in rows} == {"Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa"}, name
    plan = next(r["plan"] for r in succession if r["source"] == SEED_2021)
    by_plan = run_json(seed_store, "query", "agency-succession", "-p", f"plan={plan}")
    by_source = run_json(seed_store, "query", "agency-succession", "-p", f"source={SEED_2021}")
    assert len(by_plan) == len(by_source) == len([r for r in succession if r["source"] == SEED_2021])


def test_predecessors_of_a_current_agency(seed_store):
    rows = run_json(seed_store, "query", "agency-predecessors", "-p",
                    "agency=Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa")
    assert {r["successor_kind"] for r in rows} == {"Sở Nông nghiệp và Môi trường"}
    assert {r["predecessor_kind"] for r in rows} == {
        "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở Lao động - Thương binh và Xã hội"}
    assert all(r["legal_basis"] == "45/2025/NĐ-CP" and r["depth"] == "1" for r in rows)
    default = run_json(seed_store, "query", "agency-predecessors")
    assert {r["successor_kind"] for r in default} == {"Sở Nông nghiệp và Môi trường"}
    tourism = run_json(seed_store, "query", "agency-predecessors", "-p", "agency=so van hoa the thao va du lich")
    scoped = {r["predecessor_kind"]: r["applies_in"] for r in tourism}
    assert scoped["Sở Du lịch"] == "Khánh Hòa" and scoped["Sở Thông tin và Truyền thông"] is None
    everything = run_json(seed_store, "query", "agency-predecessors", "-p", "agency=")
    assert {"Bộ Nội vụ", "Bộ Khoa học và Công nghệ", "Sở Xây dựng"} <= {r["successor_kind"] for r in everything}


def test_labels_of_events_match_their_typing(gaz, events):
    """An event labelled "merged into" is a kh:Merger (issue 11.5: two were typed kh:Split)."""
    for e in events:
        label = str(gaz.value(e, rdflib.RDFS.label) or "")
        if "merged" in " ".join(str(x) for x in gaz.objects(e, rdflib.RDFS.label) if x.language == "en"):
            assert (e, RDF.type, KH.Merger) in gaz, (e, label)


def test_concrete_agencies_carry_the_w3c_org_change_events(seed_store):
    """Issue 11.5: between the concrete agencies a plan names, org:ChangeEvent with
    org:originalOrganization / org:resultingOrganization, and org:changedBy / org:resultedFrom on the
    organisations, part of (dct:isPartOf) the kind-level event of the gazetteer."""
    rows = run_json(seed_store, "sparql", """
        SELECT ?event ?old ?new ?kindEvent ?basis WHERE {
          ?event a org:ChangeEvent ; org:originalOrganization ?old ; org:resultingOrganization ?new ;
                 dct:isPartOf ?kindEvent ; kh:legalBasis ?basis .
          ?old org:changedBy ?event ; a kh:Agency . ?new org:resultedFrom ?event ; a kh:Agency .
          ?kindEvent kh:originalKind ?k . ?old org:classification ?k }""")
    base = "https://w3id.org/kehoach/"
    pairs = {(r["old"].removeprefix(base), r["new"].removeprefix(base)) for r in rows}
    assert ("agency/khanh-hoa/so-lao-dong-thuong-binh-va-xa-hoi", "agency/khanh-hoa/so-noi-vu") in pairs
    assert ("agency/khanh-hoa/so-du-lich", "agency/khanh-hoa/so-van-hoa-the-thao-va-du-lich") in pairs
    assert ("agency/vn/bo-lao-dong-thuong-binh-va-xa-hoi", "agency/vn/bo-noi-vu") in pairs
    events = {r["event"].removeprefix(base) for r in rows}
    assert "event/khanh-hoa/2025-so-lao-dong-thuong-binh-va-xa-hoi" in events
    assert "event/vn/2025-bo-lao-dong-thuong-binh-va-xa-hoi" in events
    # the Khánh Hòa-only event reaches no other province's agencies
    assert all(r["event"].startswith(base + "event/khanh-hoa/") for r in rows
               if r["kindEvent"].endswith("2025-khanh-hoa-so-van-hoa-the-thao-va-du-lich"))
    # every resulting organisation is declared: typed, labelled, in its jurisdiction
    declared = run_json(seed_store, "sparql", """
        SELECT DISTINCT ?a WHERE { ?e org:resultingOrganization ?a .
          FILTER NOT EXISTS { ?a a org:Organization ; rdfs:label ?l ; kh:jurisdiction ?p } }""")
    assert declared == []


def test_every_agency_named_as_issuer_or_in_an_event_is_declared(seed_store):
    """Issue 11.5: eli:passed_by, dct:creator and the ORG properties point only at declared agencies
    (the National Assembly, issuer of 176/2025/QH15 and of the laws, included)."""
    rows = run_json(seed_store, "sparql", """
        SELECT DISTINCT ?a WHERE {
          { ?d eli:passed_by|dct:creator ?a } UNION { ?e org:originalOrganization|org:resultingOrganization ?a }
          FILTER NOT EXISTS { ?a a kh:Agency ; a org:Organization ; rdfs:label ?l ; skos:prefLabel ?p } }""")
    assert rows == []
    nat = run_json(seed_store, "sparql", """
        SELECT ?l WHERE { <https://w3id.org/kehoach/agency/vn/quoc-hoi> rdfs:label ?l FILTER(lang(?l) = "en") }""")
    assert [r["l"] for r in nat] == ["National Assembly"]
