"""Saved SPARQL queries (queries/*.rq, grlc-compatible) and typed parameter binding.

Header: `#+ ` lines hold YAML (summary, description, tags, defaults, enumerate). Parameters
follow the BASIL convention used by grlc: `?_name` is required, `?__name` optional, and a
suffix gives the type: `?_year_xsd_integer`, `?_plan_iri`, `?_q_string`, `?_label_vi`.
Values are bound as RDF terms through the store's substitution mechanism, never pasted into
the query text, so a value cannot change what the query does.

One header key is ours, `normalize` (grlc ignores keys it does not know): it maps parameter
names to a normaliser the runner applies to the raw value before binding it, so that
researchers can type values the way documents print them:

- `docnumber`: a document number however it is written -> the matching key stored as
  `kh:numberKey` ("Quyết định số 155/QĐ-TTg", "155/QD-TTg", "155/qđ-ttg" -> "155/qd-ttg");
  a number without symbol ("Quyết định 155", "số 155") -> "155"; IRIs pass unchanged.
- `document`: a document reference that may be a number (as `docnumber`), an IRI or a source
  file name (unchanged), or words from its title (as `fold`: "Gia Lai" -> "gia lai").
- `fold`: words without diacritics, lower case, punctuation as single spaces ("Sở Văn hóa,
  Thể thao và Du lịch" -> "so van hoa the thao va du lich"); queries compare it with
  kh:searchText folded the same way, REPLACE(?searchText, "[^a-z0-9]+", " "), as whole words:
  both padded with a space ("an giang" names no plan of "Tân Giang").

Under grlc these normalisers do not run: pass the normalised value there.

`pagination: N` (grlc's decorator, a positive integer) answers the query a page of N rows at a
time: page k is the query with `LIMIT N OFFSET (k-1)*N` (`SavedQuery.page_text`), which grlc
appends to the outer query, and so do we, unless the query marks another place with a comment
line `# kehoach:page`: the LIMIT/OFFSET then replace that line. The mark goes after the ORDER BY
of a sub-select that yields the answer's rows, one for one and in the answer's order, so that a
page costs what that sub-select costs and not what the whole answer costs (pyoxigraph sorts and
groups the whole answer before an outer LIMIT); grlc, which appends them, answers the same pages.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import yaml

from ingest.text import fold
from kehoach.errors import QueryError

from .resources import data_dir

XSD = "http://www.w3.org/2001/XMLSchema#"
PARAM = re.compile(r"\?(__?)([A-Za-z][A-Za-z0-9]*)((?:_[A-Za-z0-9]+){0,2})\b")
TYPES = {"iri", "string", "literal", "integer", "decimal", "date", "boolean", "gYear", "number"}
PAGE_MARK = re.compile(r"^[ \t]*#[ \t]*kehoach:page\b[^\n]*$", re.M)
# what is not syntax: comments, strings, IRIs (masked before looking for braces and keywords)
_NOISE = re.compile(r'#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>')



# -- value normalisers ------------------------------------------------------------------------
_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$")
_FILE = re.compile(r"^[^\s/\\]+\.(?:txt|md|markdown|tsv|csv|docx|pdf)$", re.I)
# A number with its symbol, on folded text: "155/qd-ttg", "20/2021/nd-cp", "59-kl/tw", "155 / qd - ttg",
# "66.12/2026/nq-cp" (a sub-numbered serial), "30a/2008/nq-cp", "18b/nq-cp" (a lettered one): as
# ingest.numbers.SERIAL reads them.
_NUMBER_SYMBOL = re.compile(r"(?<![0-9a-z.])(\d{1,6}(?:\.\d{1,2}(?=\s*/\s*\d{4}))?[a-z]?(?:\s*/\s*\d{4})?"
                            r"\s*[/-]\s*[a-z][a-z0-9&]*"
                            r"(?:\s*[/-]\s*[a-z][a-z0-9&]*)*)")


@cache
def _bare() -> re.Pattern[str]:
    """A bare number, alone or after a document type word or code and/or "số": "155", "Quyết định
    155", "QĐ 155", "số: 155". Built on first use: the citation reader it takes the document types
    from costs ~50 ms to import, which a command that normalises no number should not pay."""
    from ingest.citations import DOC_TYPES
    from ingest.numbers import SYMBOL_TYPES
    words = sorted({fold(t) for t in DOC_TYPES} | {fold(c) for c in SYMBOL_TYPES}, key=len, reverse=True)
    return re.compile(r"^(?:(?:" + "|".join(re.escape(t) for t in words) + r")\s+)?(?:so\s*:?\s*)?(\d{1,6})$")


def normalise_docnumber(raw: str) -> str:
    """"Quyết định số 155/QĐ-TTg" -> "155/qd-ttg"; "Quyết định 155" -> "155"; "07" -> "7".
    Queries match the result against kh:numberKey, or against its leading number (leading zeros
    dropped) when no symbol was given. IRIs pass unchanged."""
    s = raw.strip()
    if _IRI.match(s):
        return s
    f = fold(s)
    m = _NUMBER_SYMBOL.search(f)
    if m:
        from ingest.citations import number_key
        return number_key(m.group(1))
    m = _bare().match(f) or re.search(r"(?<![0-9])(\d{1,6})(?![0-9])", f)
    if m:
        return m.group(1).lstrip("0") or "0"
    return f


def normalise_words(raw: str) -> str:
    """Diacritics-insensitive words: folded, punctuation and dashes as single spaces
    ("Sở Văn hóa, Thể thao - Du lịch" -> "so van hoa the thao du lich"). Queries compare it with
    kh:searchText treated the same way: REPLACE(?searchText, "[^a-z0-9]+", " "), as whole words
    (both padded with a space: "an giang" is no part of "tan giang"). An IRI passes
    unchanged (queries that take an agency's words also take its IRI)."""
    s = raw.strip()
    if _IRI.match(s):
        return s
    return re.sub(r"[^a-z0-9]+", " ", fold(s)).strip()


def normalise_document(raw: str) -> str:
    """A reference to a document: IRI or file name (unchanged), a number (as
    `normalise_docnumber`), or else words of its title/place, folded ("Gia Lai" -> "gia lai")."""
    s = raw.strip()
    if _IRI.match(s) or _FILE.match(s):
        return s
    f = fold(s)
    if _NUMBER_SYMBOL.search(f) or _bare().match(f):
        return normalise_docnumber(s)
    return normalise_words(s)


NORMALISERS: dict[str, Callable[[str], str]] = {
    "docnumber": normalise_docnumber,
    "document": normalise_document,
    "fold": normalise_words,
}


@dataclass
class Parameter:
    name: str           # plain name: "source", "year"
    variable: str       # variable in the query, without "?": "__source", "_year_xsd_integer"
    type: str           # "string" | "iri" | "integer" | "date" | ... | language tag
    required: bool
    default: str | None = None
    choices: list[str] = field(default_factory=list)
    normalize: str | None = None    # key of NORMALISERS

    def describe(self) -> dict:
        return {"name": self.name, "type": self.type, "required": self.required,
                "default": self.default, "choices": self.choices, "normalize": self.normalize}

    def explain(self) -> str:
        bits = [self.type]
        if self.required:
            bits.append("required")
        if self.choices:
            bits.append("one of " + "|".join(self.choices))
        if self.default is not None:
            bits.append(f"default {self.default}")
        if self.normalize:
            bits.append({"docnumber": "document number, any spelling",
                         "document": "document number, IRI, file name or title words",
                         "fold": "diacritics-insensitive"}.get(self.normalize, self.normalize))
        return f"{self.name} ({', '.join(bits)})"

    def bind(self, raw: str) -> ox.NamedNode | ox.Literal:
        t = self.type
        try:
            if t == "iri":
                if not _IRI.match(raw):
                    raise ValueError("not an absolute IRI")
                return ox.NamedNode(raw)
            if t in ("integer", "number"):
                return ox.Literal(str(int(raw)), datatype=ox.NamedNode(XSD + "integer"))
            if t == "decimal":
                return ox.Literal(str(float(raw)), datatype=ox.NamedNode(XSD + "decimal"))
            if t == "date":
                return ox.Literal(dt.date.fromisoformat(raw).isoformat(), datatype=ox.NamedNode(XSD + "date"))
            if t == "gYear":
                return ox.Literal(f"{int(raw):04d}", datatype=ox.NamedNode(XSD + "gYear"))
            if t == "boolean":
                if raw.lower() not in ("true", "false", "1", "0"):
                    raise ValueError("expected true or false")
                return ox.Literal(str(raw.lower() in ("true", "1")).lower(), datatype=ox.NamedNode(XSD + "boolean"))
            if len(t) == 2 and t.isalpha():
                return ox.Literal(raw, language=t)
            return ox.Literal(raw)
        except ValueError as e:
            raise QueryError(f"parameter {self.name}: {raw!r} is not a valid {t} ({e})") from None


@dataclass
class SavedQuery:
    name: str
    path: Path
    text: str
    summary: str
    description: str
    tags: list[str]
    parameters: list[Parameter]
    pagination: int | None = None       # rows per page (`#+ pagination: N`); None: one answer

    def describe(self) -> dict:
        return {"name": self.name, "summary": self.summary, "description": self.description,
                "tags": self.tags, "parameters": [p.describe() for p in self.parameters],
                "pagination": self.pagination}

    def page_text(self, page: int) -> str:
        """The text of page `page` (1 is the first): LIMIT pagination OFFSET (page-1)*pagination,
        where the `# kehoach:page` line is, else at the end of the outer query (before a trailing
        VALUES block). Parameters are bound in it as in the whole query."""
        if self.pagination is None:
            raise QueryError(f"query '{self.name}' is not paginated (it has no '#+ pagination:' header)")
        if isinstance(page, bool) or not isinstance(page, int) or page < 1:
            raise QueryError(f"page must be a whole number from 1, not {page!r}")
        clause = f"LIMIT {self.pagination} OFFSET {(page - 1) * self.pagination}"
        mark = PAGE_MARK.search(self.text)
        if mark:
            indent = mark.group(0)[: len(mark.group(0)) - len(mark.group(0).lstrip())]
            return self.text[: mark.start()] + indent + clause + self.text[mark.end():]
        at = _modifiers_end(self.text, self.name)
        return self.text[:at].rstrip() + "\n" + clause + "\n" + self.text[at:]

    def page(self, page: int) -> SavedQuery:
        """This query answering page `page` only (its text is `page_text(page)`)."""
        return replace(self, text=self.page_text(page))

    def accepts(self) -> str:
        return ", ".join(p.explain() for p in self.parameters) or "no parameters"

    def bind(self, given: dict[str, str]) -> dict[str, ox.NamedNode | ox.Literal]:
        known = {p.name: p for p in self.parameters}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise QueryError(f"query '{self.name}' has no parameter {', '.join(unknown)}; "
                             f"it accepts: {self.accepts()}")
        subs: dict[str, ox.NamedNode | ox.Literal] = {}
        for p in self.parameters:
            value = given.get(p.name, p.default)      # "name=" unsets an optional parameter
            if value is not None and p.normalize and value.strip():
                value = NORMALISERS[p.normalize](value)
            if value is None or value.strip() == "":
                if p.required:
                    raise QueryError(f"query '{self.name}' needs parameter {p.name}; "
                                     f"it accepts: {self.accepts()}")
                continue
            if p.choices and value not in p.choices:
                raise QueryError(f"parameter {p.name} must be one of {', '.join(p.choices)}, "
                                 f"not {value!r}; query '{self.name}' accepts: {self.accepts()}")
            try:
                subs[p.variable] = p.bind(value)
            except QueryError as e:
                raise QueryError(f"{e}; query '{self.name}' accepts: {self.accepts()}") from None
        return subs


def parse_query(path: Path, text: str | None = None) -> SavedQuery:
    text = text if text is not None else read_query_file(path)
    header = "\n".join(line[3:] if line.startswith("#+ ") else line[2:]
                       for line in text.splitlines() if line.startswith("#+"))
    try:
        meta = yaml.load(header, Loader=_YAML_LOADER) or {} if header.strip() else {}
    except yaml.YAMLError as e:
        raise QueryError(f"{path}: invalid '#+' YAML header: {e}") from None
    if not isinstance(meta, dict):
        meta = {}
    defaults = _as_map(meta.get("defaults"))
    enums = _as_map(meta.get("enumerate"))
    normalize = {str(k): str(v) for k, v in _as_map(meta.get("normalize")).items()}
    bad = sorted(v for v in normalize.values() if v not in NORMALISERS)
    if bad:
        raise QueryError(f"{path}: unknown normalize kind {', '.join(bad)} "
                         f"(known: {', '.join(NORMALISERS)})")
    params: dict[str, Parameter] = {}
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    for m in PARAM.finditer(body):
        underscores, name, suffix = m.groups()
        if name in params:
            continue
        parts = [s for s in suffix.split("_") if s]
        typ = "string"
        if parts:
            typ = parts[-1]
            if typ not in TYPES and not (len(typ) == 2 and typ.isalpha()):
                typ = "string"
        params[name] = Parameter(name, m.group(0)[1:], typ, underscores == "_",
                                 None if defaults.get(name) is None else str(defaults.get(name)),
                                 [str(x) for x in enums.get(name, []) or []],
                                 normalize.get(name))
    return SavedQuery(path.stem, path, text, str(meta.get("summary", "")).strip(),
                      str(meta.get("description", "")).strip(), list(meta.get("tags", []) or []),
                      list(params.values()), _pagination(path, text, meta.get("pagination")))


def _pagination(path: Path, text: str, value: object) -> int | None:
    """The `#+ pagination:` header: a positive number of rows per page, or None (absent). A query
    paginated at its end must not have a LIMIT or OFFSET of its own there."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise QueryError(f"{path}: '#+ pagination:' must be a positive whole number of rows, not {value!r}")
    marks = len(PAGE_MARK.findall(text))
    if marks > 1:
        raise QueryError(f"{path}: more than one '# kehoach:page' line (a page is cut in one place)")
    if not marks:
        masked = _NOISE.sub(lambda m: " " * len(m.group(0)), text)
        end = _modifiers_end(text, path.stem)
        if re.search(r"\b(?:LIMIT|OFFSET)\b", masked[_outer_group_end(masked, path.stem):end], re.I):
            raise QueryError(f"{path}: a paginated query cannot have a LIMIT or OFFSET of its own "
                             "(pages add theirs); mark the place of a page with a '# kehoach:page' line")
    return value


def _outer_group_end(masked: str, name: str) -> int:
    """Just after the "}" that closes the outer WHERE group (comments, strings, IRIs masked)."""
    form = re.search(r"\b(?:SELECT|CONSTRUCT|DESCRIBE|ASK)\b", masked, re.I)
    start = masked.find("{", form.end()) if form else -1
    if start < 0:
        raise QueryError(f"query '{name}': no WHERE group to paginate")
    depth = 0
    for i in range(start, len(masked)):
        if masked[i] == "{":
            depth += 1
        elif masked[i] == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    raise QueryError(f"query '{name}': unbalanced braces")


def _modifiers_end(text: str, name: str) -> int:
    """Where a LIMIT/OFFSET appended to the outer query goes: after its solution modifiers, that
    is before a trailing VALUES block, else at the end."""
    masked = _NOISE.sub(lambda m: " " * len(m.group(0)), text)
    end = _outer_group_end(masked, name)
    values = re.search(r"\bVALUES\b", masked[end:], re.I)
    return end + values.start() if values else len(text)


# libyaml's safe loader where PyYAML was built with it (the pure-Python one costs ~2 ms a header)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_query_file(path: Path) -> str:
    """A query file's text: UTF-8 (a BOM is allowed); anything else is a one-line QueryError."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise QueryError(f"{path}: cannot read ({e.strerror or e})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise QueryError(f"{path}:{line}: not UTF-8 (byte 0x{data[e.start]:02X})",
                         hint="save the query as UTF-8") from None


def _as_map(value) -> dict:
    if isinstance(value, dict):
        return value
    out: dict = {}
    for item in value or []:
        if isinstance(item, dict):
            out.update(item)
    return out


def _query_files() -> dict[str, Path]:
    """Name -> file of every saved query, in name order."""
    return {p.stem: p for p in sorted(data_dir("queries").glob("*.rq"))}


def saved_queries() -> dict[str, SavedQuery]:
    return {name: parse_query(p) for name, p in _query_files().items()}


def page_name(name: str, page: int) -> str:
    """A name get_query answers with page `page` of saved query `name` ("tasks#page=2"): how a
    caller that passes a query by name (the web API's workers) asks for one page."""
    return f"{name}#page={page}"


def get_query(name: str) -> SavedQuery:
    """A saved query by name; "NAME#page=K" (page_name) gives page K of a paginated query."""
    base, _, page = name.partition("#page=")
    # only the query asked for is parsed (a command runs one); the others are only listed
    paths = _query_files()
    if base not in paths:
        raise QueryError(f"no saved query '{base}'; available: {', '.join(paths)}")
    q = parse_query(paths[base])
    if not page:
        return q
    if not page.isdigit():
        raise QueryError(f"page must be a whole number from 1, not {page!r}")
    return q.page(int(page))
