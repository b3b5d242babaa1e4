"""What an audit produces: findings and their severities. A leaf module (no store, no rdflib)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from kehoach.vocab import BASE, SH, SHORT_BASE


class Severity(enum.IntEnum):
    """SHACL's three severities, ordered Info < Warning < Violation. Printed, in every report,
    by their SHACL local name ("Violation"), which is what `str()`, f-strings and `label` give
    (json.dumps would write the number: reports use `label`)."""

    INFO = 0
    WARNING = 1
    VIOLATION = 2

    @property
    def label(self) -> str:
        return self.name.capitalize()

    @property
    def iri(self) -> str:
        """sh:Info, sh:Warning, sh:Violation."""
        return SH + self.label

    def __str__(self) -> str:
        return self.label

    @classmethod
    def parse(cls, value: Severity | str) -> Severity:
        """A severity from its label in any case ("warning") or from its SHACL IRI."""
        if isinstance(value, Severity):
            return value
        name = value[len(SH):] if value.startswith(SH) else value
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (Info, Warning, Violation)") from None

    @classmethod
    def of_iri(cls, iri: object, default: Severity | None = None) -> Severity:
        """The severity named by an sh:severity / sh:resultSeverity value; `default` (Violation,
        as SHACL says) when there is none or it is not one of the three."""
        fallback = cls.VIOLATION if default is None else default
        text = str(iri) if iri is not None else ""
        if not text.startswith(SH):
            return fallback
        try:
            return cls[text[len(SH):].upper()]
        except KeyError:
            return fallback


@dataclass
class Finding:
    check: str
    severity: Severity
    focus_node: str
    message_vi: str
    message_en: str
    shape: str
    component: str
    value: str | None = None
    path: str | None = None
    source: str | None = None
    line: int | None = None
    focus: str | None = None
    graph: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"source": self.source, "check": self.check, "severity": self.severity.label,
                "focus": self.focus, "message": f"{self.message_vi} / {self.message_en}",
                "message_vi": self.message_vi, "message_en": self.message_en, "line": self.line}


def select(findings: list[Finding], min_severity: Severity | str) -> list[Finding]:
    """The findings at `min_severity` or above ("Info", "Warning", "Violation" or a Severity)."""
    floor = Severity.parse(min_severity)
    return [f for f in findings if f.severity >= floor]


def short_iri(v: str) -> str:
    """kehoach's own IRIs inside a message or a focus label, written `khr:...`."""
    return v.replace(BASE, SHORT_BASE)
