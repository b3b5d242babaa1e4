"""Consistency audits: every check fires on a fixture that contains the anomaly, at the right
document, focus and line, and stays silent on a document that does not."""

import json

import pytest
import rdflib
from conftest import EXAMPLES, FIXTURES, run, run_json
from rdflib.namespace import RDF, SH

AUDIT = FIXTURES / "audit"


def audit(store, *args):
    return json.loads(run(store, "audit", "--format", "json", "--fail-on", "never", *args).stdout)


@pytest.fixture(scope="module")
def seed_findings(seed_store):
    return audit(seed_store)


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory):
    s = tmp_path_factory.mktemp("audit-fixtures")
    run(s, "ingest", str(AUDIT / "anomalies.txt"), str(AUDIT / "no_implements.txt"),
        str(EXAMPLES / "example_table_md.txt"), str(EXAMPLES / "example_prose.txt"))
    return s


@pytest.fixture(scope="module")
def fixture_findings(fixture_store):
    return audit(fixture_store)


def keyed(findings):
    return {(f["source"], f["check"], f["focus"]) for f in findings}


# (check, source, focus, line) found in the seeds: every anomaly the gold notes that a check covers
SEED_EXPECTED = [
    ("duplicate-task", "000_73d4bb3c1402900e.txt", "1.1.5", 260),
    ("lead-also-support", "000_73d4bb3c1402900e.txt", "1.2.2", 277),
    ("lead-also-support", "000_73d4bb3c1402900e.txt", "1.2.3", 278),
    ("lead-also-support", "000_73d4bb3c1402900e.txt", "3.1.5", 314),
    ("non-standard-agency-name", "000_73d4bb3c1402900e.txt", "1.1.10", 270),
    ("blank-number", "000_73d4bb3c1402900e.txt", None, None),
    ("blank-date", "000_73d4bb3c1402900e.txt", None, None),
    ("blank-number", "001_6f98c8b90fde8699.txt", None, None),
    ("blank-date", "001_6f98c8b90fde8699.txt", None, None),
    ("collective-lead", "001_6f98c8b90fde8699.txt", "VI.5#1", 166),
    ("collective-lead", "001_6f98c8b90fde8699.txt", "VI.8#3", 188),
    ("citation-date-conflict", "003_c94ae1e408b8e268.txt", "155/QĐ-TTg", 105),
    ("blank-number", "003_c94ae1e408b8e268.txt", None, None),
    ("blank-date", "003_c94ae1e408b8e268.txt", None, None),
    ("date-number-mismatch", "004_35cf8d864bcec6de.txt", "07/2029/NQ-HĐND", 81),
    ("symbol-issuer-mismatch", "004_35cf8d864bcec6de.txt", "650/QĐ-LĐTĐ", 11),
    ("collective-lead", "004_35cf8d864bcec6de.txt", "III.1#1", 61),
]


@pytest.mark.parametrize("check,source,focus,line", SEED_EXPECTED)
def test_seed_anomalies_are_reported(seed_findings, check, source, focus, line):
    hits = [f for f in seed_findings if f["check"] == check and f["source"] == source
            and (focus is None or f["focus"] == focus)]
    assert hits, f"{check} not reported for {source} {focus}"
    if line is not None:
        assert hits[0]["line"] == line


def test_nothing_spurious_on_the_seeds(seed_findings):
    expected_checks = {(c, s) for c, s, _, _ in SEED_EXPECTED}
    unexpected = [f for f in seed_findings if (f["check"], f["source"]) not in expected_checks]
    assert unexpected == []
    # exactly one conflicting citation of 155/QĐ-TTg: the appendix caption of 003, not the body
    assert sum(1 for f in seed_findings if f["check"] == "citation-date-conflict") == 1
    assert {f["focus"] for f in seed_findings if f["check"] == "lead-also-support"} == {"1.2.2", "1.2.3", "3.1.5"}
    assert sum(1 for f in seed_findings if f["check"] == "collective-lead") == 11
    assert not [f for f in seed_findings if f["check"] in ("task-without-lead", "unknown-agency")]
    # 004 is dated 29/11/2021, before the 2025 reorganisation: its departments were not obsolete then
    assert not [f for f in seed_findings if f["check"] == "obsolete-agency"]


FIXTURE_EXPECTED = [
    ("task-without-lead", "example_table_md.txt", "2.1.4"),
    ("unknown-agency", "example_prose.txt", "Báo Khánh Hòa"),
    ("citation-date-conflict", "anomalies.txt", "155/QĐ-TTg"),
    ("citation-number-conflict", "anomalies.txt", "510/QĐ-TTg"),
    ("date-number-mismatch", "anomalies.txt", "88/QĐ-UBND"),
    ("period-outside-parent", "anomalies.txt", "31/KH-UBND"),
    ("duplicate-code", "anomalies.txt", "1.1.2"),
    ("numbering-gap", "anomalies.txt", "1.1.4"),
    ("goal-without-tasks", "anomalies.txt", "1.2"),
    ("implements-nothing", "no_implements.txt", "12/KH-UBND"),
    ("obsolete-agency", "anomalies.txt", "1.1.1"),
]


@pytest.mark.parametrize("check,source,focus", FIXTURE_EXPECTED)
def test_fixture_anomalies_are_reported(fixture_findings, check, source, focus):
    assert (source, check, focus) in keyed(fixture_findings)


def test_a_plan_carrying_out_a_party_conclusion_implements_something_and_issuers_are_placed(tmp_path_factory):
    s = tmp_path_factory.mktemp("carries-out")
    run(s, "ingest", str(AUDIT / "carries_out_party.txt"))
    found = audit(s)
    assert not [f for f in found if f["check"] == "implements-nothing"]
    # the unknown issuer of a cited report is reported where the plan cites it, not without a file
    assert [(f["source"], f["line"], f["focus"]) for f in found if f["check"] == "unknown-agency"] == [
        ("carries_out_party.txt", 12, "Hội đồng Xứ Mơ tỉnh")]


def test_an_unknown_agency_named_only_by_a_reporting_duty_is_reported_at_the_duty(tmp_path_factory):
    s = tmp_path_factory.mktemp("reports-to")
    run(s, "ingest", str(AUDIT / "reports_to_unknown.txt"))
    # (it had been a finding of no file and no line: agencies were placed by assignments and issuers only)
    assert [(f["source"], f["line"], f["focus"]) for f in audit(s) if f["check"] == "unknown-agency"] == [
        ("reports_to_unknown.txt", 20, "Phòng Quản lý Di sản Miền Núi")]


@pytest.mark.parametrize("check", sorted({c for c, _, _ in FIXTURE_EXPECTED} | {c for c, *_ in SEED_EXPECTED}))
def test_clean_document_triggers_nothing(tmp_path_factory, check, clean_findings):
    assert [f for f in clean_findings if f["check"] == check] == []


@pytest.fixture(scope="module")
def clean_findings(tmp_path_factory):
    """A plan without anomalies (numbered, dated, every task led by a named agency, implements
    155/QĐ-TTg with its right date, period inside the programme's)."""
    s = tmp_path_factory.mktemp("clean")
    run(s, "ingest", str(AUDIT / "clean.txt"))
    return audit(s)


def test_findings_json_shape(seed_findings):
    f = seed_findings[0]
    assert set(f) >= {"source", "check", "severity", "focus", "message", "line"}
    assert f["severity"] in ("Violation", "Warning", "Info")
    assert " / " in f["message"] and f["message_vi"] and f["message_en"]


def test_severity_filter_and_exit_codes(seed_store):
    warn = json.loads(run(seed_store, "audit", "--format", "json", "--severity", "Warning",
                          "--fail-on", "never").stdout)
    assert warn and all(f["severity"] in ("Warning", "Violation") for f in warn)
    assert run(seed_store, "audit", "--format", "json", check=False).returncode == 1   # a Violation exists
    assert run(seed_store, "audit", "--format", "json", "--fail-on", "never").returncode == 0


def test_turtle_report_is_standard_shacl(seed_store, seed_findings, tmp_path):
    out = tmp_path / "report.ttl"
    run(seed_store, "audit", "--format", "ttl", "--fail-on", "never", "-o", str(out))
    g = rdflib.Graph().parse(out, format="turtle")
    report = g.value(None, RDF.type, SH.ValidationReport, any=False) or next(g.subjects(RDF.type, SH.ValidationReport))
    results = list(g.objects(report, SH.result))
    assert len(results) == len(seed_findings)
    for r in results:
        assert g.value(r, SH.focusNode) is not None and g.value(r, SH.resultSeverity) is not None
        assert g.value(r, SH.sourceConstraintComponent) is not None
    assert g.value(report, SH.conforms).toPython() is False


def test_html_and_text_reports(seed_store, tmp_path):
    out = tmp_path / "audit.html"
    run(seed_store, "audit", "--format", "html", "--fail-on", "never", "-o", str(out))
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<script" not in page and "http" not in page.split("<body>")[0]
    for name in ("000_73d4bb3c1402900e.txt", "001_6f98c8b90fde8699.txt", "004_35cf8d864bcec6de.txt"):
        assert f"<h2>{name}</h2>" in page
    text = run(seed_store, "audit", "--fail-on", "never").stdout
    assert "003_c94ae1e408b8e268.txt" in text and "citation-date-conflict (1)" in text


def test_core_projection_gives_the_same_results_as_full_pyshacl(seed_store):
    """The audit validates core shapes on a projection of the data (only what the shapes look
    at). Validating the full document graph with pySHACL must give the same results."""
    import pyshacl

    from kehoach.audit import Auditor, Shapes, check_of
    from kehoach.store import open_store
    shapes = Shapes()
    store = open_store(seed_store)
    auditor = Auditor(store, shapes, workers=1)
    graphs = auditor.document_graphs()
    core = {(f.check, f.focus_node) for f in auditor.core(graphs)}
    full = rdflib.Graph()
    ds = rdflib.Dataset()
    ds.parse(data=store.export("nq").decode("utf-8"), format="nquads")
    for g in graphs:
        for t in ds.graph(rdflib.URIRef(g)):
            full.add(t)
    _, report, _ = pyshacl.validate(full, shacl_graph=shapes.core, inference="none", allow_warnings=True)
    direct = {(check_of(shapes.core, report.value(r, SH.sourceShape))[0], str(report.value(r, SH.focusNode)))
              for r in report.subjects(RDF.type, SH.ValidationResult)}
    assert core == direct
    del store


def test_a_committees_number_of_before_ubnd_fits_its_issuer(tmp_path):
    """Committees numbered their documents "…/QĐ-UB" before "UBND" came into use, and a provincial
    chairman's "…/QĐ-CTUBND" (ontology/issuer-codes.ttl): such citations fit their committee; a
    ministry's code does not."""
    plan = tmp_path / "qd_da_nang_2001.txt"
    plan.write_text(
        "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 11/2001/QĐ-UB | Đà Nẵng, ngày 05 tháng 3 năm 2001 |\n\nQUYẾT ĐỊNH\n\nBAN HÀNH QUY CHẾ PHỐI HỢP\n\n"
        "Căn cứ Quyết định số 3055/1998/QĐ-UB ngày 30 tháng 5 năm 1998 của UBND thành phố Đà Nẵng về quy chế cũ;\n\n"
        "Căn cứ Quyết định số 7/1999/QĐ-BNV ngày 02 tháng 3 năm 1999 của UBND thành phố Đà Nẵng về lề lối làm việc;\n\n"

        "QUYẾT ĐỊNH:\n\nĐiều 1. Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành triển khai Quy chế này.\n",
        encoding="utf-8")
    chairman = tmp_path / "qd_binh_dinh_2011.txt"
    chairman.write_text(
        "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 715/QĐ-UBND | Bình Định, ngày 29 tháng 12 năm 2011 |\n\nQUYẾT ĐỊNH\n\nBAN HÀNH KẾ HOẠCH BẢO TỒN\n\n"
        "Căn cứ Quyết định số 2120/QĐ-CTUBND ngày 21/9/2011 của Chủ tịch UBND tỉnh về việc thành lập Ban Điều hành;\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành triển khai Kế "
        "hoạch.\n", encoding="utf-8")
    store = tmp_path / "store"
    run(store, "ingest", str(plan), str(chairman))
    assert [f["focus"] for f in audit(store) if f["check"] == "symbol-issuer-mismatch"] == ["7/1999/QĐ-BNV"]


def _cited(tmp_path, number: str, title: str, grounds: list[str]) -> tuple[dict, list[str]]:
    """A Nghệ An plan numbered `number` whose "Căn cứ" lines are `grounds`, ingested alone: the issuer the
    documents query gives each document number, and the numbers symbol-issuer-mismatch reports."""
    plan = tmp_path / "kh_nghe_an.txt"
    plan.write_text(
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        f"Số: {number} | Nghệ An, ngày 02 tháng 10 năm 2025 |\n\nKẾ HOẠCH\n\n{title}\n\n"
        + "".join(f"Căn cứ {ground};\n\n" for ground in grounds)
        + "I. NHIỆM VỤ\n\n1. Sở Tài chính chủ trì, phối hợp với Công an tỉnh triển khai Kế hoạch.\n", encoding="utf-8")
    store = tmp_path / "store"
    run(store, "ingest", str(plan))
    issuers = {row["number"]: row["issuer"] for row in run_json(store, "query", "documents")}
    return issuers, [f["focus"] for f in audit(store) if f["check"] == "symbol-issuer-mismatch"]


def test_the_national_assemblys_numbers_carry_its_term(tmp_path):
    """The National Assembly numbers its laws and resolutions "…/QH15" and its Standing Committee
    "…/NQ-UBTVQH15", code and term (ontology/issuer-codes.ttl): a law cited without its issuer is the
    Assembly's; both fit their issuer in the audit; a Government's resolution numbered "…/QH15" does not."""
    issuers, mismatched = _cited(tmp_path, "801/KH-UBND", "TRIỂN KHAI LUẬT ĐẦU TƯ CÔNG", [
        "Luật Đầu tư công số 58/2024/QH15 ngày 29 tháng 11 năm 2024",
        "Luật Ngân sách nhà nước số 89/2025/QH15 ngày 25 tháng 6 năm 2025 của Quốc hội",
        "Nghị quyết số 1656/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị "
        "hành chính",
        "Nghị quyết số 190/2025/QH15 ngày 19 tháng 02 năm 2025 của Chính phủ về xử lý vấn đề liên quan"])
    assert (issuers["58/2024/QH15"], issuers["89/2025/QH15"]) == ("Quốc hội", "Quốc hội")
    assert issuers["1656/NQ-UBTVQH15"] == "Ủy ban Thường vụ Quốc hội"
    assert mismatched == ["190/2025/QH15"]


def test_a_code_other_bodies_print_names_a_ministry_after_its_type_only(tmp_path):
    """"BTC" is the Ministry of Finance's after "TT" (a circular; ontology/issuer-codes.ttl, kh:typeCode), not on
    an organising committee's "…/KH-BTC"; the Ministry of Public Security's, Foreign Affairs' and the former
    Ministry of Planning and Investment's codes (its earlier "BKH" too) name them; a number of the stated ministry
    fits it, another's does not."""
    issuers, mismatched = _cited(tmp_path, "802/KH-UBND", "PHÒNG, CHỐNG MA TÚY NĂM 2026", [
        "Thông tư số 55/2023/TT-BTC ngày 15 tháng 8 năm 2023 quy định quản lý kinh phí",
        "Quyết định số 7619/QĐ-BCA ngày 08/9/2025 phê duyệt Chương trình mục tiêu quốc gia",
        "Kế hoạch số 175/KH-BTC ngày 10/3/2025 tổ chức Tuần lễ",
        "Quyết định số 1926/QĐ-BTC ngày 20/8/2025 của Bộ Tài chính về phân bổ kinh phí",
        "Thông tư số 02/2009/TT-BKH ngày 17/02/2009 của Bộ Kế hoạch và Đầu tư hướng dẫn lập kế hoạch đấu thầu",
        "Quyết định số 150/QĐ-BYT ngày 10/01/2025 của Bộ Tài chính về định mức",
        "Công văn số 809/BNG-LS ngày 21/3/2016 về hộ chiếu"])
    assert issuers["55/2023/TT-BTC"] == "Bộ Tài chính" and issuers["7619/QĐ-BCA"] == "Bộ Công an"
    assert issuers["175/KH-BTC"] is None and issuers["809/BNG-LS"] == "Bộ Ngoại giao"
    assert mismatched == ["150/QĐ-BYT"]


def test_a_provincial_ethnic_committee_named_after_2025_is_obsolete(tmp_path):
    """Ban Dân tộc tỉnh became Sở Dân tộc và Tôn giáo in 2025 (ontology/agencies.ttl, event
    2025-ban-dan-toc-tinh): a 2026 plan that still assigns it is reported; the border guard
    command and "Sở Nông nghiệp và PTNT" are known bodies; numbered tasks that name their lead
    ("1. Ban Dân tộc tỉnh chủ trì, phối hợp với …") are read."""
    plan = tmp_path / "kh_2026.txt"
    plan.write_text(
        "ỦY BAN NHÂN DÂN TỈNH LÀO CAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 21/KH-UBND | Lào Cai, ngày 12 tháng 3 năm 2026 |\n\nKẾ HOẠCH\n\nHỖ TRỢ ĐỒNG BÀO VÙNG BIÊN NĂM 2026\n\n"
        "Thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ;\n\nI. NHIỆM VỤ\n\n"
        "1. Ban Dân tộc tỉnh chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh rà soát các hộ cần hỗ trợ.\n\n"
        "2. Sở Nông nghiệp và PTNT chủ trì, phối hợp với Ban Dân tộc tỉnh hướng dẫn trồng rừng.\n",
        encoding="utf-8")
    store = tmp_path / "store"
    run(store, "ingest", str(plan))
    found = audit(store)
    assert sorted((f["focus"], f["line"]) for f in found if f["check"] == "obsolete-agency") == [
        ("1", 12), ("2", 14), ("2", 14)]            # task 2: its lead (Sở NN&PTNT, 2025) and its partner
    assert [f["focus"] for f in found if f["check"] == "unknown-agency"] == []
