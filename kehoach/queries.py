"""Saved SPARQL queries (queries/*.rq, grlc-compatible) and typed parameter binding.

Header: `#+ ` lines hold YAML (summary, description, tags, defaults, enumerate). Parameters
follow the BASIL convention used by grlc: `?_name` is required, `?__name` optional, and a
suffix gives the type: `?_year_xsd_integer`, `?_plan_iri`, `?_q_string`, `?_label_vi`.
Values are bound as RDF terms through the store's substitution mechanism, never pasted into
the query text, so a value cannot change what the query does.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import yaml

from .resources import data_dir

XSD = "http://www.w3.org/2001/XMLSchema#"
PARAM = re.compile(r"\?(__?)([A-Za-z][A-Za-z0-9]*)((?:_[A-Za-z0-9]+){0,2})\b")
TYPES = {"iri", "string", "literal", "integer", "decimal", "date", "boolean", "gYear", "number"}


class QueryError(Exception):
    pass


@dataclass
class Parameter:
    name: str           # plain name: "source", "year"
    variable: str       # variable in the query, without "?": "__source", "_year_xsd_integer"
    type: str           # "string" | "iri" | "integer" | "date" | ... | language tag
    required: bool
    default: str | None = None
    choices: list[str] = field(default_factory=list)

    def describe(self) -> dict:
        return {"name": self.name, "type": self.type, "required": self.required,
                "default": self.default}

    def bind(self, raw: str) -> ox.NamedNode | ox.Literal:
        t = self.type
        try:
            if t == "iri":
                if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$", raw):
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

    def describe(self) -> dict:
        return {"name": self.name, "summary": self.summary, "description": self.description,
                "tags": self.tags, "parameters": [p.describe() for p in self.parameters]}

    def bind(self, given: dict[str, str]) -> dict[str, ox.NamedNode | ox.Literal]:
        known = {p.name: p for p in self.parameters}
        unknown = sorted(set(given) - set(known))
        accepts = ", ".join(f"{p.name} ({p.type}{', required' if p.required else ''})"
                            for p in self.parameters) or "no parameters"
        if unknown:
            raise QueryError(f"query '{self.name}' has no parameter {', '.join(unknown)}; it accepts: {accepts}")
        subs: dict[str, ox.NamedNode | ox.Literal] = {}
        for p in self.parameters:
            value = given.get(p.name, p.default)
            if value is None or value == "":
                if p.required:
                    raise QueryError(f"query '{self.name}' needs parameter {p.name}; it accepts: {accepts}")
                continue
            if p.choices and value not in p.choices:
                raise QueryError(f"parameter {p.name} must be one of {', '.join(p.choices)}")
            subs[p.variable] = p.bind(value)
        return subs


def parse_query(path: Path, text: str | None = None) -> SavedQuery:
    text = text if text is not None else path.read_text(encoding="utf-8")
    header = "\n".join(line[3:] if line.startswith("#+ ") else line[2:]
                       for line in text.splitlines() if line.startswith("#+"))
    try:
        meta = yaml.safe_load(header) or {} if header.strip() else {}
    except yaml.YAMLError as e:
        raise QueryError(f"{path}: invalid '#+' YAML header: {e}") from None
    if not isinstance(meta, dict):
        meta = {}
    defaults = _as_map(meta.get("defaults"))
    enums = _as_map(meta.get("enumerate"))
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
                                 [str(x) for x in enums.get(name, []) or []])
    return SavedQuery(path.stem, path, text, str(meta.get("summary", "")).strip(),
                      str(meta.get("description", "")).strip(), list(meta.get("tags", []) or []),
                      list(params.values()))


def _as_map(value) -> dict:
    if isinstance(value, dict):
        return value
    out: dict = {}
    for item in value or []:
        if isinstance(item, dict):
            out.update(item)
    return out


def saved_queries() -> dict[str, SavedQuery]:
    return {p.stem: parse_query(p) for p in sorted(data_dir("queries").glob("*.rq"))}


def get_query(name: str) -> SavedQuery:
    qs = saved_queries()
    if name not in qs:
        raise QueryError(f"no saved query '{name}'; available: {', '.join(qs)}")
    return qs[name]
