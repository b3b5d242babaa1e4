"""Reporting duties: "... báo cáo ... về Sở Nội vụ trước ngày 25/11 hằng năm" -> who reports,
to whom (and through whom), by which day and month, once or every year."""

from __future__ import annotations

import re
from collections.abc import Callable

from .blocks import Block
from .model import Document, Reporting
from .phrases import split_subject
from .tasks import heading_agencies
from .text import clean

DEADLINE = re.compile(r"trước ngày\s+(?P<d>\d{1,2})\s*(?:/|\s+tháng\s+)\s*(?P<m>\d{1,2})"
                      r"(?:\s*(?:/|\s+năm\s+)\s*(?P<y>\d{4}))?(?P<annual>\s+(?:hàng|hằng) năm)?", re.I)
RECIPIENT = re.compile(r"(?:gửi về|báo cáo(?: kết quả[^,;()]*?)? về|về)\s+(?P<to>(?:Ủy ban nhân dân|UBND|Sở|Bộ|Phòng)"
                       r"[^;()]*?)(?=\s*(?:\(|để|trước|định kỳ|hàng năm|hằng năm|giữa kỳ|theo|;|\.|$))", re.I)
VIA = re.compile(r"\(?\s*(?:qua|thông qua)\s+(?P<via>(?:Sở|Phòng|Văn phòng)[^),;]*?)(?:\s+(?:tổng hợp|để)[^)]*)?\)")
REPORTER = re.compile(r"^(?:\W*[a-zđ]\)\s*)?(?:(?:Định kỳ|Hằng năm|Hàng năm)[^,]*,\s*)?(?P<who>.+?)\s+"
                      r"(?:có trách nhiệm\s+)?(?:tổng hợp,\s*)?(?:định kỳ\s+)?(?:gửi\s+)?báo cáo\b", re.I)
REQUESTED = re.compile(r"^(?:Yêu cầu|Đề nghị|Giao)\s+(?P<who>.+?)\s+(?:nghiêm túc|chủ động|khẩn trương|triển khai|"
                       r"thực hiện|tổ chức)\b")

IsAgency = Callable[[str], bool]


def extract_reporting(doc: Document, blocks: list[Block], is_agency: IsAgency | None = None) -> None:
    """Reporting duties ("... báo cáo ... về Sở Nội vụ trước ngày 25/11 hằng năm"): deadline as
    day/month (+ year for one-off deadlines), recipient, intermediary, and who reports: the
    sentence's subject when it names agencies, else the agency heading the section.
    `is_agency(text) -> bool` says whether a phrase names agencies; without it no reporter is read."""
    for b in blocks:
        if b.kind == "row":
            continue
        text = clean(b.raw)
        previous = None
        for sentence in re.split(r"(?<=[.;])\s+", text):
            if "báo cáo" not in sentence.lower():
                previous = sentence
                continue
            m = DEADLINE.search(sentence)
            annual = bool(re.search(r"(hàng|hằng) năm|định kỳ hằng năm|định kỳ hàng năm", sentence, re.I))
            if not m and not annual:
                continue
            r = Reporting(sentence, doc.span(b.start, b.end), annual=annual)
            if m:
                r.day, r.month = int(m.group("d")), int(m.group("m"))
                r.year = int(m.group("y")) if m.group("y") else None
                if r.year:
                    r.annual = bool(m.group("annual"))
            rm = RECIPIENT.search(sentence)
            if rm:
                r.recipient = rm.group("to").strip()
            vm = VIA.search(sentence)
            if vm:
                r.via = vm.group("via").strip()
            if is_agency:
                r.reporters = _reporters(sentence, previous, b, is_agency)
            doc.reporting.append(r)
            previous = sentence


def _reporters(sentence: str, previous: str | None, b: Block, is_agency: IsAgency) -> list[str]:
    who = REPORTER.match(sentence)
    if who and is_agency(who.group("who")):
        return [who.group("who")]
    # "Yêu cầu các sở, ban, ngành ... nghiêm túc triển khai ... . Định kỳ ... báo cáo ..."
    m = REQUESTED.match(previous or "")
    if m and is_agency(m.group("who")):
        return [m.group("who")]
    # "Các sở, ban, ngành và UBND các xã, phường căn cứ Phụ lục …; báo cáo kết quả về Sở Nội vụ …": a clause that
    # opens with its report has the subject of the clause before it
    if previous and NO_SUBJECT.match(sentence):
        subject = _subject(previous, is_agency)
        if subject and is_agency(subject):
            return [subject]
    # the agencies the section's heading names, up to its first verb (an item's whole text may stand as its heading:
    # it had been read as one agency, "Các sở, … căn cứ Phụ lục …; báo cáo kết quả về Sở Nội vụ trước ngày …")
    heading = heading_agencies(b.sub_title) if b.sub_title else ""
    heading = _subject(heading, is_agency) or heading
    if heading and is_agency(heading):
        return [heading]
    return []


# a clause with no subject of its own before its report ("báo cáo kết quả về …", "định kỳ báo cáo …")
NO_SUBJECT = re.compile(r"^\W*(?:(?:định kỳ|hằng năm|hàng năm)\s+)?(?:gửi\s+)?báo cáo\b", re.I)


def _subject(clause: str, is_agency: IsAgency) -> str | None:
    """The agencies a clause opens with, up to its first verb (phrases.split_subject): "Các sở, ban, ngành và UBND
    các xã, phường căn cứ Phụ lục …" -> "Các sở, ban, ngành và UBND các xã, phường"; None when it opens with none."""
    opening = split_subject(clause, is_agency)
    return opening.subject if opening else None
