"""A realistic synthetic corpus of plans, for benchmarks and for checking the audit end to end.

    .venv/bin/python bench/corpus.py --plans 1000 --out DIR --seed 1

writes N plan documents into DIR and DIR/manifest.json. Deterministic: the same --seed and
--plans give the same bytes.

What the corpus looks like
- Places: the 34 provinces and centrally-run cities of the 2025 list and its wards (phường), from
  the registry package vietnam-provinces that ingest/places.py reads; only wards whose name is
  unambiguous in the project's unit lists (so a reader can place them) are used.
- Lineage: national decisions -> one plan per province and decision (depth 1) -> annual plans of
  the province or plans of its wards implementing it (depth 2) -> ward plans implementing an
  annual plan of their province (depth 3). The decisions are the kh:Decision records of
  ontology/documents.ttl (155/QĐ-TTg, 161/QĐ-TTg) plus four invented ones, numbered from 9001
  (far above any real yearly count, so they cannot be taken for real decisions). A plan is dated
  after what it implements, within the period of its parent, and its period lies inside the
  parent's.
- Numbers and dates: distinct per issuer and year; plans before July 2025 (161/QĐ-TTg) name the
  agencies of their time, later plans the agencies after the 2025 mergers.
- Agencies: kinds of ontology/agencies.ttl (the gazetteer), at the level of the issuer (Sở ...
  for provinces, Phòng ... for wards), with collectives ("UBND các xã, phường") among supporters.
- Tasks: counts per plan, agencies per task and text lengths are drawn from the distributions of
  the seed documents (../shared/seeds, read through the project's own reader when present; the
  figures measured on them otherwise). Texts are generated from phrase lists, never copied.
- Layouts rotate through every reader: pipe-table appendix (markdown), tab-separated appendix,
  prose ("- Sở X chủ trì, phối hợp với ...:" + bullets), per-agency headings, hard-wrapped PDF
  text (items a) b) c) d), page-number lines), as in examples/.
- Anomalies: a small rate of each kind the audit covers is seeded on purpose (dates of a cited
  decision that disagree, lead = supporter, duplicated rows, tasks without lead, obsolete
  agencies after the 2025 mergers, ...); manifest.json lists every one with the file, the audit
  check and the focus the audit prints, so a test can compare the audit's findings with it. A
  document without seeded anomalies is meant to give no finding at all.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import math
import os
import random
import re
import sys
import tempfile
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEEDS = ROOT.parent / "shared" / "seeds"
# the 1,000-plan corpus bench_scale.py generates (its default --work), or KEHOACH_BENCH_CORPUS: what
# bench_parse.py and ingest_identity.py read
BENCH_CORPUS = Path(os.environ.get("KEHOACH_BENCH_CORPUS",
                                   Path(tempfile.gettempdir()) / "kehoach-bench-scale" / "corpus-1000-s1"))


def bench_corpus_files() -> list[Path]:
    """The corpus's plan files, sorted; exits with a message when there is no corpus."""
    if not BENCH_CORPUS.is_dir():
        sys.exit(f"no corpus at {BENCH_CORPUS}: make one with `python bench/bench_scale.py --build-only` "
                 f"(or `python bench/corpus.py --plans 1000 --out DIR`) and point KEHOACH_BENCH_CORPUS at it")
    return sorted(p for p in BENCH_CORPUS.iterdir() if p.name != "manifest.json")


MERGERS = dt.date(2025, 3, 1)         # new provincial departments (Nghị định 45/2025/NĐ-CP)
WARDS_FROM = dt.date(2025, 7, 1)      # the 2025 wards operate (Nghị quyết 202/2025/QH15)

# the kinds of anomaly seeded, each with the audit check that reports it
ANOMALIES = {
    "blank-number": "blank-number", "blank-date": "blank-date", "implements-nothing": "implements-nothing",
    "citation-date-conflict": "citation-date-conflict", "date-number-mismatch": "date-number-mismatch",
    "symbol-issuer-mismatch": "symbol-issuer-mismatch", "period-outside-parent": "period-outside-parent",
    "lead-also-support": "lead-also-support", "task-without-lead": "task-without-lead",
    "collective-lead": "collective-lead", "duplicate-task": "duplicate-task", "duplicate-code": "duplicate-code",
    "numbering-gap": "numbering-gap", "goal-without-tasks": "goal-without-tasks",
    "obsolete-agency": "obsolete-agency", "non-standard-agency-name": "non-standard-agency-name",
    "unknown-agency": "unknown-agency", "citation-number-conflict": "citation-number-conflict",
}
LAYOUTS = ("table", "tsv", "prose", "headings", "pdf")
CODED = ("table", "tsv", "pdf")       # layouts whose tasks carry printed codes
# which anomalies a layout can carry (task-level anomalies need printed codes to be named)
LAYOUT_ANOMALIES = {
    "table": set(ANOMALIES),
    "tsv": set(ANOMALIES) - {"task-without-lead", "goal-without-tasks", "duplicate-task"},
    # (a wrapped title hides the period from the reader)
    "pdf": set(ANOMALIES) - {"task-without-lead", "goal-without-tasks", "duplicate-task", "duplicate-code",
                             "numbering-gap", "period-outside-parent"},
    "prose": {"blank-number", "blank-date", "implements-nothing", "citation-date-conflict",
              "date-number-mismatch", "symbol-issuer-mismatch", "period-outside-parent", "citation-number-conflict"},
    "headings": {"blank-number", "blank-date", "implements-nothing", "citation-date-conflict",
                 "date-number-mismatch", "symbol-issuer-mismatch", "period-outside-parent",
                 "citation-number-conflict"},
}

# -- agencies: gazetteer kinds by notation (checked against ontology/agencies.ttl when generating) --
PROVINCE_NOW = ["so-noi-vu", "so-tai-chinh", "so-tu-phap", "so-cong-thuong", "so-nong-nghiep-va-moi-truong",
                "so-xay-dung", "so-khoa-hoc-va-cong-nghe", "so-van-hoa-the-thao-va-du-lich",
                "so-giao-duc-va-dao-tao", "so-y-te", "so-dan-toc-va-ton-giao", "thanh-tra-tinh"]
PROVINCE_BEFORE = ["so-noi-vu", "so-tai-chinh", "so-tu-phap", "so-cong-thuong", "so-xay-dung",
                   "so-khoa-hoc-va-cong-nghe", "so-van-hoa-the-thao-va-du-lich", "so-giao-duc-va-dao-tao",
                   "so-y-te", "so-lao-dong-thuong-binh-va-xa-hoi", "so-thong-tin-va-truyen-thong",
                   "so-ke-hoach-va-dau-tu", "so-tai-nguyen-va-moi-truong",
                   "so-nong-nghiep-va-phat-trien-nong-thon", "so-giao-thong-van-tai", "thanh-tra-tinh"]
# bodies named "... tỉnh": provinces only (a centrally-run city names them "... thành phố")
PROVINCE_ONLY = ["cong-an-tinh", "tinh-doan", "hoi-lien-hiep-phu-nu-tinh", "bo-chi-huy-quan-su-tinh",
                 "van-phong-ubnd-tinh"]
WARD = ["phong-van-hoa-xa-hoi", "phong-kinh-te-ha-tang-va-do-thi", "tram-y-te-phuong",
        "van-phong-hdnd-va-ubnd-phuong", "trung-tam-dich-vu-su-nghiep-cong",
        "uy-ban-mat-tran-to-quoc-viet-nam-phuong"]
# ward names with a word that opens agency names: a letterhead "PHƯỜNG YÊN SỞ" is read as a
# department (reported: the reader takes "SỞ" in a place name for "Sở ...")
AGENCY_WORDS = {"Sở", "Trạm", "Hội", "Phòng", "Ban", "Cục", "Bộ", "Đoàn"}
SUPPORT_GROUPS = {"province": "UBND các xã, phường", "ward": "Các tổ dân phố"}
COLLECTIVE_LEAD = {"province": "Các sở, ban, ngành có liên quan", "ward": "Các phòng, cơ quan, đơn vị liên quan"}
# printed names the gazetteer knows as wrong but recognisable (kh:nonStandardLabel)
NON_STANDARD = {"province": ["Sở Công an", "Tinh đoàn"]}
# agencies of before the 2025 mergers, by the kinds that absorbed them
OBSOLETE = ["Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông", "Sở Kế hoạch và Đầu tư",
            "Sở Giao thông vận tải", "Sở Tài nguyên và Môi trường"]

# -- invented national decisions (beside the real ones of ontology/documents.ttl) ------------------
INVENTED = [
    ("9001/QĐ-TTg", dt.date(2025, 8, 14), "phê duyệt Chương trình chuyển đổi số cộng đồng giai đoạn 2025 - 2030",
     (2025, 2030)),
    ("9002/QĐ-TTg", dt.date(2025, 9, 9), "phê duyệt Đề án phát triển du lịch cộng đồng giai đoạn 2025 - 2030",
     (2025, 2030)),
    ("9003/QĐ-TTg", dt.date(2025, 10, 6),
     "phê duyệt Chương trình chăm sóc sức khỏe người cao tuổi tại cộng đồng giai đoạn 2026 - 2030", (2026, 2030)),
    ("9004/QĐ-TTg", dt.date(2025, 11, 20),
     "phê duyệt Đề án phòng, chống thiên tai dựa vào cộng đồng giai đoạn 2026 - 2030", (2026, 2030)),
]

# -- phrase lists for the generated texts ------------------------------------------------------------
VERBS = ["Tổ chức", "Đẩy mạnh", "Xây dựng", "Triển khai", "Tăng cường", "Rà soát", "Hướng dẫn", "Nâng cao chất lượng",
         "Hỗ trợ", "Phát triển", "Củng cố", "Mở rộng", "Duy trì", "Thí điểm", "Đánh giá", "Cập nhật", "Số hóa",
         "Bồi dưỡng", "Khảo sát", "Lồng ghép", "Nhân rộng", "Chuẩn hóa", "Kiện toàn", "Đổi mới"]
OBJECTS = ["các hoạt động giao lưu văn hóa với các nước ASEAN", "mô hình khám sàng lọc bệnh không lây nhiễm",
           "chuyên mục phát thanh về Cộng đồng ASEAN", "lớp kỹ năng số cơ bản",
           "mạng lưới cộng tác viên công tác xã hội",
           "điểm truy cập internet công cộng", "hồ sơ di sản văn hóa phi vật thể", "chương trình trao đổi thanh niên",
           "bản đồ điểm có nguy cơ sạt lở đất", "câu lạc bộ ngoại ngữ trong trường học",
           "dịch vụ công trực tuyến toàn trình", "mô hình du lịch cộng đồng", "sản phẩm truyền thông ngắn về ASEAN",
           "đội ngũ hướng dẫn viên tại điểm", "kho học liệu số dùng chung", "hệ thống loa truyền thanh thông minh",
           "mô hình phân loại rác thải tại nguồn", "phong trào toàn dân rèn luyện thân thể",
           "chương trình dinh dưỡng học đường", "dịch vụ tư vấn, giới thiệu việc làm",
           "hoạt động phòng, chống mua bán người", "mô hình sinh kế thích ứng với biến đổi khí hậu",
           "phương án sơ tán dân khi có thiên tai", "cơ sở dữ liệu người cao tuổi",
           "hoạt động chăm sóc sức khỏe ban đầu", "chương trình học bổng cho học sinh nghèo",
           "không gian đọc sách tại cộng đồng", "lễ hội truyền thống của đồng bào dân tộc thiểu số",
           "mạng lưới tình nguyện viên sơ cấp cứu", "chuỗi liên kết sản xuất nông sản sạch",
           "hoạt động trợ giúp pháp lý", "chương trình bình đẳng giới trong gia đình",
           "cuộc thi tìm hiểu về Cộng đồng ASEAN", "điểm tiếp nhận phản ánh của người dân",
           "hệ thống cảnh báo sớm ngập lụt", "kỹ năng phòng, chống đuối nước", "làng nghề truyền thống",
           "mô hình nhà văn hóa kiểu mẫu", "dữ liệu hộ nghèo, hộ cận nghèo", "nền tảng số hỗ trợ doanh nghiệp nhỏ"]
WHO = ["cho người dân vùng sâu, vùng xa", "cho phụ nữ và trẻ em gái", "cho học sinh, sinh viên", "tại các khu dân cư",
       "ở các xã vùng cao", "cho người lao động tự do", "cho đồng bào dân tộc thiểu số", "cho người cao tuổi",
       "cho người khuyết tật", "tại các trường học", "cho thanh niên", "tại các điểm du lịch",
       "cho cán bộ, công chức cấp cơ sở", "cho hộ nghèo, hộ cận nghèo", "ở khu vực ven biển", "ở vùng biên giới",
       "cho hợp tác xã", "cho nạn nhân bạo lực gia đình", "tại các khu công nghiệp", "cho người di cư"]
HOW = ["gắn với chuyển đổi số", "theo hướng bền vững", "bảo đảm bình đẳng giới", "phù hợp với điều kiện thực tế",
       "có sự tham gia của cộng đồng", "bằng nhiều hình thức phù hợp", "theo chuẩn mực khu vực",
       "với sự hỗ trợ của các đối tác quốc tế", "ưu tiên các nhóm yếu thế", "lấy người dân làm trung tâm",
       "bảo đảm tiết kiệm, hiệu quả", "theo lộ trình từng năm", "kết hợp trực tiếp và trực tuyến",
       "dựa trên dữ liệu được cập nhật thường xuyên", "với sản phẩm đầu ra cụ thể"]
MORE = ["; định kỳ đánh giá, rút kinh nghiệm và nhân rộng các mô hình hiệu quả",
        "; huy động sự tham gia của doanh nghiệp và các tổ chức xã hội",
        "; chú trọng những nơi còn nhiều khó khăn về hạ tầng",
        "; bảo đảm thông tin đến được với người dân một cách kịp thời, dễ hiểu",
        "; tăng cường kiểm tra, giám sát trong quá trình thực hiện",
        "; ứng dụng công nghệ số trong quản lý, theo dõi kết quả",
        "; bảo đảm sự đồng thuận của người dân ở cơ sở",
        "; tổng hợp khó khăn, vướng mắc để đề xuất biện pháp tháo gỡ",
        "; khuyến khích các sáng kiến của người dân và cộng đồng",
        "; lồng ghép với các chương trình mục tiêu quốc gia đang thực hiện"]
GOALS = ["Xây dựng cộng đồng gắn kết, lấy người dân làm trung tâm", "Nâng cao chất lượng sống và an sinh xã hội",
         "Thúc đẩy chuyển đổi số và thu hẹp khoảng cách số", "Bảo tồn và phát huy giá trị văn hóa truyền thống",
         "Xây dựng cộng đồng khỏe mạnh, sẵn sàng ứng phó với tình huống khẩn cấp",
         "Phát triển nguồn nhân lực và việc làm bền vững", "Ứng phó với biến đổi khí hậu và thiên tai",
         "Tăng cường giao lưu nhân dân với các nước trong khu vực", "Bảo đảm bình đẳng giới và quyền trẻ em",
         "Phát triển du lịch cộng đồng gắn với bảo vệ môi trường", "Nâng cao năng lực quản trị ở cơ sở",
         "Bảo đảm tiếp cận công bằng các dịch vụ xã hội cơ bản"]
OBJECTIVES = ["Đưa dịch vụ số đến gần hơn với người dân", "Tăng cường giao lưu văn hóa, thể thao",
              "Mở rộng mạng lưới an sinh xã hội", "Nâng cao nhận thức của người dân", "Phát triển hạ tầng cơ sở",
              "Hỗ trợ các nhóm dễ bị tổn thương", "Giữ gìn bản sắc văn hóa dân tộc", "Nâng cao kỹ năng cho thanh niên",
              "Cải thiện dịch vụ y tế cơ sở", "Tăng cường phòng ngừa rủi ro thiên tai", "Thúc đẩy khởi nghiệp sáng tạo",
              "Nâng cao chất lượng giáo dục", "Bảo vệ môi trường sống", "Hoàn thiện cơ chế theo dõi, đánh giá"]
SECTIONS = ["Tuyên truyền, nâng cao nhận thức", "Xây dựng cộng đồng hòa nhập", "Xây dựng cộng đồng bền vững",
            "Phát triển nguồn nhân lực", "Chăm sóc sức khỏe Nhân dân", "Bảo tồn giá trị văn hóa",
            "Ứng dụng khoa học và công nghệ", "Bảo đảm an sinh xã hội", "Ứng phó với thiên tai, dịch bệnh"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Quốc", "Thanh", "Đức", "Ngọc", "Xuân", "Hoài"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hằng", "Hiếu", "Hòa", "Hùng", "Lan", "Long", "Mai", "Nam",
         "Phong", "Phương", "Quang", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vinh", "Yến"]


# ==============================================================================================
# inputs: units, gazetteer, decisions, seed distributions
# ==============================================================================================
@dataclass(frozen=True)
class Unit:
    name: str                 # "Lâm Đồng", "Hải Châu"
    kind: str                 # "tỉnh" | "thành phố" | "phường"
    province: str             # the province (itself for a province)

    @property
    def city(self) -> bool:
        return self.kind == "thành phố"

    @property
    def full(self) -> str:
        return f"{self.kind} {self.name}"


def load_units() -> tuple[list[Unit], dict[str, list[Unit]]]:
    """The 34 provinces and, per province, its wards whose name the project's unit lists place in
    that province without ambiguity."""
    import vietnam_provinces

    from ingest.places import places, short_name
    pl = places()
    data = json.loads(Path(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH).read_text(encoding="utf-8"))
    provinces: list[Unit] = []
    wards: dict[str, list[Unit]] = {}
    for p in data:
        name = short_name(p["name"])
        kind = "thành phố" if "thành phố" in p["division_type"] else "tỉnh"
        provinces.append(Unit(name, kind, name))
        ok = []
        for w in p.get("wards", []):
            if w["division_type"] != "phường":
                continue
            wname = short_name(w["name"])
            if (pl.ward_province(wname) == name and pl.province(wname) is None and not pl.districts(wname)
                    and re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", wname)
                    and not set(wname.split()) & AGENCY_WORDS):
                ok.append(Unit(wname, "phường", name))
        wards[name] = ok
    return provinces, wards


def load_gazetteer() -> dict[str, str]:
    """notation -> Vietnamese preferred label of every agency kind and collective."""
    import rdflib
    g = rdflib.Graph().parse(ROOT / "ontology" / "agencies.ttl", format="turtle")
    skos = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
    out: dict[str, str] = {}
    for s, notation in g.subject_objects(skos.notation):
        for label in g.objects(s, skos.prefLabel):
            if isinstance(label, rdflib.Literal) and label.language == "vi":
                out[str(notation)] = str(label)
    return out


@dataclass(frozen=True)
class Decision:
    number: str               # "155/QĐ-TTg"
    date: dt.date
    subject: str              # "phê duyệt ..." as plans cite it
    period: tuple[int, int]
    known: bool               # in ontology/documents.ttl (its date is the trusted one)


def load_decisions() -> list[Decision]:
    """The kh:Decision records of ontology/documents.ttl with a period the plans can be placed in,
    then the invented ones."""
    import rdflib
    g = rdflib.Graph().parse(ROOT / "ontology" / "documents.ttl", format="turtle")
    kh = rdflib.Namespace("https://w3id.org/kehoach/ontology#")
    eli = rdflib.Namespace("http://data.europa.eu/eli/ontology#")
    out = []
    for d in sorted(g.subjects(rdflib.RDF.type, kh.Decision), key=str):
        number, date, subject = g.value(d, eli.id_local), g.value(d, eli.date_document), g.value(d, kh.subject)
        if number is None or date is None or subject is None:
            continue
        years = [int(y) for y in re.findall(r"\b(20\d\d)\b", str(subject))]
        day = dt.date.fromisoformat(str(date))
        end = max(years) if years else day.year + 10
        start = min(years) if len(years) > 1 else day.year
        out.append(Decision(str(number), day, re.sub(r"^về\s+", "", str(subject)), (start, end), True))
    out += [Decision(n, d, s, p, False) for n, d, s, p in INVENTED]
    return out


@dataclass
class Distributions:
    """What the seeds look like: tasks per plan, lead and supporting agencies per task, task text
    length (characters), goals per plan."""
    tasks: list[int]
    leads: list[int]
    supports: list[int]
    text_len: list[int]
    source: str

    def draw_tasks(self, rng: random.Random) -> int:
        # a log-normal around the seeds' task counts (their geometric mean and spread)
        logs = [math.log(n) for n in self.tasks]
        mu = sum(logs) / len(logs)
        sd = max(0.35, (sum((x - mu) ** 2 for x in logs) / max(1, len(logs) - 1)) ** 0.5)
        return max(6, min(160, round(math.exp(rng.gauss(mu, sd)))))


# measured on the four seeds with ingest.reader (used when ../shared/seeds is not there)
FALLBACK = Distributions(tasks=[112, 24, 30, 66], leads=[1] * 220 + [2] * 12,
                         supports=[0] * 57 + [1] * 40 + [2] * 60 + [3] * 50 + [4] * 20 + [5] * 5,
                         text_len=[110, 156, 248, 318, 90, 200, 400, 140, 260, 180], source="built-in figures")


def seed_distributions(seeds: Path = SEEDS) -> Distributions:
    files = sorted(p for p in seeds.glob("*.txt")) if seeds.is_dir() else []
    if not files:
        return FALLBACK
    from ingest.agencies import Gazetteer
    from ingest.reader import read_document
    gaz = Gazetteer.load()
    tasks, leads, supports, lengths = [], [], [], []
    for f in files:
        doc = read_document(f, gaz)
        if not doc.tasks:
            continue
        places = tuple(p for p in (doc.meta.jurisdiction,) if p)
        tasks.append(len(doc.tasks))
        for t in doc.tasks:
            leads.append(sum(len(gaz.resolve(p, places)) for p in t.leads))
            supports.append(sum(len(gaz.resolve(p, places)) for p in t.supports))
            lengths.append(len(t.text))
    if not tasks:
        return FALLBACK
    return Distributions(tasks, [n for n in leads if n > 0] or [1], supports, lengths,
                         f"{len(tasks)} seed documents in {seeds}")


# ==============================================================================================
# the plans
# ==============================================================================================
@dataclass
class TaskSpec:
    code: str | None
    text: str
    leads: list[str]
    supports: list[str]
    goal: str | None = None           # code of its goal / objective / section / heading


@dataclass
class Plan:
    index: int
    layout: str
    unit: Unit                        # the issuer's place
    province: Unit
    depth: int
    parent: Decision | Plan
    number: int
    date: dt.date
    period: tuple[int, int]
    annual: bool = False
    also_cites: bool = False            # a child plan that also names the national decision
    anomalies: list[str] = field(default_factory=list)
    file: str = ""
    expected: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ward(self) -> bool:
        return self.unit.kind == "phường"

    @property
    def level(self) -> str:
        return "ward" if self.ward else "province"

    @property
    def number_text(self) -> str:
        return f"{self.number}/KH-UBND"

    @property
    def issuer(self) -> str:
        return f"Ủy ban nhân dân {self.unit.full}"

    @property
    def subject(self) -> str:
        """What the plan is about, as its title says and its children cite it."""
        root = self.root
        what = re.sub(r"^phê duyệt\s+", "", root.subject)
        what = re.sub(r"\s+(giai đoạn \d{4} - \d{4}|đến năm \d{4})$", "", what)
        when = f"năm {self.period[0]}" if self.annual else f"giai đoạn {self.period[0]} - {self.period[1]}"
        return f"triển khai {what} trên địa bàn {self.unit.full} {when}"

    @property
    def root(self) -> Decision:
        p: Decision | Plan = self.parent
        while isinstance(p, Plan):
            p = p.parent
        return p


class Corpus:
    def __init__(self, n: int, seed: int, rate: float, dist: Distributions):
        self.n, self.seed, self.rate, self.dist = n, seed, rate, dist
        self.rng = random.Random(seed)
        self.provinces, self.wards = load_units()
        self.gaz = load_gazetteer()
        self.decisions = load_decisions()
        for notation in PROVINCE_NOW + PROVINCE_BEFORE + PROVINCE_ONLY + WARD:
            if notation not in self.gaz:
                raise SystemExit(f"corpus: agency kind {notation} is not in ontology/agencies.ttl")
        self.numbers: dict[tuple[str, int], set[int]] = {}
        self.plans: list[Plan] = []
        self._anomaly_serial = 0

    # -- population ----------------------------------------------------------------------------
    def build(self) -> list[Plan]:
        rng = self.rng
        n = self.n
        # one plan per decision and province, taken round-robin over the decisions so that a small
        # corpus still has several national roots (Huế was a province under another name before 2025)
        per_decision = []
        for d in self.decisions:
            ps = [p for p in self.provinces if d.date.year >= 2025 or p.name != "Huế"]
            rng.shuffle(ps)
            per_decision.append([(d, p) for p in ps])
        pairs = [dp for row in itertools.zip_longest(*per_decision) for dp in row if dp is not None]
        n1 = min(len(pairs), n, max(len(self.decisions), round(n * 0.25)))
        depth1 = [self._plan(1, p, d, p) for d, p in pairs[:n1]]
        rest = n - n1
        n3 = round(rest * 0.35)
        n2 = rest - n3
        depth2: list[Plan] = []
        annual_parents = [pl for pl in depth1 if pl.period[1] > pl.period[0]]
        ward_parents = [pl for pl in depth1 if pl.date >= WARDS_FROM and self.wards[pl.province.name]]
        for i in range(n2):
            # annual plans of the province, and ward plans (wards exist from July 2025)
            want_ward = i % 2 == 1 and ward_parents
            if want_ward:
                par = ward_parents[rng.randrange(len(ward_parents))]
                ward = rng.choice(self.wards[par.province.name])
                depth2.append(self._plan(2, ward, par, par.province))
            elif annual_parents:
                par = annual_parents[rng.randrange(len(annual_parents))]
                depth2.append(self._plan(2, par.province, par, par.province, annual=True))
            else:
                n3 += 1
        annual2 = [pl for pl in depth2 if pl.annual and pl.date >= WARDS_FROM and self.wards[pl.province.name]]
        for _ in range(n3):
            if annual2:
                par = annual2[rng.randrange(len(annual2))]
                depth2.append(self._plan(3, rng.choice(self.wards[par.province.name]), par, par.province))
            elif ward_parents:
                par = ward_parents[rng.randrange(len(ward_parents))]
                depth2.append(self._plan(2, rng.choice(self.wards[par.province.name]), par, par.province))
            else:
                par = depth1[rng.randrange(len(depth1))]
                depth2.append(self._plan(2, par.province, par, par.province, annual=True))
        plans = depth1 + depth2
        rng.shuffle(plans)
        for i, pl in enumerate(plans):
            pl.index = i
            pl.layout = LAYOUTS[i % len(LAYOUTS)]
        self.plans = plans
        self._assign_anomalies()
        return plans

    def _plan(self, depth: int, unit: Unit, parent: Decision | Plan, province: Unit, annual: bool = False) -> Plan:
        rng = self.rng
        pstart, pend = parent.period
        pdate = parent.date
        annual = annual or (isinstance(parent, Plan) and parent.annual)
        if annual:
            years = list(range(max(pstart, pdate.year), pend + 1))
            # most annual plans are for the first years of a programme
            year = rng.choices(years, weights=[1 / (i + 1) for i in range(len(years))])[0]
            period = (year, year)
        else:
            start = max(pstart, pdate.year)
            if unit.kind == "phường":
                start = max(start, WARDS_FROM.year)
            end = rng.choice([y for y in (pend, min(pend, start + 4)) if y >= start] or [start])
            period = (start, end)
        earliest = max(pdate + dt.timedelta(days=10), dt.date(period[0] - 1, 12, 1))
        if unit.kind == "phường":
            earliest = max(earliest, WARDS_FROM + dt.timedelta(days=5))
        latest = max(earliest, dt.date(period[0], 12, 20) if annual else
                     min(dt.date(period[0], 12, 20), earliest + dt.timedelta(days=300)))
        date = earliest + dt.timedelta(days=rng.randrange((latest - earliest).days + 1))
        number = self._number(unit, date.year)
        return Plan(0, "", unit, province, depth, parent, number, date, period, annual,
                    also_cites=isinstance(parent, Plan) and rng.random() < 0.3)

    def _number(self, unit: Unit, year: int) -> int:
        used = self.numbers.setdefault((unit.full + "/" + unit.province, year), set())
        while True:
            n = self.rng.randrange(10, 400 if unit.kind == "phường" else 3000)
            if n not in used:
                used.add(n)
                return n

    # -- anomalies -----------------------------------------------------------------------------
    def _assign_anomalies(self) -> None:
        """Each kind at `rate` of the plans that can carry it (at least one where any can), never
        two kinds whose findings would interfere in one plan."""
        rng = random.Random(self.seed * 7919 + 1)
        parents = {id(p.parent) for p in self.plans}
        self._unnumbered: set[tuple[str, str, int]] = set()
        for kind in ANOMALIES:
            eligible = [p for p in self.plans if self._eligible(p, kind, id(p) in parents)]
            if not eligible:
                continue
            k = max(1, round(len(eligible) * self.rate))
            for p in rng.sample(eligible, min(k, len(eligible))):
                if kind == "blank-number":
                    # an unnumbered plan is known by issuer and title: two such would be one document
                    key = (p.unit.full + "/" + p.province.name, p.subject, p.period[0])
                    if key in self._unnumbered:
                        continue
                    self._unnumbered.add(key)
                p.anomalies.append(kind)

    def _eligible(self, p: Plan, kind: str, has_children: bool) -> bool:
        if kind not in LAYOUT_ANOMALIES[p.layout]:
            return False
        a = set(p.anomalies)
        if kind in ("blank-number", "blank-date", "implements-nothing", "period-outside-parent") and has_children:
            return False       # a plan others cite keeps its number, date, parent and period
        if kind == "citation-date-conflict":
            return p.depth == 1 and isinstance(p.parent, Decision) and p.parent.known and not a & {
                "implements-nothing", "blank-date"}
        if kind == "implements-nothing":
            return not a & {"citation-date-conflict", "period-outside-parent"}
        if kind == "period-outside-parent":      # (one parent: one finding)
            return not p.annual and not p.also_cites and "implements-nothing" not in a
        if kind == "blank-date":
            return "citation-date-conflict" not in a
        if kind == "obsolete-agency":
            # an undated plan is compared by the first year of its period
            return p.date >= MERGERS and not p.ward and ("blank-date" not in a or p.period[0] > MERGERS.year)
        if kind == "non-standard-agency-name":
            return not p.ward and not p.province.city
        return True

    # ==========================================================================================
    # writing
    # ==========================================================================================
    def write(self, out: Path) -> dict[str, Any]:
        out.mkdir(parents=True, exist_ok=True)
        for p in self.plans:
            rng = random.Random(f"{self.seed}/{p.index}")
            text = Writer(self, p, rng).document()
            ext = ".txt" if p.layout in ("pdf", "tsv") else ".md"
            slug_place = re.sub(r"[^a-z0-9]+", "-", _fold(p.unit.name)).strip("-")
            p.file = f"{p.index:05d}_{p.layout}_{slug_place}{ext}"
            (out / p.file).write_text(text, encoding="utf-8")
        manifest = self.manifest()
        (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        return manifest

    def manifest(self) -> dict[str, Any]:
        anomalies = []
        for p in self.plans:
            for e in p.expected:
                anomalies.append({"file": p.file, **e})
        counts = Counter(a["check"] for a in anomalies)
        return {
            "generator": "bench/corpus.py", "seed": self.seed, "plans": len(self.plans), "rate": self.rate,
            "distributions": self.dist.source,
            "layouts": dict(Counter(p.layout for p in self.plans)),
            "depths": dict(Counter(str(p.depth) for p in self.plans)),
            "decisions": [d.number for d in self.decisions],
            "anomaly_counts": dict(sorted(counts.items())),
            "anomalies": anomalies,
            "documents": [{"file": p.file, "layout": p.layout, "level": p.level, "place": p.unit.full,
                           "province": p.province.name, "number": None if "blank-number" in p.anomalies
                           else p.number_text, "date": None if "blank-date" in p.anomalies else p.date.isoformat(),
                           "period": list(p.period), "depth": p.depth,
                           "implements": None if "implements-nothing" in p.anomalies else _ref_number(p.parent),
                           "root": p.root.number} for p in self.plans],
        }


def _ref_number(x: Decision | Plan) -> str:
    return x.number if isinstance(x, Decision) else x.number_text


def _fold(s: str) -> str:
    import unicodedata
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")


def _d(day: dt.date) -> str:
    """20/01/2026"""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


class Writer:
    """One document: its tasks, then its text in its layout."""

    def __init__(self, corpus: Corpus, plan: Plan, rng: random.Random):
        self.c, self.p, self.rng = corpus, plan, rng
        self.used_texts: set[str] = set()
        self.level = plan.level
        self.pool = self._agency_pool()
        self.serial = 0

    # -- agencies --------------------------------------------------------------------------------
    def _agency_pool(self) -> list[str]:
        g = self.c.gaz
        if self.p.ward:
            return [g[n] for n in WARD]
        kinds = PROVINCE_NOW if self.p.date >= MERGERS else PROVINCE_BEFORE
        names = [g[n] for n in kinds]
        if not self.p.province.city:
            names += [g[n] for n in PROVINCE_ONLY]
        return names

    def agencies(self, k: int, avoid: list[str]) -> list[str]:
        choices = [a for a in self.pool if a not in avoid]
        return self.rng.sample(choices, min(k, len(choices)))

    # -- texts -----------------------------------------------------------------------------------
    def task_text(self) -> str:
        rng = self.rng
        target = rng.choice(self.c.dist.text_len)
        for _ in range(50):
            s = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(WHO)} {rng.choice(HOW)}"
            extra = list(MORE)
            rng.shuffle(extra)
            while len(s) < target - 40 and extra:
                s += extra.pop()
            s += "."
            if s not in self.used_texts:
                self.used_texts.add(s)
                return s
        raise RuntimeError("could not make a new task text")

    def tasks(self, count: int) -> list[TaskSpec]:
        d = self.c.dist
        out = []
        for _ in range(count):
            nl = max(1, self.rng.choice(d.leads))
            leads = self.agencies(nl, [])
            ns = self.rng.choice(d.supports)
            supports = self.agencies(ns, leads)
            if ns and self.rng.random() < 0.35:
                supports.append(SUPPORT_GROUPS[self.level])
            out.append(TaskSpec(None, self.task_text(), leads, supports))
        return out

    def signer(self) -> str:
        r = self.rng
        return f"{r.choice(SURNAMES)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"

    # -- expected findings -----------------------------------------------------------------------
    def expect(self, kind: str, focus: str | None, note: str) -> None:
        self.p.expected.append({"check": ANOMALIES[kind], "focus": focus, "anomaly": kind, "note": note})

    # -- the document ------------------------------------------------------------------------------
    def document(self) -> str:
        p = self.p
        count = self.c.dist.draw_tasks(self.rng)
        if p.layout in ("headings", "pdf"):
            count = min(count, 60)          # items numbered 1-99 in PDF text; a few headings
        tasks = self.tasks(count)
        self.structure(tasks)
        self.seed_task_anomalies(tasks)
        head = self.header()
        body = getattr(self, "body_" + p.layout)(tasks)
        return head + body + self.footer()

    def structure(self, tasks: list[TaskSpec]) -> None:
        """Goals and codes: table k.j.i under objectives under goals; tsv k.i under goals; pdf k;
        prose and headings: groups under sections / agency headings (no codes)."""
        rng, layout = self.rng, self.p.layout
        if layout == "table":
            goals = rng.randint(1, min(4, max(1, len(tasks) // 4)))
            per_goal = _split(len(tasks), goals, rng)
            i = 0
            for g, ng in enumerate(per_goal, start=1):
                objs = rng.randint(1, min(3, ng))
                for o, no in enumerate(_split(ng, objs, rng), start=1):
                    for t in range(1, no + 1):
                        tasks[i].code, tasks[i].goal = f"{g}.{o}.{t}", f"{g}.{o}"
                        i += 1
        elif layout == "tsv":
            goals = rng.randint(1, min(5, max(1, len(tasks) // 3)))
            i = 0
            for g, ng in enumerate(_split(len(tasks), goals, rng), start=1):
                for k in range(1, ng + 1):
                    tasks[i].code, tasks[i].goal = f"{g}.{k}", str(g)
                    i += 1
        elif layout == "pdf":
            for k, task in enumerate(tasks, start=1):
                task.code = str(k)
        elif layout == "prose":
            # runs of tasks share a lead phrase; sections group the runs
            i, section = 0, 1
            while i < len(tasks):
                run = min(len(tasks) - i, rng.randint(1, 4))
                for task in tasks[i:i + run]:
                    task.leads, task.supports, task.goal = tasks[i].leads, tasks[i].supports, str(section)
                i += run
                if rng.random() < 0.4:
                    section += 1
        elif layout == "headings":
            # one heading per lead agency, its bullets its tasks, no supporters
            heads = self.pool[:]
            rng.shuffle(heads)
            heads = heads[:rng.randint(2, min(5, len(heads)))]
            for k, task in enumerate(tasks):
                task.leads, task.supports, task.goal = [heads[k % len(heads)]], [], heads[k % len(heads)]
            tasks.sort(key=lambda x: heads.index(x.goal or ""))

    def seed_task_anomalies(self, tasks: list[TaskSpec]) -> None:
        p, rng = self.p, self.rng
        kinds = set(p.anomalies)
        # a task for each task-level anomaly, never the same one twice
        free = [t for t in tasks if t.code and not t.code.endswith(".1")] or [t for t in tasks if t.code]
        rng.shuffle(free)

        def take() -> TaskSpec:
            if not free:
                raise RuntimeError("not enough tasks to seed anomalies")
            return free.pop()
        if "lead-also-support" in kinds:
            t = take()
            t.supports = _with(t.supports[:2], t.leads[0], avoid=t.leads)
            self.expect("lead-also-support", t.code, f"{t.leads[0]} leads and supports")
        if "collective-lead" in kinds:
            t = take()
            t.leads = [COLLECTIVE_LEAD[self.level]]
            t.supports = [s for s in t.supports if s != SUPPORT_GROUPS[self.level]]
            self.expect("collective-lead", t.code, "led only by a collective")
        if "obsolete-agency" in kinds:
            t = take()
            name = rng.choice(OBSOLETE)
            t.supports = _with(t.supports[:2], name)
            self.expect("obsolete-agency", t.code, f"{name} after the 2025 mergers")
        if "non-standard-agency-name" in kinds:
            t = take()
            name = rng.choice(NON_STANDARD["province"])
            canonical = "Công an tỉnh" if name == "Sở Công an" else "Tỉnh đoàn"
            t.leads = [x for x in t.leads if x != canonical] or [self.pool[0]]
            t.supports = _with([s for s in t.supports if s != canonical][:2], name)
            self.expect("non-standard-agency-name", t.code, f"'{name}' printed")
        if "unknown-agency" in kinds:
            t = take()
            name = f"Báo {p.province.name}"
            t.supports = _with(t.supports[:2], name)
            self.expect("unknown-agency", name, "a provincial newspaper the gazetteer lacks")
        if "task-without-lead" in kinds:
            t = take()
            t.leads, t.supports = [], []
            self.expect("task-without-lead", t.code, "assignment cell left empty")
        if "duplicate-task" in kinds:
            t = take()
            i = tasks.index(t)
            tasks.insert(i + 1, TaskSpec(t.code, t.text, t.leads, t.supports, t.goal))
            self.expect("duplicate-task", t.code, "row printed twice")
        if "duplicate-code" in kinds:
            t = take()
            i = tasks.index(t)
            twin = TaskSpec(t.code, self.task_text(), self.agencies(1, []), [], t.goal)
            tasks.insert(i + 1, twin)
            self.expect("duplicate-code", t.code, "two different tasks with one code")
        if "numbering-gap" in kinds:
            # drop a task that is neither the first nor the last of its goal: the next one's code
            # now skips a number
            by_goal: dict[str | None, list[TaskSpec]] = {}
            for t in tasks:
                by_goal.setdefault(t.goal, []).append(t)
            candidates = [ts[j] for ts in by_goal.values() for j in range(1, len(ts) - 1)
                          if ts[j] in free and ts[j + 1] in free and ts[j - 1].code != ts[j].code
                          and ts[j + 1].code != ts[j].code]
            if candidates:
                t = rng.choice(candidates)
                nxt = by_goal[t.goal][by_goal[t.goal].index(t) + 1]
                free.remove(t)
                free.remove(nxt)
                tasks.remove(t)
                self.expect("numbering-gap", nxt.code, f"{t.code} left out")
            else:
                p.anomalies.remove("numbering-gap")
        if "goal-without-tasks" in kinds:
            self.empty_goal = True

    # -- header and footer -------------------------------------------------------------------------
    def header(self) -> str:
        p, rng = self.p, self.rng
        kinds = set(p.anomalies)
        if "blank-number" in kinds:
            number_line = "Số: /KH-UBND" if rng.random() < 0.5 else "Số:        /KH-UBND"
            self.expect("blank-number", None, "number left blank")
        else:
            number_line = f"Số: {p.number}/KH-UBND" if rng.random() < 0.8 else f"Số: {p.number}/KH - UBND"
        if "blank-date" in kinds:
            date_line = f"{p.unit.name}, ngày    tháng    năm {p.date.year}"
            self.expect("blank-date", None, "date left blank")
        else:
            day = f"{p.date.day:02d}" if rng.random() < 0.5 else str(p.date.day)
            date_line = f"{p.unit.name}, ngày {day} tháng {p.date.month} năm {p.date.year}"
        period = p.period
        if "period-outside-parent" in kinds:
            period = (period[0], p.parent.period[1] + rng.randint(3, 8))
            self.expect("period-outside-parent", None if "blank-number" in kinds else p.number_text,
                        f"period {period[0]}-{period[1]} outside the parent's {p.parent.period}")
        self.period = period
        when = f"năm {period[0]}" if p.annual else f"giai đoạn {period[0]} - {period[1]}"
        title = re.sub(r"(năm \d{4}|giai đoạn \d{4} - \d{4})$", when, p.subject)
        if "implements-nothing" in kinds:    # a title naming the programme would link it
            title = f"thực hiện các nhiệm vụ trọng tâm về văn hóa, xã hội trên địa bàn {p.unit.full} {when}"
        title = title[0].upper() + title[1:]
        self.title = title
        implements = self.implements_clause()
        extra = self.based_on_clauses()
        lines: list[str]
        if p.layout == "pdf":
            lines = ["ỦY BAN NHÂN DÂN", p.unit.full.upper(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", number_line, date_line, "KẾ HOẠCH"]
            lines += _wrap(title, 72)
            lines += _wrap(" ".join(extra + [implements]) + f" {p.issuer} ban hành Kế hoạch như sau:", 78)
            return "\n".join(lines) + "\n"
        out = ["", "", number_line, "", date_line, "", "## KẾ HOẠCH", "", f"### {title}", ""]
        for e in extra:
            out += [e, ""]
        out += [implements, "", f"{p.issuer} ban hành Kế hoạch với các nội dung sau:", ""]
        return "\n".join(out) + "\n"

    def implements_clause(self) -> str:
        p = self.p
        kinds = set(p.anomalies)
        if "implements-nothing" in kinds:
            self.expect("implements-nothing", None if "blank-number" in kinds else p.number_text,
                        "no 'Thực hiện ...' clause")
            return f"Để cụ thể hóa các nhiệm vụ trọng tâm trên địa bàn {p.unit.full} {self._when()},"
        parent = p.parent
        if isinstance(parent, Decision):
            date = parent.date
            if "citation-date-conflict" in kinds:
                date = _other_date(parent.date, self.rng)
                if date >= p.date:
                    date = parent.date - dt.timedelta(days=30)
                self.expect("citation-date-conflict", parent.number, f"cited dated {_d(date)}")
            return (f"Thực hiện Quyết định số {parent.number} ngày {_d(date)} của Thủ tướng Chính phủ "
                    f"{parent.subject};")
        clause = (f"Thực hiện Kế hoạch số {parent.number_text} ngày {_d(parent.date)} của {parent.issuer} về "
                  f"{parent.subject}")
        if p.also_cites:
            root = p.root
            clause = (f"Thực hiện Quyết định số {root.number} ngày {_d(root.date)} của Thủ tướng Chính phủ "
                      f"{root.subject}; {clause}")
        return clause + ";"

    def _when(self) -> str:
        p = self.p
        return f"năm {p.period[0]}" if p.annual else f"giai đoạn {p.period[0]} - {p.period[1]}"

    def based_on_clauses(self) -> list[str]:
        """Seeded "Căn cứ ..." citations: a number whose year is not its date's, a symbol that lacks
        its issuer's code. Numbers are unique to the plan, so each is one citation of one document."""
        p, rng = self.p, self.rng
        out = []
        if "date-number-mismatch" in p.anomalies:
            day = p.date - dt.timedelta(days=rng.randint(200, 2000))
            number = f"{p.index + 10}/{day.year + 10}/QĐ-UBND"     # one document per plan
            out.append(f"Căn cứ Quyết định số {number} ngày {_d(day)} của Ủy ban nhân dân {p.province.full} "
                       f"ban hành quy chế phối hợp trong lĩnh vực văn hóa, xã hội;")
            self.expect("date-number-mismatch", number, f"number of {day.year + 10}, dated {day.year}")
        if "symbol-issuer-mismatch" in p.anomalies:
            number = f"{p.index + 100}/QĐ-LĐTĐ"
            day = min(p.date, dt.date(2020, 12, 31)) - dt.timedelta(days=rng.randint(30, 1500))
            out.append(f"Căn cứ Quyết định số {number} ngày {_d(day)} của Bộ Lao động - Thương binh và Xã hội "
                       f"về kế hoạch hành động của ngành;")
            self.expect("symbol-issuer-mismatch", number, "QĐ-LĐTĐ for the labour ministry")
        if "citation-number-conflict" in p.anomalies:
            # one decision cited under two numbers (of this plan alone), the same day, symbol and subject
            day = p.date - dt.timedelta(days=400)
            first, second = f"{2 * p.index + 20000}/QĐ-UBND", f"{2 * p.index + 20001}/QĐ-UBND"
            for number in (first, second):
                out.append(f"Căn cứ Quyết định số {number} ngày {_d(day)} của Ủy ban nhân dân {p.province.full} "
                           f"phê duyệt Đề án phát triển thư viện số trên địa bàn;")
            self.expect("citation-number-conflict", second, f"{first} printed {second}")
        return out

    def footer(self) -> str:
        p = self.p
        if p.layout in ("table", "tsv"):
            return ""           # signed before the appendix
        recv = self.recipients()
        if p.layout == "pdf":
            return "\n".join(["Nơi nhận:"] + [f"- {r}" for r in recv] +
                             ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", self.signer()]) + "\n"
        return "\n".join(["", "#### ***Nơi nhận:***", ""] + [f"- {r}" for r in recv] +
                         ["", "**TM. ỦY BAN NHÂN DÂN**  ", "**KT. CHỦ TỊCH**  ", "**PHÓ CHỦ TỊCH**", "",
                          f"**{self.signer()}**", ""])

    def recipients(self) -> list[str]:
        if self.p.ward:
            return ["UBND thành phố;" if self.p.province.city else "UBND tỉnh;", "CT, các PCT UBND phường;",
                    "Các cơ quan, đơn vị thuộc phường;", "Lưu: VT, VHXH."]
        return ["Bộ Nội vụ;", "CT, các PCT UBND tỉnh;", "Các sở, ban, ngành tỉnh;", "UBND các xã, phường;",
                "Lưu: VT, KGVX."]

    def purpose(self) -> list[str]:
        p = self.p
        return ["#### I. MỤC ĐÍCH, YÊU CẦU", "", "##### 1. Mục đích", "",
                f"Cụ thể hóa các nhiệm vụ trọng tâm trên địa bàn {p.unit.full}, phân công rõ cơ quan chịu trách "
                "nhiệm chính và cơ quan cùng tham gia.", "", "##### 2. Yêu cầu", "",
                "Mỗi nhiệm vụ có sản phẩm đầu ra, mốc thời gian và được theo dõi hằng năm.", ""]

    def closing(self, numeral: str) -> list[str]:
        """TỔ CHỨC THỰC HIỆN as duties (plans whose tasks are elsewhere)."""
        g = self.c.gaz
        if self.p.ward:
            office, finance = g["phong-van-hoa-xa-hoi"], g["van-phong-hdnd-va-ubnd-phuong"]
        else:
            office, finance = g["so-noi-vu"], g["so-tai-chinh"]
        return [f"## {numeral}. TỔ CHỨC THỰC HIỆN", "", f"### 1. {office}", "",
                "Là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp kết quả thực hiện Kế hoạch.", "",
                f"### 2. {finance}", "", "Tham mưu bố trí kinh phí thực hiện Kế hoạch theo phân cấp.", "",
                f"Các cơ quan, đơn vị gửi báo cáo kết quả về {office} trước ngày 20/11 hằng năm./.", ""]

    # -- layouts -----------------------------------------------------------------------------------
    def body_table(self, tasks: list[TaskSpec]) -> str:
        p, rng = self.p, self.rng
        goals: dict[str, list[str]] = {}
        for t in tasks:
            assert t.goal
            goals.setdefault(t.goal.split(".")[0], [])
            if t.goal not in goals[t.goal.split(".")[0]]:
                goals[t.goal.split(".")[0]].append(t.goal)
        gtitles = {g: GOALS[(int(g) + p.index) % len(GOALS)] for g in goals}
        otitles = {o: OBJECTIVES[(hash_int(o) + p.index) % len(OBJECTIVES)] for os in goals.values() for o in os}
        empty = None
        if getattr(self, "empty_goal", False):
            g = rng.choice(sorted(goals))
            empty = f"{g}.{len(goals[g]) + 1}"
            self.expect("goal-without-tasks", empty, "objective row without tasks")
        out = self.purpose() + ["## II. NỘI DUNG THỰC HIỆN", "",
                                f"Tập trung vào {len(goals):02d} mục tiêu chiến lược sau:", ""]
        for g in goals:
            out += [f"**{g}. Mục tiêu chiến lược {g}:** {gtitles[g]}.", ""]
        out += self.closing("III")
        out += self.signature_block()
        out += ["**PHỤ LỤC**  ", "**PHÂN CÔNG CHỦ TRÌ VÀ PHỐI HỢP THỰC HIỆN KẾ HOẠCH**  ", "",
                f"(Kèm theo Kế hoạch số {self._number_ref()} của {p.issuer})", "",
                "| Mã số   | Mục tiêu   | Sở, ban, ngành chủ trì và phối hợp   |", "|---|--|--|"]
        current_goal, current_obj = None, None
        split_done = False
        codes = [t.code for t in tasks]         # a row printed twice is never the one cut in two
        for t in tasks:
            g = (t.goal or "").split(".")[0]
            if g != current_goal:
                if empty and current_goal == empty.split(".")[0]:
                    out.append(self.empty_row(empty))
                    empty = None
                current_goal = g
                out.append(f"| <b>Mục tiêu chiến lược {g}: {gtitles[g]}</b>   |  |  |")
            if t.goal != current_obj:
                current_obj = t.goal
                out.append(f"| <b>Mục tiêu {t.goal} {otitles[t.goal or '']}</b>   |  |  |")
            cell = self.assign_cell(t)
            words = [i for i, ch in enumerate(cell) if ch == " " and i > cell.find("Cơ quan hỗ trợ: ") + 20]
            if not split_done and len(t.text) > 120 and rng.random() < 0.3 and t.supports and words \
                    and codes.count(t.code) == 1:
                # a page break inside the row: text and supporters go on in a row without a code, a
                # name cut in two as the example does ("Sở Giáo dục và Đào" / "tạo")
                cut, at = t.text.rfind(" ", 0, len(t.text) // 2), words[len(words) // 2]
                out += [f"| {t.code}   | {t.text[:cut]}   | {cell[:at]}   |", "", "|  |  |  |", "|---|---|---|",
                        f"|  | {t.text[cut + 1:]}   | {cell[at + 1:]}   |"]
                split_done = True
                continue
            out.append(f"| {t.code} | {t.text}   | {cell}   |")
        if empty:
            out.append(self.empty_row(empty))
        return "\n".join(out) + "\n"

    @staticmethod
    def empty_row(code: str) -> str:
        return f"| <b>Mục tiêu {code} {OBJECTIVES[(hash_int(code) + 3) % len(OBJECTIVES)]}</b> |  |  |"

    def assign_cell(self, t: TaskSpec) -> str:
        if not t.leads and not t.supports:
            return ""
        joint = " và " if len(t.leads) == 2 and self.rng.random() < 0.5 else ", "
        cell = f"Chủ trì: {joint.join(t.leads)}"
        if t.supports:
            cell += f"<br>Cơ quan hỗ trợ: {', '.join(t.supports)}"
        return cell

    def signature_block(self) -> list[str]:
        return ["#### ***Nơi nhận:***", ""] + [f"- {r}" for r in self.recipients()] + \
            ["", "**TM. ỦY BAN NHÂN DÂN**  ", "**KT. CHỦ TỊCH**  ", "**PHÓ CHỦ TỊCH**", "",
                f"**{self.signer()}**", ""]

    def _number_ref(self) -> str:
        p = self.p
        num = "           " if "blank-number" in p.anomalies else p.number_text
        date = f"ngày / /{p.date.year}" if "blank-date" in p.anomalies else f"ngày {_d(p.date)}"
        return f"{num} {date}"

    def body_tsv(self, tasks: list[TaskSpec]) -> str:
        p, rng = self.p, self.rng
        goals = list(dict.fromkeys(t.goal for t in tasks))
        out = self.purpose() + ["#### II. NHIỆM VỤ, GIẢI PHÁP", "",
                                "Các nhiệm vụ cụ thể tại Phụ lục kèm theo.", ""]
        out += self.closing("III")
        out += self.signature_block()
        out += ["**Phụ lục**  ", f"**MỘT SỐ NHIỆM VỤ THỰC HIỆN KẾ HOẠCH TRÊN ĐỊA BÀN {p.unit.full.upper()}**  ",
                f"*(Kèm theo Kế hoạch số {self._number_ref()} của {p.issuer})*", ""]
        header = "STT\tMục tiêu/ Nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp"
        out.append(header)
        current = None
        for rows, t in enumerate(tasks, start=1):
            if t.goal != current:
                current = t.goal
                gi = goals.index(t.goal)
                out.append(f"{t.goal}\t{GOALS[(gi + p.index) % len(GOALS)]}.\t\t")
            sep = "; " if rng.random() < 0.5 else ", "
            out.append(f"{t.code}\t{t.text}\t{sep.join(t.leads)}\t{sep.join(t.supports)}{'.' if t.supports else ''}")
            if rows % 12 == 0 and rng.random() < 0.5:
                out += ["", header]          # the header repeated after a page break
        return "\n".join(out) + "\n"

    def body_prose(self, tasks: list[TaskSpec]) -> str:
        p = self.p
        out = self.purpose() + ["## II. MỤC TIÊU", "",
                                f"Đến năm {self.period[1]}, các nhiệm vụ của Kế hoạch được triển khai đồng bộ trên "
                                f"địa bàn {p.unit.full}.", "", "### III. NHIỆM VỤ, GIẢI PHÁP", ""]
        current_section, i = None, 0
        while i < len(tasks):
            t = tasks[i]
            if t.goal != current_section:
                current_section = t.goal
                out += [f"#### {t.goal}. {SECTIONS[(int(t.goal or 0) + p.index) % len(SECTIONS)]}", ""]
            run = [x for x in tasks[i:] if x.leads is t.leads and x.goal == t.goal]
            j = i
            while j < len(tasks) and tasks[j].leads is t.leads and tasks[j].goal == t.goal:
                j += 1
            run = tasks[i:j]
            who = " và ".join(t.leads) if len(t.leads) <= 2 else ", ".join(t.leads)
            sup = f", phối hợp với {_join(t.supports)}" if t.supports else ""
            if len(run) == 1 and self.rng.random() < 0.4:
                text = run[0].text[0].upper() + run[0].text[1:]
                out += [f"- {who} chủ trì{sup}: {text}", ""]
            else:
                out += [f"- {who} chủ trì{sup} thực hiện các nhiệm vụ sau:", ""]
                for x in run:
                    out += [f"+ {x.text}", ""]
            i = j
        out += ["## IV. KINH PHÍ THỰC HIỆN", "",
                "Kinh phí thực hiện Kế hoạch do ngân sách nhà nước bảo đảm theo phân cấp.", ""]
        out += self.closing("V")
        return "\n".join(out) + "\n"

    def body_headings(self, tasks: list[TaskSpec]) -> str:
        p = self.p
        out = self.purpose() + ["## II. MỤC TIÊU", "",
                                f"Đưa các nội dung của Kế hoạch vào đời sống Nhân dân trên địa bàn {p.unit.full}.", "",
                                "#### III. THỜI GIAN THỰC HIỆN", "", f"- {self._when().capitalize()}.", "",
                                "#### IV. TỔ CHỨC THỰC HIỆN", ""]
        k = 0
        current = None
        for t in tasks:
            if t.goal != current:
                current = t.goal
                k += 1
                mark = "#####" if k % 2 else "###"
                out += ["", f"{mark} **{k}. {t.goal}**", ""]
            out.append(f"- {t.text}")
        out += ["", f"### **{k + 1}. Chế độ báo cáo**", "",
                f"- Các cơ quan, đơn vị gửi báo cáo kết quả thực hiện trước ngày 05/11 hằng năm về "
                f"{tasks[0].goal}.", ""]
        return "\n".join(out) + "\n"

    def body_pdf(self, tasks: list[TaskSpec]) -> str:
        p, rng = self.p, self.rng
        out = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"]
        out += _wrap(f"Xác định cụ thể những việc cần làm trên địa bàn {p.unit.full}, giao rõ cơ quan thực hiện "
                     "và cơ quan phối hợp để thuận lợi cho việc theo dõi, đánh giá.", 78)
        out += ["2. Yêu cầu"]
        out += _wrap("Các cơ quan chủ động bố trí nguồn lực, bảo đảm hoàn thành đúng thời hạn.", 78)
        out += ["II. NHIỆM VỤ CỤ THỂ"]
        page = 1
        for t in tasks:
            title = t.text.split(";")[0].rstrip(".")
            title = re.sub(r"\s+(gắn|theo|bảo đảm|phù hợp|có sự|bằng|với|ưu tiên|lấy|dựa|kết hợp)\b.*$", "", title)
            out += _wrap(f"{t.code}. {title}", 78)
            body = _wrap(f"a) Nội dung thực hiện: {t.text}", 78)
            if len(out) > 45 * page and len(body) > 1:
                page += 1
                body[1:1] = ["\f", str(page)]      # a page break inside the item
            out += body
            out += _wrap(f"b) Cơ quan thực hiện: {self.sos(t.leads)}", 78)
            if t.supports:
                out += _wrap(f"c) Cơ quan phối hợp: {self.sos(t.supports)}", 78)
            out += [f"d) Thời gian thực hiện: {rng.choice(['Hằng năm', f'Năm {self.period[0]}', 'Thường xuyên'])}"]
        office = self.c.gaz["phong-van-hoa-xa-hoi" if p.ward else "so-noi-vu"]
        out += ["III. TỔ CHỨC THỰC HIỆN"]
        out += _wrap("1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ chịu trách nhiệm tổ chức thực hiện; "
                     f"gửi báo cáo kết quả về {office} trước ngày 20/11 hằng năm.", 78)
        return "\n".join(out) + "\n"

    def sos(self, names: list[str]) -> str:
        """"Các sở: A, B" when several departments are listed (as PDF plans print them)."""
        sos = [n for n in names if n.startswith("Sở ") and n not in NON_STANDARD["province"]]
        if len(sos) >= 2 and len(sos) == len(names) and self.rng.random() < 0.5:
            return "Các sở: " + ", ".join(n[3:] for n in sos)
        return ", ".join(names)


def hash_int(s: str) -> int:
    return sum((i + 1) * ord(c) for i, c in enumerate(s))


def _split(total: int, parts: int, rng: random.Random) -> list[int]:
    """`total` items in `parts` non-empty groups."""
    parts = max(1, min(parts, total))
    cuts = sorted(rng.sample(range(1, total), parts - 1)) if parts > 1 else []
    edges = [0] + cuts + [total]
    return [b - a for a, b in zip(edges, edges[1:])]


def _with(names: list[str], name: str, avoid: list[str] | None = None) -> list[str]:
    """`names` plus `name`, collectives kept last as plans print them ("..., UBND các xã, phường")."""
    groups = set(SUPPORT_GROUPS.values())
    plain = [n for n in names if n not in groups and n not in (avoid or [])]
    return plain + [name] + [n for n in names if n in groups]


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


_RISKY = re.compile(r"^(?:[-+•]|\d+[.)]|[a-zđ]\)|\d+$|[IVX]+\.)")


def _wrap(text: str, width: int) -> list[str]:
    """Hard-wrapped as PDF text is, except that no line starts with what a reader takes for a
    bullet, an item number or a page number ("- Xã hội", "2. ...", "2030")."""
    lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)
    i = 1
    while i < len(lines):
        if _RISKY.match(lines[i]) or _RISKY.match(lines[i].split(" ")[0] + (" x" if " " in lines[i] else "")):
            words = lines[i - 1].split(" ")
            if len(words) > 1:
                lines[i - 1], lines[i] = " ".join(words[:-1]), words[-1] + " " + lines[i]
                continue
        i += 1
    return lines


def _other_date(day: dt.date, rng: random.Random) -> dt.date:
    """A plausible misprint: the month one off."""
    month = day.month + 1 if day.month < 12 else day.month - 1
    return day.replace(month=month, day=min(day.day, 28))


# ==============================================================================================
# a store of the corpus, bulk-loaded
# ==============================================================================================
_GAZ: Any = None


def _init_reader() -> None:
    global _GAZ
    from ingest.agencies import Gazetteer
    _GAZ = Gazetteer.load()


def _read_and_build(path: str) -> tuple[str, str, str, str]:
    """(graph IRI, N-Triples of its document graph, sha256, file name) of one file, as
    `kehoach ingest` reads and builds it."""
    import pyoxigraph as ox

    from ingest.rdf import build_document
    from ingest.reader import read_document
    from kehoach import __version__
    doc = read_document(path, _GAZ)
    graph, _, triples = build_document(doc, _GAZ, __version__)
    nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert nt is not None
    return graph, nt.decode("utf-8"), doc.source.sha256, doc.source.name


def build_store(corpus: Path, store: Path, workers: int = 2, chunk: int = 200,
                progress: Any = None) -> dict[str, float]:
    """A store of the corpus in the layout `kehoach ingest` makes (reference graphs, one named
    graph per document, the ingest log, the union in the default graph), written with pyoxigraph's
    bulk loader instead of one transaction per file: the documents are read and built by the
    project's reader and builder in `workers` processes. Returns timings (seconds)."""
    import multiprocessing as mp
    import time

    import pyoxigraph as ox

    from kehoach import __version__
    from kehoach.store import EmbeddedStore, log_entry
    from kehoach.vocab import LOG_GRAPH
    t0 = time.perf_counter()
    s = EmbeddedStore(store)
    s.ensure_reference_graphs()
    s.close()
    del s
    raw = ox.Store(str(store))
    files = sorted(str(p) for p in corpus.iterdir() if p.suffix in (".md", ".txt") and p.is_file())
    log = f"<{LOG_GRAPH}>"
    built = 0
    ctx = mp.get_context("fork")
    timings = {"bulk_load": 0.0}

    def load(raw: ox.Store, parts: list[str]) -> None:
        t = time.perf_counter()
        raw.bulk_load(input="".join(parts).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        timings["bulk_load"] += time.perf_counter() - t
        if progress:
            progress(built, len(files))

    with ctx.Pool(workers, initializer=_init_reader) as pool:
        parts: list[str] = []
        # the workers keep reading while this process loads what they built
        for graph, nt, sha, name in pool.imap(_read_and_build, files, chunksize=4):
            g = f" <{graph}> .\n"
            lines = [line[:-2] for line in nt.splitlines() if line]
            parts.append("".join(line + g for line in lines))
            parts.append("".join(line + " .\n" for line in lines))       # the union: the default graph
            parts.append("".join(f"<{graph}> <{p}> {o} {log} .\n"
                                 for p, o in log_entry(sha, name, __version__).items()))
            built += 1
            if built % chunk == 0:
                load(raw, parts)
                parts = []
        if parts:
            load(raw, parts)
    t1 = time.perf_counter()
    raw.flush()
    raw.optimize()
    del raw
    # the derived graph (dates of documents known only by citation, drafts replaced), as ingest
    # leaves it
    from kehoach.derived import refresh
    s = EmbeddedStore(store)
    refresh(s)
    s.close()
    return {"load": t1 - t0, "bulk_load": timings["bulk_load"], "optimize": time.perf_counter() - t1}


def generate(plans: int, out: Path, seed: int = 1, rate: float = 0.03, seeds: Path = SEEDS) -> dict[str, Any]:
    corpus = Corpus(plans, seed, rate, seed_distributions(seeds))
    corpus.build()
    return corpus.write(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--plans", type=int, default=100, help="number of plans (default 100)")
    ap.add_argument("--out", type=Path, required=True, help="folder to write into")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rate", type=float, default=0.03,
                    help="share of the plans that can carry an anomaly kind that do (default 0.03)")
    ap.add_argument("--seeds", type=Path, default=SEEDS, help="seed documents to take distributions from")
    ap.add_argument("--store", type=Path, help="also bulk-load the corpus into a new kehoach store here")
    ap.add_argument("--workers", type=int, default=2, help="processes reading documents for --store")
    args = ap.parse_args(argv)
    m = generate(args.plans, args.out, args.seed, args.rate, args.seeds)
    print(f"{m['plans']} plans in {args.out}: layouts {m['layouts']}, depths {m['depths']}, "
          f"{len(m['anomalies'])} seeded anomalies ({m['distributions']})")
    if args.store:
        if args.store.exists() and any(args.store.iterdir()):
            raise SystemExit(f"corpus: {args.store} is not empty")
        took = build_store(args.out, args.store, args.workers,
                           progress=lambda n, total: print(f"\r{n}/{total} documents", end="", file=sys.stderr))
        print(f"\nstore {args.store}: built in {took['load']:.0f} s (bulk loads {took['bulk_load']:.0f} s), "
              f"optimized in {took['optimize']:.0f} s")


if __name__ == "__main__":
    main()
