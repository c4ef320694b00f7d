"""What the extractor returns: quantities, document references and people, each serialisable per the output contract.

The JSON shape (issue 3 §3) is the contract the CLI, the scorer and the review page share; ``to_json`` is the only
place that writes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Roles a quantity can play in a report.
ROLES = ("target", "actual", "expected")
#: Units the guideline names; other units a language file needs (e.g. "km", "tonne") are allowed too.
UNITS = ("VND", "USD", "percent", "hectare", "count")


def _number(value: float | None) -> float | int | None:
    """Integral floats serialise as integers so that 36000000000000 does not print as 3.6e13."""
    if value is None:
        return None
    if float(value).is_integer() and abs(value) < 2**63:
        return int(value)
    return value


@dataclass(frozen=True, slots=True)
class Flag:
    """A doubt about a fact, with the alternative reading; the fact itself is never changed."""

    kind: str
    reason: str
    alternative: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "alternative": _number(self.alternative), "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure of a report: its span in the text, normalised value and unit, and what it means."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    denominator: float | None = None
    counted: str | None = None
    role: str = "actual"
    is_change: bool = False
    subject: str | None = None
    indicator: str | None = None
    period: str | None = None
    flags: tuple[Flag, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "value": _number(self.value),
            "denominator": _number(self.denominator), "unit": self.unit, "counted": self.counted,
            "role": self.role, "is_change": self.is_change, "subject": self.subject,
            "indicator": self.indicator, "period": self.period, "flags": [f.to_json() for f in self.flags],
        }


@dataclass(frozen=True, slots=True)
class DocRef:
    """A reference to a party or state document, with or without its code ("Resolution No. 57 of the Politburo")."""

    start: int
    end: int
    code: str | None
    number: str | None
    type: str | None
    issuer: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd when the text gives it
    title: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "code": self.code, "number": self.number,
                "type": self.type, "issuer": self.issuer, "date": self.date, "title": self.title}


@dataclass(frozen=True, slots=True)
class Person:
    """A named person, once per document, with every position the text gives and the organisation.

    ``start``/``end`` locate the first mention (for highlighting); they are extra keys beyond the contract.
    """

    name: str
    positions: tuple[str, ...] = ()
    org: str | None = None
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "positions": list(self.positions), "org": self.org,
                "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from one text."""

    language: str
    quantities: tuple[Quantity, ...] = ()
    doc_refs: tuple[DocRef, ...] = ()
    people: tuple[Person, ...] = ()
    extractor_version: str = field(default="")

    def to_json(self, doc: str) -> dict[str, Any]:
        """The output-contract object for the document named ``doc`` (one JSONL line of ``chitieu extract``)."""
        return {
            "doc": doc, "language": self.language,
            "quantities": [q.to_json() for q in self.quantities],
            "doc_refs": [r.to_json() for r in self.doc_refs],
            "people": [p.to_json() for p in self.people],
        }
