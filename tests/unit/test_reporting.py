"""Reporting duties (ingest/reporting.py): deadline, yearly or once, recipient, intermediary and
who reports (the sentence's subject, a preceding request, or the agency heading the section)."""

from __future__ import annotations

import pytest

from ingest.reporting import extract_reporting

REPORTING = """
    V. TỔ CHỨC THỰC HIỆN

    1. Sở Tư pháp

    Định kỳ hằng năm, Sở Tư pháp báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 20/11.

    2. Chế độ báo cáo

    Các sở, ban, ngành gửi báo cáo về Sở Nội vụ (qua Phòng Cải cách hành chính tổng hợp) trước ngày 10 tháng 12 năm 2026.

    Yêu cầu các sở, ban, ngành nghiêm túc triển khai Kế hoạch này. Định kỳ trước ngày 25/11 hằng năm báo cáo kết quả về Sở Nội vụ.

    3. Công an tỉnh

    Báo cáo kết quả thực hiện trước ngày 30/6 hằng năm về Ủy ban nhân dân tỉnh.

    Các đơn vị báo cáo khi có yêu cầu.

    | 1 | Báo cáo trước ngày 01/01 hằng năm | Sở Y tế |
    """  # noqa: E501


@pytest.fixture
def duties(parse, gaz):
    doc, blocks = parse(REPORTING)

    def is_agency(phrase: str) -> bool:
        return any(m.entry is not None for m in gaz.resolve(phrase))

    extract_reporting(doc, blocks, is_agency)
    return doc.reporting


def test_only_sentences_with_a_deadline_or_a_yearly_rhythm_are_duties(duties):
    assert [(r.day, r.month) for r in duties] == [(20, 11), (10, 12), (25, 11), (30, 6)]
    # "báo cáo khi có yêu cầu" has neither; table rows are tasks, not duties


def test_yearly_duty_with_subject_as_reporter(duties):
    r = duties[0]
    assert (r.day, r.month, r.year, r.annual) == (20, 11, None, True)
    assert r.reporters == ["Sở Tư pháp"] and r.recipient == "Ủy ban nhân dân tỉnh"
    assert r.span.start == 5


def test_one_off_deadline_with_year_and_intermediary(duties):
    r = duties[1]
    assert (r.day, r.month, r.year, r.annual) == (10, 12, 2026, False)
    assert r.recipient == "Sở Nội vụ" and r.via == "Phòng Cải cách hành chính"
    assert r.reporters == ["Các sở, ban, ngành"]


def test_reporter_from_the_request_in_the_previous_sentence(duties):
    r = duties[2]
    assert r.text == "Định kỳ trước ngày 25/11 hằng năm báo cáo kết quả về Sở Nội vụ."
    assert r.reporters == ["các sở, ban, ngành"] and r.annual


def test_reporter_from_the_agency_heading_the_section(duties):
    r = duties[3]
    assert r.reporters == ["Công an tỉnh"]
    assert r.recipient == "Ủy ban nhân dân tỉnh"


def test_without_an_agency_test_no_reporter_is_guessed(parse):
    doc, blocks = parse("Sở Tư pháp báo cáo về Sở Nội vụ trước ngày 20/11 hằng năm.")
    extract_reporting(doc, blocks)
    [r] = doc.reporting
    assert r.reporters == [] and r.recipient == "Sở Nội vụ" and (r.day, r.month, r.annual) == (20, 11, True)


ITEM = """
    IV. TỔ CHỨC THỰC HIỆN

    1. Các sở, ban, ngành và UBND các xã, phường căn cứ Phụ lục kèm theo xây dựng kế hoạch chi tiết; báo cáo kết quả về Sở Nội vụ trước ngày 30/11 hằng năm.

    2. Sở Văn hóa, Thể thao và Du lịch căn cứ nhiệm vụ được giao xây dựng kế hoạch; định kỳ báo cáo về Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.
    """  # noqa: E501


def test_a_clause_that_opens_with_its_report_has_the_subject_of_the_clause_before(parse, gaz):
    """(an item's whole text had been taken for its reporter: "Các sở, … căn cứ Phụ lục …; báo cáo kết quả về Sở Nội vụ
    trước ngày 30/11 hằng năm.", one unknown agency)"""
    doc, blocks = parse(ITEM)
    extract_reporting(doc, blocks, lambda phrase: any(m.entry is not None for m in gaz.resolve(phrase)))
    assert [(r.reporters, r.recipient, r.day, r.month) for r in doc.reporting] == [
        (["Các sở, ban, ngành và UBND các xã, phường"], "Sở Nội vụ", 30, 11),
        (["Sở Văn hóa, Thể thao và Du lịch"], "Ủy ban nhân dân tỉnh", 15, 12)]
