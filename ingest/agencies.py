"""Agency name resolution against the gazetteer (ontology/agencies.ttl).

A printed assignment phrase ("Sở Khoa học và Công nghệ và các sở, ngành khác",
"các Sở: Văn hóa, Thể thao và Du lịch; Tài chính") is split into agency mentions by a
segmentation that prefers known names: commas and "và" inside names ("Sở Văn hóa, Thể thao
và Du lịch") survive because the whole name is in the gazetteer, and lists that leave out the
"Sở" head word are expanded. Collectives ("các sở, ban, ngành có liên quan", "UBND các xã,
phường") resolve to agency groups. A name that matches nothing is kept, flagged unresolved.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kehoach.vocab import KH, SKOS

from .numbers import LOWER, UPPER
from .syllables import is_syllable
from .text import clean, first_upper, fold, key, slug

# Words that begin an agency name. An atom that does not start with one of these is most
# likely the continuation of the previous name ("Sở Kế hoạch" + "và" + "Đầu tư").
HEAD_WORDS = re.compile(
    r"^(sở|bộ|ban|phòng|văn phòng|công an|ubnd|ủy ban|uỷ ban|hội|trung tâm|trường|đài|báo|"
    r"tỉnh đoàn|tinh đoàn|thành đoàn|đoàn|chi cục|cục|ngân hàng|mạng lưới|liên đoàn|bảo hiểm|"
    r"thanh tra|viện|bệnh viện|quỹ|kho bạc|tòa án|tòa|hđnd|thường trực|trạm|bchqs|bộ chỉ huy|"
    r"ban chỉ huy|các|cơ quan|đề nghị|thủ tướng|chính phủ|quốc hội|liên minh|câu lạc bộ|"
    r"hợp tác xã|doanh nghiệp|tổng cục|vụ|ủy ban mặt trận|uỷ ban mặt trận|mặt trận|đảng ủy|"
    r"tỉnh ủy|huyện ủy|thành ủy|ubmttq|vp|hiệp hội|tổ chức|công ty|tổng công ty|học viện|nhà xuất bản|"
    r"văn phòng đại diện|ủy ban nhân dân|uỷ ban nhân dân|"
    # (boards abbreviated: "BĐH các thôn" (Ban điều hành), "BCĐ 389 tỉnh" (Ban chỉ đạo), "BQL dự án" (Ban quản lý))
    r"bđh|bcđ|bql)\b")
GROUP_START = re.compile(r"^(các|tất cả các|ubnd các|ủy ban nhân dân các|uỷ ban nhân dân các|"
                         r"những)\b")
# a body named for the members of a collective it belongs to, in one atom: "Ban vì sự tiến bộ phụ nữ
# các sở, ban, ngành" (the committees of each department), "Phòng Văn hóa - Thông tin các huyện"; not the
# programmes a body runs ("Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia tỉnh Cà Mau": one body)
OF_EACH = re.compile(r"\s(các|tất cả các)\s(?!(?:chương trình|dự án|công trình)\b)", re.I)
# (a ministry's departments and a district's offices too: "Vụ trưởng các Vụ: Kế hoạch, Tài chính", "Trưởng các phòng:
# Nội vụ, Tư pháp")
# the sectors a list of departments may name after "các sở" ("Giám đốc các sở, ngành: Lao động - Thương binh và Xã hội,
# Tài chính", "các sở, ban, ngành: …")
SECTORS = r"(?:\s*,\s*(?:ban\s*,\s*)?ngành)?"
LIST_INTRO = re.compile(r"(?:^|\b)(?:các|Các)\s+(sở|Sở|SỞ|đơn vị[^:]*?|cơ quan[^:]*?|[Vv]ụ|[Pp]hòng|[Cc]ục)"
                        rf"{SECTORS}\s*:\s*")
# the kind of body a list's bare names are (its head word), by the word that opens the list
LIST_KIND = {"vụ": "vụ", "phòng": "phòng", "cục": "cục"}
SEP = re.compile(r"(\s*[,;]\s*|\s+và\s+|\s*\n\s*|\s+cùng\s+|\s*/\s*(?=Sở|Bộ))")
# a committee of several units of one kind, named after the kind once ("UBND huyện Quang Bình, Bắc Quang", "Ủy ban nhân
# dân các xã Tân Phú, Tân Hòa và Phú An"): each name capitalised, two or three syllables
_UNIT_NAME = rf"[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+){{1,2}}"
UNITS_OF_ONE_KIND = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:các\s+)?"
                               r"(?:huyện|xã|phường|thị xã|thị trấn|quận)\s+"
                               rf"(?P<names>{_UNIT_NAME}(?:\s*,\s*{_UNIT_NAME})*(?:\s*(?:,|và)\s*{_UNIT_NAME}))")
CENTRALLY_RUN = re.compile(r"(?<=thành phố)\s+trực\s+thuộc\s+[Tt]rung\s+ương$")
DROP_LEADING = re.compile(r"^(cơ quan|đề nghị|giao|phối hợp với|phối hợp|với)\s+", re.I)
# text that is no agency name: the rest of a sentence ("Thủ tướng Chính phủ như sau"), a meeting
# ("Hội nghị lần thứ"), a portal's boilerplate ("… vui lòng đăng nhập")
DEBRIS = re.compile(r"\bnhư sau\b|\blần thứ\b|^hội nghị\b|\bvui lòng\b|\bđăng nhập\b|\bđăng ký gói\b", re.I)


_MEMO_SIZE = 50_000     # phrases and names remembered per gazetteer (then forgotten at once)


@dataclass(frozen=True)
class Entry:
    iri: str
    slug: str
    label: str           # canonical Vietnamese name (skos:prefLabel @vi)
    label_en: str | None
    level: str           # "national" | "province" | "ward"
    group: bool


@dataclass(frozen=True)
class Mention:
    printed: str              # the name exactly as printed (cleaned)
    entry: Entry | None       # None: unresolved
    group: bool
    nonstandard: bool = False  # matched through a non-standard form ("Sở Công an")

    @property
    def label(self) -> str:
        return self.entry.label if self.entry else first_upper(self.printed)

    @property
    def slug(self) -> str:
        return self.entry.slug if self.entry else slug(self.printed)


class Gazetteer:
    def __init__(self, entries: list[Entry], labels: dict[str, tuple[Entry, bool]]):
        self.entries = entries
        self._labels = labels  # key -> (entry, nonstandard)
        self._sorted_labels: list[str] | None = None    # the labels' keys in order (cut_short), made when first asked
        self._list_names: dict[str, Entry] = {}
        # phrase resolution is pure given the labels, and the same phrases recur in every task of a
        # plan and in every plan of a corpus: memoised (bounded), it is a fraction of a read
        self._resolved: dict[tuple[str, tuple[str, ...]], tuple[Mention, ...]] = {}
        self._looked_up: dict[tuple[str, tuple[str, ...], str], tuple[Entry, bool] | None] = {}
        # entry IRI -> (Vietnamese, English label): the labels of agency kinds
        self.kind_labels: dict[str, tuple[str, str | None]] = {e.iri: (e.label, e.label_en) for e in entries}
        self._by_iri: dict[str, Entry] = {}
        for e in entries:
            self._by_iri.setdefault(e.iri, e)
        # names printed without their "và" or commas ("Bộ Giáo dục Đào tạo", "Sở Văn hóa Thể thao và
        # Du lịch"): the one entry whose name reads the same without them, as a non-standard name
        for k, (e, ns) in labels.items():
            if not e.group and not ns and k.startswith("sở "):
                self._list_names.setdefault(k[3:], e)
        self._loose = _one_entry_each((_loose(k), e) for k, (e, _) in labels.items())
        # names of a text that lost every letter outside ASCII ("Sở Vn ho th thao v du lch", "Văn hoá"
        # printed "Vn ho"): the one entry whose name keeps the same consonants, as a non-standard name
        self._skeletons = _one_entry_each((_skeleton(k), e) for k, (e, _) in labels.items() if not e.group)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Gazetteer:
        from kehoach.resources import data_file
        return _load(str(path or data_file("ontology", "agencies.ttl")))

    def entry(self, iri: str) -> Entry | None:
        """The entry of an agency kind's IRI, or None."""
        return self._by_iri.get(iri)

    def is_label(self, name: str) -> bool:
        """Whether `name` is one of the names the gazetteer knows, as written (its key), not read loosely."""
        return key(name) in self._labels

    def _ordered(self) -> list[str]:
        """The labels' keys in order (made when first asked)."""
        if self._sorted_labels is None:
            self._sorted_labels = sorted(self._labels)
        return self._sorted_labels

    def goes_on(self, name: str) -> bool:
        """Whether a name the gazetteer knows goes on past `name`'s last word ("Ban Chỉ đạo liên ngành Trung ương" of
        "… Trung ương về an toàn thực phẩm"), so that reading further may find it."""
        k, labels = key(name), self._ordered()
        at = bisect.bisect_left(labels, k)
        while at < len(labels) and labels[at].startswith(k):
            if labels[at][len(k):len(k) + 1] and not labels[at][len(k)].isalnum():
                return True
            at += 1
        return False

    def cut_short(self, name: str) -> bool:
        """Whether `name` is the start of a name the gazetteer knows, cut off after a word or inside one, and no name
        itself ("Bộ Chính" of "Bộ Chính trị", "Ủy ban nhân" of "Ủy ban nhân dân tỉnh", "Ban Bí thư Tru" of "Ban Bí thư
        Trung ương Đảng"; not "UBND thành phố Hà Giang")."""
        k, labels = key(name), self._ordered()
        if k in self._labels:
            return False
        # the first label from k's place in order: one that goes on from k's words ("bộ chính" + " trị"), which a
        # space (sorting before any letter) puts first, or from inside k's last word when k has several ("ban bí thư
        # tru" + "ng …")
        at = bisect.bisect_left(labels, k)
        label = labels[at] if at < len(labels) else ""
        return label.startswith(k) and (label[len(k)] == " " or " " in k)

    def completed(self, name: str, coded: Entry | None = None) -> str | None:
        """The one national body whose name a cut-off name begins ("Bộ Văn hoá, Thể thao" -> "Bộ Văn
        hóa, Thể thao và Du lịch": a letterhead cell a portal's table cut short), else None. At least
        two words after the body's kind: the gazetteer does not list every ministry ("Bộ Công" is
        Công Thương or Công an). Compared as printed, else without diacritics: a tone mark misprinted
        ("BỘ VĂN HÓA, THẾ THAO" for "Thể thao"). Of several bodies, the one the document's number
        names by its code (`coded`): "BỘ NÔNG NGHIỆP VÀ |" over "Số: 106/QĐ-BNNMT" is Bộ Nông nghiệp
        và Môi trường, not Bộ Nông nghiệp và Phát triển nông thôn."""
        if len(name.split()) < 3:
            return None
        national = [e.label for e in self.entries if e.level == "national" and not e.group]
        for fn in (key, fold):
            k = fn(name) + " "
            found = {label for label in national if fn(label).startswith(k)}
            if len(found) == 1:
                return found.pop()
            if found:
                return coded.label if coded is not None and coded.label in found else None
        return None

    # -- single names -------------------------------------------------------------------
    def lookup(self, name: str, places: tuple[str, ...] = (), list_mode: str = ""
               ) -> tuple[Entry, bool] | None:
        """The entry `name` names, and whether it is a non-standard name; `list_mode`, the head word of the list the
        name is in ("sở" in "các Sở: Y tế, …"), which a bare name ("Y tế") is of."""
        memo = (name, _bearing(name, places), list_mode)
        if memo in self._looked_up:
            return self._looked_up[memo]
        if len(self._looked_up) > _MEMO_SIZE:
            self._looked_up.clear()
        hit = self._lookup(name, memo[1], list_mode)
        self._looked_up[memo] = hit
        return hit

    def _lookup(self, name: str, places: tuple[str, ...], list_mode: str) -> tuple[Entry, bool] | None:
        keys = [key(cand) for cand in _candidates(name, places)]
        for k in keys:
            if k in self._labels:
                return self._labels[k]
            if list_mode == "sở" and k in self._list_names:
                return self._list_names[k], False
            if list_mode and (list_mode + " " + k) in self._labels:
                return self._labels[list_mode + " " + k]
        hit = next((hit for k in keys if (hit := self._loose.get(_loose(k))) is not None), None)
        if hit is None and _damaged(name):
            hit = next((hit for k in keys if (hit := self._skeletons.get(_skeleton(k))) is not None), None)
        return hit

    # -- phrases --------------------------------------------------------------------------
    def resolve(self, phrase: str, places: tuple[str, ...] = ()) -> list[Mention]:
        """Split a printed assignment phrase into agency / group mentions."""
        memo = (phrase, _bearing(phrase, places))
        hit = self._resolved.get(memo)
        if hit is None:
            if len(self._resolved) > _MEMO_SIZE:
                self._resolved.clear()
            hit = self._resolved[memo] = tuple(self._resolve(phrase, memo[1]))
        return list(hit)

    def _resolve(self, phrase: str, places: tuple[str, ...]) -> list[Mention]:
        text = clean(phrase)
        text = re.sub(r"\([^)]*\)", " ", text)           # "(đính kèm Phụ lục)", "(để báo cáo)"
        text = re.sub(r"\s+", " ", text).strip(" .;,:")
        if not text:
            return []
        out: list[Mention] = []
        # Split off "các Sở: A, B; C" list parts; what precedes is an ordinary phrase.
        pieces: list[tuple[str, str]] = []
        pos = 0
        for m in LIST_INTRO.finditer(text):
            if m.start() > pos:
                pieces.append((text[pos:m.start()], ""))
            end = _list_end(text, m.end())
            # a list of comma-separated names ends at a ";" ("các sở: Y tế, Tài chính; Đài Phát thanh -
            # Truyền hình tỉnh; …"), unless ";" separates names with commas of their own ("các sở: Văn
            # hóa, Thể thao và Du lịch; Y tế")
            semi = text.find(";", m.end(), end)
            kind = LIST_KIND.get(m.group(1).lower(), "sở")
            if semi != -1 and "," in text[m.end():semi] and not self.lookup(text[m.end():semi], places, kind):
                end = semi
            pieces.append((text[m.end():end], kind))
            pos = end
        if pos < len(text):
            pieces.append((text[pos:], ""))
        for piece, list_mode in pieces:
            piece = re.sub(r"^\s*(và|,|;)\s*", "", piece).strip(" .;,:")
            piece = re.sub(r"\s*(và|,|;)\s*$", "", piece).strip(" .;,:")
            if piece:
                for mention in self._segment(piece, places, list_mode):
                    out.extend(self._places_of_one_kind(mention, places))
        seen: set[tuple[str, str]] = set()
        unique = []
        for mention in out:
            if mention.entry is None and is_debris(mention.printed):
                continue
            ident = (mention.slug, "g" if mention.group else "a")
            if ident not in seen:
                seen.add(ident)
                unique.append(mention)
        return unique

    def _places_of_one_kind(self, mention: Mention, places: tuple[str, ...]) -> list[Mention]:
        """"UBND huyện Quang Bình, Bắc Quang": the committee of each district the name lists, the kind of unit said once
        (it had been one body of that name); a name the gazetteer knows, or any other, stays as it is."""
        m = None if mention.entry is not None else UNITS_OF_ONE_KIND.fullmatch(mention.printed)
        if m is None:
            return [mention]
        head = re.sub(r"\bcác\s+", "", mention.printed[:m.start("names")])
        out = []
        for name in re.split(r"\s*,\s*|\s+và\s+", m.group("names")):
            hit = self.lookup(head + name, places)
            out.append(Mention(head + name, hit[0] if hit else None, hit[0].group if hit else False,
                               hit[1] if hit else False))
        return out

    def _segment(self, text: str, places: tuple[str, ...], list_mode: str) -> list[Mention]:
        parts = SEP.split(text)
        atoms = list(parts[0::2])
        seps = parts[1::2]
        n = len(atoms)
        best: list[tuple[float, list[Mention]] | None] = [None] * (n + 1)
        best[0] = (0.0, [])
        for i in range(1, n + 1):
            for j in range(max(0, i - 12), i):
                before = best[j]
                if before is None:
                    continue
                span = atoms[j]
                for k in range(j + 1, i):
                    span += seps[k - 1] + atoms[k]
                span = span.strip(" .;,:")
                cost, mention = self._score(span, atoms[j:i], places, list_mode)
                if mention is None:
                    continue
                if any(";" in seps[k - 1] for k in range(j + 1, i)):
                    cost += 20.0     # no name holds a ";": "Trung tâm Văn hóa, thể thao & Truyền thông; Cổng …"
                if j and not list_mode and mention.entry is None and seps[j - 1].strip() == "và" \
                        and not _headed(atoms[j]):
                    cost += 4.0      # after "và", words without a head word go on a name: "Phòng Kinh tế và Hạ tầng"
                total = before[0] + cost
                current = best[i]
                if current is None or total < current[0]:
                    best[i] = (total, before[1] + [mention])
        result = best[n]
        return result[1] if result else []

    def _score(self, span: str, atoms: list[str], places: tuple[str, ...], list_mode: str
               ) -> tuple[float, Mention | None]:
        if not span:
            return 0.0, None
        hit = self.lookup(span, places, list_mode)
        printed = clean(span)
        if hit:
            entry, nonstandard = hit
            return 1.0, Mention(printed, entry, entry.group, nonstandard)
        k = key(span)
        # a collective: "các sở, ban, ngành", or one body of each of them ("Ban … các sở, ban, ngành")
        is_group = bool(GROUP_START.match(k) or OF_EACH.search(key(atoms[0])))
        cost = 6.0
        if not _headed(atoms[0]) and not list_mode:
            cost += 4.0          # a name rarely starts without a head word
        for i, a in enumerate(atoms):
            ka = key(a)
            if i and _headed(a) and not (is_group and not GROUP_START.match(ka)):
                cost += 6.0      # a new head word inside: should have been split there
            elif i and _headed(a) and a.strip()[:1].isupper() and len(a.split()) >= 3:
                cost += 8.0      # a body named in full after a collective: "các sở, ngành, Văn phòng Điều phối …"
            if len(atoms) > 1 and (known := self.lookup(a, places, list_mode)) and not (is_group and known[0].group):
                cost += 6.0      # a known name swallowed into an unknown one (not a collective into a collective: "các
                #                  địa phương, đơn vị" is one, not "các địa phương" and a body named "đơn vị")
            cost += 0.5 if i else 0.0
        if is_group and len(atoms) > 1:
            cost -= 0.4 * (len(atoms) - 1)   # collectives list kinds: "các sở, ban, ngành"
        if list_mode not in ("", "sở") and not is_group:
            # a ministry's or a district's list, its names not in the gazetteer: a comma parts them ("các Vụ: Kế hoạch,
            # Tài chính" had been one name)
            cost += 6.0 * span.count(",")
        if list_mode and not is_group and not HEAD_WORDS.match(key(printed)):
            # a department named by its field ("các Sở: Y tế, …"); not a body of another kind in the list of "các cơ
            # quan: Văn phòng UBND tỉnh, Sở …, Trung tâm hành chính công" (it had become "Sở Trung tâm …")
            printed = list_mode.capitalize() + " " + printed
        return cost, Mention(printed, None, is_group)


# a team named as a body, capitalised ("Tổ Quản lý đô thị", "Tổ công tác 389"; not "tổ dân phố", "tổ hợp tác" in a
# centre's name, "Mặt trận Tổ quốc")
TEAM = re.compile(r"Tổ\s+(?:(?!Quốc\b)[A-ZĐ]|công tác\b)")


def _headed(atom: str) -> bool:
    """Whether an atom of a phrase opens with a word that begins an agency's name."""
    return bool(HEAD_WORDS.match(key(atom))) or bool(TEAM.match(atom.strip()))


def is_debris(name: str) -> bool:
    """A printed name that is parsing debris, not an agency ("Thủ tướng Chính phủ như sau", "Hội nghị
    lần thứ"): never kept as an unresolved agency."""
    return bool(DEBRIS.search(clean(name)))


def _list_end(text: str, start: int) -> int:
    """A "các Sở: A; B; C" list runs to the end of the phrase, or up to a verb phrase."""
    m = re.search(r"\s+(thực hiện|triển khai|chủ trì|có trách nhiệm|theo chức năng)\b", text[start:])
    return start + m.start() if m else len(text)


def _bearing(text: str, places: tuple[str, ...]) -> tuple[str, ...]:
    """The places that can change how `text` resolves: a place is only ever cut from the end of a
    name (`_candidates`), so one that is not in the text, compared without case or diacritics, has
    no effect. Resolving with these alone gives the same mentions, and the memos then serve every
    plan whose places the phrase does not name (a corpus of plans from many provinces and wards
    repeats its phrases, not its places)."""
    if not places:
        return places
    folded = fold(text)
    return tuple(p for p in places if not (fp := fold(p)) or fp in folded)


def _one_entry_each(keyed: Iterable[tuple[str, Entry]]) -> dict[str, tuple[Entry, bool]]:
    """The keys that only one entry has, each with that entry, as a non-standard name."""
    found: dict[str, dict[str, Entry]] = {}
    for k, e in keyed:
        found.setdefault(k, {})[e.iri] = e
    return {k: (next(iter(es.values())), True) for k, es in found.items() if len(es) == 1 and k}


def _loose(k: str) -> str:
    """A name key without its commas, dashes and "và": "bộ giáo dục và đào tạo" -> "bộ giáo dục đào tạo"."""
    return " ".join(w for w in re.sub(r"[,\-–]", " ", k).split() if w != "và")


def _skeleton(k: str) -> str:
    """The ASCII consonants of each word of a name key ("sở văn hóa, thể thao và du lịch" -> "s vn h th th v d
    lch"): what a text that dropped every other letter still shows of it."""
    return " ".join(w for w in (re.sub(r"[^bcdfghjklmnpqrstvwxz]", "", word) for word in k.split()) if w)


def _damaged(name: str) -> bool:
    """A name in plain ASCII (but for two words: the "Sở" and "tỉnh" a letterhead reader put back) with two
    words or more that are no Vietnamese syllable ("Vn", "lch")."""
    words = re.findall(r"\w+", name)
    return sum(1 for w in words if not w.isascii()) <= 2 and \
        sum(1 for w in words if w.isascii() and w.isalpha() and not is_syllable(w)) >= 2


def _candidates(name: str, places: tuple[str, ...]) -> list[str]:
    base = clean(name).strip(" .;,:")
    cands = [base]
    # the provinces a national text names as "tỉnh, thành phố trực thuộc trung ương": without the qualifier, as
    # "Ủy ban nhân dân tỉnh, thành phố" is read (it had been split, "thành phố trực thuộc trung ương" a body of its own)
    unqualified = CENTRALLY_RUN.sub("", base)
    if unqualified != base:
        cands.append(unqualified)
        base = unqualified
    stripped = DROP_LEADING.sub("", base)
    if stripped != base:
        cands.append(stripped)
    for c in list(cands):
        words = c.split()
        for place in places:
            # "UBND thành phố Đà Nẵng" -> "UBND thành phố", then "Tỉnh đoàn Khánh Hòa" -> "Tỉnh đoàn";
            # the place compared without diacritics ("Thanh Hoá" / "Thanh Hóa", "Đăk Nông" / "Đắk Nông")
            n = len(place.split())
            if len(words) > n and fold(" ".join(words[-n:])) == fold(place):
                head = words[:-n]
                cands.append(" ".join(head))
                if len(head) > 1 and head[-1].lower() in ("tỉnh", "phường", "xã"):
                    cands.append(" ".join(head[:-1]))
                elif len(head) > 2 and " ".join(head[-2:]).lower() == "thành phố":
                    cands.append(" ".join(head[:-2]))
        for suffix in (" tỉnh", " phường", " xã", " thành phố"):
            if c.lower().endswith(suffix):
                cands.append(c[: -len(suffix)])
    return cands


@lru_cache(maxsize=4)
def _load(path: str) -> Gazetteer:
    import rdflib
    g = rdflib.Graph()
    g.parse(path, format="turtle")
    P = rdflib.Namespace(SKOS)
    K = rdflib.Namespace(KH)
    entries: list[Entry] = []
    labels: dict[str, tuple[Entry, bool]] = {}
    for cls, is_group in ((K.GazetteerEntry, False), (K.GroupEntry, True)):
        for s in g.subjects(rdflib.RDF.type, cls):
            vi = [str(o) for o in g.objects(s, P.prefLabel) if getattr(o, "language", None) == "vi"]
            en = [str(o) for o in g.objects(s, P.prefLabel) if getattr(o, "language", None) == "en"]
            if not vi:
                continue
            lvl = g.value(s, K.level)
            level = str(lvl).rsplit("level-", 1)[-1] if lvl else "province"
            e = Entry(str(s), str(s).rstrip("/").rsplit("/", 1)[-1], vi[0], en[0] if en else None,
                      level, is_group)
            entries.append(e)
            for prop, ns in ((P.prefLabel, False), (P.altLabel, False), (P.hiddenLabel, False),
                             (K.nonStandardLabel, True)):
                for o in g.objects(s, prop):
                    if getattr(o, "language", "vi") not in (None, "vi"):
                        continue
                    labels.setdefault(key(str(o)), (e, ns))
    entries.sort(key=lambda e: e.iri)
    return Gazetteer(entries, labels)
